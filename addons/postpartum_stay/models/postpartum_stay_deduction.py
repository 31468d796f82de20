from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PostpartumStayDeduction(models.Model):
    """An agreed deduction from the security deposit, with its reason."""

    _name = "postpartum.stay.deduction"
    _description = "Deposit Deduction"

    stay_id = fields.Many2one("postpartum.stay", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="stay_id.company_id", store=True)
    currency_id = fields.Many2one(related="stay_id.currency_id")
    reason = fields.Char(required=True)
    amount = fields.Monetary(required=True)

    @api.constrains("amount")
    def _check_amount(self):
        for deduction in self:
            if deduction.amount <= 0:
                raise ValidationError(
                    self.env._(
                        "A deduction is a positive amount (%(reason)s).", reason=deduction.reason
                    )
                )
        self.stay_id._check_deductions()
