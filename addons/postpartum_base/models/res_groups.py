from odoo import fields, models


class ResGroups(models.Model):
    _inherit = "res.groups"

    postpartum_home_action_id = fields.Many2one(
        "ir.actions.act_window",
        string="Home Screen",
        ondelete="set null",
        help="The screen a user of this role lands on after logging in, unless the user has "
        "a home action of their own. Each module sets the home of the roles whose day it "
        "carries (front desk: the rooms; kitchen: today's production...).",
    )
    postpartum_home_priority = fields.Integer(
        string="Home Priority",
        default=100,
        help="A user holding several roles lands on the home of the role with the lowest "
        "number (the store manager's before the nurse's, implied by it).",
    )
