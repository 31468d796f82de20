from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.addons.postpartum_base.tools import (
    check_create_field_access,
    reader_env,
    store_users_domain,
    user_has_role,
)
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tools import format_amount

STAY_STATES = [
    ("draft", "Draft"),
    ("reserved", "Reserved"),
    ("checked_in", "In House"),
    ("checked_out", "Checked Out"),
    ("cancelled", "Cancelled"),
]
FRONT_DESK = "postpartum_base.group_front_desk"
BUTLER = "postpartum_base.group_butler"
# Days in hospital after the birth before the mother checks in (default).
HOSPITAL_DAYS = 3
# a reservation is for this pregnancy: its due date and check-in at most ten
# months and a half ahead
MAX_DAYS_AHEAD = 320
BUTLER_VISIT_DAYS = 7
CARE_REVIEW_EVERY_DAYS = 7
# Who reads what of a stay: the money for the roles that take it (front desk,
# consultants, butlers selling services), customer service (who calls the
# families about it) and the accountants; the arrival
# assessment (her recovery, wound, mood) for the nurses; the care plan items
# for the nurses, the butlers and the therapists who carry them out.
MONEY_GROUPS = (
    "postpartum_base.group_front_desk,postpartum_base.group_butler,"
    "postpartum_base.group_customer_service,account.group_account_invoice"
)
# the accountants (Odoo's accounting administrators, bookkeepers and auditors)
ACCOUNTANT_GROUPS = (
    "account.group_account_manager,account.group_account_user,account.group_account_readonly"
)
HEALTH_GROUPS = "postpartum_base.group_nurse"
CARE_PLAN_GROUPS = (
    "postpartum_base.group_nurse,postpartum_base.group_butler,postpartum_base.group_therapist"
)
# The steps of the stay itself (reserve, check in, change room, check out).
RECEPTION_ROLES = ("postpartum_base.group_front_desk", "postpartum_base.group_butler")


class PostpartumStay(models.Model):
    """A mother's stay in the center: reservation (签约) with a package and a
    down payment, due-date follow-up, room allocation, check-in with the
    balance invoice and the security deposit, care plan and butler visits,
    check-out with the deposit refund."""

    _name = "postpartum.stay"
    _description = "Stay"
    _inherit = ["postpartum.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"
    # pickers find a stay by its number or the mother's name
    _rec_names_search = ["name", "partner_id.name"]
    _check_company_auto = True
    # the steps of a stay and who takes them (check-out with a deposit held also
    # needs the store manager or an accountant, see action_check_out)
    _workflow_transitions = {
        ("draft", "reserved"): (FRONT_DESK,),
        ("reserved", "checked_in"): (FRONT_DESK, BUTLER),
        ("checked_in", "checked_out"): (FRONT_DESK, BUTLER),
        ("draft", "cancelled"): (FRONT_DESK,),
        ("reserved", "cancelled"): (FRONT_DESK,),
    }
    # what was sold, paid and dated is changed by its step only once it is done
    _workflow_locked = {
        "partner_id": ("draft",),
        "company_id": ("draft",),
        "package_id": ("draft",),
        "package_days": ("draft",),
        "down_payment_amount": ("draft",),
        "sale_order_id": ("draft",),
        "room_type_id": ("draft", "reserved"),
        "due_date": ("draft", "reserved"),
        "birth_date": ("draft", "reserved"),
        "date_start": ("draft", "reserved"),
        "deposit_amount": ("draft", "reserved"),
        "deposit_journal_id": ("draft", "reserved"),
        "deduction_ids": ("checked_in",),
        "extension_days": (),
        "early_days": (),
        "checkin_datetime": (),
        "checkout_datetime": (),
        "deposit_payment_id": (),
        "refund_payment_id": (),
        "deduction_move_id": (),
        "requested_feature_ids": ("draft", "reserved"),
        "contract_date": (),
        "contract_package": (),
        "contract_room_type": (),
        "contract_days": (),
        "contract_meals": (),
        "contract_services": (),
        "contract_price": (),
    }

    name = fields.Char(default="/", copy=False, readonly=True, index=True)
    partner_id = fields.Many2one(
        "res.partner",
        string="Mother",
        required=True,
        index=True,
        tracking=True,
        domain="[('is_mother', '=', True)]",
        check_company=True,
    )
    company_id = fields.Many2one(
        "res.company",
        string="Store",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    user_id = fields.Many2one(
        "res.users",
        string="Consultant",
        default=lambda self: self.env.user,
        tracking=True,
        domain=lambda self: store_users_domain(self.env, "postpartum_base.group_consultant"),
    )
    butler_id = fields.Many2one(
        "res.users",
        string="Butler",
        tracking=True,
        domain=lambda self: store_users_domain(self.env, "postpartum_base.group_butler"),
    )
    state = fields.Selection(STAY_STATES, default="draft", required=True, tracking=True, index=True)

    package_id = fields.Many2one(
        "product.product",
        string="Package",
        required=True,
        tracking=True,
        domain="[('is_stay_package', '=', True)]",
        check_company=True,
    )
    room_type_id = fields.Many2one(
        "postpartum.room.type",
        compute="_compute_from_package",
        store=True,
        readonly=False,
        string="Room Type",
    )
    package_days = fields.Integer(compute="_compute_from_package", store=True, readonly=False)
    extension_days = fields.Integer(readonly=True, tracking=True)
    early_days = fields.Integer(
        string="Days Not Stayed",
        readonly=True,
        tracking=True,
        help="Days of the package and its extensions the guest did not stay: she checked "
        "out early.",
    )
    due_date = fields.Date(
        compute="_compute_due_date",
        store=True,
        readonly=False,
        tracking=True,
    )
    birth_date = fields.Date(tracking=True)
    date_start = fields.Date(
        string="Check-in",
        compute="_compute_date_start",
        store=True,
        readonly=False,
        tracking=True,
        index=True,
        help="Expected from the due date until the baby is born, then the actual date.",
    )
    date_end = fields.Date(string="Check-out", compute="_compute_date_end", store=True, index=True)
    checkin_datetime = fields.Datetime(string="Checked in at", readonly=True, copy=False)
    checkout_datetime = fields.Datetime(string="Checked out at", readonly=True, copy=False)

    allocation_ids = fields.One2many("postpartum.stay.room", "stay_id", string="Rooms")
    room_id = fields.Many2one(
        "postpartum.room", compute="_compute_room_id", store=True, string="Room", index=True
    )

    sale_order_id = fields.Many2one("sale.order", readonly=True, copy=False, index=True)
    amount_total = fields.Monetary(
        related="sale_order_id.amount_total", string="Contract Total", groups=MONEY_GROUPS
    )
    down_payment_amount = fields.Monetary(string="Down Payment", tracking=True)
    # computed as superuser: every role that opens a stay sees what is due,
    # without access to the accounting documents themselves
    invoice_ids = fields.Many2many(
        "account.move",
        compute="_compute_invoices",
        string="Invoices",
        compute_sudo=True,
        groups=MONEY_GROUPS,
    )
    amount_invoiced = fields.Monetary(
        compute="_compute_invoices", compute_sudo=True, groups=MONEY_GROUPS
    )
    amount_residual = fields.Monetary(
        compute="_compute_invoices", string="Amount Due", compute_sudo=True, groups=MONEY_GROUPS
    )
    amount_unpaid = fields.Monetary(
        compute="_compute_invoices",
        string="Balance Due",
        compute_sudo=True,
        groups=MONEY_GROUPS,
        help="What the guest still owes: the contract, with the services sold during the stay, "
        "minus what she has paid.",
    )

    deposit_amount = fields.Monetary(string="Security Deposit", tracking=True)
    deposit_journal_id = fields.Many2one(
        "account.journal",
        string="Deposit Journal",
        domain="[('type', 'in', ('bank', 'cash')), ('company_id', '=', company_id)]",
        check_company=True,
    )
    deposit_payment_id = fields.Many2one(
        "account.payment", readonly=True, copy=False, groups=MONEY_GROUPS
    )
    deduction_ids = fields.One2many("postpartum.stay.deduction", "stay_id", string="Deductions")
    deduction_total = fields.Monetary(compute="_compute_refund", store=True)
    refund_amount = fields.Monetary(compute="_compute_refund", store=True, string="To Refund")
    refund_payment_id = fields.Many2one(
        "account.payment", readonly=True, copy=False, groups=MONEY_GROUPS
    )
    deduction_move_id = fields.Many2one(
        "account.move", readonly=True, copy=False, groups=MONEY_GROUPS
    )
    journal_entry_count = fields.Integer(
        compute="_compute_journal_entry_count", groups=ACCOUNTANT_GROUPS
    )
    deposit_state = fields.Selection(
        [("none", "None"), ("held", "Held"), ("refunded", "Refunded")],
        compute="_compute_deposit_state",
        store=True,
    )

    checklist_ids = fields.One2many("postpartum.stay.checklist", "stay_id", string="Checklist")
    preparation_ids = fields.One2many(
        "postpartum.stay.checklist",
        "stay_id",
        domain=[("kind", "=", "preparation")],
        string="Room Preparation",
    )
    checkout_item_ids = fields.One2many(
        "postpartum.stay.checklist",
        "stay_id",
        domain=[("kind", "=", "checkout")],
        string="Check-out Items",
    )
    rules_acknowledged = fields.Boolean(
        string="Stay Rules Acknowledged", tracking=True, help="入住须知 read and accepted."
    )
    signature = fields.Binary(string="Mother's Signature", copy=False)
    signed_by = fields.Char(copy=False)

    arrival_assessment = fields.Text(tracking=True, groups=HEALTH_GROUPS)
    care_plan_ids = fields.One2many(
        "postpartum.care.plan.item", "stay_id", string="Care Plan", groups=CARE_PLAN_GROUPS
    )
    next_review_date = fields.Date(string="Next Care Review", tracking=True)
    butler_visit_ids = fields.One2many("postpartum.butler.visit", "stay_id", string="Butler Visits")
    followup_ids = fields.One2many("postpartum.followup", "stay_id", string="Follow-ups")
    # the contract (合同) as signed: what was sold stays what it was when the
    # package changes later
    contract_date = fields.Date(string="Signed on", readonly=True, copy=False)
    contract_package = fields.Char(string="Package Signed", readonly=True, copy=False)
    contract_room_type = fields.Char(string="Room Type Signed", readonly=True, copy=False)
    contract_days = fields.Integer(string="Days Signed", readonly=True, copy=False)
    contract_meals = fields.Boolean(string="Meals Signed", readonly=True, copy=False)
    contract_services = fields.Html(string="Services Signed", readonly=True, copy=False)
    contract_price = fields.Monetary(string="Price Signed", readonly=True, copy=False)
    note = fields.Html()

    # ------------------------------------------------------------------ computes
    @api.depends("package_id")
    def _compute_from_package(self):
        for stay in self:
            template = stay.package_id.product_tmpl_id
            if template:
                stay.room_type_id = template.package_room_type_id
                stay.package_days = template.package_days

    @api.depends("partner_id")
    def _compute_due_date(self):
        for stay in self:
            if not stay.due_date:
                stay.due_date = stay.partner_id.due_date

    @api.depends("due_date")
    def _compute_date_start(self):
        for stay in self:
            if stay.due_date and not stay.birth_date and stay.state in ("draft", "reserved"):
                stay.date_start = stay.due_date + timedelta(days=HOSPITAL_DAYS)

    @api.depends("date_start", "package_days", "extension_days", "early_days")
    def _compute_date_end(self):
        for stay in self:
            days = stay.package_days + stay.extension_days - stay.early_days
            stay.date_end = (
                stay.date_start and days > 0 and (stay.date_start + timedelta(days=days - 1))
            )

    @api.depends("allocation_ids.room_id", "allocation_ids.date_start")
    def _compute_room_id(self):
        for stay in self:
            stay.room_id = stay.allocation_ids.sorted("date_start")[-1:].room_id

    @api.depends(
        "sale_order_id.amount_total",
        "sale_order_id.invoice_ids.amount_residual",
        "sale_order_id.invoice_ids.state",
    )
    def _compute_invoices(self):
        for stay in self:
            invoices = stay.sale_order_id.invoice_ids.filtered(lambda m: m.state == "posted")
            stay.invoice_ids = invoices
            sign = {"out_invoice": 1, "out_refund": -1}
            stay.amount_invoiced = sum(sign.get(m.move_type, 0) * m.amount_total for m in invoices)
            stay.amount_residual = sum(
                sign.get(m.move_type, 0) * m.amount_residual for m in invoices
            )
            paid = stay.amount_invoiced - stay.amount_residual
            stay.amount_unpaid = max(stay.sale_order_id.amount_total - paid, 0.0)

    @api.depends("deduction_ids.amount", "deposit_amount")
    def _compute_refund(self):
        for stay in self:
            stay.deduction_total = sum(stay.deduction_ids.mapped("amount"))
            stay.refund_amount = stay.deposit_amount - stay.deduction_total

    @api.depends("deposit_payment_id", "refund_payment_id", "deduction_move_id", "state")
    def _compute_deposit_state(self):
        for stay in self:
            if not stay.deposit_payment_id:
                stay.deposit_state = "none"
            elif stay.state == "checked_out":
                stay.deposit_state = "refunded"
            else:
                stay.deposit_state = "held"

    # --------------------------------------------------------------- constraints
    @api.constrains("package_days", "extension_days")
    def _check_days(self):
        for stay in self:
            if stay.package_days <= 0:
                raise ValidationError(self.env._("A stay lasts at least one day."))
            if stay.extension_days < 0:
                raise ValidationError(
                    self.env._(
                        "An extension adds days (%(days)s given): the days a guest does not stay "
                        "are counted when she checks out early.",
                        days=stay.extension_days,
                    )
                )

    @api.constrains("date_start", "due_date")
    def _check_dates_plausible(self):
        """A reservation is for this pregnancy: a check-in or a due date years
        ahead is a typing mistake (2035 for 2025)."""
        latest = fields.Date.context_today(self) + timedelta(days=MAX_DAYS_AHEAD)
        for stay in self.filtered(lambda s: s.state in ("draft", "reserved")):
            for name in ("due_date", "date_start"):
                if stay[name] and stay[name] > latest:
                    raise ValidationError(
                        self.env._(
                            "%(field)s of %(stay)s is %(date)s, more than ten months ahead: "
                            "please check the year.",
                            field=self._fields[name]._description_string(self.env),
                            stay=stay.display_name,
                            date=stay[name],
                        )
                    )

    def _check_deductions(self):
        for stay in self:
            if stay.deduction_total > stay.deposit_amount:
                raise ValidationError(
                    self.env._(
                        "Deductions (%(deductions)s) cannot exceed the security deposit "
                        "(%(deposit)s).",
                        deductions=stay.deduction_total,
                        deposit=stay.deposit_amount,
                    )
                )

    @api.constrains("deposit_amount", "down_payment_amount")
    def _check_deposit(self):
        for stay in self:
            if stay.deposit_amount < 0 or stay.down_payment_amount < 0:
                raise ValidationError(
                    self.env._("The down payment and the security deposit cannot be negative.")
                )
        self._check_deductions()

    # ---------------------------------------------------------------------- CRUD
    @api.model_create_multi
    def create(self, vals_list):
        check_create_field_access(self, vals_list)
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                company = self.env["res.company"].browse(vals.get("company_id")) or self.env.company
                vals["name"] = (
                    self.env["ir.sequence"].with_company(company).next_by_code("postpartum.stay")
                    or "/"
                )
        stays = super().create(vals_list)
        stays._create_checklists()
        return stays

    def write(self, vals):
        result = super().write(vals)
        if {"date_start", "package_days", "extension_days", "early_days"} & set(vals):
            self._sync_allocation_period()
        return result

    @api.ondelete(at_uninstall=False)
    def _unlink_except_signed(self):
        for stay in self.filtered(lambda s: s.state not in ("draft", "cancelled")):
            raise UserError(
                self.env._(
                    "%(stay)s is %(state)s: cancel it rather than delete it (its contract "
                    "and payments stay on record).",
                    stay=stay.display_name,
                    state=stay._workflow_label(stay.state),
                )
            )

    def _create_checklists(self):
        Template = self.env["postpartum.checklist.template"]
        templates = Template.search([("company_id", "in", [False, *self.company_id.ids])])
        lines = []
        for stay in self:
            for item in templates.filtered(
                lambda t, s=stay: not t.company_id or t.company_id == s.company_id
            ):
                lines.append(
                    {
                        "stay_id": stay.id,
                        "template_id": item.id,
                        "name": item.name,
                        "kind": item.kind,
                        "sequence": item.sequence,
                    }
                )
        Line = self.env["postpartum.stay.checklist"]
        Line._sync_template_names(Line.create(lines))

    def _sync_allocation_period(self):
        """Keep the first allocation starting at check-in and the last one
        ending at check-out (the exclusion constraint still guards them)."""
        for stay in self.filtered(lambda s: s.allocation_ids and s.date_start and s.date_end):
            allocations = stay.allocation_ids.sorted("date_start")
            first, last = allocations[0], allocations[-1]
            if first == last:
                if (first.date_start, first.date_end) != (stay.date_start, stay.date_end):
                    first.write({"date_start": stay.date_start, "date_end": stay.date_end})
                continue
            if first.date_start != stay.date_start:
                first.date_start = stay.date_start
            if last.date_end != stay.date_end:
                last.date_end = stay.date_end

    @api.depends("name", "partner_id")
    def _compute_display_name(self):
        for stay in self:
            stay.display_name = f"{stay.name} {stay.partner_id.name or ''}".strip()

    # ------------------------------------------------------------------ helpers
    def _schedule(self, xmlid, date, summary, user):
        self.activity_schedule(
            xmlid, date_deadline=date, summary=summary, user_id=(user or self.env.user).id
        )

    # ------------------------------------------------------------------- flows
    def action_reserve(self):
        """Sign the contract (签约): the package is sold, the down payment
        invoiced, and the due-date follow-up planned."""
        self._workflow_check("reserved")
        for stay in self._workflow_flow():
            if not stay.date_start:
                raise UserError(
                    self.env._(
                        "Enter the due date or the check-in date of %(stay)s.",
                        stay=stay.display_name,
                    )
                )
            if stay.down_payment_amount > stay.package_id.lst_price:
                raise UserError(self.env._("The down payment cannot exceed the package price."))
            # a quotation made beforehand (from a won lead) is confirmed as it is
            order = stay.sale_order_id or self.env["sale.order"].create(
                {
                    "partner_id": stay.partner_id.id,
                    "company_id": stay.company_id.id,
                    "user_id": stay.user_id.id,
                    "origin": stay.name,
                    "order_line": [
                        Command.create({"product_id": stay.package_id.id, "product_uom_qty": 1})
                    ],
                }
            )
            if order.state in ("draft", "sent"):
                order.action_confirm()
            stay.write(
                {"sale_order_id": order.id, "state": "reserved", **stay._contract_snapshot(order)}
            )
            stay.allocation_ids.filtered("hold_until").hold_until = False
            if stay.down_payment_amount:
                stay._invoice_down_payment()
            stay._schedule_due_date_followups()
        return True

    def _contract_snapshot(self, order):
        """The package as sold (合同), in the mother's language: kept on the stay
        so that the contract prints what was signed, whatever the package
        becomes later."""
        self.ensure_one()
        package = self.package_id.with_context(lang=self.partner_id.lang or self.env.lang)
        return {
            "contract_date": fields.Date.context_today(self),
            "contract_package": package.name,
            "contract_room_type": package.package_room_type_id.name,
            "contract_days": self.package_days,
            "contract_meals": package.package_meals,
            "contract_services": package.package_services,
            "contract_price": order.amount_total,
        }

    def _invoice_down_payment(self):
        self.ensure_one()
        order = self.sale_order_id
        wizard = (
            self.env["sale.advance.payment.inv"]
            .with_company(self.company_id)
            .with_context(active_model="sale.order", active_ids=order.ids, active_id=order.id)
            .create({"advance_payment_method": "fixed", "fixed_amount": self.down_payment_amount})
        )
        wizard.create_invoices()
        invoice = order.invoice_ids.filtered(lambda m: m.state == "draft")
        invoice.action_post()
        return invoice

    def _schedule_due_date_followups(self):
        """The calls before the birth (预产期跟进), from the store's due-date plans."""
        Plan = self.env["postpartum.followup.plan"]
        for stay in self:
            Plan._plans_for("due_date", stay.company_id)._apply(stay)
        return True

    def action_baby_born(self, birth_date=None):
        """The baby is born: the actual check-in date follows (after the days
        in hospital), the pending due-date follow-ups are closed."""
        self._workflow_require("draft", "reserved")
        for stay in self._workflow_flow():
            born = (
                fields.Date.to_date(birth_date)
                or stay.birth_date
                or fields.Date.context_today(self)
            )
            stay.write({"birth_date": born, "date_start": born + timedelta(days=HOSPITAL_DAYS)})
            if not stay.partner_id.delivery_date:
                stay.partner_id.sudo().delivery_date = born
            stay.activity_unlink(["postpartum_stay.mail_activity_due_date_followup"])
        self._close_followups(("due_date",))
        return True

    def action_open_birth(self):
        """宝宝出生: ask when and who before moving the check-in."""
        self.ensure_one()
        self._workflow_require("draft", "reserved")
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Baby Born"),
            "res_model": "postpartum.stay.birth",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_stay_id": self.id,
                "default_birth_datetime": fields.Datetime.now(),
            },
        }

    def _record_birth(self, birth_datetime, babies):
        """The birth as the family reports it: the check-in follows (see
        action_baby_born) and the babies are registered for the nurses. The
        front desk and butlers record it (the role is checked here); the babies
        are created as the system, a butler having no right on their records."""
        self.ensure_one()
        if not user_has_role(self.env, FRONT_DESK, BUTLER):
            raise AccessError(
                self.env._("Only the front desk, a butler or the manager records a birth.")
            )
        birth_datetime = fields.Datetime.to_datetime(birth_datetime)
        if birth_datetime > fields.Datetime.now() + timedelta(minutes=5):
            raise UserError(self.env._("A birth cannot be in the future."))
        previous = self.date_start
        self.action_baby_born(fields.Date.context_today(self, birth_datetime))
        created = (
            self.env["postpartum.baby"]
            .sudo()
            .create(
                [
                    {**baby, "mother_id": self.partner_id.id, "birth_datetime": birth_datetime}
                    for baby in babies
                ]
            )
        )
        self.message_post(
            body=reader_env(self.env, company=self.company_id)._(
                "Born on %(date)s: %(babies)s. Check-in moved from %(previous)s to %(checkin)s.",
                date=self.birth_date,
                babies=", ".join(created.mapped("name")),
                previous=previous,
                checkin=self.date_start,
            )
        )
        return created

    def action_check_all(self):
        """Tick every line of the checklist the stay is at (preparation before
        check-in, items at check-out)."""
        for stay in self:
            kind = "checkout" if stay.state == "checked_in" else "preparation"
            stay.checklist_ids.filtered(lambda c, k=kind: c.kind == k and not c.done).write(
                {"done": True}
            )
        return True

    def action_open_availability(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Free Rooms"),
            "res_model": "postpartum.room.availability",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_stay_id": self.id,
                "default_company_id": self.company_id.id,
                "default_room_type_id": self.room_type_id.id,
                "default_date_start": self.date_start,
                "default_date_end": self.date_end,
            },
        }

    def _allocate(self, room):
        """Allocate ``room`` (a record or an id) for the whole stay (the
        database refuses overlaps)."""
        self.ensure_one()
        if isinstance(room, int):
            room = self.env["postpartum.room"].browse(room)
        if self.allocation_ids:
            raise UserError(
                self.env._("%(stay)s already has a room: use Change Room.", stay=self.display_name)
            )
        if not (self.date_start and self.date_end):
            raise UserError(self.env._("Set the check-in date first."))
        allocation = self.env["postpartum.stay.room"].create(
            {
                "stay_id": self.id,
                "room_id": room.id,
                "date_start": self.date_start,
                "date_end": self.date_end,
                "hold_until": self._hold_until(),
            }
        )
        if room.status == "available":
            room.status = "reserved"
        return allocation

    def _hold_until(self):
        """Not signed yet: a room allocated now is held for the store's hold period."""
        self.ensure_one()
        hold_days = self.company_id.room_hold_days
        if self.state == "draft" and hold_days:
            return fields.Date.context_today(self) + timedelta(days=hold_days)
        return False

    def action_open_room_plan(self):
        """智能排房: the best room plans of this reservation, with their reasons."""
        self.ensure_one()
        self._workflow_require("draft", "reserved")
        wizard = self.env["postpartum.room.plan"].create({"stay_id": self.id})
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Room Planning"),
            "res_model": "postpartum.room.plan",
            "res_id": wizard.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
        }

    def action_board_allocate(self, room_id):
        """From the room board: allocate ``room_id`` to this reservation for
        its whole stay, with the checks of the availability search: the room
        of the package's type, not under maintenance (refused by the
        allocation itself), free (the database refuses an overlap and the
        message names the stay holding it)."""
        self.ensure_one()
        self._workflow_require("draft", "reserved")
        room = self.env["postpartum.room"].search(
            [("id", "=", int(room_id)), ("company_id", "=", self.company_id.id)]
        )
        if not room:
            raise UserError(self.env._("Choose a room of the store of %(stay)s.", stay=self.name))
        if self.room_type_id and room.room_type_id != self.room_type_id:
            raise UserError(
                self.env._(
                    "Room %(room)s is a %(type)s; the package of %(stay)s is for a "
                    "%(package_type)s: choose a room of that type or change the package.",
                    room=room.name,
                    type=room.room_type_id.name,
                    stay=self.display_name,
                    package_type=self.room_type_id.name,
                )
            )
        self._allocate(room)
        return True

    def _change_room(self, room, change_date, reason):
        """Move the guest to ``room`` from ``change_date``: the current
        allocation ends the day before, a new one runs to check-out."""
        self.ensure_one()
        self._workflow_require("reserved", "checked_in")
        return self._workflow_flow()._change_room_step(room, change_date, reason)

    def _change_room_step(self, room, change_date, reason):
        change_date = fields.Date.to_date(change_date)
        room._check_allocatable()
        current = self.allocation_ids.filtered(lambda a: a.date_start <= change_date <= a.date_end)
        if not current or change_date > self.date_end:
            raise UserError(self.env._("The change date must fall within the stay."))
        if room == current.room_id:
            raise UserError(self.env._("The guest is already in room %(room)s.", room=room.name))
        old_room = current.room_id
        end = current.date_end
        Allocation = self.env["postpartum.stay.room"]
        if change_date == current.date_start:
            current.unlink()
        else:
            current.date_end = change_date - timedelta(days=1)
        Allocation.create(
            {
                "stay_id": self.id,
                "room_id": room.id,
                "date_start": change_date,
                "date_end": end,
                "change_reason": reason,
            }
        )
        if self.state == "checked_in" and change_date <= fields.Date.context_today(self):
            old_room.status = "cleaning"
            room.status = "occupied"
        elif room.status == "available":
            room.status = "reserved"
        self.message_post(
            body=reader_env(self.env, company=self.company_id)._(
                "Room changed from %(old)s to %(new)s on %(date)s: %(reason)s",
                old=old_room.name,
                new=room.name,
                date=change_date,
                reason=reason,
            )
        )

    def action_extend(self, days):
        """Extend the stay by ``days`` (续住): the last room keeps the guest
        if it is free, and the extra days are sold on the order."""
        self._workflow_require("reserved", "checked_in")
        if days <= 0:
            raise UserError(self.env._("Extend by at least one day."))
        for stay in self._workflow_flow():
            stay.extension_days += days
            product = self.env.ref("postpartum_stay.product_extra_day")
            daily = stay.package_id.lst_price / (stay.package_days or 1)
            stay._add_service(product, days, price_unit=round(daily, 2))
        return True

    def _add_service(self, product, quantity, price_unit=None):
        """Sell an extra service during the stay (二次销售) on the stay's order."""
        self.ensure_one()
        if isinstance(product, int):
            product = self.env["product.product"].browse(product)
        if not self.sale_order_id:
            raise UserError(self.env._("Reserve the stay before selling services."))
        if not product:
            raise UserError(self.env._("Choose the service to sell."))
        if quantity <= 0:
            raise UserError(self.env._("The quantity must be positive."))
        vals = {
            "order_id": self.sale_order_id.id,
            "product_id": product.id,
            "product_uom_qty": quantity,
        }
        line = self.env["sale.order.line"].create(vals)
        if price_unit is not None:
            line.write({"product_uom_qty": quantity, "price_unit": price_unit})
        return line

    def action_check_in(self, checkin_date=None):
        """Check-in: room prepared, rules acknowledged and signed; the balance
        is invoiced, the security deposit received, butler visits planned.
        ``checkin_date`` (default today) records a check-in made earlier."""
        self._workflow_check("checked_in")
        if not user_has_role(self.env, *RECEPTION_ROLES):
            raise AccessError(
                self.env._(
                    "Only the front desk, a butler or the store manager checks a guest in: "
                    "ask one of them."
                )
            )
        for stay in self:
            problems = stay._check_in_problems()
            if problems:
                raise UserError(
                    self.env._("%(stay)s cannot check in yet:", stay=stay.display_name)
                    + "\n- "
                    + "\n- ".join(problems)
                )
        for stay in self._workflow_flow():
            today = fields.Date.to_date(checkin_date) or fields.Date.context_today(self)
            if stay.date_start != today:
                stay.date_start = today
            stay.write({"state": "checked_in", "checkin_datetime": fields.Datetime.now()})
            stay.room_id.status = "occupied"
            stay._invoice_balance()
            if stay.deposit_amount:
                stay._receive_deposit()
            stay._plan_butler_visits(today)
            stay.next_review_date = today + timedelta(days=CARE_REVIEW_EVERY_DAYS)
            nurse = stay.company_id.nurse_user_id
            stay._schedule(
                "postpartum_stay.mail_activity_care_review",
                stay.next_review_date,
                self.env._("Care plan review: %(mother)s", mother=stay.partner_id.name),
                nurse,
            )
            stay._schedule(
                "mail.mail_activity_data_todo",
                stay.date_end - timedelta(days=2),
                self.env._(
                    "Arrange the full-month party (满月) of %(mother)s", mother=stay.partner_id.name
                ),
                stay.butler_id or stay.user_id,
            )
        self._close_followups(("due_date",))
        Plan = self.env["postpartum.followup.plan"]
        for stay in self:
            Plan._plans_for("check_in", stay.company_id)._apply(stay)
        return True

    def _check_in_problems(self):
        self.ensure_one()
        problems = []
        if not self.room_id:
            problems.append(self.env._("no room is allocated"))
        if self.preparation_ids.filtered(lambda c: not c.done):
            problems.append(
                self.env._(
                    "room preparation not finished: %(items)s",
                    items=", ".join(
                        self.preparation_ids.filtered(lambda c: not c.done).mapped("name")
                    ),
                )
            )
        if not self.rules_acknowledged:
            problems.append(self.env._("the stay rules are not acknowledged"))
        if not self.signature:
            problems.append(self.env._("the admission record is not signed"))
        if self.deposit_amount and not self._deposit_journal():
            problems.append(self.env._("no bank or cash journal to receive the deposit"))
        return problems

    def _invoice_balance(self):
        """The balance (尾款): the package minus the down payment."""
        self.ensure_one()
        order = self.sale_order_id
        if not order or order.invoice_status != "to invoice":
            return self.env["account.move"]
        invoices = order._create_invoices(final=True)
        # posted as superuser: the butler checks guests in without accounting rights
        # (the callers check the role)
        invoices.sudo().action_post()
        return invoices

    def _deposit_journal(self):
        self.ensure_one()
        return self.deposit_journal_id or self.env["account.journal"].search(
            [("company_id", "=", self.company_id.id), ("type", "in", ("cash", "bank"))],
            order="type desc, id",  # cash first
            limit=1,
        )

    def _deposit_payment(self, payment_type, amount, memo):
        self.ensure_one()
        # created as superuser: check-in and check-out check the role first, and
        # a butler receives the deposit without accounting rights
        payment = (
            self.env["account.payment"]
            .sudo()
            .with_company(self.company_id)
            .create(
                {
                    "payment_type": payment_type,
                    "partner_type": "customer",
                    "partner_id": self.partner_id.id,
                    "amount": amount,
                    "journal_id": self._deposit_journal().id,
                    "company_id": self.company_id.id,
                    "destination_account_id": self.company_id._stay_deposit_account().id,
                    "memo": memo,
                }
            )
        )
        payment.action_post()
        return payment

    def _receive_deposit(self):
        self.ensure_one()
        self.deposit_payment_id = self._deposit_payment(
            "inbound",
            self.deposit_amount,
            reader_env(self.env, company=self.company_id)._(
                "Security deposit %(stay)s", stay=self.name
            ),
        )

    def _plan_butler_visits(self, start):
        self.ensure_one()
        # planned by whoever checks the guest in, done by the butler
        visits = (
            self.env["postpartum.butler.visit"]
            .sudo()
            .create(
                [
                    {
                        "stay_id": self.id,
                        "day": day,
                        "date": start + timedelta(days=day - 1),
                        "butler_id": self.butler_id.id,
                    }
                    for day in range(1, BUTLER_VISIT_DAYS + 1)
                    if start + timedelta(days=day - 1) <= self.date_end
                ]
            )
        )
        user = self.butler_id or self.user_id
        env = reader_env(self.env, user=user, company=self.company_id)
        for visit in visits:
            visit.activity_schedule(
                "postpartum_stay.mail_activity_butler_visit",
                date_deadline=visit.date,
                summary=env._(
                    "Day %(day)s visit: %(mother)s", day=visit.day, mother=self.partner_id.name
                ),
                user_id=user.id,
            )
        return visits

    def action_check_out(self, checkout_date=None):
        """Check-out: items counted, the deposit refunded minus the agreed
        deductions, the room to cleaning, follow-ups at day 1, 3 and 7.
        ``checkout_date`` (default today) records a check-out made earlier."""
        self._workflow_check("checked_out")
        if not user_has_role(self.env, *RECEPTION_ROLES):
            raise AccessError(
                self.env._(
                    "Only the front desk, a butler or the store manager checks a guest out: "
                    "ask one of them."
                )
            )
        for stay in self:
            missing = stay.checkout_item_ids.filtered(lambda c: not c.done)
            if missing:
                raise UserError(
                    self.env._(
                        "Count the items before check-out: %(items)s",
                        items=", ".join(missing.mapped("name")),
                    )
                )
        if self.filtered("deposit_payment_id") and not user_has_role(
            self.env, "postpartum_base.group_store_manager", "account.group_account_manager"
        ):
            raise AccessError(
                self.env._(
                    "Only the store manager or an accountant refunds a security deposit: "
                    "ask them to check this guest out."
                )
            )
        owing = self._check_out_owing()
        today = fields.Date.to_date(checkout_date) or fields.Date.context_today(self)
        for stay in self._workflow_flow():
            if stay in owing:
                stay.message_post(
                    body=reader_env(self.env, company=stay.company_id)._(
                        "Checked out by the store manager with %(amount)s still owed.",
                        amount=format_amount(self.env, owing[stay], stay.currency_id),
                    )
                )
            stay._check_deductions()
            if stay.date_end > today:
                # leaving early: free the room from tomorrow (the guest leaves today)
                stay._shorten_to(today)
            stay.write({"state": "checked_out", "checkout_datetime": fields.Datetime.now()})
            stay.room_id.status = "cleaning"
            if stay.deposit_payment_id:
                stay._settle_deposit()
            stay._schedule_checkout_followups(today)
            stay.butler_visit_ids._cancel_left()
        self._close_followups(("due_date", "check_in"))
        return True

    def _check_out_owing(self):
        """{stay: balance still owed}; refused unless the store manager checks
        the guest out owing it (the front desk receives it first: 收款)."""
        owing = {}
        for stay in self:
            due = stay.sudo().amount_unpaid
            if stay.currency_id.compare_amounts(due, 0.0) <= 0:
                continue
            if not user_has_role(self.env, "postpartum_base.group_store_manager"):
                raise UserError(
                    self.env._(
                        "%(stay)s still owes %(amount)s: receive it first (Receive Payment), "
                        "or ask the store manager to check her out owing it.",
                        stay=stay.display_name,
                        amount=format_amount(self.env, due, stay.currency_id),
                    )
                )
            owing[stay] = due
        return owing

    def action_open_payment(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Receive a Payment"),
            "res_model": "postpartum.stay.payment",
            "view_mode": "form",
            "target": "new",
            "context": {"default_stay_id": self.id, "default_amount": self.sudo().amount_unpaid},
        }

    def _receive_payment(self, amount, journal=None):
        """Receive what the guest owes (尾款, services sold during the stay): the
        part not yet invoiced is invoiced, then the payment is registered on her
        open invoices. The front desk and butlers do it without accounting
        rights (the role is checked here)."""
        self.ensure_one()
        self._workflow_require("reserved", "checked_in")
        if not user_has_role(self.env, FRONT_DESK, BUTLER):
            raise AccessError(
                self.env._("Only the front desk, a butler or the manager receives a payment.")
            )
        due = self.sudo().amount_unpaid
        currency = self.currency_id
        if currency.compare_amounts(amount, 0.0) <= 0:
            raise UserError(self.env._("The amount received must be positive."))
        if currency.compare_amounts(amount, due) > 0:
            raise UserError(
                self.env._(
                    "%(stay)s owes %(due)s: %(amount)s is more than that.",
                    stay=self.display_name,
                    due=format_amount(self.env, due, currency),
                    amount=format_amount(self.env, amount, currency),
                )
            )
        journal = journal or self._deposit_journal()
        if not journal:
            raise UserError(self.env._("No bank or cash journal to receive the payment."))
        self._invoice_balance()
        invoices = self.sudo().sale_order_id.invoice_ids.filtered(
            lambda m: m.state == "posted"
            and m.move_type == "out_invoice"
            and m.payment_state in ("not_paid", "partial")
        )
        register = (
            self.env["account.payment.register"]
            .sudo()
            .with_company(self.company_id)
            .with_context(active_model="account.move", active_ids=invoices.ids)
            .create({"amount": amount, "journal_id": journal.id, "group_payment": True})
        )
        payments = register._create_payments()
        self.message_post(
            body=reader_env(self.env, company=self.company_id)._(
                "Payment of %(amount)s received.",
                amount=format_amount(self.env, amount, currency),
            )
        )
        return payments

    def _schedule_checkout_followups(self, checkout_date):
        """The calls after check-out (出所后回访, seed 4.8), from the store's plans."""
        self.ensure_one()
        plans = self.env["postpartum.followup.plan"]._plans_for("check_out", self.company_id)
        plans._apply(self, anchor_date=checkout_date)
        return True

    def _close_followups(self, anchors):
        """The planned calls of a stage that is over (before the birth, during
        the stay) are cancelled with their activities: nobody calls a mother
        about her due date once the baby is born, nor about her stay once she
        has left. Called after the step checked the user's role."""
        calls = self.sudo().followup_ids.filtered(
            lambda f: f.state == "planned" and f.plan_line_id.plan_id.anchor in anchors
        )
        calls.action_cancel()
        return calls

    def _apply_current_followup_plans(self):
        """Plan the calls of the plans matching where each stay is now (for stays
        that existed before the plans): due-date calls for reservations,
        during-stay calls for guests in house. Calls already planned are kept."""
        Plan = self.env["postpartum.followup.plan"]
        anchors = {"reserved": "due_date", "checked_in": "check_in"}
        for stay in self.filtered(lambda s: s.state in anchors and not s.followup_ids):
            Plan._plans_for(anchors[stay.state], stay.company_id)._apply(stay)
        return True

    def _shorten_to(self, last_day):
        self.ensure_one()
        planned = self.package_days + self.extension_days - self.early_days
        actual = (last_day - self.date_start).days + 1
        # the allocation after last_day disappear, the last one ends at last_day
        for allocation in self.allocation_ids.filtered(lambda a: a.date_start > last_day):
            allocation.unlink()
        # the days she did not stay are counted apart: the extensions sold stay as sold
        self.early_days += planned - actual

    def _settle_deposit(self):
        """Refund the deposit minus the deductions; the deductions leave the
        deposit account for other income in one journal entry."""
        self.ensure_one()
        if self.deduction_total:
            self.deduction_move_id = self._post_deductions()
        if self.refund_amount > 0:
            self.refund_payment_id = self._deposit_payment(
                "outbound",
                self.refund_amount,
                reader_env(self.env, company=self.company_id)._(
                    "Deposit refund %(stay)s", stay=self.name
                ),
            )

    def _post_deductions(self):
        company = self.company_id
        deposit_account = company._stay_deposit_account()
        income_account = company._stay_deduction_income_account()
        journal = self.env["account.journal"].search(
            [("company_id", "=", company.id), ("type", "=", "general")], limit=1
        )
        label = reader_env(self.env, company=company)._(
            "Deposit deductions %(stay)s", stay=self.name
        )
        lines = [
            Command.create(
                {
                    "name": deduction.reason,
                    "account_id": income_account.id,
                    "partner_id": self.partner_id.id,
                    "credit": deduction.amount,
                }
            )
            for deduction in self.deduction_ids
        ]
        lines.append(
            Command.create(
                {
                    "name": label,
                    "account_id": deposit_account.id,
                    "partner_id": self.partner_id.id,
                    "debit": self.deduction_total,
                }
            )
        )
        move = (
            self.env["account.move"]
            .with_company(company)
            .create(
                {
                    "move_type": "entry",
                    "journal_id": journal.id,
                    "company_id": company.id,
                    "ref": label,
                    "line_ids": lines,
                }
            )
        )
        move.action_post()
        return move

    def action_cancel(self):
        self._workflow_check("cancelled")
        self.allocation_ids.unlink()
        self._workflow_flow().write({"state": "cancelled"})
        self.activity_unlink(["postpartum_stay.mail_activity_due_date_followup"])
        self._close_followups(("due_date", "check_in", "check_out"))

    def action_open_sale_order(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": "sale.order",
            "res_id": self.sale_order_id.id,
            "view_mode": "form",
        }

    def _journal_entries(self):
        """Every entry of the stay's money: its invoices (down payment, balance,
        services), the payments received on them, the security deposit
        received, its deductions and its refund."""
        invoices = self.sale_order_id.invoice_ids.filtered(lambda m: m.state != "cancel")
        payments = invoices._get_reconciled_amls().move_id
        return (
            invoices
            | payments
            | self.deposit_payment_id.move_id
            | self.deduction_move_id
            | self.refund_payment_id.move_id
        )

    def _compute_journal_entry_count(self):
        for stay in self:
            stay.journal_entry_count = len(stay._journal_entries())

    def action_open_journal_entries(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("account.action_move_journal_line")
        action.update(
            name=self.env._("Journal Entries of %(stay)s", stay=self.name),
            domain=[("id", "in", self._journal_entries().ids)],
            context={"create": False},
        )
        return action

    def action_open_invoices(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account.action_move_out_invoice_type"
        )
        action["domain"] = [("id", "in", self.sale_order_id.invoice_ids.ids)]
        action["context"] = {"create": False}
        return action

    def _statement_lines(self):
        """The charges of the check-out statement (出所结算单): the lines sold on
        the stay's order (package, extensions, services), down payments
        excluded. Read as the system: the front desk prints the statement
        without reading sales orders; the report checks who prints it
        (report.postpartum_stay.report_stay_statement)."""
        self.ensure_one()
        if not user_has_role(self.env, FRONT_DESK, "account.group_account_invoice"):
            raise AccessError(
                self.env._(
                    "The check-out statement is printed by the front desk or the accountant."
                )
            )
        lines = self.sudo().sale_order_id.order_line.filtered(
            lambda line: not line.display_type and not line.is_downpayment
        )
        return [
            {
                "name": line.name,
                "quantity": line.product_uom_qty,
                "price_unit": line.price_unit,
                "total": line.price_total,
            }
            for line in lines
        ]

    def _receipt_payments(self):
        """What the family paid for this stay (收款收据): the payments of its
        invoices (down payment, balance, services) and its security deposit,
        oldest first; refunds apart. Read as the system: the front desk hands
        the receipt without reading the books (the report checks who prints)."""
        self.ensure_one()
        # in the mother's language, as the receipt is
        stay = self.sudo().with_context(lang=self.partner_id.lang or self.env.lang)
        payments = stay.invoice_ids.filtered(
            lambda m: m.state == "posted" and m.move_type == "out_invoice"
        )._get_reconciled_payments()
        payments |= stay.deposit_payment_id
        deposit = stay.deposit_payment_id
        return [
            {
                "date": payment.date,
                "what": stay.env._("Security deposit")
                if payment == deposit
                else stay.env._(
                    "Invoice %(invoices)s",
                    invoices=", ".join(payment.reconciled_invoice_ids.mapped("name")),
                ),
                "method": payment.journal_id.name,
                "amount": payment.amount,
            }
            for payment in payments.filtered(
                lambda p: p.state in ("in_process", "paid") and p.payment_type == "inbound"
            ).sorted(lambda p: (p.date, p.id))
        ]

    def action_open_room_change(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Change Room"),
            "res_model": "postpartum.stay.room.change",
            "view_mode": "form",
            "target": "new",
            "context": {"default_stay_id": self.id},
        }

    def action_open_deposit(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Receive a Security Deposit"),
            "res_model": "postpartum.stay.deposit",
            "view_mode": "form",
            "target": "new",
            "context": {"default_stay_id": self.id, "default_amount": self.deposit_amount},
        }

    def _receive_deposit_in_house(self, amount, journal=None):
        """The guest checked in without her deposit: receive it now, as a payment
        of its own (the deposit amount is locked after check-in otherwise)."""
        self.ensure_one()
        self._workflow_require("checked_in")
        if not user_has_role(self.env, FRONT_DESK, BUTLER):
            raise AccessError(
                self.env._("Only the front desk, a butler or the manager receives a deposit.")
            )
        if self.deposit_payment_id:
            raise UserError(
                self.env._(
                    "The deposit of %(stay)s has already been received.", stay=self.display_name
                )
            )
        if amount <= 0:
            raise UserError(self.env._("The deposit must be a positive amount."))
        stay = self._workflow_flow()
        stay.write(
            {"deposit_amount": amount, "deposit_journal_id": journal.id if journal else False}
        )
        if not stay._deposit_journal():
            raise UserError(self.env._("No bank or cash journal to receive the deposit."))
        stay._receive_deposit()
        return stay.deposit_payment_id

    def action_open_service(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Sell a Service"),
            "res_model": "postpartum.stay.service",
            "view_mode": "form",
            "target": "new",
            "context": {"default_stay_id": self.id},
        }

    @api.model
    def _cron_due_date_followups(self):
        """Reservations whose due date has passed without news of the birth:
        remind the consultant every day (once)."""
        today = fields.Date.context_today(self)
        stays = self.search(
            [("state", "=", "reserved"), ("birth_date", "=", False), ("due_date", "<", today)]
        )
        for stay in stays:
            if not stay.activity_ids.filtered(
                lambda a: a.activity_type_id
                == self.env.ref("postpartum_stay.mail_activity_due_date_followup")
            ):
                env = reader_env(self.env, user=stay.user_id, company=stay.company_id)
                stay._schedule(
                    "postpartum_stay.mail_activity_due_date_followup",
                    today,
                    env._(
                        "Due date passed: has %(mother)s given birth?", mother=stay.partner_id.name
                    ),
                    stay.user_id,
                )
