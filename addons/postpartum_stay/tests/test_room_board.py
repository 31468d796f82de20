from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import StayCase


@tagged("post_install", "-at_install")
class TestRoomBoard(StayCase):
    """房态图: the rooms of the store day by day, and allocating from it."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.kitchen = cls.user("t_board_kitchen", "group_user")
        cls.env["postpartum.room"].create(
            {
                "name": "Other 801",
                "company_id": cls.other_store.id,
                "room_type_id": cls.deluxe.id,
                "floor": 8,
            }
        )

    def _board(self, user=None, date_from=None, **kwargs):
        """The board as the front desk sees it, from her today by default."""
        Room = self.env["postpartum.room"].with_user(user or self.front_desk)
        return Room.with_company(self.store).get_room_board(date_from, **kwargs)

    def _today(self):
        return fields.Date.context_today(self.env["postpartum.room"].with_user(self.front_desk))

    @staticmethod
    def _row(board, name):
        return next(row for row in board["rooms"] if row["name"] == name)

    def test_board_shows_the_store_rooms_day_by_day(self):
        in_house = self._in_house()
        waiting = self._stay(due_date=self.today + timedelta(days=10))
        waiting.action_reserve()
        self.room_802.status = "maintenance"
        board = self._board(days=14)
        self.assertEqual([row["name"] for row in board["rooms"]], ["601", "801", "802"])
        self.assertEqual(len(board["days"]), 14)
        self.assertTrue(board["days"][0]["today"])
        # the guest in house: one bar over the 14 days (her stay goes on after)
        row = self._row(board, "801")
        self.assertEqual(len(row["cells"]), 1, row["cells"])
        bar = row["cells"][0]
        self.assertEqual(bar["kind"], "bar")
        self.assertEqual(bar["span"], 14)
        self.assertEqual(bar["stay_id"], in_house.id)
        self.assertEqual(bar["mother"], "Mother Stay")
        self.assertEqual(bar["package"], "Deluxe 28 days")
        self.assertEqual(bar["state"], "in_house")
        self.assertTrue(bar["ends_after"])
        self.assertFalse(bar["starts_before"])
        # 601 is free every day; 802 under maintenance is not counted free
        self.assertEqual([c["kind"] for c in self._row(board, "601")["cells"]], ["free"] * 14)
        self.assertTrue(all(c["blocked"] for c in self._row(board, "802")["cells"]))
        self.assertEqual(board["free"], [1] * 14)
        # the reservation without a room waits, with its dates
        self.assertEqual([w["id"] for w in board["waiting"]], [waiting.id])
        self.assertEqual(board["waiting"][0]["room_type_id"], self.deluxe.id)

    def test_bars_are_cut_at_the_edges_of_the_period(self):
        stay = self._in_house()
        board = self._board(days=14, date_from=self._today() + timedelta(days=20))
        cells = self._row(board, "801")["cells"]
        bar = cells[0]
        self.assertTrue(bar["starts_before"])
        self.assertFalse(bar["ends_after"])
        # the stay's last day is within the period: the rest of the row is free
        self.assertEqual(bar["span"], (stay.date_end - self._today()).days - 20 + 1)
        self.assertEqual(len(cells), 1 + 14 - bar["span"])
        self.assertEqual({cell["kind"] for cell in cells[1:]}, {"free"})

    def test_leaving_today_is_its_own_state(self):
        stay = self._in_house()
        stay.date_start = self._today() - timedelta(days=27)
        self.assertEqual(stay.date_end, self._today())
        bar = self._row(self._board(days=14), "801")["cells"][0]
        self.assertEqual(bar["state"], "checking_out")

    def test_only_the_periods_offered(self):
        with self.assertRaisesRegex(UserError, "14, 30, 60 or 90"):
            self._board(days=45)

    def test_board_costs_the_same_queries_for_more_rooms(self):
        self._in_house()
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        self._board(days=30)
        few = self.env.cr.sql_log_count - before
        Room = self.env["postpartum.room"]
        for number in range(10):
            room = Room.create(
                {
                    "name": f"9{number:02d}",
                    "company_id": self.store.id,
                    "room_type_id": self.deluxe.id,
                    "floor": 9,
                }
            )
            stay = self._stay(
                partner_id=self.env["res.partner"]
                .create({"name": f"Board Mother {number}", "company_id": self.store.id})
                .id,
                due_date=self.today,
            )
            stay.action_reserve()
            stay._allocate(room)
        self.env.invalidate_all()
        before = self.env.cr.sql_log_count
        self._board(days=30)
        many = self.env.cr.sql_log_count - before
        self.assertLessEqual(many, few + 2, "no query per room or per allocation")

    def test_allocate_a_waiting_reservation_from_the_board(self):
        stay = self._stay(user=self.front_desk)
        stay.action_reserve()
        stay.with_user(self.front_desk).action_board_allocate(self.room_801.id)
        self.assertEqual(stay.room_id, self.room_801)
        self.assertEqual(stay.allocation_ids.date_end, stay.date_end)
        board = self._board(days=30, date_from=stay.date_start)
        self.assertEqual(self._row(board, "801")["cells"][0]["stay_id"], stay.id)
        self.assertFalse(board["waiting"])

    def test_board_allocation_keeps_every_rule(self):
        stay = self._stay(due_date=self.today)
        stay.action_reserve()
        cases = (
            (self.room_601.id, UserError, "the package of"),
            (
                self.env["postpartum.room"].search([("name", "=", "Other 801")]).id,
                UserError,
                "store",
            ),
        )
        for room_id, error, message in cases:
            with self.subTest(room=room_id), self.assertRaisesRegex(error, message):
                stay.with_user(self.front_desk).action_board_allocate(room_id)
        self.room_802.status = "maintenance"
        with self.assertRaisesRegex(UserError, "maintenance"):
            stay.with_user(self.front_desk).action_board_allocate(self.room_802.id)
        # a room taken for part of the stay: the database refuses, naming who holds it
        holder = self._in_house()
        with self.assertRaisesRegex(ValidationError, "already allocated"):
            stay.with_user(self.front_desk).action_board_allocate(self.room_801.id)
        self.assertFalse(stay.allocation_ids)
        # a guest in house already has her room: the board does not give another
        with self.assertRaises(UserError):
            holder.with_user(self.front_desk).action_board_allocate(self.room_802.id)

    def test_who_may_allocate(self):
        stay = self._stay()
        stay.action_reserve()
        with self.assertRaises(AccessError):
            stay.with_user(self.kitchen).action_board_allocate(self.room_801.id)
        self.assertFalse(stay.allocation_ids)
        other_store_board = (
            self.env["postpartum.room"]
            .with_user(self.other_front_desk)
            .with_context(allowed_company_ids=[self.other_store.id])
            .get_room_board(None, 14)
        )
        self.assertEqual([row["name"] for row in other_store_board["rooms"]], ["Other 801"])
        self.assertFalse(other_store_board["waiting"], "another store's reservations stay hidden")

    def test_no_room_under_maintenance_by_any_step(self):
        """Room 802 under maintenance takes nobody: not by a room change
        (which used to overwrite its status), not from the board."""
        guest = self._in_house()
        self.room_802.action_set_maintenance()
        with self.assertRaisesRegex(UserError, "under maintenance"):
            guest._change_room(self.room_802, self._today(), "Noise")
        self.assertEqual(guest.allocation_ids.room_id, self.room_801)
        self.assertEqual(self.room_802.status, "maintenance")
        waiting = self._stay(due_date=self.today)
        waiting.action_reserve()
        with self.assertRaisesRegex(UserError, "under maintenance"):
            waiting.with_user(self.front_desk).action_board_allocate(self.room_802.id)
        self.assertFalse(waiting.allocation_ids)

    def _block(self, room, start, end, user=None, **vals):
        Allocation = self.env["postpartum.stay.room"]
        if user:
            Allocation = Allocation.with_user(user)
        return Allocation.create(
            {
                "room_id": room.id,
                "block_type": "maintenance",
                "block_reason": "Air conditioning",
                "date_start": start,
                "date_end": end,
                **vals,
            }
        )

    def test_blocks_and_stays_respect_each_other(self):
        today = self._today()
        block = self._block(self.room_801, today + timedelta(days=40), today + timedelta(days=45))
        self.assertEqual(block.company_id, self.store)
        # a reservation over the block is refused, the block named
        waiting = self._stay(due_date=today + timedelta(days=30))
        waiting.action_reserve()
        with self.assertRaisesRegex(ValidationError, r"801 is blocked \(Maintenance\)"):
            waiting.with_user(self.front_desk).action_board_allocate(self.room_801.id)
        self.assertFalse(waiting.allocation_ids)
        # a block over a guest's stay is refused, naming the stay
        guest = self._in_house()
        with self.assertRaisesRegex(ValidationError, guest.name):
            self._block(self.room_801, today + timedelta(days=2), today + timedelta(days=3))
        # neither a stay nor a block: refused with the room named
        with self.assertRaisesRegex(ValidationError, "either a stay's or a block"):
            self.env["postpartum.stay.room"].create(
                {"room_id": self.room_802.id, "date_start": today, "date_end": today}
            )

    def test_a_block_on_the_board_is_no_guest(self):
        today = self._today()
        self._block(self.room_601, today + timedelta(days=1), today + timedelta(days=3))
        board = self._board(days=14)
        cells = self._row(board, "601")["cells"]
        self.assertEqual([c["kind"] for c in cells], ["free", "block"] + ["free"] * 10)
        self.assertEqual(cells[1]["span"], 3)
        self.assertEqual(cells[1]["block_label"], "Maintenance")
        self.assertEqual(cells[1]["reason"], "Air conditioning")
        self.assertEqual(board["free"][1:4], [2, 2, 2])
        self.assertEqual(board["free"][0], 3)
        # not free for a search, not a guest in the room, no occupancy
        Room = self.env["postpartum.room"]
        free = Room._free_rooms(self.store, today + timedelta(days=2), today + timedelta(days=2))
        self.assertNotIn(self.room_601, free)
        self.room_601.invalidate_recordset()
        self.assertFalse(self.room_601.current_stay_id)
        report = self.env["postpartum.stay.report"].search(
            [("room_id", "=", self.room_601.id), ("day", "=", today + timedelta(days=2))]
        )
        self.assertEqual(report.occupied_nights, 0)

    def test_who_may_block(self):
        today = self._today()
        self._block(self.room_601, today, today, user=self.front_desk)
        with self.assertRaises(AccessError):
            self._block(self.room_801, today, today, user=self.kitchen)
        other = self.env["postpartum.stay.room"].with_user(self.other_front_desk)
        self.assertFalse(
            other.with_context(allowed_company_ids=[self.other_store.id]).search(
                [("block_type", "!=", False)]
            )
        )


@tagged("post_install", "-at_install")
class TestRoomHolds(StayCase):
    """A reservation not signed yet holds its room for the store's hold period
    (保留); then the room is freed and the consultant told."""

    def _today(self):
        return fields.Date.context_today(self.env["postpartum.stay.room"])

    def test_unsigned_reservation_holds_its_room_until_signed(self):
        self.store.room_hold_days = 3
        stay = self._stay(user=self.front_desk)
        stay.with_user(self.front_desk).action_board_allocate(self.room_801.id)
        self.assertEqual(stay.allocation_ids.hold_until, self._today() + timedelta(days=3))
        bar = next(
            row
            for row in self.env["postpartum.room"].get_room_board(stay.date_start, 14)["rooms"]
            if row["name"] == "801"
        )["cells"][0]
        self.assertEqual(bar["state"], "holding")
        self.assertEqual(
            bar["hold_until"], fields.Date.to_string(self._today() + timedelta(days=3))
        )
        stay.action_reserve()
        self.assertFalse(stay.allocation_ids.hold_until, "signed: the room is hers")

    def test_expired_hold_frees_the_room_and_tells_the_consultant(self):
        self.front_desk.lang = "zh_CN"
        self.env["res.lang"]._activate_lang("zh_CN")
        stay = self._stay(user_id=self.front_desk.id)
        stay._allocate(self.room_801)
        allocation = stay.allocation_ids
        self.assertEqual(self.room_801.status, "reserved")
        Allocation = self.env["postpartum.stay.room"]
        self.assertFalse(Allocation._cron_release_holds(), "not expired yet")
        # the hold ended yesterday (written as the database would have it)
        self.env.cr.execute(
            "UPDATE postpartum_stay_room SET hold_until = %s WHERE id = %s",
            [self._today() - timedelta(days=1), allocation.id],
        )
        Allocation.invalidate_model()
        self.assertEqual(Allocation._cron_release_holds(), allocation)
        self.assertFalse(stay.allocation_ids)
        self.assertEqual(self.room_801.status, "available")
        activity = stay.activity_ids.filtered(lambda a: "801" in (a.summary or ""))
        self.assertEqual(activity.user_id, self.front_desk)
        self.assertIn("保留", activity.summary)

    def test_no_hold_for_a_signed_stay_nor_when_the_store_holds_until_signed(self):
        stay = self._stay()
        stay.action_reserve()
        stay._allocate(self.room_801)
        self.assertFalse(stay.allocation_ids.hold_until)
        self.store.room_hold_days = 0
        draft = self._stay(due_date=self.today + timedelta(days=90))
        draft._allocate(self.room_802)
        self.assertFalse(draft.allocation_ids.hold_until)

    def test_bad_holds_are_refused(self):
        stay = self._stay()
        stay._allocate(self.room_801)
        allocation = stay.allocation_ids
        before = allocation.hold_until
        with self.assertRaisesRegex(ValidationError, "cannot end in the past"):
            allocation.hold_until = self._today() - timedelta(days=1)
        allocation.invalidate_recordset()
        self.assertEqual(allocation.hold_until, before)
        with self.assertRaisesRegex(ValidationError, "cannot be negative"):
            self.store.room_hold_days = -1

    def test_expired_hold_leaves_a_room_gone_under_maintenance_so(self):
        stay = self._stay()
        stay._allocate(self.room_801)
        self.room_801.action_set_maintenance()
        self.env.cr.execute(
            "UPDATE postpartum_stay_room SET hold_until = %s WHERE stay_id = %s",
            [fields.Date.context_today(self.env.user) - timedelta(days=1), stay.id],
        )
        self.env["postpartum.stay.room"].invalidate_model()
        self.env["postpartum.stay.room"]._cron_release_holds()
        self.assertFalse(stay.allocation_ids)
        self.assertEqual(self.room_801.status, "maintenance")


@tagged("post_install", "-at_install")
class TestRoomBoardReaders(StayCase):
    def test_readers_of_the_board_are_told_who_allocates(self):
        Room = self.env["postpartum.room"].with_company(self.store)
        self.assertTrue(Room.with_user(self.front_desk).get_room_board(None, 14)["can_edit"])
        self.assertTrue(Room.with_user(self.butler).get_room_board(None, 14)["can_edit"])
        # a consultant is a front desk too; the nurse reads the board only
        self.assertTrue(Room.with_user(self.consultant_a).get_room_board(None, 14)["can_edit"])
        nurse = Room.with_user(self.nurse_a).get_room_board(None, 14)
        self.assertFalse(nurse["can_edit"])
        self.assertEqual(len(nurse["rooms"]), 3, "the nurse reads the board")
