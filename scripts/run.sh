#!/usr/bin/env bash
# `make run`: set up, create or update the database with every suite module,
# demo data and Chinese, then serve it on http://localhost:$HTTP_PORT.
source "$(dirname "$0")/common.sh"

DB="${POSTPARTUM_DB:-postpartum}"
PORT="${HTTP_PORT:-8069}"
CONF="$REPO_ROOT/.data/odoo-run.conf"

check_odoo
setup_venv
setup_postgres
write_config odoo.conf.in "$CONF" "$DB" "$PORT"
MODULES="$(suite_modules)"

if db_initialised "$DB"; then
  log "updating database $DB ($MODULES)"
  odoo_bin -c "$CONF" -d "$DB" -i "$MODULES" -u "$MODULES" --load-language=zh_CN --stop-after-init
else
  db_exists "$DB" && die "database $DB exists but is no Odoo database: drop it or set POSTPARTUM_DB"
  log "creating database $DB with demo data ($MODULES)"
  odoo_bin -c "$CONF" -d "$DB" -i "$MODULES" --load-language=zh_CN --stop-after-init
fi
log "setting the users' language to Chinese (zh_CN)"
odoo_bin shell -c "$CONF" -d "$DB" --no-http --log-level=warn < "$REPO_ROOT/scripts/set_language.py"

log "serving $DB on http://localhost:$PORT (login admin / admin, or a demo user: see README)"
[ "${POSTPARTUM_NO_SERVE:-}" = 1 ] && exit 0
exec env PYTHONPATH="$ODOO_HOME" "$VENV/bin/python" "$ODOO_HOME/odoo-bin" -c "$CONF" -d "$DB" --http-interface=0.0.0.0
