from odoo import models


class HelpdeskTicketTeam(models.Model):
    _inherit = "helpdesk.ticket.team"

    def _retrieve_dashboard(self):
        """helpdesk_mgmt names its dashboard tiles in code it ships no Chinese
        for: name them here, in the reader's language."""
        names = {
            "helpdesk_mgmt.helpdesk_ticket_action_unassigned": self.env._(
                "Open Tickets without team"
            ),
            "helpdesk_mgmt.helpdesk_ticket_action_opened": self.env._("Open Tickets"),
        }
        tiles = super()._retrieve_dashboard()
        for tile in tiles:
            tile["name"] = names.get(tile.get("action"), tile["name"])
        return tiles
