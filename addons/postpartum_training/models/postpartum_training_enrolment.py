from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import reader_env
from odoo.exceptions import UserError, ValidationError


class PostpartumTrainingEnrolment(models.Model):
    _name = "postpartum.training.enrolment"
    _description = "Caregiver Training Enrolment"
    _check_company_auto = True
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"

    session_id = fields.Many2one(
        "postpartum.training.session", required=True, index=True, ondelete="cascade"
    )
    course_id = fields.Many2one(related="session_id.course_id", store=True, index=True)
    kind = fields.Selection(related="session_id.kind", store=True, index=True)
    company_id = fields.Many2one(related="session_id.company_id", store=True, index=True)
    date = fields.Date(compute="_compute_date", store=True, index=True)
    employee_id = fields.Many2one(
        "hr.employee",
        string="Caregiver",
        required=True,
        index=True,
        ondelete="cascade",
        domain=[("is_caregiver", "=", True)],
        check_company=True,
    )
    attended = fields.Boolean(tracking=True)
    result = fields.Selection(
        [("pending", "Pending"), ("passed", "Passed"), ("failed", "Failed")],
        default="pending",
        required=True,
        tracking=True,
    )
    score = fields.Float(digits=(5, 1), tracking=True)
    user_input_id = fields.Many2one("survey.user_input", string="Exam Answers", readonly=True)
    note = fields.Text()

    _sql_constraints = [
        (
            "session_employee_uniq",
            "UNIQUE(session_id, employee_id)",
            "This caregiver is already enrolled in the session.",
        ),
    ]

    @api.depends("session_id.date_start")
    def _compute_date(self):
        for enrolment in self:
            start = enrolment.session_id.date_start
            enrolment.date = start and fields.Datetime.context_timestamp(enrolment, start).date()

    @api.depends("employee_id", "course_id")
    def _compute_display_name(self):
        for enrolment in self:
            enrolment.display_name = f"{enrolment.employee_id.name} – {enrolment.course_id.name}"

    @api.constrains("score")
    def _check_score(self):
        for enrolment in self:
            if not 0 <= enrolment.score <= 100:
                raise ValidationError(self.env._("A score is between 0 and 100."))

    @api.constrains("session_id")
    def _check_capacity(self):
        self.session_id._check_session()

    @api.constrains("result", "attended")
    def _check_result(self):
        for enrolment in self:
            if enrolment.result == "passed" and not enrolment.attended:
                raise ValidationError(
                    self.env._(
                        "%(name)s cannot pass a session she did not attend.",
                        name=enrolment.employee_id.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        enrolments = super().create(vals_list)
        enrolments._grant_skills()
        return enrolments

    def write(self, vals):
        res = super().write(vals)
        if vals.get("result") == "passed":
            self._grant_skills()
        return res

    def _grant_skills(self):
        """A passed course gives its skill, at its level (never lowering one)."""
        EmployeeSkill = self.env["hr.employee.skill"].sudo()
        for enrolment in self.filtered(lambda e: e.result == "passed" and e.course_id.skill_id):
            course = enrolment.course_id
            existing = EmployeeSkill.search(
                [
                    ("employee_id", "=", enrolment.employee_id.id),
                    ("skill_id", "=", course.skill_id.id),
                ]
            )
            if not existing:
                EmployeeSkill.create(
                    {
                        "employee_id": enrolment.employee_id.id,
                        "skill_id": course.skill_id.id,
                        "skill_level_id": course.skill_level_id.id,
                        "skill_type_id": course.skill_id.skill_type_id.id,
                    }
                )
            elif existing.skill_level_id.level_progress < course.skill_level_id.level_progress:
                existing.skill_level_id = course.skill_level_id
            env = reader_env(self.env, company=enrolment.employee_id.company_id)
            enrolment.employee_id.message_post(
                body=env._(
                    "Passed %(course)s: skill %(skill)s (%(level)s).",
                    course=course.with_env(env).name,
                    skill=course.skill_id.with_env(env).name,
                    level=course.skill_level_id.with_env(env).name,
                )
            )

    def _apply_exam_result(self):
        for enrolment in self.filtered("user_input_id"):
            answer = enrolment.user_input_id
            if answer.state != "done":
                continue
            enrolment.write(
                {
                    "attended": True,
                    "score": answer.scoring_percentage,
                    "result": "passed" if answer.scoring_success else "failed",
                }
            )

    def action_start_exam(self):
        """Open the course's certification exam for this caregiver."""
        self.ensure_one()
        survey = self.course_id.survey_id
        if not survey:
            raise UserError(
                self.env._("The course %(course)s has no exam.", course=self.course_id.name)
            )
        partner = self.employee_id.work_contact_id
        if not partner:
            raise UserError(
                self.env._("%(name)s has no contact to take the exam.", name=self.employee_id.name)
            )
        if not self.user_input_id or self.user_input_id.state == "done":
            self.user_input_id = survey.sudo()._create_answer(partner=partner, check_attempts=False)
        return {
            "type": "ir.actions.act_url",
            "url": self.user_input_id.get_start_url(),
            "target": "new",
        }
