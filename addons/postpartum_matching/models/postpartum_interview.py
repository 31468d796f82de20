from datetime import datetime, time, timedelta

import pytz

from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import reader_env
from odoo.exceptions import UserError

DECISIONS = [("pending", "Pending"), ("accepted", "Accepted"), ("declined", "Declined")]


class PostpartumInterview(models.Model):
    """The family and a candidate caregiver meet (面试); both decide."""

    _name = "postpartum.interview"
    _description = "Caregiver Interview"
    _inherit = ["postpartum.workflow.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "start desc, id desc"
    _check_company_auto = True
    # the state follows the two decisions, which only their buttons record (they
    # re-match or confirm the order)
    _workflow_initial = ("planned",)
    _workflow_locked = {"customer_decision": (), "caregiver_decision": (), "order_id": ()}

    request_id = fields.Many2one(
        "postpartum.care.request", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="request_id.company_id", store=True, index=True)
    customer_id = fields.Many2one(related="request_id.customer_id", string="Mother")
    employee_id = fields.Many2one(
        "hr.employee",
        string="Caregiver",
        required=True,
        index=True,
        domain=[("is_caregiver", "=", True)],
        check_company=True,
    )
    start = fields.Datetime(required=True, default=lambda self: self._default_start())
    duration = fields.Float(default=1.0, string="Duration (hours)")
    location = fields.Char()
    event_id = fields.Many2one("calendar.event", string="Calendar Event", readonly=True, copy=False)
    customer_decision = fields.Selection(DECISIONS, default="pending", required=True, tracking=True)
    caregiver_decision = fields.Selection(
        DECISIONS, default="pending", required=True, tracking=True
    )
    decline_reason = fields.Char(tracking=True)
    note = fields.Text()
    state = fields.Selection(
        [("planned", "Planned"), ("accepted", "Both Accepted"), ("declined", "Declined")],
        compute="_compute_state",
        store=True,
    )
    order_id = fields.Many2one(
        "postpartum.service.order", readonly=True, copy=False, check_company=True
    )

    @api.model
    def _default_start(self):
        """Tomorrow at 10:00 where the consultant is (stored in UTC)."""
        tz = pytz.timezone(self.env.user.tz or "Asia/Shanghai")
        tomorrow = fields.Date.context_today(self) + timedelta(days=1)
        local = tz.localize(datetime.combine(tomorrow, time(10, 0)))
        return local.astimezone(pytz.utc).replace(tzinfo=None)

    @api.depends("customer_decision", "caregiver_decision")
    def _compute_state(self):
        for interview in self:
            decisions = {interview.customer_decision, interview.caregiver_decision}
            if "declined" in decisions:
                interview.state = "declined"
            elif decisions == {"accepted"}:
                interview.state = "accepted"
            else:
                interview.state = "planned"

    @api.depends("employee_id", "request_id")
    def _compute_display_name(self):
        for interview in self:
            interview.display_name = self.env._(
                "Interview: %(caregiver)s / %(mother)s",
                caregiver=interview.employee_id.name or "",
                mother=interview.request_id.customer_id.name or "",
            )

    @api.model_create_multi
    def create(self, vals_list):
        interviews = super().create(vals_list)
        for interview in interviews:
            request = interview.request_id
            if request.state not in ("matching", "interviewing"):
                raise UserError(self.env._("Interviews are planned for a request being matched."))
            if interview.employee_id in request.excluded_employee_ids:
                raise UserError(
                    self.env._(
                        "%(name)s was declined for this request.", name=interview.employee_id.name
                    )
                )
            partners = interview.request_id.customer_id | interview.employee_id.work_contact_id
            interview.event_id = (
                self.env["calendar.event"]
                .sudo()
                .create(
                    {
                        "name": interview.display_name,
                        "start": interview.start,
                        "stop": interview.start + timedelta(hours=interview.duration or 1),
                        "partner_ids": [fields.Command.set(partners.ids)],
                        "location": interview.location,
                        "user_id": self.env.user.id,
                        "res_model_id": self.env["ir.model"]._get_id(self._name),
                        "res_id": interview.id,
                    }
                )
            )
            request._workflow_flow().state = "interviewing"
        return interviews

    def write(self, vals):
        res = super().write(vals)
        if {"start", "duration", "location"} & set(vals):
            for interview in self.filtered("event_id"):
                interview.event_id.sudo().write(
                    {
                        "start": interview.start,
                        "stop": interview.start + timedelta(hours=interview.duration or 1),
                        "location": interview.location,
                    }
                )
        return res

    def _set_decision(self, who, decision, reason=None):
        for interview in self._workflow_flow():
            if interview.state != "planned":
                raise UserError(self.env._("Both sides have already decided on this interview."))
            vals = {f"{who}_decision": decision}
            if reason:
                vals["decline_reason"] = reason
            interview.write(vals)
            interview._apply_outcome()

    def action_customer_accept(self):
        self._set_decision("customer", "accepted")

    def action_customer_decline(self):
        self._set_decision("customer", "declined", self.env.context.get("decline_reason"))

    def action_caregiver_accept(self):
        self._set_decision("caregiver", "accepted")

    def action_caregiver_decline(self):
        self._set_decision("caregiver", "declined", self.env.context.get("decline_reason"))

    def _apply_outcome(self):
        """A decline sends the request back to matching without that caregiver
        (seed: 如果一方不满意, 则机构会重新进行匹配); two acceptances confirm the
        home-service order."""
        self.ensure_one()
        request = self.request_id
        if self.state == "declined":
            request.excluded_employee_ids = [fields.Command.link(self.employee_id.id)]
            request.state = "matching"
            request.action_match()
            request.message_post(
                body=reader_env(self.env, company=request.company_id)._(
                    "%(name)s declined at the interview: matching again without her.",
                    name=self.employee_id.name,
                )
            )
        elif self.state == "accepted":
            replaced = request.parent_request_id.order_ids.filtered(lambda o: o.state == "replaced")
            order = self.env["postpartum.service.order"].create(
                {
                    "previous_order_id": replaced[-1:].id,
                    "request_id": request.id,
                    "employee_id": self.employee_id.id,
                    "date_start": request.date_start,
                    "date_end": request.date_end,
                }
            )
            order.action_confirm()
            self.order_id = order
