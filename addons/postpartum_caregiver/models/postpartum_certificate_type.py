from odoo import fields, models


class PostpartumCertificateType(models.Model):
    _name = "postpartum.certificate.type"
    _description = "Caregiver Certificate Type"
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    required_for_admission = fields.Boolean(
        help="A caregiver needs a valid, verified certificate of one of the required types "
        "to be admitted."
    )
    active = fields.Boolean(default=True)
