from odoo import fields, models
from odoo.exceptions import UserError


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    service_order_ids = fields.One2many("postpartum.service.order", "employee_id")

    def _caregiver_metrics_batch(self):
        """Completed home-service orders count as orders for promotions (one
        grouped query for all the caregivers)."""
        result = super()._caregiver_metrics_batch()
        done = dict(
            self.env["postpartum.service.order"]._read_group(
                [("employee_id", "in", self.ids), ("state", "in", ("done", "replaced"))],
                ["employee_id"],
                ["__count"],
            )
        )
        for employee in self:
            metrics = result[employee.id]
            metrics["orders"] = max(metrics["orders"], done.get(employee, 0))
        return result

    def _profile_card(self):
        """What the card shows of this caregiver, read as the system (the card
        is printed by the caregiver manager, who checks it): level, rate,
        experience, languages and cuisines, skills, certificates held (no
        numbers), training passed, ratings and their comments. No health data,
        no address beyond the city, no identity number."""
        self.ensure_one()
        if not self.is_caregiver or self.caregiver_state != "member":
            raise UserError(
                self.env._(
                    "%(name)s is not a member: only members have a profile card.", name=self.name
                )
            )
        employee = self.sudo()
        today = fields.Date.context_today(self)
        certificates = employee.certificate_ids.filtered(
            lambda c: c.state in ("valid", "expiring")
            and (not c.expiry_date or c.expiry_date >= today)
        )
        trainings = employee.training_enrolment_ids.filtered(lambda e: e.result == "passed").sorted(
            "date", reverse=True
        )
        ratings = employee.rating_ids.sorted("date", reverse=True)
        return {
            "name": employee.name,
            "image": employee.image_256,
            "level": employee.caregiver_level_id.name or "",
            "daily_rate": employee.caregiver_daily_rate,
            "currency": employee.caregiver_currency_id or employee.company_id.currency_id,
            "experience": employee.experience_years,
            "member_since": employee.member_since,
            "city": employee.home_city or "",
            "languages": ", ".join(employee.language_ids.mapped("name")),
            "cuisines": ", ".join(employee.cuisine_ids.mapped("name")),
            "skills": [
                {
                    "type": skill.skill_type_id.name,
                    "skill": skill.skill_id.name,
                    "level": skill.skill_level_id.name,
                }
                for skill in employee.employee_skill_ids
            ],
            "certificates": [
                {"type": c.type_id.name, "issuer": c.issuer, "until": c.expiry_date}
                for c in certificates
            ],
            "trainings": [
                {"course": e.course_id.name, "date": e.date, "score": e.score}
                for e in trainings[:8]
            ],
            "rating_count": employee.rating_count,
            "rating_average": employee.rating_average,
            "comments": [
                {"date": r.date, "score": r.score, "comment": r.comment}
                for r in ratings.filtered("comment")[:5]
            ],
            "testimonials": employee._profile_testimonials(),
        }

    def _profile_testimonials(self):
        """Testimonials of families (postpartum_helpdesk adds them)."""
        return []
