from odoo import fields, models, tools

from .hr_employee import POSTPARTUM_ROLES


class PostpartumStoreStaffing(models.Model):
    """Staff on roster per store and role (SQL view over hr.employee)."""

    _name = "postpartum.store.staffing"
    _description = "Store Staffing by Role"
    _auto = False
    _order = "company_id, role"

    company_id = fields.Many2one("res.company", string="Store", readonly=True)
    role = fields.Selection(POSTPARTUM_ROLES, readonly=True)
    employee_count = fields.Integer(string="Staff", readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE VIEW {self._table} AS (
                SELECT min(e.id) AS id,
                       e.company_id AS company_id,
                       e.postpartum_role AS role,
                       count(*) AS employee_count
                  FROM hr_employee e
                 WHERE e.active AND e.postpartum_role IS NOT NULL
              GROUP BY e.company_id, e.postpartum_role
            )"""
        )
