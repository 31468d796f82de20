from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .postpartum_period_mixin import PostpartumPeriodMixin


class PostpartumActingManager(models.Model):
    """Seed 002, 组织结构 说明 3: when the store manager is away, another staff
    member runs the store for a period, after a recorded handover."""

    _name = "postpartum.acting.manager"
    _description = "Acting Store Manager"
    _check_company_auto = True
    _inherit = ["postpartum.period.mixin", "mail.thread", "mail.activity.mixin"]
    _order = "date_start desc"
    _period_overlap_keys = ("company_id",)

    company_id = fields.Many2one(
        "res.company",
        string="Store",
        required=True,
        index=True,
        default=lambda self: self.env.company,
        tracking=True,
    )
    absent_manager_id = fields.Many2one(
        "hr.employee",
        string="Absent Manager",
        compute="_compute_absent_manager_id",
        store=True,
        readonly=False,
        precompute=True,
        tracking=True,
        check_company=True,
    )
    acting_employee_id = fields.Many2one(
        "hr.employee",
        string="Acting Manager",
        required=True,
        domain="[('company_id', '=', company_id)]",
        tracking=True,
        check_company=True,
    )
    reason = fields.Char(string="Reason of Absence", tracking=True)
    handover_note = fields.Html(
        required=True,
        help="What was handed over: ongoing matters, keys, cash, open customer issues.",
    )
    state = fields.Selection(
        [("planned", "Planned"), ("active", "Active"), ("done", "Ended")],
        compute="_compute_state",
        string="Status",
    )

    _sql_constraints = [
        (
            "acting_manager_no_overlap",
            PostpartumPeriodMixin._period_exclusion_sql("company_id"),
            "A store can have only one acting manager at a time.",
        ),
    ]

    @api.depends("company_id")
    def _compute_absent_manager_id(self):
        for rec in self:
            rec.absent_manager_id = rec.company_id.store_manager_id

    @api.depends("date_start", "date_end")
    def _compute_state(self):
        today = fields.Date.context_today(self)
        for rec in self:
            if rec.date_start and rec.date_start > today:
                rec.state = "planned"
            elif rec.date_end and rec.date_end < today:
                rec.state = "done"
            else:
                rec.state = "active"

    @api.depends("acting_employee_id", "date_start", "date_end")
    def _compute_display_name(self):
        for rec in self:
            rec.display_name = self.env._(
                "%(employee)s acting for %(store)s",
                employee=rec.acting_employee_id.name or "",
                store=rec.company_id.name or "",
            )

    @api.constrains("acting_employee_id", "absent_manager_id", "company_id")
    def _check_acting_employee(self):
        for rec in self:
            if rec.acting_employee_id == rec.absent_manager_id:
                raise ValidationError(
                    self.env._("The acting manager must be someone other than the absent manager.")
                )
            if rec.acting_employee_id.company_id != rec.company_id:
                raise ValidationError(
                    self.env._(
                        "%(employee)s does not work at %(store)s.",
                        employee=rec.acting_employee_id.name,
                        store=rec.company_id.name,
                    )
                )

    def _period_overlap_message(self, conflict):
        return self.env._(
            "%(store)s already has an acting manager from %(start)s to %(end)s "
            "(%(employee)s): a store can have only one acting manager at a time.",
            store=conflict.company_id.name,
            start=conflict.date_start,
            end=conflict.date_end,
            employee=conflict.acting_employee_id.name,
        )
