from odoo import fields, models


class PostpartumGreetingHoliday(models.Model):
    """Holidays also greet the center's customers (节假日问候, seed 4.4.2)."""

    _inherit = "postpartum.greeting.holiday"

    for_customers = fields.Boolean(
        string="Greet Customers", default=True, help="Plan greeting calls to the customers."
    )
    customer_script = fields.Html(translate=True, help="What to say to the customers.")
