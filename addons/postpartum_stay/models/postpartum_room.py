from odoo import api, fields, models
from odoo.exceptions import UserError

ROOM_STATUSES = [
    ("available", "Available"),
    ("reserved", "Reserved"),
    ("occupied", "Occupied"),
    ("cleaning", "Cleaning"),
    ("maintenance", "Maintenance"),
]
# Kanban colour index per status (Odoo's palette).
STATUS_COLORS = {"available": 10, "reserved": 3, "occupied": 1, "cleaning": 4, "maintenance": 9}


class PostpartumRoom(models.Model):
    """A room of a store (房间): its type, floor, features and status."""

    _name = "postpartum.room"
    _description = "Room"
    _inherit = ["mail.thread"]
    _order = "company_id, floor, name"
    _check_company_auto = True

    name = fields.Char(string="Room", required=True, tracking=True)
    company_id = fields.Many2one(
        "res.company",
        string="Store",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    room_type_id = fields.Many2one(
        "postpartum.room.type", string="Room Type", required=True, index=True, tracking=True
    )
    floor = fields.Integer(required=True, default=1, aggregator=None)
    feature_ids = fields.Many2many("postpartum.room.feature", string="Features")
    status = fields.Selection(
        ROOM_STATUSES, required=True, default="available", tracking=True, index=True
    )
    color = fields.Integer(compute="_compute_color")
    active = fields.Boolean(default=True)
    note = fields.Text()
    allocation_ids = fields.One2many("postpartum.stay.room", "room_id", string="Allocations")
    current_stay_id = fields.Many2one(
        "postpartum.stay", compute="_compute_current_stay", string="Current Guest Stay"
    )
    current_guest_id = fields.Many2one(
        "res.partner", compute="_compute_current_stay", string="Current Guest"
    )
    next_arrival = fields.Date(compute="_compute_current_stay")

    _sql_constraints = [
        ("name_company_uniq", "UNIQUE(company_id, name)", "A store has one room of each name."),
    ]

    @api.depends("status")
    def _compute_color(self):
        for room in self:
            room.color = STATUS_COLORS.get(room.status, 0)

    def _compute_current_stay(self):
        today = fields.Date.context_today(self)
        Allocation = self.env["postpartum.stay.room"]
        current = {
            a.room_id: a.stay_id
            for a in Allocation.search(
                [
                    ("room_id", "in", self.ids),
                    ("stay_id", "!=", False),
                    ("date_start", "<=", today),
                    ("date_end", ">=", today),
                ]
            )
        }
        upcoming = dict(
            Allocation._read_group(
                [("room_id", "in", self.ids), ("stay_id", "!=", False), ("date_start", ">", today)],
                ["room_id"],
                ["date_start:min"],
            )
        )
        for room in self:
            stay = current.get(room, self.env["postpartum.stay"])
            room.current_stay_id = stay
            room.current_guest_id = stay.partner_id
            room.next_arrival = upcoming.get(room)

    def _check_allocatable(self):
        """No guest in a room under maintenance (维修中), whichever step asks."""
        for room in self.sudo():
            if room.status == "maintenance":
                raise UserError(
                    self.env._(
                        "Room %(room)s is under maintenance: it cannot be allocated.",
                        room=room.name,
                    )
                )

    def action_set_maintenance(self):
        for room in self:
            if room.status == "occupied":
                raise UserError(
                    self.env._("Room %(room)s is occupied: move the guest first.", room=room.name)
                )
        self.status = "maintenance"

    def action_set_available(self):
        """Cleaning or maintenance done: the room is ready again (reserved if a
        guest is expected)."""
        today = fields.Date.context_today(self)
        expected = set(
            self.env["postpartum.stay.room"]
            .search(
                [("room_id", "in", self.ids), ("stay_id", "!=", False), ("date_end", ">=", today)]
            )
            .room_id.ids
        )
        for room in self:
            room.status = "reserved" if room.id in expected else "available"

    @api.model
    def _free_rooms(self, company, date_start, date_end, room_type=None):
        """Rooms of ``company`` (of ``room_type`` if given) with no allocation
        overlapping the period, in one query using the exclusion constraint's
        GiST index. Rooms under maintenance are not offered."""
        if not (date_start and date_end) or date_end < date_start:
            raise UserError(self.env._("Give a period that ends after it starts."))
        self.env["postpartum.stay.room"].flush_model()
        self.flush_model()
        self.env.cr.execute(
            """
            SELECT r.id
              FROM postpartum_room r
             WHERE r.active AND r.company_id = %(company)s AND r.status != 'maintenance'
               AND (%(room_type)s = 0 OR r.room_type_id = %(room_type)s)
               AND NOT EXISTS (
                    SELECT 1 FROM postpartum_stay_room a
                     WHERE a.room_id = r.id
                       AND daterange(a.date_start, a.date_end, '[]')
                           && daterange(%(start)s, %(end)s, '[]'))
          ORDER BY r.floor, r.name
            """,
            {
                "company": company.id,
                "room_type": room_type.id if room_type else 0,
                "start": date_start,
                "end": date_end,
            },
        )
        return self.browse([row[0] for row in self.env.cr.fetchall()])
