import importlib
from datetime import date

from dateutil.relativedelta import relativedelta

from odoo.addons.postpartum_base.tests.common import SuiteCase, english_fixtures


def satisfy_other_admission_standards(employee):
    """Addons installed on top of postpartum_caregiver may add admission
    standards (postpartum_training: onboarding). Each offers
    ``tests.common.satisfy_admission_standards(employee)``: call them all."""
    modules = employee.env["ir.module.module"].search(
        [("state", "=", "installed"), ("dependencies_id.name", "=", "postpartum_caregiver")]
    )
    for module in modules:
        try:
            helper = importlib.import_module(
                f"odoo.addons.{module.name}.tests.common"
            ).satisfy_admission_standards
        except (ImportError, AttributeError):
            continue
        helper(employee)


class CaregiverCase(SuiteCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        english_fixtures(cls.env)
        cls.store = cls.env["res.company"].create({"name": "Agency Store"})
        cls.other_store = cls.env["res.company"].create({"name": "Other Store"})
        cls.manager = cls.user("t_cg_manager", "postpartum_base.group_caregiver_manager", cls.store)
        cls.front_desk = cls.user("t_cg_front", "postpartum_base.group_front_desk", cls.store)
        cls.store.caregiver_manager_user_id = cls.manager
        cls.cert_type = cls.env.ref("postpartum_caregiver.certificate_type_maternal_infant")
        cls.today = date.today()
        cls.level_1 = cls.env["postpartum.caregiver.level"].create(
            {
                "name": "T1",
                "sequence": 100,
                "pay_standard": 8000,
                "daily_rate": 400,
                "company_id": False,
            }
        )
        cls.level_2 = cls.env["postpartum.caregiver.level"].create(
            {
                "name": "T2",
                "sequence": 110,
                "pay_standard": 12000,
                "daily_rate": 600,
                "min_tenure_months": 6,
                "company_id": False,
            }
        )

    @classmethod
    def _applicant(cls, name="Applicant", **vals):
        return cls.env["hr.employee"].create(
            {
                "name": name,
                "company_id": cls.store.id,
                "is_caregiver": True,
                "experience_years": 2,
                **vals,
            }
        )

    @classmethod
    def _qualify(cls, employee, months_ago=2):
        """Give the applicant everything the admission standards ask."""
        today = cls.today
        cls.env["postpartum.caregiver.certificate"].create(
            {
                "employee_id": employee.id,
                "type_id": cls.cert_type.id,
                "number": f"C-{employee.id}",
                "issuer": "HRSS",
                "issue_date": today - relativedelta(years=1),
                "expiry_date": today + relativedelta(years=2),
            }
        ).action_verify()
        cls.env["postpartum.caregiver.health.check"].create(
            {
                "employee_id": employee.id,
                "check_date": today - relativedelta(months=months_ago),
                "liver_function": "normal",
                "hbv": "negative",
                "hcv": "negative",
                "syphilis": "negative",
                "hiv": "negative",
            }
        )
        cls.env["postpartum.caregiver.reference"].create(
            {"employee_id": employee.id, "employer": "Family Lu", "outcome": "positive"}
        ).action_mark_checked()
        employee.background_check = "clear"
        satisfy_other_admission_standards(employee)
        return employee

    @classmethod
    def _member(cls, name="Member", level=None, member_since=None):
        employee = cls._qualify(cls._applicant(name))
        employee.action_caregiver_submit()
        employee.action_caregiver_admit()
        if level:
            employee._set_caregiver_level(level, "test")
        if member_since:
            employee.member_since = member_since
        return employee
