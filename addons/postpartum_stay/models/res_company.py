from odoo import fields, models

DEPOSIT_ACCOUNT_CODE = "224199"
DEDUCTION_ACCOUNT_CODE = "605199"


class ResCompany(models.Model):
    _inherit = "res.company"

    customer_service_user_id = fields.Many2one(
        "res.users",
        string="Customer Service Lead",
        help="Receives the follow-up calls after check-out.",
        tracking=True,
    )
    stay_deposit_account_id = fields.Many2one(
        "account.account",
        string="Security Deposits Account",
        help="Liability account holding the guests' security deposits (押金).",
    )
    room_count = fields.Integer(compute="_compute_room_count")

    def _compute_room_count(self):
        counts = dict(
            self.env["postpartum.room"]._read_group(
                [("company_id", "in", self.ids)], ["company_id"], ["__count"]
            )
        )
        for company in self:
            company.room_count = counts.get(company, 0)

    def _stay_account(self, code, name, account_type):
        self.ensure_one()
        Account = self.env["account.account"].sudo().with_company(self)
        account = Account.search([("code", "=", code), ("company_ids", "in", self.id)], limit=1)
        return account or Account.create(
            {"code": code, "name": name, "account_type": account_type, "company_ids": [self.id]}
        )

    def _stay_deposit_account(self):
        """The liability account of security deposits, created when first needed."""
        self.ensure_one()
        if not self.stay_deposit_account_id:
            self.sudo().stay_deposit_account_id = self._stay_account(
                DEPOSIT_ACCOUNT_CODE,
                self.env._("Security Deposits Received"),
                "liability_current",
            )
        return self.stay_deposit_account_id

    def _stay_deduction_income_account(self):
        return self._stay_account(
            DEDUCTION_ACCOUNT_CODE, self.env._("Deposit Deductions"), "income_other"
        )

    def _postpartum_setup_accounting(self):
        """Give each store without one the Chinese chart of accounts (l10n_cn).
        ``_load`` rather than ``try_loading``: the demo data calls this while
        the registry is still loading, when try_loading only warns."""
        ChartTemplate = self.env["account.chart.template"]
        for company in self.sudo().filtered(lambda c: not c.chart_template):
            ChartTemplate.with_company(company)._load("cn", company, install_demo=False)
