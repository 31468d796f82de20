from odoo import api, models
from odoo.addons.postpartum_base.tools import user_has_role
from odoo.exceptions import AccessError


class ReportCaregiverProfile(models.AbstractModel):
    """月嫂简历: printed by the caregiver manager for a family."""

    _name = "report.postpartum_matching.report_caregiver_profile"
    _description = "Caregiver Profile"

    @api.model
    def _get_report_values(self, docids, data=None):
        if not user_has_role(self.env, "postpartum_base.group_caregiver_manager"):
            raise AccessError(
                self.env._("The caregiver profile is printed by the caregiver manager.")
            )
        employees = self.env["hr.employee"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "hr.employee",
            "docs": employees,
            "cards": {employee.id: employee._profile_card() for employee in employees},
            "data": data,
        }
