from datetime import timedelta

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import StayCase


@tagged("post_install", "-at_install")
class TestRoomPlanning(StayCase):
    """智能排房: the best rooms for one reservation, with their reasons."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.bathtub = cls.env["postpartum.room.feature"].create({"name": "T Bathtub"})
        cls.room_802.feature_ids = cls.bathtub
        cls.kitchen = cls.user("t_plan_kitchen", "group_user")

    def _waiting(self, **vals):
        stay = self._stay(**vals)
        stay.action_reserve()
        return stay

    def _taker(self, room, start, end):
        """Another reservation holding ``room`` from ``start`` to ``end``."""
        mother = self.env["res.partner"].create(
            {"name": f"Taker {room.name} {start}", "is_mother": True, "company_id": self.store.id}
        )
        stay = self._stay(partner_id=mother.id)
        stay.action_reserve()
        self.env["postpartum.stay.room"].create(
            {"stay_id": stay.id, "room_id": room.id, "date_start": start, "date_end": end}
        )
        return stay

    def test_one_room_of_the_package_type_first_with_the_features_asked(self):
        stay = self._waiting()
        stay.requested_feature_ids = self.bathtub
        plans = stay._room_plans()
        self.assertEqual(
            [p["rooms"][0][0] for p in plans], [self.room_802, self.room_801, self.room_601]
        )
        best = plans[0]
        self.assertEqual(best["rooms"], [(self.room_802, stay.date_start, stay.date_end)])
        self.assertIn("one room for the whole stay", best["reasons"])
        self.assertIn("asked for: T Bathtub", best["reasons"])
        self.assertIn("without: T Bathtub", plans[1]["reasons"])
        self.assertIn("another room type (Standard Room)", plans[2]["reasons"])

    def test_free_days_around_cover_an_earlier_birth(self):
        stay = self._waiting()
        # 801 is taken from the day after the stay: 802 (free around) ranks first
        self._taker(
            self.room_801, stay.date_end + timedelta(days=1), stay.date_end + timedelta(days=9)
        )
        plans = stay._room_plans()
        self.assertEqual(plans[0]["rooms"][0][0], self.room_802)
        self.assertGreater(plans[0]["score"], plans[1]["score"])
        self.assertIn(
            "free 3 days before and 3 after, for an earlier or later birth", plans[0]["reasons"]
        )

    def test_one_room_change_when_no_room_takes_the_whole_stay(self):
        stay = self._waiting()
        middle = stay.date_start + timedelta(days=10)
        # 801 is free until day 10, 802 from then on
        self._taker(self.room_801, middle, stay.date_end + timedelta(days=5))
        self._taker(self.room_802, stay.date_start - timedelta(days=5), middle - timedelta(days=3))
        self.room_601.action_set_maintenance()
        plans = stay._room_plans()
        self.assertTrue(plans)
        best = plans[0]
        self.assertEqual(len(best["rooms"]), 2)
        (first, first_start, first_end), (second, second_start, second_end) = best["rooms"]
        self.assertEqual((first, second), (self.room_801, self.room_802))
        self.assertEqual(
            (first_start, first_end + timedelta(days=1)), (stay.date_start, second_start)
        )
        self.assertEqual(second_start, middle)
        self.assertEqual(second_end, stay.date_end)
        self.assertIn(f"one room change, on {middle}", best["reasons"])
        # applied from the planning window: two allocations, the change explained
        wizard = (
            self.env["postpartum.room.plan"].with_user(self.front_desk).create({"stay_id": stay.id})
        )
        self.assertEqual(wizard.line_ids[0].second_room_id, self.room_802)
        wizard.line_ids[0].action_apply()
        allocations = stay.allocation_ids.sorted("date_start")
        self.assertEqual(allocations.room_id, self.room_801 | self.room_802)
        self.assertEqual(allocations[1].change_reason, "Room planning: one room change")

    def test_no_plan_when_nothing_is_free_and_a_plan_taken_meanwhile_is_refused(self):
        stay = self._waiting()
        self.room_601.action_set_maintenance()
        wizard = (
            self.env["postpartum.room.plan"].with_user(self.front_desk).create({"stay_id": stay.id})
        )
        line = wizard.line_ids.filtered(lambda plan: plan.room_id == self.room_801)
        # someone takes 801 while the planning window is open
        taker = self._taker(self.room_801, stay.date_start, stay.date_start)
        with self.assertRaisesRegex(ValidationError, taker.name):
            line.action_apply()
        self.assertFalse(stay.allocation_ids)
        self._taker(self.room_802, stay.date_start, stay.date_end)
        self.assertEqual(stay._room_plans(), [])

    def test_who_plans(self):
        stay = self._waiting()
        action = stay.with_user(self.front_desk).action_open_room_plan()
        self.assertEqual(action["views"], [(False, "form")], "the board opens it from JS")
        wizard = self.env["postpartum.room.plan"].browse(action["res_id"])
        self.assertEqual(wizard.line_ids[0].room_id, self.room_801)
        with self.assertRaises(AccessError):
            self.env["postpartum.room.plan"].with_user(self.kitchen).create({"stay_id": stay.id})

    def test_plan_a_period_at_once_edit_and_apply(self):
        """Two reservations of the same days, one deluxe room free each: each
        gets its own; the preview can be edited before it is applied."""
        first = self._waiting()
        second = self._waiting(
            partner_id=self.env["res.partner"]
            .create({"name": "Second Mother", "is_mother": True, "company_id": self.store.id})
            .id
        )
        self.room_601.action_set_maintenance()
        Wizard = self.env["postpartum.room.plan.period"].with_user(self.front_desk)
        wizard = Wizard.create({"date_from": first.date_start, "date_to": first.date_end})
        wizard.action_preview()
        lines = wizard.line_ids.sorted(lambda line: line.stay_id.id)
        self.assertEqual(lines.stay_id, first | second)
        self.assertEqual(lines.room_id, self.room_801 | self.room_802, "never the same room twice")
        # edited onto the same room: refused at once, nothing allocated
        lines[1].room_id = lines[0].room_id
        with self.assertRaisesRegex(ValidationError, "already allocated"):
            wizard.action_apply()
        self.assertFalse((first | second).allocation_ids)
        wizard.action_preview()
        wizard.action_apply()
        self.assertEqual((first | second).room_id, self.room_801 | self.room_802)

    def test_period_planning_bad_input(self):
        Wizard = self.env["postpartum.room.plan.period"].with_user(self.front_desk)
        with self.assertRaisesRegex(ValidationError, "before the start"):
            Wizard.create({"date_from": self.today, "date_to": self.today - timedelta(days=1)})
        wizard = Wizard.create({"date_from": self.today, "date_to": self.today})
        with self.assertRaisesRegex(UserError, "preview the plans first"):
            wizard.action_apply()
