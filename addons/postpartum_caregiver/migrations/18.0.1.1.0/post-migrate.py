"""The daily jobs moved onto the models they act on (certificates, health
checks, holidays): the old combined jobs, kept by their noupdate data file,
would call methods that are gone."""

from odoo import SUPERUSER_ID, api


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    for name in ("cron_caregiver_expiry_check", "cron_caregiver_greetings"):
        cron = env.ref(f"postpartum_caregiver.{name}", raise_if_not_found=False)
        if cron:
            cron.unlink()
