from odoo import models
from odoo.exceptions import ValidationError

from ..tools import phone_problem


class PostpartumPhoneMixin(models.AbstractModel):
    """Telephone numbers that staff will call (a mother, her emergency
    contact, an enquiry to call back): refused when they cannot be one.

    A model lists its fields in ``_phone_fields``; ``_phone_fields_checked``
    says which of them are checked on a given record (all by default). Checked
    on create and write, whatever the caller, through ``_validate_fields``."""

    _name = "postpartum.phone.mixin"
    _description = "Checked Telephone Numbers"

    _phone_fields = ()

    def _phone_fields_checked(self):
        return self._phone_fields

    def _validate_fields(self, field_names, excluded_names=()):
        field_names = set(field_names)  # create passes a generator: read it once
        super()._validate_fields(field_names, excluded_names)
        names = set(self._phone_fields).intersection(field_names) - set(excluded_names)
        if not names:
            return
        # who sets a number may not read it back (field groups): check as the system
        for record in self.sudo():
            for name in set(record._phone_fields_checked()) & names:
                value = record[name]
                problem = phone_problem(value)
                if problem:
                    label = record._fields[name]._description_string(self.env)
                    if problem == "format":
                        message = self.env._(
                            '%(field)s "%(value)s" is not a telephone number: use digits, '
                            "with spaces or hyphens if you like (for example 138 0013 8000).",
                            field=label,
                            value=value,
                        )
                    else:
                        message = self.env._(
                            '%(field)s "%(value)s" has too few or too many digits: a mobile '
                            "number has 11, a landline 7 to 8 plus its area code.",
                            field=label,
                            value=value,
                        )
                    raise ValidationError(message)
