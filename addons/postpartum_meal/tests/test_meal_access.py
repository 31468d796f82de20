from odoo.addons.postpartum_base.tests.common import open_form
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import MealCase


@tagged("post_install", "-at_install")
class TestMealAccess(MealCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.stay = cls._in_house(cls.mother_seafood, cls.rooms[0])
        cls.env["postpartum.mother.record"].create(
            {"mother_id": cls.mother_seafood.id, "temperature": 36.8}
        )

    def test_kitchen_sees_menus_not_health_data(self):
        Schedule = self.env["postpartum.meal.schedule"].with_user(self.kitchen)
        lines = Schedule.search([("stay_id", "=", self.stay.id)])
        self.assertEqual(len(lines), len(self.stay.meal_schedule_ids))
        self.assertTrue(lines[0].product_id.name)
        self.assertEqual(lines[0].partner_id.name, self.mother_seafood.name)
        production = self.env["postpartum.meal.production"].with_user(self.kitchen)
        self.assertTrue(production.search([("date", "=", self.today)]))
        sheet = (
            self.env["report.postpartum_meal.report_production_sheet"]
            .with_user(self.kitchen)
            ._get_report_values(None, {"company_id": self.store.id, "date": str(self.today)})
        )
        self.assertTrue(sheet["docs"][0]["meals"])
        # she keeps the recipes and the menus
        self.porridge.with_user(self.kitchen).product_tmpl_id.ingredient_ids.quantity = 0.06
        self.plan.with_user(self.kitchen).line_ids[:1].sequence = 5
        # the health archive stays closed
        with self.assertRaises(AccessError):
            self.env["postpartum.mother.record"].with_user(self.kitchen).search([])
        with self.assertRaises(AccessError):
            self.env["postpartum.mother.record"].with_user(self.kitchen).search_count([])
        mother = self.mother_seafood.with_user(self.kitchen)
        self.assertEqual(mother.allergies, "海鲜过敏")  # the kitchen relies on it
        with self.assertRaises(AccessError):
            mother.read(["gravidity"])

    def test_other_store_kitchen_does_not_see_the_schedule(self):
        Schedule = self.env["postpartum.meal.schedule"].with_user(self.kitchen_b)
        self.assertFalse(Schedule.search([]))
        with self.assertRaises(AccessError):
            Schedule.browse(self.stay.meal_schedule_ids[0].id).read(["product_id"])
        production = self.env["postpartum.meal.production"].with_user(self.kitchen_b)
        self.assertFalse(production.search([("company_id", "=", self.store.id)]))

    def test_butler_adjusts_kitchen_only_reads_and_writes(self):
        line = self.stay.meal_schedule_ids[0]
        line.with_user(self.butler).write({"portions": 2})
        self.assertEqual(line.portions, 2)
        with self.assertRaises(AccessError):
            self.env["postpartum.meal.schedule"].with_user(self.kitchen).create(
                {
                    "stay_id": self.stay.id,
                    "date": self.today,
                    "meal": "snack",
                    "product_id": self.porridge.id,
                }
            )
        with self.assertRaises(AccessError):
            line.with_user(self.front_desk).write({"portions": 3})


@tagged("post_install", "-at_install")
class TestKitchenStay(MealCase):
    """The kitchen opens a stay for the room, the mother, the dates and the
    diet, and nothing it would get an access error for."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.mother_seafood.write(
            {
                "resident_id_number": "31011519920315002X",
                "emergency_contact_name": "Husband",
                "emergency_contact_phone": "13900000000",
            }
        )
        cls.stay = cls._in_house(cls.mother_seafood, cls.rooms[0])

    def test_kitchen_stay_form_shows_what_it_needs(self):
        arch = open_form(self.stay, self.kitchen)
        for needed in ("room_id", "partner_id", "date_start", "date_end", "meal_plan_id"):
            self.assertIn(f'name="{needed}"', arch)
        for hidden in (
            "action_open_room_change",
            "action_check_out",
            "action_open_invoices",
            "amount_residual",
            "arrival_assessment",
            "care_plan_ids",
        ):
            self.assertNotIn(f'name="{hidden}"', arch)
        open_form(self.mother_seafood, self.kitchen)

    def test_kitchen_reads_allergies_not_identity(self):
        mother = self.mother_seafood.with_user(self.kitchen)
        self.assertEqual(mother.read(["allergies"])[0]["allergies"], "海鲜过敏")
        for field in ("resident_id_number", "emergency_contact_phone", "emergency_contact_name"):
            with self.subTest(field=field), self.assertRaises(AccessError):
                mother.read([field])
        with self.assertRaises(AccessError):
            self.stay.with_user(self.kitchen).action_check_out()

    def test_kitchen_only_reads_sale_orders(self):
        order = self.stay.sale_order_id.with_user(self.kitchen)
        self.assertTrue(order.read(["amount_total"])[0]["amount_total"])
        with self.assertRaises(AccessError):
            order.write({"note": "cheaper"})
        with self.assertRaises(AccessError):
            order.order_line[:1].write({"price_unit": 1})
        # the butler who sells services still writes them
        self.stay.sale_order_id.with_user(self.butler).write({"client_order_ref": "ROOM 301"})
        self.assertEqual(self.stay.sale_order_id.client_order_ref, "ROOM 301")
