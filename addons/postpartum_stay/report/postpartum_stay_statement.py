from odoo import api, models
from odoo.addons.postpartum_base.tools import user_has_role
from odoo.exceptions import AccessError


class ReportStayStatement(models.AbstractModel):
    """出所结算单: the front desk or the accountant prints it (the print menu is
    theirs, and so is the server's answer to anybody else)."""

    _name = "report.postpartum_stay.report_stay_statement"
    _description = "Check-out Statement"

    @api.model
    def _get_report_values(self, docids, data=None):
        if not user_has_role(
            self.env, "postpartum_base.group_front_desk", "account.group_account_invoice"
        ):
            raise AccessError(
                self.env._(
                    "The check-out statement is printed by the front desk or the accountant."
                )
            )
        return {
            "doc_ids": docids,
            "doc_model": "postpartum.stay",
            "docs": self.env["postpartum.stay"].browse(docids),
            "data": data,
        }
