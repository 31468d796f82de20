from odoo import fields, models, tools

from .postpartum_meal_plan_line import MEALS


class PostpartumMealProduction(models.Model):
    """The kitchen's production sheet (厨房生产单): the portions of each dish
    to cook per store, day and meal, over all the stays' meal schedules."""

    _name = "postpartum.meal.production"
    _description = "Kitchen Production"
    _auto = False
    _order = "date desc, meal_sequence, product_id"
    _rec_name = "product_id"
    _depends = {
        "postpartum.meal.schedule": [
            "company_id",
            "date",
            "meal",
            "meal_sequence",
            "product_id",
            "portions",
            "stay_id",
            "state",
        ],
    }

    company_id = fields.Many2one("res.company", string="Store", readonly=True)
    date = fields.Date(readonly=True)
    # grouped by meal, the sheet lists breakfast, lunch, dinner, snack (not
    # the alphabetical order of the keys)
    meal = fields.Selection(MEALS, readonly=True, group_expand="_group_expand_meal")
    meal_sequence = fields.Integer(readonly=True, aggregator=None)
    product_id = fields.Many2one("product.product", string="Dish", readonly=True)
    portions = fields.Integer(readonly=True)
    stay_count = fields.Integer(string="Guests", readonly=True)
    consumed = fields.Boolean(string="Ingredients Consumed", readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE OR REPLACE VIEW {self._table} AS (
                SELECT min(s.id) AS id,
                       s.company_id,
                       s.date,
                       s.meal,
                       s.meal_sequence,
                       s.product_id,
                       sum(s.portions) AS portions,
                       count(DISTINCT s.stay_id) AS stay_count,
                       bool_and(s.state = 'consumed') AS consumed
                  FROM postpartum_meal_schedule s
              GROUP BY s.company_id, s.date, s.meal, s.meal_sequence, s.product_id
            )"""
        )

    def _group_expand_meal(self, meals, domain):
        return [meal for meal, _label in MEALS if meal in meals]

    def action_open_print_wizard(self):
        """From the list: print the sheet of the selected rows' day and store
        (today's sheet of the current store when nothing is selected)."""
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "postpartum_meal.action_meal_production_print"
        )
        action["context"] = {"default_company_id": self.env.company.id}
        if self:
            action["context"] = {
                "default_company_id": self[0].company_id.id,
                "default_date": fields.Date.to_string(self[0].date),
            }
        return action
