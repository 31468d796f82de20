#!/bin/sh
# Install (first start) or update (later starts) every suite addon with demo
# data and Chinese, then serve. -i only for addons not installed yet: -i on an
# installed addon would load its demo data again.
set -e
wait-for-psql.py --db_host db --db_port 5432 --db_user odoo --db_password odoo --timeout=60
# the Chinese chart of accounts of the demo chain comes first (no addon depends on it)
MODULES="l10n_cn $(for m in /mnt/postpartum-addons/*/__manifest__.py; do basename "$(dirname "$m")"; done)"
INSTALLED=$(PGPASSWORD=odoo psql -h db -U odoo -d postpartum -Atc \
  "SELECT name FROM ir_module_module WHERE state = 'installed'" 2>/dev/null || true)
TO_INSTALL=""
TO_UPDATE=""
for m in $MODULES; do
  if echo "$INSTALLED" | grep -qx "$m"; then TO_UPDATE="$TO_UPDATE,$m"; else TO_INSTALL="$TO_INSTALL,$m"; fi
done
ARGS=""
[ -n "$TO_UPDATE" ] && ARGS="$ARGS -u ${TO_UPDATE#,}"
[ -n "$TO_INSTALL" ] && ARGS="$ARGS -i ${TO_INSTALL#,}"
# shellcheck disable=SC2086
odoo -c /etc/odoo/odoo.conf -d postpartum $ARGS --load-language=zh_CN --stop-after-init
odoo shell -c /etc/odoo/odoo.conf -d postpartum --no-http < /mnt/set_language.py
exec odoo -c /etc/odoo/odoo.conf -d postpartum
