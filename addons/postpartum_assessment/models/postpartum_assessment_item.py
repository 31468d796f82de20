from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PostpartumAssessmentItem(models.Model):
    """A scenario of the practical test or of the emergency drill."""

    _name = "postpartum.assessment.item"
    _description = "Assessment Checklist Item"
    _order = "category, sequence, id"

    name = fields.Char(required=True, translate=True)
    category = fields.Selection(
        [("practical", "Practical"), ("emergency", "Emergency Drill")], required=True
    )
    sequence = fields.Integer(default=10)
    max_points = fields.Integer(default=10, required=True)
    guidance = fields.Text(help="What the examiner checks.")
    active = fields.Boolean(default=True)

    @api.constrains("max_points")
    def _check_max_points(self):
        for item in self:
            if item.max_points <= 0:
                raise ValidationError(self.env._("A checklist item is worth at least one point."))
