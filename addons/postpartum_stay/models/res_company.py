from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools.translate import LazyTranslate

_lt = LazyTranslate(__name__)

DEPOSIT_ACCOUNT_CODE = "224199"
DEDUCTION_ACCOUNT_CODE = "605199"
# lazy: the accounts are named in every installed language, not in the current one
DEPOSIT_ACCOUNT_NAME = _lt("Security Deposits Received")  # pylint: disable=prefer-env-translation
DEDUCTION_ACCOUNT_NAME = _lt("Deposit Deductions")  # pylint: disable=prefer-env-translation


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
        domain="[('account_type', 'in', ('liability_current', 'liability_non_current'))]",
        check_company=True,
        tracking=True,
        help="Liability account holding the guests' security deposits (押金). Set when the "
        "store's chart of accounts is installed; another account of the chart can be chosen.",
    )
    stay_deduction_account_id = fields.Many2one(
        "account.account",
        string="Deposit Deductions Account",
        domain="[('account_type', 'in', ('income', 'income_other'))]",
        check_company=True,
        tracking=True,
        help="Income account of the amounts kept from the deposits (damages, lost items). Set "
        "when the store's chart of accounts is installed.",
    )
    room_hold_days = fields.Integer(
        string="Room Hold (days)",
        default=7,
        tracking=True,
        help="A reservation not signed yet holds the room allocated to it this many days; "
        "then the room is freed and the consultant told. 0: held until signed.",
    )
    room_count = fields.Integer(compute="_compute_room_count")

    @api.constrains("room_hold_days")
    def _check_room_hold_days(self):
        for company in self:
            if company.room_hold_days < 0:
                raise ValidationError(
                    self.env._(
                        "The room hold of %(store)s cannot be negative (0: held until signed).",
                        store=company.name,
                    )
                )

    def _compute_room_count(self):
        counts = dict(
            self.env["postpartum.room"]._read_group(
                [("company_id", "in", self.ids)], ["company_id"], ["__count"]
            )
        )
        for company in self:
            company.room_count = counts.get(company, 0)

    def _stay_account(self, code, name, account_type):
        """The store's account ``code``, made if missing, named ``name`` (a
        lazy translation) in every installed language, not only in the language
        of whoever first needs it."""
        self.ensure_one()
        Account = self.env["account.account"].sudo().with_company(self)
        account = Account.search([("code", "=", code), ("company_ids", "in", self.id)], limit=1)
        if account:
            return account
        account = Account.with_context(lang="en_US").create(
            {
                "code": code,
                "name": name._translate("en_US"),
                "account_type": account_type,
                "company_ids": [self.id],
            }
        )
        langs = [lang for lang, _label in self.env["res.lang"].get_installed() if lang != "en_US"]
        account.update_field_translations("name", {lang: name._translate(lang) for lang in langs})
        return account

    def _postpartum_setup_stay_accounts(self):
        """The deposits and deductions accounts of each store of ``self`` with a
        chart of accounts, where not chosen yet: the chart's account of that
        code if it has one, else one made for it. Called when a chart is loaded."""
        for company in self.sudo().filtered("chart_template"):
            if not company.stay_deposit_account_id:
                company.stay_deposit_account_id = company._stay_account(
                    DEPOSIT_ACCOUNT_CODE, DEPOSIT_ACCOUNT_NAME, "liability_current"
                )
            if not company.stay_deduction_account_id:
                company.stay_deduction_account_id = company._stay_account(
                    DEDUCTION_ACCOUNT_CODE, DEDUCTION_ACCOUNT_NAME, "income_other"
                )
        return True

    def _stay_required_account(self, field):
        self.ensure_one()
        account = self.sudo()[field]
        if not account:
            raise UserError(
                self.env._(
                    "The store %(store)s has no %(account)s: install its chart of accounts or "
                    "choose the account on the store (Settings → Stores).",
                    store=self.name,
                    account=self._fields[field]._description_string(self.env),
                )
            )
        return account

    def _stay_deposit_account(self):
        """The liability account of the store's security deposits."""
        return self._stay_required_account("stay_deposit_account_id")

    def _stay_deduction_income_account(self):
        """The income account of the amounts kept from the deposits."""
        return self._stay_required_account("stay_deduction_account_id")

    def _postpartum_setup_accounting(self):
        """Give each store without one a chart of accounts: the Chinese one
        (l10n_cn) where that localisation is installed, else Odoo's generic
        chart. ``_load`` rather than ``try_loading``: the demo data calls this
        while the registry is still loading, when try_loading only warns."""
        ChartTemplate = self.env["account.chart.template"]
        code = "cn" if ChartTemplate._template_register["cn"]["template_data"] else "generic_coa"
        for company in self.sudo().filtered(lambda c: not c.chart_template):
            ChartTemplate.with_company(company)._load(code, company, install_demo=False)
        return True

    def _postpartum_park_odoo_demo(self):
        """Demo data only: Odoo's own demo shop (its office furniture and the
        furniture dealers who buy it) belongs to no company, so every store's
        accountant and front desk would list it among their products and
        customers. It moves into Odoo's demo company, ``self``."""
        self.ensure_one()
        Data = self.env["ir.model.data"].sudo()
        products = Data.search(
            [("model", "=", "product.template"), ("module", "in", ("product", "sale", "stock"))]
        )
        templates = (
            self.env["product.template"]
            .sudo()
            .browse(products.mapped("res_id"))
            .exists()
            .filtered(lambda t: not t.company_id)
        )
        # the down payment product is the sales' own, whichever the store
        down_payment = self.env.ref("sale.advance_product_0", raise_if_not_found=False)
        if down_payment:
            templates -= down_payment.sudo().product_tmpl_id
        templates.write({"company_id": self.id})
        partners = Data.search(
            [
                ("model", "=", "res.partner"),
                ("module", "=", "base"),
                ("name", "=like", "res_partner_%"),
            ]
        )
        self.env["res.partner"].sudo().browse(partners.mapped("res_id")).exists().filtered(
            lambda p: not p.company_id and not p.user_ids
        ).write({"company_id": self.id})
