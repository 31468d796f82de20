from odoo import fields, models


class PostpartumCrmInterest(models.Model):
    """A service a family is interested in (recovery, lactation, baby swimming...)."""

    _name = "postpartum.crm.interest"
    _description = "Service of Interest"
    _order = "name"

    name = fields.Char(required=True, translate=True)
    color = fields.Integer()
