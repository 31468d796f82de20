from odoo import fields, models


class PostpartumCaregiverBenefit(models.Model):
    _inherit = "postpartum.caregiver.benefit"

    kind = fields.Selection(
        selection_add=[("commendation", "Customer Commendation")],
        ondelete={"commendation": "set default"},
    )
    ticket_id = fields.Many2one(
        "helpdesk.ticket", string="Testimonial", readonly=True, index=True, ondelete="set null"
    )
