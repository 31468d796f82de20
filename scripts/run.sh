#!/usr/bin/env bash
# `make run`: set up, create or update the database with every suite module,
# demo data and Chinese, then serve it on http://localhost:$HTTP_PORT.
source "$(dirname "$0")/common.sh"

DB="${POSTPARTUM_DB:-postpartum}"
PORT="${HTTP_PORT:-8069}"
CONF="$REPO_ROOT/.data/odoo-run-$DB.conf"
LOG="$REPO_ROOT/.data/install-$DB.log"

check_odoo
setup_venv
setup_postgres
write_config odoo.conf.in "$CONF" "$DB" "$PORT"
MODULES="$(suite_modules)"

if [ "${POSTPARTUM_SERVE_ONLY:-}" = 1 ]; then
  # serve the database as it is (tests/test_serve.py: the test database)
  db_initialised "$DB" || die "database $DB is not an Odoo database"
  serve "$CONF" "$DB" "$PORT" "${HTTP_INTERFACE:-0.0.0.0}"
  exit 0
fi

if db_initialised "$DB"; then
  # -u for the suite's installed addons, -i only for new ones: -i on an
  # installed addon would load its demo data again
  installed=$(psql -d "$DB" -Atc "SELECT name FROM ir_module_module WHERE state = 'installed'")
  to_update=() to_install=()
  for module in ${MODULES//,/ }; do
    if grep -qx "$module" <<< "$installed"; then to_update+=("$module"); else to_install+=("$module"); fi
  done
  args=()
  [ ${#to_update[@]} -gt 0 ] && args+=(-u "$(IFS=,; echo "${to_update[*]}")")
  [ ${#to_install[@]} -gt 0 ] && args+=(-i "$(IFS=,; echo "${to_install[*]}")")
  log "updating database $DB (${args[*]})"
  odoo_bin -c "$CONF" -d "$DB" "${args[@]}" --load-language=zh_CN --stop-after-init 2>&1 | tee "$LOG"
else
  db_exists "$DB" && die "database $DB exists but is no Odoo database: drop it or set POSTPARTUM_DB"
  log "creating database $DB with demo data ($MODULES)"
  odoo_bin -c "$CONF" -d "$DB" -i "$MODULES" --load-language=zh_CN --stop-after-init 2>&1 | tee "$LOG"
fi
[ "${PIPESTATUS[0]}" -eq 0 ] || die "installing or updating the suite failed (log: $LOG)"
if grep -qE " (ERROR|CRITICAL) |demo data failed to install" "$LOG"; then
  die "errors while installing or updating the suite: see $LOG"
fi
log "setting the users' language to Chinese (zh_CN)"
odoo_bin shell -c "$CONF" -d "$DB" --no-http --log-level=warn < "$REPO_ROOT/scripts/set_language.py"

log "serving $DB on http://localhost:$PORT (login admin / admin, or a demo user: see README)"
[ "${POSTPARTUM_NO_SERVE:-}" = 1 ] && exit 0
serve "$CONF" "$DB" "$PORT" "${HTTP_INTERFACE:-0.0.0.0}"
