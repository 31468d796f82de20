from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestStayTour(HttpCase):
    def test_reservation_check_in_check_out(self):
        self.start_tour("/odoo", "postpartum_stay_tour", login="manager_a")
        stay = self.env["postpartum.stay"].search([("partner_id.name", "=", "周婷")])
        self.assertEqual(len(stay), 1)
        self.assertEqual(stay.state, "checked_out")
        self.assertTrue(stay.partner_id.is_mother)
        self.assertEqual(stay.company_id, self.env.ref("postpartum_base.store_flagship"))
        self.assertEqual(stay.sale_order_id.state, "sale")
        self.assertEqual(
            sorted(stay.sale_order_id.invoice_ids.mapped("amount_total")), [18800, 20000]
        )
        self.assertTrue(stay.signature)
        self.assertEqual(stay.room_id.status, "cleaning")

    def test_room_board(self):
        """The front desk allocates a waiting reservation from the room board."""
        stay = self.env["postpartum.stay"].search([("partner_id.name", "=", "唐敏")])
        self.assertFalse(stay.room_id)
        self.start_tour("/odoo", "postpartum_room_board_tour", login="frontdesk_a")
        self.assertEqual(stay.room_id, self.env.ref("postpartum_stay.room_a_803"))
        self.assertEqual(stay.allocation_ids.date_start, stay.date_start)
        self.assertEqual(stay.allocation_ids.date_end, stay.date_end)
        block = self.env["postpartum.stay.room"].search([("block_reason", "=", "淋浴漏水")])
        self.assertEqual(block.room_id, self.env.ref("postpartum_stay.room_a_602"))
        self.assertEqual(block.block_type, "maintenance")
        self.assertEqual(block.date_start, block.date_end)
