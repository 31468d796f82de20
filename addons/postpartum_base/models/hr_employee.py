from odoo import fields, models

POSTPARTUM_ROLES = [
    ("store_manager", "Store Manager"),
    ("front_desk", "Front Desk"),
    ("consultant", "Consultant"),
    ("therapist", "Therapist"),
    ("butler", "Butler"),
    ("customer_service", "Customer Service"),
    ("nurse", "Nurse"),
    ("caregiver_manager", "Caregiver Manager"),
    ("kitchen", "Kitchen"),
]


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    postpartum_role = fields.Selection(
        POSTPARTUM_ROLES,
        string="Center Role",
        index=True,
        tracking=True,
        help="Role in the store's shift roster, counted against the store's staffing norm.",
    )
