#!/usr/bin/env bash
# Shared set-up for `make run` and `make test`: Odoo tree check, virtualenv, PostgreSQL.
# Sourced, not executed. Never downloads or builds Odoo itself.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ODOO_HOME="${ODOO_HOME:-/opt/odoo}"
VENV="${VENV:-$REPO_ROOT/.venv}"
find_python311() {
  local candidate
  for candidate in "${PYTHON_BIN:-}" python3.11 python3 /usr/bin/python3.11 /root/.pyenv/versions/3.11*/bin/python3.11; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 \
       && "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  return 1
}
PYTHON_BIN="$(find_python311 || echo python3.11)"
OCA_DIR="$VENV/oca"
OCA_ADDONS="$OCA_DIR/odoo/addons"
export ODOO_HOME VENV REPO_ROOT OCA_ADDONS

log() { printf '\033[1;34m[postpartum]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[postpartum] ERROR:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else return 1; fi; }

check_odoo() {
  if [ ! -f "$ODOO_HOME/odoo-bin" ] || [ ! -f "$ODOO_HOME/odoo/release.py" ]; then
    die "No Odoo 18.0 source tree found at ODOO_HOME=$ODOO_HOME (odoo-bin missing).
  Put an Odoo 18.0 Community tree there, or point ODOO_HOME at one:  ODOO_HOME=/path/to/odoo make run
  Or use Docker instead:  docker compose -f docker/compose.yaml up   (see README.md)"
  fi
  local series
  series=$(cd "$ODOO_HOME" && "$PYTHON_BIN" -c 'import runpy; print(runpy.run_path("odoo/release.py")["series"])' 2>/dev/null || true)
  [ "$series" = "18.0" ] || die "ODOO_HOME=$ODOO_HOME holds Odoo '$series', not 18.0. Point ODOO_HOME at an Odoo 18.0 tree or use docker/compose.yaml."
}

# Odoo's own pins, for Python 3.11: psycopg2-binary instead of psycopg2, no python-ldap,
# cbor2 5.4.6 instead of 5.4.2 (whose sdist no longer builds with current setuptools).
odoo_requirements() {
  sed -E \
    -e '/^python-ldap/d' \
    -e 's/^psycopg2==/psycopg2-binary==/' \
    -e 's/^cbor2==5\.4\.2 /cbor2==5.4.6 /' \
    "$ODOO_HOME/requirements.txt"
}

pip_quiet() { # pip, without the noise of the machine's extra (local) indexes
  "$VENV/bin/pip" -q "$@" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2)
}

setup_venv() {
  local want have stamp="$VENV/.postpartum-stamp"
  command -v "$PYTHON_BIN" >/dev/null || die "$PYTHON_BIN not found: Odoo 18 needs Python 3.11."
  [ -x "$VENV/bin/python" ] || { log "creating $VENV"; "$PYTHON_BIN" -m venv "$VENV"; }
  want=$( { odoo_requirements; cat "$REPO_ROOT/requirements.txt" "$REPO_ROOT/requirements-test.txt"; } | sha1sum | cut -d' ' -f1)
  have=$(cat "$stamp" 2>/dev/null || true)
  if [ "$want" != "$have" ]; then
    log "installing Python requirements into $VENV"
    pip_quiet install --upgrade "pip<25" "setuptools<70" wheel
    odoo_requirements > "$VENV/odoo-requirements.txt"
    grep -v '^odoo-addon-' "$REPO_ROOT/requirements.txt" > "$VENV/suite-requirements.txt"
    pip_quiet install -r "$VENV/odoo-requirements.txt" -r "$VENV/suite-requirements.txt" \
      -r "$REPO_ROOT/requirements-test.txt"
    # OCA addons go to their own folder on addons_path, never into site-packages/odoo
    # (that would turn `odoo` into a namespace package hiding $ODOO_HOME).
    rm -rf "$OCA_DIR"
    # shellcheck disable=SC2046
    pip_quiet install --no-deps --target "$OCA_DIR" $(grep '^odoo-addon-' "$REPO_ROOT/requirements.txt")
    rm -rf "$OCA_DIR"/odoo/__init__.py "$OCA_DIR"/odoo/addons/__init__.py
    echo "$want" > "$stamp"
  fi
  [ -d "$OCA_ADDONS/helpdesk_mgmt" ] || die "helpdesk_mgmt missing from $OCA_ADDONS; remove $stamp and retry"
  "$VENV/bin/python" - <<'PY' || die "site-packages hides Odoo: remove .venv and retry"
import importlib.util, sys
spec = importlib.util.find_spec("odoo")
sys.exit(0 if spec is None else 1)
PY
}

setup_postgres() {
  if ! command -v pg_lsclusters >/dev/null && ! command -v psql >/dev/null; then
    [ "$(id -u)" -eq 0 ] || die "PostgreSQL is not installed and you are not root: install postgresql (15+) first."
    log "installing PostgreSQL with apt"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  if command -v pg_lsclusters >/dev/null; then
    local ver name status
    while read -r ver name _ status _; do
      if [ "$status" != "online" ]; then
        log "starting PostgreSQL cluster $ver/$name"
        as_root pg_ctlcluster "$ver" "$name" start || die "could not start PostgreSQL $ver/$name"
      fi
    done < <(pg_lsclusters -h)
  fi
  local me; me="$(id -un)"
  for _ in $(seq 1 30); do pg_isready -q && break; sleep 1; done
  pg_isready -q || die "PostgreSQL does not answer on its local socket"
  if ! psql -d postgres -Atc 'select 1' >/dev/null 2>&1; then
    [ "$me" != postgres ] || die "Odoo refuses to run as the postgres user"
    log "creating PostgreSQL role $me"
    as_root su postgres -c "psql -qc \"CREATE ROLE \\\"$me\\\" LOGIN SUPERUSER CREATEDB\"" \
      || die "could not create a PostgreSQL role for $me"
  fi
}

# List of the suite's addons (folders of addons/ with a manifest), comma-separated,
# with the Chinese chart of accounts of the demo chain (no addon depends on it: a
# store's accounts are chosen on the store, on whatever chart it keeps).
SUITE_LOCALISATION="l10n_cn"
suite_modules() {
  local mods=("$SUITE_LOCALISATION")
  for m in "$REPO_ROOT"/addons/*/__manifest__.py; do mods+=("$(basename "$(dirname "$m")")"); done
  (IFS=,; echo "${mods[*]}")
}

odoo_bin() {
  PYTHONPATH="$ODOO_HOME${PYTHONPATH:+:$PYTHONPATH}" "$VENV/bin/python" "$ODOO_HOME/odoo-bin" "$@"
}

write_config() { # $1 = template, $2 = output file, $3 = db name, $4 = http port
  mkdir -p "$(dirname "$2")"
  sed -e "s#@ODOO_HOME@#$ODOO_HOME#g" -e "s#@REPO_ROOT@#$REPO_ROOT#g" \
      -e "s#@OCA_ADDONS@#$OCA_ADDONS#g" -e "s#@DB@#$3#g" \
      -e "s#@PORT@#$4#g" -e "s#@GEVENT_PORT@#$(($4 + 3))#g" "$REPO_ROOT/config/$1" > "$2"
}

db_exists() { psql -d postgres -Atc "SELECT 1 FROM pg_database WHERE datname = '$1'" | grep -q 1; }

db_initialised() { # the database exists and has Odoo's module table with base installed
  db_exists "$1" && psql -d "$1" -Atc "SELECT 1 FROM ir_module_module WHERE name = 'base' AND state = 'installed'" 2>/dev/null | grep -q 1
}

# Browser tours need chromium and websocket-client; Chinese PDF reports need
# wkhtmltopdf and CJK fonts, their tests pdftotext and pdfinfo (poppler-utils). Installed with apt when missing (as root).
setup_browser_tools() {
  local missing=()
  command -v chromium >/dev/null || command -v google-chrome >/dev/null || missing+=(chromium)
  command -v wkhtmltopdf >/dev/null || missing+=(wkhtmltopdf)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)  # the PDFs' text, in their tests
  fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]} with apt"
    [ "$(id -u)" -eq 0 ] || command -v sudo >/dev/null || die "${missing[*]} missing and not root: install them first"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig >/dev/null \
      || die "could not install ${missing[*]}: browser tours and PDF reports cannot run"
  fi
  "$VENV/bin/python" -c "import websocket" 2>/dev/null || die "websocket-client missing from $VENV: browser tours would be skipped"
}

# nginx in front of Odoo's workers (make run): installed with apt when missing,
# without starting Debian's own site on port 80.
setup_nginx() {
  command -v nginx >/dev/null && return 0
  log "installing nginx with apt (in front of Odoo's workers)"
  [ "$(id -u)" -eq 0 ] || command -v sudo >/dev/null || die "nginx missing and not root: install nginx, or serve without workers (POSTPARTUM_WORKERS=0)"
  local policy=/usr/sbin/policy-rc.d added=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$policy" >/dev/null && as_root chmod +x "$policy" && added=1
  fi
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends nginx >/dev/null \
    || { [ -n "$added" ] && as_root rm -f "$policy"; die "could not install nginx: serve without workers (POSTPARTUM_WORKERS=0)"; }
  [ -n "$added" ] && as_root rm -f "$policy"
  return 0
}

# Serve database $2 (Odoo config $1) on port $3 of interface $4, in the
# foreground until stopped. With POSTPARTUM_WORKERS (default 2) HTTP workers,
# as a chain's stores would run it: nginx on the port sends the web client to
# the workers (port + 1) and the websocket of the live notifications to Odoo's
# evented process (port + 3). POSTPARTUM_WORKERS=0: one Odoo process, no nginx.
serve() {
  local conf="$1" db="$2" port="$3" listen="${4:-127.0.0.1}" workers="${POSTPARTUM_WORKERS:-2}"
  if [ "$workers" = 0 ]; then
    exec env PYTHONPATH="$ODOO_HOME" "$VENV/bin/python" "$ODOO_HOME/odoo-bin" -c "$conf" -d "$db" \
      --http-interface="$listen" --http-port="$port"
  fi
  setup_nginx
  local run_dir="$REPO_ROOT/.data/nginx-$port"
  NGINX_CONF="$run_dir/nginx.conf"
  mkdir -p "$run_dir"
  sed -e "s#@RUN_DIR@#$run_dir#g" -e "s#@LISTEN@#$listen#g" -e "s#@PORT@#$port#g" \
      -e "s#@ODOO_PORT@#$((port + 1))#g" -e "s#@GEVENT_PORT@#$((port + 3))#g" \
      "$REPO_ROOT/config/nginx.conf.in" > "$NGINX_CONF"
  nginx -q -t -c "$NGINX_CONF" -p "$run_dir" -e "$run_dir/nginx-error.log" \
    || die "nginx refuses $NGINX_CONF (see $run_dir/nginx-error.log)"
  # an nginx left by a previous run on this port
  [ -f "$run_dir/nginx.pid" ] && nginx -c "$NGINX_CONF" -p "$run_dir" -e "$run_dir/nginx-error.log" -s stop 2>/dev/null || true
  nginx -c "$NGINX_CONF" -p "$run_dir" -e "$run_dir/nginx-error.log" || die "nginx did not start (port $port in use?)"
  trap 'nginx -c "$NGINX_CONF" -p "$(dirname "$NGINX_CONF")" -e "$(dirname "$NGINX_CONF")/nginx-error.log" -s stop 2>/dev/null || true' EXIT
  trap 'exit 143' TERM INT
  log "nginx on $listen:$port, Odoo with $workers workers on $((port + 1)), live notifications on $((port + 3))"
  odoo_bin -c "$conf" -d "$db" --workers="$workers" --proxy-mode --http-interface=127.0.0.1 \
    --http-port="$((port + 1))" --gevent-port="$((port + 3))" &
  wait $!
}
