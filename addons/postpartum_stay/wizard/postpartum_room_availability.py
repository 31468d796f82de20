from odoo import Command, api, fields, models


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
    line_ids = fields.One2many(
        "postpartum.room.availability.line", "wizard_id", compute="_compute_line_ids",
        store=True, readonly=True,
    )
    free_count = fields.Integer(compute="_compute_line_ids", store=True)

    @api.depends("company_id", "room_type_id", "date_start", "date_end")
    def _compute_line_ids(self):
        for wizard in self:
            rooms = self.env["postpartum.room"]
            if wizard.date_start and wizard.date_end and wizard.date_end >= wizard.date_start:
                rooms = rooms._free_rooms(
                    wizard.company_id, wizard.date_start, wizard.date_end, wizard.room_type_id
                )
            wizard.line_ids = [Command.clear()] + [
                Command.create({"room_id": room.id}) for room in rooms
            ]
            wizard.free_count = len(rooms)


class PostpartumRoomAvailabilityLine(models.TransientModel):
    _name = "postpartum.room.availability.line"
    _description = "Free Room"

    wizard_id = fields.Many2one("postpartum.room.availability", required=True, ondelete="cascade")
    room_id = fields.Many2one("postpartum.room", required=True)
    room_type_id = fields.Many2one(related="room_id.room_type_id")
    floor = fields.Integer(related="room_id.floor")
    feature_ids = fields.Many2many(related="room_id.feature_ids")
    status = fields.Selection(related="room_id.status")
    can_allocate = fields.Boolean(compute="_compute_can_allocate")

    def _compute_can_allocate(self):
        for line in self:
            stay = line.wizard_id.stay_id
            line.can_allocate = bool(stay) and not stay.allocation_ids

    def action_allocate(self):
        self.ensure_one()
        self.wizard_id.stay_id._allocate(self.room_id)
        return {"type": "ir.actions.act_window_close"}
