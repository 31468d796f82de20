from odoo import api, fields, models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    rating_ids = fields.One2many("postpartum.caregiver.rating", "employee_id", string="Ratings")
    assessment_ids = fields.One2many("postpartum.assessment", "employee_id", string="Assessments")
    discipline_ids = fields.One2many(
        "postpartum.discipline.record",
        "employee_id",
        string="Discipline and Rewards",
        groups="postpartum_base.group_caregiver_manager",
    )
    rating_count = fields.Integer(compute="_compute_scorecard", store=True, string="Rated Services")
    rating_average = fields.Float(
        compute="_compute_scorecard", store=True, digits=(3, 2), string="Average Rating"
    )
    last_assessment_score = fields.Float(compute="_compute_scorecard", store=True, digits=(5, 1))

    @api.depends(
        "rating_ids.score",
        "assessment_ids.total_score",
        "assessment_ids.state",
        "assessment_ids.period_start",
    )
    def _compute_scorecard(self):
        """Stored: matching ranks thousands of caregivers on these figures."""
        for employee in self:
            ratings = employee.rating_ids
            employee.rating_count = len(ratings)
            employee.rating_average = (
                sum(ratings.mapped("score")) / len(ratings) if ratings else 0.0
            )
            done = employee.assessment_ids.filtered(lambda a: a.state == "done")
            employee.last_assessment_score = done.sorted("period_start", reverse=True)[
                :1
            ].total_score

    def _caregiver_metrics_batch(self):
        """Completed services are counted by their ratings until home-service
        orders exist (postpartum_matching); stored fields, no query each."""
        result = super()._caregiver_metrics_batch()
        for employee in self:
            result[employee.id].update(
                orders=employee.rating_count,
                rating=employee.rating_average,
                assessment=employee.last_assessment_score,
            )
        return result

    def _scorecard_action(self, xmlid):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action["domain"] = [("employee_id", "=", self.id)]
        action["context"] = {"default_employee_id": self.id}
        return action

    def action_view_ratings(self):
        return self._scorecard_action("postpartum_assessment.action_caregiver_rating")

    def action_view_assessments(self):
        return self._scorecard_action("postpartum_assessment.action_assessment")

    def action_view_discipline(self):
        return self._scorecard_action("postpartum_assessment.action_discipline_record")
