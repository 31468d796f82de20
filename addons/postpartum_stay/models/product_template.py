from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ProductTemplate(models.Model):
    """A stay package (套餐) is a sale product: room type, days, what it includes."""

    _inherit = "product.template"

    is_stay_package = fields.Boolean(string="Stay Package", tracking=True)
    package_room_type_id = fields.Many2one("postpartum.room.type", string="Room Type")
    package_days = fields.Integer(string="Days", default=28, tracking=True)
    package_meals = fields.Boolean(string="Meals Included", default=True)
    package_services = fields.Html(
        string="Included Services and Sessions",
        help="Nursing, baby care, recovery sessions... included in the package.",
    )

    @api.constrains("is_stay_package", "package_days", "package_room_type_id")
    def _check_package(self):
        for product in self.filtered("is_stay_package"):
            if product.package_days <= 0:
                raise ValidationError(
                    self.env._(
                        "A package lasts at least one day (%(package)s: %(days)s).",
                        package=product.name,
                        days=product.package_days,
                    )
                )
            if not product.package_room_type_id:
                raise ValidationError(
                    self.env._("Choose the room type of package %(package)s.", package=product.name)
                )
