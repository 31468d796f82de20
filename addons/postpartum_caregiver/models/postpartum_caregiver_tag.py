from odoo import fields, models


class PostpartumCaregiverTag(models.Model):
    """Languages and dialects a caregiver speaks, regional cuisines she cooks."""

    _name = "postpartum.caregiver.tag"
    _description = "Caregiver Language or Cuisine"
    _order = "kind, sequence, name"

    name = fields.Char(required=True, translate=True)
    kind = fields.Selection(
        [("language", "Language / Dialect"), ("cuisine", "Regional Cuisine")],
        required=True,
        default="language",
    )
    sequence = fields.Integer(default=10)
    color = fields.Integer()
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_kind_uniq", "UNIQUE(name, kind)", "This language or cuisine already exists."),
    ]
