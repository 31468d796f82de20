from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestMotherTour(HttpCase):
    def test_register_mother_in_the_web_client(self):
        self.start_tour("/odoo", "postpartum_base_mother_tour", login="admin")
        mother = self.env["res.partner"].search([("name", "=", "周晓燕")])
        self.assertTrue(mother.is_mother)
        self.assertEqual(mother.resident_id_number, "31010519960918004X")
        self.assertEqual(str(mother.birthdate), "1996-09-18")
        self.assertEqual(mother.hospital, "上海市第一妇婴保健院")
        self.assertEqual(mother.baby_count, 0)
