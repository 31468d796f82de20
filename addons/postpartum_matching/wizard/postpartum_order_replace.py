from odoo import fields, models


class PostpartumOrderReplaceWizard(models.TransientModel):
    _name = "postpartum.order.replace.wizard"
    _description = "Replace a Caregiver during a Service"

    order_id = fields.Many2one("postpartum.service.order", required=True)
    last_day = fields.Date(string="Her Last Day", required=True, default=fields.Date.context_today)
    reason = fields.Text(required=True)

    def action_replace(self):
        self.ensure_one()
        request = self.order_id._replace(self.last_day, self.reason)
        return {
            "type": "ir.actions.act_window",
            "res_model": "postpartum.care.request",
            "res_id": request.id,
            "view_mode": "form",
        }
