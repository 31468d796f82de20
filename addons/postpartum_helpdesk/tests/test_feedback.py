from odoo.addons.postpartum_base.tests.common import open_form, store_user
from odoo.addons.postpartum_matching.tests.common import MatchingCase
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, tagged


@tagged("post_install", "-at_install")
class TestFeedback(MatchingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.complaint_rule = cls.env.ref("postpartum_helpdesk.rule_confirmed_complaint_warning")
        cls.warnings_rule = cls.env.ref("postpartum_assessment.rule_repeated_warnings_pay_cut")
        (cls.complaint_rule | cls.warnings_rule).active = True
        cls.customer_service = store_user(
            cls.env, "t_hd_cs", "postpartum_base.group_customer_service", cls.store
        )
        cls.other_cs = store_user(
            cls.env, "t_hd_cs_other", "postpartum_base.group_customer_service", cls.other_store
        )
        cls.caregiver = cls._caregiver("Zhao Shufen")
        cls.hygiene = cls.env.ref("postpartum_helpdesk.category_hygiene")
        cls.team = cls.env.ref("postpartum_helpdesk.team_home_service")

    def setUp(self):
        super().setUp()
        self.order = self._order(self.caregiver)

    def _ticket(self, user=None, **vals):
        Ticket = self.env["helpdesk.ticket"].with_user(user or self.customer_service)
        return Ticket.create(
            {
                "name": "Feedback",
                "description": "<p>What the family said</p>",
                "service_order_id": self.order.id,
                "partner_id": self.mother.id,
                "company_id": self.store.id,
                "team_id": self.team.id,
                "category_id": self.hygiene.id,
                "feedback_type": "complaint",
                **vals,
            }
        )

    def test_ticket_takes_the_caregiver_of_its_order(self):
        ticket = self._ticket()
        self.assertEqual(ticket.caregiver_id, self.caregiver)
        self.assertEqual(ticket.complaint_state, "to_investigate")
        self.assertEqual(self.order.ticket_count, 1)

    def test_form_fills_customer_and_caregiver_from_the_order(self):
        form = Form(self.env["helpdesk.ticket"].with_user(self.customer_service))
        form.name = "Late"
        form.description = "<p>late</p>"
        form.feedback_type = "complaint"
        form.service_order_id = self.order
        self.assertEqual(form.partner_id, self.mother)
        self.assertEqual(form.caregiver_id, self.caregiver)

    def test_confirmed_complaint_proposes_a_warning_then_a_pay_cut(self):
        first = self._ticket(investigation_note="Checked with the family and the caregiver.")
        records = first.action_confirm_complaint()
        self.assertEqual(first.complaint_state, "confirmed")
        self.assertEqual(first.investigator_id, self.customer_service)
        self.assertEqual(records.effect, "warning")
        self.assertEqual(records.rule_id, self.complaint_rule)
        self.assertEqual(records.ticket_id, first)
        self.assertEqual(records.employee_id, self.caregiver)
        self.assertEqual(first.discipline_ids, records)
        self.assertIn(first.display_name, records.reason)

        second = self._ticket(investigation_note="Seen again by the butler.")
        records = second.action_confirm_complaint()
        self.assertEqual(
            sorted(records.mapped("effect")),
            ["pay_cut", "warning"],
            "the second confirmed warning within 180 days escalates to a pay cut",
        )
        self.assertEqual(records.filtered(lambda r: r.effect == "pay_cut").amount, 500)
        self.assertEqual(self.caregiver.complaint_count, 2)

    def test_confirmation_needs_an_investigation_note(self):
        ticket = self._ticket()
        with self.assertRaisesRegex(UserError, "investigation note"):
            ticket.action_confirm_complaint()
        self.assertEqual(ticket.complaint_state, "to_investigate")
        self.assertFalse(
            self.env["postpartum.discipline.record"].search(
                [("employee_id", "=", self.caregiver.id)]
            )
        )

    def test_confirmation_needs_the_caregiver(self):
        ticket = self._ticket(service_order_id=False, investigation_note="Checked.")
        with self.assertRaisesRegex(UserError, "caregiver concerned"):
            ticket.action_confirm_complaint()
        self.assertEqual(ticket.complaint_state, "to_investigate")

    def test_dismissed_complaint_has_no_effect_and_cannot_be_confirmed_later(self):
        ticket = self._ticket(investigation_note="The caregiver was on her agreed day off.")
        ticket.action_dismiss_complaint()
        self.assertEqual(ticket.complaint_state, "dismissed")
        self.assertFalse(ticket.discipline_ids)
        with self.assertRaisesRegex(UserError, "already been decided"):
            ticket.action_confirm_complaint()

    def test_only_customer_service_decides_a_complaint(self):
        ticket = self._ticket(investigation_note="Checked.")
        with self.assertRaises(AccessError):
            ticket.with_user(self.front_desk).read(["name"])
        helpdesk_front_desk = store_user(
            self.env,
            "t_hd_front",
            "postpartum_base.group_front_desk,helpdesk_mgmt.group_helpdesk_user",
            self.store,
        )
        with self.assertRaisesRegex(UserError, "Only customer service"):
            ticket.with_user(helpdesk_front_desk).action_confirm_complaint()
        self.assertEqual(ticket.complaint_state, "to_investigate")

    def test_testimonial_becomes_a_commendation_once(self):
        ticket = self._ticket(feedback_type="praise", name="Thank you, Auntie Zhao")
        ticket.action_mark_testimonial()
        self.assertTrue(ticket.is_testimonial)
        benefit = ticket.commendation_id
        self.assertEqual(benefit.kind, "commendation")
        self.assertEqual(benefit.employee_id, self.caregiver)
        self.assertEqual(benefit.name, "Thank you, Auntie Zhao")
        self.assertEqual(self.caregiver.commendation_count, 1)
        with self.assertRaisesRegex(UserError, "already a testimonial"):
            ticket.action_mark_testimonial()
        self.assertEqual(
            self.env["postpartum.caregiver.benefit"].search_count(
                [("employee_id", "=", self.caregiver.id), ("kind", "=", "commendation")]
            ),
            1,
        )

    def test_a_complaint_cannot_be_a_testimonial(self):
        ticket = self._ticket()
        with self.assertRaisesRegex(UserError, "Only praise"):
            ticket.action_mark_testimonial()
        self.assertFalse(ticket.commendation_id)

    def test_caregiver_feedback_needs_an_order_and_a_resolution_to_close(self):
        with self.assertRaisesRegex(ValidationError, "choose the order"):
            self._ticket(feedback_type="caregiver_feedback", service_order_id=False)
        ticket = self._ticket(feedback_type="caregiver_feedback", name="Extra night hours")
        done = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        # assertRaises (not assertRaisesRegex) rolls back like the web client would
        with self.assertRaises(ValidationError) as caught:
            ticket.stage_id = done
        self.assertIn("resolution", str(caught.exception))
        self.assertNotEqual(ticket.stage_id, done)
        ticket.write({"resolution": "Extra hours billed separately.", "stage_id": done.id})
        self.assertTrue(ticket.closed)

    def test_complaint_closes_only_once_decided(self):
        ticket = self._ticket(resolution="Apologised.")
        done = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")
        with self.assertRaisesRegex(ValidationError, "Confirm or dismiss"):
            ticket.stage_id = done
        ticket.investigation_note = "Not confirmed by the family."
        ticket.action_dismiss_complaint()
        ticket.stage_id = done
        self.assertTrue(ticket.closed)

    def test_errors_are_translated(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        ticket = self._ticket()
        with self.assertRaisesRegex(UserError, "调查"):
            ticket.with_context(lang="zh_CN").action_confirm_complaint()

    def test_other_store_cannot_see_the_tickets(self):
        ticket = self._ticket()
        Ticket = self.env["helpdesk.ticket"].with_user(self.other_cs)
        self.assertFalse(Ticket.search([("id", "=", ticket.id)]))
        with self.assertRaises(AccessError):
            ticket.with_user(self.other_cs).read(["name"])

    def test_complaint_rule_threshold_is_positive(self):
        with self.assertRaisesRegex(ValidationError, "at least one"):
            self.env["postpartum.discipline.rule"].create(
                {
                    "name": "Bad",
                    "trigger": "complaint_confirmed",
                    "threshold": 0,
                    "effect": "warning",
                }
            )

    def test_discipline_decisions_stay_with_the_caregivers_managers(self):
        ticket = self._ticket(investigation_note="Checked with the family and the caregiver.")
        records = ticket.action_confirm_complaint()
        self.assertEqual(records.effect, "warning")
        # customer service confirmed it, and still opens the ticket, without the decision
        arch = open_form(ticket, self.customer_service)
        self.assertNotIn('name="discipline_ids"', arch)
        self.assertNotIn('name="action_open_discipline"', arch)
        with self.assertRaises(AccessError):
            ticket.with_user(self.customer_service).read(["discipline_ids"])
        with self.assertRaises(AccessError):
            records.with_user(self.customer_service).read(["amount"])
        arch = open_form(ticket, self.manager)
        self.assertIn('name="action_open_discipline"', arch)
        self.assertEqual(ticket.with_user(self.manager).discipline_ids, records)

    def test_testimonials_on_the_caregiver_profile_card(self):
        """A testimonial reaches the profile card a family is shown, in its words."""
        ticket = self._ticket(
            feedback_type="praise",
            name="Thank you, Auntie Zhao",
            description="<p>She taught us to bathe the baby, always patient.</p>",
        )
        self.assertEqual(self.caregiver._profile_testimonials(), [])
        ticket.action_mark_testimonial()
        self.assertEqual(
            self.caregiver._profile_testimonials(),
            ["She taught us to bathe the baby, always patient."],
        )
        self.assertIn(
            "She taught us to bathe the baby, always patient.",
            self.caregiver.with_user(self.manager)._profile_card()["testimonials"],
        )
