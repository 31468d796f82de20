from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import reader_env, user_has_role
from odoo.exceptions import UserError, ValidationError

FEEDBACK_TYPES = [
    ("praise", "Praise"),
    ("complaint", "Complaint"),
    ("suggestion", "Suggestion"),
    ("caregiver_feedback", "Caregiver Feedback"),
]
COMPLAINT_STATES = [
    ("to_investigate", "To Investigate"),
    ("confirmed", "Confirmed"),
    ("dismissed", "Dismissed"),
]
# Feedback that the customer is asked to accept (客户确认) once resolved.
CONFIRMABLE_TYPES = ("complaint", "suggestion")
# Changing one of these fields checks again what a closed ticket needs.
CLOSING_FIELDS = {"stage_id", "resolution", "feedback_type", "stay_id", "customer_confirmed"}
# Who investigates complaints and records testimonials.
HANDLER_GROUPS = (
    "postpartum_base.group_customer_service",
    "postpartum_base.group_caregiver_manager",
)


def _hours_between(start, end):
    if not (start and end):
        return 0.0
    return max((end - start).total_seconds() / 3600, 0.0)


class HelpdeskTicket(models.Model):
    """Feedback about a home-service order and its caregiver (售后与反馈): from the
    customer (praise, complaint, suggestion) or from the caregiver (月嫂反馈); and
    the complaints and suggestions of the customer service center (客户服务中心)
    about a stay: rooms, meals, staff, services."""

    _name = "helpdesk.ticket"
    _inherit = ["helpdesk.ticket", "postpartum.workflow.mixin"]
    # the investigation of a complaint; what it decides and what the customer
    # confirms are written by their steps only
    _workflow_field = "complaint_state"
    _workflow_transitions = {
        ("to_investigate", "confirmed"): HANDLER_GROUPS,
        ("to_investigate", "dismissed"): HANDLER_GROUPS,
    }
    _workflow_initial = ("to_investigate",)
    _workflow_locked = {
        "investigator_id": (),
        "customer_confirmed": (),
        "customer_confirmation_date": (),
        "is_testimonial": (),
        "commendation_id": (),
        "first_response_datetime": (),
    }

    feedback_type = fields.Selection(FEEDBACK_TYPES, tracking=True, index=True)
    service_order_id = fields.Many2one(
        "postpartum.service.order",
        string="Home-Service Order",
        index=True,
        tracking=True,
        check_company=True,
    )
    caregiver_id = fields.Many2one(
        "hr.employee",
        string="Caregiver",
        compute="_compute_caregiver_id",
        store=True,
        readonly=False,
        index=True,
        tracking=True,
        domain="[('is_caregiver', '=', True)]",
    )
    complaint_state = fields.Selection(
        COMPLAINT_STATES, string="Investigation", copy=False, tracking=True, index=True
    )
    investigation_note = fields.Text(tracking=True)
    investigator_id = fields.Many2one("res.users", readonly=True, copy=False, tracking=True)
    resolution = fields.Text(tracking=True)
    is_testimonial = fields.Boolean(string="Testimonial", readonly=True, copy=False, tracking=True)
    commendation_id = fields.Many2one(
        "postpartum.caregiver.benefit", readonly=True, copy=False, string="Commendation"
    )
    # decisions about a caregiver's pay and standing: her managers only
    discipline_ids = fields.One2many(
        "postpartum.discipline.record",
        "ticket_id",
        string="Discipline Decisions",
        groups="postpartum_base.group_caregiver_manager",
    )

    # ------------------------------------------- customer service center (stays)
    stay_id = fields.Many2one(
        "postpartum.stay",
        string="Stay",
        index=True,
        tracking=True,
        check_company=True,
    )
    # the contact follows the stay's mother (still editable: the husband may call)
    partner_id = fields.Many2one(compute="_compute_partner_id", store=True, readonly=False)
    employee_id = fields.Many2one(
        "hr.employee",
        string="Employee Concerned",
        index=True,
        tracking=True,
        help="The staff member the feedback is about, if any. A caregiver is also set as "
        "the caregiver of the ticket, for the discipline rules on confirmed complaints.",
    )
    customer_confirmed = fields.Boolean(
        copy=False,
        tracking=True,
        readonly=True,
        help="The customer accepted the resolution: customer service records it with the "
        "Customer Confirms button, after writing her words in the customer's comment.",
    )
    customer_confirmation_date = fields.Datetime(copy=False, readonly=True)
    customer_comment = fields.Text(
        copy=False, help="What the customer said when accepting the resolution."
    )
    first_response_datetime = fields.Datetime(
        string="First Response",
        copy=False,
        readonly=True,
        help="The first time the ticket was assigned, left its first stage or received an "
        "investigation note.",
    )
    response_hours = fields.Float(
        compute="_compute_response_hours",
        store=True,
        aggregator="avg",
        digits=(16, 2),
        help="Hours from the creation of the ticket to its first response.",
    )
    resolution_hours = fields.Float(
        compute="_compute_resolution_hours",
        store=True,
        aggregator="avg",
        digits=(16, 2),
        help="Hours from the creation of the ticket to its closing.",
    )

    @api.depends("number", "name")
    def _compute_display_name(self):
        """ "HD0042 - 产后护理态度" once numbered and named; a ticket being written
        reads as what it has (no "/ - False" in the breadcrumb)."""
        for ticket in self:
            parts = [p for p in (ticket.number, ticket.name) if p and p != "/"]
            ticket.display_name = " - ".join(parts)

    @api.depends("service_order_id", "employee_id")
    def _compute_caregiver_id(self):
        for ticket in self:
            if ticket.service_order_id:
                ticket.caregiver_id = ticket.service_order_id.employee_id
            elif ticket.employee_id:
                # a complaint about a caregiver still feeds her discipline rules
                employee = ticket.employee_id
                ticket.caregiver_id = employee if employee.sudo().is_caregiver else False

    @api.depends("stay_id")
    def _compute_partner_id(self):
        for ticket in self.filtered("stay_id"):
            ticket.partner_id = ticket.stay_id.partner_id

    @api.depends("create_date", "first_response_datetime")
    def _compute_response_hours(self):
        for ticket in self:
            ticket.response_hours = _hours_between(
                ticket.create_date, ticket.first_response_datetime
            )

    @api.depends("create_date", "closed_date", "stage_id.closed")
    def _compute_resolution_hours(self):
        for ticket in self:
            ticket.resolution_hours = (
                _hours_between(ticket.create_date, ticket.closed_date)
                if ticket.stage_id.closed
                else 0.0
            )

    @api.onchange("service_order_id")
    def _onchange_service_order_id(self):
        customer = self.service_order_id.customer_id
        if customer and self.feedback_type != "caregiver_feedback":
            self.partner_id = customer

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("feedback_type") == "complaint":
                vals.setdefault("complaint_state", "to_investigate")
        tickets = super().create(vals_list)
        tickets._check_resolution()
        # created already assigned, investigated or past the first stage: answered
        for ticket in tickets:
            if (
                ticket.user_id
                or (ticket.investigation_note or "").strip()
                or (
                    ticket.stage_id
                    and ticket.stage_id != ticket.team_id._get_applicable_stages()[:1]
                )
            ):
                ticket._workflow_flow().first_response_datetime = ticket.create_date
        return tickets

    def write(self, vals):
        if vals.get("feedback_type") == "complaint":
            for ticket in self.filtered(lambda t: not t.complaint_state):
                ticket._workflow_flow().complaint_state = "to_investigate"
        answered = self._answered_by(vals)
        result = super().write(vals)
        if answered:
            answered._workflow_flow().first_response_datetime = fields.Datetime.now()
        if CLOSING_FIELDS & set(vals):
            self._check_resolution()
        return result

    def _postpartum_demo_timeline(self, created_hours_ago, response_hours, closed_hours=None):
        """Demo data only: give the tickets a past (recorded ``created_hours_ago``
        hours ago, answered ``response_hours`` and closed ``closed_hours`` after
        that), so that the response and resolution figures tell a story. Demo
        records are all created in the same second otherwise."""
        now = fields.Datetime.now()
        created = now - timedelta(hours=created_hours_ago)
        self.flush_recordset()
        self.env.cr.execute(
            """UPDATE helpdesk_ticket
                  SET create_date = %s, first_response_datetime = %s,
                      closed_date = CASE WHEN closed_date IS NULL THEN NULL ELSE %s END
                WHERE id IN %s""",
            [
                created,
                created + timedelta(hours=response_hours),
                created + timedelta(hours=closed_hours or 0),
                tuple(self.ids),
            ],
        )
        self.invalidate_recordset(["create_date", "first_response_datetime", "closed_date"])
        self.env.add_to_compute(self._fields["response_hours"], self)
        self.env.add_to_compute(self._fields["resolution_hours"], self)
        self.flush_recordset(["response_hours", "resolution_hours"])
        return True

    def _answered_by(self, vals):
        """The tickets not answered yet that ``vals`` answer: assigned, moved out of
        their (first) stage, or given an investigation note."""
        pending = self.filtered(lambda t: not t.first_response_datetime)
        if not pending or "first_response_datetime" in vals:
            return self.browse()
        if vals.get("user_id") or (vals.get("investigation_note") or "").strip():
            return pending
        if vals.get("stage_id"):
            return pending.filtered(lambda t: t.stage_id.id != vals["stage_id"])
        return self.browse()

    @api.constrains("stay_id", "company_id")
    def _check_stay_company(self):
        self._check_company(["stay_id"])

    @api.constrains("feedback_type", "service_order_id")
    def _check_service_order(self):
        for ticket in self:
            if ticket.feedback_type == "caregiver_feedback" and not ticket.service_order_id:
                raise ValidationError(
                    self.env._(
                        "Caregiver feedback is about a home-service order: choose the order."
                    )
                )

    def _check_resolution(self):
        """A complaint or a caregiver's feedback is closed only with its resolution,
        and a complaint only once investigated. In the center, a suggestion about a
        stay also needs its resolution, and a complaint about a stay the customer's
        confirmation of the resolution."""
        for ticket in self.filtered(lambda t: t.stage_id.closed):
            needs_resolution = ticket.feedback_type in ("complaint", "caregiver_feedback") or (
                ticket.feedback_type == "suggestion" and ticket.stay_id
            )
            if not needs_resolution:
                continue
            if not (ticket.resolution or "").strip():
                raise ValidationError(
                    self.env._(
                        "Record the resolution before closing ticket %(ticket)s.",
                        ticket=ticket.display_name,
                    )
                )
            if ticket.complaint_state == "to_investigate":
                raise ValidationError(
                    self.env._(
                        "Confirm or dismiss the complaint before closing ticket %(ticket)s.",
                        ticket=ticket.display_name,
                    )
                )
            if (
                ticket.feedback_type == "complaint"
                and ticket.stay_id
                and not ticket.customer_confirmed
            ):
                raise ValidationError(
                    self.env._(
                        "The customer has not confirmed the resolution of complaint "
                        "%(ticket)s yet: call her back, then record her confirmation "
                        "before closing the ticket.",
                        ticket=ticket.display_name,
                    )
                )

    def _check_handler(self):
        if user_has_role(self.env, *HANDLER_GROUPS):
            return
        raise UserError(self.env._("Only customer service or a caregiver manager can do this."))

    def _workflow_state_error(self, record, new_state):
        if record.feedback_type != "complaint":
            return self.env._("Ticket %(ticket)s is not a complaint.", ticket=record.display_name)
        return self.env._(
            "The complaint %(ticket)s has already been decided.", ticket=record.display_name
        )

    def _check_investigation(self, new_state):
        self._check_handler()
        for ticket in self:
            if ticket.feedback_type != "complaint":
                raise UserError(self._workflow_state_error(ticket, new_state))
        self._workflow_check(new_state)
        for ticket in self:
            if not (ticket.investigation_note or "").strip():
                raise UserError(
                    self.env._(
                        "Write the investigation note of %(ticket)s first: what was checked "
                        "and with whom.",
                        ticket=ticket.display_name,
                    )
                )

    def action_confirm_complaint(self):
        """The investigation confirmed the complaint: the discipline rules on
        confirmed complaints propose their decisions to the caregiver manager."""
        self._check_investigation("confirmed")
        for ticket in self:
            # a center complaint may concern a room or a meal rather than someone
            if not ticket.caregiver_id and not ticket.stay_id:
                raise UserError(
                    self.env._(
                        "Name the caregiver concerned by %(ticket)s before confirming it.",
                        ticket=ticket.display_name,
                    )
                )
        self._workflow_move("confirmed", {"investigator_id": self.env.user.id})
        # the proposals are the system's: customer service confirms the complaint
        # without reading the caregivers' discipline decisions
        return (
            self.env["postpartum.discipline.rule"]
            .sudo()
            ._evaluate_complaints(self.filtered("caregiver_id"))
        )

    def action_dismiss_complaint(self):
        self._check_investigation("dismissed")
        self._workflow_move("dismissed", {"investigator_id": self.env.user.id})

    def action_customer_confirm(self):
        """Customer service called the customer back: she accepts the resolution
        (客户确认). Her words go in the customer's comment."""
        if not user_has_role(self.env, "postpartum_base.group_customer_service"):
            raise UserError(
                self.env._("Only customer service records the customer's confirmation.")
            )
        for ticket in self:
            if ticket.feedback_type not in CONFIRMABLE_TYPES:
                raise UserError(
                    self.env._(
                        "Only a complaint or a suggestion is confirmed by the customer "
                        "(%(ticket)s).",
                        ticket=ticket.display_name,
                    )
                )
            if ticket.customer_confirmed:
                raise UserError(
                    self.env._(
                        "The customer has already confirmed %(ticket)s.",
                        ticket=ticket.display_name,
                    )
                )
            if not (ticket.resolution or "").strip():
                raise UserError(
                    self.env._(
                        "Record the resolution of %(ticket)s before the customer confirms it.",
                        ticket=ticket.display_name,
                    )
                )
        self._workflow_flow().write(
            {"customer_confirmed": True, "customer_confirmation_date": fields.Datetime.now()}
        )
        return True

    def action_mark_testimonial(self):
        """Positive feedback becomes a commendation (表扬) on the caregiver's file."""
        self._check_handler()
        Benefit = self.env["postpartum.caregiver.benefit"].sudo()
        for ticket in self:
            if ticket.feedback_type != "praise":
                raise UserError(
                    self.env._(
                        "Only praise can become a testimonial (%(ticket)s).",
                        ticket=ticket.display_name,
                    )
                )
            if ticket.is_testimonial:
                raise UserError(
                    self.env._("%(ticket)s is already a testimonial.", ticket=ticket.display_name)
                )
            if not ticket.caregiver_id:
                raise UserError(
                    self.env._(
                        "Name the caregiver praised by %(ticket)s first.",
                        ticket=ticket.display_name,
                    )
                )
            benefit = Benefit.create(
                {
                    "employee_id": ticket.caregiver_id.id,
                    "kind": "commendation",
                    "name": ticket.name,
                    "note": ticket.partner_id.name or False,
                    "ticket_id": ticket.id,
                }
            )
            ticket._workflow_flow().write({"is_testimonial": True, "commendation_id": benefit.id})
            ticket.caregiver_id.sudo().message_post(
                body=reader_env(self.env, company=ticket.caregiver_id.company_id)._(
                    "Commended by a customer: %(title)s (%(ticket)s)",
                    title=ticket.name,
                    ticket=ticket.number,
                )
            )
        return True

    def action_open_discipline(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Discipline Decisions"),
            "res_model": "postpartum.discipline.record",
            "view_mode": "list,form",
            "domain": [("ticket_id", "=", self.id)],
        }
