from odoo import fields, models


class PostpartumCaregiverReference(models.Model):
    """A previous employer asked about the caregiver's work."""

    _name = "postpartum.caregiver.reference"
    _description = "Caregiver Reference"
    _inherit = ["postpartum.caregiver.record.mixin", "mail.thread", "postpartum.phone.mixin"]
    _phone_fields = ("phone",)
    _order = "id desc"
    _rec_name = "employer"

    employer = fields.Char(string="Previous Employer", required=True)
    contact = fields.Char(string="Contact Person")
    phone = fields.Char()
    period = fields.Char(string="Period of Work")
    outcome = fields.Selection(
        [("positive", "Good"), ("neutral", "Neutral"), ("negative", "Bad")],
        tracking=True,
    )
    checked = fields.Boolean(tracking=True)
    checked_by_id = fields.Many2one("res.users", string="Checked by", readonly=True)
    checked_date = fields.Date(string="Checked on", readonly=True)
    notes = fields.Text(help="Sense of responsibility, handling of emergencies...")

    def action_mark_checked(self):
        self.write(
            {
                "checked": True,
                "checked_by_id": self.env.user.id,
                "checked_date": fields.Date.context_today(self),
            }
        )
