from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PostpartumFollowupPlanLine(models.Model):
    _name = "postpartum.followup.plan.line"
    _description = "Follow-up Plan Call"
    _order = "plan_id, sequence, id"

    plan_id = fields.Many2one(
        "postpartum.followup.plan", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Call", required=True, translate=True)
    offset_days = fields.Integer(string="Days", required=True, default=1)
    direction = fields.Selection(
        [("before", "Before"), ("after", "After")], required=True, default="after"
    )
    responsible = fields.Selection(
        [
            ("consultant", "Consultant"),
            ("customer_service", "Customer Service"),
            ("butler", "Butler"),
        ],
        required=True,
        default="customer_service",
    )
    script = fields.Html(translate=True, help="What to say and ask during the call.")

    @api.constrains("offset_days")
    def _check_offset(self):
        for line in self:
            if line.offset_days < 0:
                raise ValidationError(
                    self.env._(
                        "The number of days of %(call)s cannot be negative: use Before or "
                        "After.",
                        call=line.name,
                    )
                )

    def _responsible(self, stay):
        self.ensure_one()
        user = {
            "consultant": stay.user_id,
            "customer_service": stay.company_id.customer_service_user_id,
            "butler": stay.butler_id,
        }[self.responsible]
        return user or stay.user_id or self.env.user
