{
    "name": "Postpartum Caregiver Matching",
    "summary": "Care requests, ranked and explained caregiver matching, interviews, "
    "home-service orders, follow-ups, replacement and ratings",
    "version": "18.0.1.0.0",
    "category": "Services/Postpartum",
    "website": "https://github.com/postpartum-erp/postpartum",
    "author": "Postpartum ERP",
    "license": "LGPL-3",
    "depends": ["postpartum_assessment", "postpartum_training", "calendar", "sale"],
    "data": [
        "security/ir.model.access.csv",
        "security/postpartum_matching_rules.xml",
        "data/ir_sequence_data.xml",
        "data/product_data.xml",
        "views/postpartum_match_candidate_views.xml",
        "views/postpartum_care_request_views.xml",
        "views/postpartum_interview_views.xml",
        "views/postpartum_service_order_views.xml",
        "views/res_company_views.xml",
        "wizard/postpartum_order_replace_views.xml",
        "wizard/postpartum_order_rate_views.xml",
        "wizard/postpartum_order_done_views.xml",
        "views/postpartum_matching_menus.xml",
        "report/postpartum_caregiver_profile_report.xml",
        "data/postpartum_home_data.xml",
    ],
    "demo": [
        "demo/postpartum_matching_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "postpartum_matching/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
