from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PostpartumDisciplineRule(models.Model):
    _inherit = "postpartum.discipline.rule"

    trigger = fields.Selection(
        selection_add=[("complaint_confirmed", "Confirmed complaints")],
        ondelete={"complaint_confirmed": "cascade"},
    )

    @api.constrains("trigger", "threshold")
    def _check_complaint_threshold(self):
        for rule in self.filtered(lambda r: r.trigger == "complaint_confirmed"):
            if rule.threshold < 1:
                raise ValidationError(self.env._("Count at least one confirmed complaint."))

    @api.model
    def _evaluate_complaints(self, tickets):
        """Propose the decisions of the rules on confirmed complaints: a rule fires
        when the caregiver has at least its threshold of confirmed complaints
        within its window (the ticket just confirmed included)."""
        created = self.env["postpartum.discipline.record"]
        rules = self.search([("trigger", "=", "complaint_confirmed")])
        if not rules or not tickets:
            return created
        Ticket = self.env["helpdesk.ticket"].sudo()
        today = fields.Date.context_today(self)
        for rule in rules:
            since = today - timedelta(days=rule.window_days)
            counts = dict(
                Ticket._read_group(
                    [
                        ("caregiver_id", "in", tickets.caregiver_id.ids),
                        ("feedback_type", "=", "complaint"),
                        ("complaint_state", "=", "confirmed"),
                        ("create_date", ">=", fields.Datetime.to_datetime(since)),
                    ],
                    ["caregiver_id"],
                    ["__count"],
                )
            )
            for ticket in tickets:
                count = counts.get(ticket.caregiver_id, 0)
                if not rule._fires(count):
                    continue
                record = rule._propose(
                    ticket.caregiver_id,
                    f"complaint:{ticket.id}",
                    self.env._(
                        "Complaint %(ticket)s confirmed (%(category)s): %(count)s confirmed "
                        "complaints within %(days)s days.",
                        ticket=ticket.display_name,
                        category=ticket.category_id.name or "-",
                        count=count,
                        days=rule.window_days,
                    ),
                )
                record.ticket_id = ticket
                created |= record
        return created | self._evaluate_warnings(created)
