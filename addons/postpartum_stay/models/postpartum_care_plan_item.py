from odoo import fields, models


class PostpartumCarePlanItem(models.Model):
    """An item of the personalised care plan set at the arrival assessment
    (入院评估): diet, massage, exercise, recovery."""

    _name = "postpartum.care.plan.item"
    _description = "Care Plan Item"
    _order = "stay_id, category, id"

    stay_id = fields.Many2one("postpartum.stay", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="stay_id.company_id", store=True)
    category = fields.Selection(
        [
            ("diet", "Diet"),
            ("massage", "Massage"),
            ("exercise", "Exercise"),
            ("recovery", "Recovery"),
            ("baby", "Baby Care"),
        ],
        required=True,
        default="recovery",
    )
    name = fields.Char(string="Plan", required=True)
    frequency = fields.Char()
    review_date = fields.Date()
    done = fields.Boolean()
