from odoo import fields, models
from odoo.tools import html2plaintext


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    feedback_ticket_ids = fields.One2many(
        "helpdesk.ticket", "caregiver_id", string="Customer Feedback", groups="hr.group_hr_user"
    )
    complaint_count = fields.Integer(compute="_compute_feedback_counts", groups="hr.group_hr_user")
    commendation_count = fields.Integer(
        compute="_compute_feedback_counts", groups="hr.group_hr_user"
    )

    def _compute_feedback_counts(self):
        Ticket = self.env["helpdesk.ticket"]
        complaints = dict(
            Ticket._read_group(
                [
                    ("caregiver_id", "in", self.ids),
                    ("feedback_type", "=", "complaint"),
                    ("complaint_state", "=", "confirmed"),
                ],
                ["caregiver_id"],
                ["__count"],
            )
        )
        praises = dict(
            Ticket._read_group(
                [("caregiver_id", "in", self.ids), ("is_testimonial", "=", True)],
                ["caregiver_id"],
                ["__count"],
            )
        )
        for employee in self:
            employee.complaint_count = complaints.get(employee, 0)
            employee.commendation_count = praises.get(employee, 0)

    def action_open_feedback(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "postpartum_helpdesk.action_postpartum_feedback"
        )
        action["domain"] = [("caregiver_id", "=", self.id)]
        action["context"] = {"default_caregiver_id": self.id}
        return action

    def _profile_testimonials(self):
        """The families' praise made testimonials (表扬), newest first, for the
        caregiver profile card: their words only, not who wrote them."""
        tickets = (
            self.env["helpdesk.ticket"]
            .sudo()
            .search(
                [("caregiver_id", "=", self.id), ("is_testimonial", "=", True)],
                order="create_date desc",
                limit=5,
            )
        )
        return [html2plaintext(ticket.description or ticket.name).strip() for ticket in tickets]
