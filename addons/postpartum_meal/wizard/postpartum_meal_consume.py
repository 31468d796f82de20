from markupsafe import Markup

from odoo import api, fields, models


class PostpartumMealConsume(models.TransientModel):
    """Consume the ingredients of a store's meals of a day from the kitchen
    stock (领料): one validated transfer, one move per ingredient."""

    _name = "postpartum.meal.consume"
    _description = "Consume Meal Ingredients"

    date = fields.Date(required=True, default=fields.Date.context_today)
    company_id = fields.Many2one(
        "res.company",
        string="Store",
        required=True,
        default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.companies.ids)],
    )
    line_count = fields.Integer(string="Dishes to Cook", compute="_compute_preview")
    preview = fields.Html(string="Ingredients", compute="_compute_preview", sanitize=False)
    consumed_picking_ids = fields.Many2many(
        "stock.picking", string="Already Consumed", compute="_compute_preview"
    )

    @api.depends("date", "company_id")
    def _compute_preview(self):
        Schedule = self.env["postpartum.meal.schedule"]
        for wizard in self:
            lines = (
                Schedule.search(
                    [("company_id", "=", wizard.company_id.id), ("date", "=", wizard.date)]
                )
                if wizard.company_id and wizard.date
                else Schedule
            )
            wizard.consumed_picking_ids = lines.picking_id
            lines = lines.filtered(lambda line: line.state != "consumed")
            wizard.line_count = len(lines)
            requirements = lines._ingredient_requirements() if lines else {}
            rows = Markup("").join(
                Markup("<tr><td>%s</td><td class='text-end'>%s</td><td>%s</td></tr>")
                % (product.display_name, "%g" % quantity, product.uom_id.name)
                for product, quantity in sorted(
                    requirements.items(), key=lambda item: item[0].display_name
                )
            )
            wizard.preview = (
                Markup("<table class='table table-sm'><tbody>%s</tbody></table>") % rows
                if rows
                else False
            )

    def action_consume(self):
        self.ensure_one()
        picking = self.env["postpartum.meal.schedule"]._consume_ingredients(
            self.company_id, self.date
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "stock.picking",
            "res_id": picking.id,
            "view_mode": "form",
        }
