from odoo import api, fields, models
from odoo.tools import float_round, format_date


class ReportProductionSheet(models.AbstractModel):
    """Values of the kitchen production sheet: one sheet per store and day,
    with the portions of each dish per meal, their ingredients, the day's
    ingredient totals against the kitchen stock, and the special orders."""

    _name = "report.postpartum_meal.report_production_sheet"
    _description = "Kitchen Production Sheet"

    @api.model
    def _get_report_values(self, docids, data=None):
        data = data or {}
        if data.get("company_id") and data.get("date"):
            pairs = [
                (
                    self.env["res.company"].browse(data["company_id"]),
                    fields.Date.to_date(data["date"]),
                )
            ]
        else:
            rows = self.env["postpartum.meal.production"].browse(docids)
            pairs = sorted(
                {(row.company_id, row.date) for row in rows},
                key=lambda pair: (pair[1], pair[0].id),
            )
        return {
            "doc_ids": docids,
            "doc_model": "postpartum.meal.production",
            "docs": [self._sheet(company, date) for company, date in pairs],
        }

    @api.model
    def _sheet(self, company, date):
        Schedule = self.env["postpartum.meal.schedule"]
        meal_labels = dict(Schedule._fields["meal"]._description_selection(self.env))
        domain = [("company_id", "=", company.id), ("date", "=", date)]
        groups = Schedule._read_group(
            domain,
            ["meal_sequence", "meal", "product_id"],
            ["portions:sum", "stay_id:count_distinct"],
            order="meal_sequence, product_id",
        )
        dishes = Schedule.env["product.product"].union(*(dish for _s, _m, dish, _p, _c in groups))
        dishes.product_tmpl_id.ingredient_ids.product_id.uom_id.mapped("name")  # prefetch
        meals, totals = [], {}
        for _sequence, meal, dish, portions, stay_count in groups:
            if not meals or meals[-1]["meal"] != meal:
                meals.append(
                    {"meal": meal, "label": meal_labels[meal], "dishes": [], "portions": 0}
                )
            ingredients = []
            for ingredient in dish.product_tmpl_id.ingredient_ids:
                product = ingredient.product_id
                quantity = float_round(
                    ingredient.quantity * portions, precision_rounding=product.uom_id.rounding
                )
                ingredients.append(
                    {"product": product, "quantity": quantity, "uom": product.uom_id}
                )
                totals[product] = totals.get(product, 0.0) + ingredient.quantity * portions
            meals[-1]["dishes"].append(
                {
                    "dish": dish,
                    "portions": portions,
                    "stays": stay_count,
                    "ingredients": ingredients,
                }
            )
            meals[-1]["portions"] += portions
        kitchen = company.kitchen_location_id
        products = Schedule.env["product.product"].union(*totals)
        on_hand = {}
        if kitchen and products:
            for product in products.with_context(location=kitchen.id):
                on_hand[product] = product.qty_available
        ingredient_totals = [
            {
                "product": product,
                "quantity": float_round(quantity, precision_rounding=product.uom_id.rounding),
                "uom": product.uom_id,
                "on_hand": on_hand.get(product),
                "short": product in on_hand and on_hand[product] < quantity,
            }
            for product, quantity in sorted(totals.items(), key=lambda i: i[0].display_name)
        ]
        special = Schedule.search(
            [*domain, "|", ("note", "!=", False), ("substituted_from_id", "!=", False)]
        )
        return {
            "company": company,
            "date": date,
            "delivery": self._delivery(Schedule.search(domain), meal_labels),
            "date_label": format_date(self.env, date),
            "meals": meals,
            "ingredient_totals": ingredient_totals,
            "special": [
                {
                    "room": line.room_id.name or "",
                    "mother": line.partner_id.name,
                    "meal": meal_labels[line.meal],
                    "dish": line.product_id.display_name,
                    "replaces": line.substituted_from_id.display_name or "",
                    "note": line.note or "",
                }
                for line in special
            ],
            "kitchen": kitchen,
        }

    @api.model
    def _delivery(self, lines, meal_labels):
        """The delivery list (送餐清单): for each meal in the day's order, each
        room in order with its mother, her dishes and portions, and her notes."""
        lines = lines.sorted(
            lambda line: (
                line.meal_sequence,
                line.room_id.name or "",
                line.partner_id.name or "",
                line.sequence,
                line.id,
            )
        )
        delivery = []
        for line in lines:
            if not delivery or delivery[-1]["meal"] != line.meal:
                delivery.append({"meal": line.meal, "label": meal_labels[line.meal], "rooms": []})
            rooms = delivery[-1]["rooms"]
            if not rooms or rooms[-1]["stay"] != line.stay_id:
                rooms.append(
                    {
                        "stay": line.stay_id,
                        "room": line.room_id.name or "",
                        "mother": line.partner_id.name or "",
                        "dishes": [],
                        "notes": [],
                    }
                )
            rooms[-1]["dishes"].append({"dish": line.product_id, "portions": line.portions})
            if line.note:
                rooms[-1]["notes"].append(line.note)
        return delivery
