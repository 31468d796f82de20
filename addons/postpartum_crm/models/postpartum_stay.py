from odoo import fields, models
from odoo.addons.postpartum_base.tools import reader_env


class PostpartumStay(models.Model):
    _inherit = "postpartum.stay"

    lead_id = fields.Many2one(
        "crm.lead", string="Opportunity", index=True, readonly=True, check_company=True
    )
    survey_answer_ids = fields.One2many(
        "survey.user_input", "stay_id", string="Satisfaction", groups="survey.group_survey_user"
    )

    def action_reserve(self):
        result = super().action_reserve()
        for stay in self.filtered("lead_id"):
            if not stay.sale_order_id.opportunity_id:
                stay.sale_order_id.opportunity_id = stay.lead_id
        for lead in self.lead_id.filtered(lambda lead: not lead.stage_id.is_won):
            lead.action_set_won()
        return result

    def _schedule_checkout_followups(self, checkout_date):
        result = super()._schedule_checkout_followups(checkout_date)
        self._send_satisfaction_survey()
        return result

    def _send_satisfaction_survey(self):
        """Invite the mother to the satisfaction survey after check-out."""
        survey = self.env.ref("postpartum_crm.survey_stay_satisfaction", raise_if_not_found=False)
        for stay in self:
            if not survey or stay.sudo().survey_answer_ids:
                continue
            answer = survey.sudo()._create_answer(
                partner=stay.partner_id, check_attempts=False, stay_id=stay.id
            )
            stay.message_post(
                body=reader_env(self.env, company=stay.company_id)._(
                    "Satisfaction survey to send to %(mother)s: %(url)s",
                    mother=stay.partner_id.name,
                    url=answer.get_start_url(),
                )
            )
