from odoo import fields, models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    satisfaction_score = fields.Float(
        string="Satisfaction (%)", compute="_compute_satisfaction_score", digits=(5, 1)
    )

    def _compute_satisfaction_score(self):
        scores = self.env["survey.user_input"]._satisfaction("caregiver_id", self)
        for employee in self:
            employee.satisfaction_score = scores.get(employee, 0.0)
