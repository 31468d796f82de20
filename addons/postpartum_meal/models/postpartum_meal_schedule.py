from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL, float_round

from .postpartum_meal_plan_line import MEAL_SEQUENCE, MEALS

SCHEDULE_STATES = [("draft", "Planned"), ("confirmed", "Confirmed"), ("consumed", "Consumed")]
# Fields that can still change once the ingredients of a line are consumed.
EDITABLE_WHEN_CONSUMED = {"note"}


class PostpartumMealSchedule(models.Model):
    """One dish served to a guest at a meal of a day of her stay (月子餐排餐).
    Generated from the stage plan at check-in, adjusted by the butler;
    the kitchen cooks the day's lines and consumes their ingredients."""

    _name = "postpartum.meal.schedule"
    _description = "Meal Schedule Line"
    _inherit = ["mail.thread"]
    _order = "date, meal_sequence, stay_id, sequence, id"
    _rec_name = "product_id"
    _check_company_auto = True

    stay_id = fields.Many2one(
        "postpartum.stay",
        string="Stay",
        required=True,
        index=True,
        ondelete="cascade",
        domain="[('state', '=', 'checked_in')]",
    )
    company_id = fields.Many2one(
        related="stay_id.company_id", store=True, index=True, string="Store", precompute=True
    )
    partner_id = fields.Many2one(
        related="stay_id.partner_id", store=True, index=True, string="Mother", precompute=True
    )
    room_id = fields.Many2one(related="stay_id.room_id", string="Room")
    date = fields.Date(required=True, index=True, tracking=True)
    meal = fields.Selection(MEALS, required=True, default="lunch", tracking=True)
    meal_sequence = fields.Integer(compute="_compute_meal_sequence", store=True, precompute=True)
    sequence = fields.Integer(default=10)
    stage_id = fields.Many2one("postpartum.meal.stage", string="Stage", readonly=True)
    product_id = fields.Many2one(
        "product.product",
        string="Dish",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        domain=[("is_dish", "=", True)],
        check_company=True,
    )
    portions = fields.Integer(default=1, required=True, tracking=True)
    substituted_from_id = fields.Many2one(
        "product.product",
        string="Replaces",
        readonly=True,
        ondelete="set null",
        help="The dish of the plan this one replaces because it did not suit the mother.",
        check_company=True,
    )
    has_conflict = fields.Boolean(
        string="Unsuitable",
        compute="_compute_has_conflict",
        help="The dish carries a tag the mother avoids, or does not suit her after a C-section.",
    )
    note = fields.Char(help="Special request for the kitchen, e.g. less salt, no ginger.")
    state = fields.Selection(
        SCHEDULE_STATES, default="draft", required=True, index=True, tracking=True
    )
    picking_id = fields.Many2one(
        "stock.picking", string="Consumption", readonly=True, copy=False, index="btree_not_null"
    )

    _sql_constraints = [
        ("portions_positive", "CHECK(portions > 0)", "A meal has at least one portion."),
    ]

    @api.depends("meal")
    def _compute_meal_sequence(self):
        for line in self:
            line.meal_sequence = MEAL_SEQUENCE.get(line.meal, 0)

    @api.depends(
        "product_id.dish_tag_ids",
        "product_id.dish_c_section_ok",
        "partner_id.meal_avoid_tag_ids",
        "partner_id.delivery_type",
    )
    def _compute_has_conflict(self):
        for line in self:
            mother = line.stay_id.partner_id
            line.has_conflict = bool(
                line.product_id
            ) and line.product_id.product_tmpl_id._dish_conflicts(
                mother.meal_avoid_tag_ids, mother.delivery_type == "c_section"
            )

    @api.onchange("product_id")
    def _onchange_product_id_warning(self):
        if self.product_id and self.has_conflict:
            mother = self.stay_id.partner_id
            return {
                "warning": {
                    "title": self.env._("Unsuitable dish"),
                    "message": self.env._(
                        "%(dish)s does not suit %(mother)s (avoids: %(tags)s; delivery: "
                        "%(delivery)s).",
                        dish=self.product_id.display_name,
                        mother=mother.display_name,
                        tags=", ".join(mother.meal_avoid_tag_ids.mapped("name")) or "-",
                        delivery=dict(
                            mother._fields["delivery_type"]._description_selection(self.env)
                        ).get(mother.delivery_type, "-"),
                    ),
                }
            }
        return None

    @api.constrains("date", "stay_id")
    def _check_date_in_stay(self):
        for line in self:
            stay = line.stay_id
            if (
                stay.date_start
                and stay.date_end
                and not (stay.date_start <= line.date <= stay.date_end)
            ):
                raise ValidationError(
                    self.env._(
                        "%(date)s is outside the stay %(stay)s (%(start)s to %(end)s).",
                        date=line.date,
                        stay=stay.display_name,
                        start=stay.date_start,
                        end=stay.date_end,
                    )
                )

    def write(self, vals):
        if set(vals) - EDITABLE_WHEN_CONSUMED - {"state", "picking_id"} and any(
            line.state == "consumed" for line in self
        ):
            raise UserError(
                self.env._(
                    "The ingredients of this meal are already consumed: it cannot change any "
                    "more, only its note."
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_consumed(self):
        if any(line.state == "consumed" for line in self):
            raise UserError(self.env._("A meal whose ingredients are consumed cannot be deleted."))

    def action_confirm(self):
        self.filtered(lambda line: line.state == "draft").write({"state": "confirmed"})
        return True

    def action_reset(self):
        self.filtered(lambda line: line.state == "confirmed").write({"state": "draft"})
        return True

    # ----------------------------------------------------------- kitchen stock
    def _ingredient_requirements(self):
        """{ingredient product: quantity} needed to cook the lines in ``self``:
        quantity per serving × portions, summed (one grouped query, then the
        recipes of the dishes in one prefetch)."""
        groups = self._read_group([("id", "in", self.ids)], ["product_id"], ["portions:sum"])
        requirements = {}
        for dish, portions in groups:
            for ingredient in dish.product_tmpl_id.ingredient_ids:
                product = ingredient.product_id
                requirements[product] = requirements.get(product, 0.0) + (
                    ingredient.quantity * portions
                )
        return {
            product: float_round(qty, precision_rounding=product.uom_id.rounding)
            for product, qty in requirements.items()
        }

    @api.model
    def _consume_ingredients(self, company, date):
        """Consume the ingredients of the meals of ``company`` on ``date`` from
        the kitchen location: one validated transfer to the store's production
        location, one move per ingredient; the lines become consumed."""
        date = fields.Date.to_date(date)
        lines = self.search([("company_id", "=", company.id), ("date", "=", date)])
        if lines:
            # two cooks clicking at once: the second waits, then sees the first
            self.env.cr.execute(
                SQL(
                    "SELECT id FROM postpartum_meal_schedule WHERE id = ANY(%s) FOR UPDATE",
                    lines.ids,
                )
            )
            lines.invalidate_recordset(["state", "picking_id"])
        consumed = lines.filtered(lambda line: line.state == "consumed")
        if consumed:
            raise UserError(
                self.env._(
                    "The ingredients of %(store)s for %(date)s are already consumed (%(picking)s): "
                    "correct the stock with an inventory adjustment if needed.",
                    store=company.name,
                    date=date,
                    picking=", ".join(consumed.picking_id.mapped("name")) or "-",
                )
            )
        if not lines:
            raise UserError(
                self.env._(
                    "No meal is scheduled at %(store)s on %(date)s.", store=company.name, date=date
                )
            )
        requirements = {p: q for p, q in lines._ingredient_requirements().items() if q > 0}
        if not requirements:
            raise UserError(
                self.env._(
                    "The dishes of %(store)s on %(date)s have no ingredients: enter their recipes "
                    "first.",
                    store=company.name,
                    date=date,
                )
            )
        picking = company._postpartum_kitchen_consume(date, requirements)
        lines.write({"state": "consumed", "picking_id": picking.id})
        return picking
