from odoo import fields, models


class PostpartumCaregiverBenefit(models.Model):
    """Gifts, honours and recommendations a member caregiver received (权益)."""

    _name = "postpartum.caregiver.benefit"
    _description = "Caregiver Benefit"
    _order = "date desc, id desc"

    employee_id = fields.Many2one(
        "hr.employee", string="Caregiver", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="employee_id.company_id", store=True, index=True)
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
