from odoo import fields, models


class PostpartumServiceFollowup(models.Model):
    """A weekly follow-up call during a home service (服务跟踪), with its notes."""

    _name = "postpartum.service.followup"
    _description = "Home-Service Follow-up Call"
    _order = "date, party"

    order_id = fields.Many2one(
        "postpartum.service.order", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="order_id.company_id", store=True, index=True)
    party = fields.Selection([("customer", "Customer"), ("caregiver", "Caregiver")], required=True)
    date = fields.Date(required=True)
    notes = fields.Text(
        help="How the service goes, the mother's and baby's health, new needs or problems."
    )
    done = fields.Boolean()
    user_id = fields.Many2one("res.users", string="Called by")
    activity_id = fields.Many2one("mail.activity", readonly=True, ondelete="set null")

    def action_done(self):
        for followup in self:
            followup.write({"done": True, "user_id": self.env.user.id})
            if followup.activity_id:
                followup.activity_id.action_feedback(feedback=followup.notes or "")
