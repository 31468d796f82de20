import os
import shutil
import subprocess
import tempfile
import threading
import unicodedata

from lxml import etree
from psycopg2 import errors as pg_errors

from odoo import SUPERUSER_ID, api, sql_db
from odoo.tests.common import TransactionCase, new_test_user
from odoo.tools import SQL

from ..tools import resident_id_check_char


def store_user(env, login, groups, store, companies=None):
    """A test user of ``store`` with ``groups`` (comma-separated xmlids),
    allowed in that store only or in ``companies`` (ids). The one way the
    suite's tests make users (``PostpartumCase.user``)."""
    return new_test_user(
        env,
        login=login,
        groups=groups,
        company_id=store.id,
        company_ids=[(6, 0, companies or [store.id])],
    )


def open_form(record, user):
    """Open the form of ``record`` as ``user`` the way the web client does:
    load the view (Odoo drops the fields the user may not read) and read all
    its fields with the names of the related records. Returns the arch, so a
    test can check which buttons the user is offered; an access error is
    raised as the client would show it."""
    record = record.with_user(user)
    views = record.get_views([(False, "form")])
    arch = views["views"]["form"]["arch"]
    descriptions = views["models"][record._name]["fields"]
    # the fields of the form itself (not those of its x2many lists); the arch is
    # the server's own view
    tree = etree.fromstring(arch)  # noqa: S320
    names = {node.get("name") for node in tree.xpath("//field[not(ancestor::field)]")}
    spec = {
        name: {"fields": {"display_name": {}}} if descriptions[name].get("relation") else {}
        for name in names
    }
    record.web_read(spec)
    return arch


def english_fixtures(env):
    """Stores and users created from now on speak English, whatever the
    database's default language (a database loaded in Chinese makes every
    new contact Chinese): tests read the English texts written for them, and
    make a reader Chinese where they check the Chinese text. And no timezone."""
    env["res.lang"]._activate_lang("en_US")
    env["ir.default"].set("res.partner", "lang", "en_US")
    # steps are dated in their user's timezone and tests compare with the
    # machine's date: the user running them (the database's admin, whose
    # timezone the demo or set_language.py may set) has none, like the test users
    env.user.tz = False


def pdf_text(pdf):
    """(text, number of pages) of the PDF bytes ``pdf``, read by poppler's
    pdftotext and pdfinfo as a person's PDF viewer would show them: a text
    the viewer cannot select or search is missing here too."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "document.pdf")
        with open(path, "wb") as file:
            file.write(pdf)
        pdftotext, pdfinfo = shutil.which("pdftotext"), shutil.which("pdfinfo")
        text = subprocess.run(  # noqa: S603
            [pdftotext, "-layout", path, "-"], capture_output=True, check=True, text=True
        ).stdout
        info = subprocess.run(  # noqa: S603
            [pdfinfo, path], capture_output=True, check=True, text=True
        ).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    # CJK fonts map some ideographs to their Kangxi radical twins (⼊ for 入): NFKC
    # gives the characters a reader sees
    return unicodedata.normalize("NFKC", text), pages


def valid_resident_id(first17):
    return first17 + resident_id_check_char(first17)


class SuiteCase(TransactionCase):
    """What every case of the suite shares: ``user()``, the one way its tests
    make a user of a store."""

    @classmethod
    def user(cls, login, groups, store=None, companies=None):
        """A user of ``store`` (the case's ``store``, else store A) with
        ``groups``, comma-separated xmlids (a name without a module is a
        postpartum_base group), allowed in that store or in ``companies``."""
        groups = ",".join(g if "." in g else f"postpartum_base.{g}" for g in groups.split(","))
        store = store or getattr(cls, "store", None) or cls.store_a
        return store_user(cls.env, login, groups, store, companies)


class PostpartumCase(SuiteCase):
    """Two stores, a user per role in store A, a nurse in store B, and a mother
    with a baby in each store. Independent from the demo data. The first layer
    of the suite's fixtures: StayCase builds on it, and the meal, helpdesk and
    CRM cases on StayCase."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=False))
        english_fixtures(cls.env)
        Company = cls.env["res.company"]
        cls.store_a = Company.create({"name": "Store A", "store_tier": "flagship"})
        cls.store_b = Company.create({"name": "Store B", "store_tier": "standard"})
        both = [cls.store_a.id, cls.store_b.id]

        cls.front_desk_a = cls.user("t_front_desk_a", "group_front_desk")
        cls.consultant_a = cls.user("t_consultant_a", "group_consultant")
        cls.nurse_a = cls.user("t_nurse_a", "group_nurse")
        cls.manager_a = cls.user("t_manager_a", "group_store_manager")
        cls.nurse_b = cls.user("t_nurse_b", "group_nurse", cls.store_b)
        cls.chain = cls.user("t_chain", "group_chain_manager", cls.store_a, both)
        cls.store_a.nurse_user_id = cls.nurse_a
        cls.store_b.nurse_user_id = cls.nurse_b

        Partner = cls.env["res.partner"]
        cls.mother_a = Partner.create(
            {
                "name": "Mother A",
                "is_mother": True,
                "company_id": cls.store_a.id,
                "birthdate": "1992-03-15",
                "delivery_date": "2026-01-10",
                "delivery_type": "c_section",
            }
        )
        cls.mother_b = Partner.create(
            {"name": "Mother B", "is_mother": True, "company_id": cls.store_b.id}
        )
        Baby = cls.env["postpartum.baby"]
        cls.baby_a = Baby.create(
            {
                "name": "Baby A",
                "mother_id": cls.mother_a.id,
                "gender": "female",
                "birth_datetime": "2026-01-10 08:30:00",
                "birth_weight": 3200,
                "birth_length": 50,
            }
        )
        cls.baby_b = Baby.create(
            {
                "name": "Baby B",
                "mother_id": cls.mother_b.id,
                "gender": "male",
                "birth_datetime": "2026-01-12 10:00:00",
            }
        )


def assert_concurrent_insert_refused(case, sql, first_params, second_params):
    """Run ``sql`` in two transactions at once: the second must wait for the
    first, then be refused by an exclusion constraint when the first commits.
    Both connections are real (committed data only). Returns the error."""
    dbname = case.env.cr.dbname
    outcome = {}
    first = sql_db.db_connect(dbname).cursor()
    try:
        first.execute(sql, first_params)

        def second_transaction():
            with sql_db.db_connect(dbname).cursor() as second:
                try:
                    second.execute(sql, second_params)
                    outcome["result"] = "committed"
                except pg_errors.ExclusionViolation as exc:
                    outcome["result"] = "refused"
                    outcome["error"] = exc
                    second.rollback()

        thread = threading.Thread(target=second_transaction)
        thread.start()
        thread.join(1.0)
        case.assertTrue(thread.is_alive(), "the second transaction must wait for the first")
        first.commit()
        thread.join(10)
        case.assertEqual(outcome.get("result"), "refused")
        return outcome["error"]
    finally:
        first.close()


def committed_employee(case, name, bookings):
    """An employee of the main company, committed so that other connections
    see it. At the end of the test, the rows of ``bookings`` ((table, column)
    pairs) that refer to it, and the employee, are removed.
    Returns (employee id, company id, partner id)."""
    with case.registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        company = env.ref("base.main_company")
        employee = env["hr.employee"].create({"name": name, "company_id": company.id})
        ids = employee.id, company.id, env.ref("base.main_partner").id

    def cleanup():
        with case.registry.cursor() as cr:
            for table, column in bookings:
                cr.execute(
                    SQL(
                        "DELETE FROM %s WHERE %s = %s",
                        SQL.identifier(table),
                        SQL.identifier(column),
                        ids[0],
                    )
                )
            api.Environment(cr, SUPERUSER_ID, {})["hr.employee"].browse(ids[0]).unlink()

    case.addCleanup(cleanup)
    return ids
