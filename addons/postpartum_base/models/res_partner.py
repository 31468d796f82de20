from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from ..tools import (
    check_create_field_access,
    reader_env,
    resident_id_birthdate,
    resident_id_problem,
    user_has_role,
)

# Who reads what of a mother's profile (and so may set it, see create):
# her resident ID number is for the contracts (front desk, consultants, the
# caregiver manager for home service); her emergency contact for the staff
# who may have to call it (front desk, butler, nurse, caregiver manager); her
# obstetric history for the nurses. Allergies, diet and the delivery type stay
# open to all staff: the kitchen, the therapist and the caregivers must know them.
ID_GROUPS = "postpartum_base.group_front_desk,postpartum_base.group_caregiver_manager"
CONTACT_GROUPS = (
    "postpartum_base.group_front_desk,postpartum_base.group_butler,"
    "postpartum_base.group_nurse,postpartum_base.group_caregiver_manager"
)

# a due date is at most ten months ahead (a typing mistake otherwise: 2035 for 2025)
MAX_DUE_DAYS_AHEAD = 305
MAX_NAME_LENGTH = 100

DELIVERY_TYPES = [("vaginal", "Vaginal"), ("c_section", "C-Section")]


class ResPartner(models.Model):
    _name = "res.partner"
    _inherit = ["res.partner", "postpartum.phone.mixin"]
    # a mother's numbers are called by the center; other contacts' are Odoo's
    _phone_fields = ("phone", "mobile", "emergency_contact_phone")

    def _phone_fields_checked(self):
        return self._phone_fields if self.is_mother else ("emergency_contact_phone",)

    is_mother = fields.Boolean(string="Is a Mother", index=True, tracking=True)
    birthdate = fields.Date(string="Birth Date", tracking=True)
    resident_id_number = fields.Char(
        string="Resident ID Number",
        copy=False,
        index="btree_not_null",
        tracking=True,
        groups=ID_GROUPS,
        help="18-character PRC resident identity card number (GB 11643).",
    )
    due_date = fields.Date(tracking=True)
    delivery_date = fields.Date(tracking=True)
    delivery_type = fields.Selection(DELIVERY_TYPES, tracking=True)
    hospital = fields.Char(string="Delivery Hospital", tracking=True)
    gravidity = fields.Integer(
        groups="postpartum_base.group_nurse",
        help="Number of pregnancies, this one included (G).",
    )
    parity = fields.Integer(
        groups="postpartum_base.group_nurse",
        help="Number of births after 28 weeks, this one included (P).",
    )
    allergies = fields.Text(help="Food and drug allergies; the kitchen and nurses rely on it.")
    dietary_preferences = fields.Text()
    emergency_contact_name = fields.Char(string="Emergency Contact", groups=CONTACT_GROUPS)
    emergency_contact_phone = fields.Char(groups=CONTACT_GROUPS)
    emergency_contact_relation = fields.Char(string="Relationship", groups=CONTACT_GROUPS)
    baby_ids = fields.One2many("postpartum.baby", "mother_id")
    baby_count = fields.Integer(compute="_compute_baby_count")
    postpartum_day = fields.Integer(
        compute="_compute_postpartum_day",
        help="Days since delivery, the delivery day being day 1.",
    )
    mother_record_count = fields.Integer(
        string="Health Records",
        compute="_compute_mother_record_count",
        groups="postpartum_base.group_nurse",
    )

    _sql_constraints = [
        (
            "resident_id_company_uniq",
            "UNIQUE(resident_id_number, company_id)",
            "Another customer of this store already has this resident ID number.",
        ),
    ]

    @api.depends("baby_ids")
    def _compute_baby_count(self):
        counts = dict(
            self.env["postpartum.baby"]._read_group(
                [("mother_id", "in", self.ids)], ["mother_id"], ["__count"]
            )
        )
        for partner in self:
            partner.baby_count = counts.get(partner, 0)

    def _compute_mother_record_count(self):
        counts = dict(
            self.env["postpartum.mother.record"]._read_group(
                [("mother_id", "in", self.ids)], ["mother_id"], ["__count"]
            )
        )
        for partner in self:
            partner.mother_record_count = counts.get(partner, 0)

    @api.depends("delivery_date")
    def _compute_postpartum_day(self):
        today = fields.Date.context_today(self)
        for partner in self:
            if partner.delivery_date and partner.delivery_date <= today:
                partner.postpartum_day = (today - partner.delivery_date).days + 1
            else:
                partner.postpartum_day = 0

    @api.onchange("resident_id_number")
    def _onchange_resident_id_number(self):
        if self.resident_id_number and not resident_id_problem(self.resident_id_number):
            self.resident_id_number = self.resident_id_number.strip().upper()
            if not self.birthdate:
                self.birthdate = resident_id_birthdate(self.resident_id_number)

    @api.model_create_multi
    def create(self, vals_list):
        check_create_field_access(self, vals_list)
        for vals in vals_list:
            if vals.get("is_mother") and not vals.get("company_id"):
                vals["company_id"] = self.env.company.id
            if vals.get("is_mother") and not vals.get("lang"):
                # her contract, invoices and messages in her store's language,
                # whoever registers her (an English-speaking installer, an import)
                store = self.env["res.company"].browse(vals["company_id"])
                lang = reader_env(self.env, company=store).lang
                if lang:
                    vals["lang"] = lang
            if vals.get("resident_id_number"):
                vals["resident_id_number"] = vals["resident_id_number"].strip().upper()
            if vals.get("is_mother"):
                self._check_name_length(vals.get("name"))
        return super().create(vals_list)

    def _check_name_length(self, name):
        """Before the database sees it: a name too long for its index would
        otherwise fail with PostgreSQL's own message."""
        if len(name or "") > MAX_NAME_LENGTH:
            raise ValidationError(
                self.env._(
                    "A mother's name has at most %(max)s characters (%(length)s given).",
                    max=MAX_NAME_LENGTH,
                    length=len(name),
                )
            )

    def write(self, vals):
        if vals.get("name") and any(self.mapped("is_mother")):
            self._check_name_length(vals["name"])
        if vals.get("resident_id_number"):
            vals["resident_id_number"] = vals["resident_id_number"].strip().upper()
        return super().write(vals)

    @api.constrains("resident_id_number", "birthdate")
    def _check_resident_id_number(self):
        messages = {
            "length": self.env._("A resident ID number has exactly 18 characters."),
            "format": self.env._("A resident ID number is 17 digits followed by a digit or X."),
            "date": self.env._("The birth date inside the resident ID number is not a valid date."),
            "checksum": self.env._(
                "The last character of the resident ID number does not match its "
                "check digit (GB 11643): please check the number for a typing error."
            ),
        }
        for partner in self.filtered("resident_id_number"):
            problem = resident_id_problem(partner.resident_id_number)
            if problem:
                raise ValidationError(
                    self.env._(
                        "Invalid resident ID number %(number)s for %(name)s: %(reason)s",
                        number=partner.resident_id_number,
                        name=partner.display_name,
                        reason=messages[problem],
                    )
                )
            id_birthdate = resident_id_birthdate(partner.resident_id_number)
            if partner.birthdate and partner.birthdate != id_birthdate:
                raise ValidationError(
                    self.env._(
                        "The date of birth of %(name)s (%(birthdate)s) differs from the one "
                        "in the resident ID number (%(id_birthdate)s).",
                        name=partner.display_name,
                        birthdate=partner.birthdate,
                        id_birthdate=id_birthdate,
                    )
                )

    @api.constrains("birthdate", "delivery_date", "due_date", "is_mother", "company_id", "name")
    def _check_mother_dates(self):
        today = fields.Date.context_today(self)
        for partner in self:
            if partner.birthdate and partner.birthdate > today:
                raise ValidationError(
                    self.env._(
                        "The date of birth of %(name)s is in the future.", name=partner.display_name
                    )
                )
            if partner.delivery_date and partner.delivery_date > today:
                raise ValidationError(
                    self.env._(
                        "The delivery date of %(name)s is in the future: record the due date "
                        "instead until the baby is born.",
                        name=partner.display_name,
                    )
                )
            if partner.birthdate and partner.delivery_date:
                age = (partner.delivery_date - partner.birthdate).days / 365.25
                if not 12 <= age <= 65:
                    raise ValidationError(
                        self.env._(
                            "%(name)s would have been %(age)d years old at delivery: "
                            "please check the dates.",
                            name=partner.display_name,
                            age=int(age),
                        )
                    )
            if (
                partner.is_mother
                and partner.due_date
                and partner.due_date > today + timedelta(days=MAX_DUE_DAYS_AHEAD)
            ):
                raise ValidationError(
                    self.env._(
                        "The due date of %(name)s (%(date)s) is more than ten months ahead: "
                        "please check the year.",
                        name=partner.display_name,
                        date=partner.due_date,
                    )
                )
            if partner.is_mother:
                partner._check_name_length(partner.name)
            if partner.is_mother and not partner.company_id:
                raise ValidationError(
                    self.env._(
                        "The mother %(name)s must belong to a store.", name=partner.display_name
                    )
                )

    @api.constrains("gravidity", "parity")
    def _check_gravidity_parity(self):
        for partner in self.sudo():
            if partner.gravidity < 0 or partner.parity < 0:
                raise ValidationError(self.env._("Gravidity and parity cannot be negative."))
            if partner.parity > partner.gravidity:
                raise ValidationError(
                    self.env._(
                        "Parity (%(parity)s) cannot exceed gravidity (%(gravidity)s).",
                        parity=partner.parity,
                        gravidity=partner.gravidity,
                    )
                )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_mother_with_babies(self):
        """Deleting a mother would lose her babies and health archive."""
        with_babies = self.sudo().filtered("baby_ids")
        if with_babies:
            raise UserError(
                self.env._(
                    "%(names)s cannot be deleted: her babies and health records would be "
                    "lost. Archive her instead.",
                    names=", ".join(with_babies.mapped("name")),
                )
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_mother_by_staff(self):
        """The front desk creates and edits contacts, but a mother's profile
        (her stays, orders and archive point to it) is deleted by a manager."""
        if self.filtered("is_mother") and not user_has_role(
            self.env, "postpartum_base.group_store_manager"
        ):
            raise AccessError(
                self.env._(
                    "Only a store manager can delete a mother's profile: archive it instead."
                )
            )

    def action_view_babies(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("postpartum_base.action_baby")
        action["domain"] = [("mother_id", "=", self.id)]
        action["context"] = {"default_mother_id": self.id}
        return action

    def action_view_mother_records(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "postpartum_base.action_mother_record"
        )
        action["domain"] = [("mother_id", "=", self.id)]
        action["context"] = {"default_mother_id": self.id}
        return action
