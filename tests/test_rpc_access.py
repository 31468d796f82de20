"""The access rules as the external API sees them.

Odoo's JSON-RPC (``/jsonrpc``, service ``object``, ``execute_kw``) is open to
every user: whatever a view hides, a role can still call. This test logs in as
the demo users of each role (password = login) against the test server
(HttpCase shares its cursor with the server, so everything rolls back) and
checks, table-driven:

* role x model x operation (ACL and record rules, through ``check_access``),
* that store A sees nothing of store B (search, read, read_group, name_search),
* who reads the fields restricted by ``groups`` (health text, ID numbers...),
* a few refusals that live in the code (deleting a mother, writing with a
  field one cannot read, reopening an invoice).
"""

import json

from odoo.tests import HttpCase, tagged
from odoo.tests.common import JsonRpcException

ROLES = (
    "chain",
    "manager_a",
    "frontdesk_a",
    "consultant_a",
    "nurse_a",
    "butler_a",
    "cs_a",
    "therapist_a",
    "kitchen_a",
    "caregiver_manager",
)

# model: (domain of a record of store A, rights per role in the order of ROLES:
# r(ead) w(rite) c(reate) u(nlink), "-" where refused)
MATRIX = {
    # chain   manager frontd  consult nurse   butler  cs      therap  kitchen cg.mgr
    "postpartum.stay": ([], "rwcu rwcu rwc- rwc- rw-- rw-- r--- r--- r--- r---"),
    "postpartum.room": ([], "rwcu rwcu rw-- rw-- r--- rw-- r--- r--- r--- r---"),
    # the front desk's "u" is Odoo's contact right: deleting a mother is refused
    # in the code (see test_refusals_in_the_code)
    "res.partner": (
        [("is_mother", "=", True)],
        "rwcu rwcu rwcu rwcu r--- rwc- rwc- r--- r--- r---",
    ),
    "postpartum.baby": ([], "rwcu rwcu rwc- rwc- rwc- r--- r--- r--- r--- r---"),
    "postpartum.mother.record": ([], "rwcu rwcu ---- ---- rwc- ---- ---- ---- ---- ----"),
    "postpartum.baby.record": ([], "rwcu rwcu ---- ---- rwc- ---- ---- ---- ---- ----"),
    "postpartum.care.request": ([], "rwcu rwcu rwc- rwc- r--- r--- r--- r--- r--- rwcu"),
    "postpartum.service.order": ([], "rwcu rwcu rwc- rwc- r--- r--- r--- r--- r--- rwcu"),
    "postpartum.discipline.record": ([], "rwcu rwcu ---- ---- ---- ---- ---- ---- ---- rwcu"),
    # the caregivers' HR files (everyone else reads hr.employee.public)
    "hr.employee": (
        [("is_caregiver", "=", True)],
        "rwcu rwcu ---- ---- ---- ---- ---- ---- ---- rwcu",
    ),
    "sale.order": ([], "rwc- rwc- rwc- rwc- ---- rwc- rwc- ---- r--- ----"),
    "account.move": (
        [("move_type", "=", "out_invoice"), ("state", "=", "posted")],
        "rwcu rwcu rwcu rwcu ---- r--- r--- ---- ---- ----",
    ),
    "account.payment": ([], "rwcu rwcu rwcu rwcu ---- ---- ---- ---- ---- ----"),
    "helpdesk.ticket": ([], "rwcu rwcu ---- ---- ---- ---- rwc- ---- ---- rwc-"),
    "crm.lead": ([], "rwc- rwc- rwc- rwc- ---- rwc- rwc- ---- ---- ----"),
}
OPERATIONS = ("read", "write", "create", "unlink")

# (model, field): the roles that read it; every other role is refused
MANAGERS = {"chain", "manager_a"}
FIELD_READERS = {
    # the mother's recovery at arrival: nurses
    ("postpartum.stay", "arrival_assessment"): MANAGERS | {"nurse_a"},
    # her condition for a home caregiver: nurses and the caregiver manager who matches
    ("postpartum.care.request", "complications"): MANAGERS | {"nurse_a", "caregiver_manager"},
    ("res.partner", "gravidity"): MANAGERS | {"nurse_a"},
    ("res.partner", "resident_id_number"): MANAGERS
    | {"frontdesk_a", "consultant_a", "caregiver_manager"},
    ("res.partner", "emergency_contact_phone"): MANAGERS
    | {"frontdesk_a", "consultant_a", "nurse_a", "butler_a", "caregiver_manager"},
    ("postpartum.baby", "note"): MANAGERS | {"nurse_a"},
    ("postpartum.stay", "amount_residual"): MANAGERS
    | {"frontdesk_a", "consultant_a", "butler_a", "cs_a"},
    # everyone serving her food, drugs or oils
    ("res.partner", "allergies"): set(ROLES),
}

# models whose store B records store A must not see, with a domain
ISOLATED = {
    "postpartum.stay": [],
    "postpartum.room": [],
    "res.partner": [("is_mother", "=", True)],
    "postpartum.baby": [],
    "sale.order": [],
    "account.move": [("move_type", "=", "out_invoice")],
    "crm.lead": [],
}


@tagged("post_install", "-at_install")
class TestRpcAccess(HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.store_a = cls.env.ref("postpartum_base.store_flagship")
        cls.store_b = cls.env.ref("postpartum_base.store_standard")
        users = cls.env["res.users"].search([("login", "in", ROLES)])
        cls.uids = {user.login: user.id for user in users}
        assert set(cls.uids) == set(ROLES), "the demo users are missing"
        cls.records_a = {
            model: cls.env[model].search([*domain, ("company_id", "=", cls.store_a.id)], limit=1)
            for model, (domain, _rights) in MATRIX.items()
        }
        cls.records_b = {
            model: cls.env[model].search([*domain, ("company_id", "=", cls.store_b.id)], limit=1)
            for model, domain in ISOLATED.items()
        }
        for model, record in {**cls.records_a, **cls.records_b}.items():
            assert record, f"no demo {model} to test with"
        # a mother without babies (her babies alone would refuse the deletion)
        cls.new_mother = cls.env["res.partner"].create(
            {"name": "RPC Test Mother", "is_mother": True, "company_id": cls.store_a.id}
        )

    def call(self, login, model, method, *args, context=None, **kwargs):
        """``execute_kw`` over JSON-RPC as ``login``; returns the result or
        raises JsonRpcException (its message is the exception's class)."""
        companies = [self.store_a.id, self.store_b.id] if login == "chain" else [self.store_a.id]
        kwargs["context"] = {"allowed_company_ids": companies, **(context or {})}
        return self.make_jsonrpc_request(
            "/jsonrpc",
            {
                "service": "object",
                "method": "execute_kw",
                "args": [
                    self.env.cr.dbname,
                    self.uids[login],
                    login,
                    model,
                    method,
                    list(args),
                    kwargs,
                ],
            },
        )

    def error_data(self, login, model, method, *args):
        """The error (class name and message) ``login`` gets over JSON-RPC."""
        payload = {
            "jsonrpc": "2.0",
            "method": "call",
            "params": {
                "service": "object",
                "method": "execute_kw",
                "args": [
                    self.env.cr.dbname,
                    self.uids[login],
                    login,
                    model,
                    method,
                    list(args),
                    {"context": {"allowed_company_ids": [self.store_a.id], "lang": "zh_CN"}},
                ],
            },
        }
        response = self.url_open(
            "/jsonrpc", data=json.dumps(payload), headers={"Content-Type": "application/json"}
        )
        return response.json()["error"]["data"]

    def allowed(self, login, model, method, *args, **kwargs):
        try:
            self.call(login, model, method, *args, **kwargs)
        except JsonRpcException as error:
            if "AccessError" not in str(error):
                raise
            return False
        return True

    def test_access_matrix(self):
        problems = []
        for model, (_domain, rights) in MATRIX.items():
            record = self.records_a[model]
            for login, expected in zip(ROLES, rights.split(), strict=True):
                # has_access: the model's rights and the record rules on this record
                actual = "".join(
                    operation[0]
                    if self.call(
                        login,
                        model,
                        "has_access",
                        [] if operation == "create" else record.ids,
                        operation,
                    )
                    else "-"
                    for operation in OPERATIONS
                )
                if actual != expected:
                    problems.append(f"{login} on {model}: {actual}, expected {expected}")
        self.assertEqual(problems, [])

    def test_store_a_sees_nothing_of_store_b(self):
        problems = []
        for model, domain in ISOLATED.items():
            other = self.records_b[model]
            name = other.display_name
            readers = [
                login
                for login, rights in zip(ROLES, MATRIX[model][1].split(), strict=True)
                if login != "chain" and "r" in rights
            ]
            for login in readers:
                if self.call(login, model, "search", [("id", "=", other.id)]):
                    problems.append(f"{login} finds {model} {other.id} of store B")
                groups = self.call(
                    login, model, "read_group", domain, ["company_id"], ["company_id"]
                )
                if any(g["company_id"] and g["company_id"][0] == self.store_b.id for g in groups):
                    problems.append(f"{login} groups {model} of store B")
                names = self.call(login, model, "name_search", name, domain, limit=100)
                if other.id in [row[0] for row in names]:
                    problems.append(f"{login} name_searches {model} {other.id} of store B")
            # the chain manager sees both stores
            if self.call("chain", model, "search", [("id", "=", other.id)]) != other.ids:
                problems.append(f"chain does not find {model} {other.id} of store B")
        self.assertEqual(problems, [])

    def test_restricted_fields(self):
        records = {
            "postpartum.stay": self.records_a["postpartum.stay"],
            "postpartum.care.request": self.records_a["postpartum.care.request"],
            "res.partner": self.records_a["res.partner"],
            "postpartum.baby": self.records_a["postpartum.baby"],
        }
        problems = []
        for (model, field), readers in FIELD_READERS.items():
            for login in ROLES:
                reads = self.allowed(login, model, "read", records[model].ids, [field])
                if reads != (login in readers):
                    problems.append(
                        f"{login} {'reads' if reads else 'cannot read'} {model}.{field}"
                    )
        self.assertEqual(problems, [])

    def test_refusals_in_the_code(self):
        mother = self.new_mother
        # the front desk may not delete a mother, nor set what it cannot read
        self.assertFalse(self.allowed("frontdesk_a", "res.partner", "unlink", mother.ids))
        self.assertTrue(mother.exists())
        self.assertFalse(
            self.allowed(
                "frontdesk_a",
                "res.partner",
                "create",
                [{"name": "RPC Mother 2", "is_mother": True, "gravidity": 2}],
            )
        )
        self.assertFalse(
            self.allowed("frontdesk_a", "res.partner", "write", mother.ids, {"parity": 1})
        )
        # the kitchen looks at sale orders, the consultant does not reopen invoices
        order = self.records_a["sale.order"]
        self.assertFalse(self.allowed("kitchen_a", "sale.order", "write", order.ids, {"note": "x"}))
        invoice = self.records_a["account.move"]
        self.assertFalse(self.allowed("consultant_a", "account.move", "button_draft", invoice.ids))
        self.assertEqual(invoice.state, "posted")
        # the store manager deletes a mother
        self.assertTrue(self.allowed("manager_a", "res.partner", "unlink", mother.ids))
        self.assertFalse(mother.exists())

    def refusal(self, login, model, method, *args, **kwargs):
        """The class of the error ``login`` gets, or None when the call passes."""
        try:
            self.call(login, model, method, *args, **kwargs)
        except JsonRpcException as error:
            return str(error).split(":")[0].rsplit(".", 1)[-1]
        return None

    def test_bad_input_is_refused_with_a_clear_message(self):
        """What a typing mistake or a script sends is refused as a validation
        error (a message in the user's language), not a database error, and
        nothing is changed (issue 11)."""
        mother = self.new_mother
        stay = self.env.ref("postpartum_stay.stay_chen_jing")
        due = stay.due_date
        cases = [
            ("frontdesk_a", "res.partner", "write", [mother.ids, {"due_date": "2035-01-01"}]),
            ("frontdesk_a", "res.partner", "write", [mother.ids, {"mobile": "abc"}]),
            ("frontdesk_a", "res.partner", "write", [mother.ids, {"name": "张" * 100000}]),
            (
                "frontdesk_a",
                "res.partner",
                "create",
                [[{"name": "张" * 100000, "is_mother": True, "company_id": self.store_a.id}]],
            ),
            (
                "consultant_a",
                "crm.lead",
                "create",
                [[{"name": "x" * 100000, "channel": "phone", "company_id": self.store_a.id}]],
            ),
            ("frontdesk_a", "postpartum.stay", "write", [stay.ids, {"due_date": "2035-01-01"}]),
            # text where a number or a date goes: named, not "could not convert string"
            ("frontdesk_a", "res.partner", "write", [mother.ids, {"due_date": "not a date"}]),
            ("manager_a", "postpartum.stay", "write", [stay.ids, {"deposit_amount": "abc"}]),
        ]
        for login, model, method, args in cases:
            with self.subTest(model=model, method=method, values=str(args[-1])[:60]):
                self.assertIn(
                    self.refusal(login, model, method, *args), ("ValidationError", "UserError")
                )
        # a link to a record that does not exist: named, not a foreign key error
        butler = stay.butler_id
        error = self.error_data(
            "frontdesk_a", "postpartum.stay", "write", stay.ids, {"butler_id": 99999999}
        )
        self.assertEqual(error["name"], "odoo.exceptions.ValidationError")
        self.assertIn("99999999", error["message"])
        self.assertNotIn("另一个模型", error["message"], "not the foreign key wording")
        self.env.invalidate_all()
        self.assertEqual(stay.butler_id, butler)
        self.assertFalse(mother.due_date or mother.mobile)
        self.assertEqual(mother.name, "RPC Test Mother")
        self.assertEqual(stay.due_date, due)

    def test_visible_menus_per_role(self):
        """Each role sees the menus of its work, and they open."""
        sections = {
            "Caregivers": {"chain", "manager_a", "caregiver_manager"},
            "Home Service": {
                "chain",
                "manager_a",
                "frontdesk_a",
                "consultant_a",
                "cs_a",
                "caregiver_manager",
            },
            "Customer Service": {
                "chain",
                "manager_a",
                "frontdesk_a",
                "consultant_a",
                "butler_a",
                "cs_a",
            },
        }
        xmlids = {
            "Caregivers": "postpartum_base.menu_caregivers",
            "Home Service": "postpartum_matching.menu_home_service",
            "Customer Service": "postpartum_base.menu_service",
        }
        apps = self.env.ref("base.menu_management").id
        root = self.env.ref("postpartum_base.menu_root").name
        problems = []
        for login in ROLES:
            visible = set(self.call(login, "ir.ui.menu", "search", [("id", "!=", 0)]))
            if apps in visible:
                problems.append(f"{login} sees the Apps menu")
            for section, readers in sections.items():
                if (self.env.ref(xmlids[section]).id in visible) != (login in readers):
                    problems.append(
                        f"{login}: menu {section} {'shown' if login not in readers else 'hidden'}"
                    )
            # every visible menu of the app opens its records without an access error
            menus = (
                self.env["ir.ui.menu"]
                .browse(visible)
                .filtered(
                    lambda m: m.action
                    and m.action._name == "ir.actions.act_window"
                    and m.complete_name.startswith(root)
                )
            )
            for model in {menu.action.res_model for menu in menus}:
                if model in MATRIX:
                    # already read over RPC by the matrix test
                    rights = MATRIX[model][1].split()[ROLES.index(login)]
                    if "r" not in rights:
                        problems.append(f"{login} sees a menu of {model}, which she cannot read")
                    continue
                try:
                    self.call(login, model, "search_read", [], ["display_name"], limit=1)
                except JsonRpcException as error:
                    problems.append(f"{login}: the menus of {model} fail: {error}")
        self.assertEqual(problems, [])
