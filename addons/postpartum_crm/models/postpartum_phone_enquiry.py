from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import local_datetime_string, reader_env, store_users_domain
from odoo.exceptions import UserError


class PostpartumPhoneEnquiry(models.Model):
    """A phone enquiry (电话咨询): who called, when the baby is expected, what
    interests them; handed to a consultant who invites the family to visit."""

    _name = "postpartum.phone.enquiry"
    _description = "Phone Enquiry"
    _check_company_auto = True
    _inherit = ["mail.thread", "postpartum.phone.mixin"]
    _order = "call_datetime desc, id desc"
    _phone_fields = ("phone",)

    lead_id = fields.Many2one("crm.lead", index=True, ondelete="cascade", check_company=True)
    company_id = fields.Many2one(
        "res.company",
        string="Store",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    call_datetime = fields.Datetime(string="Call Time", required=True, default=fields.Datetime.now)
    caller_name = fields.Char(required=True)
    phone = fields.Char(required=True)
    due_date = fields.Date(string="Baby Expected")
    hospital = fields.Char()
    interest_ids = fields.Many2many("postpartum.crm.interest", string="Topics of Interest")
    notes = fields.Text()
    taken_by_id = fields.Many2one("res.users", default=lambda self: self.env.user)
    consultant_id = fields.Many2one(
        "res.users",
        string="Handed to",
        tracking=True,
        domain=lambda self: store_users_domain(self.env, "postpartum_base.group_consultant"),
    )

    @api.depends("caller_name", "call_datetime")
    @api.depends_context("tz", "uid")
    def _compute_display_name(self):
        for enquiry in self:
            when = local_datetime_string(self.env, enquiry.call_datetime, enquiry.company_id)
            enquiry.display_name = f"{enquiry.caller_name or ''} {when}".strip()

    @api.model_create_multi
    def create(self, vals_list):
        enquiries = super().create(vals_list)
        for enquiry in enquiries.filtered(lambda e: not e.lead_id):
            enquiry.lead_id = enquiry._create_lead()
        for enquiry in enquiries:
            enquiry._sync_lead()
        return enquiries

    def _create_lead(self):
        self.ensure_one()
        return self.env["crm.lead"].create(
            {
                "name": reader_env(self.env, company=self.company_id)._(
                    "Phone enquiry: %(name)s", name=self.caller_name
                ),
                "type": "opportunity",
                "contact_name": self.caller_name,
                "phone": self.phone,
                "channel": "phone",
                "company_id": self.company_id.id,
                "due_date": self.due_date,
                "hospital": self.hospital,
                "user_id": (self.consultant_id or self.env.user).id,
            }
        )

    def _sync_lead(self):
        """What the call taught us goes to the lead."""
        lead = self.lead_id
        values = {}
        if self.due_date and not lead.due_date:
            values["due_date"] = self.due_date
        if self.hospital and not lead.hospital:
            values["hospital"] = self.hospital
        if self.interest_ids - lead.interest_ids:
            values["interest_ids"] = [(4, i) for i in self.interest_ids.ids]
        if values:
            lead.write(values)

    def action_hand_over(self):
        """Hand the family to the consultant: an invitation-to-visit activity
        on the lead."""
        for enquiry in self:
            if not enquiry.consultant_id:
                raise UserError(self.env._("Choose the consultant who takes over."))
            enquiry.lead_id.user_id = enquiry.consultant_id
            env = reader_env(self.env, user=enquiry.consultant_id, company=enquiry.company_id)
            enquiry.lead_id.activity_schedule(
                "postpartum_crm.mail_activity_invite_visit",
                summary=env._("Invite %(name)s to visit the center", name=enquiry.caller_name),
                note=enquiry.notes,
                user_id=enquiry.consultant_id.id,
            )
        return True
