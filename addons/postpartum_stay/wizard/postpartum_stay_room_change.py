from odoo import fields, models


class PostpartumStayRoomChange(models.TransientModel):
    _name = "postpartum.stay.room.change"
    _description = "Change Room"

    stay_id = fields.Many2one("postpartum.stay", required=True)
    company_id = fields.Many2one(related="stay_id.company_id")
    current_room_id = fields.Many2one(related="stay_id.room_id", string="Current Room")
    room_id = fields.Many2one(
        "postpartum.room",
        string="New Room",
        required=True,
        domain="[('company_id', '=', company_id), ('id', '!=', current_room_id)]",
    )
    change_date = fields.Date(required=True, default=fields.Date.context_today)
    reason = fields.Char(required=True)

    def action_confirm(self):
        self.ensure_one()
        self.stay_id._change_room(self.room_id, self.change_date, self.reason)
        return {"type": "ir.actions.act_window_close"}
