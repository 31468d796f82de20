"""The demo database tells a story that fills the reports a manager opens
(issue 10): conversions that took days, complaints answered and closed after
hours, not figures of 0 because every record was made in the same second."""

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDemoStory(TransactionCase):
    def test_response_and_resolution_times(self):
        [(response, resolution)] = self.env["helpdesk.ticket"]._read_group(
            [("response_hours", ">", 0)], [], ["response_hours:avg", "resolution_hours:max"]
        )
        self.assertGreater(response, 1)
        self.assertGreater(resolution, 24)
        answered = self.env["helpdesk.ticket"].search_count(
            [("first_response_datetime", "!=", False)]
        )
        self.assertEqual(
            self.env["helpdesk.ticket"].search_count([("response_hours", ">", 0)]), answered
        )

    def test_days_to_conversion(self):
        [(count, days)] = self.env["crm.lead"]._read_group(
            [("conversion_days", ">", 0)], [], ["__count", "conversion_days:avg"]
        )
        self.assertGreaterEqual(count, 2)
        self.assertGreater(days, 1)

    def test_a_promotion_to_decide(self):
        """黄小梅 meets the senior level's criteria: the caregiver manager has
        her promotion to decide (the level proposals page is not empty)."""
        huang = self.env.ref("postpartum_caregiver.cg_huang_xiaomei")
        proposal = self.env["postpartum.caregiver.level.proposal"].search(
            [("employee_id", "=", huang.id), ("state", "=", "proposed")]
        )
        self.assertEqual(
            proposal.proposed_level_id, self.env.ref("postpartum_caregiver.level_senior")
        )
        self.assertFalse(
            self.env.ref("postpartum_caregiver.level_senior")._criteria_problems(
                huang._caregiver_metrics()
            )
        )
        self.assertIn("高级", proposal.reason, "written for the caregiver manager, in Chinese")
        self.assertTrue(proposal.activity_ids, "an activity for the caregiver manager")

    def test_contracts_and_invoices_name_the_packages_in_chinese(self):
        """The demo's contracts are made before Odoo loads the module's Chinese
        terms: they are loaded first, so the accountant reads 标准房 28 天, not
        the English source, on 孙丽's invoices."""
        stay = self.env.ref("postpartum_stay.stay_sun_li")
        lines = stay.sale_order_id.invoice_ids.invoice_line_ids.filtered("product_id")
        package = lines.filtered(lambda line: line.product_id == stay.package_id)
        self.assertTrue(package)
        self.assertEqual(set(package.mapped("name")), {"标准房 28 天"})
