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
