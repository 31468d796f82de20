from dateutil.relativedelta import relativedelta

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from .common import CaregiverCase


@tagged("post_install", "-at_install")
class TestAdmission(CaregiverCase):
    def setUp(self):
        super().setUp()
        self.applicant = self._qualify(self._applicant())
        self.applicant.action_caregiver_submit()

    def _refused(self, expected):
        with self.assertRaises(UserError) as err:
            self.applicant.with_user(self.manager).action_caregiver_admit()
        self.assertIn(expected, str(err.exception))
        self.assertEqual(self.applicant.caregiver_state, "review")
        return str(err.exception)

    def test_admission_when_every_standard_holds(self):
        self.assertFalse(self.applicant._admission_problems())
        self.applicant.with_user(self.manager).action_caregiver_admit()
        self.assertEqual(self.applicant.caregiver_state, "member")
        self.assertEqual(self.applicant.member_since, self.today)
        lowest = self.env["postpartum.caregiver.level"].search([], order="sequence, id", limit=1)
        self.assertEqual(self.applicant.caregiver_level_id, lowest)
        self.assertEqual(self.applicant.level_history_ids.new_level_id, lowest)
        self.assertTrue(self.applicant.can_be_assigned)

    def test_expired_certificate(self):
        cert = self.applicant.certificate_ids
        cert.write(
            {
                "issue_date": self.today - relativedelta(years=4),
                "expiry_date": self.today - relativedelta(days=1),
            }
        )
        self.assertEqual(cert.state, "expired")
        self._refused("certificate has expired")

    def test_unverified_certificate(self):
        self.applicant.certificate_ids.write({"verified_date": False, "verified_by_id": False})
        self._refused("not been verified")

    def test_certificate_of_a_type_not_required(self):
        self.applicant.certificate_ids.type_id = self.env.ref(
            "postpartum_caregiver.certificate_type_lactation"
        )
        self._refused("No certificate of a required type")

    def test_positive_hiv_makes_her_ineligible_for_good(self):
        self.applicant.health_check_ids.hiv = "positive"
        self._refused("HIV")
        # a later negative check does not change it
        self.env["postpartum.caregiver.health.check"].create(
            {
                "employee_id": self.applicant.id,
                "check_date": self.today,
                "liver_function": "normal",
                "hbv": "negative",
                "hcv": "negative",
                "syphilis": "negative",
                "hiv": "negative",
            }
        )
        self.assertTrue(self.applicant.health_ineligible)
        self._refused("cannot be admitted")

    def test_old_health_check(self):
        self.applicant.health_check_ids.check_date = self.today - relativedelta(months=13)
        self._refused("older than 12 months")
        self.store.caregiver_health_check_months = 18
        self.assertFalse(self.applicant._admission_problems())

    def test_abnormal_liver_function(self):
        self.applicant.health_check_ids.liver_function = "abnormal"
        self._refused("liver function")

    def test_six_months_of_experience(self):
        self.applicant.experience_years = 0.5
        self._refused("0.5 years of experience, 1.0 required")

    def test_unchecked_references(self):
        self.env["postpartum.caregiver.reference"].create(
            {"employee_id": self.applicant.id, "employer": "Agency X"}
        )
        self._refused("not all been checked")

    def test_no_reference_and_no_background_check(self):
        self.applicant.sudo().reference_ids.unlink()
        self.applicant.background_check = "todo"
        message = self._refused("No reference")
        self.assertIn("background check is not done", message)

    def test_bad_background(self):
        self.applicant.background_check = "bad"
        self._refused("bad record")

    def test_refusal_lists_reasons_in_chinese(self):
        self.applicant.experience_years = 0.5
        with self.assertRaises(UserError) as err:
            self.applicant.with_user(self.manager).with_context(
                lang="zh_CN"
            ).action_caregiver_admit()
        self.assertIn("经验", str(err.exception))

    def test_refuse_asks_the_reason_and_keeps_it(self):
        self.applicant.experience_years = 0.5
        applicant = self.applicant.with_user(self.manager)
        action = applicant.action_caregiver_refuse()
        # the button only opens the dialog: nothing is refused yet
        self.assertEqual(action["res_model"], "postpartum.caregiver.refuse.wizard")
        self.assertEqual(self.applicant.caregiver_state, "review")
        wizard = Form(
            self.env["postpartum.caregiver.refuse.wizard"]
            .with_user(self.manager)
            .with_context(**action["context"])
        )
        # the open admission points are offered as the reason
        self.assertIn("0.5 years", wizard.problems)
        wizard.reason = "Too little experience: apply again after one more year."
        wizard.save().action_refuse()
        self.assertEqual(self.applicant.caregiver_state, "applicant")
        self.assertEqual(
            self.applicant.caregiver_refusal_reason,
            "Too little experience: apply again after one more year.",
        )
        self.assertIn("one more year", self.applicant.message_ids[0].body)

    def test_refuse_without_reason_is_refused(self):
        applicant = self.applicant.with_user(self.manager)
        for reason in ("", "   ", None):
            with self.assertRaisesRegex(UserError, "Say why"):
                applicant._caregiver_refuse(reason)
        self.assertEqual(self.applicant.caregiver_state, "review")
        # the reason is the step's: not written directly
        with self.assertRaises(UserError):
            applicant.write({"caregiver_refusal_reason": "typed over RPC"})
        self.assertFalse(self.applicant.caregiver_refusal_reason)

    def test_lifecycle_and_readmission(self):
        employee = self.applicant.with_user(self.manager)
        steps = [
            (employee.action_caregiver_admit, "member"),
            (employee.action_caregiver_suspend, "suspended"),
            (employee.action_caregiver_reinstate, "member"),
            (employee.action_caregiver_revoke, "revoked"),
            (employee.action_caregiver_readmit, "review"),
            (employee.action_caregiver_admit, "member"),
        ]
        for action, state in steps:
            action()
            self.assertEqual(self.applicant.caregiver_state, state)
            if state == "suspended":
                self.assertFalse(self.applicant.can_be_assigned)
            self.env.cr.precommit.run()  # one tracking message per step
        with self.assertRaises(UserError):
            employee.action_caregiver_readmit()
        tracked = self.applicant.message_ids.tracking_value_ids.filtered(
            lambda t: t.field_id.name == "caregiver_state"
        )
        changes = set(tracked.mapped(lambda t: (t.old_value_char, t.new_value_char)))
        for change in [
            ("Member", "Suspended"),
            ("Suspended", "Member"),
            ("Member", "Revoked"),
            ("Revoked", "Under Review"),
            ("Under Review", "Member"),
        ]:
            self.assertIn(change, changes)

    def test_only_a_caregiver_manager_changes_membership(self):
        with self.assertRaises(UserError):
            self.applicant.with_user(self.front_desk).sudo(False).action_caregiver_admit()

    def test_bad_input(self):
        cert = self.applicant.certificate_ids
        with self.assertRaises(ValidationError):
            cert.expiry_date = cert.issue_date - relativedelta(days=1)
        with self.assertRaises(ValidationError):
            cert.issue_date = self.today + relativedelta(days=5)
        with self.assertRaises(ValidationError):
            self.applicant.health_check_ids.check_date = self.today + relativedelta(days=1)
        with self.assertRaises(ValidationError):
            self.applicant.experience_years = -1
        with self.assertRaises(ValidationError):
            self.applicant.home_latitude = 95
        with self.assertRaises(ValidationError):
            self.applicant.identification_id = "310115199203150021"
        self.assertEqual(self.applicant.experience_years, 2)
