from odoo import fields, models


class PostpartumMealPlan(models.Model):
    """A meal plan (月子餐单): for each stage, the dishes of each day and meal.
    A stage's days repeat when it lasts longer than the days planned (a
    7-day menu for the 14 days of weeks 3-4 is served twice)."""

    _name = "postpartum.meal.plan"
    _description = "Meal Plan"
    _inherit = ["mail.thread"]
    _order = "company_id, sequence, id"
    _check_company_auto = True

    name = fields.Char(required=True, tracking=True)
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(
        "res.company",
        string="Store",
        index=True,
        tracking=True,
        help="Leave empty to share the plan with every store; a store's own plan comes first.",
    )
    active = fields.Boolean(default=True, tracking=True)
    line_ids = fields.One2many("postpartum.meal.plan.line", "plan_id", string="Menu", copy=True)
    note = fields.Html()

    def _lines_by_slot(self):
        """{(plan, stage, day_in_stage, meal): plan lines} and {(plan, stage): days
        in its cycle}, from the lines of the plans in ``self`` (one query)."""
        slots, cycles = {}, {}
        for line in self.line_ids.sorted(lambda li: (li.day_in_stage, li.sequence, li.id)):
            key = (line.plan_id, line.stage_id)
            slots.setdefault((*key, line.day_in_stage, line.meal), []).append(line)
            cycles[key] = max(cycles.get(key, 0), line.day_in_stage)
        return slots, cycles
