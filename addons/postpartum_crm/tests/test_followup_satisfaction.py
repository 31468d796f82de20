from datetime import timedelta

from lxml import etree

from odoo.addons.postpartum_matching.tests.common import MatchingCase
from odoo.addons.postpartum_stay.tests.common import StayCase
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval


@tagged("post_install", "-at_install")
class TestFollowupSatisfaction(StayCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["postpartum.followup.plan"].with_context(active_test=False).search([]).active = True

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
        call = self.env.ref("postpartum_crm.mail_activity_followup_call")
        self.assertEqual(len(before.activity_ids.filtered(lambda a: a.activity_type_id == call)), 3)

    def test_calls_of_a_stage_that_is_over_are_cancelled(self):
        """No due-date call once the baby is born, no during-stay call once she
        has left, no call at all for a cancelled stay; their activities go too."""
        call = self.env.ref("postpartum_crm.mail_activity_followup_call")
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
            lambda f: f.plan_line_id.plan_id == self.env.ref("postpartum_crm.plan_after_checkout")
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
        line = self.env.ref("postpartum_crm.plan_line_out_1")
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
        line = self.env.ref("postpartum_crm.plan_line_out_1")
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
        plan = self.env.ref("postpartum_crm.plan_after_checkout")
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self.env["postpartum.followup.plan.line"].create(
                {"plan_id": plan.id, "name": "Bad", "offset_days": -3}
            )

    def _answer(self, survey, scores, **links):
        answer = survey._create_answer(partner=self.mother, check_attempts=False, **links)
        for question, score in zip(survey.question_ids, scores, strict=True):
            choice = question.suggested_answer_ids.filtered(lambda a, s=score: a.answer_score == s)
            answer._save_lines(question, choice.id)
        answer._mark_done()
        return answer

    def test_survey_after_check_out_feeds_the_store_score(self):
        stay = self._in_house()
        stay.checkout_item_ids.write({"done": True})
        stay.action_check_out()
        survey = self.env.ref("postpartum_crm.survey_stay_satisfaction")
        invitation = stay.survey_answer_ids
        self.assertEqual(invitation.survey_id, survey)
        self.assertEqual(invitation.partner_id, self.mother)
        for question, score in zip(survey.question_ids, (5, 5, 4, 4), strict=True):
            choice = question.suggested_answer_ids.filtered(lambda a, s=score: a.answer_score == s)
            invitation._save_lines(question, choice.id)
        invitation._mark_done()
        self.assertEqual(invitation.scoring_percentage, 90.0)
        self.assertEqual(invitation.satisfaction_company_id, self.store)
        other = self._stay(partner_id=self.mother.id)
        self._answer(survey, (3, 3, 3, 3), stay_id=other.id)
        self.store.invalidate_recordset(["satisfaction_score"])
        self.assertEqual(self.store.satisfaction_score, 75.0)

    def test_satisfaction_answer_shows_no_failed_ribbon(self):
        """A score of 50% is an opinion, not a failed exam: the answer form
        shows neither 失败 nor 通过 for a stay's or an order's answer, and
        keeps them for other scored surveys."""
        arch = self.env["survey.user_input"].get_view(view_type="form")["arch"]
        ribbons = {
            r.get("title"): r.get("invisible")
            for r in etree.fromstring(arch).xpath("//widget[@name='web_ribbon']")  # noqa: S320
        }
        failed = {
            "test_entry": False,
            "scoring_type": "scoring_without_answers",
            "scoring_success": False,
            "stay_id": False,
            "service_order_id": False,
        }
        self.assertFalse(safe_eval(ribbons["Failed"], failed))
        self.assertTrue(safe_eval(ribbons["Failed"], {**failed, "stay_id": 4}))
        self.assertTrue(safe_eval(ribbons["Failed"], {**failed, "service_order_id": 2}))
        passed = {**failed, "scoring_success": True, "service_order_id": 2}
        self.assertTrue(safe_eval(ribbons["Passed"], passed))

    def test_demo_answers_fill_the_satisfaction_reports(self):
        for xmlid in (
            "postpartum_crm.action_satisfaction",
            "postpartum_crm.action_satisfaction_caregiver",
        ):
            domain = safe_eval(self.env.ref(xmlid).domain)
            groups = self.env["survey.user_input"]._read_group(
                domain, ["satisfaction_company_id"], ["scoring_percentage:avg"]
            )
            self.assertTrue(groups, xmlid)
            self.assertTrue(all(0 < score <= 100 for _company, score in groups), groups)


@tagged("post_install", "-at_install")
class TestCaregiverSatisfaction(MatchingCase):
    def test_home_service_survey_feeds_the_caregiver_score(self):
        caregiver = self._caregiver("Satisfied")
        order = self._order(caregiver)
        order.action_start()
        order.action_done()
        invitation = order.survey_answer_ids
        survey = self.env.ref("postpartum_crm.survey_home_service_satisfaction")
        self.assertEqual(invitation.survey_id, survey)
        for question, score in zip(survey.question_ids, (5, 4, 3), strict=True):
            choice = question.suggested_answer_ids.filtered(lambda a, s=score: a.answer_score == s)
            invitation._save_lines(question, choice.id)
        invitation._mark_done()
        self.assertEqual(invitation.caregiver_id, caregiver)
        self.assertEqual(invitation.scoring_percentage, 80.0)
        self.assertEqual(caregiver.satisfaction_score, 80.0)


@tagged("post_install", "-at_install")
class TestHolidayGreetings(StayCase):
    def test_customers_get_one_greeting_call_per_holiday(self):
        Holiday = self.env["postpartum.greeting.holiday"]
        Holiday.search([]).active = False
        holiday = Holiday.create(
            {
                "name": "Mid-Autumn",
                "date": self.today + timedelta(days=3),
                "days_before": 5,
                "customer_script": "<p>Happy Mid-Autumn</p>",
            }
        )
        Holiday.create(
            {"name": "Far away", "date": self.today + timedelta(days=30), "days_before": 5}
        )
        in_house = self._in_house()
        reserved = self._stay(
            partner_id=self.env["res.partner"]
            .create({"name": "Reserved", "is_mother": True, "company_id": self.store.id})
            .id,
            due_date=self.today + timedelta(days=60),
        )
        reserved.action_reserve()
        self._stay(
            partner_id=self.env["res.partner"]
            .create({"name": "Draft only", "is_mother": True, "company_id": self.store.id})
            .id
        )
        Followup = self.env["postpartum.followup"]
        # the demo data's customers get theirs too: look at this store's
        calls = Followup._cron_holiday_greetings().filtered(lambda c: c.company_id == self.store)
        self.assertEqual(calls.partner_id, in_house.partner_id | reserved.partner_id)
        self.assertEqual(calls.holiday_id, holiday)
        self.assertEqual(set(calls.mapped("date")), {holiday.date - timedelta(days=1)})
        self.assertEqual(calls.user_id, self.cs)
        self.assertIn("Mid-Autumn", calls[0].call_script)
        self.assertFalse(Followup._cron_holiday_greetings(), "once per holiday and customer")
