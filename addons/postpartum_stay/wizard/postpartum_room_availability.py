from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class PostpartumRoomAvailability(models.TransientModel):
    """Which rooms are free for a period (and, from a stay, allocate one)."""

    _name = "postpartum.room.availability"
    _description = "Room Availability Search"

    company_id = fields.Many2one(
        "res.company", string="Store", required=True, default=lambda self: self.env.company
    )
    room_type_id = fields.Many2one("postpartum.room.type", string="Room Type")
    date_start = fields.Date(string="From", required=True, default=fields.Date.context_today)
    date_end = fields.Date(string="To", required=True)
    stay_id = fields.Many2one("postpartum.stay")
    free_room_ids = fields.Many2many(
        "postpartum.room", compute="_compute_free_room_ids", string="Free Rooms"
    )
    free_count = fields.Integer(compute="_compute_free_room_ids")
    period_warning = fields.Char(compute="_compute_free_room_ids")
    room_id = fields.Many2one(
        "postpartum.room", string="Room to Allocate", domain="[('id', 'in', free_room_ids)]"
    )

    @api.depends("company_id", "room_type_id", "date_start", "date_end")
    def _compute_free_room_ids(self):
        for wizard in self:
            rooms = self.env["postpartum.room"]
            wizard.period_warning = wizard._period_problem()
            if wizard.date_start and wizard.date_end and not wizard.period_warning:
                rooms = rooms._free_rooms(
                    wizard.company_id, wizard.date_start, wizard.date_end, wizard.room_type_id
                )
            wizard.free_room_ids = rooms
            wizard.free_count = len(rooms)

    def _period_problem(self):
        if self.date_start and self.date_end and self.date_end < self.date_start:
            return self.env._(
                "The end (%(end)s) is before the start (%(start)s): no room can be searched.",
                end=self.date_end,
                start=self.date_start,
            )
        return False

    @api.constrains("date_start", "date_end")
    def _check_period(self):
        for wizard in self:
            if wizard._period_problem():
                raise ValidationError(wizard._period_problem())

    def action_allocate(self):
        self.ensure_one()
        if not (self.stay_id and self.room_id):
            raise UserError(self.env._("Choose a free room to allocate."))
        self.stay_id._allocate(self.room_id)
        return {"type": "ir.actions.act_window_close"}
