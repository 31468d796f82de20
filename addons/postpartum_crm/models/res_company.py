from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    satisfaction_score = fields.Float(
        string="Satisfaction (%)", compute="_compute_satisfaction_score", digits=(5, 1)
    )

    def _compute_satisfaction_score(self):
        scores = self.env["survey.user_input"]._satisfaction("satisfaction_company_id", self)
        for company in self:
            company.satisfaction_score = scores.get(company, 0.0)
