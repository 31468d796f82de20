from odoo import api, fields, models


class SurveyUserInput(models.Model):
    """A satisfaction survey answer, linked to the stay or the home-service
    order it is about: its score (%) feeds the store's and the caregiver's
    satisfaction."""

    _inherit = "survey.user_input"

    stay_id = fields.Many2one("postpartum.stay", index=True, ondelete="set null")
    service_order_id = fields.Many2one("postpartum.service.order", index=True, ondelete="set null")
    satisfaction_company_id = fields.Many2one(
        "res.company",
        string="Store",
        compute="_compute_satisfaction_links",
        store=True,
        index=True,
    )
    caregiver_id = fields.Many2one(
        "hr.employee", compute="_compute_satisfaction_links", store=True, index=True
    )

    @api.depends("stay_id", "service_order_id")
    def _compute_satisfaction_links(self):
        for answer in self:
            answer.satisfaction_company_id = (
                answer.stay_id.company_id or answer.service_order_id.company_id
            )
            answer.caregiver_id = answer.service_order_id.employee_id

    @api.model
    def _satisfaction(self, field, records):
        """{record: average score (%)} of the completed satisfaction answers
        per ``field`` (satisfaction_company_id or caregiver_id), one query."""
        groups = self.sudo()._read_group(
            [(field, "in", records.ids), ("state", "=", "done")],
            [field],
            ["scoring_percentage:avg"],
        )
        return dict(groups)
