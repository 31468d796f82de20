from odoo import models


class ReportStayStatement(models.AbstractModel):
    """出所结算单: the front desk (and the managers above it) or the accountant."""

    _name = "report.postpartum_stay.report_stay_statement"
    _inherit = "postpartum.report.mixin"
    _description = "Check-out Statement"
    _report_model = "postpartum.stay"
    _report_roles = ("postpartum_base.group_front_desk", "account.group_account_invoice")

    def _report_refusal(self):
        return self.env._("The check-out statement is printed by the front desk or the accountant.")
