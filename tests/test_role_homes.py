"""Every demo role lands, after logging in, on the screen its day starts from
(issue 10): what the web client receives as its home action."""

from odoo.tests import HttpCase, tagged

HOMES = {
    "frontdesk_a": "postpartum_stay.action_room",
    "consultant_a": "crm.crm_lead_action_pipeline",
    "butler_a": "postpartum_stay.action_butler_visit",
    "nurse_a": "postpartum_base.action_mother_record",
    "therapist_a": "postpartum_stay.action_stay_in_house",
    "kitchen_a": "postpartum_meal.action_meal_production",
    "cs_a": "postpartum_stay.action_followup",
    "caregiver_manager": "postpartum_matching.action_care_request",
    "manager_a": "postpartum_stay.action_stay",
    "chain": "postpartum_stay.action_stay",
    "accountant_b": "account.open_account_journal_dashboard_kanban",
}


@tagged("post_install", "-at_install")
class TestRoleHomes(HttpCase):
    def test_each_role_lands_on_its_day(self):
        for login, xmlid in HOMES.items():
            with self.subTest(login=login):
                self.authenticate(login, login)
                info = self.make_jsonrpc_request("/web/session/get_session_info")
                self.assertEqual(info["home_action_id"], self.env.ref(xmlid).id)
                action = self.env.ref(xmlid)
                user = self.env["res.users"].search([("login", "=", login)])
                # the landing page has the day's records of the user's store
                self.assertTrue(
                    self.env[action.res_model].with_user(user).search_count([]),
                    f"{login} lands on an empty {action.name}",
                )

    def test_home_chosen_by_the_user_wins(self):
        user = self.env["res.users"].search([("login", "=", "nurse_a")])
        user.action_id = self.env.ref("postpartum_base.action_baby").id
        self.authenticate("nurse_a", "nurse_a")
        info = self.make_jsonrpc_request("/web/session/get_session_info")
        self.assertEqual(info["home_action_id"], self.env.ref("postpartum_base.action_baby").id)
