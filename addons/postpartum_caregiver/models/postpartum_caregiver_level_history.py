from odoo import fields, models


class PostpartumCaregiverLevelHistory(models.Model):
    _name = "postpartum.caregiver.level.history"
    _description = "Caregiver Level History"
    _check_company_auto = True
    _inherit = ["postpartum.caregiver.record.mixin"]
    _order = "date desc, id desc"

    date = fields.Date(required=True, default=fields.Date.context_today)
    old_level_id = fields.Many2one(
        "postpartum.caregiver.level", string="From Level", check_company=True
    )
    new_level_id = fields.Many2one(
        "postpartum.caregiver.level", string="To Level", required=True, check_company=True
    )
    reason = fields.Char()
    approved_by_id = fields.Many2one(
        "res.users", string="Approved by", default=lambda self: self.env.user
    )
