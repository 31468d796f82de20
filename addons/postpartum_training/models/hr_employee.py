from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import reader_env


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    training_enrolment_ids = fields.One2many("postpartum.training.enrolment", "employee_id")
    onboarding_done = fields.Boolean(
        compute="_compute_training_status", store=True, string="Onboarding Completed"
    )
    last_upgrade_training = fields.Date(compute="_compute_training_status", store=True)
    upgrade_training_due = fields.Date(compute="_compute_training_status", store=True, index=True)

    @api.depends(
        "training_enrolment_ids.result",
        "training_enrolment_ids.kind",
        "training_enrolment_ids.date",
        "member_since",
        "company_id.upgrade_training_months",
    )
    def _compute_training_status(self):
        for employee in self:
            passed = employee.training_enrolment_ids.filtered(lambda e: e.result == "passed")
            employee.onboarding_done = any(e.kind == "onboarding" for e in passed)
            upgrades = [e.date for e in passed if e.kind == "upgrade" and e.date]
            employee.last_upgrade_training = max(upgrades) if upgrades else False
            start = employee.last_upgrade_training or employee.member_since
            months = employee.company_id.upgrade_training_months or 6
            employee.upgrade_training_due = start and start + relativedelta(months=months)

    def _admission_problems(self):
        problems = super()._admission_problems()
        if not self.onboarding_done:
            problems.append(self.env._("The onboarding training is not completed."))
        return problems

    @api.model
    def _cron_upgrade_training_overdue(self):
        """Members whose periodic upgrade training is overdue: an activity for the
        caregiver manager, once per caregiver and due date."""
        today = fields.Date.context_today(self)
        overdue = self.search(
            [
                ("is_caregiver", "=", True),
                ("caregiver_state", "=", "member"),
                ("upgrade_training_due", "<", today),
            ]
        )
        kind = self.env.ref("postpartum_training.mail_activity_type_training_due")
        existing = self.env["mail.activity"].search(
            [
                ("res_model", "=", "hr.employee"),
                ("res_id", "in", overdue.ids),
                ("activity_type_id", "=", kind.id),
            ]
        )
        already = set(existing.mapped("res_id"))
        for employee in overdue.filtered(lambda e: e.id not in already):
            manager = employee.company_id._caregiver_manager_user()
            env = reader_env(self.env, user=manager, company=employee.company_id)
            employee.activity_schedule(
                activity_type_id=kind.id,
                date_deadline=today + timedelta(days=7),
                summary=env._(
                    "Upgrade training overdue since %(date)s", date=employee.upgrade_training_due
                ),
                user_id=manager.id,
            )
        return overdue
