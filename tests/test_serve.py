"""`make run` serves with workers behind nginx (issue 11): the test database
is served the way `make run` serves (scripts/run.sh, POSTPARTUM_SERVE_ONLY=1),
and a user's browser session gets its live notifications over the websocket,
through nginx, from Odoo's evented process (which crashed in a loop when
gevent's dependencies were missing from .venv)."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from http.cookiejar import CookieJar
from pathlib import Path

import websocket

from odoo import SUPERUSER_ID, api
from odoo.sql_db import db_connect
from odoo.tests import TransactionCase, tagged

REPO = Path(__file__).resolve().parent.parent


def free(port):
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) != 0


def free_base_port():
    """A port whose neighbours serve too: nginx (+0), workers (+1), evented (+3)."""
    for base in range(8600, 8800, 5):
        if all(free(base + offset) for offset in (0, 1, 3)):
            return base
    raise AssertionError("no free ports between 8600 and 8800")


@tagged("post_install", "-at_install")
class TestServe(TransactionCase):
    def test_workers_behind_nginx_deliver_live_notifications(self):
        db = self.env.cr.dbname
        port = free_base_port()
        base = f"http://127.0.0.1:{port}"
        log = REPO / ".data" / f"serve-{db}.log"
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": os.environ.get("HOME", "/root"),
            "ODOO_HOME": os.environ.get("ODOO_HOME", str(Path(api.__file__).parent.parent)),
            "VENV": sys.prefix,
            "POSTPARTUM_DB": db,
            "POSTPARTUM_SERVE_ONLY": "1",
            "HTTP_PORT": str(port),
            "HTTP_INTERFACE": "127.0.0.1",
        }
        with log.open("w") as out:
            server = subprocess.Popen(
                ["/bin/bash", str(REPO / "scripts" / "run.sh")],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        try:
            self._check_live_notifications(base, db, server, log)
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=60)
        deadline = time.time() + 10
        while not free(port) and time.time() < deadline:
            time.sleep(0.5)
        self.assertTrue(free(port), "nginx stops with the server")
        text = log.read_text(errors="replace")
        self.assertIn("Evented Service", text)
        self.assertNotIn("DistributionNotFound", text)
        self.assertNotIn("Traceback", text)

    def _check_live_notifications(self, base, db, server, log):
        opener_plain = urllib.request.build_opener()
        deadline = time.time() + 120
        while True:
            self.assertIsNone(server.poll(), log.read_text(errors="replace")[-3000:])
            try:
                with opener_plain.open(f"{base}/web/login", timeout=5) as page:
                    if page.status == 200:
                        break
            except OSError:
                pass
            self.assertLess(time.time(), deadline, "the server did not answer in 120 s")
            time.sleep(1)
        # the nurse logs in through nginx, served by a worker
        jar = CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        request = urllib.request.Request(  # noqa: S310 -- http on loopback, built here
            f"{base}/web/session/authenticate",
            data=json.dumps(
                {"jsonrpc": "2.0", "params": {"db": db, "login": "nurse_a", "password": "nurse_a"}}
            ).encode(),
            headers={"Content-Type": "application/json"},
        )
        result = json.loads(opener.open(request, timeout=30).read())["result"]
        session = next(cookie.value for cookie in jar if cookie.name == "session_id")
        # her browser's websocket, through nginx to the evented process
        ws = websocket.create_connection(
            f"ws://{base.split('//')[1]}/websocket?version=18.0-7",
            timeout=20,
            cookie=f"session_id={session}",
            origin=base,
        )
        try:
            ws.send(json.dumps({"event_name": "subscribe", "data": {"channels": [], "last": 0}}))
            time.sleep(1)  # the subscription reaches the evented process
            # something happens for her (a committed transaction, as a worker's)
            with db_connect(db).cursor() as cr:
                other = api.Environment(cr, SUPERUSER_ID, {})
                partner = other["res.users"].browse(result["uid"]).partner_id
                other["bus.bus"]._sendone(partner, "postpartum/ping", {"store": "flagship"})
                cr.commit()
            ping = {"type": "postpartum/ping", "payload": {"store": "flagship"}}
            received = []
            end = time.time() + 20
            while ping not in received and time.time() < end:
                received += [n["message"] for n in json.loads(ws.recv())]
            self.assertIn(ping, received)
        finally:
            ws.close()
