from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PostpartumGreetingHoliday(models.Model):
    """A holiday on which member caregivers receive greetings (节日问候)."""

    _name = "postpartum.greeting.holiday"
    _description = "Greeting Holiday"
    _order = "date"

    name = fields.Char(required=True, translate=True)
    date = fields.Date(required=True, help="This year's date (lunar holidays move every year).")
    days_before = fields.Integer(
        default=3, help="The greeting activity is scheduled this many days before."
    )
    active = fields.Boolean(default=True)

    @api.constrains("days_before")
    def _check_days_before(self):
        for holiday in self:
            if not 0 <= holiday.days_before <= 60:
                raise ValidationError(self.env._("Schedule greetings 0 to 60 days before."))

    @api.model
    def _cron_greetings(self):
        """The holidays whose greetings are due today (``days_before`` the
        holiday): a greeting activity on every member caregiver for her store's
        caregiver manager."""
        today = fields.Date.context_today(self)
        due = self.search([("date", ">=", today), ("date", "<=", today + timedelta(days=60))])
        due = due.filtered(lambda h: h.date - timedelta(days=h.days_before) == today)
        if not due:
            return True
        members = self.env["hr.employee"].search(
            [("is_caregiver", "=", True), ("caregiver_state", "=", "member")]
        )
        for holiday in due:
            members._schedule_greeting(holiday.date, holiday)
        return True
