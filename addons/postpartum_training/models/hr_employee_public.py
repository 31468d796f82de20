from odoo import fields, models


class HrEmployeePublic(models.Model):
    _inherit = "hr.employee.public"

    onboarding_done = fields.Boolean(string="Onboarding Completed", readonly=True)
    last_upgrade_training = fields.Date(readonly=True)
    upgrade_training_due = fields.Date(readonly=True)
