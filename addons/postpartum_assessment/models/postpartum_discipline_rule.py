from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import reader_env
from odoo.exceptions import ValidationError

TRIGGERS = [
    ("rating_below", "Average rating below threshold"),
    ("rating_at_least", "Average rating at or above threshold"),
    ("repeated_warnings", "Repeated warnings"),
    ("assessment_below", "Assessment score below threshold"),
    ("assessment_at_least", "Assessment score at or above threshold"),
]
EFFECTS = [
    ("warning", "Warning"),
    ("pay_cut", "Pay Cut"),
    ("suspension", "Suspension"),
    ("bonus", "Bonus"),
    ("honour", "Honour Certificate"),
]


class PostpartumDisciplineRule(models.Model):
    """When a caregiver's ratings or assessments cross a threshold, propose a
    discipline or reward decision (seed 000, 五.2)."""

    _name = "postpartum.discipline.rule"
    _description = "Discipline and Reward Rule"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    trigger = fields.Selection(TRIGGERS, required=True)
    threshold = fields.Float(
        required=True,
        digits=(5, 2),
        help="Average rating (1-5), assessment score (0-100) or number of warnings.",
    )
    last_services = fields.Integer(
        string="Over the Last N Services",
        default=3,
        help="Ratings rules: the average is taken over this many latest ratings, and the rule "
        "waits until there are that many.",
    )
    window_days = fields.Integer(
        string="Within (days)", default=180, help="Repeated warnings: counted over this period."
    )
    effect = fields.Selection(EFFECTS, required=True)
    amount = fields.Float(digits=(10, 2), help="Pay cut or bonus amount.")
    kind = fields.Selection(
        [("penalty", "Penalty"), ("reward", "Reward")], compute="_compute_kind", store=True
    )

    @api.depends("effect")
    def _compute_kind(self):
        for rule in self:
            rule.kind = "reward" if rule.effect in ("bonus", "honour") else "penalty"

    @api.constrains("trigger", "threshold", "last_services", "window_days", "amount")
    def _check_rule(self):
        for rule in self:
            if rule.trigger.startswith("rating") and not 1 <= rule.threshold <= 5:
                raise ValidationError(self.env._("A rating threshold is between 1 and 5."))
            if rule.trigger.startswith("assessment") and not 0 <= rule.threshold <= 100:
                raise ValidationError(self.env._("An assessment threshold is between 0 and 100."))
            if rule.trigger == "repeated_warnings" and rule.threshold < 1:
                raise ValidationError(self.env._("Count at least one warning."))
            if rule.last_services < 1 or rule.window_days < 1 or rule.amount < 0:
                raise ValidationError(
                    self.env._("Services, days and amounts of a rule must be positive.")
                )

    def _fires(self, value):
        self.ensure_one()
        if self.trigger in ("rating_below", "assessment_below"):
            return value < self.threshold
        return value >= self.threshold

    def _propose(self, employee, key, reason):
        """Create the decision record for this rule, once per triggering event."""
        Record = self.env["postpartum.discipline.record"].sudo()
        if Record.search_count([("rule_id", "=", self.id), ("trigger_key", "=", key)]):
            return Record
        record = Record.create(
            {
                "employee_id": employee.id,
                "rule_id": self.id,
                "effect": self.effect,
                "amount": self.amount,
                "reason": reason,
                "trigger_key": key,
            }
        )
        manager = employee.company_id._caregiver_manager_user()
        env = reader_env(self.env, user=manager, company=employee.company_id)
        record.activity_schedule(
            "mail.mail_activity_data_todo",
            summary=env._(
                "Decide: %(rule)s for %(name)s", rule=self.with_env(env).name, name=employee.name
            ),
            user_id=manager.id,
        )
        return record

    @api.model
    def _evaluate_ratings(self, ratings):
        rules = self.search([("trigger", "in", ("rating_below", "rating_at_least"))])
        created = self.env["postpartum.discipline.record"]
        Rating = self.env["postpartum.caregiver.rating"]
        for rule in rules:
            stats = Rating._stats(ratings.employee_id, last=rule.last_services)
            for rating in ratings:
                count, average = stats.get(rating.employee_id.id, (0, 0.0))
                if count < rule.last_services or not rule._fires(round(average, 2)):
                    continue
                created |= rule._propose(
                    rating.employee_id,
                    f"rating:{rating.id}",
                    # the reason stays on the decision: in the store's language
                    reader_env(self.env, company=rating.employee_id.company_id)._(
                        "Average rating %(avg).2f over the last %(n)s services (threshold %(t)s).",
                        avg=average,
                        n=count,
                        t=rule.threshold,
                    ),
                )
        return created | self._evaluate_warnings(created)

    @api.model
    def _evaluate_assessments(self, assessments):
        rules = self.search([("trigger", "in", ("assessment_below", "assessment_at_least"))])
        created = self.env["postpartum.discipline.record"]
        for rule in rules:
            for assessment in assessments.filtered(lambda a, r=rule: r._fires(a.total_score)):
                created |= rule._propose(
                    assessment.employee_id,
                    f"assessment:{assessment.id}",
                    reader_env(self.env, company=assessment.employee_id.company_id)._(
                        "Assessment %(period)s: %(score).1f (threshold %(t)s).",
                        period=assessment.period_label,
                        score=assessment.total_score,
                        t=rule.threshold,
                    ),
                )
        return created | self._evaluate_warnings(created)

    @api.model
    def _evaluate_warnings(self, records):
        """Repeated warnings escalate (for example to a pay cut proposal)."""
        warnings = records.filtered(lambda r: r.effect == "warning")
        if not warnings:
            return self.env["postpartum.discipline.record"]
        created = self.env["postpartum.discipline.record"]
        Record = self.env["postpartum.discipline.record"].sudo()
        for rule in self.search([("trigger", "=", "repeated_warnings")]):
            for warning in warnings:
                since = warning.date - timedelta(days=rule.window_days)
                count = Record.search_count(
                    [
                        ("employee_id", "=", warning.employee_id.id),
                        ("effect", "=", "warning"),
                        ("state", "!=", "rejected"),
                        ("date", ">=", since),
                    ]
                )
                already = Record.search_count(
                    [
                        ("rule_id", "=", rule.id),
                        ("employee_id", "=", warning.employee_id.id),
                        ("state", "!=", "rejected"),
                        ("date", ">=", since),
                    ]
                )
                if rule._fires(count) and not already:
                    created |= rule._propose(
                        warning.employee_id,
                        f"warning:{warning.id}",
                        reader_env(self.env, company=warning.employee_id.company_id)._(
                            "%(count)s warnings within %(days)s days.",
                            count=count,
                            days=rule.window_days,
                        ),
                    )
        return created
