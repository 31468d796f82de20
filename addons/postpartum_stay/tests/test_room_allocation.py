from datetime import date, timedelta

from odoo import SUPERUSER_ID, api
from odoo.addons.postpartum_base.tests.common import assert_concurrent_insert_refused
from odoo.exceptions import UserError, ValidationError
from odoo.service.model import _as_validation_error
from odoo.tests import Form, tagged

from .common import StayCase


@tagged("post_install", "-at_install")
class TestRoomAllocation(StayCase):
    def test_overlapping_allocation_refused_with_a_clear_message(self):
        first = self._stay()
        first._allocate(self.room_801)
        self.assertEqual(self.room_801.status, "reserved")
        other = self.env["res.partner"].create({"name": "Mother Two", "is_mother": True})
        second = self._stay(partner_id=other.id, due_date=first.due_date + timedelta(days=10))
        with self.assertRaises(ValidationError) as caught:
            second._allocate(self.room_801)
        self.assertIn("801", str(caught.exception))
        self.assertIn("Mother Stay", str(caught.exception))
        self.assertFalse(second.allocation_ids)
        # the day after the first stay ends, the room is free again
        third = self._stay(partner_id=other.id, due_date=first.date_end - timedelta(days=2))
        self.assertEqual(third.date_start, first.date_end + timedelta(days=1))
        third._allocate(self.room_801)
        self.assertEqual(third.room_id, self.room_801)

    def test_availability_search(self):
        start = self.today + timedelta(days=40)
        end = start + timedelta(days=27)
        Room = self.env["postpartum.room"]
        self.assertEqual(
            Room._free_rooms(self.store, start, end), self.room_601 | self.room_801 | self.room_802
        )
        stay = self._stay(due_date=start - timedelta(days=3))
        stay._allocate(self.room_801)
        self.room_802.action_set_maintenance()
        self.assertEqual(Room._free_rooms(self.store, start, end), self.room_601)
        self.assertFalse(Room._free_rooms(self.store, start, end, self.deluxe))
        # a period after the stay ends finds 801 again
        later = end + timedelta(days=1)
        self.assertEqual(
            Room._free_rooms(self.store, later, later + timedelta(days=10), self.deluxe),
            self.room_801,
        )
        wizard = self.env["postpartum.room.availability"].create(
            {
                "company_id": self.store.id,
                "date_start": start,
                "date_end": end,
                "stay_id": self._stay(due_date=start - timedelta(days=3)).id,
            }
        )
        self.assertEqual(wizard.free_count, 1)
        self.assertEqual(wizard.free_room_ids, self.room_601)
        with self.assertRaisesRegex(UserError, "Choose a free room"):
            wizard.action_allocate()
        wizard.room_id = self.room_601
        wizard.action_allocate()
        self.assertEqual(wizard.stay_id.room_id, self.room_601)
        with self.assertRaisesRegex(UserError, "ends after it starts"):
            Room._free_rooms(self.store, end, start)

    def test_availability_search_with_the_end_before_the_start_says_so(self):
        start = self.today + timedelta(days=40)
        form = Form(self.env["postpartum.room.availability"].with_user(self.front_desk))
        form.date_start = start
        form.date_end = start + timedelta(days=10)
        self.assertFalse(form.period_warning)
        self.assertTrue(form.free_count)
        form.date_end = start - timedelta(days=1)
        self.assertIn("before the start", form.period_warning)
        self.assertEqual(form.free_count, 0)
        with self.assertRaisesRegex(ValidationError, "before the start"):
            form.save()

    def test_room_change_keeps_history_and_stays_conflict_free(self):
        stay = self._in_house()
        change_day = self.today + timedelta(days=5)
        blocker = self._stay(
            partner_id=self.env["res.partner"].create({"name": "Blocker", "is_mother": True}).id,
            due_date=self.today + timedelta(days=10),
        )
        blocker._allocate(self.room_802)
        with self.assertRaises(ValidationError):
            stay._change_room(self.room_802, change_day, "Wants a quieter room")
        self.assertEqual(len(stay.allocation_ids), 1)
        stay._change_room(self.room_601, change_day, "Wants a quieter room")
        allocations = stay.allocation_ids.sorted("date_start")
        self.assertEqual(allocations.room_id.mapped("name"), ["801", "601"])
        self.assertEqual(allocations[0].date_end, change_day - timedelta(days=1))
        self.assertEqual(allocations[1].date_start, change_day)
        self.assertEqual(allocations[1].date_end, stay.date_end)
        self.assertEqual(allocations[1].change_reason, "Wants a quieter room")
        self.assertEqual(stay.room_id, self.room_601)
        # 801 is free again from the change day
        self.assertIn(
            self.room_801,
            self.env["postpartum.room"]._free_rooms(self.store, change_day, stay.date_end),
        )

    def test_room_change_outside_the_stay_is_refused(self):
        stay = self._in_house()
        for day in (stay.date_start - timedelta(days=1), stay.date_end + timedelta(days=1)):
            with self.assertRaisesRegex(UserError, "within the stay"):
                stay._change_room(self.room_601, day, "Too late")
        with self.assertRaisesRegex(UserError, "already in room"):
            stay._change_room(self.room_801, stay.date_start, "Same room")
        self.assertEqual(len(stay.allocation_ids), 1)
        self.assertEqual(stay.room_id, self.room_801)

    def test_two_cursors_cannot_both_take_the_room(self):
        """Two front desks confirm overlapping stays in the same room at the
        same moment: PostgreSQL makes the second wait, then refuses it."""
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            company = env.ref("base.main_company")
            room = env["postpartum.room"].create(
                {
                    "name": "Race room",
                    "company_id": company.id,
                    "room_type_id": env.ref("postpartum_stay.room_type_suite").id,
                }
            )
            package = env["product.product"].create(
                {
                    "name": "Race package",
                    "is_stay_package": True,
                    "package_room_type_id": room.room_type_id.id,
                    "type": "service",
                }
            )
            stays = env["postpartum.stay"].create(
                [
                    {
                        "partner_id": env.ref("base.main_partner").id,
                        "company_id": company.id,
                        "package_id": package.id,
                    }
                    for _i in range(2)
                ]
            )
            ids = room.id, stays.ids, package.id

        def cleanup():
            with self.registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                env["postpartum.stay"].browse(ids[1]).unlink()
                env["postpartum.room"].browse(ids[0]).unlink()
                env["product.product"].browse(ids[2]).product_tmpl_id.unlink()

        self.addCleanup(cleanup)
        sql = """INSERT INTO postpartum_stay_room
                     (stay_id, room_id, company_id, date_start, date_end)
                 VALUES (%s, %s, 1, %s, %s)"""
        start = date(2031, 5, 1)
        error = assert_concurrent_insert_refused(
            self,
            sql,
            [ids[1][0], ids[0], start, start + timedelta(days=27)],
            [ids[1][1], ids[0], start + timedelta(days=20), start + timedelta(days=47)],
        )
        self.assertIn("already allocated", str(_as_validation_error(self.env, error)))
