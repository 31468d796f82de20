from odoo import fields, models


class PostpartumCompetitor(models.Model):
    """Another postpartum center a family considers (竞品)."""

    _name = "postpartum.competitor"
    _description = "Competitor Center"
    _order = "name"

    name = fields.Char(required=True)
    district = fields.Char()
    price_level = fields.Char(help="For example: 40,000-60,000 for 28 days.")
    note = fields.Text()
    active = fields.Boolean(default=True)
