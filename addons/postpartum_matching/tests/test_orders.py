import math
from datetime import date, datetime, time, timedelta

from odoo import fields
from odoo.addons.postpartum_base.tests.common import (
    assert_concurrent_insert_refused,
    committed_employee,
)
from odoo.exceptions import UserError, ValidationError
from odoo.service.model import _as_validation_error
from odoo.tests import Form, tagged

from .common import MatchingCase


@tagged("post_install", "-at_install")
class TestOrders(MatchingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.anna = cls._caregiver("Anna", lat=31.231, lon=121.471)
        cls.bella = cls._caregiver("Bella", lat=31.24, lon=121.48, level=cls.level_2)

    def _interview(self, request, employee):
        return self.env["postpartum.interview"].create(
            {"request_id": request.id, "employee_id": employee.id}
        )

    def test_declined_interview_matches_again_without_her(self):
        request = self._request()
        request.action_match()
        interview = self._interview(request, self.anna)
        self.assertEqual(request.state, "interviewing")
        self.assertIn(self.anna.work_contact_id, interview.event_id.partner_ids)
        self.assertIn(self.mother, interview.event_id.partner_ids)
        interview.with_context(decline_reason="Too far").action_customer_decline()
        self.assertEqual(interview.state, "declined")
        self.assertEqual(request.state, "matching")
        self.assertIn(self.anna, request.excluded_employee_ids)
        self.assertNotIn(self.anna, request.candidate_ids.employee_id)
        self.assertIn(self.bella, request.candidate_ids.employee_id)
        with self.assertRaises(UserError):
            self._interview(request, self.anna)

    def test_planning_an_interview_asks_its_time(self):
        """面试 opens a new interview for the consultant to date (tomorrow 10:00
        where she is, proposed), not one saved for "tomorrow, same time"."""
        request = self._request()
        request.action_match()
        candidate = request.candidate_ids.filtered(lambda c: c.employee_id == self.anna)
        self.env.user.tz = "Asia/Shanghai"
        action = candidate.action_plan_interview()
        self.assertFalse(action.get("res_id"))
        self.assertFalse(self.env["postpartum.interview"].search([("request_id", "=", request.id)]))
        form = Form(self.env["postpartum.interview"].with_context(**action["context"]))
        tomorrow = fields.Date.context_today(self.env["postpartum.interview"]) + timedelta(days=1)
        self.assertEqual(form.start, datetime.combine(tomorrow, time(2, 0)), "10:00 in Shanghai")
        self.assertEqual(form.employee_id, self.anna)
        form.start = datetime.combine(tomorrow + timedelta(days=2), time(7, 30))
        interview = form.save()
        self.assertEqual(interview.event_id.start, interview.start)

    def test_both_accept_creates_the_order_and_sale(self):
        request = self._request()
        request.action_match()
        interview = self._interview(request, self.bella)
        interview.action_caregiver_accept()
        self.assertFalse(interview.order_id)
        interview.action_customer_accept()
        order = interview.order_id
        self.assertEqual((order.state, request.state), ("confirmed", "confirmed"))
        self.assertEqual(order.duration_days, 26)
        self.assertEqual(order.daily_rate, 600)
        self.assertEqual(order.amount, 600 * 26)
        self.assertAlmostEqual(order.pay_amount, 12000)
        self.assertEqual(order.sale_order_id.amount_untaxed, 600 * 26)
        self.assertEqual(order.sale_order_id.partner_id, self.mother)

    def test_overlapping_confirmation_refused_by_the_orm(self):
        first = self._order(self.anna)
        second = self.env["postpartum.service.order"].create(
            {
                "request_id": self._request().id,
                "employee_id": self.anna.id,
                "date_start": self.end,
                "date_end": self.end + timedelta(days=10),
            }
        )
        with self.assertRaises(ValidationError) as err:
            second.action_confirm()
        self.assertIn(first.name, str(err.exception))
        self.assertEqual(second.state, "draft")
        self.assertFalse(second.sale_order_id)
        # the day after is free
        second.write({"date_start": self.end + timedelta(days=1)})
        second.action_confirm()
        self.assertEqual(second.state, "confirmed")

    def test_two_cursors_cannot_both_book_the_caregiver(self):
        """Two users confirm overlapping orders at the same moment: PostgreSQL
        makes the second wait, then refuses it."""
        employee_id, company_id, partner_id = committed_employee(
            self, "Race", [("postpartum_service_order", "employee_id")]
        )
        sql = """INSERT INTO postpartum_service_order
                 (name, customer_id, company_id, employee_id, date_start, date_end, state,
                  blocks_calendar)
                 VALUES ('race', %s, %s, %s, %s, %s, 'confirmed', true)"""
        start = date(2031, 3, 1)
        error = assert_concurrent_insert_refused(
            self,
            sql,
            [partner_id, company_id, employee_id, start, start + timedelta(days=25)],
            [
                partner_id,
                company_id,
                employee_id,
                start + timedelta(days=20),
                start + timedelta(days=45),
            ],
        )
        self.assertIn("already booked", str(_as_validation_error(self.env, error)))

    def test_follow_up_calls_every_week(self):
        order = self._order(self.anna)
        order.action_start()
        weeks = math.ceil(order.duration_days / 7)
        self.assertEqual(len(order.followup_ids), 2 * weeks)
        self.assertEqual(set(order.followup_ids.mapped("party")), {"customer", "caregiver"})
        self.assertEqual(len(order.activity_ids), 2 * weeks)
        call = order.followup_ids[0]
        call.notes = "Mother sleeps well; baby gained 200 g."
        call.action_done()
        self.assertTrue(call.done)
        self.assertEqual(len(order.activity_ids), 2 * weeks - 1)
        self.assertIn("200 g", order.message_ids[0].body)

    def test_replacement_keeps_both_parts_and_bills_right(self):
        request = self._request()
        request.action_match()
        interview = self._interview(request, self.anna)
        interview.action_caregiver_accept()
        interview.action_customer_accept()
        order = interview.order_id
        order.action_start()
        last_day = order.date_start + timedelta(days=9)
        with self.assertRaises(ValidationError):
            order._replace(order.date_end, "too late")
        wizard = self.env["postpartum.order.replace.wizard"].create(
            {"order_id": order.id, "last_day": last_day, "reason": "Family unhappy with hygiene"}
        )
        action = wizard.action_replace()
        new_request = self.env["postpartum.care.request"].browse(action["res_id"])
        self.assertEqual(
            (order.state, order.date_end, order.duration_days), ("replaced", last_day, 10)
        )
        self.assertEqual(order.sale_line_id.product_uom_qty, 10)
        self.assertTrue(all(f.date <= last_day for f in order.followup_ids))
        self.assertEqual(
            (new_request.date_start, new_request.date_end), (last_day + timedelta(days=1), self.end)
        )
        self.assertIn(self.anna, new_request.excluded_employee_ids)
        self.assertNotIn(self.anna, new_request.candidate_ids.employee_id)
        interview = self._interview(new_request, self.bella)
        interview.action_caregiver_accept()
        interview.action_customer_accept()
        new_order = interview.order_id
        self.assertEqual(new_order.previous_order_id, order)
        self.assertEqual(new_order.sale_order_id, order.sale_order_id)
        self.assertEqual(new_order.duration_days, 16)
        self.assertEqual(order.sale_order_id.amount_untaxed, 10 * 400 + 16 * 600)
        self.assertEqual(len(order.sale_order_id.order_line), 2)

    def test_completion_rating_feeds_the_caregiver(self):
        rule = self.env["postpartum.discipline.rule"].create(
            {
                "name": "One bad",
                "trigger": "rating_below",
                "threshold": 3,
                "last_services": 1,
                "effect": "warning",
            }
        )
        order = self._order(self.anna)
        order.action_start()
        action = order.action_done()
        self.assertEqual(action["res_model"], "postpartum.order.rate.wizard")
        wizard = (
            self.env["postpartum.order.rate.wizard"]
            .with_context(**action["context"])
            .create(
                {"attitude": "2", "skill": "3", "communication": "2", "comment": "Late every day"}
            )
        )
        wizard.action_rate()
        rating = order.rating_id
        self.assertEqual((rating.source_model, rating.source_id), (order._name, order.id))
        self.assertEqual(self.anna.rating_count, 1)
        self.assertAlmostEqual(self.anna.rating_average, 7 / 3, places=2)
        self.assertTrue(
            self.env["postpartum.discipline.record"].search(
                [("rule_id", "=", rule.id), ("employee_id", "=", self.anna.id)]
            )
        )
        self.assertEqual(self.anna._caregiver_metrics()["orders"], 1)

    def test_promotion_metrics_cost_the_same_queries_for_many_caregivers(self):
        few = self.anna | self.bella
        many = few | self._caregiver("C1") | self._caregiver("C2") | self._caregiver("C3")
        counts = []
        for caregivers in (few, many):
            self.env.invalidate_all()
            start = self.env.cr.sql_log_count
            metrics = caregivers._caregiver_metrics_batch()
            counts.append(self.env.cr.sql_log_count - start)
            self.assertEqual(set(metrics), set(caregivers.ids))
        self.assertEqual(counts[0], counts[1])

    def test_order_needs_an_assignable_caregiver(self):
        self.anna.sudo().health_check_ids.check_date = self.today - timedelta(days=400)
        order = self.env["postpartum.service.order"].create(
            {
                "request_id": self._request().id,
                "employee_id": self.anna.id,
                "date_start": self.start,
                "date_end": self.end,
            }
        )
        with self.assertRaises(UserError) as err:
            order.action_confirm()
        self.assertIn("health check", str(err.exception))
        with self.assertRaises(ValidationError):
            order.date_end = self.start - timedelta(days=2)

    def test_completing_early_asks_the_last_day_and_dates_the_rating(self):
        today = fields.Date.context_today(self.env["postpartum.service.order"])
        start, end = today - timedelta(days=10), today + timedelta(days=15)
        order = self._order(
            self.anna, start=start, end=end, request=self._request(date_start=start, date_end=end)
        )
        order.action_start()
        amount = order.sale_order_id.amount_untaxed
        self.assertTrue(order.followup_ids.filtered(lambda f: not f.done))
        action = order.action_open_done()
        self.assertEqual(action["res_model"], "postpartum.order.done.wizard")
        self.assertEqual(order.state, "in_service", "nothing done before the answer")
        form = Form(self.env[action["res_model"]].with_context(**action["context"]))
        self.assertEqual(form.last_day, today)
        self.assertEqual(form.days_early, 15)
        form.reason = "The family went back to her parents"
        rate = form.save().action_confirm()
        self.assertEqual(order.state, "done")
        self.assertEqual(order.date_end, today)
        self.assertEqual(order.duration_days, 11)
        self.assertAlmostEqual(order.sale_order_id.amount_untaxed, amount * 11 / 26, places=2)
        self.assertFalse(order.followup_ids.filtered(lambda f: not f.done))
        self.assertFalse(order.followup_ids.activity_id)
        self.assertIn(
            "15",
            order.message_ids[:3].mapped("body")[-1] + "".join(order.message_ids.mapped("body")),
        )
        wizard = self.env[rate["res_model"]].with_context(**rate["context"]).create({})
        wizard.action_rate()
        self.assertEqual(order.rating_id.date, today)

    def test_last_day_before_the_start_is_refused(self):
        today = fields.Date.context_today(self.env["postpartum.service.order"])
        start, end = today - timedelta(days=2), today + timedelta(days=20)
        order = self._order(
            self.anna, start=start, end=end, request=self._request(date_start=start, date_end=end)
        )
        order.action_start()
        with self.assertRaisesRegex(ValidationError, "cannot be before"):
            order.action_done(last_day=start - timedelta(days=1), reason="x")
        self.assertEqual((order.state, order.date_end), ("in_service", end))

    def test_coordinates_come_from_the_district(self):
        """A family or a caregiver known by her district only is placed at its
        centre (distance in matching, not 0); given coordinates are kept."""
        xuhui = self.env.ref("postpartum_base.district_shanghai_xuhui")
        request = self._request(district="徐汇区", latitude=0, longitude=0)
        self.assertEqual((request.latitude, request.longitude), (xuhui.latitude, xuhui.longitude))
        kept = self._request(district="徐汇区", latitude=31.3, longitude=121.5)
        self.assertEqual((kept.latitude, kept.longitude), (31.3, 121.5))
        pudong = self.env.ref("postpartum_base.district_shanghai_pudong")
        self.anna.home_district = "浦东新区"
        self.assertEqual(self.anna.home_latitude, pudong.latitude)
        unknown = self._request(district="Nowhere", latitude=0, longitude=0)
        self.assertEqual(unknown.latitude, 0)

    def test_a_request_opens_its_current_order_directly(self):
        request = self._request()
        first = self._order(self.anna, request=request)
        action = request.action_view_orders()
        self.assertEqual((action["view_mode"], action["res_id"]), ("form", first.id))
        first.action_cancel()
        second = self._order(self.bella, request=request)
        action = request.action_view_orders()
        self.assertEqual((action["view_mode"], action["res_id"]), ("form", second.id))
        second.action_cancel()
        action = request.action_view_orders()
        self.assertEqual(action["views"][0][1], "list", "two past orders: the list of both")
        self.assertEqual(action["domain"], [("request_id", "=", request.id)])
