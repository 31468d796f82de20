from odoo import fields, models


class HrEmployeePublic(models.Model):
    _inherit = "hr.employee.public"

    rating_count = fields.Integer(string="Rated Services", readonly=True)
    rating_average = fields.Float(string="Average Rating", readonly=True, digits=(3, 2))
    last_assessment_score = fields.Float(readonly=True, digits=(5, 1))
