from odoo import fields, models

TAG_KINDS = [("allergen", "Allergen"), ("cuisine", "Cuisine"), ("other", "Other")]


class PostpartumMealTag(models.Model):
    """A tag of dishes (菜品标签): an allergen (海鲜, 花生...), a cuisine
    (粤菜, 川菜...) or anything else the kitchen sorts dishes by. A mother's
    "Avoid in Meals" tags keep the dishes carrying them off her menu."""

    _name = "postpartum.meal.tag"
    _description = "Meal Tag"
    _order = "kind, name"

    name = fields.Char(required=True, translate=True)
    kind = fields.Selection(TAG_KINDS, required=True, default="other")
    color = fields.Integer()
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("name_kind_uniq", "UNIQUE(name, kind)", "A tag of this name and kind already exists."),
    ]
