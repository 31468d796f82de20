from odoo import fields, models


class ResPartner(models.Model):
    _inherit = "res.partner"

    meal_avoid_tag_ids = fields.Many2many(
        "postpartum.meal.tag",
        "res_partner_meal_avoid_tag_rel",
        "partner_id",
        "tag_id",
        string="Avoid in Meals",
        help="Allergens and other dish tags kept off the mother's meals: a planned dish "
        "carrying one of them is replaced by a suitable alternative.",
    )
