"""Benchmark: 50 simultaneous bookings of one room, and of one caregiver, over
XML-RPC to a server with 4 workers.

It copies a database that has the suite with its demo data (``createdb -T``, so
the source is left as it was), prepares in the copy 50 reserved stays waiting
for the same room over the same days and 50 draft home-service orders of the
same caregiver over the same period, starts ``odoo-bin --workers 4`` on the copy,
fires the 50 "Allocate" (room) then the 50 "Confirm" (caregiver) at once, one
connection each, and prints how many succeeded (exactly one must), the p50 / p95
/ max latency, the messages the others got, and the deadlocks the server logged.
The copy is dropped at the end. Target: p95 under 500 ms, exactly one success.

    POSTPARTUM_KEEP_DB=1 make test      # or make run, for the `postpartum` database
    PYTHONPATH=$ODOO_HOME .venv/bin/python bench/bench_concurrency.py \\
        -c .data/odoo-test.conf -d postpartum_test
"""

import argparse
import collections
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import xmlrpc.client
from datetime import date, timedelta

CLIENTS = 50
WORKERS = 4


def admin_sql(statement):
    """Run a statement outside a transaction on the maintenance database."""
    import psycopg2

    connection = psycopg2.connect(dbname="postgres")
    connection.autocommit = True
    try:
        with connection.cursor() as cr:
            cr.execute(statement)
    finally:
        connection.close()


def prepare(conf, db):
    """Create the competing bookings in ``db`` (committed: the server reads them)."""
    import odoo
    from odoo import SUPERUSER_ID, api

    odoo.tools.config.parse_config(["-c", conf, "-d", db])
    registry = odoo.modules.registry.Registry(db)
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
        store = env.ref("postpartum_base.store_flagship")
        env = env(context=dict(env.context, allowed_company_ids=[store.id]))
        room_type = env["postpartum.room.type"].search([], limit=1)
        room = env["postpartum.room"].create(
            {"name": "BENCH-1", "company_id": store.id, "room_type_id": room_type.id, "floor": 99}
        )
        package = env["product.product"].search([("is_stay_package", "=", True)], limit=1)
        # within the plausibility window of check-ins (ten months ahead)
        start = date.today() + timedelta(days=200)
        wizards = []
        for i in range(CLIENTS):
            mother = env["res.partner"].create(
                {"name": f"Bench mother {i}", "is_mother": True, "company_id": store.id}
            )
            stay = env["postpartum.stay"].create(
                {
                    "partner_id": mother.id,
                    "company_id": store.id,
                    "package_id": package.id,
                    "date_start": start,
                }
            )
            stay.action_reserve()
            wizard = env["postpartum.room.availability"].create(
                {
                    "company_id": store.id,
                    "stay_id": stay.id,
                    "room_id": room.id,
                    "date_start": stay.date_start,
                    "date_end": stay.date_end,
                }
            )
            wizards.append(wizard.id)
        # a caregiver free and qualified for ten days after her last order
        caregiver = order_start = None
        Order = env["postpartum.service.order"]
        for employee in env["hr.employee"].search(
            [("is_caregiver", "=", True), ("caregiver_state", "=", "member")]
        ):
            last = Order.search([("employee_id", "=", employee.id)], order="date_end desc", limit=1)
            first_day = max(date.today(), last.date_end or date.today()) + timedelta(days=1)
            if not employee._assignment_problems(first_day, first_day + timedelta(days=9)):
                caregiver, order_start = employee, first_day
                break
        orders = []
        for i in range(CLIENTS):
            mother = env["res.partner"].create(
                {
                    "name": f"Bench family {i}",
                    "is_mother": True,
                    "company_id": caregiver.company_id.id,
                }
            )
            order = env["postpartum.service.order"].create(
                {
                    "customer_id": mother.id,
                    "company_id": caregiver.company_id.id,
                    "employee_id": caregiver.id,
                    "date_start": order_start,
                    "date_end": order_start + timedelta(days=9),
                }
            )
            orders.append(order.id)
        cr.commit()
        return store.id, caregiver.company_id.id, wizards, orders


def fire(url, db, model, method, ids, company_id):
    """One thread per record, released together; returns (latencies, outcomes)."""
    barrier = threading.Barrier(len(ids))
    results = [None] * len(ids)

    def call(index, record_id):
        proxy = xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/object", allow_none=True)
        barrier.wait()
        began = time.perf_counter()
        try:
            proxy.execute_kw(
                db,
                2,
                "admin",
                model,
                method,
                [[record_id]],
                {"context": {"allowed_company_ids": [company_id], "lang": "en_US"}},
            )
            outcome = "success"
        except xmlrpc.client.Fault as fault:
            outcome = fault.faultString.strip().splitlines()[-1][:120]
            if "cannot marshal None" in outcome:  # the step ran and returned nothing
                outcome = "success"
        results[index] = (time.perf_counter() - began, outcome)

    threads = [threading.Thread(target=call, args=(i, rid)) for i, rid in enumerate(ids)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def fire_web(url, db, model, method, ids, company_id):
    """As the web client calls: each thread logs in first (its session), then
    all call ``/web/dataset/call_kw`` together; returns (latencies, outcomes).
    No password is checked during the burst (XML-RPC hashes it on every call)."""
    import json
    import urllib.request
    from http.cookiejar import CookieJar

    barrier = threading.Barrier(len(ids))
    results = [None] * len(ids)

    def post(opener, path, params):
        request = urllib.request.Request(  # noqa: S310 -- http on loopback
            f"{url}{path}",
            data=json.dumps({"jsonrpc": "2.0", "method": "call", "params": params}).encode(),
            headers={"Content-Type": "application/json"},
        )
        return json.loads(opener.open(request, timeout=120).read())

    def call(index, record_id):
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        post(opener, "/web/session/authenticate", {"db": db, "login": "admin", "password": "admin"})
        barrier.wait()
        began = time.perf_counter()
        answer = post(
            opener,
            f"/web/dataset/call_kw/{model}/{method}",
            {
                "model": model,
                "method": method,
                "args": [[record_id]],
                "kwargs": {"context": {"allowed_company_ids": [company_id], "lang": "en_US"}},
            },
        )
        if "error" in answer:
            outcome = answer["error"]["data"]["message"].strip().splitlines()[-1][:120]
        else:
            outcome = "success"
        results[index] = (time.perf_counter() - began, outcome)

    threads = [threading.Thread(target=call, args=(i, rid)) for i, rid in enumerate(ids)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def report(title, results):
    latencies = sorted(r[0] * 1000 for r in results)
    outcomes = collections.Counter(r[1] for r in results)
    p95 = latencies[int(round(0.95 * (len(latencies) - 1)))]
    print(f"\n{title}: {len(results)} simultaneous calls")
    print(f"  successes: {outcomes.pop('success', 0)}")
    print(
        f"  latency ms: p50 {statistics.median(latencies):.0f}, p95 {p95:.0f}, "
        f"max {latencies[-1]:.0f}"
    )
    for message, count in outcomes.most_common(3):
        print(f"  refused x{count}: {message}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("-d", "--database", required=True, help="a database with the suite")
    parser.add_argument("--port", type=int, default=8689)
    args = parser.parse_args()
    copy = f"{args.database}_bench_concurrency"
    admin_sql(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
    admin_sql(f'CREATE DATABASE "{copy}" TEMPLATE "{args.database}"')
    server = None
    handle, log_path = tempfile.mkstemp(suffix=".log")
    os.close(handle)
    try:
        store_id, agency_id, wizards, orders = prepare(args.config, copy)
        odoo_bin = os.path.join(os.environ.get("ODOO_HOME", "/opt/odoo"), "odoo-bin")
        server = subprocess.Popen(  # noqa: S603 -- our own interpreter and Odoo's script
            [
                sys.executable,
                odoo_bin,
                "-c",
                args.config,
                "-d",
                copy,
                f"--db-filter=^{copy}$",
                "--workers",
                str(WORKERS),
                "--max-cron-threads",
                "0",
                "--http-port",
                str(args.port),
                "--gevent-port",
                str(args.port + 3),
                "--log-level",
                "warn",
                "--logfile",
                log_path,
            ],
            env={**os.environ, "PYTHONPATH": os.environ.get("ODOO_HOME", "/opt/odoo")},
        )
        url = f"http://127.0.0.1:{args.port}"
        for _ in range(120):
            try:
                xmlrpc.client.ServerProxy(f"{url}/xmlrpc/2/common").version()
                break
            except OSError:
                time.sleep(0.5)
        # warm every worker up (registry loaded) before measuring
        fire(url, copy, "res.partner", "read", [3] * WORKERS * 2, store_id)
        # as the web client calls (sessions): the figures to hold
        report(
            "Allocate one room (web client sessions)",
            fire_web(
                url, copy, "postpartum.room.availability", "action_allocate", wizards, store_id
            ),
        )
        report(
            "Confirm one caregiver (web client sessions)",
            fire_web(url, copy, "postpartum.service.order", "action_confirm", orders, agency_id),
        )
        # what a call costs alone: XML-RPC checks the password (a slow hash, on
        # purpose) on every call, a session does not
        for title, burst in (("XML-RPC", fire), ("web client session", fire_web)):
            alone = [burst(url, copy, "res.partner", "read", [3], store_id)[0][0] for _ in range(5)]
            print(f"\none call alone over {title}: {statistics.median(alone) * 1000:.0f} ms")
        with open(log_path, encoding="utf-8") as log:
            text = log.read()
        print(
            f"\nserver log: {text.count('deadlock detected')} deadlocks, "
            f"{text.count('retrying')} retries"
        )
    finally:
        if server:
            server.terminate()
            server.wait(timeout=60)
        admin_sql(f'DROP DATABASE IF EXISTS "{copy}" WITH (FORCE)')
        os.unlink(log_path)


if __name__ == "__main__":
    main()
