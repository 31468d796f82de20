from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class PostpartumRoomPlanPeriod(models.TransientModel):
    """智能排房 for a period: every reservation of the store still without a
    room, planned at once; the preview can be edited, then applied."""

    _name = "postpartum.room.plan.period"
    _description = "Room Planning of a Period"

    company_id = fields.Many2one(
        "res.company", string="Store", required=True, default=lambda self: self.env.company
    )
    date_from = fields.Date(string="From", required=True, default=fields.Date.context_today)
    date_to = fields.Date(
        string="To",
        required=True,
        default=lambda self: fields.Date.context_today(self) + timedelta(days=60),
    )
    line_ids = fields.One2many("postpartum.room.plan.period.line", "wizard_id", string="Plans")

    @api.constrains("date_from", "date_to")
    def _check_period(self):
        for wizard in self:
            if wizard.date_to < wizard.date_from:
                raise ValidationError(
                    self.env._(
                        "The end (%(end)s) is before the start (%(start)s).",
                        end=wizard.date_to,
                        start=wizard.date_from,
                    )
                )

    def _waiting(self):
        self.ensure_one()
        return self.env["postpartum.stay"].search(
            [
                ("company_id", "=", self.company_id.id),
                ("state", "in", ("draft", "reserved")),
                ("allocation_ids", "=", False),
                ("date_start", "<=", self.date_to),
                ("date_end", ">=", self.date_from),
            ]
        )

    def action_preview(self):
        self.ensure_one()
        self.line_ids.unlink()
        values = []
        for stay, plan in self._waiting()._plan_period():
            rooms = plan["rooms"] if plan else []
            values.append(
                {
                    "wizard_id": self.id,
                    "stay_id": stay.id,
                    "room_id": rooms[0][0].id if rooms else False,
                    "second_room_id": rooms[1][0].id if len(rooms) > 1 else False,
                    "change_date": rooms[1][1] if len(rooms) > 1 else False,
                    "reasons": "\n".join(plan["reasons"])
                    if plan
                    else self.env._("No room is free for this stay, even with one change."),
                }
            )
        self.env["postpartum.room.plan.period.line"].create(values)
        return self._reopen()

    def action_apply(self):
        """Allocate every planned line (all or none: a room taken meanwhile or a
        preview edited onto a busy room is refused, naming the stay in the way)."""
        self.ensure_one()
        lines = self.line_ids.filtered("room_id")
        if not lines:
            raise UserError(self.env._("Nothing to apply: preview the plans first."))
        try:
            with self.env.cr.savepoint():
                for line in lines:
                    line._apply()
        except (UserError, ValidationError):
            # the lines applied before the refused one are undone with it
            self.env.invalidate_all()
            raise
        return {"type": "ir.actions.act_window_close"}

    def _reopen(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Room Planning of a Period"),
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "new",
            "context": {"dialog_size": "extra-large"},
        }
