from odoo.addons.postpartum_base.tests.common import store_user
from odoo.addons.postpartum_matching.tests.common import MatchingCase
from odoo.exceptions import UserError
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class TestTicketWorkflow(MatchingCase):
    """A complaint's investigation and the customer's confirmation are written by
    their steps only (whatever a helpdesk user sends over RPC)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.customer_service = store_user(
            cls.env, "t_hdw_cs", "postpartum_base.group_customer_service", cls.store
        )
        cls.order = cls._order(cls, cls._caregiver("Zhao Shufen"))

    def _ticket(self, **vals):
        return (
            self.env["helpdesk.ticket"]
            .with_user(self.customer_service)
            .create(
                {
                    "name": "Feedback",
                    "description": "<p>What the family said</p>",
                    "service_order_id": self.order.id,
                    "partner_id": self.mother.id,
                    "company_id": self.store.id,
                    "team_id": self.env.ref("postpartum_helpdesk.team_home_service").id,
                    "feedback_type": "complaint",
                    **vals,
                }
            )
        )

    def test_investigation_is_not_written_directly(self):
        ticket = self._ticket(investigation_note="Checked.")
        for vals in (
            {"complaint_state": "confirmed"},
            {"complaint_state": "dismissed"},
        ):
            with self.assertRaisesRegex(UserError, "only through its steps"):
                ticket.with_user(self.customer_service).write(vals)
        for vals in (
            {"customer_confirmed": True},
            {"investigator_id": self.customer_service.id},
            {"is_testimonial": True},
        ):
            with self.assertRaisesRegex(UserError, "can no longer be changed"):
                ticket.with_user(self.customer_service).write(vals)
        self.assertEqual(ticket.complaint_state, "to_investigate")
        self.assertFalse(ticket.customer_confirmed or ticket.investigator_id)
        self.assertFalse(ticket.discipline_ids)

    def test_a_complaint_is_created_to_investigate(self):
        with self.assertRaisesRegex(UserError, "cannot start as"):
            self._ticket(complaint_state="dismissed")
        with self.assertRaisesRegex(UserError, "set by its step"):
            self._ticket(customer_confirmed=True)
