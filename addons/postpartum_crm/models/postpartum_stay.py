from odoo import fields, models
from odoo.addons.postpartum_base.tools import reader_env


class PostpartumStay(models.Model):
    _inherit = "postpartum.stay"

    lead_id = fields.Many2one(
        "crm.lead", string="Opportunity", index=True, readonly=True, check_company=True
    )
    followup_ids = fields.One2many("postpartum.followup", "stay_id", string="Follow-ups")
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

    def _schedule_due_date_followups(self):
        """The store's due-date follow-up plan, if any, replaces the weekly calls."""
        Plan = self.env["postpartum.followup.plan"]
        for stay in self:
            plans = Plan._plans_for("due_date", stay.company_id)
            if plans:
                plans._apply(stay)
            else:
                super(PostpartumStay, stay)._schedule_due_date_followups()
        return True

    def action_check_in(self, checkin_date=None):
        result = super().action_check_in(checkin_date=checkin_date)
        Plan = self.env["postpartum.followup.plan"]
        for stay in self:
            Plan._plans_for("check_in", stay.company_id)._apply(stay)
        return result

    def action_baby_born(self, birth_date=None):
        result = super().action_baby_born(birth_date=birth_date)
        self._close_followups(("due_date",))
        return result

    def action_check_out(self, checkout_date=None):
        result = super().action_check_out(checkout_date=checkout_date)
        self._close_followups(("due_date", "check_in"))
        return result

    def action_cancel(self):
        result = super().action_cancel()
        self._close_followups(("due_date", "check_in", "check_out"))
        return result

    def _close_followups(self, anchors):
        """The planned calls of a stage that is over (before the birth, during
        the stay) are cancelled with their activities: nobody calls a mother
        about her due date once the baby is born, nor about her stay once she
        has left. Called after the step checked the user's role."""
        calls = self.sudo().followup_ids.filtered(
            lambda f: f.state == "planned" and f.plan_line_id.plan_id.anchor in anchors
        )
        calls.action_cancel()
        return calls

    def _schedule_checkout_followups(self, checkout_date):
        plans = self.env["postpartum.followup.plan"]._plans_for("check_out", self.company_id)
        if plans:
            plans._apply(self, anchor_date=checkout_date)
        else:
            super()._schedule_checkout_followups(checkout_date)
        self._send_satisfaction_survey()
        return True

    def _apply_current_followup_plans(self):
        """Plan the calls of the plans matching where each stay is now (for stays
        that existed before the plans): due-date calls for reservations,
        during-stay calls for guests in house. Calls already planned are kept."""
        Plan = self.env["postpartum.followup.plan"]
        anchors = {"reserved": "due_date", "checked_in": "check_in"}
        for stay in self.filtered(lambda s: s.state in anchors and not s.followup_ids):
            Plan._plans_for(anchors[stay.state], stay.company_id)._apply(stay)
        return True

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
