from datetime import timedelta

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import StayCase


@tagged("post_install", "-at_install")
class TestStay(StayCase):
    def test_reservation_sells_the_package_with_a_down_payment(self):
        stay = self._stay(user=self.front_desk, down_payment_amount=20000)
        self.assertEqual(stay.room_type_id, self.deluxe)
        self.assertEqual(stay.package_days, 28)
        self.assertEqual(stay.date_start, self.today + timedelta(days=33), "due date + 3 days")
        self.assertEqual(stay.date_end, stay.date_start + timedelta(days=27))
        stay.action_reserve()
        self.assertEqual(stay.state, "reserved")
        order = stay.sale_order_id
        self.assertEqual(order.state, "sale")
        self.assertEqual(order.amount_total, 68000)
        invoice = order.invoice_ids
        self.assertEqual(len(invoice), 1)
        self.assertEqual(invoice.state, "posted")
        self.assertEqual(invoice.amount_total, 20000)
        receivable = invoice.line_ids.filtered(
            lambda line: line.account_id.account_type == "asset_receivable"
        )
        self.assertEqual(receivable.debit, 20000)
        self.assertTrue(invoice.invoice_line_ids.is_downpayment)

    def test_check_in_lists_what_is_missing_and_changes_nothing(self):
        stay = self._stay(due_date=self.today - timedelta(days=3), deposit_amount=5000)
        stay.action_reserve()
        with self.assertRaises(UserError) as caught:
            stay.action_check_in()
        message = str(caught.exception)
        for missing in ("no room", "room preparation", "stay rules", "not signed"):
            self.assertIn(missing, message)
        self.assertEqual(stay.state, "reserved")
        self.assertFalse(stay.deposit_payment_id)

    def test_check_in_invoices_the_balance_and_receives_the_deposit(self):
        stay = self._stay(
            user=self.front_desk,
            due_date=self.today - timedelta(days=3),
            down_payment_amount=20000,
            deposit_amount=5000,
            butler_id=self.butler.id,
        )
        self._ready(stay.with_user(self.front_desk))
        stay.with_user(self.front_desk).action_check_in()
        self.assertEqual(stay.state, "checked_in")
        self.assertEqual(self.room_801.status, "occupied")
        balance = stay.sale_order_id.invoice_ids.filtered(lambda m: m.amount_total == 48000)
        self.assertEqual(balance.state, "posted", "the balance: 68,000 minus 20,000 paid")
        self.assertEqual(stay.amount_invoiced, 68000)
        deposit_account = self.store._stay_deposit_account()
        self.assertEqual(deposit_account.account_type, "liability_current")
        lines = stay.deposit_payment_id.move_id.line_ids
        self.assertEqual(
            lines.filtered(lambda line: line.account_id == deposit_account).credit, 5000
        )
        self.assertEqual(stay.deposit_state, "held")

    def test_butler_visits_the_first_seven_days(self):
        stay = self._in_house(butler_id=self.butler.id)
        visits = stay.butler_visit_ids
        self.assertEqual(visits.mapped("day"), [1, 2, 3, 4, 5, 6, 7])
        self.assertEqual(visits[0].date, self.today)
        self.assertEqual(visits[-1].date, self.today + timedelta(days=6))
        activity_type = self.env.ref("postpartum_stay.mail_activity_butler_visit")
        self.assertEqual(visits.activity_ids.activity_type_id, activity_type)
        self.assertEqual(visits.activity_ids.user_id, self.butler)
        visits[0].with_user(self.butler).write({"room_ok": True, "note": "All good"})
        visits[0].with_user(self.butler).action_done()
        self.assertEqual(visits[0].state, "done")
        self.assertFalse(visits[0].activity_ids)
        # a visit done stays done; the state moves only through the steps
        with self.assertRaises(UserError):
            visits[0].with_user(self.butler).action_done()
        with self.assertRaises(UserError):
            visits[1].with_user(self.butler).write({"state": "done"})
        self.assertEqual(visits[1].state, "planned")
        with self.assertRaises(UserError):
            visits[0].with_user(self.butler).write({"room_ok": False})
        self.assertTrue(visits[0].room_ok)

    def test_check_out_cancels_the_visits_left(self):
        stay = self._in_house(butler_id=self.butler.id)
        stay.butler_visit_ids[0].with_user(self.butler).action_done()
        stay.checkout_item_ids.write({"done": True})
        stay.action_check_out()
        visits = stay.butler_visit_ids
        self.assertEqual(visits.mapped("state"), ["done"] + ["cancelled"] * 6)
        self.assertFalse(visits.activity_ids)
        with self.assertRaises(UserError):
            visits[1].with_user(self.butler).action_done()

    def test_check_out_refunds_the_deposit_minus_deductions(self):
        stay = self._in_house(deposit_amount=5000)
        stay.checkout_item_ids.write({"done": True})
        self.env["postpartum.stay.deduction"].create(
            [
                {"stay_id": stay.id, "reason": "Stained bedding", "amount": 300},
                {"stay_id": stay.id, "reason": "Lost room card", "amount": 50},
            ]
        )
        self.assertEqual(stay.refund_amount, 4650)
        stay.with_user(self.manager).action_check_out()
        self.assertEqual(stay.state, "checked_out")
        self.assertEqual(self.room_801.status, "cleaning")
        deposit_account = self.store._stay_deposit_account()
        refund = stay.refund_payment_id
        self.assertEqual(refund.payment_type, "outbound")
        self.assertEqual(refund.amount, 4650)
        self.assertEqual(
            refund.move_id.line_ids.filtered(lambda line: line.account_id == deposit_account).debit,
            4650,
        )
        deductions = stay.deduction_move_id.line_ids
        self.assertEqual(
            deductions.filtered(lambda line: line.account_id == deposit_account).debit, 350
        )
        # the deposit account is back to zero for this guest
        balance = sum(
            self.env["account.move.line"]
            .search([("account_id", "=", deposit_account.id), ("parent_state", "=", "posted")])
            .mapped("balance")
        )
        self.assertEqual(balance, 0)
        self.assertEqual(stay.deposit_state, "refunded")

    def test_deduction_larger_than_the_deposit_is_refused(self):
        stay = self._in_house(deposit_amount=1000)
        with self.assertRaises(ValidationError) as caught:
            self.env["postpartum.stay.deduction"].create(
                {"stay_id": stay.id, "reason": "Broken cot", "amount": 1500}
            )
        self.assertIn("cannot exceed", str(caught.exception))
        self.assertFalse(stay.deduction_ids)
        with self.assertRaises(ValidationError):
            self.env["postpartum.stay.deduction"].create(
                {"stay_id": stay.id, "reason": "Negative", "amount": -5}
            )

    def test_front_desk_checks_in_but_does_not_refund(self):
        stay = self._in_house(deposit_amount=3000)
        stay.checkout_item_ids.write({"done": True})
        with self.assertRaises(AccessError):
            stay.with_user(self.front_desk).action_check_out()
        with self.assertRaises(AccessError):
            self.env["postpartum.stay.deduction"].with_user(self.front_desk).create(
                {"stay_id": stay.id, "reason": "x", "amount": 10}
            )
        self.assertEqual(stay.state, "checked_in")
        self.assertFalse(stay.refund_payment_id)

    def test_check_out_needs_the_items_counted(self):
        stay = self._in_house()
        with self.assertRaisesRegex(UserError, "Count the items"):
            stay.action_check_out()
        self.assertEqual(stay.state, "checked_in")

    def test_check_out_before_check_in_is_refused(self):
        stay = self._stay()
        stay.action_reserve()
        with self.assertRaisesRegex(UserError, "not possible now"):
            stay.action_check_out()
        self.assertEqual(stay.state, "reserved")

    def test_bad_input(self):
        with self.assertRaisesRegex(ValidationError, "at least one day"):
            self.env["product.template"].create(
                {
                    "name": "Zero",
                    "is_stay_package": True,
                    "package_room_type_id": self.deluxe.id,
                    "package_days": 0,
                }
            )
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self._stay(deposit_amount=-100)
        stay = self._stay()
        with self.assertRaisesRegex(ValidationError, "before it starts"):
            self.env["postpartum.stay.room"].create(
                {
                    "stay_id": stay.id,
                    "room_id": self.room_802.id,
                    "date_start": self.today,
                    "date_end": self.today - timedelta(days=2),
                }
            )
        self.assertFalse(self.env["postpartum.stay.room"].search([("stay_id", "=", stay.id)]))

    def test_extension_and_extra_services_are_sold_on_the_order(self):
        stay = self._in_house()
        end = stay.date_end
        massage = self.env["product.product"].create(
            {"name": "Lactation massage", "type": "service", "list_price": 380, "taxes_id": False}
        )
        stay._add_service(massage, 2)
        stay.action_extend(3)
        self.assertEqual(stay.date_end, end + timedelta(days=3))
        self.assertEqual(stay.allocation_ids.date_end, stay.date_end)
        lines = stay.sale_order_id.order_line
        self.assertEqual(
            lines.filtered(lambda line: line.product_id == massage).price_subtotal, 760
        )
        extra = lines.filtered(
            lambda line: line.product_id == self.env.ref("postpartum_stay.product_extra_day")
        )
        self.assertEqual(extra.product_uom_qty, 3)
        self.assertAlmostEqual(extra.price_unit, round(68000 / 28, 2))
        with self.assertRaisesRegex(UserError, "at least one day"):
            stay.action_extend(0)

    def test_other_store_sees_nothing(self):
        stay = self._stay()
        env = self.env(
            user=self.other_front_desk,
            context=dict(self.env.context, allowed_company_ids=self.other_store.ids),
        )
        self.assertFalse(env["postpartum.stay"].search([("id", "=", stay.id)]))
        self.assertFalse(env["postpartum.room"].search([("company_id", "=", self.store.id)]))

    def test_occupancy_report(self):
        stay = self._in_house()
        day = stay.date_start
        Report = self.env["postpartum.stay.report"]
        self.env.flush_all()
        rows = Report._read_group(
            [("company_id", "=", self.store.id), ("day", "=", day)],
            ["room_type_id"],
            ["occupied_nights:sum", "room_nights:sum", "occupancy:avg"],
        )
        figures = {room_type: (occ, nights, pct) for room_type, occ, nights, pct in rows}
        self.assertEqual(figures[self.deluxe][:2], (1, 2), "one of the two deluxe rooms taken")
        self.assertAlmostEqual(figures[self.deluxe][2], 50.0)
        self.assertEqual(figures[self.standard][:2], (0, 1))

    def test_errors_are_translated(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        Stay = self.env["postpartum.stay"].with_context(lang="zh_CN")
        with self.assertRaisesRegex(ValidationError, "押金"):
            Stay.create(
                {
                    "partner_id": self.mother.id,
                    "company_id": self.store.id,
                    "package_id": self.package.id,
                    "deposit_amount": -1,
                }
            )

    def test_customer_service_opens_a_stay(self):
        stay = self._in_house(down_payment_amount=1000)
        env = self.env(
            user=self.cs, context=dict(self.env.context, allowed_company_ids=self.store.ids)
        )
        values = (
            env["postpartum.stay"]
            .browse(stay.id)
            .read(["amount_residual", "amount_total", "room_id", "state"])[0]
        )
        self.assertEqual(values["state"], "checked_in")
        self.assertEqual(values["amount_residual"], 68000)
