# Two commands (see README.md). ODOO_HOME defaults to /opt/odoo.
.PHONY: run test lint clean help

help:
	@echo "make run   - set up and serve the suite with demo data on http://localhost:8069"
	@echo "make test  - set up, build a throw-away database and run every test and static check"
	@echo "make clean - remove the virtualenv and local data (not the databases)"

run:
	bash scripts/run.sh

test:
	bash scripts/test.sh

clean:
	rm -rf .venv .data
