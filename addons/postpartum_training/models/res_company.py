from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    upgrade_training_months = fields.Integer(
        string="Upgrade Training Every (months)",
        default=6,
        help="A member caregiver must pass a periodic skill upgrade course this often.",
    )

    @api.constrains("upgrade_training_months")
    def _check_upgrade_training_months(self):
        for company in self:
            if company.upgrade_training_months <= 0:
                raise ValidationError(self.env._("The upgrade training interval must be positive."))
