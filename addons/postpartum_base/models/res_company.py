from odoo import api, fields, models
from odoo.exceptions import ValidationError

STORE_TIERS = [
    ("standard", "Standard Store"),
    ("deluxe", "Deluxe Store"),
    ("flagship", "Flagship Store"),
]
# Seed 002, 组织结构 说明 2: 单班定员为标准店7人, 豪华店10人, 旗舰店15人.
DEFAULT_STAFFING_NORM = {"standard": 7, "deluxe": 10, "flagship": 15}


class ResCompany(models.Model):
    _name = "res.company"
    _inherit = ["res.company", "mail.thread"]

    store_tier = fields.Selection(STORE_TIERS, default="standard", tracking=True)
    staffing_norm = fields.Integer(
        string="Staff per Shift (Norm)",
        compute="_compute_staffing_norm",
        store=True,
        readonly=False,
        precompute=True,
        tracking=True,
        help="Number of staff a single shift needs; set from the tier, editable.",
    )
    store_manager_id = fields.Many2one(
        "hr.employee",
        string="Store Manager",
        domain="[('company_id', '=', id)]",
        tracking=True,
    )
    nurse_user_id = fields.Many2one(
        "res.users",
        string="Head Nurse",
        help="Receives the health alerts of this store's mothers and babies.",
    )
    acting_manager_ids = fields.One2many(
        "postpartum.acting.manager", "company_id", string="Acting Managers"
    )
    current_manager_id = fields.Many2one(
        "hr.employee",
        string="Manager Today",
        compute="_compute_current_manager_id",
        help="The acting manager when one is designated for today, else the store manager.",
    )
    staffing_ids = fields.One2many(
        "postpartum.store.staffing", "company_id", string="Staff on Roster by Role"
    )
    roster_count = fields.Integer(string="Staff on Roster", compute="_compute_roster")
    staffing_gap = fields.Integer(
        string="Missing Staff",
        compute="_compute_roster",
        help="How many staff the roster lacks to meet the norm (0 when it is met).",
    )
    fever_threshold = fields.Float(
        string="Fever Threshold (°C)",
        default=37.5,
        help="A temperature at or above this value raises a health alert.",
    )
    jaundice_threshold = fields.Float(
        string="Jaundice Threshold (mg/dL)",
        default=12.9,
        help="A baby's transcutaneous bilirubin above this value raises a health alert.",
    )
    epds_threshold = fields.Integer(
        string="EPDS Alert Score",
        default=13,
        help="An Edinburgh Postnatal Depression Scale score at or above this value "
        "raises a health alert.",
    )
    systolic_threshold = fields.Integer(string="Systolic Alert (mmHg)", default=140)
    diastolic_threshold = fields.Integer(string="Diastolic Alert (mmHg)", default=90)

    @api.depends("store_tier")
    def _compute_staffing_norm(self):
        for company in self:
            company.staffing_norm = DEFAULT_STAFFING_NORM.get(company.store_tier or "standard", 7)

    @api.depends("staffing_ids.employee_count", "staffing_norm")
    def _compute_roster(self):
        counts = dict(
            self.env["postpartum.store.staffing"]._read_group(
                [("company_id", "in", self.ids)], ["company_id"], ["employee_count:sum"]
            )
        )
        for company in self:
            company.roster_count = counts.get(company, 0)
            company.staffing_gap = max(company.staffing_norm - company.roster_count, 0)

    def _compute_current_manager_id(self):
        today = fields.Date.context_today(self)
        acting = (
            self.env["postpartum.acting.manager"]
            .sudo()
            .search(
                [
                    ("company_id", "in", self.ids),
                    ("date_start", "<=", today),
                    ("date_end", ">=", today),
                ]
            )
        )
        acting_by_company = {a.company_id: a.acting_employee_id for a in acting}
        for company in self:
            company.current_manager_id = acting_by_company.get(company) or company.store_manager_id

    @api.constrains("staffing_norm")
    def _check_staffing_norm(self):
        for company in self:
            if company.staffing_norm < 0:
                raise ValidationError(
                    self.env._(
                        "The staffing norm of %(store)s cannot be negative.", store=company.name
                    )
                )

    @api.constrains(
        "fever_threshold",
        "jaundice_threshold",
        "epds_threshold",
        "systolic_threshold",
        "diastolic_threshold",
    )
    def _check_health_thresholds(self):
        for company in self:
            if not 36.0 <= company.fever_threshold <= 40.0:
                raise ValidationError(
                    self.env._("The fever threshold must be between 36 and 40 °C.")
                )
            if not 0 < company.jaundice_threshold <= 30:
                raise ValidationError(
                    self.env._("The jaundice threshold must be between 0 and 30 mg/dL.")
                )
            if not 0 < company.epds_threshold <= 30:
                raise ValidationError(self.env._("The EPDS alert score must be between 1 and 30."))
            if company.systolic_threshold <= company.diastolic_threshold:
                raise ValidationError(
                    self.env._("The systolic alert must be higher than the diastolic alert.")
                )

    def _postpartum_nurse_user(self):
        """User who receives this store's health alerts."""
        self.ensure_one()
        if self.nurse_user_id:
            return self.nurse_user_id
        nurse_group = self.env.ref("postpartum_base.group_nurse")
        nurse = (
            self.env["res.users"]
            .sudo()
            .search(
                [("groups_id", "in", nurse_group.id), ("company_id", "=", self.id)],
                order="id",
                limit=1,
            )
        )
        return nurse or self.env.user
