from odoo import fields, models


class PostpartumStayBirthLine(models.TransientModel):
    _name = "postpartum.stay.birth.line"
    _description = "Baby Born (birth wizard line)"

    wizard_id = fields.Many2one("postpartum.stay.birth", required=True, ondelete="cascade")
    name = fields.Char(required=True)
    gender = fields.Selection([("male", "Boy"), ("female", "Girl")])
    birth_weight = fields.Integer(string="Birth Weight (g)")
