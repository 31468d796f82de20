from datetime import timedelta

from dateutil.relativedelta import relativedelta

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import MatchingCase


@tagged("post_install", "-at_install")
class TestMatching(MatchingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.near = cls._caregiver("Near", lat=31.231, lon=121.471)
        cls.far = cls._caregiver("Far", lat=31.40, lon=121.70)

    def _line(self, request, employee):
        return request.candidate_ids.filtered(lambda c: c.employee_id == employee)

    def test_ranking_and_breakdown(self):
        request = self._request()
        self._candidates(request)
        near, far = self._line(request, self.near), self._line(request, self.far)
        self.assertTrue(near.eligible and far.eligible)
        self.assertLess(near.rank, far.rank)
        self.assertGreater(near.distance_score, far.distance_score)
        self.assertAlmostEqual(near.distance_km, 0.14, places=1)
        self.assertAlmostEqual(near.skill_score, 100)
        self.assertAlmostEqual(near.experience_score, 50)
        weights = self.store._match_weights()
        expected = sum(weights[c] * near[f"{c}_score"] for c in weights) / sum(weights.values())
        self.assertAlmostEqual(near.score, expected, places=1)
        # weights are per store
        self.store.write({"match_weight_distance": 0})
        self._candidates(request)
        self.assertAlmostEqual(
            self._line(request, self.near).score, self._line(request, self.far).score, places=1
        )

    def test_each_hard_filter_with_its_reason(self):
        booked = self._caregiver("Booked", lat=31.2305, lon=121.4705)
        self._order(booked, self.start - timedelta(days=10), self.start + timedelta(days=2))
        unskilled = self._caregiver(
            "Unskilled", lat=31.2305, lon=121.4705, skills=[(self.twins, self.expert)]
        )
        expiring = self._caregiver("Expiring cert", lat=31.2305, lon=121.4705)
        expiring.certificate_ids.expiry_date = self.start + timedelta(days=5)
        unhealthy = self._caregiver("Health check", lat=31.2305, lon=121.4705)
        unhealthy.sudo().health_check_ids.check_date = self.end - relativedelta(months=12, days=3)
        expensive = self._caregiver("Expensive", lat=31.2305, lon=121.4705, level=self.level_2)
        request = self._request(max_daily_rate=500)
        self._candidates(request)
        expectations = {
            booked: "booked 3 days",
            unskilled: f"lacks the required skills: {self.newborn.name}",
            expiring: "certificate not valid",
            unhealthy: "health check not valid",
            expensive: "over budget",
        }
        for employee, reason in expectations.items():
            line = self._line(request, employee)
            with self.subTest(employee=employee.name):
                self.assertFalse(line.eligible)
                self.assertIn(reason, line.exclusion_reason)
        self.assertTrue(self._line(request, self.near).eligible)
        request.write({"max_daily_rate": 0, "min_level_id": self.level_2.id})
        self._candidates(request)
        self.assertIn("below the requested level", self._line(request, self.near).exclusion_reason)
        self.assertTrue(self._line(request, expensive).eligible)

    def test_reasons_name_the_skills_in_the_consultant_language(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        unskilled = self._caregiver(
            "Unskilled", lat=31.2305, lon=121.4705, skills=[(self.twins, self.expert)]
        )
        unskilled.certificate_ids.expiry_date = self.start + timedelta(days=5)
        self.manager.lang = "zh_CN"
        request = self._request(user_id=self.manager.id)
        self._candidates(request)
        line = self._line(request, unskilled)
        skill = self.newborn.with_context(lang="zh_CN").name
        self.assertEqual(
            line.exclusion_reason.split("\n"),
            [f"缺少所需技能：{skill}", f"证书有效期未覆盖至 {request.date_end}"],
        )

    def test_non_members_and_declined_are_never_proposed(self):
        suspended = self._caregiver("Suspended", lat=31.2305, lon=121.4705)
        suspended.action_caregiver_suspend()
        request = self._request()
        request.excluded_employee_ids = [(6, 0, [self.far.id])]
        employees = self._candidates(request).employee_id
        self.assertNotIn(suspended, employees)
        self.assertNotIn(self.far, employees)
        self.assertIn(self.near, employees)

    def test_query_count_does_not_grow_with_caregivers(self):
        request = self._request()
        Candidate = self.env["postpartum.match.candidate"]

        def count_queries():
            Candidate._rank_query(request, 10, 5)  # warm the cache of the request
            start = self.env.cr.sql_log_count
            rows = Candidate._rank_query(request, 10, 5)
            return self.env.cr.sql_log_count - start, len(rows)

        few, few_rows = count_queries()
        for i in range(6):
            self._caregiver(f"More {i}", lat=31.2 + i / 100)
        many, many_rows = count_queries()
        self.assertGreater(many_rows, few_rows)
        self.assertEqual(many, few)
        self.assertLessEqual(many, 3)

    def test_bad_input(self):
        request = self._request()
        for vals in (
            {"date_end": self.start - timedelta(days=1)},
            {"baby_count": 0},
            {"max_daily_rate": -100},
            {"latitude": 123},
        ):
            with self.subTest(vals=vals), self.assertRaises(ValidationError):
                request.write(vals)
        self.assertEqual((request.baby_count, request.date_end), (1, self.end))
        no_period = self._request(date_start=False, date_end=False)
        with self.assertRaises(UserError) as err:
            no_period.action_match()
        self.assertIn("service period", str(err.exception))
        self.assertEqual(no_period.state, "draft")
        with self.assertRaises(ValidationError) as err:
            request.with_context(lang="zh_CN").write({"baby_count": 0})
        self.assertIn("宝宝", str(err.exception))

    def test_front_desk_sees_requests_not_health_data(self):
        request = self._request()
        self._candidates(request)
        mine = request.with_user(self.front_desk)
        self.assertEqual(mine.candidate_ids.employee_id, request.candidate_ids.employee_id)
        from odoo.exceptions import AccessError

        with self.assertRaises(AccessError):
            mine.candidate_ids.employee_id[0].health_check_ids.mapped("hiv")

    def test_mothers_condition_for_nurses_and_the_caregiver_manager(self):
        from odoo.addons.postpartum_base.tests.common import open_form, store_user
        from odoo.exceptions import AccessError

        request = self._request(complications="Gestational diabetes, C-section wound")
        others = [
            store_user(self.env, f"t_cr_{group}", f"postpartum_base.group_{group}", self.store)
            for group in ("consultant", "butler", "customer_service", "therapist")
        ]
        nurse = store_user(self.env, "t_cr_nurse", "postpartum_base.group_nurse", self.store)
        for user in [self.front_desk, *others]:
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                request.with_user(user).read(["complications"])
        for user in (self.manager, nurse):
            with self.subTest(user=user.login):
                self.assertIn("diabetes", request.with_user(user).complications)
        # what she cannot read she cannot set, on create either
        with self.assertRaises(AccessError):
            self.env["postpartum.care.request"].with_user(self.front_desk).create(
                {"customer_id": self.mother.id, "complications": "pre-eclampsia"}
            )
        # the consultant still records the family's needs, without the field
        self.env["postpartum.care.request"].with_user(self.front_desk).create(
            {"customer_id": self.mother.id, "household_size": 4}
        )
        self.assertNotIn('name="complications"', open_form(request, self.front_desk))
        self.assertIn('name="complications"', open_form(request, self.manager))
