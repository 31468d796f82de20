from datetime import timedelta

from odoo.tests import tagged

from .common import StayCase


@tagged("post_install", "-at_install")
class TestStayLanguage(StayCase):
    """What a Chinese-speaking staff reads on a stay created by code running
    in English (the installer, a cron, an English-speaking colleague)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.front_desk.lang = "zh_CN"
        cls.clean = cls.env.ref("postpartum_stay.checklist_clean")

    def _line(self, stay, template):
        return stay.checklist_ids.filtered(lambda line: line.template_id == template)

    def test_checklist_lines_read_in_the_reader_language(self):
        stay = self._stay()
        line = self._line(stay, self.clean)
        self.assertEqual(line.name, "Room cleaned and disinfected")
        self.assertEqual(line.with_context(lang="zh_CN").name, "房间已清洁消毒")

    def test_lines_copied_in_one_language_are_translated(self):
        stay = self._stay()
        line = self._line(stay, self.clean)
        # a line copied as plain English text, by an older version
        line.write({"template_id": False})
        self.env.cr.execute(
            "UPDATE postpartum_stay_checklist SET name = %s::jsonb WHERE id = %s",
            ['{"en_US": "Room cleaned and disinfected"}', line.id],
        )
        line.invalidate_recordset()
        self.assertEqual(line.with_context(lang="zh_CN").name, "Room cleaned and disinfected")
        self.env["postpartum.stay.checklist"]._sync_template_names()
        self.assertEqual(line.template_id, self.clean)
        self.assertEqual(line.with_context(lang="zh_CN").name, "房间已清洁消毒")

    def test_activities_in_the_assignee_language(self):
        """The daily job (in English) reminds a Chinese consultant in Chinese."""
        stay = self._stay(user_id=self.front_desk.id, due_date=self.today)
        stay.action_reserve()
        stay.due_date = self.today - timedelta(days=1)
        self.env["postpartum.stay"]._cron_due_date_followups()
        followup = self.env.ref("postpartum_stay.mail_activity_due_date_followup")
        activity = stay.activity_ids.filtered(lambda a: a.activity_type_id == followup)
        self.assertEqual(activity.summary, f"预产期已过：{self.mother.name} 是否已分娩？")

    def test_cash_journal_named_in_chinese(self):
        """l10n_cn names its cash journal in English only: front desk picks it
        for every deposit, so it has its Chinese name too."""
        cash = self.env["account.journal"].search(
            [("company_id", "=", self.store.id), ("type", "=", "cash")]
        )
        self.assertEqual(len(cash), 1)
        self.assertEqual(cash.with_context(lang="en_US").name, "Cash on Hand")
        self.assertEqual(cash.with_context(lang="zh_CN").name, "库存现金")

    def test_payment_methods_named_in_the_store_language(self):
        """The chart of accounts names each journal's payment methods once, in
        the installer's language: a Chinese store's are in Chinese."""
        store = self.env["res.company"].create({"name": "Chinese Store"})
        store.partner_id.lang = "zh_CN"
        store._postpartum_setup_accounting()
        lines = self.env["account.payment.method.line"].search(
            [("journal_id.company_id", "=", store.id), ("code", "=", "manual")]
        )
        self.assertTrue(lines)
        self.assertEqual(set(lines.mapped("name")), {"手动付款"})
        # an English-speaking store keeps the English names
        self.assertEqual(
            set(
                self.env["account.payment.method.line"]
                .search([("journal_id.company_id", "=", self.store.id), ("code", "=", "manual")])
                .mapped("name")
            ),
            {"Manual Payment"},
        )

    def test_deposit_entries_named_in_the_store_language(self):
        """The deposit and its refund are named for the store's accountant,
        whoever checks the guest in and out (here in English)."""
        self.store.partner_id.lang = "zh_CN"
        stay = self._in_house(deposit_amount=3000)
        stay.checkout_item_ids.write({"done": True})
        self.env["postpartum.stay.deduction"].create(
            {"stay_id": stay.id, "reason": "房卡遗失", "amount": 50}
        )
        stay.with_user(self.manager).action_check_out()
        self.assertEqual(stay.deduction_move_id.ref, f"押金扣款 {stay.name}")
        self.assertEqual(stay.deposit_payment_id.memo, f"押金 {stay.name}")
        self.assertEqual(stay.refund_payment_id.memo, f"押金退还 {stay.name}")
        self.assertEqual(self.env.lang, "en_US")

    def test_stay_accounts_named_in_every_language(self):
        """The deposits and deductions accounts come with the store's chart of
        accounts (loaded here in English): named in Chinese too, for the accountant."""
        store = self.env["res.company"].create({"name": "Store With New Accounts"})
        store._postpartum_setup_accounting()
        for account, english, chinese in (
            (store._stay_deposit_account(), "Security Deposits Received", "收取的客户押金"),
            (store._stay_deduction_income_account(), "Deposit Deductions", "押金扣款"),
        ):
            self.assertEqual(account.with_context(lang="en_US").name, english)
            self.assertEqual(account.with_context(lang="zh_CN").name, chinese)
