from odoo import fields, models


class PostpartumOrderRateWizard(models.TransientModel):
    _name = "postpartum.order.rate.wizard"
    _description = "Customer Rating of a Home Service"

    order_id = fields.Many2one("postpartum.service.order", required=True)
    attitude = fields.Selection(
        [(str(i), str(i)) for i in range(1, 6)],
        string="Service Attitude",
        default="5",
        required=True,
    )
    skill = fields.Selection(
        [(str(i), str(i)) for i in range(1, 6)],
        string="Professional Skill",
        default="5",
        required=True,
    )
    communication = fields.Selection(
        [(str(i), str(i)) for i in range(1, 6)], default="5", required=True
    )
    comment = fields.Text()

    def action_rate(self):
        self.ensure_one()
        order = self.order_id
        rating = self.env["postpartum.caregiver.rating"].register_rating(
            order.employee_id,
            int(self.attitude),
            int(self.skill),
            int(self.communication),
            customer=order.customer_id,
            comment=self.comment,
            source=order,
            date=order.date_end,
        )
        order._workflow_flow().rating_id = rating
        return {"type": "ir.actions.act_window_close"}
