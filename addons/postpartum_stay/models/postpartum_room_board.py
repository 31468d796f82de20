from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import user_has_role
from odoo.exceptions import UserError

BOARD_PERIODS = (14, 30, 60, 90)


class PostpartumRoom(models.Model):
    """The room board (房态图): the rooms of the current store, day by day."""

    _inherit = "postpartum.room"

    @api.model
    def get_room_board(self, date_from=None, days=30, room_type_id=False, floor=False):
        """Rooms × days of the current store from ``date_from`` for ``days``
        days (14, 30, 60 or 90): each room's row as cells, a free cell per day
        without an allocation and a bar per allocation (its stay, mother,
        package and state), the free rooms per day, and the reservations
        waiting for a room in the period. Read with the user's rights; two
        searches, one read of the stays and one grouped read of the store's
        floors and room types (the filters), whatever the number of rooms."""
        days = int(days)
        if days not in BOARD_PERIODS:
            raise UserError(self.env._("The board shows 14, 30, 60 or 90 days."))
        today = fields.Date.context_today(self)
        first = fields.Date.to_date(date_from) if date_from else today
        last = first + timedelta(days=days - 1)
        company = self.env.company
        domain = [("company_id", "=", company.id)]
        if room_type_id:
            domain.append(("room_type_id", "=", int(room_type_id)))
        if floor:
            domain.append(("floor", "=", int(floor)))
        rooms = self.search(domain)
        allocations = self.env["postpartum.stay.room"].search(
            [
                ("room_id", "in", rooms.ids),
                ("date_start", "<=", last),
                ("date_end", ">=", first),
            ],
            order="room_id, date_start",
        )
        stays = allocations.stay_id
        stays.fetch(["name", "state", "partner_id", "package_id", "date_end"])
        labels = dict(self.env["postpartum.stay"]._fields["state"]._description_selection(self.env))
        status_labels = dict(self._fields["status"]._description_selection(self.env))
        block_labels = dict(
            self.env["postpartum.stay.room"]._fields["block_type"]._description_selection(self.env)
        )
        by_room = {}
        for allocation in allocations:
            by_room.setdefault(allocation.room_id.id, []).append(allocation)
        dates = [first + timedelta(days=n) for n in range(days)]
        free = [0] * days
        rows = []
        for room in rooms:
            cells = []
            day = 0
            blocked = room.status == "maintenance"
            for allocation in by_room.get(room.id, []):
                start = max((allocation.date_start - first).days, 0)
                end = min((allocation.date_end - first).days, days - 1)
                start = max(start, day)
                if end < start:
                    continue
                for index in range(day, start):
                    cells.append(self._board_free_cell(dates[index], blocked, today, free, index))
                if allocation.block_type:
                    cells.append(
                        {
                            "kind": "block",
                            "span": end - start + 1,
                            "allocation_id": allocation.id,
                            "block_type": allocation.block_type,
                            "block_label": block_labels[allocation.block_type],
                            "reason": allocation.block_reason or "",
                            "from": fields.Date.to_string(allocation.date_start),
                            "to": fields.Date.to_string(allocation.date_end),
                            "starts_before": allocation.date_start < first,
                            "ends_after": allocation.date_end > last,
                        }
                    )
                    day = end + 1
                    continue
                stay = allocation.stay_id
                cells.append(
                    {
                        "kind": "bar",
                        "span": end - start + 1,
                        "allocation_id": allocation.id,
                        "stay_id": stay.id,
                        "stay": stay.name,
                        "mother": stay.partner_id.name or "",
                        "package": stay.package_id.name or "",
                        "state": self._board_bar_state(stay, today),
                        "state_label": labels.get(stay.state, ""),
                        "from": fields.Date.to_string(allocation.date_start),
                        "to": fields.Date.to_string(allocation.date_end),
                        "starts_before": allocation.date_start < first,
                        "ends_after": allocation.date_end > last,
                        "hold_until": fields.Date.to_string(allocation.hold_until)
                        if allocation.hold_until
                        else False,
                    }
                )
                day = end + 1
            for index in range(day, days):
                cells.append(self._board_free_cell(dates[index], blocked, today, free, index))
            rows.append(
                {
                    "id": room.id,
                    "name": room.name,
                    "floor": room.floor,
                    "room_type": room.room_type_id.name or "",
                    "status": room.status,
                    "status_label": status_labels.get(room.status, ""),
                    "cells": cells,
                }
            )
        waiting = self.env["postpartum.stay"].search(
            [
                ("company_id", "=", company.id),
                ("state", "in", ("draft", "reserved")),
                ("allocation_ids", "=", False),
                ("date_start", "<=", last),
                ("date_end", ">=", first),
            ],
            order="date_start, id",
        )
        store_rooms = self._read_group(
            [("company_id", "=", company.id)], ["floor", "room_type_id"], ["__count"]
        )
        return {
            "store": company.name,
            # who allocates, moves and blocks (the others read the board)
            "can_edit": user_has_role(
                self.env, "postpartum_base.group_front_desk", "postpartum_base.group_butler"
            ),
            "floors": sorted({floor for floor, _type, _count in store_rooms}),
            "room_types": sorted(
                {(room_type.id, room_type.name) for _floor, room_type, _count in store_rooms},
                key=lambda pair: pair[1],
            ),
            "room_type_id": int(room_type_id) if room_type_id else False,
            "floor": int(floor) if floor else False,
            "date_from": fields.Date.to_string(first),
            "date_to": fields.Date.to_string(last),
            "today": fields.Date.to_string(today),
            "days": [
                {
                    "date": fields.Date.to_string(date),
                    "day": date.day,
                    "weekday": date.weekday(),
                    "today": date == today,
                }
                for date in dates
            ],
            "rooms": rows,
            "free": free,
            "waiting": [
                {
                    "id": stay.id,
                    "name": stay.name,
                    "mother": stay.partner_id.name or "",
                    "package": stay.package_id.name or "",
                    "room_type": stay.package_id.package_room_type_id.name or "",
                    "room_type_id": stay.package_id.package_room_type_id.id,
                    "from": fields.Date.to_string(stay.date_start),
                    "to": fields.Date.to_string(stay.date_end),
                }
                for stay in waiting
            ],
        }

    @api.model
    def _board_free_cell(self, date, blocked, today, free, index):
        """A day without an allocation; counted free unless the room is under
        maintenance from today on."""
        unavailable = blocked and date >= today
        if not unavailable:
            free[index] += 1
        return {"kind": "free", "date": fields.Date.to_string(date), "blocked": unavailable}

    @api.model
    def _board_bar_state(self, stay, today):
        if stay.state == "checked_in":
            return "checking_out" if stay.date_end == today else "in_house"
        if stay.state == "checked_out":
            return "left"
        if stay.state == "reserved":
            return "reserved"
        return "holding"
