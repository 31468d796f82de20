from odoo import api, fields, models


class PostpartumDistrict(models.Model):
    """A district (区) and its centre: where a family or a caregiver lives is
    often known by its district only, and matching needs a distance."""

    _name = "postpartum.district"
    _description = "District"
    _order = "city, name"

    name = fields.Char(required=True, index=True)
    city = fields.Char(required=True)
    latitude = fields.Float(digits=(10, 7), required=True)
    longitude = fields.Float(digits=(10, 7), required=True)

    _sql_constraints = [
        ("name_city_unique", "unique(name, city)", "This district is already listed for its city."),
        (
            "coordinates_valid",
            "CHECK(latitude BETWEEN -90 AND 90 AND longitude BETWEEN -180 AND 180)",
            "The latitude lies between -90 and 90, the longitude between -180 and 180.",
        ),
    ]

    @api.model
    def _coordinates_of(self, names):
        """{district name: (latitude, longitude)} of the listed ``names``, in
        one query."""
        names = {name.strip() for name in names if name and name.strip()}
        if not names:
            return {}
        districts = self.sudo().search([("name", "in", list(names))])
        return {d.name: (d.latitude, d.longitude) for d in districts}
