from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestMatchingTour(HttpCase):
    def test_request_match_interview_order(self):
        self.start_tour("/odoo", "postpartum_matching_tour", login="consultant_a")
        mother = self.env.ref("postpartum_matching.mother_wu_min")
        request = self.env["postpartum.care.request"].search(
            [("customer_id", "=", mother.id), ("state", "=", "confirmed")]
        )
        self.assertEqual(len(request), 1)
        self.assertEqual(request.duration_days, 26)
        order = request.order_ids
        self.assertEqual(order.state, "confirmed")
        self.assertEqual(order.employee_id, request.interview_ids.employee_id)
        self.assertTrue(order.sale_order_id)
