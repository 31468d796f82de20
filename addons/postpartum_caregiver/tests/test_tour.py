from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestCaregiverTour(HttpCase):
    def test_admission_refused_in_the_web_client(self):
        applicant = self.env.ref("postpartum_caregiver.cg_ma_xiaoyan")
        self.assertEqual(applicant.caregiver_state, "applicant")
        self.start_tour("/odoo", "postpartum_caregiver_admission_tour", login="caregiver_manager")
        self.assertEqual(applicant.caregiver_state, "review")
