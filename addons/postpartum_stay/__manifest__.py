{
    "name": "Postpartum Stays",
    "summary": "Rooms, packages, reservations with down payment, room allocation without "
    "double booking, check-in with deposit, care plans, butler visits, check-out with refund",
    "version": "18.0.1.0.0",
    "category": "Services/Postpartum",
    "website": "https://github.com/postpartum-erp/postpartum",
    "author": "Postpartum ERP",
    "license": "LGPL-3",
    "depends": ["postpartum_base", "sale_management", "account", "l10n_cn"],
    "data": [
        "security/postpartum_stay_security.xml",
        "security/ir.model.access.csv",
        "security/postpartum_stay_rules.xml",
        "data/ir_sequence_data.xml",
        "data/postpartum_room_type_data.xml",
        "data/product_data.xml",
        "data/mail_activity_type_data.xml",
        "data/ir_cron_data.xml",
        "views/postpartum_room_type_views.xml",
        "views/postpartum_room_views.xml",
        "views/product_template_views.xml",
        "views/postpartum_stay_views.xml",
        "views/postpartum_stay_room_views.xml",
        "views/postpartum_butler_visit_views.xml",
        "views/postpartum_checklist_template_views.xml",
        "views/postpartum_stay_report_views.xml",
        "views/res_company_views.xml",
        "wizard/postpartum_room_availability_views.xml",
        "wizard/postpartum_stay_room_change_views.xml",
        "wizard/postpartum_stay_service_views.xml",
        "views/postpartum_stay_menus.xml",
    ],
    "demo": [

    ],
    "assets": {
        "web.assets_tests": [
            "postpartum_stay/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
