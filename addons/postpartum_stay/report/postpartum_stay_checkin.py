from odoo import models


class ReportStayCheckin(models.AbstractModel):
    """入住登记表: printed by the front desk (it carries the mother's identity
    number and her emergency contact)."""

    _name = "report.postpartum_stay.report_stay_checkin"
    _inherit = "postpartum.report.mixin"
    _description = "Check-in Form"
    _report_model = "postpartum.stay"
    _report_roles = ("postpartum_base.group_front_desk",)

    def _report_refusal(self):
        return self.env._("The check-in form is printed by the front desk.")
