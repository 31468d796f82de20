from odoo import api, fields, models

MANAGER_GROUP = "postpartum_base.group_caregiver_manager"


class PostpartumCaregiverLevelProposal(models.Model):
    """A promotion or demotion waiting for the caregiver manager's decision."""

    _name = "postpartum.caregiver.level.proposal"
    _description = "Caregiver Level Proposal"
    _check_company_auto = True
    _inherit = [
        "postpartum.caregiver.record.mixin",
        "postpartum.workflow.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "create_date desc, id desc"
    _workflow_transitions = {
        ("proposed", "approved"): (MANAGER_GROUP,),
        ("proposed", "refused"): (MANAGER_GROUP,),
    }
    _workflow_initial = ("proposed",)
    _workflow_locked = {
        "employee_id": ("proposed",),
        "current_level_id": ("proposed",),
        "proposed_level_id": ("proposed",),
        "reason": ("proposed",),
        "decided_by_id": (),
        "decision_date": (),
    }

    current_level_id = fields.Many2one(
        "postpartum.caregiver.level", required=True, check_company=True
    )
    proposed_level_id = fields.Many2one(
        "postpartum.caregiver.level", required=True, tracking=True, check_company=True
    )
    kind = fields.Selection(
        [("promotion", "Promotion"), ("demotion", "Demotion")],
        compute="_compute_kind",
        store=True,
    )
    reason = fields.Text(required=True)
    state = fields.Selection(
        [("proposed", "Proposed"), ("approved", "Approved"), ("refused", "Refused")],
        default="proposed",
        required=True,
        tracking=True,
    )
    decided_by_id = fields.Many2one("res.users", string="Decided by", readonly=True, tracking=True)
    decision_date = fields.Date(readonly=True)

    @api.depends("current_level_id.sequence", "proposed_level_id.sequence")
    def _compute_kind(self):
        for proposal in self:
            higher = proposal.proposed_level_id.sequence > proposal.current_level_id.sequence
            proposal.kind = "promotion" if higher else "demotion"

    @api.depends("employee_id", "proposed_level_id")
    def _compute_display_name(self):
        for proposal in self:
            proposal.display_name = (
                f"{proposal.employee_id.name} → {proposal.proposed_level_id.name}"
            )

    def _workflow_state_error(self, record, new_state):
        return self.env._("This proposal has already been decided.")

    def _decide(self, state):
        self._workflow_move(
            state,
            {"decided_by_id": self.env.user.id, "decision_date": fields.Date.context_today(self)},
        )

    def action_approve(self):
        self._workflow_check("approved")
        for proposal in self:
            proposal.employee_id._set_caregiver_level(proposal.proposed_level_id, proposal.reason)
        self._decide("approved")

    def action_refuse(self):
        self._decide("refused")
