{
    "name": "Postpartum Center",
    "summary": "Stores, roles, mother and baby profiles and the health archive "
    "of a postpartum care center chain",
    "version": "18.0.1.0.0",
    "category": "Services/Postpartum",
    "website": "https://github.com/postpartum-erp/postpartum",
    "author": "Postpartum ERP",
    "license": "LGPL-3",
    "application": True,
    # base_install_request (auto-installed with mail) opens the Apps menu to every
    # user: depending on it lets this module close it again afterwards
    "depends": ["base", "mail", "hr", "web", "base_install_request"],
    "pre_init_hook": "pre_init_hook",
    "data": [
        "security/postpartum_security.xml",
        "security/ir.model.access.csv",
        "security/postpartum_rules.xml",
        "data/mail_activity_type_data.xml",
        "data/postpartum_district_data.xml",
        "views/postpartum_menus.xml",
        "views/res_company_views.xml",
        "views/postpartum_acting_manager_views.xml",
        "views/res_partner_views.xml",
        "views/postpartum_baby_views.xml",
        "views/postpartum_mother_record_views.xml",
        "views/postpartum_baby_record_views.xml",
        "views/hr_employee_views.xml",
        "views/postpartum_district_views.xml",
        "data/postpartum_home_data.xml",
    ],
    "demo": [
        "demo/res_company_demo.xml",
        "demo/res_users_demo.xml",
        "demo/hr_employee_demo.xml",
        "demo/res_partner_demo.xml",
        "demo/postpartum_health_demo.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "postpartum_base/static/src/views/*.js",
        ],
        "web.assets_tests": [
            "postpartum_base/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
