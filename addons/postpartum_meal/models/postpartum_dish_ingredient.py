from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PostpartumDishIngredient(models.Model):
    """One ingredient of a dish's recipe: a storable product and the quantity
    one serving uses, in the ingredient's unit of measure."""

    _name = "postpartum.dish.ingredient"
    _description = "Dish Ingredient"
    _order = "product_tmpl_id, sequence, id"

    product_tmpl_id = fields.Many2one(
        "product.template",
        string="Dish",
        required=True,
        index=True,
        ondelete="cascade",
        domain=[("is_dish", "=", True)],
    )
    sequence = fields.Integer(default=10)
    product_id = fields.Many2one(
        "product.product",
        string="Ingredient",
        required=True,
        index=True,
        ondelete="restrict",
        domain=[("is_storable", "=", True)],
    )
    quantity = fields.Float(
        string="Quantity per Serving",
        required=True,
        default=1.0,
        digits="Product Unit of Measure",
    )
    uom_id = fields.Many2one(related="product_id.uom_id", string="Unit")

    @api.constrains("quantity", "product_id", "product_tmpl_id")
    def _check_quantity(self):
        for line in self:
            if line.quantity <= 0:
                raise ValidationError(
                    self.env._(
                        "The quantity of %(ingredient)s in %(dish)s must be positive "
                        "(%(quantity)s given).",
                        ingredient=line.product_id.display_name,
                        dish=line.product_tmpl_id.display_name,
                        quantity=line.quantity,
                    )
                )
            if line.product_id.product_tmpl_id == line.product_tmpl_id:
                raise ValidationError(
                    self.env._(
                        "%(dish)s cannot be an ingredient of itself.",
                        dish=line.product_tmpl_id.display_name,
                    )
                )
