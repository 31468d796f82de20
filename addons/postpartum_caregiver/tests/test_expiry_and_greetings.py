from dateutil.relativedelta import relativedelta

from odoo.tests import tagged

from .common import CaregiverCase


@tagged("post_install", "-at_install")
class TestExpiryAndGreetings(CaregiverCase):
    def _expiry_activities(self, record):
        kind = self.env.ref("postpartum_caregiver.mail_activity_type_document_expiry")
        return record.activity_ids.filtered(lambda a: a.activity_type_id == kind)

    def test_certificate_expiring_within_30_days_is_flagged_once(self):
        soon = self._member("Soon")
        later = self._member("Later")
        soon.certificate_ids.expiry_date = self.today + relativedelta(days=20)
        later.certificate_ids.expiry_date = self.today + relativedelta(days=60)
        self.assertEqual(soon.certificate_ids.state, "expiring")
        Certificate = self.env["postpartum.caregiver.certificate"]
        Certificate._cron_expiry_check()
        Certificate._cron_expiry_check()
        activity = self._expiry_activities(soon.certificate_ids)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.manager)
        self.assertFalse(self._expiry_activities(later.certificate_ids))

    def test_expired_health_check_blocks_assignment_until_renewed(self):
        member = self._member("Expired check")
        member.sudo().health_check_ids.check_date = self.today - relativedelta(months=13)
        self.assertFalse(member.can_be_assigned)
        self.assertIn("health check", member.assignment_block_reason)
        self.assertNotIn(member, self.env["hr.employee"].search([("can_be_assigned", "=", True)]))
        self.env["postpartum.caregiver.health.check"]._cron_expiry_check()
        self.assertTrue(self._expiry_activities(member.sudo().health_check_ids))
        self.env["postpartum.caregiver.health.check"].create(
            {
                "employee_id": member.id,
                "check_date": self.today,
                "liver_function": "normal",
                "hbv": "negative",
                "hcv": "negative",
                "syphilis": "negative",
                "hiv": "negative",
            }
        )
        self.assertTrue(member.can_be_assigned)
        self.assertIn(member, self.env["hr.employee"].search([("can_be_assigned", "=", True)]))

    def test_assignment_over_a_period(self):
        member = self._member("Period")
        end = min(member.certificate_valid_until, member.health_check_valid_until)
        self.assertFalse(member._assignment_problems(self.today, end))
        self.assertTrue(member._assignment_problems(self.today, end + relativedelta(days=1)))

    def test_birthday_and_holiday_greetings(self):
        kind = self.env.ref("postpartum_caregiver.mail_activity_type_greeting")
        member = self._member("Birthday")
        member.birthday = (self.today + relativedelta(days=3)).replace(year=1985)
        other = self._member("Not today")
        other.birthday = (self.today + relativedelta(days=10)).replace(year=1985)
        self.env["postpartum.greeting.holiday"].create(
            {"name": "Test Day", "date": self.today + relativedelta(days=2), "days_before": 2}
        )
        for _twice in range(2):
            self.env["hr.employee"]._cron_birthday_greetings()
            self.env["postpartum.greeting.holiday"]._cron_greetings()
        greetings = member.activity_ids.filtered(lambda a: a.activity_type_id == kind)
        self.assertEqual(len(greetings), 2)
        self.assertEqual(
            other.activity_ids.filtered(lambda a: a.activity_type_id == kind).summary,
            "Test Day greeting",
        )

    def test_each_document_has_its_own_daily_job(self):
        """The jobs live on the models they act on: the documents warn of
        their own expiry, the holidays send their own greetings."""
        for xmlid, model, code in (
            ("cron_certificate_expiry", "postpartum.caregiver.certificate", "_cron_expiry_check"),
            ("cron_health_check_expiry", "postpartum.caregiver.health.check", "_cron_expiry_check"),
            ("cron_birthday_greetings", "hr.employee", "_cron_birthday_greetings"),
            ("cron_holiday_greetings", "postpartum.greeting.holiday", "_cron_greetings"),
        ):
            cron = self.env.ref(f"postpartum_caregiver.{xmlid}")
            self.assertEqual(cron.model_id.model, model)
            self.assertEqual(cron.code, f"model.{code}()")
        self.assertFalse(self.env.ref("postpartum_caregiver.cron_caregiver_greetings", False))
        self.assertFalse(self.env.ref("postpartum_caregiver.cron_caregiver_expiry_check", False))

    def test_an_older_health_check_expiring_is_no_news(self):
        member = self._member("Renewed")
        old = member.sudo().health_check_ids
        old.check_date = self.today - relativedelta(months=13)
        self.env["postpartum.caregiver.health.check"].create(
            {
                "employee_id": member.id,
                "check_date": self.today,
                "liver_function": "normal",
                "hbv": "negative",
                "hcv": "negative",
                "syphilis": "negative",
                "hiv": "negative",
            }
        )
        self.env["postpartum.caregiver.health.check"]._cron_expiry_check()
        self.assertFalse(self._expiry_activities(old))
