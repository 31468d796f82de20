from datetime import date

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


def assessment_period(day, frequency):
    """(first day, last day, label) of the quarter or half-year containing day."""
    months = 3 if frequency == "quarterly" else 6
    first_month = (day.month - 1) // months * months + 1
    start = date(day.year, first_month, 1)
    end = start + relativedelta(months=months, days=-1)
    index = (first_month - 1) // months + 1
    label = f"{day.year} Q{index}" if months == 3 else f"{day.year} H{index}"
    return start, end, label


class PostpartumAssessment(models.Model):
    """Periodic assessment of a member caregiver (考核): theory, practical
    scenarios and emergency drills."""

    _name = "postpartum.assessment"
    _description = "Caregiver Assessment"
    _inherit = ["postpartum.caregiver.record.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "period_start desc, employee_id"
    _rec_name = "period_label"

    period_start = fields.Date(required=True, index=True)
    period_end = fields.Date(required=True)
    period_label = fields.Char(string="Period", required=True)
    date = fields.Date(string="Assessed on", tracking=True)
    examiner_id = fields.Many2one("res.users", string="Examiner", tracking=True)
    theory_score = fields.Float(digits=(5, 1), tracking=True)
    line_ids = fields.One2many("postpartum.assessment.line", "assessment_id", string="Checklist")
    practical_line_ids = fields.One2many(
        "postpartum.assessment.line", "assessment_id", domain=[("category", "=", "practical")]
    )
    emergency_line_ids = fields.One2many(
        "postpartum.assessment.line", "assessment_id", domain=[("category", "=", "emergency")]
    )
    practical_score = fields.Float(compute="_compute_scores", store=True, digits=(5, 1))
    emergency_score = fields.Float(
        string="Emergency Drill Score", compute="_compute_scores", store=True, digits=(5, 1)
    )
    total_score = fields.Float(compute="_compute_scores", store=True, digits=(5, 1), tracking=True)
    state = fields.Selection(
        [("draft", "To Assess"), ("done", "Done")], default="draft", required=True, tracking=True
    )
    result = fields.Selection(
        [("passed", "Passed"), ("failed", "Failed")], compute="_compute_result", store=True
    )
    note = fields.Text()

    _sql_constraints = [
        (
            "employee_period_uniq",
            "UNIQUE(employee_id, period_start)",
            "This caregiver already has an assessment for this period.",
        ),
    ]

    @api.depends("theory_score", "line_ids.points", "line_ids.max_points", "line_ids.category")
    def _compute_scores(self):
        for assessment in self:
            scores = {}
            for category in ("practical", "emergency"):
                lines = assessment.line_ids.filtered(lambda line, c=category: line.category == c)
                total = sum(lines.mapped("max_points"))
                scores[category] = 100.0 * sum(lines.mapped("points")) / total if total else 0.0
            assessment.practical_score = scores["practical"]
            assessment.emergency_score = scores["emergency"]
            # theory, practical and emergency drill weigh the same
            assessment.total_score = (
                assessment.theory_score + scores["practical"] + scores["emergency"]
            ) / 3

    @api.depends("state", "total_score", "company_id.assessment_pass_score")
    def _compute_result(self):
        for assessment in self:
            if assessment.state != "done":
                assessment.result = False
            else:
                passed = assessment.total_score >= assessment.company_id.assessment_pass_score
                assessment.result = "passed" if passed else "failed"

    @api.constrains("theory_score", "period_start", "period_end")
    def _check_values(self):
        for assessment in self:
            if not 0 <= assessment.theory_score <= 100:
                raise ValidationError(self.env._("A theory score is between 0 and 100."))
            if assessment.period_end < assessment.period_start:
                raise ValidationError(self.env._("The assessment period ends before it starts."))

    @api.model
    def _default_lines(self):
        items = self.env["postpartum.assessment.item"].search(
            [("category", "in", ("practical", "emergency"))]
        )
        return [fields.Command.create({"item_id": item.id}) for item in items]

    def action_done(self):
        for assessment in self:
            if assessment.state != "draft":
                raise UserError(self.env._("This assessment is already done."))
            if not assessment.examiner_id:
                raise UserError(self.env._("Name the examiner before closing the assessment."))
        today = fields.Date.context_today(self)
        for assessment in self:
            assessment.write({"state": "done", "date": assessment.date or today})
        self.env["postpartum.discipline.rule"]._evaluate_assessments(self)

    def action_reset(self):
        self.filtered(lambda a: a.state == "done").write({"state": "draft"})

    @api.model
    def _cron_generate_assessments(self, day=None):
        """Create this period's assessment for every member caregiver who has
        none yet (quarterly or half-yearly, per store)."""
        day = day or fields.Date.context_today(self)
        created = self.browse()
        all_members = self.env["hr.employee"].search(
            [("is_caregiver", "=", True), ("caregiver_state", "=", "member")]
        )
        lines = self._default_lines()
        for company in all_members.company_id:
            start, end, label = assessment_period(day, company.assessment_frequency or "quarterly")
            members = all_members.filtered(lambda m, c=company: m.company_id == c)
            done = set(
                self.search(
                    [("employee_id", "in", members.ids), ("period_start", "=", start)]
                ).employee_id.ids
            )
            vals_list = [
                {
                    "employee_id": member.id,
                    "period_start": start,
                    "period_end": end,
                    "period_label": label,
                    "line_ids": lines,
                }
                for member in members
                if member.id not in done
            ]
            created |= self.create(vals_list)
        return created
