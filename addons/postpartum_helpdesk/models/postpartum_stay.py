from odoo import api, fields, models


class PostpartumStay(models.Model):
    _inherit = "postpartum.stay"

    ticket_ids = fields.One2many(
        "helpdesk.ticket",
        "stay_id",
        string="Complaints and Suggestions",
        groups="helpdesk_mgmt.group_helpdesk_user_own",
    )
    ticket_count = fields.Integer(
        compute="_compute_ticket_count",
        string="Complaints",
        groups="helpdesk_mgmt.group_helpdesk_user_own",
    )

    @api.depends("ticket_ids")
    def _compute_ticket_count(self):
        counts = dict(
            self.env["helpdesk.ticket"]._read_group(
                [("stay_id", "in", self.ids)], ["stay_id"], ["__count"]
            )
        )
        for stay in self:
            stay.ticket_count = counts.get(stay, 0)

    def action_open_tickets(self):
        """The complaints and suggestions of the stay, handled by the customer
        service center (客户服务中心)."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "postpartum_helpdesk.action_postpartum_feedback"
        )
        team = self.env.ref("postpartum_helpdesk.team_customer_service", raise_if_not_found=False)
        action["domain"] = [("stay_id", "=", self.id)]
        action["context"] = {
            "default_stay_id": self.id,
            "default_partner_id": self.partner_id.id,
            "default_company_id": self.company_id.id,
            "default_feedback_type": "complaint",
            "default_team_id": team.id if team else False,
        }
        return action
