from odoo import api, models
from odoo.addons.postpartum_base.tools import user_has_role
from odoo.exceptions import AccessError


class ReportStayReceipt(models.AbstractModel):
    """收款收据: handed by the front desk or the accountant."""

    _name = "report.postpartum_stay.report_stay_receipt"
    _description = "Payment Receipt"

    @api.model
    def _get_report_values(self, docids, data=None):
        if not user_has_role(
            self.env, "postpartum_base.group_front_desk", "account.group_account_invoice"
        ):
            raise AccessError(
                self.env._("The payment receipt is printed by the front desk or the accountant.")
            )
        return {
            "doc_ids": docids,
            "doc_model": "postpartum.stay",
            "docs": self.env["postpartum.stay"].browse(docids),
            "data": data,
        }
