from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PostpartumAssessmentLine(models.Model):
    _name = "postpartum.assessment.line"
    _description = "Assessment Checklist Line"
    _order = "category, sequence, id"

    assessment_id = fields.Many2one(
        "postpartum.assessment", required=True, index=True, ondelete="cascade"
    )
    item_id = fields.Many2one("postpartum.assessment.item", required=True, ondelete="restrict")
    category = fields.Selection(related="item_id.category", store=True)
    sequence = fields.Integer(related="item_id.sequence", store=True)
    max_points = fields.Integer(related="item_id.max_points", store=True)
    points = fields.Float(digits=(4, 1))
    note = fields.Char()

    @api.constrains("points")
    def _check_points(self):
        for line in self:
            if not 0 <= line.points <= line.max_points:
                raise ValidationError(
                    self.env._(
                        "%(item)s: %(points)s points is out of range (0 to %(max)s).",
                        item=line.item_id.name,
                        points=line.points,
                        max=line.max_points,
                    )
                )
