from odoo import api, fields, models
from odoo.exceptions import ValidationError

CRITERIA = ("attitude", "skill", "communication")


class PostpartumCaregiverRating(models.Model):
    """A customer's rating of a caregiver after a completed service.

    Other addons (home-service orders) call :meth:`register_rating`."""

    _name = "postpartum.caregiver.rating"
    _description = "Caregiver Customer Rating"
    _inherit = ["postpartum.caregiver.record.mixin"]
    _order = "date desc, id desc"

    customer_id = fields.Many2one("res.partner", string="Customer", index=True)
    date = fields.Date(required=True, default=fields.Date.context_today, index=True)
    attitude = fields.Integer(string="Service Attitude", required=True)
    skill = fields.Integer(string="Professional Skill", required=True)
    communication = fields.Integer(required=True)
    score = fields.Float(compute="_compute_score", store=True, digits=(3, 2), string="Average")
    comment = fields.Text()
    source_model = fields.Char(string="Rated Service Model", readonly=True)
    source_id = fields.Many2oneReference(
        string="Rated Service ID", model_field="source_model", readonly=True
    )
    # the rated service as a link (the two fields above are its technical key)
    source_ref = fields.Reference(
        selection="_selection_source_ref", string="Rated Service", compute="_compute_source_ref"
    )

    _sql_constraints = [
        (
            "source_uniq",
            "UNIQUE(source_model, source_id, employee_id)",
            "This service has already been rated for this caregiver.",
        ),
    ]

    @api.model
    def _selection_source_ref(self):
        models = (
            self.env["ir.model"]
            .sudo()
            .search(
                [("model", "in", ["postpartum.service.order", "postpartum.stay", "res.partner"])]
            )
        )
        return [(model.model, model.name) for model in models]

    @api.depends("source_model", "source_id")
    def _compute_source_ref(self):
        allowed = dict(self._selection_source_ref())
        for rating in self:
            model, res_id = rating.source_model, rating.source_id
            if model in allowed and res_id:
                rating.source_ref = f"{model},{res_id}"
            else:
                rating.source_ref = False

    @api.depends("employee_id", "customer_id", "date")
    def _compute_display_name(self):
        for rating in self:
            parts = [rating.employee_id.name, rating.customer_id.name, rating.date]
            rating.display_name = " · ".join(str(part) for part in parts if part)

    @api.depends(*CRITERIA)
    def _compute_score(self):
        for rating in self:
            rating.score = sum(rating[c] for c in CRITERIA) / len(CRITERIA)

    @api.constrains(*CRITERIA)
    def _check_marks(self):
        for rating in self:
            for criterion in CRITERIA:
                if not 1 <= rating[criterion] <= 5:
                    raise ValidationError(
                        self.env._(
                            "%(criterion)s is rated %(mark)s: marks go from 1 to 5.",
                            criterion=self._fields[criterion]._description_string(self.env),
                            mark=rating[criterion],
                        )
                    )

    @api.model_create_multi
    def create(self, vals_list):
        ratings = super().create(vals_list)
        # the proposals are the system's: customer service records ratings without
        # reading the caregivers' discipline decisions
        self.env["postpartum.discipline.rule"].sudo()._evaluate_ratings(ratings)
        return ratings

    @api.model
    def register_rating(
        self,
        employee,
        attitude,
        skill,
        communication,
        customer=None,
        comment=None,
        source=None,
        date=None,
    ):
        """Record a customer's rating of ``employee`` for a completed service
        (``source``, any record) and apply the discipline rules. Returns it."""
        vals = {
            "employee_id": employee.id,
            "attitude": attitude,
            "skill": skill,
            "communication": communication,
            "customer_id": customer.id if customer else False,
            "comment": comment,
        }
        if date:
            vals["date"] = date
        if source:
            vals.update(source_model=source._name, source_id=source.id)
        return self.create(vals)

    @api.model
    def _stats(self, employees, last=None):
        """{employee id: (count, average)} in one query; with ``last``, over each
        caregiver's last N ratings only."""
        if not employees:
            return {}
        self.flush_model(["employee_id", "score", "date"])
        if last:
            self.env.cr.execute(
                """SELECT employee_id, count(*), avg(score) FROM (
                       SELECT employee_id, score, row_number() OVER (
                           PARTITION BY employee_id ORDER BY date DESC, id DESC) AS n
                         FROM postpartum_caregiver_rating WHERE employee_id IN %s
                   ) r WHERE n <= %s GROUP BY employee_id""",
                [tuple(employees.ids), last],
            )
        else:
            self.env.cr.execute(
                """SELECT employee_id, count(*), avg(score) FROM postpartum_caregiver_rating
                    WHERE employee_id IN %s GROUP BY employee_id""",
                [tuple(employees.ids)],
            )
        return {row[0]: (row[1], float(row[2])) for row in self.env.cr.fetchall()}
