from odoo import api, fields, models
from odoo.addons.postpartum_base.models.postpartum_period_mixin import PostpartumPeriodMixin
from odoo.addons.postpartum_base.tools import reader_env
from odoo.exceptions import ValidationError

BLOCK_TYPES = [
    ("maintenance", "Maintenance"),
    ("cleaning", "Cleaning and Disinfection"),
    ("internal", "Internal Use"),
]


class PostpartumStayRoom(models.Model):
    """A room allocated to a stay for a period, or blocked (封房: maintenance,
    cleaning and disinfection, internal use) for one. A room change ends one
    allocation and starts another, so the history stays; PostgreSQL refuses
    two allocations of a room for overlapping days, a block included: stays
    and blocks respect each other in the same table."""

    _name = "postpartum.stay.room"
    _description = "Room Allocation"
    _inherit = ["postpartum.period.mixin", "mail.thread"]
    _order = "date_start, id"
    _period_overlap_keys = ("room_id",)
    _check_company_auto = True

    stay_id = fields.Many2one("postpartum.stay", ondelete="cascade", index=True, check_company=True)
    block_type = fields.Selection(BLOCK_TYPES, string="Block", index=True, tracking=True)
    block_reason = fields.Char(string="Reason of the Block", tracking=True)
    room_id = fields.Many2one(
        "postpartum.room", required=True, index=True, check_company=True, ondelete="restrict"
    )
    company_id = fields.Many2one(
        "res.company", string="Store", compute="_compute_company_id", store=True, index=True
    )
    room_type_id = fields.Many2one(related="room_id.room_type_id", store=True)
    floor = fields.Integer(related="room_id.floor")
    partner_id = fields.Many2one(related="stay_id.partner_id", string="Mother", store=True)
    stay_state = fields.Selection(related="stay_id.state", string="Stay Status")
    change_reason = fields.Char(string="Reason of the Change")
    hold_until = fields.Date(
        string="Held Until",
        tracking=True,
        index=True,
        help="A reservation not signed yet holds the room until this day; then the room is "
        "freed and the consultant told.",
    )

    _sql_constraints = [
        (
            "room_no_double_booking",
            PostpartumPeriodMixin._period_exclusion_sql("room_id"),
            "This room is already allocated for part of this period.",
        ),
        (
            "stay_or_block",
            "CHECK ((stay_id IS NULL) <> (block_type IS NULL))",
            "A room allocation is either a stay's or a block.",
        ),
    ]

    @api.constrains("stay_id", "block_type")
    def _check_stay_or_block(self):
        for allocation in self:
            if bool(allocation.stay_id) == bool(allocation.block_type):
                raise ValidationError(
                    self.env._(
                        "Room %(room)s: an allocation is either a stay's or a block (maintenance, "
                        "cleaning, internal use), not both nor neither.",
                        room=allocation.room_id.name,
                    )
                )

    @api.constrains("hold_until")
    def _check_hold_until(self):
        today = fields.Date.context_today(self)
        for allocation in self:
            if allocation.hold_until and allocation.hold_until < today:
                raise ValidationError(
                    self.env._(
                        "The hold of room %(room)s cannot end in the past (%(date)s).",
                        room=allocation.room_id.name,
                        date=allocation.hold_until,
                    )
                )

    @api.model
    def _cron_release_holds(self):
        """Free the rooms held by reservations still unsigned past their hold
        (保留到期): the allocation goes, the room is available again, and the
        consultant is told in her language."""
        today = fields.Date.context_today(self)
        expired = self.search(
            [
                ("hold_until", "<", today),
                ("stay_id.state", "=", "draft"),
                ("block_type", "=", False),
            ]
        )
        rooms = expired.room_id
        for allocation in expired:
            stay, room = allocation.stay_id, allocation.room_id
            env = reader_env(self.env, user=stay.user_id, company=stay.company_id)
            message = env._(
                "The hold of room %(room)s for %(mother)s ended on %(date)s: the room is free "
                "again. Sign the reservation to allocate a room again.",
                room=room.name,
                mother=stay.partner_id.name,
                date=allocation.hold_until,
            )
            allocation.unlink()
            stay.message_post(body=message)
            stay.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=today,
                summary=message,
                user_id=(stay.user_id or self.env.user).id,
            )
        # the rooms held are free again, in one go; a room gone under
        # maintenance meanwhile stays so
        rooms.filtered(lambda room: room.status == "reserved").action_set_available()
        return expired

    @api.depends("stay_id.company_id", "room_id.company_id")
    def _compute_company_id(self):
        for allocation in self:
            allocation.company_id = allocation.stay_id.company_id or allocation.room_id.company_id

    @api.depends("room_id", "partner_id", "block_type", "date_start", "date_end")
    @api.depends_context("lang")
    def _compute_display_name(self):
        labels = dict(self._fields["block_type"]._description_selection(self.env))
        for allocation in self:
            who = allocation.partner_id.name or labels.get(allocation.block_type) or ""
            allocation.display_name = f"{allocation.room_id.name or ''} {who}".strip()

    @api.model_create_multi
    def create(self, vals_list):
        """No new allocation of a room under maintenance (维修中), whichever
        step asks for it (allocation, room change, the room board): its status
        would be overwritten by the guest's."""
        Room = self.env["postpartum.room"]
        for vals in vals_list:
            room = Room.browse(vals.get("room_id")).exists()
            if bool(vals.get("stay_id")) == bool(vals.get("block_type")):
                raise ValidationError(
                    self.env._(
                        "Room %(room)s: an allocation is either a stay's or a block (maintenance, "
                        "cleaning, internal use), not both nor neither.",
                        room=room.sudo().name,
                    )
                )
            if vals.get("stay_id") and room:
                room._check_allocatable()
        return super().create(vals_list)

    def _period_overlap_message(self, conflict):
        if conflict.block_type:
            return self.env._(
                "Room %(room)s is blocked (%(block)s) from %(start)s to %(end)s: choose another "
                "room or other dates.",
                room=conflict.room_id.name,
                block=dict(self._fields["block_type"]._description_selection(self.env))[
                    conflict.block_type
                ],
                start=conflict.date_start,
                end=conflict.date_end,
            )
        return self.env._(
            "Room %(room)s is already allocated from %(start)s to %(end)s to %(mother)s "
            "(%(stay)s): choose another room or other dates.",
            room=conflict.room_id.name,
            start=conflict.date_start,
            end=conflict.date_end,
            mother=conflict.partner_id.name,
            stay=conflict.stay_id.name,
        )
