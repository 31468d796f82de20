from odoo import api, fields, models


class ResPartner(models.Model):
    """The customer's archive (客户档案, seed 4.2.1 and 4.2.2): her stays,
    home services, payments and feedback, her evaluation of us and of the
    competitors, her suggestions; prospects are kept apart from customers."""

    _inherit = "res.partner"

    customer_status = fields.Selection(
        [("prospect", "Prospect"), ("customer", "Customer")],
        compute="_compute_customer_status",
        store=True,
        index=True,
    )
    stay_ids = fields.One2many("postpartum.stay", "partner_id", string="Stays")
    stay_count = fields.Integer(compute="_compute_archive_counts")
    service_order_count = fields.Integer(compute="_compute_archive_counts")
    evaluation_of_us = fields.Text(string="Her Evaluation of Us")
    evaluation_of_competitors = fields.Text(string="Her Evaluation of Competitors")
    suggestions = fields.Text()

    @api.depends("stay_ids.state")
    def _compute_customer_status(self):
        for partner in self:
            signed = partner.stay_ids.filtered(lambda s: s.state not in ("cancelled", "draft"))
            partner.customer_status = (
                "customer" if signed else ("prospect" if partner.is_mother else False)
            )

    def _compute_archive_counts(self):
        stays = dict(
            self.env["postpartum.stay"]._read_group(
                [("partner_id", "in", self.ids)], ["partner_id"], ["__count"]
            )
        )
        orders = dict(
            self.env["postpartum.service.order"]._read_group(
                [("customer_id", "in", self.ids)], ["customer_id"], ["__count"]
            )
        )
        for partner in self:
            partner.stay_count = stays.get(partner, 0)
            partner.service_order_count = orders.get(partner, 0)
