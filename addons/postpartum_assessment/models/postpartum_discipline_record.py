from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import reader_env

from .postpartum_discipline_rule import EFFECTS

MANAGER_GROUP = "postpartum_base.group_caregiver_manager"


class PostpartumDisciplineRecord(models.Model):
    """A discipline or reward decision: proposed by a rule (or by hand),
    approved or rejected by the caregiver manager."""

    _name = "postpartum.discipline.record"
    _description = "Discipline or Reward Decision"
    _inherit = [
        "postpartum.caregiver.record.mixin",
        "postpartum.workflow.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "date desc, id desc"
    _workflow_transitions = {
        ("proposed", "approved"): (MANAGER_GROUP,),
        ("proposed", "rejected"): (MANAGER_GROUP,),
    }
    _workflow_initial = ("proposed",)
    _workflow_locked = {
        "employee_id": ("proposed",),
        "effect": ("proposed",),
        "amount": ("proposed",),
        "reason": ("proposed",),
        "date": ("proposed",),
        "rule_id": ("proposed",),
        "approver_id": (),
        "decision_date": (),
        "trigger_key": (),
    }

    rule_id = fields.Many2one("postpartum.discipline.rule", ondelete="set null", index=True)
    effect = fields.Selection(EFFECTS, required=True, tracking=True)
    kind = fields.Selection(
        [("penalty", "Penalty"), ("reward", "Reward")], compute="_compute_kind", store=True
    )
    amount = fields.Float(digits=(10, 2), tracking=True)
    reason = fields.Text(required=True)
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    state = fields.Selection(
        [("proposed", "Proposed"), ("approved", "Approved"), ("rejected", "Rejected")],
        default="proposed",
        required=True,
        tracking=True,
    )
    approver_id = fields.Many2one("res.users", string="Approved by", readonly=True, tracking=True)
    decision_date = fields.Date(readonly=True)
    trigger_key = fields.Char(readonly=True, index=True, copy=False)

    _sql_constraints = [
        (
            "rule_trigger_uniq",
            "UNIQUE(rule_id, trigger_key)",
            "This rule already fired for this event.",
        ),
    ]

    @api.depends("effect")
    def _compute_kind(self):
        for record in self:
            record.kind = "reward" if record.effect in ("bonus", "honour") else "penalty"

    @api.depends("employee_id", "effect")
    def _compute_display_name(self):
        labels = dict(self._fields["effect"]._description_selection(self.env))
        for record in self:
            record.display_name = f"{record.employee_id.name} – {labels.get(record.effect, '')}"

    def _workflow_state_error(self, record, new_state):
        return self.env._("This decision has already been taken.")

    def _decide(self, state):
        self._workflow_move(
            state,
            {"approver_id": self.env.user.id, "decision_date": fields.Date.context_today(self)},
        )
        self.activity_unlink(["mail.mail_activity_data_todo"])

    def action_approve(self):
        self._decide("approved")
        for record in self:
            employee = record.employee_id
            if record.effect == "suspension" and employee.caregiver_state == "member":
                employee.sudo().action_caregiver_suspend()
            elif record.effect == "honour":
                self.env["postpartum.caregiver.benefit"].sudo().create(
                    {
                        "employee_id": employee.id,
                        "kind": "honour",
                        "name": record.rule_id.name or record.reason,
                    }
                )
            env = reader_env(self.env, company=employee.company_id)
            labels = dict(record._fields["effect"]._description_selection(env))
            employee.message_post(
                body=env._(
                    "%(effect)s approved: %(reason)s",
                    effect=labels[record.effect],
                    reason=record.reason,
                )
            )

    def action_reject(self):
        self._decide("rejected")
