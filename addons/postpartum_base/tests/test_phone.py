from odoo.exceptions import ValidationError
from odoo.tests import tagged

from ..tools import phone_problem
from .common import PostpartumCase


@tagged("post_install", "-at_install")
class TestPhone(PostpartumCase):
    """The numbers the center calls are numbers, whoever writes them."""

    def test_phone_problem(self):
        for number in (
            "13800138000",
            "138 0013 8000",
            "138-0013-8000",
            "021-6444 0002",
            "(021) 64440002",
            "+86 138 0013 8000",
            "+852 2345 6789",
            "64440002",
            "",
        ):
            with self.subTest(number=number):
                self.assertIsNone(phone_problem(number))
        for number, problem in (
            ("abc", "format"),
            ("138OO138000", "format"),
            ("12", "length"),
            ("1380013800", "length"),
            ("138001380001", "length"),
            ("1234567890123456", "length"),
            ("１３８００１３８０００", "format"),
        ):
            with self.subTest(number=number):
                self.assertEqual(phone_problem(number), problem)

    def test_mother_numbers_are_checked_in_both_languages(self):
        mother = self.mother_a.with_user(self.front_desk_a)
        for field in ("phone", "mobile", "emergency_contact_phone"):
            with self.subTest(field=field), self.assertRaises(ValidationError) as err:
                mother.with_context(lang="en_US").write({field: "abc"})
            self.assertIn('"abc" is not a telephone number', str(err.exception))
            self.assertFalse(self.mother_a.sudo()[field])
        self.env["res.lang"]._activate_lang("zh_CN")
        with self.assertRaises(ValidationError) as err:
            mother.with_context(lang="zh_CN").write({"mobile": "12"})
        self.assertIn("位数", str(err.exception))
        mother.write({"mobile": "138 0013 8000", "emergency_contact_phone": "021-6444 0002"})
        self.assertEqual(self.mother_a.mobile, "138 0013 8000")
        with self.assertRaises(ValidationError):
            self.env["res.partner"].with_user(self.front_desk_a).create(
                {"name": "New mother", "is_mother": True, "phone": "call her husband"}
            )

    def test_other_contacts_keep_odoo_rules(self):
        # a supplier's switchboard "8888 ext. 12" is none of the center's business
        supplier = self.env["res.partner"].create({"name": "Supplier", "phone": "8888 ext. 12"})
        self.assertEqual(supplier.phone, "8888 ext. 12")
