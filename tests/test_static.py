"""Static checks over every addon of the suite (part of `make test`).

Fails on: a manifest without name, version 18.0.x.y.z, license, author or
depends, or naming a data file that does not exist; an XML file that does not
parse; a tests/test_*.py that tests/__init__.py does not import (Odoo's
own runner, `odoo-bin --test-tags`, only runs the imported ones); a model
without _description or without an access rule; a missing
i18n/zh_CN.po; a term of the module (exported by Odoo's own exporter) left
untranslated in zh_CN.po.
"""

import ast
import csv
import re
from pathlib import Path

import polib
import pytest
from lxml import etree

import odoo
from odoo.tools.translate import TranslationModuleReader

ROOT = Path(__file__).resolve().parent.parent
ADDONS = sorted(p.parent for p in (ROOT / "addons").glob("*/__manifest__.py"))
VERSION_RE = re.compile(r"^18\.0\.\d+\.\d+\.\d+$")


def _manifest(addon):
    return ast.literal_eval((addon / "__manifest__.py").read_text())


def _model_classes(addon):
    """(file, class name, attributes) of every class with _name or _inherit."""
    for path in sorted((addon).rglob("*.py")):
        if "tests" in path.relative_to(addon).parts:
            continue
        tree = ast.parse(path.read_text(), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            attrs = {}
            for stmt in node.body:
                if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                    target = stmt.targets[0]
                    if isinstance(target, ast.Name) and target.id.startswith("_"):
                        try:
                            attrs[target.id] = ast.literal_eval(stmt.value)
                        except ValueError:
                            attrs[target.id] = None
            if "_name" in attrs or "_inherit" in attrs:
                yield path, node.name, attrs


def test_there_are_addons():
    assert ADDONS, "no addon found under addons/"


@pytest.mark.parametrize("addon", ADDONS, ids=lambda p: p.name)
def test_manifest(addon):
    manifest = _manifest(addon)
    for key in ("name", "version", "license", "author", "depends"):
        assert manifest.get(key), f"{addon.name}: manifest without {key}"
    assert VERSION_RE.match(
        manifest["version"]
    ), f"{addon.name}: version {manifest['version']} is not 18.0.x.y.z"
    for key in ("data", "demo"):
        for name in manifest.get(key, []):
            assert (addon / name).is_file(), f"{addon.name}: {key} file {name} does not exist"


@pytest.mark.parametrize("addon", ADDONS, ids=lambda p: p.name)
def test_xml_files_parse(addon):
    for path in addon.rglob("*.xml"):
        etree.parse(str(path))


def _imported_submodules(init_path):
    """Names a package's __init__.py imports relatively (`from . import a, b`)."""
    names = set()
    for node in ast.walk(ast.parse(init_path.read_text(), str(init_path))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                names.add(node.module.split(".")[0])
            else:
                names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("addon", ADDONS, ids=lambda p: p.name)
def test_tests_imported_for_odoo_runner(addon):
    """Odoo's runner (odoo-bin --test-tags, OCA CI, runbot) runs only the test_*
    modules that tests/__init__.py imports; pytest finds them all anyway."""
    test_files = sorted((addon / "tests").glob("test_*.py"))
    assert test_files, f"{addon.name}: no tests/test_*.py"
    init = addon / "tests" / "__init__.py"
    assert init.is_file(), f"{addon.name}: tests/__init__.py is missing"
    missing = [p.stem for p in test_files if p.stem not in _imported_submodules(init)]
    assert not missing, (
        f"{addon.name}: tests/__init__.py does not import {', '.join(missing)}, "
        f"so odoo-bin --test-tags would not run them: add `from . import {missing[0]}`"
    )


@pytest.mark.parametrize("addon", ADDONS, ids=lambda p: p.name)
def test_models_have_description_and_access(addon):
    access_file = addon / "security" / "ir.model.access.csv"
    access_models = set()
    if access_file.exists():
        with access_file.open() as f:
            for row in csv.DictReader(f):
                access_models.add(row["model_id:id"].split(".")[-1])
    for path, cls, attrs in _model_classes(addon):
        name = attrs.get("_name")
        if not name or name == attrs.get("_inherit"):
            continue  # an extension of an existing model
        if isinstance(attrs.get("_inherit"), list) and name in attrs["_inherit"]:
            continue
        assert attrs.get("_description"), f"{path.name}: {cls} ({name}) has no _description"
        is_abstract = any(base in ("AbstractModel", "TransientModel") for base in _bases(path, cls))
        if not is_abstract:
            xmlid = "model_" + name.replace(".", "_")
            assert (
                xmlid in access_models
            ), f"{addon.name}: model {name} has no line in security/ir.model.access.csv"


def _bases(path, cls):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == cls:
            return [
                b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "") for b in node.bases
            ]
    return []


@pytest.mark.parametrize("addon", ADDONS, ids=lambda p: p.name)
def test_zh_cn_translation_exists(addon):
    assert (addon / "i18n" / "zh_CN.po").is_file(), f"{addon.name}: i18n/zh_CN.po is missing"


@pytest.mark.parametrize("addon", ADDONS, ids=lambda p: p.name)
def test_zh_cn_translation_is_complete(addon):
    """Export the module's terms with Odoo's exporter; each must have a zh_CN msgstr."""
    po_path = addon / "i18n" / "zh_CN.po"
    assert po_path.is_file()
    translated = {
        entry.msgid
        for entry in polib.pofile(str(po_path))
        if entry.msgstr.strip() and not entry.obsolete
    }
    registry = odoo.registry(odoo.tools.config["db_name"])
    with registry.cursor() as cr:
        reader = TranslationModuleReader(cr, modules=[addon.name], lang="zh_CN")
        terms = {row[4] for row in reader}  # (module, type, name, res_id, source, value, comments)
    missing = sorted(t for t in terms if t and t.strip() and t not in translated)
    assert (
        not missing
    ), f"{addon.name}: {len(missing)} terms untranslated in i18n/zh_CN.po, e.g. {missing[:10]}"


@pytest.mark.parametrize(
    "po_path",
    sorted(ROOT.glob("addons/*/i18n*/zh_CN.po")),
    ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}",
)
def test_zh_cn_entries_have_occurrences(po_path):
    """Odoo loads a po entry only through its occurrences (#: model:..., #: code:...):
    an entry written by hand without them translates nothing. scripts/i18n_sync.py
    rewrites a file from Odoo's exporter, keeping its translations."""
    dead = [
        entry.msgid
        for entry in polib.pofile(str(po_path))
        if entry.msgid and not entry.obsolete and not entry.occurrences
    ]
    assert not dead, f"{po_path}: {len(dead)} entries without occurrence, e.g. {dead[:5]}"
