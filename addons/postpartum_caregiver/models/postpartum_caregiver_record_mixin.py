from odoo import fields, models


class PostpartumCaregiverRecordMixin(models.AbstractModel):
    """A record about one caregiver (certificate, health check, rating...):
    it belongs to her store and goes with her."""

    _name = "postpartum.caregiver.record.mixin"
    _description = "Caregiver Record"

    employee_id = fields.Many2one(
        "hr.employee",
        string="Caregiver",
        required=True,
        index=True,
        ondelete="cascade",
        domain=[("is_caregiver", "=", True)],
    )
    company_id = fields.Many2one(related="employee_id.company_id", store=True, index=True)
