from datetime import timedelta

from lxml import etree

from odoo.addons.postpartum_matching.tests.common import MatchingCase
from odoo.addons.postpartum_stay.tests.common import StayCase
from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval


@tagged("post_install", "-at_install")
class TestFollowupSatisfaction(StayCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["postpartum.followup.plan"].with_context(active_test=False).search([]).active = True

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
