from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PostpartumMealStage(models.Model):
    """A stage of the confinement diet (月子餐阶段), in days since check-in:
    e.g. week 1 排 (clear the lochia), week 2 调 (regulate), weeks 3-4 补
    (nourish). Each day of a stay belongs to one stage."""

    _name = "postpartum.meal.stage"
    _description = "Meal Stage"
    _order = "sequence, day_from, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    day_from = fields.Integer(
        string="From Day",
        required=True,
        default=1,
        help="First day of the stage, check-in day = 1.",
    )
    day_to = fields.Integer(
        string="To Day", required=True, default=7, help="Last day of the stage (included)."
    )
    description = fields.Text(
        translate=True, help="Aim of the stage, for the kitchen and families."
    )
    active = fields.Boolean(default=True)

    @api.constrains("day_from", "day_to", "active")
    def _check_days(self):
        for stage in self:
            if stage.day_from < 1:
                raise ValidationError(
                    self.env._(
                        "Stage %(stage)s must start on day 1 or later (check-in day is day 1).",
                        stage=stage.name,
                    )
                )
            if stage.day_to < stage.day_from:
                raise ValidationError(
                    self.env._(
                        "Stage %(stage)s ends (day %(last)s) before it starts (day %(first)s).",
                        stage=stage.name,
                        last=stage.day_to,
                        first=stage.day_from,
                    )
                )
        for stage in self.filtered("active"):
            overlap = self.search(
                [
                    ("id", "!=", stage.id),
                    ("day_from", "<=", stage.day_to),
                    ("day_to", ">=", stage.day_from),
                ],
                limit=1,
            )
            if overlap:
                raise ValidationError(
                    self.env._(
                        "Stages %(stage)s and %(other)s overlap: a day belongs to one stage only.",
                        stage=stage.name,
                        other=overlap.name,
                    )
                )

    def _stage_of_day(self, day):
        """The stage of ``day`` (1-based since check-in) among the stages in
        ``self``; after the last stage, the last stage goes on (long packages)."""
        for stage in self:
            if stage.day_from <= day <= stage.day_to:
                return stage
        last = self.sorted("day_to")[-1:]
        if last and day > last.day_to:
            return last
        return self.browse()
