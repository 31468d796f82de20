from odoo import api, fields, models
from odoo.addons.postpartum_base.models.postpartum_period_mixin import PostpartumPeriodMixin


class PostpartumStayRoom(models.Model):
    """A room allocated to a stay for a period. A room change ends one
    allocation and starts another, so the history stays; PostgreSQL refuses
    two allocations of a room for overlapping days."""

    _name = "postpartum.stay.room"
    _description = "Room Allocation"
    _inherit = ["postpartum.period.mixin", "mail.thread"]
    _order = "date_start, id"
    _period_overlap_keys = ("room_id",)
    _check_company_auto = True

    stay_id = fields.Many2one("postpartum.stay", required=True, ondelete="cascade", index=True)
    room_id = fields.Many2one(
        "postpartum.room", required=True, index=True, check_company=True, ondelete="restrict"
    )
    company_id = fields.Many2one(related="stay_id.company_id", store=True, index=True)
    room_type_id = fields.Many2one(related="room_id.room_type_id", store=True)
    floor = fields.Integer(related="room_id.floor")
    partner_id = fields.Many2one(related="stay_id.partner_id", string="Mother", store=True)
    stay_state = fields.Selection(related="stay_id.state", string="Stay Status")
    change_reason = fields.Char(string="Reason of the Change")

    _sql_constraints = [
        (
            "room_no_double_booking",
            PostpartumPeriodMixin._period_exclusion_sql("room_id"),
            "This room is already allocated for part of this period.",
        ),
    ]

    @api.depends("room_id", "partner_id", "date_start", "date_end")
    def _compute_display_name(self):
        for allocation in self:
            allocation.display_name = (
                f"{allocation.room_id.name or ''} {allocation.partner_id.name or ''}".strip()
            )

    def _period_overlap_message(self, conflict):
        return self.env._(
            "Room %(room)s is already allocated from %(start)s to %(end)s to %(mother)s "
            "(%(stay)s): choose another room or other dates.",
            room=conflict.room_id.name,
            start=conflict.date_start,
            end=conflict.date_end,
            mother=conflict.partner_id.name,
            stay=conflict.stay_id.name,
        )
