from odoo import fields, models

from .hr_employee import POSTPARTUM_ROLES


class HrEmployeePublic(models.Model):
    """Fields every staff member may read on colleagues (hr.employee lets users
    without HR rights read only what its public profile has)."""

    _inherit = "hr.employee.public"

    postpartum_role = fields.Selection(POSTPARTUM_ROLES, string="Center Role", readonly=True)
