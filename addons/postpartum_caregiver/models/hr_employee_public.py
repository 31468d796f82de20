from odoo import fields, models

from .hr_employee import CAREGIVER_STATES


class HrEmployeePublic(models.Model):
    """What consultants and front desk may read of a caregiver to match her:
    no health results, references or background check."""

    _inherit = "hr.employee.public"

    is_caregiver = fields.Boolean(readonly=True)
    caregiver_state = fields.Selection(CAREGIVER_STATES, string="Membership", readonly=True)
    member_since = fields.Date(readonly=True)
    home_city = fields.Char(readonly=True)
    home_district = fields.Char(readonly=True)
    home_latitude = fields.Float(readonly=True, digits=(10, 7))
    home_longitude = fields.Float(readonly=True, digits=(10, 7))
    experience_years = fields.Float(string="Experience (years)", readonly=True, digits=(4, 1))
    caregiver_level_id = fields.Many2one(
        "postpartum.caregiver.level", string="Level", readonly=True
    )
    certificate_valid_until = fields.Date(readonly=True)
    health_check_valid_until = fields.Date(readonly=True)
    language_ids = fields.Many2many(
        "postpartum.caregiver.tag",
        "hr_employee_caregiver_language_rel",
        "hr_employee_id",
        "postpartum_caregiver_tag_id",
        string="Languages / Dialects",
        readonly=True,
    )
    cuisine_ids = fields.Many2many(
        "postpartum.caregiver.tag",
        "hr_employee_caregiver_cuisine_rel",
        "hr_employee_id",
        "postpartum_caregiver_tag_id",
        string="Regional Cuisines",
        readonly=True,
    )
