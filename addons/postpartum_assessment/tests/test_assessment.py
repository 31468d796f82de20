from datetime import date

from psycopg2 import IntegrityError

from odoo.addons.postpartum_caregiver.tests.common import CaregiverCase
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from ..models.postpartum_assessment import assessment_period


@tagged("post_install", "-at_install")
class TestAssessment(CaregiverCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["postpartum.discipline.rule"].search([]).active = False
        cls.member = cls._member("Assessed")
        cls.suspended = cls._member("Suspended one")
        cls.suspended.action_caregiver_suspend()
        cls.applicant = cls._applicant("Not yet")

    def test_periods(self):
        self.assertEqual(
            assessment_period(date(2026, 11, 23), "quarterly"),
            (date(2026, 10, 1), date(2026, 12, 31), "2026 Q4"),
        )
        self.assertEqual(
            assessment_period(date(2026, 2, 28), "quarterly"),
            (date(2026, 1, 1), date(2026, 3, 31), "2026 Q1"),
        )
        self.assertEqual(
            assessment_period(date(2026, 6, 30), "half_yearly"),
            (date(2026, 1, 1), date(2026, 6, 30), "2026 H1"),
        )

    def test_cron_generates_for_members_of_the_period(self):
        Assessment = self.env["postpartum.assessment"]
        created = Assessment._cron_generate_assessments(date(2026, 8, 15))
        mine = created.filtered(lambda a: a.company_id == self.store)
        self.assertEqual(mine.employee_id, self.member)
        self.assertEqual(
            (mine.period_start, mine.period_end), (date(2026, 7, 1), date(2026, 9, 30))
        )
        items = self.env["postpartum.assessment.item"].search([])
        self.assertEqual(mine.line_ids.item_id, items)
        again = Assessment._cron_generate_assessments(date(2026, 9, 1))
        self.assertFalse(again.filtered(lambda a: a.company_id == self.store))
        self.store.assessment_frequency = "half_yearly"
        half = Assessment._cron_generate_assessments(date(2027, 3, 1)).filtered(
            lambda a: a.company_id == self.store
        )
        self.assertEqual((half.period_start, half.period_label), (date(2027, 1, 1), "2027 H1"))
        self.assertEqual(half.period_end, date(2027, 6, 30))

    def _assessment(self, theory, points_ratio):
        assessment = (
            self.env["postpartum.assessment"]
            ._cron_generate_assessments(date(2025, 5, 1))
            .filtered(lambda a: a.employee_id == self.member)
        )
        assessment.theory_score = theory
        for line in assessment.line_ids:
            line.points = line.max_points * points_ratio
        assessment.examiner_id = self.manager
        return assessment

    def test_scores_and_result(self):
        assessment = self._assessment(90, 0.6)
        self.assertAlmostEqual(assessment.practical_score, 60)
        self.assertAlmostEqual(assessment.emergency_score, 60)
        self.assertAlmostEqual(assessment.total_score, 70)
        assessment.action_done()
        self.assertEqual(assessment.result, "passed")
        self.assertAlmostEqual(self.member.last_assessment_score, 70)
        self.store.assessment_pass_score = 75
        self.assertEqual(assessment.result, "failed")

    def test_closing_needs_an_examiner(self):
        assessment = self._assessment(80, 1)
        assessment.examiner_id = False
        with self.assertRaises(UserError):
            assessment.action_done()
        self.assertEqual(assessment.state, "draft")

    def test_bad_scores(self):
        assessment = self._assessment(80, 1)
        with self.assertRaises(ValidationError):
            assessment.theory_score = 120
        with self.assertRaises(ValidationError):
            assessment.line_ids[0].points = assessment.line_ids[0].max_points + 1
        with self.assertRaises(ValidationError):
            assessment.line_ids[0].points = -1
        with self.assertRaises(ValidationError) as err:
            assessment.with_context(lang="zh_CN").theory_score = -5
        self.assertIn("理论", str(err.exception))
        self.assertEqual(assessment.theory_score, 80)
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"), self.env.cr.savepoint():
            self.env["postpartum.assessment"].create(
                {
                    "employee_id": self.member.id,
                    "period_start": assessment.period_start,
                    "period_end": assessment.period_end,
                    "period_label": "dup",
                }
            )

    def test_rights(self):
        assessment = self._assessment(80, 1)
        self.assertTrue(assessment.with_user(self.front_desk).period_label)
        with self.assertRaises(AccessError):
            assessment.with_user(self.front_desk).theory_score = 10
