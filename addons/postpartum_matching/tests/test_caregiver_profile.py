from odoo.addons.postpartum_base.tests.common import pdf_text
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import MatchingCase


@tagged("post_install", "-at_install")
class TestCaregiverProfile(MatchingCase):
    """月嫂简历: the card a family is shown, without health data."""

    def _pdf(self, employees, user):
        Report = (
            self.env["ir.actions.report"].with_user(user).with_context(force_report_rendering=True)
        )
        pdf, kind = Report._render_qweb_pdf(
            "postpartum_matching.report_caregiver_profile", employees.ids
        )
        self.assertEqual(kind, "pdf")
        return pdf_text(pdf)

    def test_profile_card_shows_what_a_family_asks_and_no_health_data(self):
        member = self._caregiver("Aunt Wang", experience=8)
        member.home_city = "Suzhou"
        self.env["postpartum.caregiver.rating"].register_rating(
            member, 5, 5, 4, customer=self.mother, comment="Patient and careful with the twins"
        )
        text, pages = self._pdf(member, self.manager)
        self.assertEqual(pages, 1)
        for expected in (
            "Caregiver Profile",
            "Aunt Wang",
            "T1",
            "400.00",
            "8.0",
            "Suzhou",
            self.newborn.name,
            self.expert.name,
            "Maternal and Infant Care Certificate",
            "Patient and careful with the twins",
            "4.7",
        ):
            self.assertIn(expected, text)
        # no health check, no certificate number, no address beyond the city
        for hidden in ("HBV", "Hepatitis", "negative", f"C-{member.id}", "Liver"):
            self.assertNotIn(hidden, text)

    def test_only_members_have_a_card_and_only_the_manager_prints_it(self):
        applicant = self._applicant("New Applicant")
        with self.assertRaisesRegex(UserError, "not a member"):
            self._pdf(applicant, self.manager)
        member = self._caregiver("Aunt Li")
        with self.assertRaises(AccessError):
            self._pdf(member, self.front_desk)
