from datetime import timedelta

from odoo import api, fields, models

ANCHORS = [
    ("due_date", "Due Date"),
    ("check_in", "Check-in"),
    ("check_out", "Check-out"),
]


class PostpartumFollowupPlan(models.Model):
    """A follow-up plan (回访): calls planned from an event of the stay, each
    with its script (seed 客户服务手册 4.4-4.8)."""

    _name = "postpartum.followup.plan"
    _description = "Follow-up Plan"
    _order = "anchor, sequence, id"

    name = fields.Char(required=True, translate=True)
    sequence = fields.Integer(default=10)
    anchor = fields.Selection(ANCHORS, string="From", required=True)
    company_id = fields.Many2one("res.company", string="Store", help="Empty: every store.")
    active = fields.Boolean(default=True)
    line_ids = fields.One2many("postpartum.followup.plan.line", "plan_id", string="Calls")

    @api.model
    def _plans_for(self, anchor, company):
        return self.search([("anchor", "=", anchor), ("company_id", "in", [False, company.id])])

    def _anchor_date(self, stay, anchor_date=None):
        self.ensure_one()
        if anchor_date:
            return anchor_date
        return {
            "due_date": stay.due_date,
            "check_in": stay.date_start,
            "check_out": stay.date_end,
        }[self.anchor]

    def _apply(self, stay, anchor_date=None):
        """Plan this plan's calls for ``stay`` (calls already past are not
        planned for a due-date plan: the family has given birth or is close)."""
        Followup = self.env["postpartum.followup"]
        values = []
        today = fields.Date.context_today(self)
        for plan in self:
            base = plan._anchor_date(stay, anchor_date)
            if not base:
                continue
            for line in plan.line_ids:
                sign = -1 if line.direction == "before" else 1
                day = base + timedelta(days=sign * line.offset_days)
                if plan.anchor == "due_date" and day <= today:
                    continue
                values.append(
                    {
                        "plan_line_id": line.id,
                        "stay_id": stay.id,
                        "date": day,
                        "user_id": line._responsible(stay).id,
                    }
                )
        return Followup.create(values)
