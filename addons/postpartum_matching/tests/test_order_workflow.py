from odoo import sql_db
from odoo.exceptions import AccessError, UserError

from .common import MatchingCase


class TestOrderWorkflow(MatchingCase):
    """Home-service orders, requests and interviews move only through their
    steps: a direct write (as an RPC caller sends it) skips nothing."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # levels are the agency's, shared by its stores
        (cls.level_1 | cls.level_2).company_id = False
        cls.caregiver = cls._caregiver("Wang")

    def test_order_state_is_not_written_directly(self):
        order = self.env["postpartum.service.order"].create(
            {
                "request_id": self._request().id,
                "employee_id": self.caregiver.id,
                "date_start": self.start,
                "date_end": self.end,
            }
        )
        for vals in ({"state": "confirmed"}, {"state": "done"}):
            with self.assertRaisesRegex(UserError, "only through its steps"):
                order.with_user(self.front_desk).write(vals)
        self.assertEqual(order.state, "draft")
        self.assertFalse(order.sale_line_id)
        with self.assertRaisesRegex(UserError, "cannot start as"):
            self.env["postpartum.service.order"].with_user(self.front_desk).create(
                {
                    "request_id": self._request().id,
                    "employee_id": self.caregiver.id,
                    "date_start": self.start,
                    "date_end": self.end,
                    "state": "in_service",
                }
            )

    def test_confirmed_price_and_period_are_locked(self):
        order = self._order(self.caregiver)
        rate, end = order.daily_rate, order.date_end
        for vals in ({"daily_rate": 1}, {"date_end": self.start}, {"employee_id": False}):
            with self.assertRaisesRegex(UserError, "can no longer be changed"):
                order.with_user(self.manager).write(vals)
        self.assertEqual((order.daily_rate, order.date_end), (rate, end))
        self.assertEqual(order.sale_line_id.price_unit, rate)

    def test_steps_keep_their_rules(self):
        order = self._order(self.caregiver)
        with self.assertRaisesRegex(UserError, "Only a draft order can be confirmed"):
            order.action_confirm()
        with self.assertRaisesRegex(UserError, "Only an order in service can be completed"):
            order.action_done()
        nurse = self.env["res.users"].create(
            {
                "name": "Nurse",
                "login": "t_wf_nurse",
                "company_id": self.store.id,
                "company_ids": [(6, 0, [self.store.id])],
                "groups_id": [(6, 0, [self.env.ref("postpartum_base.group_nurse").id])],
            }
        )
        with self.assertRaises(AccessError):
            order.with_user(nurse).action_start()
        order.with_user(self.front_desk).action_start()
        self.assertEqual(order.state, "in_service")

    def test_request_and_interview_decisions(self):
        request = self._request()
        with self.assertRaisesRegex(UserError, "only through its steps"):
            request.with_user(self.front_desk).write({"state": "confirmed"})
        request.with_user(self.front_desk).action_match()
        self.assertEqual(request.state, "matching")
        interview = (
            self.env["postpartum.interview"]
            .with_user(self.front_desk)
            .create({"request_id": request.id, "employee_id": self.caregiver.id})
        )
        self.assertEqual(request.state, "interviewing")
        for vals in ({"customer_decision": "accepted"}, {"caregiver_decision": "declined"}):
            with self.assertRaisesRegex(UserError, "can no longer be changed"):
                interview.with_user(self.front_desk).write(vals)
        self.assertEqual(interview.state, "planned")
        interview.with_user(self.front_desk).action_customer_accept()
        interview.with_user(self.front_desk).action_caregiver_accept()
        self.assertEqual(interview.order_id.state, "confirmed")
        self.assertEqual(request.state, "confirmed")

    def test_a_store_books_its_own_caregivers_for_its_own_mothers(self):
        """A store's order, request or interview links no other store's caregiver
        or mother, whoever writes it (issue 11)."""
        other = self.env["res.company"].create({"name": "Other Matching Store"})
        caregiver = self._caregiver("Store A caregiver")
        other_mother = self.env["res.partner"].create(
            {"name": "Other store mother", "is_mother": True, "company_id": other.id}
        )
        Order = self.env["postpartum.service.order"].with_context(
            allowed_company_ids=[self.store.id, other.id]
        )
        with self.assertRaises(UserError):
            Order.create(
                {
                    "customer_id": other_mother.id,
                    "company_id": other.id,
                    "employee_id": caregiver.id,
                    "date_start": self.start,
                    "date_end": self.end,
                }
            )
        self.assertFalse(Order.search([("employee_id", "=", caregiver.id)]))
        with self.assertRaises(UserError):
            self._request(customer_id=other_mother.id)


class TestBookingLock(MatchingCase):
    """A booking takes its caregiver's row lock first and does not wait: while
    another transaction is booking her, the second is refused at once with a
    clear message (no deadlock inside the exclusion check, no retry)."""

    def test_competing_booking_fails_fast(self):
        # a row committed before this test began (the test's snapshot sees it)
        employee = self.env.ref("hr.employee_admin")
        employee_id = employee.id
        other = sql_db.db_connect(self.env.cr.dbname).cursor()
        try:
            other.execute(
                "SELECT id FROM hr_employee WHERE id = %s FOR NO KEY UPDATE", [employee_id]
            )
            Order = self.env["postpartum.service.order"]
            before = Order.search_count([])
            with self.assertRaisesRegex(UserError, "being booked by someone else"):
                Order.create(
                    {
                        "customer_id": self.mother.id,
                        "company_id": employee.company_id.id,
                        "employee_id": employee_id,
                        "date_start": self.start,
                        "date_end": self.end,
                    }
                )
            self.assertEqual(Order.search_count([]), before)
        finally:
            other.rollback()
            other.close()
