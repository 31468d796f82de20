from odoo import api, fields, models
from odoo.exceptions import UserError


class PostpartumOrderDoneWizard(models.TransientModel):
    """Complete a home service before its planned end: its last day (the days
    after it are no longer sold) and why."""

    _name = "postpartum.order.done.wizard"
    _description = "Complete a Home Service Early"

    order_id = fields.Many2one("postpartum.service.order", required=True)
    planned_end = fields.Date(related="order_id.date_end", string="Planned End")
    last_day = fields.Date(required=True, default=fields.Date.context_today)
    days_early = fields.Integer(compute="_compute_days_early")
    reason = fields.Char(required=True)

    @api.depends("last_day", "planned_end")
    def _compute_days_early(self):
        for wizard in self:
            wizard.days_early = (
                (wizard.planned_end - wizard.last_day).days
                if wizard.planned_end and wizard.last_day
                else 0
            )

    def action_confirm(self):
        self.ensure_one()
        if not (self.reason or "").strip():
            raise UserError(self.env._("Say why the service ends early."))
        return self.order_id.action_done(last_day=self.last_day, reason=self.reason)
