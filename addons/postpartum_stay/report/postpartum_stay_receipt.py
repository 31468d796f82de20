from odoo import models


class ReportStayReceipt(models.AbstractModel):
    """收款收据: handed by the front desk or the accountant."""

    _name = "report.postpartum_stay.report_stay_receipt"
    _inherit = "postpartum.report.mixin"
    _description = "Payment Receipt"
    _report_model = "postpartum.stay"
    _report_roles = ("postpartum_base.group_front_desk", "account.group_account_invoice")

    def _report_refusal(self):
        return self.env._("The payment receipt is printed by the front desk or the accountant.")
