from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import reader_env, resident_id_problem, user_has_role
from odoo.exceptions import UserError, ValidationError

CAREGIVER_STATES = [
    ("applicant", "Applicant"),
    ("review", "Under Review"),
    ("member", "Member"),
    ("suspended", "Suspended"),
    ("revoked", "Revoked"),
]
MANAGER_GROUP = "postpartum_base.group_caregiver_manager"


class HrEmployee(models.Model):
    _name = "hr.employee"
    _inherit = ["hr.employee", "postpartum.workflow.mixin", "postpartum.district.mixin"]
    _district_fields = ("home_district", "home_latitude", "home_longitude")
    # membership (seed 000 一): every step is the caregiver manager's
    _workflow_field = "caregiver_state"
    _workflow_transitions = {
        ("applicant", "review"): (MANAGER_GROUP,),
        ("review", "member"): (MANAGER_GROUP,),
        ("review", "applicant"): (MANAGER_GROUP,),
        ("member", "suspended"): (MANAGER_GROUP,),
        ("suspended", "member"): (MANAGER_GROUP,),
        ("member", "revoked"): (MANAGER_GROUP,),
        ("suspended", "revoked"): (MANAGER_GROUP,),
        ("revoked", "review"): (MANAGER_GROUP,),
    }
    _workflow_initial = ("applicant",)
    # set by admission and by the level decisions (with their history)
    _workflow_locked = {
        "member_since": (),
        "caregiver_level_id": (),
        "caregiver_refusal_reason": (),
    }

    is_caregiver = fields.Boolean(string="Caregiver", index=True, tracking=True)
    caregiver_state = fields.Selection(
        CAREGIVER_STATES,
        string="Membership",
        default="applicant",
        index=True,
        tracking=True,
        copy=False,
    )
    member_since = fields.Date(tracking=True, copy=False)
    caregiver_refusal_reason = fields.Text(
        string="Refusal Reason",
        copy=False,
        readonly=True,
        groups=MANAGER_GROUP,
        help="Why the last application was refused (set by the Refuse step).",
    )
    home_city = fields.Char()
    home_district = fields.Char()
    home_latitude = fields.Float(digits=(10, 7))
    home_longitude = fields.Float(digits=(10, 7))

    @api.onchange("home_district")
    def _onchange_home_district(self):
        self._fill_coordinates_from_district()

    experience_years = fields.Float(string="Experience (years)", digits=(4, 1), tracking=True)
    language_ids = fields.Many2many(
        "postpartum.caregiver.tag",
        "hr_employee_caregiver_language_rel",
        string="Languages / Dialects",
        domain=[("kind", "=", "language")],
    )
    cuisine_ids = fields.Many2many(
        "postpartum.caregiver.tag",
        "hr_employee_caregiver_cuisine_rel",
        string="Regional Cuisines",
        domain=[("kind", "=", "cuisine")],
    )
    caregiver_level_id = fields.Many2one(
        "postpartum.caregiver.level", string="Level", tracking=True, index=True, copy=False
    )
    caregiver_pay_standard = fields.Monetary(
        related="caregiver_level_id.pay_standard",
        string="Monthly Pay Standard",
        currency_field="caregiver_currency_id",
    )
    caregiver_daily_rate = fields.Monetary(
        related="caregiver_level_id.daily_rate",
        string="Daily Rate",
        currency_field="caregiver_currency_id",
    )
    caregiver_currency_id = fields.Many2one(
        related="caregiver_level_id.currency_id", string="Level Currency"
    )
    certificate_ids = fields.One2many("postpartum.caregiver.certificate", "employee_id")
    health_check_ids = fields.One2many(
        "postpartum.caregiver.health.check", "employee_id", groups=MANAGER_GROUP
    )
    reference_ids = fields.One2many(
        "postpartum.caregiver.reference", "employee_id", groups=MANAGER_GROUP
    )
    benefit_ids = fields.One2many("postpartum.caregiver.benefit", "employee_id")
    level_history_ids = fields.One2many("postpartum.caregiver.level.history", "employee_id")
    level_proposal_ids = fields.One2many("postpartum.caregiver.level.proposal", "employee_id")
    background_check = fields.Selection(
        [("todo", "Not Done"), ("clear", "No Bad Record"), ("bad", "Bad Record")],
        default="todo",
        tracking=True,
        groups=MANAGER_GROUP,
    )
    background_check_note = fields.Text(groups=MANAGER_GROUP)
    certificate_valid_until = fields.Date(
        compute="_compute_certificate_valid_until",
        store=True,
        help="Last day a verified certificate of a required type is valid.",
    )
    health_check_valid_until = fields.Date(
        compute="_compute_health_check_valid_until",
        store=True,
        compute_sudo=True,
        help="Last day the latest health check is valid (empty if unfit).",
    )
    health_ineligible = fields.Boolean(
        compute="_compute_health_check_valid_until",
        store=True,
        compute_sudo=True,
        groups=MANAGER_GROUP,
        help="A screening was positive once: she can never be admitted.",
    )
    can_be_assigned = fields.Boolean(
        compute="_compute_can_be_assigned",
        search="_search_can_be_assigned",
        help="A member in good standing with a valid certificate and health check today.",
    )
    assignment_block_reason = fields.Char(compute="_compute_can_be_assigned")
    admission_problems = fields.Text(compute="_compute_admission_problems")

    @api.depends(
        "certificate_ids.verified_date",
        "certificate_ids.expiry_date",
        "certificate_ids.type_id.required_for_admission",
    )
    def _compute_certificate_valid_until(self):
        forever = fields.Date.to_date("2999-12-31")
        for employee in self:
            ends = [
                cert.expiry_date or forever
                for cert in employee.certificate_ids
                if cert.verified_date and cert.type_id.required_for_admission
            ]
            employee.certificate_valid_until = max(ends) if ends else False

    @api.depends(
        "health_check_ids.valid_until", "health_check_ids.is_fit", "health_check_ids.has_positive"
    )
    def _compute_health_check_valid_until(self):
        for employee in self:
            checks = employee.health_check_ids.sorted("check_date", reverse=True)
            latest = checks[:1]
            employee.health_check_valid_until = latest.valid_until if latest.is_fit else False
            employee.health_ineligible = any(checks.mapped("has_positive"))

    def _assignment_problems(self, date_from=None, date_to=None):
        """Why this caregiver cannot be sent to a family from date_from to date_to."""
        self.ensure_one()
        date_from = date_from or fields.Date.context_today(self)
        date_to = date_to or date_from
        problems = []
        if self.caregiver_state != "member":
            problems.append(self.env._("not a member in good standing"))
        if not self.certificate_valid_until or self.certificate_valid_until < date_to:
            problems.append(self.env._("no certificate valid for the whole period"))
        if not self.health_check_valid_until or self.health_check_valid_until < date_to:
            problems.append(self.env._("health check expired or missing"))
        return problems

    @api.depends("caregiver_state", "certificate_valid_until", "health_check_valid_until")
    def _compute_can_be_assigned(self):
        for employee in self:
            problems = employee._assignment_problems() if employee.is_caregiver else []
            employee.can_be_assigned = employee.is_caregiver and not problems
            employee.assignment_block_reason = ", ".join(problems)

    def _search_can_be_assigned(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise NotImplementedError
        today = fields.Date.context_today(self)
        domain = [
            ("is_caregiver", "=", True),
            ("caregiver_state", "=", "member"),
            ("certificate_valid_until", ">=", today),
            ("health_check_valid_until", ">=", today),
        ]
        positive = (operator == "=") == value
        return domain if positive else ["!", *domain]

    def _admission_problems(self):
        """Every admission standard (seed 000, 二) that does not hold, as text.
        Other addons add theirs (postpartum_training: onboarding)."""
        self.ensure_one()
        me = self.sudo()
        return [
            *me._admission_certificate_problems(),
            *me._admission_health_problems(),
            *me._admission_background_problems(),
        ]

    def _admission_certificate_problems(self):
        today = fields.Date.context_today(self)
        required = self.env["postpartum.certificate.type"].search(
            [("required_for_admission", "=", True)]
        )
        certs = self.certificate_ids.filtered(lambda c: c.type_id in required)
        if not certs:
            return [
                self.env._(
                    "No certificate of a required type (%(types)s).",
                    types=", ".join(required.mapped("name")),
                )
            ]
        if any(c.is_valid_on(today) for c in certs):
            return []
        if all(c.expiry_date and c.expiry_date < today for c in certs):
            return [self.env._("Her certificate has expired.")]
        return [self.env._("Her certificate has not been verified by the agency.")]

    def _admission_health_problems(self):
        if self.health_ineligible:
            names = ", ".join(
                name for check in self.health_check_ids for name in check._positive_names()
            )
            return [
                self.env._(
                    "A health screening was positive (%(results)s): she cannot be admitted.",
                    results=names,
                )
            ]
        today = fields.Date.context_today(self)
        latest = self.health_check_ids.sorted("check_date", reverse=True)[:1]
        months = self.company_id.caregiver_health_check_months or 12
        if not latest:
            return [self.env._("No health check report.")]
        if latest.check_date < today - relativedelta(months=months):
            return [
                self.env._(
                    "Her latest health check (%(date)s) is older than %(months)s months.",
                    date=latest.check_date,
                    months=months,
                )
            ]
        if latest.liver_function != "normal":
            return [self.env._("Her liver function is abnormal.")]
        return []

    def _admission_background_problems(self):
        problems = []
        minimum = self.company_id.caregiver_min_experience
        if self.experience_years < minimum:
            problems.append(
                self.env._(
                    "%(years)s years of experience, %(min)s required.",
                    years=self.experience_years,
                    min=minimum,
                )
            )
        if not self.reference_ids:
            problems.append(self.env._("No reference from a previous employer."))
        elif not all(self.reference_ids.mapped("checked")):
            problems.append(self.env._("Her references have not all been checked."))
        elif "negative" in self.reference_ids.mapped("outcome"):
            problems.append(self.env._("A previous employer gave a negative reference."))
        if self.background_check == "todo":
            problems.append(self.env._("The background check is not done."))
        elif self.background_check == "bad":
            problems.append(self.env._("The background check found a bad record."))
        return problems

    @api.depends("caregiver_state")
    def _compute_admission_problems(self):
        for employee in self:
            if employee.is_caregiver and employee.caregiver_state in ("applicant", "review"):
                employee.admission_problems = "\n".join(
                    f"• {p}" for p in employee._admission_problems()
                )
            else:
                employee.admission_problems = False

    @api.constrains("experience_years", "home_latitude", "home_longitude")
    def _check_caregiver_values(self):
        for employee in self:
            if not 0 <= employee.experience_years <= 60:
                raise ValidationError(self.env._("Years of experience are between 0 and 60."))
            if (
                not -90 <= employee.home_latitude <= 90
                or not -180 <= employee.home_longitude <= 180
            ):
                raise ValidationError(self.env._("These coordinates do not exist."))

    @api.constrains("identification_id", "is_caregiver")
    def _check_caregiver_identification(self):
        for employee in self.sudo().filtered(lambda e: e.is_caregiver and e.identification_id):
            if resident_id_problem(employee.identification_id):
                raise ValidationError(
                    self.env._(
                        "The resident ID number of %(name)s is not valid (GB 11643).",
                        name=employee.name,
                    )
                )

    # ------------------------------------------------------------------ membership flow
    def _check_caregiver_manager(self):
        if not user_has_role(self.env, MANAGER_GROUP):
            raise UserError(self.env._("Only a caregiver manager can change a membership."))
        if self.filtered(lambda e: not e.is_caregiver):
            raise UserError(self.env._("Only caregivers have a membership."))

    def _workflow_state_error(self, record, new_state):
        return self.env._(
            "%(name)s is %(state)s: this step is not possible.",
            name=record.name,
            state=self._workflow_label(record.caregiver_state),
        )

    def _move(self, state, vals=None):
        """Take the membership step to ``state`` (the one transition mechanism)."""
        return self._workflow_move(state, vals)

    def action_caregiver_submit(self):
        self._check_caregiver_manager()
        self._move("review")

    def action_caregiver_admit(self):
        self._check_caregiver_manager()
        for employee in self:
            problems = employee._admission_problems()
            if problems:
                raise UserError(
                    self.env._(
                        "%(name)s cannot be admitted:\n%(problems)s",
                        name=employee.name,
                        problems="\n".join(f"• {p}" for p in problems),
                    )
                )
        self._move("member")
        lowest = self.env["postpartum.caregiver.level"].search([], order="sequence, id", limit=1)
        for employee in self._workflow_flow():
            employee.member_since = fields.Date.context_today(self)
            if not employee.caregiver_level_id and lowest:
                employee._set_caregiver_level(lowest, self.env._("Admission"))

    def action_caregiver_refuse(self):
        """Refuse an application under review: the caregiver manager gives the
        reason in a dialog (the open admission points are offered as a start)."""
        self._check_caregiver_manager()
        self._workflow_check("applicant")
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Refuse Application"),
            "res_model": "postpartum.caregiver.refuse.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"active_model": "hr.employee", "active_ids": self.ids},
        }

    def _caregiver_refuse(self, reason):
        """Send the application back to the applicant with the reason, kept on
        her file and in the chatter."""
        self._check_caregiver_manager()
        reason = (reason or "").strip()
        if not reason:
            raise UserError(
                self.env._("Say why the application is refused: the applicant's file keeps it.")
            )
        self._move("applicant")
        for employee in self:
            env = reader_env(self.env, company=employee.company_id)
            employee.message_post(body=env._("Admission refused: %(reason)s", reason=reason))
        self._workflow_flow().caregiver_refusal_reason = reason

    def action_caregiver_suspend(self):
        self._check_caregiver_manager()
        self._move("suspended")

    def action_caregiver_reinstate(self):
        self._check_caregiver_manager()
        self._move("member")

    def action_caregiver_revoke(self):
        self._check_caregiver_manager()
        self._move("revoked")

    def action_caregiver_readmit(self):
        """A revoked caregiver applies again: her file goes back under review."""
        self._check_caregiver_manager()
        self._move("review")

    # ------------------------------------------------------------------ levels
    def _set_caregiver_level(self, level, reason):
        for employee in self:
            old = employee.caregiver_level_id
            if old == level:
                continue
            employee._workflow_flow().caregiver_level_id = level
            self.env["postpartum.caregiver.level.history"].create(
                {
                    "employee_id": employee.id,
                    "old_level_id": old.id,
                    "new_level_id": level.id,
                    "reason": reason,
                }
            )

    def _caregiver_metrics_batch(self):
        """{employee id: the figures the promotion criteria read}, for the whole
        recordset at once (overrides add theirs with one query each).
        postpartum_assessment adds orders, rating and assessment score."""
        today = fields.Date.context_today(self)
        result = {}
        for employee in self:
            months = 0
            if employee.member_since:
                delta = relativedelta(today, employee.member_since)
                months = delta.years * 12 + delta.months
            result[employee.id] = {
                "orders": 0,
                "rating": 0.0,
                "assessment": 0.0,
                "tenure_months": months,
            }
        return result

    def _caregiver_metrics(self):
        self.ensure_one()
        return self._caregiver_metrics_batch()[self.id]

    def _propose_level_changes(self):
        """Propose a promotion to every member who meets the next level's criteria
        and has no open proposal. Returns the proposals created."""
        Proposal = self.env["postpartum.caregiver.level.proposal"]
        open_ids = set(
            Proposal.search(
                [("employee_id", "in", self.ids), ("state", "=", "proposed")]
            ).employee_id.ids
        )
        created = Proposal
        candidates = self.filtered(
            lambda e: e.caregiver_state == "member"
            and e.caregiver_level_id
            and e.id not in open_ids
        )
        all_metrics = candidates._caregiver_metrics_batch()
        for employee in candidates:
            nxt = employee.caregiver_level_id._next_level()
            if not nxt:
                continue
            metrics = all_metrics[employee.id]
            if nxt._criteria_problems(metrics):
                continue
            manager = employee.company_id._caregiver_manager_user()
            env = reader_env(self.env, user=manager, company=employee.company_id)
            proposal = Proposal.create(
                {
                    "employee_id": employee.id,
                    "current_level_id": employee.caregiver_level_id.id,
                    "proposed_level_id": nxt.id,
                    "reason": env._(
                        "Meets the criteria of %(level)s: %(orders)s orders, rating %(rating).1f, "
                        "assessment %(score).1f, %(months)s months of membership.",
                        level=nxt.with_env(env).name,
                        orders=metrics["orders"],
                        rating=metrics["rating"],
                        score=metrics["assessment"],
                        months=metrics["tenure_months"],
                    ),
                }
            )
            proposal.activity_schedule(
                "mail.mail_activity_data_todo",
                summary=env._("Decide on the promotion of %(name)s", name=employee.name),
                user_id=manager.id,
            )
            created |= proposal
        return created

    def action_propose_demotion(self):
        self.ensure_one()
        previous = self.caregiver_level_id and self.caregiver_level_id._previous_level()
        if not previous:
            raise UserError(self.env._("%(name)s is already at the lowest level.", name=self.name))
        return {
            "type": "ir.actions.act_window",
            "res_model": "postpartum.caregiver.level.proposal",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_employee_id": self.id,
                "default_current_level_id": self.caregiver_level_id.id,
                "default_proposed_level_id": previous.id,
            },
        }

    # ------------------------------------------------------------------ scheduled jobs
    @api.model
    def _cron_caregiver_level_review(self):
        members = self.search([("is_caregiver", "=", True), ("caregiver_state", "=", "member")])
        return members._propose_level_changes()

    @api.model
    def _cron_birthday_greetings(self):
        """A greeting activity for the caregiver manager, three days before a
        member caregiver's birthday."""
        soon = fields.Date.context_today(self) + timedelta(days=3)
        members = self.search([("is_caregiver", "=", True), ("caregiver_state", "=", "member")])
        celebrating = self.browse()
        for employee in members.sudo().filtered("birthday"):
            try:
                birthday = employee.birthday.replace(year=soon.year)
            except ValueError:  # 29 February
                birthday = employee.birthday.replace(year=soon.year, day=28)
            if birthday == soon:
                celebrating |= employee
        celebrating._schedule_greeting(soon)
        return True

    def _schedule_greeting(self, day, holiday=None):
        """A greeting activity (birthday, or ``holiday``) on each caregiver of
        ``self`` for her store's caregiver manager, in the manager's language;
        once per caregiver, day and greeting."""
        activity_type = self.env.ref("postpartum_caregiver.mail_activity_type_greeting")
        existing = self.env["mail.activity"].search(
            [
                ("res_model", "=", "hr.employee"),
                ("res_id", "in", self.ids),
                ("activity_type_id", "=", activity_type.id),
                ("date_deadline", "=", day),
            ]
        )
        seen = {(a.res_id, a.summary) for a in existing}
        for employee in self:
            manager = employee.company_id._caregiver_manager_user()
            env = reader_env(self.env, user=manager, company=employee.company_id)
            if holiday:
                summary = env._("%(holiday)s greeting", holiday=holiday.with_env(env).name)
            else:
                summary = env._("Birthday greeting")
            if (employee.id, summary) in seen:
                continue
            employee.activity_schedule(
                activity_type_id=activity_type.id,
                date_deadline=day,
                summary=summary,
                user_id=manager.id,
            )
