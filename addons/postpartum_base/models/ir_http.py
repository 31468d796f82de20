from odoo import models


class IrHttp(models.AbstractModel):
    _inherit = "ir.http"

    def session_info(self):
        info = super().session_info()
        user = self.env.user
        if info.get("home_action_id") is False and user._is_internal():
            action = user._postpartum_home_action()
            if action:
                info["home_action_id"] = action.id
        return info
