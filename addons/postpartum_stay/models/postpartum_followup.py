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
    """One follow-up call (回访) of a plan, or planned by hand, with its outcome.
    The stay plans its calls from the plans (``postpartum.followup.plan``) and
    closes those of a stage that is over (birth, check-out, cancellation)."""

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
                "postpartum_stay.mail_activity_followup_call",
                date_deadline=followup.date,
                summary=env._(
                    "%(call)s: %(customer)s",
                    call=followup.with_env(env).title,
                    customer=followup.partner_id.name or "",
                ),
                user_id=user.id,
            )
        return followups

    def action_done(self):
        for followup in self:
            if not followup.outcome:
                raise UserError(
                    self.env._("Record the outcome of the call %(call)s.", call=followup.title)
                )
        self.write({"state": "done"})
        self.activity_feedback(["postpartum_stay.mail_activity_followup_call"])
        return True

    def action_cancel(self):
        self.write({"state": "cancelled"})
        self.activity_unlink(["postpartum_stay.mail_activity_followup_call"])
