{
    "name": "Postpartum Caregiver Training",
    "summary": "Onboarding, periodic upgrade and special-skill training of member caregivers, "
    "with sessions, attendance, certification exams and skills granted",
    "version": "18.0.1.0.0",
    "category": "Services/Postpartum",
    "website": "https://github.com/postpartum-erp/postpartum",
    "author": "Postpartum ERP",
    "license": "LGPL-3",
    "depends": ["postpartum_caregiver", "survey"],
    "data": [
        "security/ir.model.access.csv",
        "security/postpartum_training_rules.xml",
        "data/mail_activity_type_data.xml",
        "data/ir_cron_data.xml",
        "views/postpartum_training_course_views.xml",
        "views/postpartum_training_session_views.xml",
        "views/hr_employee_views.xml",
        "views/postpartum_training_enrolment_views.xml",
        "views/res_company_views.xml",
        "views/postpartum_training_menus.xml",
    ],
    "demo": [
        "demo/postpartum_training_demo.xml",
    ],
    "installable": True,
}
