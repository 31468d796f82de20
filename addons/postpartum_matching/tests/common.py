from datetime import timedelta

from odoo.addons.postpartum_caregiver.tests.common import CaregiverCase


class MatchingCase(CaregiverCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["postpartum.discipline.rule"].search([]).active = False
        cls.newborn = cls.env.ref("postpartum_caregiver.skill_newborn_care")
        cls.twins = cls.env.ref("postpartum_caregiver.skill_twins")
        cls.expert = cls.env.ref("postpartum_caregiver.skill_level_expert")
        cls.basic = cls.env.ref("postpartum_caregiver.skill_level_basic")
        cls.mother = cls.env["res.partner"].create(
            {"name": "Family Lin", "is_mother": True, "company_id": cls.store.id}
        )
        cls.start = cls.today + timedelta(days=30)
        cls.end = cls.start + timedelta(days=25)

    @classmethod
    def _caregiver(cls, name, lat=31.23, lon=121.47, skills=None, level=None, experience=5):
        member = cls._member(name, level=level or cls.level_1)
        member.write({"home_latitude": lat, "home_longitude": lon, "experience_years": experience})
        for skill, level_ in skills or [(cls.newborn, cls.expert)]:
            cls.env["hr.employee.skill"].create(
                {
                    "employee_id": member.id,
                    "skill_id": skill.id,
                    "skill_level_id": level_.id,
                    "skill_type_id": skill.skill_type_id.id,
                }
            )
        return member

    @classmethod
    def _request(cls, **vals):
        return cls.env["postpartum.care.request"].create(
            {
                "customer_id": cls.mother.id,
                "company_id": cls.store.id,
                "date_start": cls.start,
                "date_end": cls.end,
                "latitude": 31.23,
                "longitude": 121.47,
                "required_skill_ids": [(6, 0, [cls.newborn.id])],
                **vals,
            }
        )

    def _order(self, employee, start=None, end=None, request=None):
        order = self.env["postpartum.service.order"].create(
            {
                "request_id": (request or self._request()).id,
                "employee_id": employee.id,
                "date_start": start or self.start,
                "date_end": end or self.end,
            }
        )
        order.action_confirm()
        return order

    def _candidates(self, request):
        request.action_match()
        return request.candidate_ids
