from odoo import fields, models


class PostpartumDisciplineRecord(models.Model):
    _inherit = "postpartum.discipline.record"

    ticket_id = fields.Many2one(
        "helpdesk.ticket", string="Complaint", readonly=True, index=True, ondelete="set null"
    )
