from odoo import api, fields, models
from odoo.exceptions import ValidationError

COURSE_KINDS = [
    ("onboarding", "Onboarding"),
    ("upgrade", "Periodic Skill Upgrade"),
    ("special", "Special Skill"),
]


class PostpartumTrainingCourse(models.Model):
    _name = "postpartum.training.course"
    _description = "Caregiver Training Course"
    _inherit = ["mail.thread"]
    _order = "kind, sequence, name"

    name = fields.Char(required=True, translate=True, tracking=True)
    sequence = fields.Integer(default=10)
    kind = fields.Selection(COURSE_KINDS, required=True, default="onboarding", tracking=True)
    description = fields.Html(
        help="Programme: company culture, service process, operating norms..."
    )
    duration_hours = fields.Float(string="Duration (hours)", default=8)
    survey_id = fields.Many2one(
        "survey.survey",
        string="Theory Exam",
        domain=[("certification", "=", True)],
        help="A certification survey: passing it passes the course.",
    )
    skill_id = fields.Many2one(
        "hr.skill", string="Skill Granted", help="Given to the caregiver who passes the course."
    )
    skill_type_id = fields.Many2one(related="skill_id.skill_type_id")
    skill_level_id = fields.Many2one(
        "hr.skill.level", string="At Level", domain="[('skill_type_id', '=', skill_type_id)]"
    )
    session_ids = fields.One2many("postpartum.training.session", "course_id")
    session_count = fields.Integer(compute="_compute_session_count", string="Sessions")
    active = fields.Boolean(default=True)

    def _compute_session_count(self):
        counts = dict(
            self.env["postpartum.training.session"]._read_group(
                [("course_id", "in", self.ids)], ["course_id"], ["__count"]
            )
        )
        for course in self:
            course.session_count = counts.get(course, 0)

    @api.constrains("skill_id", "skill_level_id", "duration_hours")
    def _check_course(self):
        for course in self:
            if course.skill_id and not course.skill_level_id:
                raise ValidationError(
                    self.env._(
                        "Choose the level of %(skill)s the course grants.",
                        skill=course.skill_id.name,
                    )
                )
            if (
                course.skill_level_id
                and course.skill_level_id.skill_type_id != course.skill_id.skill_type_id
            ):
                raise ValidationError(self.env._("The level does not belong to the skill's type."))
            if course.duration_hours <= 0:
                raise ValidationError(self.env._("A course lasts a positive number of hours."))
