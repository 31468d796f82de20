from odoo import api, models
from odoo.addons.postpartum_base.tools import reader_env


class AccountPaymentMethodLine(models.Model):
    _inherit = "account.payment.method.line"

    @api.model_create_multi
    def create(self, vals_list):
        """A journal's payment methods are named once, when the journal is made
        (by the chart of accounts, in the installer's language): a line named
        after its method is named in the store's language, as its front desk
        and accountants read it (手动付款, not "Manual Payment"). The method's
        name is translated, the line's is not."""
        lines = super().create(vals_list)
        for line in lines.filtered("payment_method_id"):
            env = reader_env(self.env, company=line.journal_id.company_id)
            if env.lang != self.env.lang and line.name == line.payment_method_id.name:
                line.name = line.payment_method_id.with_env(env).name
        return lines
