from odoo import api, fields, models
from odoo.exceptions import ValidationError

_NUMBERS = ("integer", "float", "monetary")
_DATES = ("date", "datetime")


class Base(models.AbstractModel):
    _inherit = "base"

    def _postpartum_check_input(self, vals):
        """A number or a date sent as text that is none (a script, an import,
        an RPC caller): refused with the field's name in the user's language
        rather than Python's "could not convert string to float"."""
        for name, value in vals.items():
            if not isinstance(value, str) or not value:
                continue
            field = self._fields.get(name)
            if field is None or field.type not in _NUMBERS + _DATES:
                continue
            try:
                if field.type in _NUMBERS:
                    float(value)
                elif field.type == "date":
                    fields.Date.to_date(value)
                else:
                    fields.Datetime.to_datetime(value)
            except (TypeError, ValueError):
                label = field._description_string(self.env)
                if field.type in _NUMBERS:
                    message = self.env._(
                        '%(field)s: "%(value)s" is not a number.', field=label, value=value[:50]
                    )
                else:
                    message = self.env._(
                        '%(field)s: "%(value)s" is not a date (YYYY-MM-DD).',
                        field=label,
                        value=value[:50],
                    )
                raise ValidationError(message) from None

    def write(self, vals):
        self._postpartum_check_input(vals)
        return super().write(vals)

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._postpartum_check_input(vals)
        return super().create(vals_list)
