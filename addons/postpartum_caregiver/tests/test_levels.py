from dateutil.relativedelta import relativedelta

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import CaregiverCase


@tagged("post_install", "-at_install")
class TestLevels(CaregiverCase):
    def test_level_needs_pay_and_sane_criteria(self):
        Level = self.env["postpartum.caregiver.level"]
        for vals in (
            {"pay_standard": 0, "daily_rate": 400},
            {"pay_standard": 8000, "daily_rate": -1},
            {"pay_standard": 8000, "daily_rate": 400, "min_rating": 6},
            {"pay_standard": 8000, "daily_rate": 400, "min_assessment_score": 120},
            {"pay_standard": 8000, "daily_rate": 400, "min_orders": -2},
        ):
            with self.subTest(vals=vals), self.assertRaises(ValidationError):
                Level.create({"name": "Bad", **vals})
        with self.assertRaises(ValidationError) as err:
            Level.with_context(lang="zh_CN").create({"name": "坏", "daily_rate": 400})
        self.assertIn("工资标准", str(err.exception))

    def test_pay_standard_shown_on_caregiver(self):
        member = self._member(level=self.level_2)
        self.assertEqual(member.caregiver_pay_standard, 12000)
        self.assertEqual(member.caregiver_daily_rate, 600)

    def test_promotion_proposed_when_criteria_met(self):
        member = self._member(
            "Eligible", level=self.level_1, member_since=self.today - relativedelta(months=7)
        )
        proposals = member._propose_level_changes()
        self.assertEqual(proposals.proposed_level_id, self.level_2)
        self.assertEqual(proposals.kind, "promotion")
        self.assertEqual(proposals.activity_ids.user_id, self.manager)
        # no second proposal while one is open
        self.assertFalse(member._propose_level_changes())
        proposals.with_user(self.manager).action_approve()
        self.assertEqual(member.caregiver_level_id, self.level_2)
        history = member.level_history_ids.sorted("id")[-1]
        self.assertEqual((history.old_level_id, history.new_level_id), (self.level_1, self.level_2))

    def test_no_promotion_when_criteria_not_met(self):
        member = self._member(
            "Too new", level=self.level_1, member_since=self.today - relativedelta(months=5)
        )
        self.assertFalse(member._propose_level_changes())
        self.assertFalse(
            self.env["hr.employee"]._cron_caregiver_level_review().employee_id & member
        )

    def test_refusal_and_rights(self):
        member = self._member(
            "Refused", level=self.level_1, member_since=self.today - relativedelta(months=8)
        )
        proposal = member._propose_level_changes()
        with self.assertRaises(UserError):
            proposal.with_user(self.front_desk).sudo(False).action_approve()
        proposal.with_user(self.manager).action_refuse()
        self.assertEqual(member.caregiver_level_id, self.level_1)
        with self.assertRaises(UserError):
            proposal.with_user(self.manager).action_approve()

    def test_demotion(self):
        member = self._member("Demoted", level=self.level_2)
        action = member.action_propose_demotion()
        proposal = (
            self.env["postpartum.caregiver.level.proposal"]
            .with_context(**action["context"])
            .create({"reason": "Three complaints"})
        )
        self.assertEqual(proposal.kind, "demotion")
        proposal.with_user(self.manager).action_approve()
        self.assertEqual(member.caregiver_level_id, self.level_1)

    def test_skill_levels_named_in_the_reader_language(self):
        levels = (
            self.env.ref("postpartum_caregiver.skill_level_basic")
            | self.env.ref("postpartum_caregiver.skill_level_skilled")
            | self.env.ref("postpartum_caregiver.skill_level_expert")
        )
        self.assertEqual(
            levels.with_context(lang="en_US").mapped("name"), ["Basic", "Skilled", "Expert"]
        )
        self.assertEqual(levels.with_context(lang="zh_CN").mapped("name"), ["初级", "熟练", "专家"])
