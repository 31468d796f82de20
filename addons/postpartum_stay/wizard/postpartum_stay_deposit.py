from odoo import fields, models


class PostpartumStayDeposit(models.TransientModel):
    """Receive the security deposit of a guest already in house (she checked in
    without it): a payment of its own, as at check-in."""

    _name = "postpartum.stay.deposit"
    _description = "Receive a Security Deposit"

    stay_id = fields.Many2one("postpartum.stay", required=True)
    currency_id = fields.Many2one(related="stay_id.currency_id")
    company_id = fields.Many2one(related="stay_id.company_id")
    amount = fields.Monetary(string="Deposit", required=True)
    journal_id = fields.Many2one(
        "account.journal",
        string="Received in",
        domain="[('type', 'in', ('bank', 'cash')), ('company_id', '=', company_id)]",
    )

    def action_confirm(self):
        self.ensure_one()
        self.stay_id._receive_deposit_in_house(self.amount, self.journal_id)
        return {"type": "ir.actions.act_window_close"}
