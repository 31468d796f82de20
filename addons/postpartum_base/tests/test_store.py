from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged

from .common import PostpartumCase


@tagged("post_install", "-at_install")
class TestStore(PostpartumCase):
    def test_norm_follows_tier_and_stays_editable(self):
        self.assertEqual(self.store_a.staffing_norm, 15)
        self.assertEqual(self.store_b.staffing_norm, 7)
        deluxe = self.env["res.company"].create({"name": "Deluxe", "store_tier": "deluxe"})
        self.assertEqual(deluxe.staffing_norm, 10)
        deluxe.staffing_norm = 12
        self.assertEqual(deluxe.staffing_norm, 12)
        with Form(self.env["res.company"]) as form:
            form.name = "From the form"
            form.store_tier = "flagship"
            self.assertEqual(form.staffing_norm, 15)

    def test_negative_norm_is_refused(self):
        with self.assertRaises(ValidationError):
            self.store_b.staffing_norm = -1
        self.assertEqual(self.store_b.staffing_norm, 7)

    def test_roster_per_role_against_norm(self):
        Employee = self.env["hr.employee"]
        roles = ["store_manager", "front_desk", "consultant", "nurse", "nurse", "butler"]
        for i, role in enumerate(roles):
            Employee.create(
                {"name": f"B{i}", "company_id": self.store_b.id, "postpartum_role": role}
            )
        Employee.create({"name": "No role", "company_id": self.store_b.id})
        Employee.create(
            {
                "name": "Left",
                "company_id": self.store_b.id,
                "postpartum_role": "nurse",
                "active": False,
            }
        )
        self.env.flush_all()
        self.store_b.invalidate_recordset()
        by_role = {s.role: s.employee_count for s in self.store_b.staffing_ids}
        self.assertEqual(by_role["nurse"], 2)
        self.assertEqual(by_role["front_desk"], 1)
        self.assertNotIn("therapist", by_role)
        self.assertEqual(self.store_b.roster_count, 6)
        self.assertEqual(self.store_b.staffing_gap, 1)
        Employee.create({"name": "B9", "company_id": self.store_b.id, "postpartum_role": "kitchen"})
        self.env.flush_all()
        self.store_b.invalidate_recordset()
        self.assertEqual(self.store_b.staffing_gap, 0)

    def test_health_thresholds_are_checked(self):
        with self.assertRaises(ValidationError):
            self.store_a.fever_threshold = 45
        with self.assertRaises(ValidationError):
            self.store_a.write({"systolic_threshold": 80, "diastolic_threshold": 90})

    def test_tier_change_is_tracked(self):
        self.store_b.store_tier = "deluxe"
        self.env.cr.precommit.run()  # tracking values are written before commit
        tracked = self.store_b.message_ids.tracking_value_ids.filtered(
            lambda t: t.field_id.name == "store_tier"
        )
        self.assertTrue(tracked)
