#!/bin/sh
# Install (first start) or update every suite addon with demo data and Chinese, then serve.
set -e
wait-for-psql.py --db_host db --db_port 5432 --db_user odoo --db_password odoo --timeout=60
MODULES=$(for m in /mnt/postpartum-addons/*/__manifest__.py; do basename "$(dirname "$m")"; done | paste -sd, -)
odoo -c /etc/odoo/odoo.conf -d postpartum -i "$MODULES" --load-language=zh_CN --stop-after-init
odoo shell -c /etc/odoo/odoo.conf -d postpartum --no-http < /mnt/set_language.py
exec odoo -c /etc/odoo/odoo.conf -d postpartum
