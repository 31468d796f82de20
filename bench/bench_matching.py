"""Benchmark: rank the top 10 caregivers for a care request on a big agency.

Generates, inside one transaction that is rolled back at the end, 20,000
member caregivers with skills, and 200,000 past and future home-service orders
(ten per caregiver), then prints the time and the number of SQL queries of one
ranking (postpartum.match.candidate._rank) at 1,000, 5,000 and 20,000
caregivers. The database must have the suite installed, for example the one
`POSTPARTUM_KEEP_DB=1 make test` keeps:

    PYTHONPATH=$ODOO_HOME .venv/bin/python bench/bench_matching.py \\
        -c .data/odoo-test.conf -d postpartum_test
"""

import argparse
import random
import statistics
import time
from datetime import date, timedelta

import odoo
from odoo import SUPERUSER_ID, api

SIZES = (1000, 5000, 20000)
ORDERS_PER_CAREGIVER = 10
RUNS = 7


def generate(env, company, level_ids, skill_ids, skill_level_ids, partner_id, count, offset):
    """Insert ``count`` caregivers (from number ``offset``) and their orders with SQL."""
    cr = env.cr
    rnd = random.Random(offset)  # noqa: S311 -- test data, not secrets
    cr.execute(
        """INSERT INTO resource_resource
               (name, resource_type, time_efficiency, tz, active, company_id)
           SELECT 'Bench caregiver ' || n, 'user', 100, 'Asia/Shanghai', true, %s
             FROM generate_series(%s, %s) n RETURNING id""",
        [company.id, offset, offset + count - 1],
    )
    resource_ids = [r[0] for r in cr.fetchall()]
    today = date.today()
    rows = []
    for resource_id in resource_ids:
        rows.append(
            (
                resource_id,
                company.id,
                rnd.choice(level_ids),
                round(rnd.uniform(0, 20), 1),
                31.0 + rnd.random() * 0.5,
                121.2 + rnd.random() * 0.6,
                today + timedelta(days=rnd.randint(-30, 900)),
                today + timedelta(days=rnd.randint(-30, 400)),
                round(rnd.uniform(3, 5), 2),
                rnd.randint(0, 40),
                round(rnd.uniform(50, 100), 1),
            )
        )
    cr.execute(
        """INSERT INTO hr_employee (resource_id, company_id, caregiver_level_id, experience_years,
               home_latitude, home_longitude, certificate_valid_until, health_check_valid_until,
               rating_average, rating_count, last_assessment_score, employee_type, marital,
               distance_home_work_unit, active, is_caregiver, caregiver_state)
           SELECT r.*, 'employee', 'single', 'kilometers', true, true, 'member'
             FROM unnest(%s::int[], %s::int[], %s::int[], %s::float[], %s::float[], %s::float[],
                         %s::date[], %s::date[], %s::float[], %s::int[], %s::float[])
                  AS r(resource_id, company_id, level, exp, lat, lon, cert, health, rating,
                       rating_count, assessment)
        RETURNING id""",
        [list(col) for col in zip(*rows, strict=True)],
    )
    employee_ids = [r[0] for r in cr.fetchall()]
    # 2 to 4 skills each
    skill_rows = []
    for employee_id in employee_ids:
        for skill_id in rnd.sample(skill_ids, rnd.randint(2, 4)):
            skill_rows.append((employee_id, skill_id, rnd.choice(skill_level_ids)))
    cr.execute(
        """INSERT INTO hr_employee_skill (employee_id, skill_id, skill_level_id, skill_type_id)
           SELECT e, s, l, %s FROM unnest(%s::int[], %s::int[], %s::int[]) AS t(e, s, l)""",
        [
            env.ref("postpartum_caregiver.skill_type_caregiver").id,
            *[list(col) for col in zip(*skill_rows, strict=True)],
        ],
    )
    # ten consecutive 26-day orders each, from two years ago to the coming months
    order_rows = []
    for employee_id in employee_ids:
        day = today - timedelta(days=730 + rnd.randint(0, 60))
        for _i in range(ORDERS_PER_CAREGIVER):
            day += timedelta(days=rnd.randint(20, 70))
            order_rows.append((employee_id, day, day + timedelta(days=25)))
            day += timedelta(days=26)
    cr.execute(
        """INSERT INTO postpartum_service_order (employee_id, date_start, date_end, company_id,
               customer_id, state, blocks_calendar, name)
           SELECT e, s, t, %s, %s, CASE WHEN t < now() THEN 'done' ELSE 'confirmed' END, true,
                  'BENCH'
             FROM unnest(%s::int[], %s::date[], %s::date[]) AS o(e, s, t)""",
        [company.id, partner_id, *[list(col) for col in zip(*order_rows, strict=True)]],
    )
    return len(employee_ids), len(order_rows)


def measure(env, request):
    Candidate = env["postpartum.match.candidate"]
    timings, queries = [], []
    for _i in range(RUNS):
        env.invalidate_all()
        start_queries = env.cr.sql_log_count
        start = time.perf_counter()
        values = Candidate._rank(request)
        timings.append((time.perf_counter() - start) * 1000)
        queries.append(env.cr.sql_log_count - start_queries)
    return statistics.median(timings), max(queries), values


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
            company = env["res.company"].create({"name": "Bench agency"})
            levels = env["postpartum.caregiver.level"].search([])
            skills = env.ref("postpartum_caregiver.skill_type_caregiver").skill_ids
            skill_levels = env.ref("postpartum_caregiver.skill_type_caregiver").skill_level_ids
            mother = env["res.partner"].create(
                {"name": "Bench family", "is_mother": True, "company_id": company.id}
            )
            request = env["postpartum.care.request"].create(
                {
                    "customer_id": mother.id,
                    "company_id": company.id,
                    "date_start": date.today() + timedelta(days=40),
                    "date_end": date.today() + timedelta(days=65),
                    "latitude": 31.23,
                    "longitude": 121.47,
                    "required_skill_ids": [(6, 0, skills[:2].ids)],
                    "language_ids": [(6, 0, env.ref("postpartum_caregiver.tag_mandarin").ids)],
                }
            )
            env.flush_all()
            done, orders = 0, 0
            print(f"{'caregivers':>10} {'orders':>9} {'median ms':>10} {'queries':>8}  best")
            for size in SIZES:
                added, added_orders = generate(
                    env,
                    company,
                    levels.ids,
                    skills.ids,
                    skill_levels.ids,
                    mother.id,
                    size - done,
                    done,
                )
                done += added
                orders += added_orders
                cr.execute(
                    "ANALYZE hr_employee; ANALYZE hr_employee_skill; "
                    "ANALYZE postpartum_service_order"
                )
                ms, queries, values = measure(env, request)
                best = values[0]["score"] if values else 0
                print(f"{done:>10} {orders:>9} {ms:>10.1f} {queries:>8}  {best:.1f}")
        finally:
            cr.rollback()


if __name__ == "__main__":
    main()
