from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PostpartumCaregiverLevel(models.Model):
    """Caregiver level (普通 / 高级 / 金牌...): pay, price, priority and the
    criteria to be promoted to it."""

    _name = "postpartum.caregiver.level"
    _description = "Caregiver Level"
    _inherit = ["mail.thread"]
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True, tracking=True)
    sequence = fields.Integer(default=10, help="Higher levels come later.")
    active = fields.Boolean(default=True)
    company_id = fields.Many2one("res.company", default=lambda self: self.env.company)
    currency_id = fields.Many2one(
        "res.currency", default=lambda self: self.env.company.currency_id, required=True
    )
    pay_standard = fields.Monetary(
        string="Monthly Pay Standard", tracking=True, help="What the caregiver earns per month."
    )
    daily_rate = fields.Monetary(tracking=True, help="What a customer pays per day of service.")
    priority_weight = fields.Float(
        string="Matching Priority",
        default=1.0,
        tracking=True,
        help="Weight given to this level when ranking caregivers for a request.",
    )
    min_orders = fields.Integer(string="Minimum Completed Orders")
    min_rating = fields.Float(string="Minimum Average Rating", digits=(2, 1))
    min_assessment_score = fields.Float(string="Minimum Assessment Score", digits=(5, 1))
    min_tenure_months = fields.Integer(string="Minimum Tenure (months)")
    color = fields.Integer()
    description = fields.Text()
    caregiver_count = fields.Integer(string="Caregivers", compute="_compute_caregiver_count")

    def _compute_caregiver_count(self):
        counts = dict(
            self.env["hr.employee"]._read_group(
                [("caregiver_level_id", "in", self.ids)], ["caregiver_level_id"], ["__count"]
            )
        )
        for level in self:
            level.caregiver_count = counts.get(level, 0)

    @api.constrains("pay_standard", "daily_rate", "priority_weight")
    def _check_money(self):
        for level in self:
            if level.pay_standard <= 0:
                raise ValidationError(
                    self.env._(
                        "The level %(level)s needs a monthly pay standard.", level=level.name
                    )
                )
            if level.daily_rate <= 0:
                raise ValidationError(
                    self.env._("The level %(level)s needs a daily rate.", level=level.name)
                )
            if level.priority_weight < 0:
                raise ValidationError(self.env._("A matching priority cannot be negative."))

    @api.constrains("min_orders", "min_rating", "min_assessment_score", "min_tenure_months")
    def _check_criteria(self):
        for level in self:
            if min(level.min_orders, level.min_tenure_months) < 0:
                raise ValidationError(self.env._("Promotion criteria cannot be negative."))
            if not 0 <= level.min_rating <= 5:
                raise ValidationError(self.env._("A minimum rating is between 0 and 5."))
            if not 0 <= level.min_assessment_score <= 100:
                raise ValidationError(
                    self.env._("A minimum assessment score is between 0 and 100.")
                )

    def _next_level(self):
        self.ensure_one()
        return self.search(
            [("sequence", ">", self.sequence), ("company_id", "in", [self.company_id.id, False])],
            order="sequence, id",
            limit=1,
        )

    def _previous_level(self):
        self.ensure_one()
        return self.search(
            [("sequence", "<", self.sequence), ("company_id", "in", [self.company_id.id, False])],
            order="sequence desc, id desc",
            limit=1,
        )

    def _criteria_problems(self, metrics):
        """What ``metrics`` (see hr.employee._caregiver_metrics) lack to reach this level."""
        self.ensure_one()
        problems = []
        if metrics.get("orders", 0) < self.min_orders:
            problems.append(
                self.env._(
                    "%(count)s completed orders of %(min)s",
                    count=metrics.get("orders", 0),
                    min=self.min_orders,
                )
            )
        if self.min_rating and metrics.get("rating", 0) < self.min_rating:
            problems.append(
                self.env._(
                    "average rating %(rating).1f below %(min).1f",
                    rating=metrics.get("rating", 0),
                    min=self.min_rating,
                )
            )
        if self.min_assessment_score and metrics.get("assessment", 0) < self.min_assessment_score:
            problems.append(
                self.env._(
                    "assessment score %(score).1f below %(min).1f",
                    score=metrics.get("assessment", 0),
                    min=self.min_assessment_score,
                )
            )
        if metrics.get("tenure_months", 0) < self.min_tenure_months:
            problems.append(
                self.env._(
                    "%(months)s months of membership of %(min)s",
                    months=metrics.get("tenure_months", 0),
                    min=self.min_tenure_months,
                )
            )
        return problems
