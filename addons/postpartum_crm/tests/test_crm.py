from datetime import timedelta

from lxml import etree

from odoo import fields
from odoo.addons.postpartum_base.tests.common import store_user
from odoo.addons.postpartum_stay.tests.common import StayCase
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class TestCrm(StayCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["postpartum.followup.plan"].with_context(active_test=False).search([]).active = True
        cls.consultant = store_user(
            cls.env, "t_crm_consultant", "postpartum_base.group_consultant", cls.store
        )
        cls.colleague = store_user(
            cls.env, "t_crm_colleague", "postpartum_base.group_consultant", cls.store
        )
        cls.other_consultant = store_user(
            cls.env, "t_crm_other", "postpartum_base.group_consultant", cls.other_store
        )

    def _lead(self, **vals):
        return self.env["crm.lead"].create(
            {
                "name": "Enquiry",
                "type": "opportunity",
                "contact_name": "Family He",
                "company_id": self.store.id,
                "user_id": self.consultant.id,
                **vals,
            }
        )

    def test_pregnancy_week_from_the_due_date(self):
        lead = self._lead(due_date=self.today + timedelta(days=70))
        self.assertEqual(lead.pregnancy_week, 30)
        self.assertEqual(lead.expected_checkin, self.today + timedelta(days=73))
        lead.due_date = self.today + timedelta(days=3)
        self.assertEqual(lead.pregnancy_week, 39, "39 weeks and 4 days")
        lead.due_date = self.today - timedelta(days=10)
        self.assertEqual(lead.pregnancy_week, 41)

    def test_due_date_out_of_range_is_refused(self):
        with self.assertRaisesRegex(ValidationError, "ten months"):
            self._lead(due_date=self.today + timedelta(days=320))
        with self.assertRaisesRegex(ValidationError, "long past"):
            self._lead(due_date=self.today - timedelta(days=200))
        lead = self._lead(due_date=self.today + timedelta(days=100))
        with self.assertRaises(ValidationError):
            lead.due_date = self.today + timedelta(days=400)
        self.assertEqual(lead.due_date, self.today + timedelta(days=100))

    def test_phone_enquiry_creates_a_lead_and_hands_it_over(self):
        recovery = self.env.ref("postpartum_crm.interest_recovery")
        enquiry = (
            self.env["postpartum.phone.enquiry"]
            .with_user(self.front_desk)
            .create(
                {
                    "caller_name": "Shao Lin",
                    "phone": "13800000000",
                    "due_date": self.today + timedelta(days=90),
                    "interest_ids": [(6, 0, recovery.ids)],
                    "consultant_id": self.consultant.id,
                    "company_id": self.store.id,
                }
            )
        )
        lead = enquiry.lead_id
        self.assertEqual(lead.channel, "phone")
        self.assertEqual(lead.due_date, self.today + timedelta(days=90))
        self.assertEqual(lead.interest_ids, recovery)
        enquiry.with_user(self.front_desk).action_hand_over()
        invite = self.env.ref("postpartum_crm.mail_activity_invite_visit")
        activity = lead.activity_ids.filtered(lambda a: a.activity_type_id == invite)
        self.assertEqual(activity.user_id, self.consultant)
        self.assertEqual(lead.user_id, self.consultant)

    def test_expected_revenue_from_the_package(self):
        lead = self._lead(package_id=self.package.id)
        self.assertEqual(lead.expected_revenue, 68000)
        cheaper = self.package.copy({"list_price": 38000})
        lead.package_id = cheaper
        self.assertEqual(lead.expected_revenue, 38000)
        lead.expected_revenue = 36000  # a discount agreed with the family
        self.assertEqual(lead.expected_revenue, 36000)
        self.assertEqual(self._lead(package_id=cheaper.id, expected_revenue=1).expected_revenue, 1)

    def test_an_odoo_salesman_without_a_center_role_opens_leads(self):
        """The center's part of the lead is for its staff: a salesman of the
        company with no center role opens Odoo's lead form without an access
        error (crm's own rainbow-man tour does exactly this)."""
        salesman = self.user("t_plain_salesman", "base.group_user,sales_team.group_sale_salesman")
        Lead = self.env["crm.lead"].with_user(salesman)
        lead = Lead.create({"name": "Plain lead", "type": "opportunity"})

        def arch_fields(env_lead, view_type):
            arch = env_lead.get_views([(False, view_type)])["views"][view_type]["arch"]
            return {node.get("name") for node in etree.fromstring(arch).iter("field")}  # noqa: S320

        for view_type in ("form", "list", "search"):
            names = arch_fields(Lead, view_type)
            self.assertFalse({"phone_enquiry_ids", "visit_count", "stay_ids", "region"} & names)
        # what the form reads, read as the salesman: no access error
        lead.web_read({name: {} for name in arch_fields(Lead, "form")})
        # the center's staff still see their part
        self.assertIn(
            "phone_enquiry_ids",
            arch_fields(self.env["crm.lead"].with_user(self.consultant), "form"),
        )

    def test_a_lead_title_has_a_sensible_size(self):
        with self.assertRaises(ValidationError) as err:
            self._lead(name="x" * 100000, channel="phone")
        self.assertIn("200", str(err.exception))
        self.assertFalse(self.env["crm.lead"].search_count([("name", "=like", "xxxxxxxxxx%")]))

    def test_enquiry_visit_and_lead_phones_are_numbers(self):
        base = {"caller_name": "Shao Lin", "company_id": self.store.id}
        Enquiry = self.env["postpartum.phone.enquiry"].with_user(self.front_desk)
        with self.assertRaises(ValidationError) as err:
            Enquiry.create({**base, "phone": "abc"})
        self.assertIn("not a telephone number", str(err.exception))
        self.assertFalse(
            self.env["postpartum.phone.enquiry"].search([("caller_name", "=", "Shao Lin")])
        )
        visit = self.env["postpartum.visit"].create(
            {"visitor_name": "Family He", "company_id": self.store.id, "phone": "139 0013 5002"}
        )
        with self.assertRaises(ValidationError):
            visit.phone = "12"
        self.assertEqual(visit.phone, "139 0013 5002")
        lead = self._lead(channel="walk_in")
        with self.assertRaises(ValidationError):
            lead.mobile = "abc"
        # a lead of another pipeline (no channel, no due date) keeps Odoo's rules
        self.assertEqual(self._lead(phone="ask reception").phone, "ask reception")

    def test_visit_and_enquiry_titles_in_the_reader_time_zone(self):
        when = fields.Datetime.to_datetime("2026-11-20 07:27:00")
        visit = self.env["postpartum.visit"].create(
            {"visitor_name": "Family He", "visit_datetime": when, "company_id": self.store.id}
        )
        enquiry = self.env["postpartum.phone.enquiry"].create(
            {
                "caller_name": "Shao Lin",
                "phone": "13800000000",
                "call_datetime": when,
                "company_id": self.store.id,
            }
        )
        self.consultant.tz = "Asia/Shanghai"
        self.assertEqual(
            visit.with_user(self.consultant).display_name, "Family He 2026-11-20 15:27"
        )
        self.assertEqual(
            enquiry.with_user(self.consultant).display_name, "Shao Lin 2026-11-20 15:27"
        )

    def test_won_lead_to_quotation_to_reservation(self):
        lead = self._lead(
            due_date=self.today + timedelta(days=40),
            package_id=self.package.id,
            channel="walk_in",
        )
        lead.action_postpartum_quote()
        quotation = lead.order_ids
        self.assertEqual(quotation.state, "draft")
        self.assertEqual(quotation.order_line.product_id, self.package)
        mother = lead.partner_id
        self.assertTrue(mother.is_mother)
        self.assertEqual(mother.company_id, self.store)
        self.assertEqual(mother.customer_status, "prospect")
        action = lead.action_postpartum_reserve()
        stay = self.env["postpartum.stay"].browse(action["res_id"])
        self.assertEqual(stay.lead_id, lead)
        self.assertEqual(stay.sale_order_id, quotation, "the quotation becomes the stay's order")
        self.assertEqual(stay.due_date, lead.due_date)
        stay.action_reserve()
        self.assertEqual(quotation.state, "sale")
        self.assertTrue(lead.stage_id.is_won)
        self.assertEqual(lead.conversion_rate, 100)
        self.assertEqual(mother.customer_status, "customer")
        with self.assertRaisesRegex(UserError, "already has a stay"):
            lead.action_postpartum_reserve()

    def test_funnel_figures(self):
        won_stage = self.env["crm.stage"].search([("is_won", "=", True)], limit=1)
        leads = self.env["crm.lead"]
        for channel, won in (
            ("phone", True),
            ("phone", False),
            ("referral", True),
            ("referral", True),
            ("online", False),
        ):
            lead = self._lead(channel=channel)
            if won:
                lead.stage_id = won_stage
            leads |= lead
        # conversions took 10 days
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE crm_lead SET create_date = date_closed - interval '10 days' "
            "WHERE id = ANY(%s) AND date_closed IS NOT NULL",
            [leads.ids],
        )
        leads.invalidate_recordset(["create_date"])
        leads._compute_conversion()
        self.env.flush_all()
        rows = self.env["crm.lead"]._read_group(
            [("id", "in", leads.ids)],
            ["channel"],
            ["__count", "conversion_rate:avg", "conversion_days:avg"],
        )
        figures = {channel: (count, rate, days) for channel, count, rate, days in rows}
        self.assertEqual(figures["phone"][:2], (2, 50.0))
        self.assertEqual(figures["referral"][:2], (2, 100.0))
        self.assertEqual(figures["online"][:2], (1, 0.0))
        self.assertEqual(figures["referral"][2], 10)
        total = self.env["crm.lead"]._read_group(
            [("id", "in", leads.ids)], [], ["conversion_rate:avg"]
        )[0][0]
        self.assertEqual(total, 60.0)
        per_consultant = self.env["crm.lead"]._read_group(
            [("id", "in", leads.ids)], ["user_id"], ["__count"]
        )
        self.assertEqual(per_consultant, [(self.consultant, 5)])
        self.assertTrue(fields.Datetime.now())

    def test_consultant_sees_her_store_not_others(self):
        mine = self._lead()
        colleagues = self._lead(user_id=self.colleague.id)
        other = self.env["crm.lead"].create(
            {
                "name": "Other store",
                "type": "opportunity",
                "company_id": self.other_store.id,
                "user_id": self.other_consultant.id,
            }
        )
        env = self.env(
            user=self.consultant,
            context=dict(self.env.context, allowed_company_ids=self.store.ids),
        )
        visible = env["crm.lead"].search([("id", "in", (mine | colleagues | other).ids)])
        self.assertEqual(visible, mine | colleagues)
