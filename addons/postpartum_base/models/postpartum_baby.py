from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..tools import check_create_field_access


class PostpartumBaby(models.Model):
    _name = "postpartum.baby"
    _description = "Baby"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "birth_datetime desc, birth_order, id"

    name = fields.Char(required=True, tracking=True)
    mother_id = fields.Many2one(
        "res.partner",
        string="Mother",
        required=True,
        index=True,
        ondelete="restrict",
        domain=[("is_mother", "=", True)],
        tracking=True,
    )
    company_id = fields.Many2one(
        "res.company",
        string="Store",
        related="mother_id.company_id",
        store=True,
        index=True,
        readonly=True,
    )
    gender = fields.Selection([("male", "Boy"), ("female", "Girl")], required=True, tracking=True)
    birth_datetime = fields.Datetime(string="Born on", required=True, tracking=True)
    birth_order = fields.Integer(
        default=1, help="1 for the first-born of twins, 2 for the second..."
    )
    birth_weight = fields.Integer(string="Birth Weight (g)", tracking=True)
    birth_length = fields.Float(string="Birth Length (cm)", digits=(4, 1), tracking=True)
    feeding_type = fields.Selection(
        [("breast", "Breastfeeding"), ("formula", "Formula"), ("mixed", "Mixed Feeding")],
        string="Feeding",
        tracking=True,
    )
    is_multiple_birth = fields.Boolean(
        string="Twins / Multiples",
        compute="_compute_is_multiple_birth",
        help="Another baby of the same mother was born within a day.",
    )
    age_days = fields.Integer(string="Age (days)", compute="_compute_age_days")
    active = fields.Boolean(default=True)
    # free text about the baby's health (jaundice, feeding problems...): the nurses'
    note = fields.Text(string="Notes", groups="postpartum_base.group_nurse")

    @api.model_create_multi
    def create(self, vals_list):
        check_create_field_access(self, vals_list)
        return super().create(vals_list)

    @api.depends("mother_id", "birth_datetime")
    def _compute_is_multiple_birth(self):
        siblings = self.search([("mother_id", "in", self.mother_id.ids)])
        for baby in self:
            baby.is_multiple_birth = bool(baby.birth_datetime) and any(
                other != baby
                and other.mother_id == baby.mother_id
                and abs(other.birth_datetime - baby.birth_datetime) < timedelta(days=1)
                for other in siblings
            )

    @api.depends("birth_datetime")
    def _compute_age_days(self):
        today = fields.Date.context_today(self)
        for baby in self:
            born = baby.birth_datetime and fields.Date.context_today(self, baby.birth_datetime)
            baby.age_days = (today - born).days if born else 0

    @api.constrains("birth_datetime", "mother_id")
    def _check_birth_datetime(self):
        now = fields.Datetime.now()
        for baby in self:
            if baby.birth_datetime > now + timedelta(minutes=5):
                raise ValidationError(
                    self.env._("The birth of %(baby)s cannot be in the future.", baby=baby.name)
                )
            birthdate = baby.mother_id.birthdate
            age = birthdate and (baby.birth_datetime.date() - birthdate).days / 365.25
            if birthdate and age > 0 and not 12 <= age <= 65:
                raise ValidationError(
                    self.env._(
                        "%(mother)s would have been %(age)d years old at the birth of %(baby)s: "
                        "please check the dates.",
                        mother=baby.mother_id.name,
                        age=int(age),
                        baby=baby.name,
                    )
                )
            if birthdate and baby.birth_datetime.date() <= birthdate:
                raise ValidationError(
                    self.env._(
                        "%(baby)s cannot be born (%(born)s) before the mother %(mother)s "
                        "(%(mother_born)s).",
                        baby=baby.name,
                        born=baby.birth_datetime.date(),
                        mother=baby.mother_id.name,
                        mother_born=birthdate,
                    )
                )

    @api.constrains("birth_weight", "birth_length", "birth_order")
    def _check_measurements(self):
        for baby in self:
            if baby.birth_weight and not 300 <= baby.birth_weight <= 7000:
                raise ValidationError(
                    self.env._(
                        "A birth weight of %(weight)s g is not plausible for %(baby)s: "
                        "enter grams, between 300 and 7000.",
                        weight=baby.birth_weight,
                        baby=baby.name,
                    )
                )
            if baby.birth_length and not 20 <= baby.birth_length <= 70:
                raise ValidationError(
                    self.env._(
                        "A birth length of %(length)s cm is not plausible for %(baby)s: "
                        "enter centimetres, between 20 and 70.",
                        length=baby.birth_length,
                        baby=baby.name,
                    )
                )
            if baby.birth_order < 1:
                raise ValidationError(self.env._("The birth order starts at 1."))
