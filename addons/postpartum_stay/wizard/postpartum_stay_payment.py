from odoo import fields, models


class PostpartumStayPayment(models.TransientModel):
    """Receive what a guest owes (尾款, services sold during the stay) at the
    front desk: registered on her invoices, without accounting rights."""

    _name = "postpartum.stay.payment"
    _description = "Receive a Payment from a Guest"

    stay_id = fields.Many2one("postpartum.stay", required=True)
    currency_id = fields.Many2one(related="stay_id.currency_id")
    company_id = fields.Many2one(related="stay_id.company_id")
    amount_unpaid = fields.Monetary(related="stay_id.amount_unpaid", string="Balance Due")
    amount = fields.Monetary(string="Amount Received", required=True)
    journal_id = fields.Many2one(
        "account.journal",
        string="Received in",
        domain="[('type', 'in', ('bank', 'cash')), ('company_id', '=', company_id)]",
    )

    def action_confirm(self):
        self.ensure_one()
        self.stay_id._receive_payment(self.amount, self.journal_id)
        return {"type": "ir.actions.act_window_close"}
