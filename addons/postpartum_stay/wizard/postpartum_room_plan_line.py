from datetime import timedelta

from odoo import fields, models


class PostpartumRoomPlanLine(models.TransientModel):
    """One room plan: a room for the whole stay, or two with one change."""

    _name = "postpartum.room.plan.line"
    _description = "Room Plan"
    _order = "sequence"

    plan_id = fields.Many2one("postpartum.room.plan", required=True, ondelete="cascade")
    sequence = fields.Integer(string="Rank")
    room_id = fields.Many2one("postpartum.room", string="Room", required=True)
    second_room_id = fields.Many2one("postpartum.room", string="Then")
    change_date = fields.Date(string="Change on")
    score = fields.Float(digits=(6, 1))
    reasons = fields.Text()

    def action_apply(self):
        self.ensure_one()
        stay = self.plan_id.stay_id
        if self.second_room_id:
            parts = [
                (self.room_id, stay.date_start, self.change_date - timedelta(days=1)),
                (self.second_room_id, self.change_date, stay.date_end),
            ]
        else:
            parts = [(self.room_id, stay.date_start, stay.date_end)]
        stay._allocate_plan(parts, reason=self.env._("Room planning: one room change"))
        return {"type": "ir.actions.act_window_close"}
