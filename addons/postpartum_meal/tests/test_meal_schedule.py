from datetime import timedelta

from odoo import Command
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import MealCase


@tagged("post_install", "-at_install")
class TestMealSchedule(MealCase):
    def test_check_in_generates_meals_from_stage_plan(self):
        stay = self._check_in(self.mother, self.rooms[0])
        self.assertEqual(stay.state, "checked_in")
        self.assertEqual(stay.date_start, self.today)
        # every day of the stay has its meals, nothing substituted
        self.assertEqual(
            set(stay.meal_schedule_ids.mapped("date")),
            {self.today + timedelta(days=d) for d in range(14)},
        )
        self.assertFalse(stay.meal_schedule_ids.substituted_from_id)
        # day 1: stage 1, first day of its menu
        self.assertEqual(self._meals(stay, 1, "breakfast").product_id, self.porridge)
        self.assertEqual(self._meals(stay, 1, "breakfast").stage_id, self.stage_1)
        self.assertEqual(
            self._meals(stay, 1, "lunch").product_id, self.fish_soup | self.steamed_rice
        )
        self.assertFalse(self._meals(stay, 1, "snack"))
        # the 2-day menu of stage 1 repeats: day 2 and day 4 are its second day
        self.assertEqual(self._meals(stay, 2, "breakfast").product_id, self.eggs)
        self.assertEqual(self._meals(stay, 3, "breakfast").product_id, self.porridge)
        self.assertEqual(self._meals(stay, 4, "breakfast").product_id, self.eggs)
        # day 8 and day 9: stage 2 and its 1-day menu
        for day in (8, 9):
            with self.subTest(day=day):
                self.assertEqual(self._meals(stay, day, "breakfast").product_id, self.eggs)
                self.assertEqual(self._meals(stay, day, "breakfast").stage_id, self.stage_2)
                self.assertEqual(
                    self._meals(stay, day, "lunch").product_id,
                    self.pork_liver | self.steamed_rice,
                )
                self.assertEqual(self._meals(stay, day, "snack").product_id, self.porridge)
        # 7 days of stage 1 and 7 days of stage 2, 5 dishes a day
        self.assertEqual(len(stay.meal_schedule_ids), 14 * 5)
        self.assertEqual(stay.meal_schedule_count, 70)
        self.assertEqual(set(stay.meal_schedule_ids.mapped("portions")), {1})
        self.assertEqual(stay.meal_schedule_ids.company_id, self.store)
        self.assertEqual(stay.meal_schedule_ids.partner_id, self.mother)

    def test_allergy_substitution(self):
        stay = self._in_house(self.mother_seafood, self.rooms[0])
        lunch = self._meals(stay, 1, "lunch")
        soup = lunch.filtered(lambda line: line.substituted_from_id)
        self.assertEqual(soup.product_id, self.trotter_soup)
        self.assertEqual(soup.substituted_from_id, self.fish_soup)
        self.assertEqual(lunch.product_id, self.trotter_soup | self.steamed_rice)
        # the fish soup is never served to her, every one of them was replaced
        lines = stay.meal_schedule_ids
        self.assertNotIn(self.fish_soup, lines.product_id)
        replaced = lines.filtered("substituted_from_id")
        self.assertEqual(replaced.substituted_from_id, self.fish_soup)
        self.assertEqual(len(replaced), 7)  # days 1, 3, 5, 7 lunch and days 2, 4, 6 dinner
        self.assertFalse(lines.filtered("has_conflict"))

    def test_c_section_substitution_from_same_stage_and_meal(self):
        stay = self._in_house(self.mother_c_section, self.rooms[0])
        self.assertNotIn(self.pork_liver, stay.meal_schedule_ids.product_id)
        # no alternative on the liver: another dish of the plan for that stage
        # and meal, not yet served at that meal (the rice already is)
        dinner = self._meals(stay, 1, "dinner")
        replaced = dinner.filtered("substituted_from_id")
        self.assertEqual(replaced.substituted_from_id, self.pork_liver)
        self.assertEqual(replaced.product_id, self.fish_soup)
        self.assertEqual(dinner.product_id, self.fish_soup | self.steamed_rice)
        # stage 2 plans the liver and rice only at lunch: nothing else to serve
        # (the rice is served already), the liver is left out and the butler told
        lunch_stage_2 = self._meals(stay, 8, "lunch")
        self.assertEqual(lunch_stage_2.product_id, self.steamed_rice)
        self.assertFalse(lunch_stage_2.substituted_from_id)
        note = stay.message_ids.filtered(lambda m: "No suitable alternative" in (m.body or ""))
        self.assertEqual(len(note), 1)
        self.assertIn(self.pork_liver.name, note.body)

    def test_no_suitable_dish_is_skipped_with_a_note(self):
        # the only breakfast of stage 2 is the eggs: a mother avoiding them has none
        self.eggs.dish_tag_ids = [Command.link(self.tag_spicy.id)]
        self.mother.meal_avoid_tag_ids = [Command.link(self.tag_spicy.id)]
        stay = self._in_house(self.mother, self.rooms[0])
        self.assertFalse(self._meals(stay, 8, "breakfast"))
        self.assertNotIn(self.eggs, stay.meal_schedule_ids.product_id)
        # stage 1: the eggs are replaced by the porridge of the other day
        self.assertEqual(self._meals(stay, 2, "breakfast").product_id, self.porridge)
        note = stay.message_ids.filtered(lambda m: "No suitable alternative" in (m.body or ""))
        self.assertEqual(len(note), 1)
        self.assertIn(self.eggs.name, note.body)

    def test_regenerate_replaces_only_unconsumed_lines(self):
        stay = self._in_house(self.mother, self.rooms[0])
        today_lines = self._meals(stay, 1, "breakfast") | self._meals(stay, 1, "lunch")
        today_lines.write({"state": "consumed"})
        adjusted = self._meals(stay, 3, "breakfast")
        adjusted.product_id = self.eggs
        self.mother.meal_avoid_tag_ids = [Command.link(self.tag_seafood.id)]
        stay._generate_meal_schedule()
        # consumed lines of today are kept as they were, the rest is planned again
        self.assertTrue(today_lines.exists())
        self.assertIn(self.fish_soup, self._meals(stay, 1, "lunch").product_id)
        self.assertFalse(adjusted.exists())
        self.assertEqual(self._meals(stay, 3, "breakfast").product_id, self.porridge)
        self.assertNotIn(self.fish_soup, self._meals(stay, 2, "dinner").product_id)
        self.assertEqual(len(stay.meal_schedule_ids), 14 * 5)

    def test_butler_adjusts_a_day(self):
        stay = self._in_house(self.mother_seafood, self.rooms[0])
        line = self._meals(stay, 2, "breakfast").with_user(self.butler)
        line.write({"product_id": self.porridge.id, "portions": 2, "note": "less sugar"})
        self.assertEqual(line.product_id, self.porridge)
        extra = (
            self.env["postpartum.meal.schedule"]
            .with_user(self.butler)
            .create(
                {
                    "stay_id": stay.id,
                    "date": line.date,
                    "meal": "snack",
                    "product_id": self.fish_soup.id,
                }
            )
        )
        self.assertTrue(extra.has_conflict)
        with self.assertRaises(ValidationError):
            extra.date = stay.date_end + timedelta(days=1)
        line.state = "consumed"
        with self.assertRaises(UserError):
            line.portions = 3
        with self.assertRaises(UserError):
            line.unlink()
        line.note = "served warm"

    def test_check_out_removes_future_meals(self):
        stay = self._check_in(self.mother, self.rooms[1])
        stay.checkout_item_ids.done = True
        stay.action_check_out()
        self.assertEqual(set(stay.meal_schedule_ids.mapped("date")), {self.today})


@tagged("post_install", "-at_install")
class TestMealConfiguration(MealCase):
    def test_negative_ingredient_quantity_is_refused(self):
        Template = self.env["product.template"]
        for quantity in (-0.5, 0):
            with self.subTest(quantity=quantity), self.assertRaises(ValidationError) as error:
                Template.create(
                    {
                        "name": "T Bad Soup",
                        "is_dish": True,
                        "ingredient_ids": [
                            Command.create({"product_id": self.fish.id, "quantity": quantity})
                        ],
                    }
                )
            self.assertIn("must be positive", str(error.exception))
        self.assertFalse(Template.search([("name", "=", "T Bad Soup")]))
        # an existing recipe stays as it was
        recipe = self.fish_soup.ingredient_ids
        with self.assertRaises(ValidationError):
            self.fish_soup.product_tmpl_id.write(
                {
                    "ingredient_ids": [
                        Command.update(recipe.id, {"quantity": -1}),
                        Command.create({"product_id": self.egg.id, "quantity": 1}),
                    ]
                }
            )
        self.env.invalidate_all()
        self.assertEqual(self.fish_soup.ingredient_ids, recipe)
        self.assertEqual(recipe.quantity, 0.25)

    def test_stage_days_are_checked(self):
        Stage = self.env["postpartum.meal.stage"]
        with self.assertRaises(ValidationError):
            Stage.create({"name": "T Before", "day_from": 0, "day_to": 3})
        with self.assertRaises(ValidationError):
            Stage.create({"name": "T Reversed", "day_from": 35, "day_to": 30})
        with self.assertRaises(ValidationError):
            Stage.create({"name": "T Overlap", "day_from": 10, "day_to": 20})
        stage = Stage.create({"name": "T Maintain", "day_from": 29, "day_to": 42})
        self.assertEqual(Stage.search([])._stage_of_day(30), stage)
        self.assertEqual(Stage.search([])._stage_of_day(50), stage)
        with self.assertRaises(ValidationError):
            self.env["postpartum.meal.plan.line"].create(
                {
                    "plan_id": self.plan.id,
                    "stage_id": self.stage_1.id,
                    "day_in_stage": 8,
                    "meal": "lunch",
                    "product_id": self.porridge.id,
                }
            )
