from odoo import api, fields, models
from odoo.tools import SQL

from .postpartum_checklist_template import CHECKLIST_KINDS


class PostpartumStayChecklist(models.Model):
    _name = "postpartum.stay.checklist"
    _description = "Stay Checklist Line"
    _check_company_auto = True
    _order = "kind, sequence, id"

    stay_id = fields.Many2one("postpartum.stay", required=True, ondelete="cascade", index=True)
    company_id = fields.Many2one(related="stay_id.company_id", store=True)
    template_id = fields.Many2one(
        "postpartum.checklist.template",
        string="Checklist Item",
        ondelete="set null",
        check_company=True,
    )
    # a copy of the item's name in every language (the item may change later)
    name = fields.Char(required=True, translate=True)
    kind = fields.Selection(CHECKLIST_KINDS, required=True)
    sequence = fields.Integer(default=10)
    done = fields.Boolean()
    note = fields.Char()
    done_by_id = fields.Many2one("res.users", string="Checked by", readonly=True)

    def write(self, vals):
        if vals.get("done"):
            vals["done_by_id"] = self.env.user.id
        return super().write(vals)

    @api.model
    def _sync_template_names(self, lines=None):
        """Copy the names of the checklist items, with all their translations,
        onto the lines of stays (``lines``, default all of them): lines copied
        from an item in one language (before the language was loaded, or by
        an older version that linked no item) read in the reader's language.
        Lines of no item are matched to an item by their English name."""
        self.env.flush_all()
        where = SQL("TRUE") if lines is None else SQL("line.id = ANY(%s)", lines.ids)
        self.env.cr.execute(
            SQL(
                """
                UPDATE postpartum_stay_checklist line
                   SET template_id = item.id
                  FROM postpartum_checklist_template item
                 WHERE line.template_id IS NULL AND %(where)s
                   AND line.kind = item.kind
                   AND line.name->>'en_US' = item.name->>'en_US'
                """,
                where=where,
            )
        )
        self.env.cr.execute(
            SQL(
                """
                UPDATE postpartum_stay_checklist line
                   SET name = item.name
                  FROM postpartum_checklist_template item
                 WHERE line.template_id = item.id AND %(where)s
                   AND line.name IS DISTINCT FROM item.name
                """,
                where=where,
            )
        )
        self.invalidate_model(["name", "template_id"])
        return True
