"""Benchmark: room availability search, the month occupancy report and the room board.

Generates, inside one transaction that is rolled back at the end, 5 stores
with 100 rooms each (500 rooms) and three years of stays (a 28-day stay and a
few free days after it, room after room: about 16,000 stays and their room
allocations), then prints the median time of:

- an availability search (postpartum.room._free_rooms) for a 28-day period
  of one store and room type;
- the month occupancy report (read_group of postpartum.stay.report over one
  month, by store and room type), as the pivot view asks it;
- the room board of one store over 90 days (postpartum.room.get_room_board,
  what the 房态图 asks when it opens);
- the room planning of one reservation and of 60 reservations waiting for a
  room in the next two months (智能排房).

Targets: search under 50 ms, report under 1 s, board and planning under 300 ms.
The database must have
postpartum_stay installed, for example the one `POSTPARTUM_KEEP_DB=1 make test`
keeps:

    PYTHONPATH=$ODOO_HOME .venv/bin/python bench/bench_stay.py \\
        -c .data/odoo-test.conf -d postpartum_test
"""

import argparse
import random
import statistics
import time
from datetime import date, timedelta

import odoo
from odoo import SUPERUSER_ID, api

STORES = 5
ROOMS_PER_STORE = 100
YEARS = 3
RUNS = 9


def generate(env):
    cr = env.cr
    rnd = random.Random(42)  # noqa: S311 -- test data, not secrets
    room_types = env["postpartum.room.type"].search([])
    package = env["product.product"].create(
        {
            "name": "Bench package",
            "is_stay_package": True,
            "package_room_type_id": room_types[0].id,
            "package_days": 28,
            "type": "service",
        }
    )
    partner = env["res.partner"].create({"name": "Bench mother", "is_mother": True})
    companies = env["res.company"].create([{"name": f"Bench store {n}"} for n in range(STORES)])
    env.flush_all()
    start = date.today() - timedelta(days=365 * YEARS // 2)
    end = start + timedelta(days=365 * YEARS)
    stays = 0
    for company in companies:
        cr.execute(
            """INSERT INTO postpartum_room (name, company_id, room_type_id, floor, status, active)
               SELECT 'R' || n, %s, (%s::int[])[1 + n %% %s], 1 + n / 20, 'available', true
                 FROM generate_series(0, %s) n RETURNING id, room_type_id""",
            [company.id, room_types.ids, len(room_types), ROOMS_PER_STORE - 1],
        )
        rooms = cr.fetchall()
        rows = []
        for room_id, room_type_id in rooms:
            day = start + timedelta(days=rnd.randint(0, 20))
            while day < end:
                length = 28 if rnd.random() < 0.8 else 42
                rows.append((room_id, room_type_id, day, day + timedelta(days=length - 1)))
                day += timedelta(days=length + rnd.randint(1, 60))
        cr.execute(
            """INSERT INTO postpartum_stay
                   (name, partner_id, company_id, package_id, room_type_id, package_days,
                    extension_days, state, date_start, date_end, room_id)
               SELECT 'B', %s, %s, %s, r.type, r.days, 0, 'checked_out', r.ds, r.de, r.room
                 FROM unnest(%s::int[], %s::int[], %s::date[], %s::date[])
                      AS r(room, type, ds, de),
                      LATERAL (SELECT (r.de - r.ds + 1) AS days) d
               RETURNING id""".replace("r.days", "d.days"),
            [
                partner.id,
                company.id,
                package.id,
                [r[0] for r in rows],
                [r[1] for r in rows],
                [r[2] for r in rows],
                [r[3] for r in rows],
            ],
        )
        stay_ids = [r[0] for r in cr.fetchall()]
        cr.execute(
            """INSERT INTO postpartum_stay_room
                   (stay_id, room_id, company_id, room_type_id, partner_id, date_start, date_end)
               SELECT s, r, %s, t, %s, ds, de
                 FROM unnest(%s::int[], %s::int[], %s::int[], %s::date[], %s::date[])
                      AS x(s, r, t, ds, de)""",
            [
                company.id,
                partner.id,
                stay_ids,
                [r[0] for r in rows],
                [r[1] for r in rows],
                [r[2] for r in rows],
                [r[3] for r in rows],
            ],
        )
        stays += len(rows)
    cr.execute("ANALYZE postpartum_room; ANALYZE postpartum_stay; ANALYZE postpartum_stay_room")
    return companies, room_types, stays


def timed(func):
    timings = []
    for _i in range(RUNS):
        start = time.perf_counter()
        result = func()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings), result


def bench_board_and_planning(env, company, room_types):
    """The room board of ``company`` over 90 days, then the room planning of one
    and of 60 reservations waiting for a room in the next two months."""
    Room = env["postpartum.room"]
    board_env = env(context=dict(env.context, allowed_company_ids=[company.id]))
    BoardRoom = board_env["postpartum.room"]

    def board():
        board_env.invalidate_all()
        return BoardRoom.get_room_board(None, 90)

    board_ms, board_data = timed(board)
    # 60 reservations of the store waiting for a room in the next 60 days
    waiting_start = date.today() + timedelta(days=7)
    env.cr.execute(
        """INSERT INTO postpartum_stay
               (name, partner_id, company_id, package_id, room_type_id, package_days,
                extension_days, state, date_start, date_end)
           SELECT 'W' || n, p.partner, %s, p.package, %s, 28, 0, 'reserved',
                  %s::date + n, %s::date + n + 27
             FROM generate_series(0, 59) n,
                  (SELECT %s AS partner, %s AS package) p
           RETURNING id""",
        [
            company.id,
            room_types[0].id,
            waiting_start,
            waiting_start,
            Room.search([], limit=1).company_id.partner_id.id,
            env["product.product"].search([("name", "=", "Bench package")], limit=1).id,
        ],
    )
    waiting = board_env["postpartum.stay"].browse([r[0] for r in env.cr.fetchall()])

    def plan_one():
        board_env.invalidate_all()
        return waiting[0]._room_plans()

    def plan_period():
        board_env.invalidate_all()
        return waiting._plan_period()

    plan_ms, one_plans = timed(plan_one)
    period_ms, period_plans = timed(plan_period)
    planned = sum(1 for _stay, plan in period_plans if plan)
    bars = sum(1 for row in board_data["rooms"] for c in row["cells"] if c["kind"] != "free")
    return (
        f"room board (one store, {len(board_data['rooms'])} rooms x 90 days, {bars} bars): "
        f"{board_ms:.1f} ms median of {RUNS}",
        (
            f"room planning of one reservation ({len(one_plans)} plans): "
            f"{plan_ms:.1f} ms median of {RUNS}",
            f"room planning of a period (60 reservations, {planned} planned): "
            f"{period_ms:.1f} ms median of {RUNS}",
        ),
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("-d", "--database", required=True)
    args = parser.parse_args()
    odoo.tools.config.parse_config(["-c", args.config, "-d", args.database])
    registry = odoo.modules.registry.Registry(args.database)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        try:
            companies, room_types, stays = generate(env)
            Room = env["postpartum.room"]
            company = companies[2]
            period_start = date.today() + timedelta(days=30)
            period_end = period_start + timedelta(days=27)

            def search():
                return Room._free_rooms(company, period_start, period_end, room_types[0])

            def search_any():
                return Room._free_rooms(company, period_start, period_end)

            search_ms, free = timed(search)
            search_any_ms, free_any = timed(search_any)
            month = date.today().replace(day=1)
            next_month = (month + timedelta(days=32)).replace(day=1)
            Report = env["postpartum.stay.report"]

            def report():
                env.invalidate_all()
                return Report.read_group(
                    [
                        ("company_id", "in", companies.ids),
                        ("day", ">=", month),
                        ("day", "<", next_month),
                    ],
                    ["occupied_nights:sum", "room_nights:sum", "occupancy:avg"],
                    ["company_id", "room_type_id"],
                    lazy=False,
                )

            report_ms, groups = timed(report)
            board_line, plan_lines = bench_board_and_planning(env, company, room_types)
            occupancy = statistics.mean(g["occupancy"] for g in groups)
            print(f"rooms: {STORES * ROOMS_PER_STORE}, stays: {stays} over {YEARS} years")
            print(
                f"availability search (one store, one type, 28 days): {search_ms:.1f} ms "
                f"median of {RUNS}, {len(free)} free rooms"
            )
            print(
                f"availability search (one store, any type, 28 days): {search_any_ms:.1f} ms "
                f"median of {RUNS}, {len(free_any)} free rooms"
            )
            print(
                f"month occupancy report ({len(groups)} groups, store x room type): "
                f"{report_ms:.1f} ms median of {RUNS}, mean occupancy {occupancy:.1f} %"
            )
            for line in (board_line, *plan_lines):
                print(line)
        finally:
            cr.rollback()


if __name__ == "__main__":
    main()
