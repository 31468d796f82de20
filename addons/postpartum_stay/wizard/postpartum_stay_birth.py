from datetime import timedelta

from odoo import Command, api, fields, models
from odoo.exceptions import UserError

from ..models.postpartum_stay import HOSPITAL_DAYS


class PostpartumStayBirth(models.TransientModel):
    """宝宝出生: when, and who. The check-in moves to the day she leaves the
    hospital, and the babies are registered (twins in one go)."""

    _name = "postpartum.stay.birth"
    _description = "Record a Birth"

    stay_id = fields.Many2one("postpartum.stay", required=True)
    birth_datetime = fields.Datetime(string="Born on", required=True)
    date_start = fields.Date(string="New Check-in Date", compute="_compute_date_start")
    previous_date_start = fields.Date(related="stay_id.date_start", string="Planned Check-in")
    line_ids = fields.One2many("postpartum.stay.birth.line", "wizard_id", string="Babies")

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        stay = self.env["postpartum.stay"].browse(values.get("stay_id"))
        if "line_ids" in fields_list and stay and not values.get("line_ids"):
            values["line_ids"] = [Command.create({"name": self._baby_name(stay, 1)})]
        return values

    def _baby_name(self, stay, order):
        name = self.env._("%(mother)s's baby", mother=stay.partner_id.name)
        return name if order == 1 else f"{name} {order}"

    @api.depends("birth_datetime")
    def _compute_date_start(self):
        for wizard in self:
            born = wizard.birth_datetime and fields.Date.context_today(
                wizard, wizard.birth_datetime
            )
            wizard.date_start = born and born + timedelta(days=HOSPITAL_DAYS)

    def action_confirm(self):
        self.ensure_one()
        if not self.line_ids:
            raise UserError(self.env._("Add the baby (or the babies) born."))
        if self.line_ids.filtered(lambda line: not line.gender):
            raise UserError(self.env._("Say whether each baby is a boy or a girl."))
        self.stay_id._record_birth(
            self.birth_datetime,
            [
                {
                    "name": line.name,
                    "gender": line.gender,
                    "birth_weight": line.birth_weight,
                    "birth_order": order,
                }
                for order, line in enumerate(self.line_ids, start=1)
            ],
        )
        return {"type": "ir.actions.act_window_close"}
