from odoo import models
from odoo.addons.postpartum_base.tools import user_has_role
from odoo.exceptions import AccessError

ACCOUNTANT_GROUPS = ("account.group_account_manager", "account.group_account_user")


class AccountMove(models.Model):
    _inherit = "account.move"

    def button_draft(self):
        """The front desk and the consultants invoice the stays (Odoo's
        Invoicing group), but reopening a posted invoice or payment is the
        accountants' decision."""
        if self.env.user.has_group("postpartum_base.group_front_desk") and not user_has_role(
            self.env, *ACCOUNTANT_GROUPS
        ):
            raise AccessError(
                self.env._(
                    "Only an accountant can reset a posted invoice or payment to draft: "
                    "ask the accounting department to correct it."
                )
            )
        return super().button_draft()
