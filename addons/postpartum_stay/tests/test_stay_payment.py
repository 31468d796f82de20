from datetime import timedelta

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged

from .common import StayCase


@tagged("post_install", "-at_install")
class TestStayPayment(StayCase):
    """What the guest owes is received at the front desk, and nobody but the
    store manager checks her out owing it."""

    def _owing(self, **vals):
        stay = self._in_house(down_payment_amount=20000, butler_id=self.butler.id, **vals)
        stay.checkout_item_ids.write({"done": True})
        return stay

    def test_check_out_with_a_balance_due_is_refused(self):
        stay = self._owing()
        self.assertEqual(stay.amount_unpaid, 68000, "down payment and balance, both unpaid")
        with self.assertRaisesRegex(UserError, r"still owes ¥\s?68,000\.00.*Receive Payment"):
            stay.with_user(self.butler).action_check_out()
        self.assertEqual(stay.state, "checked_in")
        self.assertFalse(stay.activity_ids.filtered(lambda a: "check-out" in (a.summary or "")))

    def test_front_desk_receives_the_balance_then_checks_out(self):
        stay = self._owing()
        form = Form(
            self.env["postpartum.stay.payment"]
            .with_user(self.front_desk)
            .with_context(**stay.with_user(self.front_desk).action_open_payment()["context"])
        )
        self.assertEqual(form.amount, 68000)
        form.amount = 70000
        wizard = form.save()
        with self.assertRaisesRegex(UserError, "more than that"):
            wizard.action_confirm()
        self.assertEqual(stay.amount_unpaid, 68000)
        wizard.amount = 68000
        wizard.action_confirm()
        self.assertEqual(stay.amount_unpaid, 0)
        self.assertEqual(
            set(stay.invoice_ids.mapped("payment_state")) - {"paid", "in_payment"}, set()
        )
        stay.with_user(self.butler).action_check_out()
        self.assertEqual(stay.state, "checked_out")

    def test_bad_payments_are_refused(self):
        stay = self._owing()
        with self.assertRaisesRegex(UserError, "positive"):
            stay.with_user(self.front_desk)._receive_payment(0)
        with self.assertRaises(AccessError):
            stay.with_user(self.cs)._receive_payment(100)
        self.assertEqual(stay.amount_unpaid, 68000)

    def test_services_sold_in_house_are_invoiced_when_paid(self):
        stay = self._owing()
        stay.with_user(self.front_desk)._receive_payment(68000)
        stay.action_extend(2)
        self.assertGreater(stay.amount_unpaid, 0, "the extra days are owed")
        due = stay.amount_unpaid
        with self.assertRaisesRegex(UserError, "still owes"):
            stay.with_user(self.butler).action_check_out()
        stay.with_user(self.butler)._receive_payment(due)
        self.assertEqual(stay.amount_unpaid, 0)
        self.assertEqual(stay.amount_invoiced, 68000 + due)

    def test_store_manager_checks_out_owing_with_a_note(self):
        stay = self._owing()
        stay.with_user(self.manager).action_check_out()
        self.assertEqual(stay.state, "checked_out")
        self.assertIn("68,000.00 still owed", "".join(stay.message_ids.mapped("body")))

    def test_early_check_out_counts_the_days_not_stayed(self):
        stay = self._owing()
        stay.with_user(self.front_desk)._receive_payment(68000)
        stay.action_extend(2)
        stay.with_user(self.front_desk)._receive_payment(stay.amount_unpaid)
        stay.with_user(self.butler).action_check_out(self.today + timedelta(days=9))
        self.assertEqual(stay.extension_days, 2, "the extension sold stays as sold")
        self.assertEqual(stay.early_days, 20, "30 days planned, 10 stayed")
        self.assertEqual(stay.date_end, self.today + timedelta(days=9))
