from odoo import api, fields, models


class PostpartumCaregiverRefuseWizard(models.TransientModel):
    """Refuse an application under review: the caregiver manager says why (the
    open admission points are offered as a start), the applicant's file keeps it."""

    _name = "postpartum.caregiver.refuse.wizard"
    _description = "Refuse a Caregiver Application"

    employee_ids = fields.Many2many("hr.employee", string="Applicants", required=True)
    problems = fields.Text(string="Open Admission Points", readonly=True)
    reason = fields.Text(
        required=True, help="Why the application is refused, for the applicant's file."
    )

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        employees = self.env["hr.employee"].browse(self.env.context.get("active_ids", []))
        if employees:
            values["employee_ids"] = [fields.Command.set(employees.ids)]
            lines = []
            for employee in employees:
                for problem in employee._admission_problems():
                    lines.append(f"{employee.name}: {problem}" if len(employees) > 1 else problem)
            values["problems"] = "\n".join(lines)
            if "reason" in fields_list:
                values["reason"] = values["problems"]
        return values

    def action_refuse(self):
        self.ensure_one()
        self.employee_ids._caregiver_refuse(self.reason)
        return {"type": "ir.actions.act_window_close"}
