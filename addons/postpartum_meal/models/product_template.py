from odoo import api, fields, models


class ProductTemplate(models.Model):
    """A dish (菜品) is a product: its tags (allergens, cuisine), the stages
    it suits, whether it suits a mother after a C-section, the dishes that
    can replace it and its recipe (ingredients per serving)."""

    _inherit = "product.template"

    is_dish = fields.Boolean(string="Is a Dish", index=True, tracking=True)
    dish_tag_ids = fields.Many2many(
        "postpartum.meal.tag",
        "product_template_meal_tag_rel",
        "product_tmpl_id",
        "tag_id",
        string="Dish Tags",
        help="Allergens, cuisine... A mother avoiding one of these tags gets an alternative.",
    )
    dish_stage_ids = fields.Many2many(
        "postpartum.meal.stage",
        "product_template_meal_stage_rel",
        "product_tmpl_id",
        "stage_id",
        string="Suitable Stages",
    )
    dish_c_section_ok = fields.Boolean(
        string="Suitable after C-Section",
        default=True,
        tracking=True,
        help="Uncheck for dishes a mother should not eat after a caesarean (剖腹产).",
    )
    dish_alternative_ids = fields.Many2many(
        "product.template",
        "product_template_dish_alternative_rel",
        "product_tmpl_id",
        "alternative_id",
        string="Alternative Dishes",
        domain="[('is_dish', '=', True), ('id', '!=', id)]",
        help="Dishes served instead, in this order, when this one does not suit the mother.",
    )
    ingredient_ids = fields.One2many(
        "postpartum.dish.ingredient", "product_tmpl_id", string="Ingredients", copy=True
    )

    @api.onchange("is_dish")
    def _onchange_is_dish(self):
        if self.is_dish:
            self.sale_ok = False
            self.purchase_ok = False

    def _dish_conflicts(self, avoid_tags, c_section):
        """Whether this dish does not suit a mother avoiding ``avoid_tags``
        (and recovering from a C-section when ``c_section``)."""
        self.ensure_one()
        return bool(self.dish_tag_ids & avoid_tags) or (c_section and not self.dish_c_section_ok)
