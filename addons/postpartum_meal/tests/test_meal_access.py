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
