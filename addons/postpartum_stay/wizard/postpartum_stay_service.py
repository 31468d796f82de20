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
        "product.product", string="Service", domain="[('sale_ok', '=', True)]"
    )
    quantity = fields.Float(default=1.0)
    days = fields.Integer(default=1)

    def action_confirm(self):
        self.ensure_one()
        if self.mode == "extend":
            self.stay_id.action_extend(self.days)
        else:
            self.stay_id._add_service(self.product_id, self.quantity)
        return {"type": "ir.actions.act_window_close"}
