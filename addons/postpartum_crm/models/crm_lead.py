from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import UserError, ValidationError

CHANNELS = [
    ("phone", "Phone"),
    ("walk_in", "Walk-in"),
    ("referral", "Referral"),
    ("online", "Online"),
    ("hospital", "Partner Hospital"),
    ("event", "Event"),
]
# A new lead's due date is at most ten months ahead, and not long past.
MAX_DAYS_AHEAD = 305
MAX_NAME_LENGTH = 200
MAX_DAYS_PAST = 90
HOSPITAL_DAYS = 3


class CrmLead(models.Model):
    """A family enquiring about a stay (潜在客户): due date and pregnancy week,
    hospital, channel, region, demand, competitors considered."""

    _name = "crm.lead"
    _inherit = ["crm.lead", "postpartum.phone.mixin"]
    _phone_fields = ("phone", "mobile")

    def _phone_fields_checked(self):
        # the center's leads (a channel, a due date); other pipelines keep Odoo's rules
        return self._phone_fields if (self.channel or self.due_date) else ()

    due_date = fields.Date(tracking=True)
    pregnancy_week = fields.Integer(
        compute="_compute_pregnancy_week", help="Weeks of pregnancy today, from the due date."
    )
    hospital = fields.Char(tracking=True)
    expected_checkin = fields.Date(compute="_compute_expected_checkin", store=True)
    channel = fields.Selection(CHANNELS, tracking=True, index=True)
    region = fields.Char(help="District or area where the family lives.", index=True)
    room_type_id = fields.Many2one("postpartum.room.type", string="Room Type Wanted")
    package_id = fields.Many2one(
        "product.product", string="Package", domain="[('is_stay_package', '=', True)]"
    )
    budget = fields.Monetary(currency_field="company_currency")
    interest_ids = fields.Many2many("postpartum.crm.interest", string="Services of Interest")
    competitor_ids = fields.Many2many("postpartum.competitor", string="Competitors Considered")
    phone_enquiry_ids = fields.One2many("postpartum.phone.enquiry", "lead_id")
    visit_ids = fields.One2many("postpartum.visit", "lead_id")
    visit_count = fields.Integer(compute="_compute_visit_count")
    stay_ids = fields.One2many("postpartum.stay", "lead_id", string="Stays")
    conversion_days = fields.Integer(
        compute="_compute_conversion",
        store=True,
        aggregator="avg",
        string="Days to Conversion",
    )
    conversion_rate = fields.Float(
        compute="_compute_conversion",
        store=True,
        aggregator="avg",
        string="Conversion Rate (%)",
    )

    @api.depends("due_date")
    def _compute_pregnancy_week(self):
        """Completed weeks of pregnancy today (孕周): the due date is at 40 weeks."""
        today = fields.Date.context_today(self)
        for lead in self:
            lead.pregnancy_week = (280 - (lead.due_date - today).days) // 7 if lead.due_date else 0

    @api.depends("due_date")
    def _compute_expected_checkin(self):
        for lead in self:
            lead.expected_checkin = lead.due_date and lead.due_date + timedelta(days=HOSPITAL_DAYS)

    @api.depends("stage_id.is_won", "probability", "date_closed", "create_date")
    def _compute_conversion(self):
        for lead in self:
            won = lead.stage_id.is_won
            lead.conversion_rate = 100.0 if won else 0.0
            lead.conversion_days = (
                (lead.date_closed - lead.create_date).days
                if won and lead.date_closed and lead.create_date
                else 0
            )

    def _compute_visit_count(self):
        counts = dict(
            self.env["postpartum.visit"]._read_group(
                [("lead_id", "in", self.ids)], ["lead_id"], ["__count"]
            )
        )
        for lead in self:
            lead.visit_count = counts.get(lead, 0)

    @api.model
    def _check_due_date_value(self, due_date):
        if not due_date:
            return
        due_date = fields.Date.to_date(due_date)
        today = fields.Date.context_today(self)
        if due_date > today + timedelta(days=MAX_DAYS_AHEAD):
            raise ValidationError(
                self.env._(
                    "The due date %(date)s is more than ten months ahead: check it.",
                    date=due_date,
                )
            )
        if due_date < today - timedelta(days=MAX_DAYS_PAST):
            raise ValidationError(
                self.env._(
                    "The due date %(date)s is long past: this family no longer needs a stay.",
                    date=due_date,
                )
            )

    @api.constrains("name", "channel", "due_date")
    def _check_name_length(self):
        for lead in self.filtered(lambda lead: lead.channel or lead.due_date):
            if len(lead.name or "") > MAX_NAME_LENGTH:
                raise ValidationError(
                    self.env._(
                        "A lead's title has at most %(max)s characters (%(length)s given).",
                        max=MAX_NAME_LENGTH,
                        length=len(lead.name),
                    )
                )

    @api.onchange("package_id")
    def _onchange_package_id(self):
        if self.package_id:
            self.expected_revenue = self._package_revenue(self.package_id)

    @api.model
    def _package_revenue(self, package):
        """Expected revenue of a lead for ``package``: its sale price."""
        return package.lst_price

    @api.model_create_multi
    def create(self, vals_list):
        Product = self.env["product.product"]
        for vals in vals_list:
            self._check_due_date_value(vals.get("due_date"))
            if vals.get("package_id") and not vals.get("expected_revenue"):
                vals["expected_revenue"] = self._package_revenue(Product.browse(vals["package_id"]))
        return super().create(vals_list)

    def write(self, vals):
        if "due_date" in vals:
            self._check_due_date_value(vals["due_date"])
        if vals.get("package_id") and "expected_revenue" not in vals:
            package = self.env["product.product"].browse(vals["package_id"])
            vals = {**vals, "expected_revenue": self._package_revenue(package)}
        return super().write(vals)

    def _postpartum_mother(self):
        """The mother's contact: the lead's customer, made a mother of the
        lead's store, or a new contact from the lead."""
        self.ensure_one()
        partner = self.partner_id
        if not partner:
            partner = self.env["res.partner"].create(
                {
                    "name": self.contact_name or self.partner_name or self.name,
                    "phone": self.phone,
                    "email": self.email_from,
                }
            )
            self.partner_id = partner
        values = {}
        if not partner.is_mother:
            values["is_mother"] = True
        if not partner.company_id:
            values["company_id"] = self.company_id.id or self.env.company.id
        if self.due_date and not partner.due_date:
            values["due_date"] = self.due_date
        if values:
            partner.write(values)
        return partner

    def action_postpartum_quote(self):
        """Quote the package to the family (a sale quotation linked to the lead)."""
        self.ensure_one()
        if not self.package_id:
            raise UserError(self.env._("Choose the package to quote."))
        mother = self._postpartum_mother()
        order = self.env["sale.order"].create(
            {
                "partner_id": mother.id,
                "opportunity_id": self.id,
                "company_id": (self.company_id or self.env.company).id,
                "user_id": self.user_id.id,
                "order_line": [Command.create({"product_id": self.package_id.id})],
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "sale.order",
            "res_id": order.id,
            "view_mode": "form",
        }

    def action_postpartum_reserve(self):
        """Turn the family's decision into a stay to sign: the quotation of the
        package (made now if needed) becomes the stay's order."""
        self.ensure_one()
        if not self.package_id:
            raise UserError(self.env._("Choose the package to reserve."))
        if self.stay_ids.filtered(lambda s: s.state != "cancelled"):
            raise UserError(self.env._("This lead already has a stay."))
        mother = self._postpartum_mother()
        quotation = self.order_ids.filtered(
            lambda o: o.state in ("draft", "sent") and self.package_id in o.order_line.product_id
        )[:1]
        stay = self.env["postpartum.stay"].create(
            {
                "partner_id": mother.id,
                "company_id": (self.company_id or self.env.company).id,
                "package_id": self.package_id.id,
                "due_date": self.due_date,
                "user_id": (self.user_id or self.env.user).id,
                "lead_id": self.id,
                "sale_order_id": quotation.id,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "postpartum.stay",
            "res_id": stay.id,
            "view_mode": "form",
        }

    def _postpartum_sign(self):
        """Reserve the stay and sign it at once (the family signs on the spot)."""
        for lead in self:
            action = lead.action_postpartum_reserve()
            self.env["postpartum.stay"].browse(action["res_id"]).action_reserve()
        return True

    def action_register_visit(self):
        """Register the family's visit (来访登记表)."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Visit"),
            "res_model": "postpartum.visit",
            "view_mode": "form",
            "context": {
                "default_lead_id": self.id,
                "default_visitor_name": self.contact_name or self.partner_id.name,
                "default_phone": self.phone,
                "default_company_id": (self.company_id or self.env.company).id,
            },
        }

    def action_open_visits(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Visits"),
            "res_model": "postpartum.visit",
            "view_mode": "list,form",
            "domain": [("lead_id", "=", self.id)],
            "context": {"default_lead_id": self.id},
        }
