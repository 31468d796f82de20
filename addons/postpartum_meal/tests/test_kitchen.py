from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import MealCase


@tagged("post_install", "-at_install")
class TestKitchen(MealCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # two guests in house today, one allergic to seafood; the plain
        # mother takes a double breakfast
        cls.stay = cls._check_in(cls.mother, cls.rooms[0])
        cls.stay_seafood = cls._in_house(cls.mother_seafood, cls.rooms[1])
        cls._meals(cls.stay, 1, "breakfast").portions = 2

    def _production(self, meal, dish):
        return self.env["postpartum.meal.production"].search(
            [
                ("company_id", "=", self.store.id),
                ("date", "=", self.today),
                ("meal", "=", meal),
                ("product_id", "=", dish.id),
            ]
        )

    def test_production_sheet_portions(self):
        expected = {
            ("breakfast", self.porridge): (3, 2),
            ("lunch", self.steamed_rice): (2, 2),
            ("lunch", self.fish_soup): (1, 1),
            ("lunch", self.trotter_soup): (1, 1),
            ("dinner", self.pork_liver): (2, 2),
            ("dinner", self.steamed_rice): (2, 2),
        }
        rows = self.env["postpartum.meal.production"].search(
            [("company_id", "=", self.store.id), ("date", "=", self.today)]
        )
        self.assertEqual(len(rows), len(expected))
        for (meal, dish), (portions, guests) in expected.items():
            with self.subTest(meal=meal, dish=dish.name):
                row = self._production(meal, dish)
                self.assertEqual((row.portions, row.stay_count), (portions, guests))
        # tomorrow is another sheet: the plan's second day
        tomorrow = self.env["postpartum.meal.production"].search(
            [("company_id", "=", self.store.id), ("date", ">", self.today)],
            limit=1,
            order="date, meal_sequence",
        )
        self.assertEqual(tomorrow.product_id, self.eggs)
        self.assertEqual(tomorrow.portions, 2)

        # the printed sheet: the same portions, each dish's ingredients and the day's totals
        report = self.env["report.postpartum_meal.report_production_sheet"]
        values = report._get_report_values(
            None, {"company_id": self.store.id, "date": str(self.today)}
        )
        [sheet] = values["docs"]
        breakfast = sheet["meals"][0]
        self.assertEqual(breakfast["meal"], "breakfast")
        self.assertEqual(breakfast["dishes"][0]["dish"], self.porridge)
        self.assertEqual(breakfast["dishes"][0]["portions"], 3)
        self.assertAlmostEqual(breakfast["dishes"][0]["ingredients"][0]["quantity"], 0.15)
        self.assertEqual([m["meal"] for m in sheet["meals"]], ["breakfast", "lunch", "dinner"])
        totals = {t["product"]: t["quantity"] for t in sheet["ingredient_totals"]}
        self.assertAlmostEqual(totals[self.rice], 0.32)  # 4 rice × 0.08 kg
        self.assertAlmostEqual(totals[self.fish], 0.25)
        # the substituted soup is listed for the kitchen, with the room
        self.assertEqual(len(sheet["special"]), 1)
        self.assertEqual(sheet["special"][0]["room"], self.rooms[1].name)
        # the delivery list: each meal, room by room, with her dishes
        self.assertEqual([m["meal"] for m in sheet["delivery"]], ["breakfast", "lunch", "dinner"])
        breakfast_rooms = sheet["delivery"][0]["rooms"]
        self.assertEqual(
            [r["room"] for r in breakfast_rooms], sorted([self.rooms[0].name, self.rooms[1].name])
        )
        plain = next(r for r in breakfast_rooms if r["stay"] == self.stay)
        self.assertEqual(plain["mother"], self.mother.name)
        self.assertEqual(
            [(d["dish"], d["portions"]) for d in plain["dishes"]], [(self.porridge, 2)]
        )
        lunch_seafood = next(
            r for r in sheet["delivery"][1]["rooms"] if r["stay"] == self.stay_seafood
        )
        self.assertNotIn(self.fish_soup, [d["dish"] for d in lunch_seafood["dishes"]])
        # the same from the list's selection
        rows_values = report._get_report_values(rows.ids, {})
        self.assertEqual(len(rows_values["docs"]), 1)

    def test_production_list_grouped_by_meal_in_the_day_order(self):
        groups = self.env["postpartum.meal.production"].web_read_group(
            [("company_id", "=", self.store.id), ("date", "=", self.today)],
            ["portions:sum"],
            ["meal"],
        )["groups"]
        self.assertEqual([g["meal"] for g in groups], ["breakfast", "lunch", "dinner"])

    def test_production_sheet_pdf_in_chinese(self):
        Report = self.env["ir.actions.report"].with_context(lang="zh_CN")
        if not self.env["res.lang"]._lang_get("zh_CN"):
            self.env["res.lang"]._activate_lang("zh_CN")
            self.env["ir.module.module"]._load_module_terms(["postpartum_meal"], ["zh_CN"])
        data = {"company_id": self.store.id, "date": str(self.today)}
        html = Report._render_qweb_html("postpartum_meal.report_production_sheet", None, data=data)[
            0
        ].decode()
        for text in (
            "厨房生产单",
            "早餐",
            "份数",
            "分房送餐",
            self.porridge.name,
            self.rooms[1].name,
        ):
            self.assertTrue(text in html, f"{text} is not in the sheet")
        # a real PDF (tests render HTML unless forced)
        pdf, report_type = Report.with_context(force_report_rendering=True)._render_qweb_pdf(
            "postpartum_meal.report_production_sheet", None, data=data
        )
        self.assertEqual(report_type, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
        # the kitchen prints the same report from the wizard opened from the list
        action = (
            self.env["postpartum.meal.production"]
            .with_user(self.kitchen)
            .search([("date", "=", self.today)], limit=1)
            .action_open_print_wizard()
        )
        self.assertEqual(action["res_model"], "postpartum.meal.production.print")
        self.assertEqual(action["context"]["default_company_id"], self.store.id)
        wizard = (
            self.env["postpartum.meal.production.print"]
            .with_user(self.kitchen)
            .create({"company_id": self.store.id, "date": self.today})
        )
        action = wizard.action_print()
        self.assertEqual(action["report_name"], "postpartum_meal.report_production_sheet")
        self.assertEqual(action["data"], {"company_id": self.store.id, "date": str(self.today)})

    def test_stock_consumption(self):
        lines = self.env["postpartum.meal.schedule"].search(
            [("company_id", "=", self.store.id), ("date", "=", self.today)]
        )
        # porridge 3 × 0.05, rice 4 × 0.08, fish soup 1 × 0.25, trotter soup 1 × 0.3,
        # liver 2 × 0.1 (kg)
        expected = {
            self.millet: 0.15,
            self.rice: 0.32,
            self.fish: 0.25,
            self.trotter: 0.3,
            self.liver: 0.2,
        }
        for product in expected:
            self._set_on_hand(product, 10)
        wizard = (
            self.env["postpartum.meal.consume"]
            .with_user(self.kitchen)
            .create({"company_id": self.store.id, "date": self.today})
        )
        self.assertEqual(wizard.line_count, len(lines))
        self.assertIn("T Pork Liver", wizard.preview)
        action = wizard.action_consume()
        picking = self.env["stock.picking"].browse(action["res_id"])
        self.assertEqual(picking.state, "done")
        self.assertEqual(picking.location_id, self.kitchen_location)
        self.assertEqual(picking.location_dest_id.usage, "production")
        self.assertEqual(picking.location_dest_id.company_id, self.store)
        self.assertEqual(len(picking.move_ids), len(expected))
        for move in picking.move_ids:
            with self.subTest(ingredient=move.product_id.name):
                self.assertAlmostEqual(move.product_uom_qty, expected[move.product_id])
                self.assertAlmostEqual(move.quantity, expected[move.product_id])
                self.assertEqual(move.state, "done")
                on_hand = move.product_id.with_context(
                    location=self.kitchen_location.id
                ).qty_available
                self.assertAlmostEqual(on_hand, 10 - expected[move.product_id])
        self.assertEqual(set(lines.mapped("state")), {"consumed"})
        self.assertEqual(lines.picking_id, picking)
        self.assertTrue(self._production("breakfast", self.porridge).consumed)
        # twice for the same store and day: refused, nothing moves
        with self.assertRaises(UserError) as error:
            self.env["postpartum.meal.schedule"].with_user(self.kitchen)._consume_ingredients(
                self.store, self.today
            )
        self.assertIn("already consumed", str(error.exception))
        self.assertEqual(
            self.env["stock.picking"].search_count(
                [("picking_type_id", "=", self.store.kitchen_picking_type_id.id)]
            ),
            1,
        )
        # a day without meals: nothing to consume
        with self.assertRaises(UserError):
            self.env["postpartum.meal.schedule"]._consume_ingredients(
                self.store, self.stay.date_end.replace(year=self.today.year + 1)
            )

    def test_a_new_store_has_its_kitchen_from_the_start(self):
        """The kitchen is set up with the store, not made by the first person
        who consumes ingredients (who may not be allowed to create locations)."""
        store = self.env["res.company"].create({"name": "Kitchen Store"})
        location = store.kitchen_location_id
        self.assertEqual(location.usage, "internal")
        self.assertEqual(location.company_id, store)
        self.assertEqual(location.cyclic_inventory_frequency, 7)
        picking_type = store.kitchen_picking_type_id
        self.assertEqual(picking_type.default_location_src_id, location)
        self.assertEqual(picking_type.default_location_dest_id.usage, "production")
        self.assertEqual(picking_type.with_context(lang="zh_CN").name, "厨房领料")
        self.assertEqual(store._postpartum_consumption_location().company_id, store)

    def test_a_kitchen_removed_is_named_not_made_again(self):
        store = self.env["res.company"].create({"name": "Store Without Kitchen"})
        store.kitchen_location_id = False
        Location = self.env["stock.location"].sudo()
        before = Location.search_count([("company_id", "=", store.id)])
        with self.assertRaises(UserError) as caught:
            store._postpartum_kitchen_location()
        self.assertIn("Store Without Kitchen", str(caught.exception))
        self.assertIn("Kitchen Location", str(caught.exception))
        self.assertEqual(Location.search_count([("company_id", "=", store.id)]), before)
        store._postpartum_setup_kitchen()
        self.assertTrue(store.kitchen_location_id, "the set-up gives it back")
