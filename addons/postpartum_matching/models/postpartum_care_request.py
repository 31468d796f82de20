from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import check_create_field_access
from odoo.exceptions import UserError, ValidationError

REQUEST_STATES = [
    ("draft", "Draft"),
    ("matching", "Matching"),
    ("interviewing", "Interviewing"),
    ("confirmed", "Confirmed"),
    ("in_service", "In Service"),
    ("done", "Done"),
    ("cancelled", "Cancelled"),
]
REQUEST_ROLES = ("postpartum_base.group_front_desk", "postpartum_base.group_caregiver_manager")


class PostpartumCareRequest(models.Model):
    """A family's needs assessment (客户需求评估) for a home caregiver."""

    _name = "postpartum.care.request"
    _description = "Care Request"
    _inherit = [
        "postpartum.period.mixin",
        "postpartum.workflow.mixin",
        "postpartum.district.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "id desc"
    _check_company_auto = True
    # matching and cancelling are its own steps; interviews and orders move it
    # on (interviewing, confirmed, in service, done) in their flows
    _workflow_transitions = {
        ("draft", "matching"): REQUEST_ROLES,
        ("draft", "cancelled"): REQUEST_ROLES,
        ("matching", "cancelled"): REQUEST_ROLES,
        ("interviewing", "cancelled"): REQUEST_ROLES,
        ("confirmed", "cancelled"): REQUEST_ROLES,
    }

    name = fields.Char(default="/", copy=False, readonly=True)
    customer_id = fields.Many2one(
        "res.partner",
        string="Mother",
        required=True,
        index=True,
        tracking=True,
        check_company=True,
    )
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    user_id = fields.Many2one(
        "res.users", string="Consultant", default=lambda self: self.env.user, tracking=True
    )
    state = fields.Selection(REQUEST_STATES, default="draft", required=True, tracking=True)
    # the service period; empty while the family has not decided
    date_start = fields.Date(required=False)
    date_end = fields.Date(required=False)
    service_length = fields.Selection(
        [("26", "26 days"), ("42", "42 days"), ("custom", "Custom")],
        default="26",
    )
    household_size = fields.Integer(default=3)
    housing_type = fields.Selection(
        [("apartment", "Apartment"), ("house", "House"), ("villa", "Villa")], default="apartment"
    )
    address = fields.Char()
    district = fields.Char()
    latitude = fields.Float(digits=(10, 7))
    longitude = fields.Float(digits=(10, 7))

    @api.onchange("district")
    def _onchange_district(self):
        self._fill_coordinates_from_district()

    delivery_type = fields.Selection([("vaginal", "Vaginal"), ("c_section", "C-Section")])
    # her health after the delivery: for the nurses and the caregiver manager, who
    # matches a caregiver able to care for it (the consultant records the needs)
    complications = fields.Text(
        string="Mother's Condition",
        groups="postpartum_base.group_nurse,postpartum_base.group_caregiver_manager",
    )
    baby_count = fields.Integer(string="Babies", default=1)
    due_date = fields.Date()
    required_skill_ids = fields.Many2many(
        "hr.skill",
        string="Required Skills",
        domain=lambda self: [
            ("skill_type_id", "=", self.env.ref("postpartum_caregiver.skill_type_caregiver").id)
        ],
    )
    cuisine_id = fields.Many2one(
        "postpartum.caregiver.tag", string="Preferred Cuisine", domain=[("kind", "=", "cuisine")]
    )
    language_ids = fields.Many2many(
        "postpartum.caregiver.tag", string="Languages", domain=[("kind", "=", "language")]
    )
    min_level_id = fields.Many2one(
        "postpartum.caregiver.level", string="Minimum Level", check_company=True
    )
    max_daily_rate = fields.Monetary(
        string="Daily Budget", currency_field="currency_id", help="Maximum price per day."
    )
    currency_id = fields.Many2one(related="company_id.currency_id")
    note = fields.Text(string="Other Notes")
    excluded_employee_ids = fields.Many2many(
        "hr.employee",
        "postpartum_care_request_excluded_rel",
        string="Declined Caregivers",
        help="Caregivers declined at an interview: never proposed again for this request.",
    )
    candidate_ids = fields.One2many("postpartum.match.candidate", "request_id")
    interview_ids = fields.One2many("postpartum.interview", "request_id")
    order_ids = fields.One2many("postpartum.service.order", "request_id")
    order_count = fields.Integer(compute="_compute_order_count", string="Orders")
    parent_request_id = fields.Many2one(
        "postpartum.care.request",
        string="Replaces Request",
        readonly=True,
        index=True,
        check_company=True,
    )

    @api.model_create_multi
    def create(self, vals_list):
        check_create_field_access(self, vals_list)
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("postpartum.care.request") or "/"
                )
        return super().create(vals_list)

    def _compute_order_count(self):
        for request in self:
            request.order_count = len(request.order_ids)

    @api.onchange("customer_id")
    def _onchange_customer_id(self):
        mother = self.customer_id
        if mother:
            self.delivery_type = mother.delivery_type or self.delivery_type
            self.due_date = mother.due_date or self.due_date
            self.address = mother.contact_address_inline if not self.address else self.address
            if mother.baby_count:
                self.baby_count = mother.baby_count

    @api.onchange("date_start", "service_length")
    def _onchange_service_length(self):
        if self.date_start and self.service_length in ("26", "42"):
            self.date_end = self.date_start + timedelta(days=int(self.service_length) - 1)

    @api.constrains("baby_count", "max_daily_rate", "household_size", "latitude", "longitude")
    def _check_request(self):
        for request in self:
            if request.baby_count < 1:
                raise ValidationError(self.env._("A care request is for at least one baby."))
            if request.max_daily_rate < 0:
                raise ValidationError(self.env._("The daily budget cannot be negative."))
            if request.household_size < 1:
                raise ValidationError(self.env._("A household has at least one person."))
            if not -90 <= request.latitude <= 90 or not -180 <= request.longitude <= 180:
                raise ValidationError(self.env._("These coordinates do not exist."))

    def _check_period_set(self):
        for request in self:
            if not request.date_start or not request.date_end:
                raise UserError(
                    self.env._(
                        "Set the service period of %(request)s before matching.",
                        request=request.name,
                    )
                )

    def _workflow_state_error(self, record, new_state):
        if new_state == "cancelled":
            return self.env._("A request in service or done cannot be cancelled.")
        return super()._workflow_state_error(record, new_state)

    def action_match(self):
        """Rank the caregivers for this request (the candidates list)."""
        self._check_period_set()
        Candidate = self.env["postpartum.match.candidate"]
        for request in self:
            if request.state not in ("draft", "matching", "interviewing"):
                raise UserError(self.env._("Only an open request can be matched."))
            if request.state == "draft":
                request._workflow_check("matching")
            request.candidate_ids.unlink()
            Candidate.create(Candidate._rank(request))
            if request.state == "draft":
                request._workflow_flow().state = "matching"
        return True

    def action_cancel(self):
        self._workflow_check("cancelled")
        self._workflow_flow().write({"state": "cancelled"})

    def action_view_orders(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "postpartum_matching.action_service_order"
        )
        action["domain"] = [("request_id", "=", self.id)]
        current = self.order_ids.filtered(lambda o: o.state not in ("cancelled", "replaced"))
        if len(self.order_ids) == 1 or len(current) == 1:
            # the request's one order (or its one current order after a
            # replacement): straight to it, the list is a click for nothing
            action.update(
                views=[(False, "form")], view_mode="form", res_id=(current or self.order_ids).id
            )
        return action
