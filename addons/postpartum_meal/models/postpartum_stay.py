from datetime import timedelta

from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import reader_env


class PostpartumStay(models.Model):
    _inherit = "postpartum.stay"

    meal_plan_id = fields.Many2one(
        "postpartum.meal.plan",
        string="Meal Plan",
        tracking=True,
        domain="['|', ('company_id', '=', False), ('company_id', '=', company_id)]",
        help="Leave empty to follow the store's plan (or the shared plan).",
        check_company=True,
    )
    meal_schedule_ids = fields.One2many("postpartum.meal.schedule", "stay_id", string="Meals")
    meal_schedule_count = fields.Integer(
        compute="_compute_meal_schedule_count", string="Meal Count"
    )

    @api.depends("meal_schedule_ids")
    def _compute_meal_schedule_count(self):
        counts = dict(
            self.env["postpartum.meal.schedule"]._read_group(
                [("stay_id", "in", self.ids)], ["stay_id"], ["__count"]
            )
        )
        for stay in self:
            stay.meal_schedule_count = counts.get(stay, 0)

    # ------------------------------------------------------------------- flows
    def action_check_in(self, *args, **kwargs):
        result = super().action_check_in(*args, **kwargs)
        self.filtered(lambda s: s.state == "checked_in")._generate_meal_schedule()
        return result

    def action_extend(self, *args, **kwargs):
        result = super().action_extend(*args, **kwargs)
        self.filtered(lambda s: s.state == "checked_in")._generate_meal_schedule(replace=False)
        return result

    def action_check_out(self, *args, **kwargs):
        result = super().action_check_out(*args, **kwargs)
        # the guest has left: the meals after her last day are not cooked
        today = fields.Date.context_today(self)
        left = self.filtered(lambda s: s.state == "checked_out")
        lines = (
            self.env["postpartum.meal.schedule"]
            .sudo()
            .search([("stay_id", "in", left.ids), ("state", "!=", "consumed")])
        )
        lines.filtered(lambda li: li.date > min(li.stay_id.date_end or today, today)).unlink()
        return result

    def action_generate_meal_schedule(self):
        self._workflow_require("checked_in")
        self._generate_meal_schedule()
        return True

    def action_view_meal_schedule(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "postpartum_meal.action_meal_schedule"
        )
        action["domain"] = [("stay_id", "=", self.id)]
        action["context"] = {
            "default_stay_id": self.id,
            "search_default_group_date": 1,
        }
        return action

    # -------------------------------------------------------------- generation
    @api.model
    def _generate_missing_meal_schedules(self):
        """Plan the meals of the guests in house that have none from today on
        (e.g. when this module is installed while guests are in house)."""
        today = fields.Date.context_today(self)
        stays = self.search([("state", "=", "checked_in"), ("date_end", ">=", today)])
        planned = {
            stay
            for [stay] in self.env["postpartum.meal.schedule"]._read_group(
                [("stay_id", "in", stays.ids), ("date", ">=", today)], ["stay_id"]
            )
        }
        stays.filtered(lambda s: s not in planned)._generate_meal_schedule(replace=False)
        return True

    def _meal_plan(self, plans):
        """The plan of this stay among ``plans``: its own, else its store's,
        else a shared one."""
        self.ensure_one()
        if self.meal_plan_id:
            return self.meal_plan_id
        own = plans.filtered(lambda p: p.company_id == self.company_id)
        return (own or plans.filtered(lambda p: not p.company_id))[:1]

    def _generate_meal_schedule(self, replace=True):
        """Plan the meals of the checked-in stays in ``self`` from today (or
        check-in) to check-out, from their stage plan: a planned dish the
        mother should avoid (tag in her "Avoid in Meals", or unsuitable after
        her C-section) is replaced by its first suitable alternative, else by
        another dish of the same stage and meal; with none, it is skipped and
        a note is posted on the stay.

        With ``replace``, the unconsumed lines from that day on are replaced
        (days with consumed lines are kept); otherwise only the days without
        any line are planned. Returns the created lines."""
        Schedule = self.env["postpartum.meal.schedule"]
        stays = self.filtered(lambda s: s.state == "checked_in" and s.date_start and s.date_end)
        if not stays:
            return Schedule
        stays.check_access("write")
        Schedule = Schedule.sudo().with_context(tracking_disable=True, mail_create_nolog=True)
        today = fields.Date.context_today(self)
        stages = self.env["postpartum.meal.stage"].search([("active", "=", True)])
        plans = (
            self.env["postpartum.meal.plan"]
            .sudo()
            .search([("company_id", "in", [False, *stays.company_id.ids])])
            | stays.meal_plan_id.sudo()
        )
        slots, cycles = plans._lines_by_slot()
        slot_dishes = {}  # (plan, stage, meal): the dishes planned on any day, in order
        for (slot_plan, slot_stage, _day, slot_meal), lines in slots.items():
            slot_dishes.setdefault((slot_plan, slot_stage, slot_meal), []).extend(
                line.product_id for line in lines
            )
        # prefetch the dishes' tags, alternatives and suitability at once
        dishes = plans.line_ids.product_id.product_tmpl_id
        (dishes | dishes.dish_alternative_ids).mapped("dish_tag_ids")
        stays.partner_id.mapped("meal_avoid_tag_ids")

        first_day = min(max(stay.date_start, today) for stay in stays)
        existing = Schedule.search([("stay_id", "in", stays.ids), ("date", ">=", first_day)])
        existing = existing.filtered(lambda li: li.date >= max(li.stay_id.date_start, today))
        # days left as they are: with a consumed line, or any line when not replacing
        kept_days = {
            (line.stay_id.id, line.date)
            for line in existing
            if line.state == "consumed" or not replace
        }
        existing.filtered(lambda li: (li.stay_id.id, li.date) not in kept_days).unlink()

        vals_list = []
        for stay in stays:
            plan = stay._meal_plan(plans)
            mother = stay.partner_id
            avoid, c_section = mother.meal_avoid_tag_ids, mother.delivery_type == "c_section"
            skipped = []
            day = max(stay.date_start, today)
            while day <= stay.date_end:
                if (stay.id, day) in kept_days or not plan:
                    day += timedelta(days=1)
                    continue
                number = (day - stay.date_start).days + 1
                stage = stages._stage_of_day(number)
                cycle = cycles.get((plan, stage))
                if stage and cycle:
                    index = (number - stage.day_from) % cycle + 1
                    for meal, _label in Schedule._fields["meal"].selection:
                        planned = slots.get((plan, stage, index, meal), [])
                        served = {plan_line.product_id for plan_line in planned}
                        for plan_line in planned:
                            dish = plan_line.product_id
                            substitute = dish
                            if dish.product_tmpl_id._dish_conflicts(avoid, c_section):
                                substitute = self._meal_substitute(
                                    dish,
                                    slot_dishes.get((plan, stage, meal), []),
                                    avoid,
                                    c_section,
                                    served,
                                )
                            if not substitute:
                                skipped.append((day, meal, dish))
                                continue
                            served.add(substitute)
                            vals_list.append(
                                {
                                    "stay_id": stay.id,
                                    "date": day,
                                    "meal": meal,
                                    "sequence": plan_line.sequence,
                                    "stage_id": stage.id,
                                    "product_id": substitute.id,
                                    "substituted_from_id": (
                                        dish.id if substitute != dish else False
                                    ),
                                    "portions": 1,
                                }
                            )
                day += timedelta(days=1)
            if skipped:
                stay._post_skipped_dishes(skipped)
        return Schedule.create(vals_list)

    @api.model
    def _meal_substitute(self, dish, same_slot, avoid, c_section, served):
        """The first dish suiting the mother among the alternatives of
        ``dish``, then ``same_slot`` (the plan's dishes for this stage and
        meal on any day), that is not ``served`` at this meal already."""
        candidates = [
            *dish.product_tmpl_id.dish_alternative_ids.product_variant_id,
            *same_slot,
        ]
        for candidate in candidates:
            if candidate not in served and not candidate.product_tmpl_id._dish_conflicts(
                avoid, c_section
            ):
                return candidate
        return dish.browse()

    def _post_skipped_dishes(self, skipped):
        self.ensure_one()
        env = reader_env(self.env, company=self.company_id)
        meals = dict(env["postpartum.meal.schedule"]._fields["meal"]._description_selection(env))
        items = Markup("").join(
            Markup("<li>%s %s: %s</li>") % (day, meals[meal], dish.with_env(env).display_name)
            for day, meal, dish in skipped
        )
        self.message_post(
            body=escape(
                env._(
                    "No suitable alternative for %(mother)s: these planned dishes are left out "
                    "of her meals, adjust them by hand if needed.",
                    mother=self.partner_id.name,
                )
            )
            + Markup("<ul>%s</ul>") % items
        )
