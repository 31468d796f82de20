from odoo import api, fields, models
from odoo.exceptions import ValidationError

WEIGHTS = ("skill", "experience", "level", "distance", "rating", "assessment")


class ResCompany(models.Model):
    _inherit = "res.company"

    match_weight_skill = fields.Integer(string="Weight: Skill Fit", default=25)
    match_weight_experience = fields.Integer(string="Weight: Experience", default=15)
    match_weight_level = fields.Integer(string="Weight: Level Priority", default=15)
    match_weight_distance = fields.Integer(string="Weight: Distance", default=20)
    match_weight_rating = fields.Integer(string="Weight: Customer Rating", default=15)
    match_weight_assessment = fields.Integer(string="Weight: Assessment", default=10)
    match_max_distance = fields.Float(
        string="Distance Scoring Zero at (km)",
        default=30.0,
        help="A caregiver living this far or farther gets no distance points.",
    )

    @api.constrains(*[f"match_weight_{w}" for w in WEIGHTS], "match_max_distance")
    def _check_match_weights(self):
        for company in self:
            weights = [company[f"match_weight_{w}"] for w in WEIGHTS]
            if min(weights) < 0 or not sum(weights):
                raise ValidationError(
                    self.env._("Matching weights cannot be negative and cannot all be zero.")
                )
            if company.match_max_distance <= 0:
                raise ValidationError(self.env._("The distance limit must be positive."))

    def _match_weights(self):
        self.ensure_one()
        return {w: self[f"match_weight_{w}"] for w in WEIGHTS}
