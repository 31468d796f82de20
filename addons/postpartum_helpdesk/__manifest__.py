{
    "name": "Postpartum Feedback and Complaints",
    "summary": "Customer and caregiver feedback as helpdesk tickets: complaints investigated "
    "into discipline decisions, testimonials into commendations; the customer service "
    "center's complaints and suggestions about stays",
    "version": "18.0.1.1.0",
    "category": "Services/Postpartum",
    "website": "https://github.com/postpartum-erp/postpartum",
    "author": "Postpartum ERP",
    "license": "LGPL-3",
    "depends": ["postpartum_matching", "postpartum_stay", "helpdesk_mgmt"],
    "data": [
        "security/postpartum_helpdesk_security.xml",
        # no model of its own: it extends helpdesk.ticket, whose rights come from
        # helpdesk_mgmt's groups (implied by the center's roles, see the xml above)
        "security/ir.model.access.csv",
        "data/helpdesk_data.xml",
        "data/helpdesk_center_data.xml",
        "data/postpartum_discipline_rule_data.xml",
        "views/helpdesk_ticket_views.xml",
        "views/postpartum_service_order_views.xml",
        "views/postpartum_discipline_record_views.xml",
        "views/hr_employee_views.xml",
        "views/postpartum_stay_views.xml",
        "views/postpartum_helpdesk_menus.xml",
    ],
    "demo": [
        "demo/postpartum_helpdesk_demo.xml",
        "demo/postpartum_helpdesk_center_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "postpartum_helpdesk/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
