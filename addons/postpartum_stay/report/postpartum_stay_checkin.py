from odoo import api, models
from odoo.addons.postpartum_base.tools import user_has_role
from odoo.exceptions import AccessError


class ReportStayCheckin(models.AbstractModel):
    """入住登记表: printed by the front desk (it carries the mother's identity
    number and her emergency contact)."""

    _name = "report.postpartum_stay.report_stay_checkin"
    _description = "Check-in Form"

    @api.model
    def _get_report_values(self, docids, data=None):
        if not user_has_role(self.env, "postpartum_base.group_front_desk"):
            raise AccessError(self.env._("The check-in form is printed by the front desk."))
        return {
            "doc_ids": docids,
            "doc_model": "postpartum.stay",
            "docs": self.env["postpartum.stay"].browse(docids),
            "data": data,
        }
