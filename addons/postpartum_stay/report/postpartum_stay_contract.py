from odoo import api, models
from odoo.addons.postpartum_base.tools import user_has_role
from odoo.exceptions import AccessError, UserError


class ReportStayContract(models.AbstractModel):
    """入住服务合同: printed by the consultant or the front desk, once signed
    (the contract prints what was signed, kept on the stay)."""

    _name = "report.postpartum_stay.report_stay_contract"
    _description = "Stay Contract"

    @api.model
    def _get_report_values(self, docids, data=None):
        if not user_has_role(
            self.env, "postpartum_base.group_front_desk", "postpartum_base.group_consultant"
        ):
            raise AccessError(
                self.env._("The stay contract is printed by the consultant or the front desk.")
            )
        stays = self.env["postpartum.stay"].browse(docids)
        unsigned = stays.filtered(lambda stay: not stay.contract_date)
        if unsigned:
            raise UserError(
                self.env._(
                    "%(stays)s is not signed yet: sign the reservation first, the contract "
                    "prints what was signed.",
                    stays=", ".join(unsigned.mapped("display_name")),
                )
            )
        return {"doc_ids": docids, "doc_model": "postpartum.stay", "docs": stays, "data": data}
