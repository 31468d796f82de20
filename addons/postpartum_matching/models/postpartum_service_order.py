import math
from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.postpartum_base.models.postpartum_period_mixin import PostpartumPeriodMixin
from odoo.addons.postpartum_base.tools import reader_env
from odoo.exceptions import UserError, ValidationError

# A caregiver's monthly pay standard is for a 26-day service (一单 26 天).
PAY_DAYS_PER_MONTH = 26
ORDER_STATES = [
    ("draft", "Draft"),
    ("confirmed", "Confirmed"),
    ("in_service", "In Service"),
    ("done", "Done"),
    ("replaced", "Replaced"),
    ("cancelled", "Cancelled"),
]
BLOCKING_STATES = ("confirmed", "in_service", "done", "replaced")
ORDER_ROLES = ("postpartum_base.group_front_desk", "postpartum_base.group_caregiver_manager")


class PostpartumServiceOrder(models.Model):
    """A home-service order (上户 / 服务单): books a caregiver for a period."""

    _name = "postpartum.service.order"
    _description = "Home-Service Order"
    _inherit = [
        "postpartum.period.mixin",
        "postpartum.workflow.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "date_start desc, id desc"
    # a store's order books the store's caregiver for the store's mother
    _check_company_auto = True
    _period_overlap_keys = ("employee_id",)
    _workflow_transitions = {
        ("draft", "confirmed"): ORDER_ROLES,
        ("confirmed", "in_service"): ORDER_ROLES,
        ("in_service", "done"): ORDER_ROLES,
        ("confirmed", "replaced"): ORDER_ROLES,
        ("in_service", "replaced"): ORDER_ROLES,
        ("draft", "cancelled"): ORDER_ROLES,
        ("confirmed", "cancelled"): ORDER_ROLES,
    }
    # the caregiver, the period and the price are those confirmed (and sold)
    _workflow_locked = {
        "employee_id": ("draft",),
        "request_id": ("draft",),
        "customer_id": ("draft",),
        "company_id": ("draft",),
        "date_start": ("draft",),
        "date_end": ("draft",),
        "level_id": (),
        "daily_rate": (),
        "sale_order_id": (),
        "sale_line_id": (),
        "previous_order_id": ("draft",),
        "replace_reason": (),
        "rating_id": (),
    }

    name = fields.Char(default="/", copy=False, readonly=True)
    request_id = fields.Many2one(
        "postpartum.care.request", index=True, tracking=True, check_company=True
    )
    customer_id = fields.Many2one(
        "res.partner",
        string="Mother",
        compute="_compute_from_request",
        store=True,
        readonly=False,
        required=True,
        precompute=True,
        check_company=True,
    )
    company_id = fields.Many2one(
        "res.company",
        compute="_compute_from_request",
        store=True,
        readonly=False,
        required=True,
        precompute=True,
        index=True,
    )
    employee_id = fields.Many2one(
        "hr.employee",
        string="Caregiver",
        required=True,
        index=True,
        tracking=True,
        domain=[("is_caregiver", "=", True)],
        check_company=True,
    )
    state = fields.Selection(ORDER_STATES, default="draft", required=True, tracking=True)
    blocks_calendar = fields.Boolean(compute="_compute_blocks_calendar", store=True)
    level_id = fields.Many2one(
        "postpartum.caregiver.level", readonly=True, string="Level", check_company=True
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    daily_rate = fields.Monetary(readonly=True, tracking=True)
    amount = fields.Monetary(compute="_compute_amounts", store=True, string="Price")
    pay_amount = fields.Monetary(
        compute="_compute_amounts",
        store=True,
        string="Caregiver Pay",
        help="The level's monthly pay standard, prorated over 26 days of service.",
    )
    sale_order_id = fields.Many2one("sale.order", readonly=True, copy=False, index=True)
    sale_line_id = fields.Many2one("sale.order.line", readonly=True, copy=False)
    followup_ids = fields.One2many("postpartum.service.followup", "order_id")
    previous_order_id = fields.Many2one(
        "postpartum.service.order", string="Replaces", readonly=True, index=True, check_company=True
    )
    replace_reason = fields.Text(string="Replacement Reason", readonly=True, tracking=True)
    rating_id = fields.Many2one("postpartum.caregiver.rating", readonly=True, copy=False)

    _sql_constraints = [
        (
            "caregiver_no_double_booking",
            PostpartumPeriodMixin._period_exclusion_sql("employee_id", where="blocks_calendar"),
            "This caregiver is already booked for part of this period.",
        ),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("postpartum.service.order") or "/"
                )
        return super().create(vals_list)

    @api.depends("request_id")
    def _compute_from_request(self):
        for order in self:
            if order.request_id:
                order.customer_id = order.request_id.customer_id
                order.company_id = order.request_id.company_id
            elif not order.company_id:
                order.company_id = self.env.company

    @api.depends("state")
    def _compute_blocks_calendar(self):
        for order in self:
            order.blocks_calendar = order.state in BLOCKING_STATES

    @api.depends("daily_rate", "date_start", "date_end", "level_id.pay_standard")
    def _compute_amounts(self):
        for order in self:
            days = order.duration_days
            order.amount = order.daily_rate * days
            order.pay_amount = order.level_id.pay_standard * days / PAY_DAYS_PER_MONTH

    def _workflow_state_error(self, record, new_state):
        messages = {
            "confirmed": self.env._("Only a draft order can be confirmed."),
            "in_service": self.env._("Only a confirmed order can start."),
            "done": self.env._("Only an order in service can be completed."),
            "cancelled": self.env._("An order that has started cannot be cancelled."),
            "replaced": self.env._("Only a confirmed order or one in service can be replaced."),
        }
        return messages.get(new_state) or super()._workflow_state_error(record, new_state)

    def _period_overlap_domain(self):
        return [("blocks_calendar", "=", True)]

    def _period_overlap_message(self, conflict):
        return self.env._(
            "%(caregiver)s is already booked from %(start)s to %(end)s (%(order)s for %(mother)s): "
            "a caregiver cannot serve two families at once.",
            caregiver=conflict.employee_id.name,
            start=conflict.date_start,
            end=conflict.date_end,
            order=conflict.name,
            mother=conflict.customer_id.name,
        )

    @api.depends("name", "employee_id")
    def _compute_display_name(self):
        for order in self:
            order.display_name = f"{order.name} {order.employee_id.name or ''}".strip()

    # ------------------------------------------------------------------ flow
    def action_confirm(self):
        self._workflow_check("confirmed")
        for order in self._workflow_flow():
            problems = order.employee_id._assignment_problems(order.date_start, order.date_end)
            if problems:
                raise UserError(
                    self.env._(
                        "%(name)s cannot be booked: %(problems)s.",
                        name=order.employee_id.name,
                        problems=", ".join(problems),
                    )
                )
            level = order.employee_id.caregiver_level_id
            order.write(
                {"level_id": level.id, "daily_rate": level.daily_rate, "state": "confirmed"}
            )
            order._add_sale_line()
            if order.request_id:
                order.request_id.state = "confirmed"

    def _root_order(self):
        order = self
        while order.previous_order_id:
            order = order.previous_order_id
        return order

    def _add_sale_line(self):
        """Price through a sale order, so the accountant invoices it (down payment,
        balance). A replacement adds its line to the first order's sale order."""
        self.ensure_one()
        product = self.env.ref("postpartum_matching.product_home_service")
        sale_order = self.previous_order_id and self._root_order().sale_order_id
        SaleOrder = self.env["sale.order"].sudo().with_company(self.company_id)
        if not sale_order:
            sale_order = SaleOrder.create(
                {
                    "partner_id": self.customer_id.id,
                    "company_id": self.company_id.id,
                    "origin": self.name,
                }
            )
        env = reader_env(self.env, company=self.company_id)
        line = (
            self.env["sale.order.line"]
            .sudo()
            .create(
                {
                    "order_id": sale_order.id,
                    "product_id": product.id,
                    "name": env._(
                        "%(order)s: home caregiver %(caregiver)s (%(level)s), %(start)s to %(end)s",
                        order=self.name,
                        caregiver=self.employee_id.name,
                        level=self.level_id.with_env(env).name,
                        start=self.date_start,
                        end=self.date_end,
                    ),
                    "product_uom_qty": self.duration_days,
                    "price_unit": self.daily_rate,
                    "tax_id": [fields.Command.clear()],
                }
            )
        )
        self.write({"sale_order_id": sale_order.id, "sale_line_id": line.id})

    def action_start(self):
        """The caregiver arrives: weekly follow-up calls with the family and with
        her are planned as activities for the whole service."""
        self._workflow_check("in_service")
        for order in self._workflow_flow():
            order.state = "in_service"
            if order.request_id:
                order.request_id.state = "in_service"
            order._plan_followups()

    def _plan_followups(self):
        self.ensure_one()
        Followup = self.env["postpartum.service.followup"]
        weeks = math.ceil(self.duration_days / 7)
        user = self.request_id.user_id or self.env.user
        env = reader_env(self.env, user=user, company=self.company_id)
        labels = dict(Followup._fields["party"]._description_selection(env))
        for week in range(1, weeks + 1):
            day = min(self.date_start + timedelta(days=7 * week - 1), self.date_end)
            for party in ("customer", "caregiver"):
                activity = self.activity_schedule(
                    "mail.mail_activity_data_call",
                    date_deadline=day,
                    summary=env._(
                        "Week %(week)s follow-up call: %(party)s", week=week, party=labels[party]
                    ),
                    user_id=user.id,
                )
                Followup.create(
                    {"order_id": self.id, "party": party, "date": day, "activity_id": activity.id}
                )

    def action_open_done(self):
        """完成: ended before its planned end, the service asks its last day."""
        self.ensure_one()
        self._workflow_check("done")
        if fields.Date.context_today(self) >= self.date_end:
            return self.action_done()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Complete the Service"),
            "res_model": "postpartum.order.done.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_order_id": self.id},
        }

    def action_done(self, last_day=None, reason=None):
        """The service is over, on its planned end or on ``last_day`` before it
        (the days not served are no longer sold); its open follow-up calls are
        closed, and the customer's rating is asked."""
        self._workflow_check("done")
        last_day = fields.Date.to_date(last_day)
        for order in self._workflow_flow():
            if last_day and last_day < order.date_end:
                order._end_early(last_day, reason)
            order.state = "done"
            if order.request_id:
                order.request_id.state = "done"
            calls = order.followup_ids.filtered(lambda f: not f.done)
            calls.activity_id.unlink()
            calls.unlink()
        return self.action_open_rating()

    def _end_early(self, last_day, reason):
        self.ensure_one()
        if last_day < self.date_start:
            raise ValidationError(
                self.env._(
                    "%(order)s started on %(start)s: its last day cannot be before.",
                    order=self.display_name,
                    start=self.date_start,
                )
            )
        planned = self.date_end
        self.date_end = last_day
        # price and quantity together, or the sale line recomputes its price
        self.sale_line_id.sudo().write(
            {"product_uom_qty": self.duration_days, "price_unit": self.daily_rate}
        )
        self.message_post(
            body=reader_env(self.env, company=self.company_id)._(
                "Completed on %(last)s, %(days)s days before the planned end (%(planned)s): "
                "%(reason)s",
                last=last_day,
                days=(planned - last_day).days,
                planned=planned,
                reason=reason or "-",
            )
        )

    def action_cancel(self):
        self._workflow_check("cancelled")
        self._workflow_flow().write({"state": "cancelled"})
        for order in self.filtered("sale_line_id"):
            order.sale_line_id.sudo().write({"product_uom_qty": 0, "price_unit": order.daily_rate})

    def action_open_rating(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Customer Rating"),
            "res_model": "postpartum.order.rate.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_order_id": self.id},
        }

    def action_open_replace(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Replace the Caregiver"),
            "res_model": "postpartum.order.replace.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_order_id": self.id},
        }

    def _replace(self, last_day, reason):
        """End this order after ``last_day`` and open a new request, for the rest
        of the period, that never proposes this caregiver again."""
        self.ensure_one()
        self._workflow_check("replaced")
        return self._workflow_flow()._replace_step(last_day, reason)

    def _replace_step(self, last_day, reason):
        if not self.date_start <= last_day < self.date_end:
            raise ValidationError(
                self.env._(
                    "The last day of %(name)s must fall within the order, before its end.",
                    name=self.employee_id.name,
                )
            )
        old_end = self.date_end
        self.write({"date_end": last_day, "state": "replaced", "replace_reason": reason})
        # price and quantity together, or the sale line recomputes its price
        self.sale_line_id.sudo().write(
            {"product_uom_qty": self.duration_days, "price_unit": self.daily_rate}
        )
        open_followups = self.followup_ids.filtered(lambda f: not f.done and f.date > last_day)
        open_followups.activity_id.unlink()
        open_followups.unlink()
        request = self.request_id
        new_request = request.copy(
            {
                "date_start": last_day + timedelta(days=1),
                "date_end": old_end,
                "service_length": "custom",
                "parent_request_id": request.id,
                "excluded_employee_ids": [
                    fields.Command.set((request.excluded_employee_ids | self.employee_id).ids)
                ],
                "state": "matching",
            }
        )
        new_request.action_match()
        request.message_post(
            body=reader_env(self.env, company=request.company_id)._(
                "%(name)s replaced after %(day)s: %(reason)s. The rest of the period is "
                "matched in %(request)s.",
                name=self.employee_id.name,
                day=last_day,
                reason=reason,
                request=new_request.name,
            )
        )
        return new_request
