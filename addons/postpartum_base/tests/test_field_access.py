from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import PostpartumCase, open_form, store_user


@tagged("post_install", "-at_install")
class TestFieldAccess(PostpartumCase):
    """What each role reads of a mother and a baby, and so may set."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.therapist_a = store_user(
            cls.env, "t_therapist_a", "postpartum_base.group_therapist", cls.store_a
        )
        cls.butler_a = store_user(
            cls.env, "t_butler_a", "postpartum_base.group_butler", cls.store_a
        )
        cls.mother_a.write(
            {
                "gravidity": 2,
                "parity": 1,
                "emergency_contact_name": "Husband A",
                "emergency_contact_phone": "13800000000",
            }
        )
        cls.baby_a.note = "Mild jaundice, phototherapy day 3"

    def test_what_cannot_be_read_cannot_be_set_on_create(self):
        for user in (self.front_desk_a, self.consultant_a):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.env["res.partner"].with_user(user).create(
                    {"name": "New Mother", "is_mother": True, "gravidity": 3, "parity": 1}
                )
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.env["postpartum.baby"].with_user(user).create(
                    {
                        "name": "New Baby",
                        "mother_id": self.mother_a.id,
                        "gender": "male",
                        "birth_datetime": "2026-01-11 09:00:00",
                        "note": "heart murmur",
                    }
                )
        self.assertFalse(self.env["res.partner"].search([("name", "=", "New Mother")]))
        # without them she registers the mother and her baby
        mother = (
            self.env["res.partner"]
            .with_user(self.front_desk_a)
            .create({"name": "New Mother", "is_mother": True, "resident_id_number": False})
        )
        self.assertEqual(mother.company_id, self.store_a)
        # the manager (a nurse as well) registers a mother with her obstetric history
        managed = (
            self.env["res.partner"]
            .with_user(self.manager_a)
            .create({"name": "Managed Mother", "is_mother": True, "gravidity": 2, "parity": 1})
        )
        self.assertEqual(managed.with_user(self.nurse_a).gravidity, 2)

    def test_baby_notes_are_the_nurses(self):
        with self.assertRaises(AccessError):
            self.baby_a.with_user(self.front_desk_a).read(["note"])
        self.assertEqual(
            self.baby_a.with_user(self.nurse_a).note, "Mild jaundice, phototherapy day 3"
        )

    def test_id_number_and_emergency_contact_per_role(self):
        for user in (self.therapist_a, self.nurse_a, self.butler_a):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                self.mother_a.with_user(user).read(["resident_id_number"])
        with self.assertRaises(AccessError):
            self.mother_a.with_user(self.therapist_a).read(["emergency_contact_phone"])
        for user in (self.front_desk_a, self.nurse_a, self.butler_a):
            with self.subTest(user=user.login):
                data = self.mother_a.with_user(user).read(["emergency_contact_phone"])[0]
                self.assertEqual(data["emergency_contact_phone"], "13800000000")
        self.mother_a.with_user(self.front_desk_a).read(["resident_id_number"])

    def test_only_a_store_manager_deletes_a_mother(self):
        mother = self.env["res.partner"].create(
            {"name": "Mother To Delete", "is_mother": True, "company_id": self.store_a.id}
        )
        for user in (self.front_desk_a, self.consultant_a):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                mother.with_user(user).unlink()
        self.assertTrue(mother.exists())
        # she archives it instead; other contacts she still deletes
        mother.with_user(self.front_desk_a).active = False
        contact = self.env["res.partner"].with_user(self.front_desk_a).create({"name": "Driver"})
        contact.unlink()
        mother.with_user(self.manager_a).unlink()
        self.assertFalse(mother.exists())

    def test_mother_and_baby_forms_open_for_every_role(self):
        users = (
            self.front_desk_a,
            self.consultant_a,
            self.nurse_a,
            self.therapist_a,
            self.butler_a,
            self.manager_a,
        )
        for user in users:
            with self.subTest(user=user.login):
                arch = open_form(self.mother_a, user)
                self.assertIn("allergies", arch)
                self.assertEqual("gravidity" in arch, user in (self.nurse_a, self.manager_a))
                self.assertEqual(
                    "resident_id_number" in arch,
                    user in (self.front_desk_a, self.consultant_a, self.manager_a),
                )
                open_form(self.baby_a, user)
