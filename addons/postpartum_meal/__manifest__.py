{
    "name": "Postpartum Meals",
    "summary": "Confinement meals (月子餐): dishes with ingredients and tags, stage meal plans, "
    "meal schedules per stay with allergy substitution, the kitchen production sheet and "
    "ingredient consumption from the kitchen stock",
    "version": "18.0.1.1.0",
    "category": "Services/Postpartum",
    "website": "https://github.com/postpartum-erp/postpartum",
    "author": "Postpartum ERP",
    "license": "LGPL-3",
    "depends": ["postpartum_stay", "stock"],
    "data": [
        "security/postpartum_meal_security.xml",
        "security/ir.model.access.csv",
        "security/postpartum_meal_rules.xml",
        "data/product_category_data.xml",
        "data/postpartum_meal_stage_data.xml",
        "data/postpartum_meal_tag_data.xml",
        "views/postpartum_meal_tag_views.xml",
        "views/postpartum_meal_stage_views.xml",
        "views/product_template_views.xml",
        "views/postpartum_meal_plan_views.xml",
        "views/postpartum_meal_schedule_views.xml",
        "views/postpartum_meal_production_views.xml",
        "views/postpartum_stay_views.xml",
        "views/res_partner_views.xml",
        "views/res_company_views.xml",
        "report/postpartum_meal_production_report.xml",
        "wizard/postpartum_meal_production_print_views.xml",
        "wizard/postpartum_meal_consume_views.xml",
        "views/postpartum_meal_menus.xml",
        "data/postpartum_home_data.xml",
    ],
    "demo": [
        "demo/postpartum_meal_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "postpartum_meal/static/tests/tours/*.js",
        ],
    },
    "post_init_hook": "post_init_hook",
    "installable": True,
}
