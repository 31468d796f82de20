from odoo import models
from odoo.exceptions import UserError


class ReportStayContract(models.AbstractModel):
    """入住服务合同: printed by the consultant or the front desk, once signed
    (the contract prints what was signed, kept on the stay)."""

    _name = "report.postpartum_stay.report_stay_contract"
    _inherit = "postpartum.report.mixin"
    _description = "Stay Contract"
    _report_model = "postpartum.stay"
    _report_roles = ("postpartum_base.group_front_desk", "postpartum_base.group_consultant")

    def _report_refusal(self):
        return self.env._("The stay contract is printed by the consultant or the front desk.")

    def _report_values(self, docs):
        unsigned = docs.filtered(lambda stay: not stay.contract_date)
        if unsigned:
            raise UserError(
                self.env._(
                    "%(stays)s is not signed yet: sign the reservation first, the contract "
                    "prints what was signed.",
                    stays=", ".join(unsigned.mapped("display_name")),
                )
            )
        return {}
