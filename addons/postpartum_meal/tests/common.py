from datetime import timedelta

from odoo import Command, fields
from odoo.addons.postpartum_stay.tests.common import StayCase

# a 1×1 transparent PNG: the mother's signature at check-in
SIGNATURE = (
    b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
)


class MealCase(StayCase):
    """StayCase's store with its kitchen, butler and front desk, the second
    store (``store_b``) with its own kitchen user, three stages (days 1-7, 8-14,
    15-28), dishes with recipes, a plan and mothers with different needs.
    Independent from the demo data (the default stages are archived)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.today = fields.Date.context_today(cls.env.user)
        # the kitchens of both stores act here: no store forced on every user
        context = dict(cls.env.context)
        context.pop("allowed_company_ids", None)
        cls.env = cls.env(context=context)
        cls.env.user.company_ids = [Command.link(cls.store.id), Command.link(cls.store_b.id)]

        cls.kitchen = cls.user("t_meal_kitchen", "postpartum_meal.group_kitchen")
        cls.kitchen_b = cls.user("t_meal_kitchen_b", "postpartum_meal.group_kitchen", cls.store_b)
        cls.butler = cls.user("t_meal_butler", "group_butler")
        cls.front_desk = cls.user("t_meal_front_desk", "group_front_desk")

        Tag = cls.env["postpartum.meal.tag"]
        cls.tag_seafood = Tag.create({"name": "Test Seafood", "kind": "allergen"})
        cls.tag_spicy = Tag.create({"name": "Test Spicy", "kind": "other"})

        Stage = cls.env["postpartum.meal.stage"]
        Stage.search([]).active = False
        cls.stage_1 = Stage.create({"name": "T Clear", "sequence": 1, "day_from": 1, "day_to": 7})
        cls.stage_2 = Stage.create(
            {"name": "T Regulate", "sequence": 2, "day_from": 8, "day_to": 14}
        )
        cls.stage_3 = Stage.create(
            {"name": "T Nourish", "sequence": 3, "day_from": 15, "day_to": 28}
        )

        Product = cls.env["product.product"]
        kg = cls.env.ref("uom.product_uom_kgm")

        def ingredient(name, uom=None):
            uom = uom or cls.env.ref("uom.product_uom_unit")
            return Product.create(
                {
                    "name": name,
                    "type": "consu",
                    "is_storable": True,
                    "uom_id": uom.id,
                    "uom_po_id": uom.id,
                }
            )

        cls.millet = ingredient("T Millet", kg)
        cls.fish = ingredient("T Crucian Carp", kg)
        cls.trotter = ingredient("T Pig Trotter", kg)
        cls.liver = ingredient("T Pork Liver", kg)
        cls.rice = ingredient("T Rice", kg)
        cls.egg = ingredient("T Egg")

        def dish(name, recipe, **vals):
            return Product.create(
                {
                    "name": name,
                    "is_dish": True,
                    "type": "consu",
                    "ingredient_ids": [
                        Command.create({"product_id": product.id, "quantity": quantity})
                        for product, quantity in recipe
                    ],
                    **vals,
                }
            )

        cls.porridge = dish("T Millet Porridge", [(cls.millet, 0.05)])
        cls.eggs = dish("T Brown Sugar Eggs", [(cls.egg, 2)])
        cls.trotter_soup = dish("T Pig Trotter Soup", [(cls.trotter, 0.3)])
        cls.fish_soup = dish(
            "T Crucian Carp Soup",
            [(cls.fish, 0.25)],
            dish_tag_ids=[Command.set(cls.tag_seafood.ids)],
            dish_alternative_ids=[Command.set(cls.trotter_soup.product_tmpl_id.ids)],
        )
        cls.pork_liver = dish(
            "T Sesame Oil Pork Liver", [(cls.liver, 0.1)], dish_c_section_ok=False
        )
        cls.steamed_rice = dish("T Steamed Rice", [(cls.rice, 0.08)])

        # stage 1 runs a 2-day menu, stage 2 a 1-day menu, stage 3 none
        menu = {
            (cls.stage_1, 1): {
                "breakfast": [cls.porridge],
                "lunch": [cls.fish_soup, cls.steamed_rice],
                "dinner": [cls.pork_liver, cls.steamed_rice],
            },
            (cls.stage_1, 2): {
                "breakfast": [cls.eggs],
                "lunch": [cls.trotter_soup, cls.steamed_rice],
                "dinner": [cls.fish_soup, cls.steamed_rice],
            },
            (cls.stage_2, 1): {
                "breakfast": [cls.eggs],
                "lunch": [cls.pork_liver, cls.steamed_rice],
                "dinner": [cls.trotter_soup],
                "snack": [cls.porridge],
            },
        }
        cls.plan = cls.env["postpartum.meal.plan"].create(
            {
                "name": "Test Plan",
                "company_id": cls.store.id,
                "line_ids": [
                    Command.create(
                        {
                            "stage_id": stage.id,
                            "day_in_stage": day,
                            "meal": meal,
                            "sequence": sequence,
                            "product_id": product.id,
                        }
                    )
                    for (stage, day), meals in menu.items()
                    for meal, dishes in meals.items()
                    for sequence, product in enumerate(dishes)
                ],
            }
        )

        Partner = cls.env["res.partner"]
        cls.mother = Partner.create(
            {
                "name": "Plain Mother",
                "is_mother": True,
                "company_id": cls.store.id,
                "delivery_type": "vaginal",
            }
        )
        cls.mother_seafood = Partner.create(
            {
                "name": "Seafood Allergic Mother",
                "is_mother": True,
                "company_id": cls.store.id,
                "delivery_type": "vaginal",
                "allergies": "海鲜过敏",
                "meal_avoid_tag_ids": [Command.set(cls.tag_seafood.ids)],
            }
        )
        cls.mother_c_section = Partner.create(
            {
                "name": "C-Section Mother",
                "is_mother": True,
                "company_id": cls.store.id,
                "delivery_type": "c_section",
            }
        )

        cls.room_type = cls.env["postpartum.room.type"].create({"name": "T Suite"})
        template = cls.env["product.template"].create(
            {
                "name": "T 14-day package",
                "type": "service",
                "invoice_policy": "order",
                "is_stay_package": True,
                "package_room_type_id": cls.room_type.id,
                "package_days": 14,
                "list_price": 30000,
            }
        )
        cls.package = template.product_variant_id
        cls.rooms = cls.env["postpartum.room"].create(
            [
                {
                    "name": f"T{number}",
                    "floor": 3,
                    "company_id": cls.store.id,
                    "room_type_id": cls.room_type.id,
                }
                for number in range(301, 305)
            ]
        )
        cls.kitchen_location = cls.store._postpartum_kitchen_location()

    @classmethod
    def _stay(cls, mother, room, days=14):
        """A reserved stay from today with its room allocated."""
        stay = cls.env["postpartum.stay"].create(
            {
                "partner_id": mother.id,
                "company_id": cls.store.id,
                "package_id": cls.package.id,
                "package_days": days,
                "date_start": cls.today,
                "deposit_amount": 0,
            }
        )
        stay.action_reserve()
        stay._allocate(room)
        return stay

    @classmethod
    def _check_in(cls, mother, room, days=14):
        """A stay checked in today through the real check-in."""
        stay = cls._stay(mother, room, days)
        stay.preparation_ids.done = True
        stay.write({"rules_acknowledged": True, "signature": SIGNATURE})
        stay.action_check_in()
        return stay

    @classmethod
    def _in_house(cls, mother, room, days=14):
        """A stay put in house by a plain write (no check-in), meals planned."""
        stay = cls._stay(mother, room, days)
        stay.state = "checked_in"
        stay._generate_meal_schedule()
        return stay

    @staticmethod
    def _meals(stay, day, meal):
        """The dishes of ``stay`` on its ``day`` (1-based) at ``meal``."""
        date = stay.date_start + timedelta(days=day - 1)
        return stay.meal_schedule_ids.filtered(
            lambda line: line.date == date and line.meal == meal
        ).sorted("sequence")

    def _set_on_hand(self, product, quantity, location=None):
        self.env["stock.quant"]._update_available_quantity(
            product, location or self.kitchen_location, quantity
        )
