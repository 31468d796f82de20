from odoo import api, fields, models
from odoo.exceptions import ValidationError

MEALS = [
    ("breakfast", "Breakfast"),
    ("lunch", "Lunch"),
    ("dinner", "Dinner"),
    ("snack", "Snack"),
]
MEAL_SEQUENCE = {meal: index for index, (meal, _label) in enumerate(MEALS, start=1)}


class PostpartumMealPlanLine(models.Model):
    """A dish of a plan: served at ``meal`` on day ``day_in_stage`` of ``stage_id``."""

    _name = "postpartum.meal.plan.line"
    _description = "Meal Plan Line"
    _check_company_auto = True
    _order = "plan_id, stage_sequence, day_in_stage, meal_sequence, sequence, id"

    plan_id = fields.Many2one(
        "postpartum.meal.plan", required=True, index=True, ondelete="cascade", string="Plan"
    )
    company_id = fields.Many2one(related="plan_id.company_id", store=True, string="Store")
    stage_id = fields.Many2one(
        "postpartum.meal.stage", required=True, index=True, ondelete="restrict", string="Stage"
    )
    stage_sequence = fields.Integer(
        related="stage_id.sequence", store=True, string="Stage Sequence"
    )
    day_in_stage = fields.Integer(
        string="Day",
        required=True,
        default=1,
        help="Day within the stage (1 = first day of the stage); the days of a stage repeat "
        "in a cycle when the stage lasts longer.",
    )
    meal = fields.Selection(MEALS, required=True, default="breakfast")
    meal_sequence = fields.Integer(compute="_compute_meal_sequence", store=True, precompute=True)
    sequence = fields.Integer(default=10)
    product_id = fields.Many2one(
        "product.product",
        string="Dish",
        required=True,
        ondelete="restrict",
        domain=[("is_dish", "=", True)],
        check_company=True,
    )

    @api.depends("meal")
    def _compute_meal_sequence(self):
        for line in self:
            line.meal_sequence = MEAL_SEQUENCE.get(line.meal, 0)

    @api.constrains("day_in_stage", "stage_id")
    def _check_day_in_stage(self):
        for line in self:
            length = line.stage_id.day_to - line.stage_id.day_from + 1
            if not 1 <= line.day_in_stage <= length:
                raise ValidationError(
                    self.env._(
                        "Day %(day)s does not exist in stage %(stage)s, which lasts %(length)s "
                        "days.",
                        day=line.day_in_stage,
                        stage=line.stage_id.name,
                        length=length,
                    )
                )
