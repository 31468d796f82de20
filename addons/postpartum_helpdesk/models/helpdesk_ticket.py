from odoo import api, fields, models
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
# Who investigates complaints and records testimonials.
HANDLER_GROUPS = (
    "postpartum_base.group_customer_service",
    "postpartum_base.group_caregiver_manager",
)


class HelpdeskTicket(models.Model):
    """Feedback about a home-service order and its caregiver (售后与反馈): from the
    customer (praise, complaint, suggestion) or from the caregiver (月嫂反馈)."""

    _inherit = "helpdesk.ticket"

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
    discipline_ids = fields.One2many(
        "postpartum.discipline.record", "ticket_id", string="Discipline Decisions"
    )

    @api.depends("service_order_id")
    def _compute_caregiver_id(self):
        for ticket in self.filtered("service_order_id"):
            ticket.caregiver_id = ticket.service_order_id.employee_id

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
        return tickets

    def write(self, vals):
        if vals.get("feedback_type") == "complaint":
            for ticket in self.filtered(lambda t: not t.complaint_state):
                ticket.complaint_state = "to_investigate"
        result = super().write(vals)
        if {"stage_id", "resolution", "feedback_type"} & set(vals):
            self._check_resolution()
        return result

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
        and a complaint only once investigated."""
        for ticket in self.filtered(lambda t: t.stage_id.closed):
            if ticket.feedback_type not in ("complaint", "caregiver_feedback"):
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

    def _check_handler(self):
        if self.env.su or any(self.env.user.has_group(group) for group in HANDLER_GROUPS):
            return
        raise UserError(self.env._("Only customer service or a caregiver manager can do this."))

    def _check_investigation(self):
        self._check_handler()
        for ticket in self:
            if ticket.feedback_type != "complaint":
                raise UserError(
                    self.env._("Ticket %(ticket)s is not a complaint.", ticket=ticket.display_name)
                )
            if ticket.complaint_state != "to_investigate":
                raise UserError(
                    self.env._(
                        "The complaint %(ticket)s has already been decided.",
                        ticket=ticket.display_name,
                    )
                )
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
        self._check_investigation()
        for ticket in self:
            if not ticket.caregiver_id:
                raise UserError(
                    self.env._(
                        "Name the caregiver concerned by %(ticket)s before confirming it.",
                        ticket=ticket.display_name,
                    )
                )
        self.write({"complaint_state": "confirmed", "investigator_id": self.env.user.id})
        return self.env["postpartum.discipline.rule"]._evaluate_complaints(self)

    def action_dismiss_complaint(self):
        self._check_investigation()
        self.write({"complaint_state": "dismissed", "investigator_id": self.env.user.id})

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
            ticket.write({"is_testimonial": True, "commendation_id": benefit.id})
            ticket.caregiver_id.sudo().message_post(
                body=self.env._(
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
