from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

SCREENING = [("negative", "Negative"), ("positive", "Positive")]


class PostpartumCaregiverHealthCheck(models.Model):
    """Health check report with liver function and infectious disease
    screening. Any positive screening makes the caregiver ineligible, for good."""

    _name = "postpartum.caregiver.health.check"
    _description = "Caregiver Health Check"
    _inherit = [
        "postpartum.caregiver.record.mixin",
        "postpartum.caregiver.expiry.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "check_date desc, id desc"
    _rec_name = "check_date"
    _expiry_date_field = "valid_until"

    check_date = fields.Date(required=True, tracking=True)
    institution = fields.Char(string="Medical Institution")
    liver_function = fields.Selection(
        [("normal", "Normal"), ("abnormal", "Abnormal")], required=True, tracking=True
    )
    hbv = fields.Selection(SCREENING, string="Hepatitis B", required=True, tracking=True)
    hcv = fields.Selection(SCREENING, string="Hepatitis C", required=True, tracking=True)
    syphilis = fields.Selection(SCREENING, required=True, tracking=True)
    hiv = fields.Selection(SCREENING, string="HIV", required=True, tracking=True)
    report = fields.Binary(attachment=True)
    report_filename = fields.Char()
    note = fields.Text()
    valid_until = fields.Date(compute="_compute_valid_until", store=True, index=True)
    has_positive = fields.Boolean(
        string="Positive Screening", compute="_compute_result", store=True, index=True
    )
    is_fit = fields.Boolean(string="Fit for Service", compute="_compute_result", store=True)

    @api.depends("check_date", "employee_id.company_id.caregiver_health_check_months")
    def _compute_valid_until(self):
        for check in self:
            months = check.employee_id.company_id.caregiver_health_check_months or 12
            check.valid_until = check.check_date and check.check_date + relativedelta(months=months)

    @api.depends("liver_function", "hbv", "hcv", "syphilis", "hiv")
    def _compute_result(self):
        for check in self:
            check.has_positive = "positive" in (check.hbv, check.hcv, check.syphilis, check.hiv)
            check.is_fit = not check.has_positive and check.liver_function == "normal"

    def _expiry_current(self):
        """Only the latest health check of each caregiver matters: an older one
        expiring after a newer one was made is no news."""
        latest = {}
        for check in self.employee_id.sudo().health_check_ids.sorted("check_date"):
            latest[check.employee_id] = check
        return self.filtered(lambda check: latest.get(check.employee_id) == check)

    def _positive_names(self):
        self.ensure_one()
        labels = dict(self._fields["hbv"]._description_selection(self.env))
        names = []
        for fname in ("hbv", "hcv", "syphilis", "hiv"):
            if self[fname] == "positive":
                names.append(
                    f"{self._fields[fname]._description_string(self.env)} {labels['positive']}"
                )
        return names

    @api.constrains("check_date")
    def _check_date(self):
        for check in self:
            if check.check_date > fields.Date.context_today(self):
                raise ValidationError(self.env._("A health check cannot be dated in the future."))
