import ast
from datetime import datetime, timedelta

from odoo.addons.postpartum_stay.tests.common import StayCase
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, freeze_time, tagged


@tagged("post_install", "-at_install")
class TestCenterComplaints(StayCase):
    """Complaints and suggestions of the customer service center (客户服务中心)
    about a stay: investigated, resolved, confirmed by the customer, closed."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # customer service of both stores acts here: no store forced on every user
        context = dict(cls.env.context)
        context.pop("allowed_company_ids", None)
        cls.env = cls.env(context=context)

        cls.cs = cls.user("t_hdc_cs", "postpartum_base.group_customer_service", cls.store)
        cls.other_cs = cls.user(
            "t_hdc_cs_other", "postpartum_base.group_customer_service", cls.other_store
        )
        cls.helpdesk_front_desk = cls.user(
            "t_hdc_front",
            "postpartum_base.group_front_desk,helpdesk_mgmt.group_helpdesk_user",
            cls.store,
        )
        cls.team = cls.env.ref("postpartum_helpdesk.team_customer_service")
        cls.team.user_ids = [(4, cls.cs.id)]
        cls.meals = cls.env.ref("postpartum_helpdesk.category_center_meals")
        cls.rooms = cls.env.ref("postpartum_helpdesk.category_center_rooms")
        cls.staff = cls.env.ref("postpartum_helpdesk.category_center_staff")
        cls.stage_new = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_new")
        cls.done = cls.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_done")

        cls.package = cls.env["product.product"].create(
            {
                "name": "Standard 28 days",
                "is_stay_package": True,
                "package_room_type_id": cls.env.ref("postpartum_stay.room_type_standard").id,
                "package_days": 28,
                "type": "service",
            }
        )
        cls.mother = cls._mother("Mother Center")
        cls.stay = cls._stay(cls.mother)
        cls.chef = cls.env["hr.employee"].create({"name": "Chef Jiang", "company_id": cls.store.id})

    @classmethod
    def _mother(cls, name):
        return cls.env["res.partner"].create(
            {"name": name, "is_mother": True, "company_id": cls.store.id}
        )

    @classmethod
    def _stay(cls, mother):
        return cls.env["postpartum.stay"].create(
            {"partner_id": mother.id, "company_id": cls.store.id, "package_id": cls.package.id}
        )

    def _ticket(self, user=None, **vals):
        Ticket = self.env["helpdesk.ticket"].with_user(user or self.cs)
        return Ticket.create(
            {
                "name": "Soup too salty",
                "description": "<p>What the mother said</p>",
                "stay_id": self.stay.id,
                "company_id": self.store.id,
                "team_id": self.team.id,
                "category_id": self.meals.id,
                "feedback_type": "complaint",
                # not auto-assigned to its author (helpdesk_mgmt's default): not answered yet
                "user_id": False,
                **vals,
            }
        )

    def _set_create_date(self, ticket, when):
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE helpdesk_ticket SET create_date = %s WHERE id = %s", (when, ticket.id)
        )
        ticket.invalidate_recordset(["create_date"])

    # ------------------------------------------------------------------ stay link
    def test_partner_follows_the_stay(self):
        ticket = self._ticket()
        self.assertEqual(ticket.partner_id, self.mother)
        self.assertEqual(ticket.stage_id, self.stage_new)
        other_mother = self._mother("Mother Twins")
        ticket.stay_id = self._stay(other_mother)
        self.assertEqual(ticket.partner_id, other_mother)

        form = Form(self.env["helpdesk.ticket"].with_user(self.cs))
        form.name = "Noisy corridor"
        form.description = "<p>noise at night</p>"
        form.feedback_type = "suggestion"
        form.stay_id = self.stay
        self.assertEqual(form.partner_id, self.mother)
        suggestion = form.save()
        self.assertEqual(suggestion.partner_id, self.mother)
        self.assertEqual(suggestion.company_id, self.store)

    def test_stay_button_opens_its_tickets_with_defaults(self):
        ticket = self._ticket()
        self.assertEqual(self.stay.ticket_count, 1)
        self.assertEqual(self.stay.ticket_ids, ticket)
        action = self.stay.with_user(self.cs).action_open_tickets()
        self.assertEqual(action["domain"], [("stay_id", "=", self.stay.id)])
        context = action["context"]
        self.assertEqual(context["default_stay_id"], self.stay.id)
        self.assertEqual(context["default_partner_id"], self.mother.id)
        self.assertEqual(context["default_company_id"], self.store.id)
        self.assertEqual(context["default_feedback_type"], "complaint")
        self.assertEqual(context["default_team_id"], self.team.id)

    def test_stay_of_another_store_is_refused(self):
        with self.assertRaises(UserError):
            self._ticket(user=self.env.user, company_id=self.other_store.id)

    # --------------------------------------------------------------- complaint flow
    def test_complaint_flow(self):
        created = datetime(2026, 3, 2, 9, 0)
        ticket = self._ticket()
        self._set_create_date(ticket, created)
        self.assertFalse(ticket.first_response_datetime)
        self.assertEqual(ticket.response_hours, 0)

        # customer service takes the ticket 2 hours later: the first response
        with freeze_time(created + timedelta(hours=2)):
            ticket.user_id = self.cs
        self.assertEqual(ticket.first_response_datetime, created + timedelta(hours=2))
        self.assertAlmostEqual(ticket.response_hours, 2.0, places=2)

        with freeze_time(created + timedelta(hours=5)):
            ticket.investigation_note = "The new kitchen helper salted as for a normal menu."
            ticket.action_confirm_complaint()
        self.assertEqual(ticket.first_response_datetime, created + timedelta(hours=2))
        self.assertEqual(ticket.complaint_state, "confirmed")
        self.assertFalse(ticket.discipline_ids, "no caregiver, no discipline decision")

        ticket.resolution = "Kitchen retrained on low-salt meals; the dietitian tastes each meal."
        ticket.customer_comment = "The meals are fine now."
        with freeze_time(created + timedelta(hours=24)):
            ticket.action_customer_confirm()
        self.assertTrue(ticket.customer_confirmed)
        self.assertEqual(ticket.customer_confirmation_date, created + timedelta(hours=24))

        with freeze_time(created + timedelta(hours=26, minutes=30)):
            ticket.stage_id = self.done
        self.assertTrue(ticket.closed)
        self.assertEqual(ticket.closed_date, created + timedelta(hours=26, minutes=30))
        self.assertAlmostEqual(ticket.resolution_hours, 26.5, places=2)
        self.assertAlmostEqual(ticket.response_hours, 2.0, places=2)

    def test_closing_needs_the_customer_confirmation(self):
        ticket = self._ticket(investigation_note="Checked with the kitchen.")
        ticket.action_confirm_complaint()
        ticket.resolution = "Menu adjusted."
        # assertRaises (not assertRaisesRegex) rolls back like the web client would
        with self.assertRaises(ValidationError) as caught:
            ticket.stage_id = self.done
        self.assertIn("has not confirmed", str(caught.exception))
        self.assertEqual(ticket.stage_id, self.stage_new)
        self.assertFalse(ticket.closed_date)
        self.assertEqual(ticket.resolution_hours, 0)

        ticket.action_customer_confirm()
        ticket.stage_id = self.done
        self.assertTrue(ticket.closed)

    def test_closing_error_is_translated(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        ticket = self._ticket(investigation_note="Checked.", resolution="Menu adjusted.")
        ticket.action_confirm_complaint()
        with self.assertRaises(ValidationError) as caught:
            ticket.with_context(lang="zh_CN").stage_id = self.done
        self.assertIn("客户", str(caught.exception))
        self.assertEqual(ticket.stage_id, self.stage_new)

    def test_stay_suggestion_closes_with_a_resolution_only(self):
        ticket = self._ticket(feedback_type="suggestion", category_id=self.rooms.id)
        with self.assertRaises(ValidationError) as caught:
            ticket.stage_id = self.done
        self.assertIn("resolution", str(caught.exception))
        self.assertEqual(ticket.stage_id, self.stage_new)
        ticket.write({"resolution": "Silent door stops fitted.", "stage_id": self.done.id})
        self.assertTrue(ticket.closed)
        self.assertFalse(ticket.customer_confirmed)

    def test_customer_confirmation_rules(self):
        ticket = self._ticket()
        with self.assertRaisesRegex(UserError, "Record the resolution"):
            ticket.action_customer_confirm()
        ticket.resolution = "Apologised."
        with self.assertRaisesRegex(UserError, "Only customer service"):
            ticket.with_user(self.helpdesk_front_desk).action_customer_confirm()
        self.assertFalse(ticket.customer_confirmed)
        ticket.action_customer_confirm()
        with self.assertRaisesRegex(UserError, "already confirmed"):
            ticket.action_customer_confirm()
        praise = self._ticket(feedback_type="praise", resolution="Thanked.")
        with self.assertRaisesRegex(UserError, "complaint or a suggestion"):
            praise.action_customer_confirm()

    def test_first_response_is_the_first_of_assignment_stage_or_note(self):
        moved = self._ticket()
        noted = self._ticket()
        # customer service logging a call is assigned at once (auto-assign): answered
        self.assertTrue(self.store.helpdesk_mgmt_ticket_auto_assign)
        assigned_at_once = (
            self.env["helpdesk.ticket"]
            .with_user(self.cs)
            .create(
                {
                    "name": "Room too warm",
                    "description": "<p>too warm</p>",
                    "stay_id": self.stay.id,
                    "team_id": self.team.id,
                    "feedback_type": "complaint",
                }
            )
        )
        self.assertEqual(assigned_at_once.user_id, self.cs)
        self.assertEqual(assigned_at_once.first_response_datetime, assigned_at_once.create_date)
        self.assertEqual(assigned_at_once.response_hours, 0)
        in_progress = self.env.ref("helpdesk_mgmt.helpdesk_ticket_stage_in_progress")
        with freeze_time("2030-01-01 10:00:00"):
            moved.stage_id = in_progress
            noted.investigation_note = "Called the mother back."
        for ticket in moved | noted:
            self.assertEqual(ticket.first_response_datetime, datetime(2030, 1, 1, 10, 0))
        with freeze_time("2030-01-02 10:00:00"):
            (moved | noted).user_id = self.cs
            moved.stage_id = self.stage_new
        for ticket in moved | noted:
            self.assertEqual(ticket.first_response_datetime, datetime(2030, 1, 1, 10, 0))

    # ------------------------------------------------------------ employee concerned
    def test_complaint_about_a_caregiver_proposes_her_discipline(self):
        self.env["postpartum.discipline.rule"].search([]).active = False
        rule = self.env.ref("postpartum_helpdesk.rule_confirmed_complaint_warning")
        rule.active = True
        caregiver = self.env["hr.employee"].create(
            {"name": "Auntie Wang", "company_id": self.store.id, "is_caregiver": True}
        )
        ticket = self._ticket(
            name="Rough with the baby",
            category_id=self.staff.id,
            employee_id=caregiver.id,
            investigation_note="Seen on the nursery camera.",
        )
        self.assertEqual(ticket.caregiver_id, caregiver)
        records = ticket.action_confirm_complaint()
        self.assertEqual(records.effect, "warning")
        self.assertEqual(records.rule_id, rule)
        self.assertEqual(records.employee_id, caregiver)
        self.assertEqual(ticket.discipline_ids, records)

    def test_caregiver_follows_the_employee_concerned(self):
        caregiver = self.env["hr.employee"].create(
            {"name": "Auntie Li", "company_id": self.store.id, "is_caregiver": True}
        )
        ticket = self._ticket(employee_id=self.chef.id)
        self.assertFalse(ticket.caregiver_id)
        ticket.employee_id = caregiver
        self.assertEqual(ticket.caregiver_id, caregiver)
        ticket.employee_id = self.chef
        self.assertFalse(ticket.caregiver_id, "the chef is not a caregiver")

    # ---------------------------------------------------------------------- report
    def test_recurring_complaints_report(self):
        salty = self._ticket()
        cold = self._ticket(name="Meal served cold")
        noisy = self._ticket(name="Noisy air conditioning", category_id=self.rooms.id)
        self._ticket(name="Quieter rounds", feedback_type="suggestion", category_id=self.rooms.id)
        self._ticket(name="Thank you", feedback_type="praise", category_id=self.staff.id)
        created = datetime(2026, 5, 4, 8, 0)
        for ticket in salty | cold | noisy:
            self._set_create_date(ticket, created)
        with freeze_time(created + timedelta(hours=1)):
            salty.user_id = self.cs
        with freeze_time(created + timedelta(hours=3)):
            cold.user_id = self.cs
        with freeze_time(created + timedelta(hours=4)):
            noisy.user_id = self.cs

        action = self.env.ref("postpartum_helpdesk.action_recurring_complaints")
        domain = [*ast.literal_eval(action.domain), ("company_id", "=", self.store.id)]
        groups = self.env["helpdesk.ticket"].read_group(
            domain, ["response_hours:avg"], ["category_id"]
        )
        figures = {
            group["category_id"][0]: (group["category_id_count"], group["response_hours"])
            for group in groups
        }
        self.assertEqual(set(figures), {self.meals.id, self.rooms.id})
        self.assertEqual(figures[self.meals.id][0], 2)
        self.assertAlmostEqual(figures[self.meals.id][1], 2.0, places=2)
        self.assertEqual(figures[self.rooms.id][0], 2, "a complaint and a suggestion")

        complaints = self.env["helpdesk.ticket"].read_group(
            [*domain, ("feedback_type", "=", "complaint")],
            ["response_hours:avg"],
            ["category_id", "create_date:month"],
            lazy=False,
        )
        by_category = {group["category_id"][0]: group["__count"] for group in complaints}
        self.assertEqual(by_category, {self.meals.id: 2, self.rooms.id: 1})

    # ---------------------------------------------------------------------- access
    def test_other_store_customer_service_cannot_read_the_complaint(self):
        ticket = self._ticket()
        Ticket = (
            self.env["helpdesk.ticket"]
            .with_user(self.other_cs)
            .with_context(allowed_company_ids=[self.other_store.id])
        )
        self.assertFalse(Ticket.search([("id", "=", ticket.id)]))
        self.assertFalse(Ticket.search([("stay_id", "=", self.stay.id)]))
        with self.assertRaises(AccessError):
            Ticket.browse(ticket.id).read(["name"])
        # customer service of the store itself does
        self.assertEqual(
            self.env["helpdesk.ticket"]
            .with_user(self.cs)
            .with_context(allowed_company_ids=[self.store.id])
            .search([("stay_id", "=", self.stay.id)]),
            ticket,
        )
