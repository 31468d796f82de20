from odoo import api, models
from odoo.exceptions import AccessError

from ..tools import user_has_role


class PostpartumReportMixin(models.AbstractModel):
    """The server side of a document the center prints: who may print it,
    whatever the client asks (the print menu's groups are only a menu).
    A report model (``report.<module>.<template>``) inherits it, names its
    model and roles, and words its refusal."""

    _name = "postpartum.report.mixin"
    _description = "Printed Document"

    _report_model = None
    _report_roles = ()

    def _report_refusal(self):
        """The message of a refused print, in the reader's language."""
        raise NotImplementedError

    def _report_values(self, docs):
        """Values the template needs besides ``docs``; may refuse the print."""
        return {}

    @api.model
    def _get_report_values(self, docids, data=None):
        if not user_has_role(self.env, *self._report_roles):
            raise AccessError(self._report_refusal())
        docs = self.env[self._report_model].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": self._report_model,
            "docs": docs,
            "data": data,
            **self._report_values(docs),
        }
