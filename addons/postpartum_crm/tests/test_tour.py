from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestCrmTour(HttpCase):
    def test_phone_enquiry_visit_won_reservation(self):
        self.start_tour("/odoo", "postpartum_crm_tour", login="consultant_a")
        lead = self.env["crm.lead"].search([("contact_name", "=", "邵婷")])
        self.assertEqual(len(lead), 1)
        self.assertEqual(lead.channel, "phone")
        self.assertEqual(lead.user_id.login, "consultant_a")
        self.assertEqual(len(lead.visit_ids), 1)
        self.assertTrue(lead.stage_id.is_won)
        stay = lead.stay_ids
        self.assertEqual(stay.state, "reserved")
        self.assertEqual(stay.partner_id.name, "邵婷")
        self.assertEqual(stay.sale_order_id.state, "sale")
