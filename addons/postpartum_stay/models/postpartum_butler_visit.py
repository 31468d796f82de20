from odoo import fields, models
from odoo.addons.postpartum_base.tools import store_users_domain


class PostpartumButlerVisit(models.Model):
    """The butler's daily visit during the first seven days (seed 4.6.3)."""

    _name = "postpartum.butler.visit"
    _description = "Butler Visit"
    _inherit = ["mail.thread", "mail.activity.mixin", "postpartum.workflow.mixin"]
    _order = "date, id"
    _workflow_initial = ("planned",)
    # the butler (or whoever may write the visit) does it; the check-out
    # cancels the visits left, as the flow
    _workflow_transitions = {
        ("planned", "done"): (),
        ("planned", "cancelled"): ("postpartum_base.group_store_manager",),
    }
    # what the butler found is recorded during the visit, not rewritten after it
    _workflow_locked = {name: ("planned",) for name in ("room_ok", "meals_ok", "care_ok")}

    stay_id = fields.Many2one("postpartum.stay", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="stay_id.company_id", store=True, index=True)
    partner_id = fields.Many2one(related="stay_id.partner_id", string="Mother", store=True)
    room_id = fields.Many2one(related="stay_id.room_id", string="Room")
    day = fields.Integer(required=True)
    date = fields.Date(required=True, index=True)
    butler_id = fields.Many2one(
        "res.users",
        string="Butler",
        index=True,
        domain=lambda self: store_users_domain(self.env, "postpartum_base.group_butler"),
    )
    state = fields.Selection(
        [("planned", "Planned"), ("done", "Done"), ("cancelled", "Cancelled")],
        default="planned",
        required=True,
        tracking=True,
    )
    room_ok = fields.Boolean(string="Room clean and tidy")
    meals_ok = fields.Boolean(string="Meals satisfactory")
    care_ok = fields.Boolean(string="Care satisfactory")
    needs = fields.Text(string="Needs and Requests")
    note = fields.Text(string="Notes")

    def action_done(self):
        self._workflow_move("done")
        self.activity_feedback(["postpartum_stay.mail_activity_butler_visit"])

    def _cancel_left(self):
        """The visits still planned when the guest leaves: cancelled with their
        activities (the check-out's flow)."""
        left = self.filtered(lambda visit: visit.state == "planned").sudo()
        left.activity_unlink(["postpartum_stay.mail_activity_butler_visit"])
        left._workflow_flow().write({"state": "cancelled"})
        return left
