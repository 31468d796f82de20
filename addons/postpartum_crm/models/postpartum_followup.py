from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import reader_env
from odoo.exceptions import UserError

OUTCOMES = [
    ("reached", "Reached, satisfied"),
    ("needs", "Reached, has requests"),
    ("complaint", "Reached, complains"),
    ("no_answer", "No answer"),
    ("callback", "Call back later"),
]


class PostpartumFollowup(models.Model):
    """One follow-up call of a plan, with its outcome."""

    _name = "postpartum.followup"
    _description = "Follow-up Call"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date, id"

    plan_line_id = fields.Many2one("postpartum.followup.plan.line", ondelete="set null")
    # the plan line's name and script are shown in the reader's language;
    # ``name`` and ``script`` keep the text of calls planned by hand (and a
    # copy of the line's, should the line be deleted)
    name = fields.Char(required=True)
    script = fields.Html(string="Script Written")
    title = fields.Char(string="Call", compute="_compute_title")
    call_script = fields.Html(string="Script", compute="_compute_title")
    stay_id = fields.Many2one("postpartum.stay", index=True, ondelete="cascade", check_company=True)
    partner_id = fields.Many2one(
        "res.partner",
        string="Customer",
        compute="_compute_partner",
        store=True,
        readonly=False,
        index=True,
        check_company=True,
    )
    company_id = fields.Many2one(
        "res.company",
        string="Store",
        compute="_compute_partner",
        store=True,
        readonly=False,
        index=True,
    )
    user_id = fields.Many2one("res.users", string="Agent", index=True, tracking=True)
    date = fields.Date(required=True, index=True, tracking=True)
    state = fields.Selection(
        [("planned", "Planned"), ("done", "Done"), ("cancelled", "Cancelled")],
        default="planned",
        required=True,
        tracking=True,
        index=True,
    )
    outcome = fields.Selection(OUTCOMES, tracking=True)
    notes = fields.Text(string="Call Notes")
    is_overdue = fields.Boolean(compute="_compute_is_overdue", search="_search_is_overdue")
    holiday_id = fields.Many2one(
        "postpartum.greeting.holiday", string="Holiday", ondelete="set null", index=True
    )

    _sql_constraints = [
        (
            "holiday_partner_uniq",
            "UNIQUE(holiday_id, partner_id)",
            "This customer already has a greeting for this holiday.",
        ),
    ]

    @api.depends("plan_line_id", "name", "script")
    @api.depends_context("lang")
    def _compute_title(self):
        for followup in self:
            line = followup.plan_line_id
            followup.title = line.name or followup.name
            followup.call_script = line.script or followup.script

    @api.depends("title", "partner_id")
    def _compute_display_name(self):
        for followup in self:
            followup.display_name = f"{followup.title or ''} {followup.partner_id.name or ''}"

    @api.depends("stay_id")
    def _compute_partner(self):
        for followup in self.filtered("stay_id"):
            followup.partner_id = followup.stay_id.partner_id
            followup.company_id = followup.stay_id.company_id

    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for followup in self:
            followup.is_overdue = followup.state == "planned" and followup.date < today

    def _search_is_overdue(self, operator, value):
        today = fields.Date.context_today(self)
        domain = [("state", "=", "planned"), ("date", "<", today)]
        if (operator == "=") == bool(value):
            return domain
        return ["!", "&", *domain]

    @api.model_create_multi
    def create(self, vals_list):
        Line = self.env["postpartum.followup.plan.line"]
        for vals in vals_list:
            if vals.get("plan_line_id") and not vals.get("name"):
                line = Line.browse(vals["plan_line_id"])
                vals.setdefault("name", line.name)
                vals.setdefault("script", line.script)
        followups = super().create(vals_list)
        for followup in followups:
            user = followup.user_id or self.env.user
            env = reader_env(self.env, user=user, company=followup.company_id)
            followup.activity_schedule(
                "postpartum_crm.mail_activity_followup_call",
                date_deadline=followup.date,
                summary=env._(
                    "%(call)s: %(customer)s",
                    call=followup.with_env(env).title,
                    customer=followup.partner_id.name or "",
                ),
                user_id=user.id,
            )
        return followups

    @api.model
    def _cron_holiday_greetings(self):
        """Greeting calls (节假日问候) to the customers of each store before a
        holiday: mothers with a signed stay (to come, in house, or left within
        a year), once per holiday and customer."""
        today = fields.Date.context_today(self)
        holidays = self.env["postpartum.greeting.holiday"].search(
            [("for_customers", "=", True), ("date", ">=", today)]
        )
        holidays = holidays.filtered(lambda h: (h.date - today).days <= h.days_before)
        if not holidays:
            return self
        stays = self.env["postpartum.stay"].search(
            [
                ("state", "in", ("reserved", "checked_in", "checked_out")),
                ("date_end", ">=", today - timedelta(days=365)),
            ]
        )
        done = {
            (followup.holiday_id, followup.partner_id)
            for followup in self.search([("holiday_id", "in", holidays.ids)])
        }
        values = []
        for holiday in holidays:
            for stay in stays:
                key = (holiday, stay.partner_id)
                if key in done:
                    continue
                done.add(key)
                env = reader_env(self.env, company=stay.company_id)
                values.append(
                    {
                        "name": env._("%(holiday)s greeting", holiday=holiday.with_env(env).name),
                        "script": holiday.customer_script,
                        "holiday_id": holiday.id,
                        "partner_id": stay.partner_id.id,
                        "company_id": stay.company_id.id,
                        "user_id": (stay.company_id.customer_service_user_id or stay.user_id).id,
                        "date": holiday.date - timedelta(days=1),
                    }
                )
        return self.create(values)

    def action_done(self):
        for followup in self:
            if not followup.outcome:
                raise UserError(
                    self.env._("Record the outcome of the call %(call)s.", call=followup.title)
                )
        self.write({"state": "done"})
        self.activity_feedback(["postpartum_crm.mail_activity_followup_call"])
        return True

    def action_cancel(self):
        self.write({"state": "cancelled"})
        self.activity_unlink(["postpartum_crm.mail_activity_followup_call"])
