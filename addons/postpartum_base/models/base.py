from odoo import api, fields, models
from odoo.exceptions import ValidationError

_NUMBERS = ("integer", "float", "monetary")
_DATES = ("date", "datetime")
# the models of Odoo the suite's users write through the suite (theirs are
# "postpartum.*"): a link to a record that does not exist is named there
_CHECKED_LINKS = ("res.partner", "crm.lead", "helpdesk.ticket", "hr.employee")


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

    def _postpartum_check_links(self, vals_list):
        """A link to a record that does not exist (an id typed by a script, a
        record deleted meanwhile): refused with the field and the id named,
        rather than PostgreSQL's foreign key error, which Odoo words as if a
        record were being deleted. One query per field, for all the values."""
        if not (self._name.startswith("postpartum.") or self._name in _CHECKED_LINKS):
            return
        wanted = {}
        for vals in vals_list:
            for name, value in vals.items():
                field = self._fields.get(name)
                if (
                    field is not None
                    and field.type == "many2one"
                    and isinstance(value, int)
                    and not isinstance(value, bool)
                    and value
                ):
                    wanted.setdefault(name, set()).add(value)
        for name, ids in wanted.items():
            field = self._fields[name]
            found = set(self.env[field.comodel_name].sudo().browse(ids).exists().ids)
            missing = sorted(ids - found)
            if missing:
                raise ValidationError(
                    self.env._(
                        "%(field)s: there is no %(model)s with the id %(id)s.",
                        field=field._description_string(self.env),
                        model=self.env["ir.model"]._get(field.comodel_name).name,
                        id=missing[0],
                    )
                )

    def write(self, vals):
        self._postpartum_check_input(vals)
        self._postpartum_check_links([vals])
        return super().write(vals)

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._postpartum_check_input(vals)
        self._postpartum_check_links(vals_list)
        return super().create(vals_list)
