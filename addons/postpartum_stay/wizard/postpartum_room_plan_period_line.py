from datetime import timedelta

from odoo import fields, models


class PostpartumRoomPlanPeriodLine(models.TransientModel):
    """One reservation of a period's planning and the rooms planned for it."""

    _name = "postpartum.room.plan.period.line"
    _description = "Room Planning of a Period: Reservation"
    _order = "date_start, id"

    wizard_id = fields.Many2one("postpartum.room.plan.period", required=True, ondelete="cascade")
    stay_id = fields.Many2one("postpartum.stay", required=True, ondelete="cascade")
    partner_id = fields.Many2one(related="stay_id.partner_id")
    date_start = fields.Date(related="stay_id.date_start", store=True)
    date_end = fields.Date(related="stay_id.date_end")
    room_type_id = fields.Many2one(related="stay_id.room_type_id")
    company_id = fields.Many2one(related="stay_id.company_id")
    room_id = fields.Many2one(
        "postpartum.room", string="Room", domain="[('company_id', '=', company_id)]"
    )
    second_room_id = fields.Many2one(
        "postpartum.room", string="Then", domain="[('company_id', '=', company_id)]"
    )
    change_date = fields.Date(string="Change on")
    reasons = fields.Text()

    def _apply(self):
        self.ensure_one()
        stay = self.stay_id
        if self.second_room_id and self.change_date:
            parts = [
                (self.room_id, stay.date_start, self.change_date - timedelta(days=1)),
                (self.second_room_id, self.change_date, stay.date_end),
            ]
        else:
            parts = [(self.room_id, stay.date_start, stay.date_end)]
        return stay._allocate_plan(parts, reason=self.env._("Room planning: one room change"))
