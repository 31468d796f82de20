"""Rewrite addons/<module>/i18n/zh_CN.po from Odoo's own exporter, keeping the
translations already written.

Odoo loads a po entry only through its occurrences (``#: model:...``,
``#: code:...``): an entry added by hand without them translates nothing.
This exports each module's terms with their occurrences (as Odoo's
"Export Translation" does) and fills each msgstr from the current file by
msgid; terms left without a translation are listed. Run it on a database where
the modules are installed and updated, e.g.

  PYTHONPATH=$ODOO_HOME .venv/bin/python scripts/i18n_sync.py \
      -c .data/odoo-test.conf -d postpartum_test postpartum_stay postpartum_crm
"""

import argparse
import io
import sys
from pathlib import Path

import polib

import odoo
from odoo.tools.translate import trans_export

ROOT = Path(__file__).resolve().parent.parent
LANG = "zh_CN"


def sync(cr, module):
    path = ROOT / "addons" / module / "i18n" / f"{LANG}.po"
    old = {e.msgid: e.msgstr for e in polib.pofile(str(path)) if e.msgstr and not e.obsolete}
    buffer = io.BytesIO()
    trans_export(LANG, [module], buffer, "po", cr)
    new = polib.pofile(buffer.getvalue().decode())
    missing = []
    for entry in new:
        if old.get(entry.msgid):
            entry.msgstr = old[entry.msgid]
        elif not entry.msgstr:
            missing.append(entry.msgid)
    new.metadata["Language"] = LANG
    new.save(str(path))
    return len(new), missing


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument("modules", nargs="+")
    args = parser.parse_args()
    odoo.tools.config.parse_config(["-c", args.config, "-d", args.database])
    registry = odoo.modules.registry.Registry(args.database)
    status = 0
    with registry.cursor() as cr:
        for module in args.modules:
            count, missing = sync(cr, module)
            print(f"{module}: {count} terms, {len(missing)} without translation")
            for msgid in missing:
                print(f"  {msgid!r}")
            status = status or bool(missing)
    return status


if __name__ == "__main__":
    sys.exit(main())
