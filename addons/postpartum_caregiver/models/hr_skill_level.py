from odoo import fields, models


class HrSkillLevel(models.Model):
    _inherit = "hr.skill.level"

    # Odoo names skill types and skills in each language, not their levels:
    # a Chinese caregiver manager would read "Basic" beside 新生儿护理.
    name = fields.Char(translate=True)
