from odoo.exceptions import AccessError, UserError

from .common import CaregiverCase


class TestMembershipWorkflow(CaregiverCase):
    """Membership moves only through the caregiver manager's steps, whatever an
    HR officer sends over RPC."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.hr_officer = cls.user("t_cg_hr", "hr.group_hr_user", cls.store)
        # levels are the agency's, shared by its stores
        (cls.level_1 | cls.level_2).company_id = False

    def test_membership_is_not_written_directly(self):
        applicant = self._applicant("Zhao")
        for user in (self.hr_officer, self.manager):
            with self.assertRaisesRegex(UserError, "only through its steps"):
                applicant.with_user(user).write({"caregiver_state": "member"})
        self.assertEqual(applicant.caregiver_state, "applicant")
        self.assertFalse(applicant.member_since)

    def test_a_caregiver_is_created_as_an_applicant(self):
        Employee = self.env["hr.employee"].with_user(self.hr_officer)
        with self.assertRaisesRegex(UserError, "cannot start as"):
            Employee.create({"name": "Qian", "is_caregiver": True, "caregiver_state": "member"})
        with self.assertRaisesRegex(UserError, "set by its step"):
            Employee.create(
                {"name": "Qian", "is_caregiver": True, "caregiver_level_id": self.level_2.id}
            )
        self.assertFalse(self.env["hr.employee"].search([("name", "=", "Qian")]))

    def test_level_changes_only_through_a_decision(self):
        member = self._member("Sun", level=self.level_1)
        with self.assertRaisesRegex(UserError, "can no longer be changed"):
            member.with_user(self.manager).write({"caregiver_level_id": self.level_2.id})
        self.assertEqual(member.caregiver_level_id, self.level_1)
        proposal = self.env["postpartum.caregiver.level.proposal"].create(
            {
                "employee_id": member.id,
                "current_level_id": self.level_1.id,
                "proposed_level_id": self.level_2.id,
                "reason": "Excellent ratings",
            }
        )
        with self.assertRaisesRegex(UserError, "only through its steps"):
            proposal.with_user(self.manager).write({"state": "approved"})
        with self.assertRaises(AccessError):
            proposal.with_user(self.front_desk).action_approve()
        self.assertEqual(member.caregiver_level_id, self.level_1)
        proposal.with_user(self.manager).action_approve()
        self.assertEqual(member.caregiver_level_id, self.level_2)
        self.assertEqual(proposal.decided_by_id, self.manager)
        with self.assertRaisesRegex(UserError, "already been decided"):
            proposal.with_user(self.manager).action_refuse()
        with self.assertRaisesRegex(UserError, "can no longer be changed"):
            proposal.with_user(self.manager).write({"proposed_level_id": self.level_1.id})

    def test_steps_check_state_and_role(self):
        applicant = self._applicant("Li")
        with self.assertRaisesRegex(UserError, "this step is not possible"):
            applicant.with_user(self.manager).action_caregiver_suspend()
        with self.assertRaises(UserError):
            applicant.with_user(self.hr_officer).action_caregiver_submit()
        applicant.with_user(self.manager).action_caregiver_submit()
        self.assertEqual(applicant.caregiver_state, "review")
