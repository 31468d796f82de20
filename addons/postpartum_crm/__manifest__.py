{
    "name": "Postpartum CRM",
    "summary": "Leads with due date and pregnancy week, phone enquiries, visits, prospects, "
    "conversion to a reservation, follow-up plans, satisfaction surveys, funnel",
    "version": "18.0.1.0.0",
    "category": "Services/Postpartum",
    "website": "https://github.com/postpartum-erp/postpartum",
    "author": "Postpartum ERP",
    "license": "LGPL-3",
    "depends": ["postpartum_stay", "postpartum_matching", "crm", "sale_crm", "survey"],
    "data": [
        "security/postpartum_crm_security.xml",
        "security/ir.model.access.csv",
        "security/postpartum_crm_rules.xml",
        "data/mail_activity_type_data.xml",
        "data/postpartum_crm_data.xml",
        "data/survey_data.xml",
        "data/ir_filters_data.xml",
        "data/ir_cron_data.xml",
        "views/crm_lead_views.xml",
        "views/postpartum_phone_enquiry_views.xml",
        "views/postpartum_visit_views.xml",
        "views/res_partner_views.xml",
        "views/postpartum_stay_views.xml",
        "views/survey_user_input_views.xml",
        "views/postpartum_crm_config_views.xml",
        "views/postpartum_crm_menus.xml",
        "data/postpartum_home_data.xml",
    ],
    "demo": [
        "demo/postpartum_crm_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "postpartum_crm/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
