from datetime import timedelta

from lxml import etree

from odoo import fields
from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from .common import PostpartumCase


@tagged("post_install", "-at_install")
class TestMotherBaby(PostpartumCase):
    def _baby(self, **vals):
        return self.env["postpartum.baby"].create(
            {
                "name": "Test baby",
                "mother_id": self.mother_a.id,
                "gender": "male",
                "birth_datetime": "2026-01-10 09:00:00",
                **vals,
            }
        )

    def test_mother_defaults_to_current_store(self):
        mother = (
            self.env["res.partner"]
            .with_company(self.store_b)
            .create({"name": "New mother", "is_mother": True})
        )
        self.assertEqual(mother.company_id, self.store_b)

    def test_mother_form_fills_birthdate_from_id(self):
        # as the front desk, who registers mothers and reads their ID number
        partners = self.env["res.partner"].with_user(self.front_desk_a)
        with Form(partners.with_context(default_is_mother=True)) as form:
            form.name = "周晓燕"
            form.resident_id_number = "31010519960918004x"
            self.assertEqual(fields.Date.to_string(form.birthdate), "1996-09-18")
        self.assertEqual(form.record.resident_id_number, "31010519960918004X")
        self.assertTrue(form.record.is_mother)

    def test_postpartum_day(self):
        self.mother_a.delivery_date = fields.Date.today() - timedelta(days=4)
        self.assertEqual(self.mother_a.postpartum_day, 5)

    def test_implausible_mother_dates(self):
        with self.assertRaises(ValidationError):
            self.mother_a.birthdate = fields.Date.today() + timedelta(days=1)
        with self.assertRaises(ValidationError):
            self.mother_a.delivery_date = fields.Date.today() + timedelta(days=3)
        with self.assertRaises(ValidationError):  # 5 years old at delivery
            self.mother_a.birthdate = "2021-01-01"
        self.assertEqual(fields.Date.to_string(self.mother_a.birthdate), "1992-03-15")

    def test_gravidity_and_parity(self):
        with self.assertRaises(ValidationError):
            self.mother_a.write({"gravidity": -1})
        with self.assertRaises(ValidationError):
            self.mother_a.write({"gravidity": 1, "parity": 2})
        self.mother_a.write({"gravidity": 2, "parity": 1})
        self.assertEqual(self.mother_a.parity, 1)

    def test_twins(self):
        twin = self._baby(name="Twin 2", birth_datetime="2026-01-10 08:42:00", birth_order=2)
        self.assertTrue(twin.is_multiple_birth)
        self.assertTrue(self.baby_a.is_multiple_birth)
        self.assertFalse(self.baby_b.is_multiple_birth)
        self.assertEqual(self.mother_a.baby_count, 2)

    def test_baby_born_before_mother_is_refused(self):
        count = self.env["postpartum.baby"].search_count([])
        with self.assertRaises(ValidationError) as err:
            self._baby(birth_datetime="1990-05-01 10:00:00")
        self.assertIn("before the mother", str(err.exception))
        self.assertEqual(self.env["postpartum.baby"].search_count([]), count)

    def test_baby_born_in_future_is_refused(self):
        with self.assertRaises(ValidationError):
            self._baby(birth_datetime=fields.Datetime.now() + timedelta(days=2))

    def test_implausible_measurements(self):
        for vals in (
            {"birth_weight": -3200},
            {"birth_weight": 32000},
            {"birth_weight": 3},
            {"birth_length": -5},
            {"birth_length": 500},
            {"birth_order": 0},
        ):
            with self.subTest(vals=vals), self.assertRaises(ValidationError):
                self._baby(**vals)
        with self.assertRaises(ValidationError):
            self.baby_a.birth_weight = -1
        self.assertEqual(self.baby_a.birth_weight, 3200)

    def test_error_in_chinese(self):
        with self.assertRaises(ValidationError) as err:
            self.baby_a.with_context(lang="zh_CN").write({"birth_weight": 99999})
        self.assertIn("出生体重", str(err.exception))

    def test_mother_with_babies_cannot_be_deleted(self):
        with self.assertRaises(UserError) as err:
            self.mother_a.unlink()
        self.assertIn("Archive", str(err.exception))
        self.assertTrue(self.mother_a.exists())
        self.assertTrue(self.baby_a.exists())

    def test_mother_form_hides_what_a_business_contact_has(self):
        """A mother's form has no company type, employer, tax ID, website, title,
        child contacts or sales and purchase page (issue 10)."""
        arch = (
            self.env["res.partner"]
            .with_user(self.front_desk_a)
            .get_views([(False, "form")])["views"]["form"]["arch"]
        )
        root = etree.fromstring(arch)  # noqa: S320 - Odoo's own view
        for xpath in (
            "//div[hasclass('oe_title')]/field[@name='company_type']",
            "//div[hasclass('oe_title')]//field[@name='parent_id']",
            "//sheet/group//field[@name='vat']",
            "//sheet/group//field[@name='website']",
            "//sheet/group//field[@name='function']",
            "//sheet/group//field[@name='title']",
            "//page[@name='contact_addresses']",
            "//page[@name='sales_purchases']",
        ):
            nodes = root.xpath(xpath)  # the form's own (other modules add more below)
            self.assertTrue(nodes, xpath)
            self.assertIn("is_mother", nodes[0].get("invisible", ""), xpath)
        # her profile is the first page: the form opens on it
        self.assertEqual(root.xpath("//notebook/page")[0].get("name"), "mother_profile")
        # what the center needs stays: phone, mobile, address, her profile
        for name in ("phone", "mobile", "street", "resident_id_number", "due_date"):
            self.assertTrue(root.xpath(f"//field[@name='{name}']"), name)

    def test_implausible_dates_and_sizes_are_refused(self):
        """Typing mistakes refused in the user's language, nothing changed."""
        mother = self.mother_a.with_context(lang="en_US")
        far = fields.Date.today() + timedelta(days=400)
        with self.assertRaises(ValidationError) as err:
            mother.write({"due_date": far})
        self.assertIn("more than ten months ahead", str(err.exception))
        self.assertFalse(self.mother_a.due_date)
        self.env["res.lang"]._activate_lang("zh_CN")
        with self.assertRaises(ValidationError) as err:
            self.mother_a.with_context(lang="zh_CN").write({"name": "张" * 100000})
        self.assertIn("100", str(err.exception))
        self.assertEqual(self.mother_a.name, "Mother A")
        with self.assertRaises(ValidationError):
            self.env["res.partner"].create(
                {"name": "张" * 100000, "is_mother": True, "company_id": self.store_a.id}
            )
        # a baby born when her mother (born 1992) was three
        with self.assertRaises(ValidationError) as err:
            self._baby(birth_datetime="1995-06-01 09:00:00")
        self.assertIn("3 years old", str(err.exception))
        self.assertFalse(self.mother_a.baby_ids.filtered(lambda b: b.birth_datetime.year == 1995))

    def test_numbers_and_dates_sent_as_text_are_named_in_the_error(self):
        """What an RPC caller or an import sends as text that is no number or
        date: refused with the field's name, not Python's conversion error."""
        with self.assertRaises(ValidationError) as err:
            self.mother_a.with_context(lang="en_US").write({"due_date": "not a date"})
        self.assertIn("Due Date", str(err.exception))
        self.assertIn("is not a date", str(err.exception))
        with self.assertRaises(ValidationError) as err:
            self.mother_a.write({"gravidity": "abc"})
        self.assertIn("is not a number", str(err.exception))
        with self.assertRaises(ValidationError):
            self._baby(birth_weight="three kilos")
        self.assertFalse(self.mother_a.due_date)
        # text that is a number or a date is still accepted, as Odoo does
        self.mother_a.write({"due_date": "2026-03-01", "gravidity": "2"})
        self.assertEqual((str(self.mother_a.due_date), self.mother_a.gravidity), ("2026-03-01", 2))

    def test_a_link_to_a_record_that_does_not_exist_is_named(self):
        """An id that is no record (a script's typo, a record deleted
        meanwhile): the field and the id are named, in the user's language,
        not PostgreSQL's foreign key error; nothing is created or changed."""
        babies = self.mother_a.baby_ids
        with self.assertRaises(ValidationError) as err:
            self.env["postpartum.baby"].with_context(lang="en_US").create(
                {"mother_id": 99999999, "name": "Nobody's"}
            )
        self.assertIn("there is no Contact with the id 99999999", str(err.exception))
        with self.assertRaises(ValidationError) as err:
            self.mother_a.with_context(lang="zh_CN").write({"company_id": 99999998})
        self.assertIn("99999998", str(err.exception))
        self.assertNotIn("there is no", str(err.exception), "in Chinese")
        self.assertEqual(self.mother_a.baby_ids, babies)
        self.assertEqual(self.mother_a.company_id, self.store_a)
