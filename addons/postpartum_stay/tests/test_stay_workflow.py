from datetime import timedelta

from odoo.addons.postpartum_base.tests.common import store_user
from odoo.exceptions import AccessError, UserError, ValidationError

from .common import StayCase


class TestStayWorkflow(StayCase):
    """The steps of a stay hold whatever the caller sends: a direct write of the
    state, of what was sold or of the deposit once taken is refused, for every
    role, the way an RPC caller would send it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.nurse = store_user(cls.env, "t_st_nurse", "postpartum_base.group_nurse", cls.store)

    def test_state_is_not_written_directly(self):
        stay = self._in_house(deposit_amount=3000)
        for user in (self.front_desk, self.butler, self.nurse, self.manager):
            with self.assertRaisesRegex(UserError, "only through its steps"):
                stay.with_user(user).write({"state": "checked_out"})
        self.assertEqual(stay.state, "checked_in")
        self.assertFalse(stay.refund_payment_id)

    def test_the_flow_token_cannot_be_sent_by_a_caller(self):
        """The context key of the flows is an object: a JSON value in its place
        (what an RPC caller could send) opens nothing."""
        stay = self._stay()
        for forged in (True, 1, "1", "postpartum_workflow"):
            with self.assertRaises(UserError):
                stay.with_user(self.front_desk).with_context(postpartum_workflow=forged).write(
                    {"state": "reserved"}
                )
        self.assertEqual(stay.state, "draft")

    def test_a_stay_is_created_as_a_draft(self):
        with self.assertRaisesRegex(UserError, "cannot start as"):
            self._stay(user=self.front_desk, state="checked_in")
        with self.assertRaisesRegex(UserError, "set by its step"):
            self._stay(user=self.front_desk, extension_days=5)
        self.assertFalse(self.env["postpartum.stay"].search([("partner_id", "=", self.mother.id)]))

    def test_roles_of_each_step(self):
        stay = self._ready(self._stay())
        with self.assertRaisesRegex(AccessError, "Only"):
            stay.with_user(self.nurse).action_check_in()
        with self.assertRaises(AccessError):
            stay.with_user(self.cs).action_cancel()
        self.assertEqual(stay.state, "reserved")
        stay.with_user(self.butler).action_check_in()
        self.assertEqual(stay.state, "checked_in")

    def test_money_and_dates_locked_after_their_step(self):
        stay = self._in_house(deposit_amount=3000)
        before = (stay.deposit_amount, stay.down_payment_amount, stay.date_start, stay.package_id)
        for vals in (
            {"deposit_amount": 100},
            {"down_payment_amount": 1},
            {"date_start": stay.date_start - timedelta(days=3)},
            {"package_id": self.package.id},
            {"extension_days": 40},
            {"refund_payment_id": False},
        ):
            with self.assertRaisesRegex(UserError, "can no longer be changed"):
                stay.with_user(self.manager).write(vals)
        self.assertEqual(
            (stay.deposit_amount, stay.down_payment_amount, stay.date_start, stay.package_id),
            before,
        )
        # what stays open is still editable
        stay.with_user(self.butler).write({"note": "<p>Prefers the window open</p>"})

    def test_no_deduction_after_check_out(self):
        stay = self._in_house(deposit_amount=3000)
        stay.checkout_item_ids.write({"done": True})
        Deduction = self.env["postpartum.stay.deduction"].with_user(self.manager)
        deduction = Deduction.create({"stay_id": stay.id, "reason": "Stain", "amount": 100})
        stay.with_user(self.manager).action_check_out()
        self.assertEqual(stay.refund_amount, 2900)
        with self.assertRaisesRegex(UserError, "while the guest is in house"):
            Deduction.create({"stay_id": stay.id, "reason": "Late", "amount": 200})
        with self.assertRaisesRegex(UserError, "while the guest is in house"):
            deduction.with_user(self.manager).write({"amount": 50})
        with self.assertRaisesRegex(UserError, "while the guest is in house"):
            deduction.with_user(self.manager).unlink()
        self.assertEqual(stay.deduction_total, 100)
        self.assertEqual(stay.refund_payment_id.amount, 2900)

    def test_a_signed_stay_is_cancelled_not_deleted(self):
        stay = self._stay()
        stay.action_reserve()
        with self.assertRaisesRegex(UserError, "cancel it rather than delete it"):
            stay.with_user(self.manager).unlink()
        self.assertTrue(stay.exists())
        stay.with_user(self.front_desk).action_cancel()
        self.assertEqual(stay.state, "cancelled")
        draft = self._stay()
        draft.with_user(self.manager).unlink()
        self.assertFalse(draft.exists())

    def test_deposit_received_after_check_in_is_its_own_payment(self):
        stay = self._in_house()
        self.assertFalse(stay.deposit_payment_id)
        with self.assertRaisesRegex(UserError, "positive"):
            stay.with_user(self.front_desk)._receive_deposit_in_house(0)
        with self.assertRaises(AccessError):
            stay.with_user(self.cs)._receive_deposit_in_house(2000)
        self.assertFalse(stay.deposit_payment_id)
        wizard = (
            self.env["postpartum.stay.deposit"]
            .with_user(self.front_desk)
            .create({"stay_id": stay.id, "amount": 2000})
        )
        wizard.action_confirm()
        payment = stay.deposit_payment_id
        self.assertEqual((payment.amount, payment.state != "draft"), (2000, True))
        self.assertEqual(stay.deposit_amount, 2000)
        self.assertEqual(stay.deposit_state, "held")
        with self.assertRaisesRegex(UserError, "already been received"):
            stay.with_user(self.front_desk)._receive_deposit_in_house(500)

    def test_implausible_days_and_dates_are_refused(self):
        stay = self._stay()
        # even the system (a script run as the superuser) does not shorten with an extension
        with self.assertRaises(ValidationError) as err:
            stay.write({"extension_days": -40})
        self.assertIn("-40", str(err.exception))
        self.assertEqual(stay.extension_days, 0)
        due = stay.due_date
        with self.assertRaises(ValidationError) as err:
            stay.write({"due_date": self.today + timedelta(days=3650)})
        self.assertIn("more than ten months ahead", str(err.exception))
        self.assertEqual(stay.due_date, due)
        with self.assertRaises(ValidationError):
            self._stay(date_start=self.today + timedelta(days=3650), due_date=False)
