"""18.0.1.1.0. The stores choose their deposits and deductions accounts:
the stores of an existing database get the accounts they used, made when
first needed before, now set when a chart of accounts is installed."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["res.company"].search([("chart_template", "!=", False)])._postpartum_setup_stay_accounts()
    # stays signed before the contracts kept what was signed: their contract is
    # the package as it is now and the order's total, signed on the order's date
    stays = env["postpartum.stay"].search(
        [("state", "in", ("reserved", "checked_in", "checked_out")), ("contract_date", "=", False)]
    )
    for stay in stays:
        order = stay.sale_order_id
        values = stay._contract_snapshot(order)
        values["contract_date"] = (order.date_order or stay.create_date).date()
        stay._workflow_flow().write(values)
