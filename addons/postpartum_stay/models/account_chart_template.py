from odoo import models
from odoo.addons.account.models.chart_template import template


class AccountChartTemplate(models.AbstractModel):
    _inherit = "account.chart.template"

    @template("cn", "account.journal")
    def _get_cn_account_journal_postpartum(self):
        # l10n_cn names its cash journal in English only ("Cash on Hand"), and
        # front desk picks it for every deposit: name it in Chinese too
        return {"cash": {"name@zh_CN": "库存现金"}}

    def _post_load_data(self, template_code, company, template_data):
        """A store's chart of accounts brings its deposits and deductions accounts."""
        result = super()._post_load_data(template_code, company, template_data)
        company._postpartum_setup_stay_accounts()
        return result
