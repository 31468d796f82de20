from odoo import models


class ResUsers(models.Model):
    _inherit = "res.users"

    def _postpartum_home_action(self):
        """The home screen of the user's role (see res.groups): the user's own
        home action first, then that of their role of lowest priority."""
        self.ensure_one()
        if self.action_id:
            return self.action_id
        groups = (
            self.env["res.groups"]
            .sudo()
            .search(
                [("users", "in", self.ids), ("postpartum_home_action_id", "!=", False)],
                order="postpartum_home_priority, id",
                limit=1,
            )
        )
        return groups.postpartum_home_action_id
