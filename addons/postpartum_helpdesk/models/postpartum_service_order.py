from odoo import api, fields, models


class PostpartumServiceOrder(models.Model):
    _inherit = "postpartum.service.order"

    ticket_ids = fields.One2many("helpdesk.ticket", "service_order_id", string="Feedback")
    ticket_count = fields.Integer(compute="_compute_ticket_count", string="Feedback Count")

    @api.depends("ticket_ids")
    def _compute_ticket_count(self):
        counts = dict(
            self.env["helpdesk.ticket"]._read_group(
                [("service_order_id", "in", self.ids)], ["service_order_id"], ["__count"]
            )
        )
        for order in self:
            order.ticket_count = counts.get(order, 0)

    def action_open_tickets(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "postpartum_helpdesk.action_postpartum_feedback"
        )
        action["domain"] = [("service_order_id", "=", self.id)]
        action["context"] = {
            "default_service_order_id": self.id,
            "default_partner_id": self.customer_id.id,
            "default_company_id": self.company_id.id,
            "default_feedback_type": "complaint",
        }
        return action
