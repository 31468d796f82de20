"""One tour per role of its typical day (issue 10), in zh_CN, started where
the role lands after logging in (its home screen), taking the paths a person
takes. Each tour has a budget of clicks and keystrokes (steps that act): a
change that makes a role's day longer fails here, and the figures are logged
(`role tour ...`) for the notes.

The tours of the longer flows (a stay from reservation to check-out as the
store manager, a phone enquiry to a reservation, matching, admission) live
with their modules."""

import logging
import re
from pathlib import Path

from odoo import fields
from odoo.tests import HttpCase, tagged

_logger = logging.getLogger(__name__)
ADDONS = Path(__file__).resolve().parent.parent / "addons"

# login, tour, its file, the most acting steps it may take
TOURS = {
    "nurse_a": (
        "postpartum_nurse_rounds_tour",
        "postpartum_base/static/tests/tours/nurse_rounds_tour.js",
        5,
    ),
    "butler_a": (
        "postpartum_butler_visit_tour",
        "postpartum_stay/static/tests/tours/butler_visit_tour.js",
        6,
    ),
    "kitchen_a": (
        "postpartum_kitchen_day_tour",
        "postpartum_meal/static/tests/tours/kitchen_day_tour.js",
        4,
    ),
    "cs_a": ("postpartum_cs_day_tour", "postpartum_helpdesk/static/tests/tours/cs_day_tour.js", 15),
    "frontdesk_a": (
        "postpartum_front_desk_check_in_tour",
        "postpartum_stay/static/tests/tours/front_desk_check_in_tour.js",
        14,
    ),
    "consultant_a": (
        "postpartum_consultant_day_tour",
        "postpartum_crm/static/tests/tours/consultant_day_tour.js",
        5,
    ),
    "caregiver_manager": (
        "postpartum_caregiver_manager_day_tour",
        "postpartum_matching/static/tests/tours/caregiver_manager_day_tour.js",
        8,
    ),
    "chain": (
        "postpartum_chain_stores_tour",
        "postpartum_stay/static/tests/tours/chain_stores_tour.js",
        5,
    ),
    "accountant_b": (
        "postpartum_accountant_stay_entries_tour",
        "postpartum_stay/static/tests/tours/accountant_stay_entries_tour.js",
        7,
    ),
    "manager_a": (
        "postpartum_manager_check_out_tour",
        "postpartum_stay/static/tests/tours/manager_check_out_tour.js",
        8,
    ),
}


def acting_steps(path):
    """The steps of a tour that click or type (a step with a ``run``)."""
    return len(re.findall(r"\brun\s*[:(]", (ADDONS / path).read_text(encoding="utf-8")))


@tagged("post_install", "-at_install")
class TestRoleTours(HttpCase):
    def _tour(self, login):
        tour, path, budget = TOURS[login]
        clicks = acting_steps(path)
        _logger.info("role tour %s (%s): %s clicks and entries", login, tour, clicks)
        self.assertLessEqual(clicks, budget, f"{tour} takes {clicks} steps, {budget} at most")
        self.start_tour("/odoo", tour, login=login)
        self.env.invalidate_all()  # what the tour wrote, not this test's cache

    def test_nurse_records_a_round_with_an_alert(self):
        self._tour("nurse_a")
        record = self.env["postpartum.mother.record"].search([], order="id desc", limit=1)
        self.assertEqual(record.mother_id, self.env.ref("postpartum_base.mother_zhang_li"))
        self.assertTrue(record.is_alert)
        self.assertTrue(record.activity_ids, "the alert is an activity for the nurses")

    def test_butler_does_a_visit(self):
        lin = self.env.ref("postpartum_base.mother_lin_xiao")
        self._tour("butler_a")
        visit = self.env["postpartum.butler.visit"].search(
            [("partner_id", "=", lin.id), ("needs", "=", "需要一台吸奶器")]
        )
        self.assertEqual(len(visit), 1)
        self.assertEqual(visit.state, "done")
        self.assertTrue(visit.room_ok and visit.meals_ok and visit.care_ok)

    def test_kitchen_consumes_the_day(self):
        self._tour("kitchen_a")
        store = self.env.ref("postpartum_base.store_flagship")
        kitchen = self.env["res.users"].search([("login", "=", "kitchen_a")])
        Schedule = self.env["postpartum.meal.schedule"]
        today = fields.Date.context_today(Schedule.with_user(kitchen))
        lines = Schedule.search([("company_id", "=", store.id), ("date", "=", today)])
        self.assertTrue(lines)
        self.assertEqual(set(lines.mapped("state")), {"consumed"})
        self.assertEqual(lines.picking_id.state, "done")

    def test_customer_service_calls_back_and_closes_a_complaint(self):
        self._tour("cs_a")
        call = self.env["postpartum.followup"].search(
            [("notes", "=", "双胞胎吃奶顺利，希望安排一次催乳服务")]
        )
        self.assertEqual((call.state, call.outcome), ("done", "needs"))
        ticket = self.env["helpdesk.ticket"].search([("name", "like", "返回时间晚了")])
        self.assertEqual(ticket.complaint_state, "confirmed")
        self.assertTrue(ticket.customer_confirmed)
        self.assertTrue(ticket.stage_id.closed)

    def test_front_desk_checks_in_after_the_birth_with_the_deposit(self):
        self._tour("frontdesk_a")
        stay = self.env.ref("postpartum_stay.stay_chen_jing")
        self.assertEqual(stay.state, "checked_in")
        self.assertEqual(stay.partner_id.baby_ids.mapped("name"), ["陈静宝宝"])
        self.assertEqual(stay.partner_id.baby_ids.gender, "female")
        self.assertEqual(stay.deposit_state, "held")
        self.assertEqual(stay.deposit_payment_id.amount, 5000)

    def test_store_manager_checks_out_with_a_deduction_and_the_refund(self):
        stay = self.env.ref("postpartum_stay.stay_zhang_li")
        deposit = stay.deposit_amount
        self._tour("manager_a")
        self.assertEqual(stay.state, "checked_out")
        self.assertEqual(stay.deduction_ids.mapped("amount"), [300])
        self.assertEqual(stay.refund_payment_id.amount, deposit - 300)

    def test_caregiver_manager_ends_a_service_early_and_records_the_rating(self):
        order = self.env.ref("postpartum_matching.order_zheng_ya")
        planned = order.date_end
        self._tour("caregiver_manager")
        manager = self.env["res.users"].search([("login", "=", "caregiver_manager")])
        today = fields.Date.context_today(order.with_user(manager))
        self.assertEqual(order.state, "done")
        self.assertEqual(order.request_id.state, "done")
        self.assertEqual(order.date_end, today)
        self.assertLess(order.date_end, planned)
        self.assertEqual(order.sale_line_id.product_uom_qty, order.duration_days)
        rating = order.rating_id
        self.assertEqual((rating.employee_id, rating.date), (order.employee_id, today))
        self.assertEqual(rating.communication, 4)
        self.assertEqual(rating.comment, "月嫂很细心，提前结束是家里的原因")
        self.assertTrue(
            any("家属决定回娘家坐月子" in body for body in order.message_ids.mapped("body")),
            "the reason is in the order's history",
        )

    def test_consultant_signs_a_won_lead_with_a_down_payment(self):
        lead = self.env.ref("postpartum_crm.lead_xu_lan")
        quotation = lead.order_ids
        self.assertEqual(len(quotation), 1, "the demo quoted her suite")
        self._tour("consultant_a")
        self.assertTrue(lead.stage_id.is_won)
        stay = lead.stay_ids
        self.assertEqual(stay.state, "reserved")
        self.assertEqual(stay.sale_order_id, quotation, "signed on the quotation she was given")
        self.assertEqual(quotation.state, "sale")
        self.assertEqual(stay.down_payment_amount, 20000)
        down = quotation.invoice_ids.filtered(lambda m: m.state == "posted")
        self.assertEqual(down.mapped("amount_total"), [20000])
        self.assertTrue(stay.followup_ids, "the calls before her due date are planned")

    def test_chain_manager_compares_the_stores(self):
        chain = self.env.ref("postpartum_base.user_chain_manager")
        stores = chain.company_ids
        self.assertEqual(len(stores), 2)
        # what the tour finds in the pivot: each store's sales, read as he reads them
        Report = (
            self.env["sale.report"].with_user(chain).with_context(allowed_company_ids=stores.ids)
        )
        groups = Report.read_group([("state", "=", "sale")], ["price_subtotal"], ["company_id"])
        self.assertEqual({g["company_id"][0] for g in groups}, set(stores.ids))
        self.assertTrue(all(g["price_subtotal"] > 0 for g in groups))
        self._tour("chain")

    def test_accountant_checks_the_entries_of_a_stay(self):
        stay = self.env.ref("postpartum_stay.stay_sun_li")
        entries = stay._journal_entries()
        # down payment and balance invoices, deposit, deductions, refund
        self.assertIn(stay.deposit_payment_id.move_id, entries)
        self.assertIn(stay.refund_payment_id.move_id, entries)
        self.assertIn(stay.deduction_move_id, entries)
        self.assertLessEqual(stay.sale_order_id.invoice_ids, entries)
        self._tour("accountant_b")
