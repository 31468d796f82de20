import importlib.util
from pathlib import Path

from odoo.addons.postpartum_base.tests.common import pdf_text
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import StayCase


@tagged("post_install", "-at_install")
class TestStayDocuments(StayCase):
    """The documents a center prints from a stay, rendered by wkhtmltopdf and
    read back as text."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env["ir.module.module"]._load_module_terms(["postpartum_stay"], ["zh_CN"])
        cls.kitchen = cls.user("t_doc_kitchen", "group_user")

    def _pdf(self, report, records, user=None):
        Report = self.env["ir.actions.report"].with_context(force_report_rendering=True)
        if user:
            Report = Report.with_user(user)
        pdf, kind = Report._render_qweb_pdf(report, records.ids)
        self.assertEqual(kind, "pdf")
        return pdf_text(pdf)

    def _checked_out(self):
        stay = self._in_house(deposit_amount=5000)
        stay.checkout_item_ids.write({"done": True})
        self.env["postpartum.stay.deduction"].create(
            [
                {"stay_id": stay.id, "reason": "Stained bedding", "amount": 300},
                {"stay_id": stay.id, "reason": "Lost room card", "amount": 50},
            ]
        )
        stay.with_user(self.manager).action_check_out()
        return stay

    def test_check_out_statement_in_the_mother_language(self):
        stay = self._checked_out()
        self.mother.lang = "zh_CN"
        text, pages = self._pdf("postpartum_stay.report_stay_statement", stay, self.front_desk)
        self.assertEqual(pages, 1)
        for expected in (
            "出所结算单",
            stay.name,
            "Mother Stay",
            "Deluxe 28 days",
            "801",
            "68,000.00",
            "押金",
            "Stained bedding",
            "300.00",
            "Lost room card",
            "4,650.00",
            "签字",
        ):
            self.assertIn(expected, text)
        self.mother.lang = "en_US"
        text, _pages = self._pdf("postpartum_stay.report_stay_statement", stay, self.front_desk)
        self.assertIn("Check-out Statement", text)
        self.assertIn("Refunded", text)

    def test_check_out_statement_for_the_roles_that_hand_it(self):
        stay = self._checked_out()
        report = self.env.ref("postpartum_stay.action_report_stay_statement")
        self.assertIn(self.env.ref("postpartum_base.group_front_desk"), report.groups_id)
        with self.assertRaises(AccessError):
            self._pdf("postpartum_stay.report_stay_statement", stay, self.kitchen)

    def test_contract_prints_what_was_signed(self):
        self.mother.lang = "zh_CN"
        stay = self._stay(user=self.front_desk, down_payment_amount=20000, deposit_amount=5000)
        with self.assertRaisesRegex(UserError, "not signed yet"):
            self._pdf("postpartum_stay.report_stay_contract", stay, self.front_desk)
        stay.action_reserve()
        self.assertEqual(stay.contract_package, "Deluxe 28 days")
        self.assertEqual(stay.contract_price, 68000)
        # the package changes after the signature: the contract does not
        self.package.product_tmpl_id.write({"name": "Deluxe 28 days (2027)", "list_price": 72000})
        text, pages = self._pdf("postpartum_stay.report_stay_contract", stay, self.front_desk)
        self.assertLessEqual(pages, 2)
        for expected in (
            "入住服务合同",
            stay.name,
            "Mother Stay",
            "Deluxe 28 days",
            "68,000.00",
            "20,000.00",
            "5,000.00",
            "押金",
            "甲方",
            "乙方",
        ):
            self.assertIn(expected, text)
        self.assertNotIn("(2027)", text)
        self.assertNotIn("72,000", text)
        # written by the step only
        with self.assertRaises(UserError):
            stay.with_user(self.front_desk).write({"contract_price": 1})
        self.assertEqual(stay.contract_price, 68000)

    def test_contract_for_the_roles_that_sign_it(self):
        stay = self._stay()
        stay.action_reserve()
        text, _pages = self._pdf("postpartum_stay.report_stay_contract", stay, self.consultant_a)
        self.assertIn("Stay Contract", text)
        with self.assertRaises(AccessError):
            self._pdf("postpartum_stay.report_stay_contract", stay, self.kitchen)

    def test_stays_signed_before_the_snapshot_get_their_contract(self):
        """18.0.1.1.0 migration: a stay signed before the contracts were kept
        gets the package as it is and the order's total."""
        stay = self._stay()
        stay.action_reserve()
        self.env.cr.execute(
            "UPDATE postpartum_stay SET contract_date = NULL, contract_package = NULL, "
            "contract_price = NULL WHERE id = %s",
            [stay.id],
        )
        stay.invalidate_recordset()
        path = Path(__file__).parent.parent / "migrations" / "18.0.1.1.0" / "post-migrate.py"
        spec = importlib.util.spec_from_file_location("stay_post_migrate", path)
        migration = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(migration)
        migration.migrate(self.env.cr, "18.0.1.0.0")
        stay.invalidate_recordset()
        self.assertEqual(stay.contract_package, "Deluxe 28 days")
        self.assertEqual(stay.contract_price, stay.sale_order_id.amount_total)
        self.assertEqual(stay.contract_date, stay.sale_order_id.date_order.date())

    def test_check_in_form_for_the_front_desk(self):
        self.mother.write(
            {
                "lang": "zh_CN",
                "mobile": "138 0000 1234",
                "allergies": "Seafood",
                "emergency_contact_name": "Liu Qiang",
                "emergency_contact_phone": "139 0000 5678",
            }
        )
        stay = self._in_house()
        self.env["postpartum.baby"].create(
            {
                "name": "Little Star",
                "mother_id": self.mother.id,
                "gender": "female",
                "birth_datetime": "2026-11-30 08:00:00",
                "birth_weight": 3300,
            }
        )
        text, pages = self._pdf("postpartum_stay.report_stay_checkin", stay, self.front_desk)
        self.assertEqual(pages, 1)
        for expected in (
            "入住登记表",
            stay.name,
            "Mother Stay",
            "801",
            "138 0000 1234",
            "Seafood",
            "Liu Qiang",
            "139 0000 5678",
            "Little Star",
            "3,300",
            "入住须知",
        ):
            self.assertIn(expected, text)
        with self.assertRaises(AccessError):
            self._pdf("postpartum_stay.report_stay_checkin", stay, self.kitchen)

    def test_payment_receipt_lists_what_the_family_paid(self):
        self.mother.lang = "zh_CN"
        stay = self._stay(user=self.front_desk, down_payment_amount=20000, deposit_amount=5000)
        text, _pages = self._pdf("postpartum_stay.report_stay_receipt", stay, self.front_desk)
        self.assertIn("尚未收到", text)
        stay.action_reserve()
        stay._receive_payment(20000)
        self._ready(stay)
        stay.action_check_in()
        payments = stay._receipt_payments()
        self.assertEqual(
            sorted(p["amount"] for p in payments), [5000, 20000], "down payment and deposit"
        )
        text, pages = self._pdf("postpartum_stay.report_stay_receipt", stay, self.front_desk)
        self.assertEqual(pages, 1)
        for expected in (
            "收款收据",
            stay.name,
            "Mother Stay",
            "押金",
            "库存现金",
            "5,000.00",
            "20,000.00",
        ):
            self.assertIn(expected, text)
        with self.assertRaises(AccessError):
            self._pdf("postpartum_stay.report_stay_receipt", stay, self.kitchen)
