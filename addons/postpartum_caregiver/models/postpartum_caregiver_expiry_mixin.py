from datetime import timedelta

from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import reader_env

DEFAULT_WARNING_DAYS = 30


class PostpartumCaregiverExpiryMixin(models.AbstractModel):
    """A caregiver's document that expires (certificate, health check): its
    own daily job warns her store's caregiver manager before it does."""

    _name = "postpartum.caregiver.expiry.mixin"
    _description = "Caregiver Document that Expires"

    # the date after which the document no longer holds
    _expiry_date_field = None

    def _expiry_current(self):
        """The records whose expiry matters (all; the health checks: the
        latest of each caregiver)."""
        return self

    @api.model
    def _cron_expiry_check(self):
        """Warn each store's caregiver manager of the documents of its members
        (suspended ones included) that expire within the store's warning period
        or have expired: one activity per document, in the manager's language."""
        field = self._expiry_date_field
        today = fields.Date.context_today(self)
        activity_type = self.env.ref("postpartum_caregiver.mail_activity_type_document_expiry")
        # the longest warning period of the stores (a store without one: the default)
        [(longest,)] = (
            self.env["res.company"]
            .sudo()
            ._read_group([], aggregates=["caregiver_expiry_warning_days:max"])
        )
        longest = max(longest or 0, DEFAULT_WARNING_DAYS)
        records = (
            self.sudo()
            .search(
                [
                    ("employee_id.is_caregiver", "=", True),
                    ("employee_id.caregiver_state", "in", ("member", "suspended")),
                    (field, "!=", False),
                    (field, "<=", today + timedelta(days=longest)),
                ]
            )
            ._expiry_current()
        )
        warned = set(
            self.env["mail.activity"]
            .sudo()
            .search(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "in", records.ids),
                    ("activity_type_id", "=", activity_type.id),
                ]
            )
            .mapped("res_id")
        )
        what = self.env["ir.model"]._get(self._name)
        for store in records.company_id:
            limit = today + timedelta(
                days=store.caregiver_expiry_warning_days or DEFAULT_WARNING_DAYS
            )
            user = store._caregiver_manager_user()
            env = reader_env(self.env, user=user, company=store)
            for record in records.filtered(
                lambda r, store=store, limit=limit: r.company_id == store
                and r[field] <= limit
                and r.id not in warned
            ):
                end = record[field]
                record.activity_schedule(
                    activity_type_id=activity_type.id,
                    date_deadline=max(min(end, limit), today),
                    summary=env._(
                        "%(what)s of %(name)s: valid until %(date)s",
                        what=what.with_env(env).name,
                        name=record.employee_id.name,
                        date=end,
                    ),
                    user_id=user.id,
                )
        return True
