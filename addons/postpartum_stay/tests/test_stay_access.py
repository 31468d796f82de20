from datetime import timedelta

from odoo.addons.postpartum_base.tests.common import open_form, store_user
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import StayCase


@tagged("post_install", "-at_install")
class TestStayAccess(StayCase):
    """Who reads the health text and the money of a stay, who checks guests
    in and out, and who reopens invoices."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.nurse = store_user(cls.env, "t_st_nurse", "postpartum_base.group_nurse", cls.store)
        cls.therapist = store_user(
            cls.env, "t_st_therapist", "postpartum_base.group_therapist", cls.store
        )
        cls.consultant = store_user(
            cls.env, "t_st_consultant", "postpartum_base.group_consultant", cls.store
        )
        cls.accountant = store_user(
            cls.env, "t_st_accountant", "account.group_account_manager", cls.store
        )

    def test_arrival_assessment_is_for_the_nurses(self):
        stay = self._stay(arrival_assessment="Wound healing, mild anaemia")
        for user in (self.front_desk, self.consultant, self.butler, self.cs, self.therapist):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                stay.with_user(user).read(["arrival_assessment"])
        self.assertEqual(
            stay.with_user(self.nurse).arrival_assessment, "Wound healing, mild anaemia"
        )
        stay.with_user(self.nurse).arrival_assessment = "Recovering well"
        with self.assertRaises(AccessError):
            self._stay(user=self.front_desk, arrival_assessment="anaemia")
        with self.assertRaises(AccessError):
            stay.with_user(self.front_desk).write({"arrival_assessment": "anaemia"})
        self.assertEqual(stay.arrival_assessment, "Recovering well")

    def test_money_is_for_the_roles_that_handle_it(self):
        stay = self._stay(down_payment_amount=1000)
        stay.action_reserve()
        for user in (self.nurse, self.therapist):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                stay.with_user(user).read(["amount_residual"])
        for user in (self.front_desk, self.butler, self.cs, self.accountant):
            with self.subTest(user=user.login):
                self.assertEqual(stay.with_user(user).amount_residual, 1000)

    def test_butler_checks_in_a_guest_with_a_deposit(self):
        stay = self._stay(
            due_date=self.today - timedelta(days=3),
            down_payment_amount=20000,
            deposit_amount=5000,
            butler_id=self.butler.id,
        )
        self._ready(stay)
        stay.with_user(self.butler).action_check_in()
        self.assertEqual(stay.state, "checked_in")
        self.assertEqual(stay.deposit_state, "held")
        self.assertEqual(stay.deposit_payment_id.amount, 5000)
        self.assertNotEqual(stay.deposit_payment_id.state, "draft")
        self.assertEqual(stay.amount_invoiced, 68000)

    def test_other_roles_cannot_check_in_or_out(self):
        stay = self._stay(due_date=self.today - timedelta(days=3), deposit_amount=5000)
        self._ready(stay)
        with self.assertRaises(AccessError) as caught:
            stay.with_user(self.nurse).action_check_in()
        self.assertIn("front desk", str(caught.exception).lower())
        self.assertEqual(stay.state, "reserved")
        self.assertFalse(stay.deposit_payment_id)
        stay.action_check_in()
        stay.checkout_item_ids.write({"done": True})
        with self.assertRaises(AccessError) as caught:
            stay.with_user(self.nurse).action_check_out()
        self.assertIn("front desk", str(caught.exception).lower())
        self.assertEqual(stay.state, "checked_in")

    def test_only_accountants_reset_invoices_to_draft(self):
        stay = self._stay(user=self.consultant, down_payment_amount=20000)
        stay.with_user(self.consultant).action_reserve()
        invoice = stay.sale_order_id.invoice_ids
        self.assertEqual(invoice.state, "posted")
        for user in (self.consultant, self.front_desk, self.manager):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                invoice.with_user(user).button_draft()
        self.assertEqual(invoice.state, "posted")
        invoice.with_user(self.accountant).button_draft()
        self.assertEqual(invoice.state, "draft")

    def test_stay_form_opens_for_every_role(self):
        stay = self._in_house(deposit_amount=5000, down_payment_amount=1000)
        expected_buttons = {
            self.front_desk: True,
            self.butler: True,
            self.manager: True,
            self.cs: False,
            self.nurse: False,
            self.therapist: False,
        }
        for user, reception in expected_buttons.items():
            with self.subTest(user=user.login):
                arch = open_form(stay, user)
                self.assertEqual('name="action_check_out"' in arch, reception)
                self.assertEqual('name="action_open_room_change"' in arch, reception)
                self.assertEqual("arrival_assessment" in arch, user in (self.nurse, self.manager))

    def test_the_journal_entries_of_a_stay_are_for_the_accountants(self):
        stay = self._in_house(down_payment_amount=1000, deposit_amount=2000)
        stay.checkout_item_ids.write({"done": True})
        stay.with_user(self.manager).action_check_out()
        accountant = stay.with_user(self.accountant)
        # down payment invoice, balance invoice, deposit received, its refund
        entries = stay._journal_entries()
        self.assertEqual(accountant.journal_entry_count, len(entries))
        self.assertIn(stay.deposit_payment_id.move_id, entries)
        self.assertIn(stay.refund_payment_id.move_id, entries)
        self.assertLessEqual(stay.sale_order_id.invoice_ids, entries)
        action = accountant.action_open_journal_entries()
        self.assertEqual(
            self.env["account.move"].with_user(self.accountant).search(action["domain"]), entries
        )
        for user in (self.front_desk, self.butler, self.nurse):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                stay.with_user(user).read(["journal_entry_count"])
