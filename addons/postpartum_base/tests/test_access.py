from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import PostpartumCase


@tagged("post_install", "-at_install")
class TestAccess(PostpartumCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.record_a = cls.env["postpartum.mother.record"].create(
            {"mother_id": cls.mother_a.id, "temperature": 36.8}
        )
        cls.baby_record_a = cls.env["postpartum.baby.record"].create(
            {"baby_id": cls.baby_a.id, "weight": 3300}
        )
        cls.record_b = cls.env["postpartum.mother.record"].create(
            {"mother_id": cls.mother_b.id, "temperature": 36.6}
        )

    def test_front_desk_and_consultant_cannot_read_health_records(self):
        for user in (self.front_desk_a, self.consultant_a):
            for record in (self.record_a, self.baby_record_a):
                with (
                    self.subTest(user=user.login, model=record._name),
                    self.assertRaises(AccessError),
                ):
                    record.with_user(user).read(["temperature"])
            with self.assertRaises(AccessError):
                self.env["postpartum.mother.record"].with_user(user).create(
                    {"mother_id": self.mother_a.id, "temperature": 37}
                )

    def test_front_desk_cannot_read_clinical_history(self):
        with self.assertRaises(AccessError):
            self.mother_a.with_user(self.front_desk_a).read(["gravidity"])
        # but she registers the mother and her babies
        data = self.mother_a.with_user(self.front_desk_a).read(["name", "due_date", "allergies"])
        self.assertEqual(data[0]["name"], "Mother A")
        self.assertEqual(self.baby_a.with_user(self.front_desk_a).name, "Baby A")

    def test_nurse_reads_and_writes_her_store_records(self):
        record = self.record_a.with_user(self.nurse_a)
        self.assertEqual(record.temperature, 36.8)
        record.temperature = 37.0
        new = (
            self.env["postpartum.baby.record"]
            .with_user(self.nurse_a)
            .create({"baby_id": self.baby_a.id, "weight": 3350})
        )
        self.assertEqual(new.company_id, self.store_a)

    def test_store_a_cannot_read_store_b(self):
        for user in (self.nurse_a, self.front_desk_a, self.manager_a):
            with self.subTest(user=user.login):
                Partner = self.env["res.partner"].with_user(user)
                self.assertFalse(Partner.search([("id", "=", self.mother_b.id)]))
                with self.assertRaises(AccessError):
                    self.mother_b.with_user(user).read(["name"])
                self.assertFalse(
                    self.env["postpartum.baby"]
                    .with_user(user)
                    .search([("id", "=", self.baby_b.id)])
                )
        nurse_records = self.env["postpartum.mother.record"].with_user(self.nurse_a).search([])
        self.assertIn(self.record_a, nurse_records)
        self.assertNotIn(self.record_b, nurse_records)
        with self.assertRaises(AccessError):
            self.record_b.with_user(self.nurse_a).read(["temperature"])

    def test_chain_manager_sees_every_store(self):
        chain_env = self.env(
            user=self.chain, context={"allowed_company_ids": [self.store_a.id, self.store_b.id]}
        )
        mothers = chain_env["res.partner"].search([("is_mother", "=", True)])
        self.assertIn(self.mother_a, mothers)
        self.assertIn(self.mother_b, mothers)
        records = chain_env["postpartum.mother.record"].search([])
        self.assertIn(self.record_a, records)
        self.assertIn(self.record_b, records)
        self.assertEqual(
            chain_env["postpartum.mother.record"].browse(self.record_b.id).temperature, 36.6
        )

    def test_store_manager_designates_acting_manager_but_not_other_stores(self):
        employee = self.env["hr.employee"].create({"name": "Deputy", "company_id": self.store_a.id})
        acting = (
            self.env["postpartum.acting.manager"]
            .with_user(self.manager_a)
            .create(
                {
                    "acting_employee_id": employee.id,
                    "date_start": "2030-01-01",
                    "date_end": "2030-01-03",
                    "handover_note": "<p>handover</p>",
                }
            )
        )
        self.assertEqual(acting.company_id, self.store_a)
        with self.assertRaises(AccessError):
            self.env["postpartum.acting.manager"].with_user(self.front_desk_a).create(
                {
                    "acting_employee_id": employee.id,
                    "date_start": "2030-02-01",
                    "date_end": "2030-02-03",
                    "handover_note": "<p>handover</p>",
                }
            )
