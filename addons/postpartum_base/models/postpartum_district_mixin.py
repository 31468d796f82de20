from odoo import api, models


class PostpartumDistrictMixin(models.AbstractModel):
    """Coordinates from the district when none are given: a model lists its
    (district, latitude, longitude) fields in ``_district_fields``; on create,
    on write and in the form, a known district (postpartum.district) whose
    record has no coordinates (0, 0) gets the district's centre."""

    _name = "postpartum.district.mixin"
    _description = "Coordinates from the District"

    _district_fields = ("district", "latitude", "longitude")

    def _district_coordinates(self, vals_list):
        district, lat, lon = self._district_fields
        known = self.env["postpartum.district"]._coordinates_of(
            [vals.get(district) for vals in vals_list]
        )
        for vals in vals_list:
            name = (vals.get(district) or "").strip()
            if name in known and not (vals.get(lat) or vals.get(lon)):
                vals[lat], vals[lon] = known[name]
        return vals_list

    @api.model_create_multi
    def create(self, vals_list):
        return super().create(self._district_coordinates(vals_list))

    def write(self, vals):
        # a new district is a move: its centre replaces the old coordinates,
        # unless the caller gives them
        district, lat, lon = self._district_fields
        if vals.get(district) and lat not in vals and lon not in vals:
            vals = self._district_coordinates([dict(vals)])[0]
        return super().write(vals)

    def _fill_coordinates_from_district(self):
        """For the forms' onchange on the district."""
        district, lat, lon = self._district_fields
        for record in self:
            known = self.env["postpartum.district"]._coordinates_of([record[district]])
            if record[district] in known:
                record[lat], record[lon] = known[record[district]]
