from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import user_has_role
from odoo.exceptions import UserError


class PostpartumCaregiverLevelProposal(models.Model):
    """A promotion or demotion waiting for the caregiver manager's decision."""

    _name = "postpartum.caregiver.level.proposal"
    _description = "Caregiver Level Proposal"
    _inherit = ["postpartum.caregiver.record.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "create_date desc, id desc"

    current_level_id = fields.Many2one("postpartum.caregiver.level", required=True)
    proposed_level_id = fields.Many2one("postpartum.caregiver.level", required=True, tracking=True)
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

    def _check_manager(self):
        if not user_has_role(self.env, "postpartum_base.group_caregiver_manager"):
            raise UserError(self.env._("Only a caregiver manager decides on level changes."))
        if self.filtered(lambda p: p.state != "proposed"):
            raise UserError(self.env._("This proposal has already been decided."))

    def action_approve(self):
        self._check_manager()
        for proposal in self:
            proposal.employee_id._set_caregiver_level(proposal.proposed_level_id, proposal.reason)
        self.write(
            {
                "state": "approved",
                "decided_by_id": self.env.user.id,
                "decision_date": fields.Date.context_today(self),
            }
        )

    def action_refuse(self):
        self._check_manager()
        self.write(
            {
                "state": "refused",
                "decided_by_id": self.env.user.id,
                "decision_date": fields.Date.context_today(self),
            }
        )
