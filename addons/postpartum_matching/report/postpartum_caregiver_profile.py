from odoo import models


class ReportCaregiverProfile(models.AbstractModel):
    """月嫂简历: printed by the caregiver manager for a family."""

    _name = "report.postpartum_matching.report_caregiver_profile"
    _inherit = "postpartum.report.mixin"
    _description = "Caregiver Profile"
    _report_model = "hr.employee"
    _report_roles = ("postpartum_base.group_caregiver_manager",)

    def _report_refusal(self):
        return self.env._("The caregiver profile is printed by the caregiver manager.")

    def _report_values(self, docs):
        return {"cards": {employee.id: employee._profile_card() for employee in docs}}
