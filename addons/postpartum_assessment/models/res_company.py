from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    assessment_frequency = fields.Selection(
        [("quarterly", "Quarterly"), ("half_yearly", "Half-yearly")],
        default="quarterly",
        required=True,
    )
    assessment_pass_score = fields.Float(default=60.0)

    @api.constrains("assessment_pass_score")
    def _check_assessment_pass_score(self):
        for company in self:
            if not 0 < company.assessment_pass_score <= 100:
                raise ValidationError(self.env._("The pass score is between 0 and 100."))
