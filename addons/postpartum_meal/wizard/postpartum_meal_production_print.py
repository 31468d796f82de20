from odoo import fields, models


class PostpartumMealProductionPrint(models.TransientModel):
    """Print the kitchen production sheet of a store for a day."""

    _name = "postpartum.meal.production.print"
    _description = "Print Kitchen Production Sheet"

    date = fields.Date(required=True, default=fields.Date.context_today)
    company_id = fields.Many2one(
        "res.company",
        string="Store",
        required=True,
        default=lambda self: self.env.company,
        domain=lambda self: [("id", "in", self.env.companies.ids)],
    )

    def action_print(self):
        self.ensure_one()
        return self.env.ref("postpartum_meal.action_report_production_sheet").report_action(
            None,
            data={"company_id": self.company_id.id, "date": fields.Date.to_string(self.date)},
        )

    def action_view(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "postpartum_meal.action_meal_production"
        )
        action["domain"] = [("company_id", "=", self.company_id.id), ("date", "=", self.date)]
        action["context"] = {}
        return action
