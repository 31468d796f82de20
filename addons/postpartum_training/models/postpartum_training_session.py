from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError


class PostpartumTrainingSession(models.Model):
    _name = "postpartum.training.session"
    _description = "Caregiver Training Session"
    _check_company_auto = True
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_start desc"

    name = fields.Char(compute="_compute_name", store=True, readonly=False)
    course_id = fields.Many2one(
        "postpartum.training.course", required=True, index=True, tracking=True
    )
    kind = fields.Selection(related="course_id.kind", store=True)
    company_id = fields.Many2one(
        "res.company", required=True, index=True, default=lambda self: self.env.company
    )
    date_start = fields.Datetime(string="Start", required=True, tracking=True)
    date_end = fields.Datetime(string="End", required=True, tracking=True)
    trainer_id = fields.Many2one("hr.employee", string="Trainer", tracking=True, check_company=True)
    room = fields.Char(tracking=True)
    capacity = fields.Integer(default=20, tracking=True)
    enrolment_ids = fields.One2many(
        "postpartum.training.enrolment", "session_id", string="Enrolments"
    )
    enrolled_count = fields.Integer(compute="_compute_counts", string="Enrolled")
    attended_count = fields.Integer(compute="_compute_counts", string="Attended")
    passed_count = fields.Integer(compute="_compute_counts", string="Passed")
    seats_left = fields.Integer(compute="_compute_counts")
    state = fields.Selection(
        [("planned", "Planned"), ("done", "Done"), ("cancelled", "Cancelled")],
        default="planned",
        required=True,
        tracking=True,
    )

    @api.depends("course_id", "date_start")
    def _compute_name(self):
        for session in self:
            day = session.date_start and fields.Datetime.context_timestamp(
                session, session.date_start
            )
            session.name = (
                f"{session.course_id.name or ''} {day.strftime('%Y-%m-%d') if day else ''}".strip()
            )

    @api.depends("enrolment_ids.attended", "enrolment_ids.result", "capacity")
    def _compute_counts(self):
        for session in self:
            enrolments = session.enrolment_ids
            session.enrolled_count = len(enrolments)
            session.attended_count = len(enrolments.filtered("attended"))
            session.passed_count = len(enrolments.filtered(lambda e: e.result == "passed"))
            session.seats_left = session.capacity - session.enrolled_count

    @api.constrains("date_start", "date_end", "capacity")
    def _check_session(self):
        for session in self:
            if session.date_end <= session.date_start:
                raise ValidationError(self.env._("A training session ends after it starts."))
            if session.capacity <= 0:
                raise ValidationError(self.env._("A session needs at least one seat."))
            if len(session.enrolment_ids) > session.capacity:
                raise ValidationError(
                    self.env._(
                        "%(session)s is full: %(count)s enrolled for %(capacity)s seats.",
                        session=session.name,
                        count=len(session.enrolment_ids),
                        capacity=session.capacity,
                    )
                )

    def action_done(self):
        if self.filtered(lambda s: s.state != "planned"):
            raise UserError(self.env._("Only a planned session can be closed."))
        self.state = "done"

    def action_cancel(self):
        if self.filtered(lambda s: s.state == "done"):
            raise UserError(self.env._("A session that took place cannot be cancelled."))
        self.state = "cancelled"
