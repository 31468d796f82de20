import importlib.util
from datetime import timedelta
from pathlib import Path

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import StayCase


@tagged("post_install", "-at_install")
class TestFollowup(StayCase):
    """The stay's calls (回访) come from the follow-up plans, which are data:
    before the due date, during the stay and after check-out."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["postpartum.followup.plan"].with_context(active_test=False).search([]).active = True

    def test_birth_moves_the_check_in_and_closes_the_due_date_calls(self):
        stay = self._stay()
        stay.action_reserve()
        before = stay.followup_ids
        self.assertTrue(before)
        born = self.today - timedelta(days=1)
        stay.action_baby_born(born)
        self.assertEqual(stay.birth_date, born)
        self.assertEqual(stay.date_start, born + timedelta(days=3))
        self.assertEqual(stay.date_end, born + timedelta(days=30))
        self.assertEqual(set(before.mapped("state")), {"cancelled"})

    def test_check_in_without_news_of_the_birth_closes_the_due_date_calls(self):
        stay = self._stay(due_date=self.today + timedelta(days=10))
        stay.action_reserve()
        before = stay.followup_ids
        self.assertEqual(before.mapped("date"), [stay.due_date - timedelta(days=7)])
        self._ready(stay)
        stay.action_check_in()
        self.assertEqual(set(before.mapped("state")), {"cancelled"})
        during = stay.followup_ids - before
        self.assertTrue(during)
        self.assertEqual(set(during.mapped("plan_line_id.plan_id.anchor")), {"check_in"})

    def test_plans_generate_the_calls_of_the_stay(self):
        stay = self._stay(due_date=self.today + timedelta(days=30))
        stay.action_reserve()
        before = stay.followup_ids
        self.assertEqual(
            sorted(before.mapped("date")),
            [stay.due_date - timedelta(days=d) for d in (28, 14, 7)],
        )
        self.assertEqual(before.user_id, stay.user_id, "the consultant calls before check-in")
        self.assertTrue(all(f.call_script for f in before))
        call = self.env.ref("postpartum_stay.mail_activity_followup_call")
        self.assertEqual(len(before.activity_ids.filtered(lambda a: a.activity_type_id == call)), 3)

    def test_calls_of_a_stage_that_is_over_are_cancelled(self):
        """No due-date call once the baby is born, no during-stay call once she
        has left, no call at all for a cancelled stay; their activities go too."""
        call = self.env.ref("postpartum_stay.mail_activity_followup_call")
        stay = self._stay(due_date=self.today + timedelta(days=30))
        stay.action_reserve()
        before = stay.followup_ids
        self.assertEqual(set(before.mapped("state")), {"planned"})
        stay.action_baby_born(self.today - timedelta(days=1))
        self.assertEqual(set(before.mapped("state")), {"cancelled"})
        self.assertFalse(before.activity_ids.filtered(lambda a: a.activity_type_id == call))
        self._ready(stay)
        stay.action_check_in()
        during = stay.followup_ids.filtered(lambda f: f.plan_line_id.plan_id.anchor == "check_in")
        self.assertTrue(during.filtered(lambda f: f.state == "planned"))
        stay.checkout_item_ids.write({"done": True})
        stay.action_check_out()
        self.assertEqual(set(during.mapped("state")), {"cancelled"})
        after = stay.followup_ids.filtered(lambda f: f.plan_line_id.plan_id.anchor == "check_out")
        self.assertEqual(set(after.mapped("state")), {"planned"}, "the after-care calls remain")
        cancelled = self._stay(partner_id=self.mother.id, due_date=self.today + timedelta(days=40))
        cancelled.action_reserve()
        cancelled.action_cancel()
        self.assertEqual(set(cancelled.followup_ids.mapped("state")), {"cancelled"})
        self.assertFalse(cancelled.followup_ids.activity_ids)

    def test_check_in_and_check_out_plans_and_completion(self):
        stay = self._in_house()
        during = stay.followup_ids.filtered(lambda f: f.date >= self.today)
        self.assertIn(self.today + timedelta(days=2), during.mapped("date"))
        stay.checkout_item_ids.write({"done": True})
        stay.action_check_out()
        after = stay.followup_ids.filtered(
            lambda f: f.plan_line_id.plan_id == self.env.ref("postpartum_stay.plan_after_checkout")
        )
        self.assertEqual(
            sorted(after.mapped("date")), [self.today + timedelta(days=d) for d in (1, 3, 7)]
        )
        self.assertEqual(after.user_id, self.cs)
        first = after.sorted("date")[0]
        with self.assertRaisesRegex(UserError, "outcome"):
            first.action_done()
        first.write({"outcome": "reached", "notes": "Home, all good"})
        first.action_done()
        self.assertEqual(first.state, "done")
        self.assertFalse(first.activity_ids)

    def test_calls_read_in_the_reader_language(self):
        # the suite's databases load zh_CN: the plan's Chinese comes from i18n/zh_CN.po
        line = self.env.ref("postpartum_stay.plan_line_out_1")
        stay = self._stay()
        call = self.env["postpartum.followup"].create(
            {"plan_line_id": line.id, "stay_id": stay.id, "date": self.today}
        )
        self.env.invalidate_all()
        self.assertEqual(call.with_context(lang="en_US").title, "Day 1 after check-out")
        self.assertEqual(call.with_context(lang="zh_CN").title, "出所后第1天")
        manual = self.env["postpartum.followup"].create(
            {"name": "Jaundice call", "stay_id": stay.id, "date": self.today}
        )
        self.assertEqual(manual.with_context(lang="zh_CN").title, "Jaundice call")

    def test_call_activity_in_the_agent_language(self):
        """A cron (the superuser, in English) plans a call for a Chinese agent."""
        self.cs.lang = "zh_CN"
        line = self.env.ref("postpartum_stay.plan_line_out_1")
        stay = self._stay()
        call = (
            self.env["postpartum.followup"]
            .with_context(lang="en_US")
            .create(
                {
                    "plan_line_id": line.id,
                    "stay_id": stay.id,
                    "date": self.today,
                    "user_id": self.cs.id,
                }
            )
        )
        self.assertEqual(call.activity_ids.summary, f"出所后第1天：{self.mother.name}")

    def test_plans_for_stays_signed_before_the_plans(self):
        Plan = self.env["postpartum.followup.plan"]
        Plan.search([]).active = False
        stay = self._stay(due_date=self.today + timedelta(days=30))
        stay.action_reserve()
        self.assertFalse(stay.followup_ids)
        Plan.with_context(active_test=False).search([]).active = True
        stay._apply_current_followup_plans()
        self.assertEqual(len(stay.followup_ids), 3)
        stay._apply_current_followup_plans()
        self.assertEqual(len(stay.followup_ids), 3, "calls already planned are kept")

    def test_overdue_follow_ups_per_agent(self):
        stay = self._stay()
        Followup = self.env["postpartum.followup"]
        late = Followup.create(
            {
                "name": "Late",
                "stay_id": stay.id,
                "user_id": self.cs.id,
                "date": self.today - timedelta(days=2),
            }
        )
        Followup.create(
            {
                "name": "Future",
                "stay_id": stay.id,
                "user_id": self.cs.id,
                "date": self.today + timedelta(days=2),
            }
        )
        done = Followup.create(
            {
                "name": "Done",
                "stay_id": stay.id,
                "user_id": self.cs.id,
                "date": self.today - timedelta(days=3),
                "outcome": "reached",
            }
        )
        done.action_done()
        overdue = Followup.search([("is_overdue", "=", True), ("stay_id", "=", stay.id)])
        self.assertEqual(overdue, late)
        rows = Followup._read_group(
            [("is_overdue", "=", True), ("stay_id", "=", stay.id)], ["user_id"], ["__count"]
        )
        self.assertEqual(rows, [(self.cs, 1)])

    def test_negative_offset_is_refused(self):
        plan = self.env.ref("postpartum_stay.plan_after_checkout")
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self.env["postpartum.followup.plan.line"].create(
                {"plan_id": plan.id, "name": "Bad", "offset_days": -3}
            )

    def test_migration_hands_the_crm_plans_to_the_stay(self):
        """A database from before the move (18.0.1.0.0) had the plans, the call
        activity type and the menus under postpartum_crm: the pre-migration
        gives them to postpartum_stay, the same records, none doubled."""
        path = Path(__file__).parent.parent / "migrations" / "18.0.1.1.0" / "pre-migrate.py"
        spec = importlib.util.spec_from_file_location("followup_pre_migrate", path)
        migration = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(migration)
        plan = self.env.ref("postpartum_stay.plan_before_checkin")
        activity = self.env.ref("postpartum_stay.mail_activity_followup_call")
        names = ("plan_before_checkin", "mail_activity_followup_call")
        self.env.cr.execute(
            "UPDATE ir_model_data SET module = 'postpartum_crm' "
            "WHERE module = 'postpartum_stay' AND name IN %s",
            [names],
        )
        self.env.registry.clear_cache()
        self.assertFalse(self.env.ref("postpartum_stay.plan_before_checkin", False))
        migration.migrate(self.env.cr, "18.0.1.0.0")
        self.env.registry.clear_cache()
        self.assertEqual(self.env.ref("postpartum_stay.plan_before_checkin"), plan)
        self.assertEqual(self.env.ref("postpartum_stay.mail_activity_followup_call"), activity)
        self.env.cr.execute(
            "SELECT count(*) FROM ir_model_data WHERE name IN %s AND module LIKE 'postpartum_%%'",
            [names],
        )
        self.assertEqual(self.env.cr.fetchone()[0], 2)
