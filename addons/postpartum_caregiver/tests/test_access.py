from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import CaregiverCase


@tagged("post_install", "-at_install")
class TestCaregiverAccess(CaregiverCase):
    def test_sensitive_data_for_caregiver_manager_only(self):
        member = self._member("Sensitive")
        check = member.sudo().health_check_ids
        reference = member.sudo().reference_ids
        for record in (check, reference):
            with self.subTest(model=record._name), self.assertRaises(AccessError):
                record.with_user(self.front_desk).read(["employee_id"])
        with self.assertRaises(AccessError):
            member.with_user(self.front_desk).read(["health_check_ids"])
        self.assertEqual(check.with_user(self.manager).hiv, "negative")
        self.assertTrue(reference.with_user(self.manager).checked)
        # the certificate itself is no secret: consultants match on it
        self.assertTrue(member.certificate_ids.with_user(self.front_desk).number)

    def test_store_isolation(self):
        member = self._member("Store A member")
        other_manager = self.user(
            "t_cg_manager_b", "postpartum_base.group_caregiver_manager", self.other_store
        )
        employees = (
            self.env["hr.employee"].with_user(other_manager).search([("is_caregiver", "=", True)])
        )
        self.assertNotIn(member, employees)
        with self.assertRaises(AccessError):
            member.certificate_ids.with_user(other_manager).read(["number"])
