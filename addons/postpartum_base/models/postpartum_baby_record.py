from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PostpartumBabyRecord(models.Model):
    _name = "postpartum.baby.record"
    _description = "Baby Health Record"
    _inherit = ["postpartum.health.mixin"]

    baby_id = fields.Many2one(
        "postpartum.baby", string="Baby", required=True, index=True, ondelete="restrict"
    )
    mother_id = fields.Many2one(
        "res.partner", related="baby_id.mother_id", store=True, index=True, string="Mother"
    )
    company_id = fields.Many2one(
        "res.company", related="baby_id.company_id", store=True, index=True, string="Store"
    )
    weight = fields.Integer(string="Weight (g)", tracking=True)
    jaundice_value = fields.Float(
        string="Jaundice (mg/dL)",
        digits=(4, 1),
        help="Transcutaneous bilirubin reading, in mg/dL.",
        tracking=True,
    )
    feeding_count = fields.Integer(string="Feeds")
    feeding_volume = fields.Integer(string="Formula / Expressed Milk (ml)")
    stool_count = fields.Integer(string="Stools")
    stool_color = fields.Selection(
        [
            ("meconium", "Meconium (dark green)"),
            ("yellow", "Yellow"),
            ("green", "Green"),
            ("pale", "Pale / Clay-coloured"),
            ("bloody", "Blood-streaked"),
        ],
        string="Stool Colour",
    )
    urine_count = fields.Integer(string="Wet Nappies")
    umbilical_cord = fields.Selection(
        [
            ("dry", "Dry, Clean"),
            ("moist", "Moist"),
            ("red", "Red or Swollen"),
            ("discharge", "Discharge or Odour"),
            ("fallen", "Fallen Off"),
        ],
    )

    @api.depends(
        "temperature",
        "jaundice_value",
        "stool_color",
        "umbilical_cord",
        "company_id",
    )
    def _compute_alert_reason(self):
        return super()._compute_alert_reason()

    def _alert_reasons(self):
        reasons = super()._alert_reasons()
        if self.temperature and self.temperature < 36.0:
            reasons.append(self.env._("low temperature %(temp)s °C", temp=self.temperature))
        if self.jaundice_value and self.jaundice_value > self.company_id.jaundice_threshold:
            reasons.append(self.env._("jaundice %(value)s mg/dL", value=self.jaundice_value))
        if self.stool_color in ("pale", "bloody"):
            reasons.append(self.env._("abnormal stool colour"))
        if self.umbilical_cord in ("red", "discharge"):
            reasons.append(self.env._("umbilical cord inflammation"))
        return reasons

    def _alert_subject(self):
        return self.baby_id.name

    @api.depends("baby_id", "record_datetime")
    def _compute_display_name(self):
        for rec in self:
            when = rec.record_datetime and fields.Datetime.context_timestamp(
                rec, rec.record_datetime
            )
            rec.display_name = "%s %s" % (
                rec.baby_id.name or "",
                when.strftime("%Y-%m-%d %H:%M") if when else "",
            )

    @api.constrains("record_datetime", "baby_id")
    def _check_after_birth(self):
        for rec in self:
            if rec.record_datetime < rec.baby_id.birth_datetime:
                raise ValidationError(
                    self.env._(
                        "This record of %(baby)s is dated before the birth.",
                        baby=rec.baby_id.name,
                    )
                )

    @api.constrains(
        "weight", "jaundice_value", "feeding_count", "stool_count", "urine_count", "feeding_volume"
    )
    def _check_values(self):
        for rec in self:
            if rec.weight and not 300 <= rec.weight <= 10000:
                raise ValidationError(
                    self.env._(
                        "A weight of %(weight)s g is not plausible for a newborn: enter grams, "
                        "between 300 and 10000.",
                        weight=rec.weight,
                    )
                )
            if not 0 <= rec.jaundice_value <= 30:
                raise ValidationError(self.env._("A jaundice reading is between 0 and 30 mg/dL."))
            if min(rec.feeding_count, rec.stool_count, rec.urine_count, rec.feeding_volume) < 0:
                raise ValidationError(self.env._("Counts and volumes cannot be negative."))
