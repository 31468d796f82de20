from odoo.exceptions import UserError
from odoo.modules.module import get_manifest
from odoo.tests import tagged

from .common import StayCase


@tagged("post_install", "-at_install")
class TestStayAccounts(StayCase):
    """The store's deposits and deductions accounts: set when its chart of
    accounts is installed, whichever chart it is, and chosen on the store."""

    def test_any_chart_brings_the_deposit_and_deduction_accounts(self):
        store = self.env["res.company"].create({"name": "Generic Chart Store"})
        self.env["account.chart.template"]._load("generic_coa", store, install_demo=False)
        deposit = store.stay_deposit_account_id
        deduction = store.stay_deduction_account_id
        self.assertEqual(deposit.account_type, "liability_current")
        self.assertEqual(deduction.account_type, "income_other")
        self.assertEqual(deposit.company_ids, store)
        self.assertEqual(store._stay_deposit_account(), deposit)
        self.assertEqual(store._stay_deduction_income_account(), deduction)

    def test_store_without_chart_is_told_and_nothing_is_made(self):
        store = self.env["res.company"].create({"name": "Store Without Chart"})
        Account = self.env["account.account"].sudo()
        before = Account.search_count([])
        with self.assertRaises(UserError) as caught:
            store._stay_deposit_account()
        self.assertIn("Store Without Chart", str(caught.exception))
        self.assertIn("Security Deposits Account", str(caught.exception))
        zh = store.with_context(lang="zh_CN")
        with self.assertRaises(UserError) as caught:
            zh._stay_deduction_income_account()
        self.assertIn("Store Without Chart", str(caught.exception))
        self.assertIn("会计科目表", str(caught.exception))
        self.assertEqual(Account.search_count([]), before)

    def test_deposit_goes_to_the_account_chosen_on_the_store(self):
        chosen = (
            self.env["account.account"]
            .sudo()
            .with_company(self.store)
            .create(
                {
                    "code": "224198",
                    "name": "Deposits (new books)",
                    "account_type": "liability_current",
                    "company_ids": [self.store.id],
                }
            )
        )
        self.store.stay_deposit_account_id = chosen
        stay = self._in_house(deposit_amount=3000)
        lines = stay.deposit_payment_id.move_id.line_ids
        self.assertEqual(lines.filtered(lambda line: line.account_id == chosen).credit, 3000)

    def test_no_localisation_is_required(self):
        """A chain outside mainland China keeps its own chart: the stays need
        Odoo Accounting, not the Chinese localisation."""
        manifest = get_manifest("postpartum_stay")
        self.assertNotIn("l10n_cn", manifest["depends"])
        self.assertIn("account", manifest["depends"])

    def test_store_form_has_one_chatter(self):
        """postpartum_base and Odoo Accounting both give the store form a chatter."""
        arch = self.env["res.company"].with_user(self.manager).get_view(view_type="form")["arch"]
        self.assertEqual(arch.count("<chatter"), 1)
