from datetime import timedelta

from odoo import fields, models
from odoo.exceptions import UserError

# a reservation whose baby is not born yet may arrive this many days before or
# after its expected check-in: a room free around the stay covers it
PLAN_UNCERTAINTY_DAYS = 3
SCORE_TYPE = 50
SCORE_OTHER_TYPE = -30
SCORE_FEATURE = 10
SCORE_MARGIN_DAY = 3
SCORE_CHANGE = -40


class PostpartumStay(models.Model):
    """Smart room planning (智能排房) for one reservation."""

    _inherit = "postpartum.stay"

    requested_feature_ids = fields.Many2many(
        "postpartum.room.feature",
        "postpartum_stay_requested_feature_rel",
        string="Requested Features",
        help="What the family asked for (south-facing, bathtub...): the room planning "
        "prefers the rooms that have them.",
    )

    def _room_plans(self, limit=5, taken=None, rooms_busy=None):
        """The best room plans of this reservation, best first: one room for the
        whole stay where one is free, else plans with one room change (the
        fewest changes), ranked by the package's room type, the features
        asked, and the free days around the stay that cover an earlier or later
        birth. Each plan: {rooms: [(room, first day, last day)], score,
        reasons}. ``taken``: {room id: days} planned for other reservations
        but not allocated yet (the planning of a period); ``rooms_busy``: the
        store's rooms and their days taken, read once for a whole period. Two
        searches otherwise, whatever the number of rooms; only the plans
        returned are explained."""
        self.ensure_one()
        if not (self.date_start and self.date_end):
            raise UserError(self.env._("Set the check-in date of %(stay)s first.", stay=self.name))
        margin = 0 if self.birth_date else PLAN_UNCERTAINTY_DAYS
        rooms, busy = rooms_busy or self._plan_rooms_busy(margin)
        busy = {room_id: set(days) for room_id, days in busy.items()}
        for room_id, days_taken in (taken or {}).items():
            if room_id in busy:
                busy[room_id] |= days_taken
        days = [
            self.date_start + timedelta(days=n)
            for n in range((self.date_end - self.date_start).days + 1)
        ]
        prefix, suffix = {}, {}
        for room in rooms:
            taken_days = busy[room.id]
            prefix[room.id] = next(
                (n for n, day in enumerate(days) if day in taken_days), len(days)
            )
            suffix[room.id] = next(
                (n for n, day in enumerate(reversed(days)) if day in taken_days), len(days)
            )
        # each room's points and free days around the stay, computed once: a
        # plan's score is then arithmetic (a period plans dozens of stays)
        points = {room.id: self._plan_room_points(room) for room in rooms}
        before = {
            room.id: sum(
                1
                for n in range(1, margin + 1)
                if self.date_start - timedelta(days=n) not in busy[room.id]
            )
            for room in rooms
        }
        after = {
            room.id: sum(
                1
                for n in range(1, margin + 1)
                if self.date_end + timedelta(days=n) not in busy[room.id]
            )
            for room in rooms
        }
        scored = [
            (
                points[room.id] + SCORE_MARGIN_DAY * (before[room.id] + after[room.id]),
                [(room, self.date_start, self.date_end)],
            )
            for room in rooms
            if prefix[room.id] == len(days)
        ]
        # one change (the first room as long as it is free, the second to the
        # end) where no room of the right kind takes the whole stay
        if not any(score > 0 for score, _parts in scored):
            firsts = [room for room in rooms if 0 < prefix[room.id] < len(days)]
            seconds = [room for room in rooms if 0 < suffix[room.id] < len(days)]
            for first in firsts:
                change = self.date_start + timedelta(days=prefix[first.id])
                for second in seconds:
                    if second != first and len(days) - suffix[second.id] <= prefix[first.id]:
                        score = (
                            SCORE_CHANGE
                            + (points[first.id] + points[second.id]) / 2
                            + SCORE_MARGIN_DAY * (before[first.id] + after[second.id])
                        )
                        parts = [
                            (first, self.date_start, change - timedelta(days=1)),
                            (second, change, self.date_end),
                        ]
                        scored.append((score, parts))
        scored.sort(key=lambda pair: (-pair[0], [part[0].name for part in pair[1]]))
        return [self._plan(parts, busy, margin) for _score, parts in scored[:limit]]

    def _plan_rooms_busy(self, margin, stays=None):
        """The store's rooms (not under maintenance) and {room id: days taken}
        around ``stays`` (this reservation by default), ``margin`` days each
        side: two searches."""
        stays = stays or self
        rooms = self.env["postpartum.room"].search(
            [("company_id", "=", self[:1].company_id.id), ("status", "!=", "maintenance")]
        )
        first = min(stays.mapped("date_start")) - timedelta(days=margin)
        last = max(stays.mapped("date_end")) + timedelta(days=margin)
        busy = {room.id: set() for room in rooms}
        for allocation in self.env["postpartum.stay.room"].search(
            [
                ("room_id", "in", rooms.ids),
                ("stay_id", "not in", stays.ids),
                ("date_start", "<=", last),
                ("date_end", ">=", first),
            ]
        ):
            day = max(allocation.date_start, first)
            while day <= min(allocation.date_end, last):
                busy[allocation.room_id.id].add(day)
                day += timedelta(days=1)
        return rooms, busy

    def _plan_score(self, parts, busy, margin):
        """The score of the plan ``parts`` (see :meth:`_plan` for its reasons)."""
        score = SCORE_CHANGE if len(parts) > 1 else 0
        score += sum(self._plan_room_points(part[0]) for part in parts) / len(parts)
        before, after = self._plan_margin(parts, busy, margin)
        return score + SCORE_MARGIN_DAY * (before + after)

    def _plan_margin(self, parts, busy, margin):
        """Free days before the first room's stay and after the last one's."""
        before = sum(
            1
            for n in range(1, margin + 1)
            if self.date_start - timedelta(days=n) not in busy[parts[0][0].id]
        )
        after = sum(
            1
            for n in range(1, margin + 1)
            if self.date_end + timedelta(days=n) not in busy[parts[-1][0].id]
        )
        return before, after

    def _plan_room_points(self, room):
        points = 0
        if self.room_type_id:
            points += SCORE_TYPE if room.room_type_id == self.room_type_id else SCORE_OTHER_TYPE
        if self.requested_feature_ids:
            points += SCORE_FEATURE * len(self.requested_feature_ids & room.feature_ids)
        return points

    def _plan(self, parts, busy, margin):
        """A plan of ``parts`` [(room, first, last)], scored, with its reasons."""
        reasons = []
        if len(parts) == 1:
            reasons.append(self.env._("one room for the whole stay"))
        else:
            reasons.append(
                self.env._("one room change, on %(date)s", date=fields.Date.to_string(parts[1][1]))
            )
        for part in parts:
            reasons.extend(r for r in self._plan_room_reasons(part[0]) if r not in reasons)
        before, after = self._plan_margin(parts, busy, margin)
        if margin and before + after:
            reasons.append(
                self.env._(
                    "free %(before)s days before and %(after)s after, for an earlier or later "
                    "birth",
                    before=before,
                    after=after,
                )
            )
        return {"rooms": parts, "score": self._plan_score(parts, busy, margin), "reasons": reasons}

    def _plan_room_reasons(self, room):
        reasons = []
        if self.room_type_id and room.room_type_id == self.room_type_id:
            reasons.append(self.env._("the package's room type"))
        elif self.room_type_id:
            reasons.append(self.env._("another room type (%(type)s)", type=room.room_type_id.name))
        wanted = self.requested_feature_ids
        has = wanted & room.feature_ids
        if has:
            reasons.append(
                self.env._("asked for: %(features)s", features=", ".join(has.mapped("name")))
            )
        if wanted - has:
            reasons.append(
                self.env._(
                    "without: %(features)s", features=", ".join((wanted - has).mapped("name"))
                )
            )
        return reasons

    def _allocate_plan(self, parts, reason=None):
        """Allocate the rooms of a plan (``parts``: [(room, first, last)]) to
        this reservation, with the checks of an allocation (the database
        refuses a room taken meanwhile, naming who holds it)."""
        self.ensure_one()
        self._workflow_require("draft", "reserved")
        if self.allocation_ids:
            raise UserError(
                self.env._("%(stay)s already has a room: use Change Room.", stay=self.display_name)
            )
        if len(parts) == 1:
            return self._allocate(parts[0][0])
        Allocation = self.env["postpartum.stay.room"]
        allocations = Allocation
        for room, first, last in parts:
            allocations |= Allocation.create(
                {
                    "stay_id": self.id,
                    "room_id": room.id,
                    "date_start": first,
                    "date_end": last,
                    "change_reason": reason if allocations else False,
                    "hold_until": self._hold_until(),
                }
            )
            if room.status == "available":
                room.status = "reserved"
        return allocations

    def _plan_period(self):
        """Plan the reservations of ``self`` (waiting for a room) one after the
        other, by check-in date: each takes its best plan among the rooms the
        ones before left. Returns [(stay, plan or None)]."""
        taken = {}
        result = []
        if not self:
            return result
        # the rooms and their days read once for the period (the margin of a
        # reservation not born yet covers every stay's)
        rooms_busy = self[0]._plan_rooms_busy(PLAN_UNCERTAINTY_DAYS, stays=self)
        for stay in self.sorted(lambda s: (s.date_start, s.id)):
            plans = stay._room_plans(limit=1, taken=taken, rooms_busy=rooms_busy)
            plan = plans[0] if plans else None
            if plan:
                for room, first, last in plan["rooms"]:
                    days = taken.setdefault(room.id, set())
                    day = first
                    while day <= last:
                        days.add(day)
                        day += timedelta(days=1)
            result.append((stay, plan))
        return result
