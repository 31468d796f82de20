from odoo import fields, models


class PostpartumStayService(models.TransientModel):
    """Sell a service during the stay (二次销售) or extend it (续住)."""

    _name = "postpartum.stay.service"
    _description = "Sell a Service to a Guest"

    stay_id = fields.Many2one("postpartum.stay", required=True)
    mode = fields.Selection(
        [("service", "Extra Service"), ("extend", "Extend the Stay")],
        required=True,
        default="service",
    )
    product_id = fields.Many2one(
        "product.product", string="Service", domain=lambda self: self._product_domain()
    )
    quantity = fields.Float(default=1.0)
    days = fields.Integer(default=1)

    def _product_domain(self):
        """The center's services (its product category), not the packages nor
        other products of the database (Odoo's demo products...)."""
        category = self.env.ref("postpartum_stay.product_category_stay", raise_if_not_found=False)
        return [
            ("sale_ok", "=", True),
            ("type", "=", "service"),
            ("is_stay_package", "=", False),
            ("categ_id", "child_of", category.ids),
        ]

    def action_confirm(self):
        self.ensure_one()
        if self.mode == "extend":
            self.stay_id.action_extend(self.days)
        else:
            self.stay_id._add_service(self.product_id, self.quantity)
        return {"type": "ir.actions.act_window_close"}
