"""Kitchens are set up with their store (18.0.1.1.0), no longer when first
needed: the stores of an existing database that never needed one get theirs."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    env["res.company"].search([("id", "!=", 0)])._postpartum_setup_kitchen()
