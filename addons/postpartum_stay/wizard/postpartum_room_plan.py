from odoo import api, fields, models


class PostpartumRoomPlan(models.TransientModel):
    """智能排房: the best room plans of one reservation, to apply one."""

    _name = "postpartum.room.plan"
    _description = "Room Planning"

    stay_id = fields.Many2one("postpartum.stay", required=True, ondelete="cascade")
    partner_id = fields.Many2one(related="stay_id.partner_id")
    date_start = fields.Date(related="stay_id.date_start")
    date_end = fields.Date(related="stay_id.date_end")
    room_type_id = fields.Many2one(related="stay_id.room_type_id")
    line_ids = fields.One2many("postpartum.room.plan.line", "plan_id", string="Plans")

    @api.model_create_multi
    def create(self, vals_list):
        plans = super().create(vals_list)
        Line = self.env["postpartum.room.plan.line"]
        for plan in plans:
            Line.create(
                [
                    {
                        "plan_id": plan.id,
                        "sequence": rank,
                        "room_id": found["rooms"][0][0].id,
                        "second_room_id": found["rooms"][1][0].id
                        if len(found["rooms"]) > 1
                        else False,
                        "change_date": found["rooms"][1][1] if len(found["rooms"]) > 1 else False,
                        "score": found["score"],
                        "reasons": "\n".join(found["reasons"]),
                    }
                    for rank, found in enumerate(plan.stay_id._room_plans(), start=1)
                ]
            )
        return plans
