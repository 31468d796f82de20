from odoo import models


class SurveyUserInput(models.Model):
    _inherit = "survey.user_input"

    def _mark_done(self):
        res = super()._mark_done()
        enrolments = (
            self.env["postpartum.training.enrolment"]
            .sudo()
            .search([("user_input_id", "in", self.ids)])
        )
        enrolments._apply_exam_result()
        return res
