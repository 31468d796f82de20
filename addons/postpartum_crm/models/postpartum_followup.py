from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import reader_env


class PostpartumFollowup(models.Model):
    """Holiday greeting calls (节假日问候) to the center's customers."""

    _inherit = "postpartum.followup"

    holiday_id = fields.Many2one(
        "postpartum.greeting.holiday", string="Holiday", ondelete="set null", index=True
    )

    _sql_constraints = [
        (
            "holiday_partner_uniq",
            "UNIQUE(holiday_id, partner_id)",
            "This customer already has a greeting for this holiday.",
        ),
    ]

    @api.model
    def _cron_holiday_greetings(self):
        """Greeting calls (节假日问候) to the customers of each store before a
        holiday: mothers with a signed stay (to come, in house, or left within
        a year), once per holiday and customer."""
        today = fields.Date.context_today(self)
        holidays = self.env["postpartum.greeting.holiday"].search(
            [("for_customers", "=", True), ("date", ">=", today)]
        )
        holidays = holidays.filtered(lambda h: (h.date - today).days <= h.days_before)
        if not holidays:
            return self
        stays = self.env["postpartum.stay"].search(
            [
                ("state", "in", ("reserved", "checked_in", "checked_out")),
                ("date_end", ">=", today - timedelta(days=365)),
            ]
        )
        done = {
            (followup.holiday_id, followup.partner_id)
            for followup in self.search([("holiday_id", "in", holidays.ids)])
        }
        values = []
        for holiday in holidays:
            for stay in stays:
                key = (holiday, stay.partner_id)
                if key in done:
                    continue
                done.add(key)
                env = reader_env(self.env, company=stay.company_id)
                values.append(
                    {
                        "name": env._("%(holiday)s greeting", holiday=holiday.with_env(env).name),
                        "script": holiday.customer_script,
                        "holiday_id": holiday.id,
                        "partner_id": stay.partner_id.id,
                        "company_id": stay.company_id.id,
                        "user_id": (stay.company_id.customer_service_user_id or stay.user_id).id,
                        "date": holiday.date - timedelta(days=1),
                    }
                )
        return self.create(values)
