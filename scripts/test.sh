#!/usr/bin/env bash
# `make test`: set up, build a fresh throw-away database with every suite module
# and demo data, run pytest (pytest-odoo) over addons/*/tests and tests/, which
# include the browser tours and the static checks (manifests, XML, access
# rules, translations, ruff, pylint-odoo). Exits non-zero on any failure.
source "$(dirname "$0")/common.sh"

DB="${POSTPARTUM_TEST_DB:-postpartum_test}"
PORT="${TEST_HTTP_PORT:-8169}"
CONF="$REPO_ROOT/.data/odoo-test.conf"

check_odoo
setup_venv
setup_postgres
setup_browser_tools
setup_nginx
write_config odoo-test.conf.in "$CONF" "$DB" "$PORT"
MODULES="$(suite_modules)"

log "creating the throw-away database $DB ($MODULES, with demo data)"
dropdb --if-exists "$DB"
rm -rf "$REPO_ROOT/.data/filestore/$DB"
start=$(date +%s)
INSTALL_LOG="$REPO_ROOT/.data/install-$DB.log"
odoo_bin -c "$CONF" -d "$DB" -i "$MODULES" --load-language=zh_CN --stop-after-init --log-level=info \
  > "$INSTALL_LOG" 2>&1 || { tail -50 "$INSTALL_LOG"; die "installing the suite failed (log: $INSTALL_LOG)"; }
# Odoo goes on when demo data fails to load: that is a failure here.
if grep -E " (ERROR|CRITICAL) |demo data failed to install" "$INSTALL_LOG"; then
  die "errors while installing the suite (log: $INSTALL_LOG)"
fi
# and updating it again (what a second `make run` does) must be clean too
odoo_bin -c "$CONF" -d "$DB" -u "$MODULES" --stop-after-init --log-level=info \
  > "$INSTALL_LOG.update" 2>&1 || { tail -50 "$INSTALL_LOG.update"; die "updating the suite failed"; }
if grep -E " (ERROR|CRITICAL) |demo data failed to install" "$INSTALL_LOG.update"; then
  die "errors while updating the suite (log: $INSTALL_LOG.update)"
fi
log "database ready (installed and updated) in $(( $(date +%s) - start ))s; running pytest"

cd "$REPO_ROOT"
set +e
PYTHONPATH="$ODOO_HOME" "$VENV/bin/python" -m pytest --odoo-config="$CONF" --odoo-database="$DB" \
  -p no:cacheprovider "$@" addons/*/tests tests
rc=$?
set -e
[ "${POSTPARTUM_KEEP_DB:-}" = 1 ] || dropdb --if-exists "$DB"
exit $rc
