from odoo import fields, models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    service_order_ids = fields.One2many("postpartum.service.order", "employee_id")

    def _caregiver_metrics_batch(self):
        """Completed home-service orders count as orders for promotions (one
        grouped query for all the caregivers)."""
        result = super()._caregiver_metrics_batch()
        done = dict(
            self.env["postpartum.service.order"]._read_group(
                [("employee_id", "in", self.ids), ("state", "in", ("done", "replaced"))],
                ["employee_id"],
                ["__count"],
            )
        )
        for employee in self:
            metrics = result[employee.id]
            metrics["orders"] = max(metrics["orders"], done.get(employee, 0))
        return result
