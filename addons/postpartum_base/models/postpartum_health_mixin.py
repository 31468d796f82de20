from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools import reader_env


class PostpartumHealthMixin(models.AbstractModel):
    """A dated entry of the health archive (母婴健康档案).

    Concrete records compute ``alert_reason`` from their values against the
    store's thresholds; a record with an alert schedules a "Health Alert"
    activity for the store's nurse, once.
    """

    _name = "postpartum.health.mixin"
    _description = "Health Record (postpartum)"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "record_datetime desc, id desc"
    _rec_name = "record_datetime"

    record_datetime = fields.Datetime(
        string="Recorded on", required=True, default=fields.Datetime.now, index=True
    )
    recorded_by_id = fields.Many2one(
        "res.users", string="Recorded by", default=lambda self: self.env.user, required=True
    )
    temperature = fields.Float(string="Temperature (°C)", digits=(3, 1), tracking=True)
    note = fields.Text(string="Observations")
    alert_reason = fields.Char(string="Alert Reasons", compute="_compute_alert_reason", store=True)
    is_alert = fields.Boolean(
        string="Health Alert", compute="_compute_alert_reason", store=True, index=True
    )

    def _alert_reasons(self):
        """List of the reasons (translated strings) this record is alarming."""
        self.ensure_one()
        reasons = []
        if self.temperature and self.temperature >= self.company_id.fever_threshold:
            reasons.append(self.env._("fever %(temp)s °C", temp=self.temperature))
        return reasons

    def _reader_env(self):
        """The environment in the language of the store's nurse, who reads the
        alerts (else the store's language)."""
        self.ensure_one()
        return reader_env(
            self.env, user=self.company_id._postpartum_nurse_user(), company=self.company_id
        )

    @api.depends("temperature")
    def _compute_alert_reason(self):
        for rec in self:
            reasons = rec.with_env(rec._reader_env())._alert_reasons() if rec.company_id else []
            rec.alert_reason = ", ".join(reasons)
            rec.is_alert = bool(reasons)

    @api.constrains("temperature")
    def _check_temperature(self):
        for rec in self:
            if rec.temperature and not 34.0 <= rec.temperature <= 43.0:
                raise ValidationError(
                    self.env._(
                        "A temperature of %(temp)s °C is not plausible: enter degrees Celsius, "
                        "between 34 and 43.",
                        temp=rec.temperature,
                    )
                )

    @api.constrains("record_datetime")
    def _check_record_datetime(self):
        now = fields.Datetime.now()
        for rec in self:
            if (rec.record_datetime - now).total_seconds() > 3600:
                raise ValidationError(self.env._("A health record cannot be dated in the future."))

    def _alert_subject(self):
        """Who the record is about (for the alert activity)."""
        return self.display_name

    def _schedule_health_alerts(self):
        alerting = self.filtered("is_alert")
        if not alerting:
            return
        activity_type = self.env.ref("postpartum_base.mail_activity_type_health_alert")
        already = set(
            self.env["mail.activity"]
            .sudo()
            .search(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "in", alerting.ids),
                    ("activity_type_id", "=", activity_type.id),
                ]
            )
            .mapped("res_id")
        )
        for rec in alerting.filtered(lambda r: r.id not in already):
            env = rec._reader_env()
            rec.sudo().activity_schedule(
                activity_type_id=activity_type.id,
                summary=env._("Health alert: %(who)s", who=rec.with_env(env)._alert_subject()),
                note=rec.alert_reason,
                user_id=rec.company_id._postpartum_nurse_user().id,
            )

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._schedule_health_alerts()
        return records

    def write(self, vals):
        res = super().write(vals)
        self._schedule_health_alerts()
        return res
