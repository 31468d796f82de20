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

    def _room_plans(self, limit=5, taken=None):
        """The best room plans of this reservation, best first: one room for the
        whole stay where one is free, else plans with one room change (the
        fewest changes), ranked by the package's room type, the features
        asked, and the free days around the stay that cover an earlier or later
        birth. Each plan: {rooms: [(room, first day, last day)], score,
        reasons}. ``taken``: {room id: days} planned for other reservations
        but not allocated yet (the planning of a period). Two searches,
        whatever the number of rooms."""
        self.ensure_one()
        if not (self.date_start and self.date_end):
            raise UserError(self.env._("Set the check-in date of %(stay)s first.", stay=self.name))
        margin = 0 if self.birth_date else PLAN_UNCERTAINTY_DAYS
        rooms = self.env["postpartum.room"].search(
            [("company_id", "=", self.company_id.id), ("status", "!=", "maintenance")]
        )
        busy = self._plan_busy_days(rooms, margin)
        for room_id, days_taken in (taken or {}).items():
            if room_id in busy:
                busy[room_id] |= days_taken
        days = [
            self.date_start + timedelta(days=n)
            for n in range((self.date_end - self.date_start).days + 1)
        ]
        prefix, suffix = {}, {}
        for room in rooms:
            prefix[room.id] = next(
                (n for n, day in enumerate(days) if day in busy[room.id]), len(days)
            )
            suffix[room.id] = next(
                (n for n, day in enumerate(reversed(days)) if day in busy[room.id]), len(days)
            )
        plans = [
            self._plan([(room, self.date_start, self.date_end)], busy, margin)
            for room in rooms
            if prefix[room.id] == len(days)
        ]
        # one change (the first room as long as it is free, the second to the
        # end) where no room of the right kind takes the whole stay
        if not any(plan["score"] > 0 for plan in plans):
            for first in rooms.filtered(lambda r: 0 < prefix[r.id] < len(days)):
                change = self.date_start + timedelta(days=prefix[first.id])
                for second in rooms.filtered(lambda r: 0 < suffix[r.id] < len(days)):
                    if second != first and len(days) - suffix[second.id] <= prefix[first.id]:
                        parts = [
                            (first, self.date_start, change - timedelta(days=1)),
                            (second, change, self.date_end),
                        ]
                        plans.append(self._plan(parts, busy, margin))
        plans.sort(key=lambda plan: (-plan["score"], [part[0].name for part in plan["rooms"]]))
        return plans[:limit]

    def _plan_busy_days(self, rooms, margin):
        """{room id: days taken} around the stay (``margin`` days each side)."""
        first = self.date_start - timedelta(days=margin)
        last = self.date_end + timedelta(days=margin)
        busy = {room.id: set() for room in rooms}
        for allocation in self.env["postpartum.stay.room"].search(
            [
                ("room_id", "in", rooms.ids),
                ("stay_id", "!=", self.id),
                ("date_start", "<=", last),
                ("date_end", ">=", first),
            ]
        ):
            day = max(allocation.date_start, first)
            while day <= min(allocation.date_end, last):
                busy[allocation.room_id.id].add(day)
                day += timedelta(days=1)
        return busy

    def _plan(self, parts, busy, margin):
        """A plan of ``parts`` [(room, first, last)], scored with its reasons."""
        reasons, score = [], 0
        if len(parts) == 1:
            reasons.append(self.env._("one room for the whole stay"))
        else:
            score += SCORE_CHANGE
            reasons.append(
                self.env._("one room change, on %(date)s", date=fields.Date.to_string(parts[1][1]))
            )
        room_scores = [self._plan_room_score(part[0]) for part in parts]
        score += sum(points for points, _reasons in room_scores) / len(parts)
        for _points, room_reasons in room_scores:
            reasons.extend(r for r in room_reasons if r not in reasons)
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
        score += SCORE_MARGIN_DAY * (before + after)
        if margin and before + after:
            reasons.append(
                self.env._(
                    "free %(before)s days before and %(after)s after, for an earlier or later "
                    "birth",
                    before=before,
                    after=after,
                )
            )
        return {"rooms": parts, "score": score, "reasons": reasons}

    def _plan_room_score(self, room):
        score, reasons = 0, []
        if self.room_type_id and room.room_type_id == self.room_type_id:
            score += SCORE_TYPE
            reasons.append(self.env._("the package's room type"))
        elif self.room_type_id:
            score += SCORE_OTHER_TYPE
            reasons.append(self.env._("another room type (%(type)s)", type=room.room_type_id.name))
        wanted = self.requested_feature_ids
        has = wanted & room.feature_ids
        score += SCORE_FEATURE * len(has)
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
        return score, reasons

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
        for stay in self.sorted(lambda s: (s.date_start, s.id)):
            plans = stay._room_plans(limit=1, taken=taken)
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
