from odoo.exceptions import ValidationError
from odoo.tests import tagged

from ..tools import resident_id_birthdate, resident_id_problem
from .common import PostpartumCase, valid_resident_id


@tagged("post_install", "-at_install")
class TestResidentId(PostpartumCase):
    def test_checksum_algorithm(self):
        # GB 11643 worked example: 11010519491231002X
        self.assertIsNone(resident_id_problem("11010519491231002X"))
        self.assertIsNone(resident_id_problem("11010519491231002x"))
        self.assertEqual(resident_id_problem("110105194912310021"), "checksum")
        self.assertEqual(resident_id_problem("11010519491231002"), "length")
        self.assertEqual(resident_id_problem("1101051949123100AX"), "format")
        self.assertEqual(resident_id_problem(valid_resident_id("11010519490231002")), "date")
        self.assertEqual(resident_id_birthdate("11010519491231002X").isoformat(), "1949-12-31")

    def test_valid_number_is_normalised(self):
        self.mother_a.write({"resident_id_number": " 31011519920315002x "})
        self.assertEqual(self.mother_a.resident_id_number, "31011519920315002X")

    def test_invalid_numbers_are_refused_and_nothing_changes(self):
        for bad in ("310115199203150021", "3101151992031500", "31011519920315002Y"):
            with self.subTest(bad=bad), self.assertRaises(ValidationError) as err:
                self.mother_a.write({"resident_id_number": bad})
            self.assertIn("resident ID", str(err.exception))
            self.assertFalse(self.mother_a.resident_id_number)

    def test_birthdate_must_match_the_number(self):
        with self.assertRaises(ValidationError) as err:
            self.mother_a.write({"resident_id_number": valid_resident_id("31011519930315002")})
        self.assertIn("1993-03-15", str(err.exception))

    def test_error_in_chinese(self):
        with self.assertRaises(ValidationError) as err:
            self.mother_a.with_context(lang="zh_CN").write(
                {"resident_id_number": "310115199203150021"}
            )
        self.assertIn("身份证", str(err.exception))

    def test_unique_per_store(self):
        number = "31011519920315002X"
        self.mother_a.resident_id_number = number
        # another store may know the same person
        other = self.env["res.partner"].create(
            {
                "name": "Same person, store B",
                "is_mother": True,
                "company_id": self.store_b.id,
                "resident_id_number": number,
            }
        )
        self.assertEqual(other.resident_id_number, number)
