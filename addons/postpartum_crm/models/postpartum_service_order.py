from odoo import fields, models


class PostpartumServiceOrder(models.Model):
    _inherit = "postpartum.service.order"

    survey_answer_ids = fields.One2many(
        "survey.user_input",
        "service_order_id",
        string="Satisfaction",
        groups="survey.group_survey_user",
    )

    def action_done(self, last_day=None, reason=None):
        result = super().action_done(last_day=last_day, reason=reason)
        survey = self.env.ref(
            "postpartum_crm.survey_home_service_satisfaction", raise_if_not_found=False
        )
        for order in self.sudo().filtered(lambda o: o.state == "done" and not o.survey_answer_ids):
            if survey:
                survey.sudo()._create_answer(
                    partner=order.customer_id, check_attempts=False, service_order_id=order.id
                )
        return result
