from odoo import fields, models

from .postpartum_checklist_template import CHECKLIST_KINDS


class PostpartumStayChecklist(models.Model):
    _name = "postpartum.stay.checklist"
    _description = "Stay Checklist Line"
    _order = "kind, sequence, id"

    stay_id = fields.Many2one("postpartum.stay", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="stay_id.company_id", store=True)
    name = fields.Char(required=True)
    kind = fields.Selection(CHECKLIST_KINDS, required=True)
    sequence = fields.Integer(default=10)
    done = fields.Boolean()
    note = fields.Char()
    done_by_id = fields.Many2one("res.users", string="Checked by", readonly=True)

    def write(self, vals):
        if vals.get("done"):
            vals["done_by_id"] = self.env.user.id
        return super().write(vals)
