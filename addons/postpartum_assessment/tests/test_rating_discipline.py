from dateutil.relativedelta import relativedelta
from psycopg2 import IntegrityError

from odoo.addons.postpartum_caregiver.tests.common import CaregiverCase
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger


@tagged("post_install", "-at_install")
class TestRatingDiscipline(CaregiverCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Rule = cls.env["postpartum.discipline.rule"]
        Rule.search([]).active = False
        cls.warning_rule = Rule.create(
            {
                "name": "Low",
                "trigger": "rating_below",
                "threshold": 3.5,
                "last_services": 2,
                "effect": "warning",
            }
        )
        cls.pay_cut_rule = Rule.create(
            {
                "name": "Repeated",
                "trigger": "repeated_warnings",
                "threshold": 2,
                "window_days": 90,
                "effect": "pay_cut",
                "amount": 300,
            }
        )
        cls.bonus_rule = Rule.create(
            {
                "name": "Great",
                "trigger": "rating_at_least",
                "threshold": 4.8,
                "last_services": 5,
                "effect": "bonus",
                "amount": 800,
            }
        )
        cls.honour_rule = Rule.create(
            {
                "name": "Star of the month",
                "trigger": "rating_at_least",
                "threshold": 4.8,
                "last_services": 5,
                "effect": "honour",
            }
        )
        cls.serious_rule = Rule.create(
            {
                "name": "Serious",
                "trigger": "rating_below",
                "threshold": 2,
                "last_services": 1,
                "effect": "suspension",
            }
        )
        cls.assessment_rule = Rule.create(
            {"name": "Failed", "trigger": "assessment_below", "threshold": 60, "effect": "warning"}
        )
        cls.customer = cls.env["res.partner"].create({"name": "Family"})
        cls.cs = cls.user("t_cs", "postpartum_base.group_customer_service", cls.store)

    def _rate(self, employee, a, s, c, **kw):
        return self.env["postpartum.caregiver.rating"].register_rating(
            employee, a, s, c, customer=self.customer, **kw
        )

    def _records(self, employee, rule):
        return self.env["postpartum.discipline.record"].search(
            [("employee_id", "=", employee.id), ("rule_id", "=", rule.id)]
        )

    def test_rating_marks_from_1_to_5(self):
        member = self._member("Rated")
        for marks in ((6, 4, 4), (0, 4, 4), (4, 4, -1)):
            with self.subTest(marks=marks), self.assertRaises(ValidationError):
                self._rate(member, *marks)
        self.assertFalse(member.rating_ids)
        with self.assertRaises(ValidationError) as err:
            self._rate(member.with_context(lang="zh_CN"), 6, 4, 4)
        self.assertIn("1", str(err.exception))

    def test_api_links_the_rated_service_once(self):
        member = self._member("API")
        service = self.env["res.partner"].create({"name": "Stand-in for a service order"})
        rating = self._rate(member, 5, 4, 3, source=service, comment="Good")
        self.assertAlmostEqual(rating.score, 4.0)
        self.assertEqual((rating.source_model, rating.source_id), ("res.partner", service.id))
        # shown as a link to the service, and named after who and when
        self.assertEqual(rating.source_ref, service)
        self.assertEqual(rating.display_name, f"API · Family · {rating.date}")
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"), self.env.cr.savepoint():
            self._rate(member, 5, 5, 5, source=service)
        self.assertEqual((member.rating_count, member.rating_average), (1, 4.0))

    def test_warning_fires_below_threshold_not_at_it(self):
        member = self._member("Borderline")
        self._rate(member, 4, 4, 3)  # 3.67
        self._rate(member, 3, 3, 4)  # 3.33 -> last two average exactly 3.5
        self.assertFalse(self._records(member, self.warning_rule))
        self._rate(member, 3, 3, 3)  # last two: 3.17
        warning = self._records(member, self.warning_rule)
        self.assertEqual(warning.effect, "warning")
        self.assertEqual(warning.state, "proposed")
        self.assertEqual(warning.activity_ids.user_id, self.manager)

    def test_repeated_warnings_escalate_once(self):
        member = self._member("Repeated")
        self._rate(member, 3, 3, 3)
        self._rate(member, 3, 3, 3)  # warning 1
        self.assertEqual(len(self._records(member, self.warning_rule)), 1)
        self.assertFalse(self._records(member, self.pay_cut_rule))
        self._rate(member, 2, 3, 3)  # warning 2 -> pay cut
        pay_cut = self._records(member, self.pay_cut_rule)
        self.assertEqual((len(pay_cut), pay_cut.amount), (1, 300))
        self._rate(member, 3, 2, 3)  # warning 3: no second pay cut in the window
        self.assertEqual(len(self._records(member, self.pay_cut_rule)), 1)

    def test_excellent_rewards_at_threshold(self):
        star = self._member("Star")
        for _i in range(4):
            self._rate(star, 5, 5, 5)
        self.assertFalse(self._records(star, self.bonus_rule), "needs five services")
        self._rate(star, 4, 4, 4)  # last five average exactly 4.8
        bonus = self._records(star, self.bonus_rule)
        self.assertEqual((bonus.effect, bonus.kind, bonus.amount), ("bonus", "reward", 800))
        honour = self._records(star, self.honour_rule)
        honour.with_user(self.manager).action_approve()
        self.assertIn(
            "Star of the month",
            star.benefit_ids.filtered(lambda b: b.kind == "honour").mapped("name"),
        )
        almost = self._member("Almost")
        for _i in range(4):
            self._rate(almost, 5, 5, 5)
        self._rate(almost, 4, 4, 3)  # 4.73
        self.assertFalse(self._records(almost, self.bonus_rule))

    def test_serious_complaint_suspends_after_approval(self):
        member = self._member("Serious")
        self._rate(member, 2, 2, 2)  # 2.0: not below 2
        self.assertFalse(self._records(member, self.serious_rule))
        self._rate(member, 1, 2, 2)
        proposal = self._records(member, self.serious_rule)
        self.assertEqual(member.caregiver_state, "member")
        with self.assertRaises(UserError):
            proposal.with_user(self.front_desk).sudo(False).action_approve()
        proposal.with_user(self.manager).action_approve()
        self.assertEqual(member.caregiver_state, "suspended")
        self.assertEqual(proposal.approver_id, self.manager)
        self.assertIn("Suspension approved", member.message_ids[0].body)
        with self.assertRaises(UserError):
            proposal.with_user(self.manager).action_reject()

    def test_failed_assessment_warning(self):
        member = self._member("Assessed")
        assessments = (
            self.env["postpartum.assessment"]
            ._cron_generate_assessments(self.today - relativedelta(months=6))
            .filtered(lambda a: a.employee_id == member)
        )
        assessments.write({"theory_score": 60, "examiner_id": self.manager.id})
        for line in assessments.line_ids:
            line.points = line.max_points * 0.6
        assessments.action_done()  # 60: not below
        self.assertFalse(self._records(member, self.assessment_rule))
        assessments.action_reset()
        assessments.line_ids[0].points = 0
        assessments.action_done()
        self.assertTrue(self._records(member, self.assessment_rule))

    def test_promotion_reads_ratings_and_assessments(self):
        level_3 = self.env["postpartum.caregiver.level"].create(
            {
                "name": "T3",
                "sequence": 120,
                "pay_standard": 15000,
                "daily_rate": 800,
                "min_orders": 2,
                "min_rating": 4.5,
                "min_assessment_score": 0,
                "company_id": False,
            }
        )
        member = self._member("Climber", level=self.level_2)
        self._rate(member, 5, 5, 4)
        self.assertFalse(member._propose_level_changes(), "one order only")
        self._rate(member, 4, 4, 4)  # average 4.33
        self.assertFalse(member._propose_level_changes())
        self._rate(member, 5, 5, 5)
        proposal = member._propose_level_changes()
        self.assertEqual(proposal.proposed_level_id, level_3)

    def test_rights(self):
        member = self._member("Rights")
        rating = (
            self.env["postpartum.caregiver.rating"]
            .with_user(self.cs)
            .register_rating(member, 5, 5, 5)
        )
        self.assertTrue(rating.exists())
        with self.assertRaises(AccessError):
            self.env["postpartum.caregiver.rating"].with_user(self.front_desk).register_rating(
                member, 5, 5, 5
            )

    def test_discipline_decisions_are_for_the_caregivers_managers(self):
        member = self._member("Low Rated")
        # customer service records two low ratings: the system proposes the
        # decisions (a warning, which repeated warnings read, and a suspension)
        for _i in range(2):
            self.env["postpartum.caregiver.rating"].with_user(self.cs).register_rating(
                member, 1, 1, 1, customer=self.customer
            )
        self.assertTrue(self._records(member, self.warning_rule))
        record = self._records(member, self.serious_rule)[:1]
        self.assertTrue(record)
        store_manager = self.user(
            "t_disc_store_manager", "postpartum_base.group_store_manager", self.store
        )
        for user in (self.cs, self.front_desk):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                record.with_user(user).read(["amount", "reason"])
            with self.subTest(user=user.login):
                Record = self.env["postpartum.discipline.record"].with_user(user)
                with self.assertRaises(AccessError):
                    Record.search([])
        for user in (self.manager, store_manager):
            with self.subTest(user=user.login):
                self.assertEqual(record.with_user(user).read(["state"])[0]["state"], "proposed")

    def test_reason_written_in_the_store_language(self):
        """The reason stays on the decision the manager reads: in the store's
        language, not in that of the code that proposed it (English here)."""
        self.env["res.lang"]._activate_lang("zh_CN")
        self.store.partner_id.lang = "zh_CN"
        member = self._member("Language")
        self._rate(member.with_context(lang="en_US"), 3, 3, 3)
        self._rate(member.with_context(lang="en_US"), 3, 3, 3)
        warning = self._records(member, self.warning_rule)
        self.assertEqual(warning.reason, "最近 2 单服务的平均评分为 3.00（阈值 3.5）。")
