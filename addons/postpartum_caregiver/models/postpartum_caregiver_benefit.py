from odoo import fields, models


class PostpartumCaregiverBenefit(models.Model):
    """Gifts, honours and recommendations a member caregiver received (权益)."""

    _name = "postpartum.caregiver.benefit"
    _description = "Caregiver Benefit"
    _inherit = ["postpartum.caregiver.record.mixin"]
    _order = "date desc, id desc"

    kind = fields.Selection(
        [
            ("gift", "Gift"),
            ("honour", "Honour"),
            ("competition", "Competition Recommendation"),
            ("exchange", "Exchange Event"),
        ],
        required=True,
        default="gift",
    )
    name = fields.Char(string="Description", required=True)
    date = fields.Date(required=True, default=fields.Date.context_today)
    note = fields.Text()
