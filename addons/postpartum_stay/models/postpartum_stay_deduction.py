from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class PostpartumStayDeduction(models.Model):
    """An agreed deduction from the security deposit, with its reason."""

    _name = "postpartum.stay.deduction"
    _description = "Deposit Deduction"

    stay_id = fields.Many2one("postpartum.stay", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="stay_id.company_id", store=True)
    currency_id = fields.Many2one(related="stay_id.currency_id")
    reason = fields.Char(required=True)
    amount = fields.Monetary(required=True)

    @api.model_create_multi
    def create(self, vals_list):
        stays = self.env["postpartum.stay"].browse(
            [vals["stay_id"] for vals in vals_list if vals.get("stay_id")]
        )
        self._check_stay_open(stays)
        return super().create(vals_list)

    def write(self, vals):
        self._check_stay_open(self.stay_id)
        if vals.get("stay_id"):
            self._check_stay_open(self.env["postpartum.stay"].browse(vals["stay_id"]))
        return super().write(vals)

    def unlink(self):
        self._check_stay_open(self.stay_id)
        return super().unlink()

    def _check_stay_open(self, stays):
        """Deductions are agreed while the guest is in house; once she has left,
        the refund is paid and the deductions are booked."""
        for stay in stays:
            if stay.state != "checked_in" and not stay._workflow_in_flow():
                raise UserError(
                    self.env._(
                        "Deductions from the deposit of %(stay)s are agreed while the guest "
                        "is in house; it is %(state)s.",
                        stay=stay.display_name,
                        state=stay._workflow_label(stay.state),
                    )
                )

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
