from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PostpartumMotherRecord(models.Model):
    _name = "postpartum.mother.record"
    _description = "Mother Health Record"
    _inherit = ["postpartum.health.mixin"]

    mother_id = fields.Many2one(
        "res.partner",
        string="Mother",
        required=True,
        index=True,
        ondelete="restrict",
        domain=[("is_mother", "=", True)],
    )
    company_id = fields.Many2one(
        "res.company", related="mother_id.company_id", store=True, index=True, string="Store"
    )
    systolic = fields.Integer(string="Systolic (mmHg)")
    diastolic = fields.Integer(string="Diastolic (mmHg)")
    lochia_color = fields.Selection(
        [
            ("rubra", "Red (rubra)"),
            ("serosa", "Pink-brown (serosa)"),
            ("alba", "Yellow-white (alba)"),
        ],
        string="Lochia Colour",
    )
    lochia_amount = fields.Selection(
        [("scant", "Scant"), ("light", "Light"), ("moderate", "Moderate"), ("heavy", "Heavy")],
    )
    lochia_odor = fields.Boolean(string="Foul-smelling Lochia")
    fundal_height = fields.Float(
        string="Fundal Height (cm below navel)",
        digits=(3, 1),
        help="Uterine involution: height of the fundus below the navel, in centimetres.",
    )
    breast_condition = fields.Selection(
        [
            ("normal", "Normal"),
            ("engorged", "Engorged"),
            ("cracked", "Cracked Nipples"),
            ("mastitis", "Suspected Mastitis"),
        ],
        string="Breasts",
    )
    milk_supply = fields.Selection(
        [("none", "None Yet"), ("low", "Low"), ("adequate", "Adequate"), ("abundant", "Abundant")],
    )
    wound_condition = fields.Selection(
        [
            ("none", "No Wound"),
            ("healing", "Healing Well"),
            ("red", "Red or Swollen"),
            ("infected", "Discharge / Suspected Infection"),
        ],
        string="Wound",
    )
    mood = fields.Selection(
        [("good", "Good"), ("tired", "Tired"), ("low", "Low"), ("anxious", "Anxious")],
    )
    epds_score = fields.Integer(
        string="EPDS Score",
        help="Edinburgh Postnatal Depression Scale, 0 to 30.",
        tracking=True,
    )

    @api.depends(
        "temperature",
        "systolic",
        "diastolic",
        "lochia_amount",
        "lochia_odor",
        "breast_condition",
        "wound_condition",
        "epds_score",
        "company_id",
    )
    def _compute_alert_reason(self):
        return super()._compute_alert_reason()

    def _alert_reasons(self):
        reasons = super()._alert_reasons()
        company = self.company_id
        if (self.systolic and self.systolic >= company.systolic_threshold) or (
            self.diastolic and self.diastolic >= company.diastolic_threshold
        ):
            reasons.append(
                self.env._("blood pressure %(sys)s/%(dia)s", sys=self.systolic, dia=self.diastolic)
            )
        if self.lochia_amount == "heavy":
            reasons.append(self.env._("heavy lochia"))
        if self.lochia_odor:
            reasons.append(self.env._("foul-smelling lochia"))
        if self.breast_condition == "mastitis":
            reasons.append(self.env._("suspected mastitis"))
        if self.wound_condition == "infected":
            reasons.append(self.env._("wound infection suspected"))
        if self.epds_score and self.epds_score >= company.epds_threshold:
            reasons.append(self.env._("EPDS score %(score)s", score=self.epds_score))
        return reasons

    def _alert_subject(self):
        return self.mother_id.name

    @api.depends("mother_id", "record_datetime")
    def _compute_display_name(self):
        for rec in self:
            when = rec.record_datetime and fields.Datetime.context_timestamp(
                rec, rec.record_datetime
            )
            rec.display_name = "%s %s" % (
                rec.mother_id.name or "",
                when.strftime("%Y-%m-%d %H:%M") if when else "",
            )

    @api.constrains("systolic", "diastolic", "epds_score", "fundal_height")
    def _check_values(self):
        for rec in self:
            if rec.systolic and not 50 <= rec.systolic <= 260:
                raise ValidationError(
                    self.env._(
                        "A systolic pressure of %(value)s mmHg is not plausible.",
                        value=rec.systolic,
                    )
                )
            if rec.diastolic and not 30 <= rec.diastolic <= 160:
                raise ValidationError(
                    self.env._(
                        "A diastolic pressure of %(value)s mmHg is not plausible.",
                        value=rec.diastolic,
                    )
                )
            if rec.systolic and rec.diastolic and rec.diastolic >= rec.systolic:
                raise ValidationError(
                    self.env._("The diastolic pressure must be lower than the systolic.")
                )
            if not 0 <= rec.epds_score <= 30:
                raise ValidationError(self.env._("An EPDS score is between 0 and 30."))
            if not 0 <= rec.fundal_height <= 25:
                raise ValidationError(
                    self.env._("The fundal height is between 0 and 25 cm below the navel.")
                )
