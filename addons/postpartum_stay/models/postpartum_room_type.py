from odoo import fields, models


class PostpartumRoomType(models.Model):
    _name = "postpartum.room.type"
    _description = "Room Type"
    _order = "sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char()
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)
    description = fields.Text(translate=True)
    room_count = fields.Integer(compute="_compute_room_count")

    def _compute_room_count(self):
        counts = dict(
            self.env["postpartum.room"]._read_group(
                [("room_type_id", "in", self.ids)], ["room_type_id"], ["__count"]
            )
        )
        for room_type in self:
            room_type.room_count = counts.get(room_type, 0)
