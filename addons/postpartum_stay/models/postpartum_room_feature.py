from odoo import fields, models


class PostpartumRoomFeature(models.Model):
    _name = "postpartum.room.feature"
    _description = "Room Feature"
    _order = "name"

    name = fields.Char(required=True, translate=True)
    color = fields.Integer()

    _sql_constraints = [("name_uniq", "UNIQUE(name)", "This feature already exists.")]
