from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import local_datetime_string, store_users_domain


class PostpartumVisit(models.Model):
    """A visit registration (来访登记表)."""

    _name = "postpartum.visit"
    _description = "Visit"
    _check_company_auto = True
    _inherit = ["mail.thread", "postpartum.phone.mixin"]
    _order = "visit_datetime desc, id desc"
    _phone_fields = ("phone",)

    lead_id = fields.Many2one("crm.lead", index=True, ondelete="set null", check_company=True)
    company_id = fields.Many2one(
        "res.company",
        string="Store",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )
    visit_datetime = fields.Datetime(
        string="Visit Time", required=True, default=fields.Datetime.now
    )
    visitor_name = fields.Char(required=True)
    phone = fields.Char()
    companions = fields.Char(help="Who came with her: husband, mother...")
    consultant_id = fields.Many2one(
        "res.users",
        string="Consultant",
        default=lambda self: self.env.user,
        tracking=True,
        domain=lambda self: store_users_domain(self.env, "postpartum_base.group_consultant"),
    )
    room_type_ids = fields.Many2many("postpartum.room.type", string="Rooms Toured")
    impressions = fields.Text()
    next_step = fields.Selection(
        [
            ("follow_up", "Follow up"),
            ("second_visit", "Second visit"),
            ("quote", "Quote a package"),
            ("sign", "Ready to sign"),
            ("lost", "Not interested"),
        ],
        tracking=True,
    )
    next_step_date = fields.Date()

    @api.depends("visitor_name", "visit_datetime")
    @api.depends_context("tz", "uid")
    def _compute_display_name(self):
        for visit in self:
            when = local_datetime_string(self.env, visit.visit_datetime, visit.company_id)
            visit.display_name = f"{visit.visitor_name or ''} {when}".strip()
