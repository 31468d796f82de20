"""ruff and pylint-odoo over the suite, with the configuration kept in the repo."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(cmd):
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    return result.returncode, result.stdout + result.stderr


def test_ruff_is_clean():
    code, out = _run([str(BIN / "ruff"), "check", "addons", "tests", "bench", "conftest.py"])
    assert code == 0, out


def test_pylint_odoo_is_clean():
    addons = sorted(str(p.parent) for p in (ROOT / "addons").glob("*/__manifest__.py"))
    code, out = _run([str(BIN / "pylint"), "--rcfile=.pylintrc", *addons])
    assert code == 0, out
