from odoo import fields, models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    service_order_ids = fields.One2many("postpartum.service.order", "employee_id")

    def _caregiver_metrics(self):
        """Completed home-service orders count as orders for promotions."""
        metrics = super()._caregiver_metrics()
        done = self.env["postpartum.service.order"].search_count(
            [("employee_id", "=", self.id), ("state", "in", ("done", "replaced"))]
        )
        metrics["orders"] = max(metrics["orders"], done)
        return metrics
