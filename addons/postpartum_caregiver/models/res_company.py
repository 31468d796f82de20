from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    caregiver_health_check_months = fields.Integer(
        string="Health Check Validity (months)",
        default=12,
        help="A caregiver's health check is valid this many months.",
    )
    caregiver_min_experience = fields.Float(
        string="Minimum Experience (years)", default=1.0, digits=(3, 1)
    )
    caregiver_expiry_warning_days = fields.Integer(
        string="Expiry Warning (days)",
        default=30,
        help="The caregiver manager is warned this many days before a certificate or health "
        "check expires.",
    )
    caregiver_manager_user_id = fields.Many2one(
        "res.users",
        string="Caregiver Manager",
        help="Receives the caregiver activities of this store (expiries, greetings...).",
    )

    @api.constrains(
        "caregiver_health_check_months", "caregiver_min_experience", "caregiver_expiry_warning_days"
    )
    def _check_caregiver_settings(self):
        for company in self:
            if company.caregiver_health_check_months <= 0:
                raise ValidationError(self.env._("A health check must be valid at least a month."))
            if company.caregiver_min_experience < 0 or company.caregiver_expiry_warning_days < 0:
                raise ValidationError(
                    self.env._("Minimum experience and warning days cannot be negative.")
                )

    def _caregiver_manager_user(self):
        self.ensure_one()
        if self.caregiver_manager_user_id:
            return self.caregiver_manager_user_id
        group = self.env.ref("postpartum_base.group_caregiver_manager")
        user = (
            self.env["res.users"]
            .sudo()
            .search(
                [("groups_id", "in", group.id), ("company_id", "=", self.id)], order="id", limit=1
            )
        )
        return user or self.env.ref("base.user_admin")
