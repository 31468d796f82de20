from lxml import etree

from odoo.addons.postpartum_base.tests.common import store_user
from odoo.addons.postpartum_matching.tests.common import MatchingCase
from odoo.exceptions import UserError
from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval


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

    def test_confirm_button_never_asks_before_the_server_answers(self):
        """确认投诉 is one button that asks nothing: "确认吗？" before the server
        says what is missing (the note, the person concerned) helps nobody, and
        the server refuses with the reason whatever the client shows."""
        tickets = self.env["helpdesk.ticket"].with_user(self.customer_service)
        arch = tickets.get_view(view_type="form")["arch"]
        tree = etree.fromstring(arch)  # noqa: S320
        buttons = tree.xpath("//button[@name='action_confirm_complaint']")
        self.assertEqual(len(buttons), 1)
        self.assertFalse(buttons[0].get("confirm"))
        base = {"feedback_type": "complaint", "complaint_state": "to_investigate"}
        self.assertFalse(safe_eval(buttons[0].get("invisible"), base))
        self.assertTrue(
            safe_eval(buttons[0].get("invisible"), {**base, "complaint_state": "confirmed"})
        )
        # the button without the question still refuses with the reason
        ticket = self._ticket()
        with self.assertRaisesRegex(UserError, "investigation note"):
            ticket.with_user(self.customer_service).action_confirm_complaint()

    def test_dashboard_tiles_read_in_chinese(self):
        """helpdesk_mgmt ships no Chinese for its dashboard tiles."""
        self.env["res.lang"]._activate_lang("zh_CN")
        teams = self.env["helpdesk.ticket.team"].with_user(self.customer_service)
        names = {
            t["action"]: t["name"] for t in teams.with_context(lang="zh_CN").retrieve_dashboard()
        }
        self.assertEqual(names["helpdesk_mgmt.helpdesk_ticket_action_opened"], "未关闭工单")
        english = {
            t["action"]: t["name"] for t in teams.with_context(lang="en_US").retrieve_dashboard()
        }
        self.assertEqual(english["helpdesk_mgmt.helpdesk_ticket_action_opened"], "Open Tickets")

    def test_feedback_opens_on_the_kanban_and_a_new_ticket_has_no_false_name(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "postpartum_helpdesk.action_postpartum_feedback"
        )
        self.assertEqual([mode for _view, mode in action["views"]][:2], ["kanban", "list"])
        new = self.env["helpdesk.ticket"].with_user(self.customer_service).new({})
        self.assertNotIn("False", new.display_name or "")
        self.assertNotIn("/", new.display_name or "")
        ticket = self._ticket(name="Late every morning")
        self.assertEqual(ticket.display_name, f"{ticket.number} - Late every morning")
