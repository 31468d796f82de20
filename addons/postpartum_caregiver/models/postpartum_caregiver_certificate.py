from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PostpartumCaregiverCertificate(models.Model):
    _name = "postpartum.caregiver.certificate"
    _description = "Caregiver Certificate"
    _inherit = [
        "postpartum.caregiver.record.mixin",
        "postpartum.caregiver.expiry.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "expiry_date desc, id desc"
    _expiry_date_field = "expiry_date"
    _rec_name = "number"

    type_id = fields.Many2one(
        "postpartum.certificate.type", string="Certificate", required=True, tracking=True
    )
    number = fields.Char(required=True, tracking=True)
    issuer = fields.Char(string="Issued by", required=True)
    issue_date = fields.Date(required=True, tracking=True)
    expiry_date = fields.Date(tracking=True, index=True, help="Leave empty if it never expires.")
    scan = fields.Binary(attachment=True)
    scan_filename = fields.Char()
    verified_by_id = fields.Many2one(
        "res.users", string="Verified by", readonly=True, tracking=True
    )
    verified_date = fields.Date(string="Verified on", readonly=True, tracking=True)
    state = fields.Selection(
        [
            ("unverified", "To Verify"),
            ("valid", "Valid"),
            ("expiring", "Expiring Soon"),
            ("expired", "Expired"),
        ],
        compute="_compute_state",
        search="_search_state",
        string="Status",
    )

    @api.depends("verified_date", "expiry_date")
    def _compute_state(self):
        today = fields.Date.context_today(self)
        for cert in self:
            warn = cert.employee_id.company_id.caregiver_expiry_warning_days or 30
            if cert.expiry_date and cert.expiry_date < today:
                cert.state = "expired"
            elif not cert.verified_date:
                cert.state = "unverified"
            elif cert.expiry_date and cert.expiry_date <= today + timedelta(days=warn):
                cert.state = "expiring"
            else:
                cert.state = "valid"

    def _search_state(self, operator, value):
        if operator not in ("=", "in"):
            raise NotImplementedError
        values = {value} if operator == "=" else set(value)
        today = fields.Date.context_today(self)
        soon = today + timedelta(days=self.env.company.caregiver_expiry_warning_days or 30)
        domains = {
            "expired": [("expiry_date", "<", today)],
            "unverified": [
                ("verified_date", "=", False),
                "|",
                ("expiry_date", "=", False),
                ("expiry_date", ">=", today),
            ],
            "expiring": [
                ("verified_date", "!=", False),
                ("expiry_date", ">=", today),
                ("expiry_date", "<=", soon),
            ],
            "valid": [
                ("verified_date", "!=", False),
                "|",
                ("expiry_date", "=", False),
                ("expiry_date", ">", soon),
            ],
        }
        result = []
        for state in values:
            result = ["|", *result, *domains[state]] if result else domains[state]
        return result or [("id", "=", 0)]

    def is_valid_on(self, day):
        """Verified and not expired on ``day``."""
        self.ensure_one()
        return bool(self.verified_date) and (not self.expiry_date or self.expiry_date >= day)

    @api.constrains("issue_date", "expiry_date")
    def _check_dates(self):
        today = fields.Date.context_today(self)
        for cert in self:
            if cert.issue_date > today:
                raise ValidationError(
                    self.env._(
                        "The certificate %(number)s is issued in the future.", number=cert.number
                    )
                )
            if cert.expiry_date and cert.expiry_date <= cert.issue_date:
                raise ValidationError(
                    self.env._(
                        "The certificate %(number)s expires (%(expiry)s) before it is issued "
                        "(%(issue)s).",
                        number=cert.number,
                        expiry=cert.expiry_date,
                        issue=cert.issue_date,
                    )
                )

    def action_verify(self):
        """The agency checked the certificate's authenticity and validity."""
        self.write(
            {"verified_by_id": self.env.user.id, "verified_date": fields.Date.context_today(self)}
        )
