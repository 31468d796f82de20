"""The stores choose their deposits and deductions accounts (18.0.1.1.0):
the stores of an existing database get the accounts they used, made when
first needed before, now set when a chart of accounts is installed."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["res.company"].search([("chart_template", "!=", False)])._postpartum_setup_stay_accounts()
