from odoo import fields, models

CHECKLIST_KINDS = [
    ("preparation", "Before Check-in"),
    ("checkout", "Check-out Items"),
]


class PostpartumChecklistTemplate(models.Model):
    """An item of a store's checklist: the room preparation before check-in
    (seed 4.5.1) or the items counted at check-out (物品清点)."""

    _name = "postpartum.checklist.template"
    _description = "Stay Checklist Item"
    _order = "kind, sequence, id"

    name = fields.Char(required=True, translate=True)
    kind = fields.Selection(CHECKLIST_KINDS, required=True, default="preparation")
    sequence = fields.Integer(default=10)
    company_id = fields.Many2one(
        "res.company", string="Store", help="Empty: every store.", index=True
    )
    active = fields.Boolean(default=True)
