from psycopg2 import errors as pg_errors

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import SQL


class PostpartumPeriodMixin(models.AbstractModel):
    """A record that covers a period of days, both ends included.

    A model that must never overlap for the same key (a room, a caregiver, a
    store's acting manager...) sets ``_period_overlap_keys`` and declares the
    PostgreSQL exclusion constraint built by :meth:`_period_exclusion_sql` in
    its ``_sql_constraints``: the database then refuses overlaps even between
    concurrent transactions. ``create`` and ``write`` turn that refusal into a
    ValidationError naming the conflicting record
    (:meth:`_period_overlap_message`), and nothing is written.
    """

    _name = "postpartum.period.mixin"
    _description = "Period of days (postpartum)"
    _period_overlap_keys = ()

    date_start = fields.Date(string="Start Date", required=True, index=True, tracking=True)
    date_end = fields.Date(string="End Date", required=True, index=True, tracking=True)
    duration_days = fields.Integer(
        string="Days",
        compute="_compute_duration_days",
        help="Number of days, both ends included.",
    )

    @staticmethod
    def _period_exclusion_sql(*key_columns, where=None):
        """SQL of an exclusion constraint: same key values, overlapping dates
        (only among the rows matching ``where``, an SQL condition, if given)."""
        keys = ", ".join(f"{col} WITH =" for col in key_columns)
        sql = f"EXCLUDE USING gist ({keys}, daterange(date_start, date_end, '[]') WITH &&)"
        return f"{sql} WHERE ({where})" if where else sql

    def _period_overlap_domain(self):
        """Records that take part in the overlap rule (the ORM side of the
        exclusion constraint's ``where``)."""
        return []

    @api.depends("date_start", "date_end")
    def _compute_duration_days(self):
        for rec in self:
            if rec.date_start and rec.date_end and rec.date_end >= rec.date_start:
                rec.duration_days = (rec.date_end - rec.date_start).days + 1
            else:
                rec.duration_days = 0

    @api.constrains("date_start", "date_end")
    def _check_period_dates(self):
        for rec in self:
            rec._check_period_values(rec.date_start, rec.date_end)

    @api.model
    def _check_period_values(self, date_start, date_end):
        """Refuse a period that ends before it starts. Also called before any
        write: PostgreSQL cannot even build the date range of such a period."""
        date_start, date_end = fields.Date.to_date(date_start), fields.Date.to_date(date_end)
        if date_start and date_end and date_end < date_start:
            raise ValidationError(
                self.env._(
                    "The period ends (%(end)s) before it starts (%(start)s).",
                    end=date_end,
                    start=date_start,
                )
            )

    def _period_overlapping(self, values):
        """Records overlapping a period described by ``values`` (a dict with
        the key fields, date_start and date_end), other than ``self``."""
        domain = [
            *self._period_overlap_domain(),
            ("id", "not in", self.ids),
            ("date_start", "<=", values["date_end"]),
            ("date_end", ">=", values["date_start"]),
        ]
        for key in self._period_overlap_keys:
            value = values[key]
            domain.append((key, "=", value.id if isinstance(value, models.BaseModel) else value))
        return self.sudo().search(domain, limit=1)

    def _period_overlap_message(self, conflict):
        """Message shown when the period overlaps ``conflict``; override it."""
        return self.env._(
            "This period overlaps %(other)s (%(start)s to %(end)s).",
            other=conflict.display_name,
            start=conflict.date_start,
            end=conflict.date_end,
        )

    def _raise_period_overlap(self, values_list):
        for values in values_list:
            needed = (*self._period_overlap_keys, "date_start", "date_end")
            if all(values.get(k) for k in needed):
                period = {
                    **values,
                    "date_start": fields.Date.to_date(values["date_start"]),
                    "date_end": fields.Date.to_date(values["date_end"]),
                }
                conflict = self._period_overlapping(period)
                if conflict:
                    raise ValidationError(self._period_overlap_message(conflict))
        raise ValidationError(self.env._("This period overlaps another one for the same resource."))

    def _period_lock_resources(self, values_list):
        """Lock the rows of the resources being booked (the room, the caregiver)
        before writing, always in id order and without waiting: of competing
        bookings of one resource the first goes on, the others are refused at
        once with a clear message (and a booking made after the first committed
        meets it in the exclusion constraint), instead of transactions
        deadlocking inside the constraint check and being retried."""
        for key in self._period_overlap_keys:
            field = self._fields[key]
            if field.type != "many2one":
                continue
            ids = set()
            for values in values_list:
                value = values.get(key)
                ids.add(value.id if isinstance(value, models.BaseModel) else value)
            ids = sorted(i for i in ids if isinstance(i, int) and i > 0)
            if not ids:
                continue
            resources = self.env[field.comodel_name]
            try:
                with self.env.cr.savepoint(flush=False):
                    self.env.cr.execute(
                        SQL(
                            "SELECT id FROM %s WHERE id = ANY(%s) ORDER BY id "
                            "FOR NO KEY UPDATE NOWAIT",
                            SQL.identifier(resources._table),
                            ids,
                        )
                    )
            except pg_errors.LockNotAvailable:
                names = ", ".join(resources.browse(ids).sudo().mapped("display_name"))
                raise UserError(
                    self.env._(
                        "%(resource)s is being booked by someone else at this very moment: "
                        "try again in a moment.",
                        resource=names,
                    )
                ) from None

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._check_period_values(vals.get("date_start"), vals.get("date_end"))
        if not self._period_overlap_keys:
            return super().create(vals_list)
        self._period_lock_resources(vals_list)
        try:
            with self.env.cr.savepoint():
                return super().create(vals_list)
        except pg_errors.ExclusionViolation:
            self._raise_period_overlap(vals_list)

    def write(self, vals):
        if "date_start" in vals or "date_end" in vals:
            for rec in self:
                rec._check_period_values(
                    vals.get("date_start", rec.date_start), vals.get("date_end", rec.date_end)
                )
        if not self._period_overlap_keys:
            return super().write(vals)
        # any write may make the record take part in the rule (a state that
        # books the resource, say): the savepoint flushes and catches it
        fnames = {*self._period_overlap_keys, "date_start", "date_end"}
        self._period_lock_resources(
            [
                {k: vals[k] if k in vals else rec[k] for k in self._period_overlap_keys}
                for rec in self
            ]
        )
        try:
            with self.env.cr.savepoint():
                return super().write(vals)
        except pg_errors.ExclusionViolation:
            self._raise_period_overlap(
                [{f: vals[f] if f in vals else rec[f] for f in fnames} for rec in self]
            )
