from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta
from psycopg2 import IntegrityError

from odoo.addons.postpartum_caregiver.tests.common import CaregiverCase
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger


@tagged("post_install", "-at_install")
class TestTraining(CaregiverCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.skill = cls.env.ref("postpartum_caregiver.skill_twins")
        cls.basic = cls.env.ref("postpartum_caregiver.skill_level_basic")
        cls.skilled = cls.env.ref("postpartum_caregiver.skill_level_skilled")
        cls.survey = cls.env["survey.survey"].create(
            {
                "title": "Twins exam",
                "certification": True,
                "scoring_type": "scoring_with_answers",
                "scoring_success_min": 60,
                "access_mode": "token",
            }
        )
        cls.question = cls.env["survey.question"].create(
            {
                "survey_id": cls.survey.id,
                "title": "Feed twins how?",
                "question_type": "simple_choice",
            }
        )
        Answer = cls.env["survey.question.answer"]
        cls.right = Answer.create(
            {
                "question_id": cls.question.id,
                "value": "Tandem",
                "is_correct": True,
                "answer_score": 10,
            }
        )
        cls.wrong = Answer.create(
            {"question_id": cls.question.id, "value": "Never", "answer_score": 0}
        )
        cls.course = cls.env["postpartum.training.course"].create(
            {
                "name": "Twins care",
                "kind": "special",
                "survey_id": cls.survey.id,
                "skill_id": cls.skill.id,
                "skill_level_id": cls.skilled.id,
            }
        )

    def _session(self, course=None, days_ago=1, **vals):
        start = datetime.now() - timedelta(days=days_ago)
        return self.env["postpartum.training.session"].create(
            {
                "course_id": (course or self.course).id,
                "company_id": self.store.id,
                "date_start": start,
                "date_end": start + timedelta(hours=8),
                **vals,
            }
        )

    def _take_exam(self, enrolment, answer):
        user_input = self.survey._create_answer(partner=enrolment.employee_id.work_contact_id)
        enrolment.user_input_id = user_input
        self.env["survey.user_input.line"].create(
            {
                "user_input_id": user_input.id,
                "question_id": self.question.id,
                "answer_type": "suggestion",
                "suggested_answer_id": answer.id,
            }
        )
        user_input._mark_done()

    def test_onboarding_is_an_admission_standard(self):
        applicant = self._applicant("New")
        self._qualify(applicant)  # includes onboarding through satisfy_admission_standards
        self.assertTrue(applicant.onboarding_done)
        applicant.training_enrolment_ids.result = "failed"
        self.assertFalse(applicant.onboarding_done)
        applicant.action_caregiver_submit()
        with self.assertRaises(UserError) as err:
            applicant.with_user(self.manager).action_caregiver_admit()
        self.assertIn("onboarding", str(err.exception))
        applicant.training_enrolment_ids.result = "passed"
        applicant.with_user(self.manager).action_caregiver_admit()
        self.assertEqual(applicant.caregiver_state, "member")

    def test_passed_exam_grants_the_skill(self):
        member = self._member("Exam taker")
        enrolment = self.env["postpartum.training.enrolment"].create(
            {"session_id": self._session().id, "employee_id": member.id}
        )
        self._take_exam(enrolment, self.right)
        self.assertEqual(enrolment.result, "passed")
        self.assertTrue(enrolment.attended)
        self.assertEqual(enrolment.score, 100)
        skill = member.employee_skill_ids.filtered(lambda s: s.skill_id == self.skill)
        self.assertEqual(skill.skill_level_id, self.skilled)

    def test_failed_exam_grants_nothing(self):
        member = self._member("Exam failer")
        enrolment = self.env["postpartum.training.enrolment"].create(
            {"session_id": self._session().id, "employee_id": member.id}
        )
        self._take_exam(enrolment, self.wrong)
        self.assertEqual(enrolment.result, "failed")
        self.assertFalse(member.employee_skill_ids.filtered(lambda s: s.skill_id == self.skill))

    def test_skill_is_never_lowered(self):
        member = self._member("Expert")
        expert = self.env.ref("postpartum_caregiver.skill_level_expert")
        self.env["hr.employee.skill"].create(
            {
                "employee_id": member.id,
                "skill_id": self.skill.id,
                "skill_level_id": expert.id,
                "skill_type_id": self.skill.skill_type_id.id,
            }
        )
        self.env["postpartum.training.enrolment"].create(
            {
                "session_id": self._session().id,
                "employee_id": member.id,
                "attended": True,
                "result": "passed",
            }
        )
        skill = member.employee_skill_ids.filtered(lambda s: s.skill_id == self.skill)
        self.assertEqual(skill.skill_level_id, expert)

    def test_start_exam_opens_the_survey(self):
        member = self._member("Starter")
        enrolment = self.env["postpartum.training.enrolment"].create(
            {"session_id": self._session().id, "employee_id": member.id}
        )
        action = enrolment.action_start_exam()
        self.assertIn("/survey/start/", action["url"])
        self.assertEqual(enrolment.user_input_id.partner_id, member.work_contact_id)
        no_exam = self.env["postpartum.training.course"].create(
            {"name": "No exam", "kind": "upgrade"}
        )
        other = self.env["postpartum.training.enrolment"].create(
            {"session_id": self._session(no_exam).id, "employee_id": member.id}
        )
        with self.assertRaises(UserError):
            other.action_start_exam()

    def test_bad_input(self):
        member = self._member("Bad input")
        session = self._session(capacity=1)
        self.env["postpartum.training.enrolment"].create(
            {"session_id": session.id, "employee_id": member.id}
        )
        with self.assertRaises(ValidationError):
            self.env["postpartum.training.enrolment"].create(
                {"session_id": session.id, "employee_id": self._member("Second").id}
            )
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"), self.env.cr.savepoint():
            self.env["postpartum.training.enrolment"].create(
                {"session_id": session.id, "employee_id": member.id}
            )
        with self.assertRaises(ValidationError):
            session.date_end = session.date_start - timedelta(hours=1)
        with self.assertRaises(ValidationError):
            session.enrolment_ids.score = 120
        with self.assertRaises(ValidationError):
            session.enrolment_ids.write({"attended": False, "result": "passed"})
        with self.assertRaises(ValidationError):
            self.env["postpartum.training.course"].create(
                {"name": "No level", "skill_id": self.skill.id}
            )
        self.assertEqual(session.enrolment_ids.result, "pending")

    def test_upgrade_training_overdue(self):
        upgrade = self.env["postpartum.training.course"].create(
            {"name": "Upgrade", "kind": "upgrade"}
        )
        overdue = self._member("Overdue", member_since=self.today - relativedelta(months=7))
        fresh = self._member("Fresh", member_since=self.today - relativedelta(months=7))
        self.env["postpartum.training.enrolment"].create(
            {
                "session_id": self._session(upgrade, days_ago=30).id,
                "employee_id": fresh.id,
                "attended": True,
                "result": "passed",
            }
        )
        self.assertEqual(
            overdue.upgrade_training_due, overdue.member_since + relativedelta(months=6)
        )
        self.assertGreater(fresh.upgrade_training_due, self.today)
        Employee = self.env["hr.employee"]
        result = Employee._cron_upgrade_training_overdue()
        Employee._cron_upgrade_training_overdue()
        self.assertIn(overdue, result)
        self.assertNotIn(fresh, result)
        kind = self.env.ref("postpartum_training.mail_activity_type_training_due")
        activity = overdue.activity_ids.filtered(lambda a: a.activity_type_id == kind)
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.manager)

    def test_rights(self):
        session = self._session()
        self.assertTrue(session.with_user(self.front_desk).name)
        with self.assertRaises(AccessError):
            self.env["postpartum.training.enrolment"].with_user(self.front_desk).create(
                {"session_id": session.id, "employee_id": self._member("X").id}
            )
