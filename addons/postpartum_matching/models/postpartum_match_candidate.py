import math

from odoo import api, fields, models
from odoo.addons.postpartum_base.tools import reader_env

# Score components, each in [0, 1]; see _rank_query().
COMPONENTS = ("skill", "experience", "level", "distance", "rating", "assessment")

RANK_QUERY = """
WITH emp AS (
    -- these columns are NUMERIC (fields with digits): float8 arithmetic is far faster
    SELECT e.id, e.experience_years::float8 AS experience_years,
           e.home_latitude::float8 AS home_latitude, e.home_longitude::float8 AS home_longitude,
           e.certificate_valid_until, e.health_check_valid_until,
           e.rating_average::float8 AS rating_average, e.rating_count,
           e.last_assessment_score::float8 AS last_assessment_score,
           l.priority_weight::float8 AS priority_weight, l.daily_rate, l.sequence AS level_seq
      FROM hr_employee e
      JOIN postpartum_caregiver_level l ON l.id = e.caregiver_level_id
     WHERE e.active AND e.is_caregiver AND e.caregiver_state = 'member'
       AND e.company_id = %(company)s AND e.id != ALL(%(excluded)s)
), skills AS (
    SELECT es.employee_id, count(*) AS matched, avg(sl.level_progress)::float8 AS progress
      FROM hr_employee_skill es
      JOIN hr_skill_level sl ON sl.id = es.skill_level_id
     WHERE es.skill_id = ANY(%(skills)s)
  GROUP BY es.employee_id
), booked AS (
    SELECT employee_id, sum(upper(overlap) - lower(overlap)) AS days
      FROM (SELECT employee_id,
                   daterange(date_start, date_end, '[]')
                   * daterange(%(start)s, %(end)s, '[]') AS overlap
              FROM postpartum_service_order
             WHERE blocks_calendar
               AND daterange(date_start, date_end, '[]')
                   && daterange(%(start)s, %(end)s, '[]')) o
  GROUP BY employee_id
), langs AS (
    SELECT hr_employee_id AS employee_id, count(*) AS n
      FROM hr_employee_caregiver_language_rel
     WHERE postpartum_caregiver_tag_id = ANY(%(langs)s)
  GROUP BY hr_employee_id
), cuisine AS (
    SELECT hr_employee_id AS employee_id
      FROM hr_employee_caregiver_cuisine_rel
     WHERE postpartum_caregiver_tag_id = %(cuisine)s
), base AS MATERIALIZED (
    -- computed once per caregiver: the expressions below reuse these columns
    SELECT emp.*,
           coalesce(skills.matched, 0) AS matched,
           coalesce(booked.days, 0) AS booked_days,
           -- equirectangular distance: exact enough within a city, and cheap
           CASE WHEN %(has_coords)s AND (emp.home_latitude != 0 OR emp.home_longitude != 0)
                THEN 111.195 * sqrt(
                    (emp.home_latitude - %(lat)s) * (emp.home_latitude - %(lat)s)
                    + (emp.home_longitude - %(lon)s) * (emp.home_longitude - %(lon)s)
                      * %(coslat)s * %(coslat)s)
           END AS km,
           (CASE WHEN %(n_skills)s > 0
                 THEN coalesce(skills.progress, 0) / 100 * coalesce(skills.matched, 0)
                 ELSE 1 END)
           + (CASE WHEN %(cuisine)s != 0 THEN (cuisine.employee_id IS NOT NULL)::int ELSE 0 END)
           + (CASE WHEN %(n_langs)s > 0 THEN coalesce(langs.n, 0)::float / %(n_langs)s ELSE 0 END)
           AS skill_points,
           greatest(%(n_skills)s, 1) + (%(cuisine)s != 0)::int + (%(n_langs)s > 0)::int
           AS skill_parts
      FROM emp
 LEFT JOIN skills ON skills.employee_id = emp.id
 LEFT JOIN booked ON booked.employee_id = emp.id
 LEFT JOIN langs ON langs.employee_id = emp.id
 LEFT JOIN cuisine ON cuisine.employee_id = emp.id
), scored AS (
    SELECT base.*,
           skill_points / skill_parts AS skill,
           least(experience_years / 10.0, 1) AS experience,
           priority_weight / %(max_priority)s AS level,
           CASE WHEN km IS NULL THEN 0.5 ELSE greatest(0, 1 - km / %(max_km)s) END AS distance,
           CASE WHEN rating_count > 0 THEN rating_average / 5.0 ELSE 0.7 END AS rating,
           CASE WHEN last_assessment_score > 0 THEN last_assessment_score / 100.0
                ELSE 0.6 END AS assessment,
           %(n_skills)s - matched AS missing_skills,
           coalesce(certificate_valid_until >= %(end)s, false) AS cert_ok,
           coalesce(health_check_valid_until >= %(end)s, false) AS health_ok,
           (%(budget)s = 0 OR daily_rate <= %(budget)s) AS budget_ok,
           level_seq >= %(min_level_seq)s AS level_ok
      FROM base
), final AS (
    SELECT scored.*,
           100 * (%(w_skill)s * skill + %(w_experience)s * experience
                  + %(w_level)s * level + %(w_distance)s * distance
                  + %(w_rating)s * rating + %(w_assessment)s * assessment) AS score,
           (booked_days = 0 AND missing_skills = 0 AND cert_ok AND health_ok
            AND budget_ok AND level_ok) AS ok
      FROM scored
)
(SELECT * FROM final WHERE ok ORDER BY score DESC, id LIMIT %(limit)s)
UNION ALL
(SELECT * FROM final WHERE NOT ok ORDER BY score DESC, id LIMIT %(strong)s)
"""


class PostpartumMatchCandidate(models.Model):
    """A caregiver ranked for a care request, with the breakdown of her score,
    or a strong caregiver a hard filter removed, with the reason."""

    _name = "postpartum.match.candidate"
    _description = "Matching Candidate"
    _order = "request_id, eligible desc, score desc, id"

    request_id = fields.Many2one(
        "postpartum.care.request", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="request_id.company_id", store=True)
    employee_id = fields.Many2one(
        "hr.employee", string="Caregiver", required=True, index=True, ondelete="cascade"
    )
    level_id = fields.Many2one(related="employee_id.caregiver_level_id", string="Level")
    rank = fields.Integer()
    eligible = fields.Boolean(help="Passes every hard filter.")
    exclusion_reason = fields.Text(string="Filtered Out Because")
    score = fields.Float(digits=(5, 1))
    skill_score = fields.Float(string="Skill Fit", digits=(5, 1))
    experience_score = fields.Float(string="Experience", digits=(5, 1))
    level_score = fields.Float(string="Level Priority", digits=(5, 1))
    distance_km = fields.Float(string="Distance (km)", digits=(6, 1))
    distance_score = fields.Float(string="Distance", digits=(5, 1))
    rating_score = fields.Float(string="Customer Rating", digits=(5, 1))
    assessment_score = fields.Float(string="Assessment", digits=(5, 1))
    daily_rate = fields.Float(digits=(10, 2))

    @api.model
    def _rank(self, request, limit=10, strong=5):
        """Values of the candidate lines for ``request``: the ``limit`` best
        eligible caregivers, then up to ``strong`` caregivers scored above the
        last of them that a hard filter removed, with the reason. One query for
        the ranking, whatever the number of caregivers."""
        rows = self._rank_query(request, limit, strong)
        eligible = [r for r in rows if r["ok"]]
        floor = eligible[-1]["score"] if len(eligible) >= limit else -1
        filtered = [r for r in rows if not r["ok"] and r["score"] > floor]
        values = [self._row_values(request, row, rank) for rank, row in enumerate(eligible, 1)]
        missing = self._missing_skills(request, [r["id"] for r in filtered if r["missing_skills"]])
        values += [self._row_values(request, row, 0, missing) for row in filtered]
        return values

    @api.model
    def _missing_skills(self, request, employee_ids):
        """{employee id: the required skills she lacks} for ``employee_ids``."""
        if not employee_ids:
            return {}
        have = {}
        for skill in (
            self.env["hr.employee.skill"]
            .sudo()
            .search(
                [
                    ("employee_id", "in", employee_ids),
                    ("skill_id", "in", request.required_skill_ids.ids),
                ]
            )
        ):
            have.setdefault(skill.employee_id.id, set()).add(skill.skill_id.id)
        required = request.required_skill_ids
        return {emp_id: required - required.browse(have.get(emp_id, ())) for emp_id in employee_ids}

    def _row_values(self, request, row, rank, missing=None):
        values = {
            "request_id": request.id,
            "employee_id": row["id"],
            "rank": rank,
            "eligible": row["ok"],
            "score": row["score"],
            "distance_km": row["km"] or 0.0,
            "daily_rate": row["daily_rate"],
        }
        for comp in COMPONENTS:
            values[f"{comp}_score"] = 100.0 * row[comp]
        if not row["ok"]:
            skills = (missing or {}).get(row["id"], self.env["hr.skill"])
            values["exclusion_reason"] = "\n".join(self._reasons(request, row, skills))
        return values

    def _reasons(self, request, row, missing_skills=None):
        """Why the caregiver of ``row`` is filtered out, in the language of the
        request's consultant (else the store's)."""
        env = reader_env(self.env, user=request.user_id, company=request.company_id)
        checks = [
            (
                row["booked_days"],
                env._("booked %(days)s days of the period", days=row["booked_days"]),
            ),
            (
                row["missing_skills"],
                env._(
                    "lacks the required skills: %(skills)s",
                    skills=", ".join(missing_skills.with_env(env).mapped("name"))
                    if missing_skills
                    else row["missing_skills"],
                ),
            ),
            (
                not row["cert_ok"],
                env._("certificate not valid until %(date)s", date=request.date_end),
            ),
            (
                not row["health_ok"],
                env._("health check not valid until %(date)s", date=request.date_end),
            ),
            (
                not row["budget_ok"],
                env._("daily rate %(rate)s over budget", rate=row["daily_rate"]),
            ),
            (not row["level_ok"], env._("below the requested level")),
        ]
        return [reason for failed, reason in checks if failed]

    @api.model
    def _rank_query(self, request, limit, strong):
        company = request.company_id
        weights = company._match_weights()
        total = sum(weights.values())
        self.env.flush_all()
        self.env.cr.execute(
            "SELECT max(priority_weight) FROM postpartum_caregiver_level WHERE active"
        )
        max_priority = self.env.cr.fetchone()[0] or 1.0
        params = {
            "company": company.id,
            "excluded": request.excluded_employee_ids.ids or [0],
            "skills": request.required_skill_ids.ids or [0],
            "n_skills": len(request.required_skill_ids),
            "langs": request.language_ids.ids or [0],
            "n_langs": len(request.language_ids),
            "cuisine": request.cuisine_id.id or 0,
            "start": request.date_start,
            "end": request.date_end,
            "lat": request.latitude,
            "lon": request.longitude,
            "coslat": math.cos(math.radians(request.latitude or 0.0)),
            "has_coords": bool(request.latitude or request.longitude),
            "max_km": company.match_max_distance,
            "max_priority": max_priority,
            "budget": request.max_daily_rate or 0,
            "min_level_seq": request.min_level_id.sequence if request.min_level_id else -1,
            "limit": limit,
            "strong": strong,
            **{f"w_{k}": v / total for k, v in weights.items()},
        }
        self.env.cr.execute(RANK_QUERY, params)
        columns = [d[0] for d in self.env.cr.description]
        rows = [dict(zip(columns, row, strict=True)) for row in self.env.cr.fetchall()]
        for row in rows:
            row["score"] = float(row["score"])
            for comp in COMPONENTS:
                row[comp] = float(row[comp] or 0)
            row["daily_rate"] = float(row["daily_rate"] or 0)
            row["km"] = float(row["km"]) if row["km"] is not None else None
        return rows

    def action_plan_interview(self):
        """Plan an interview of this candidate with the family: a new
        interview, not saved yet, for the consultant to set its time (tomorrow
        at 10:00 is proposed); saved, it is in the calendar of both."""
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Interview"),
            "res_model": "postpartum.interview",
            "view_mode": "form",
            "context": {
                "default_request_id": self.request_id.id,
                "default_employee_id": self.employee_id.id,
            },
            "target": "current",
        }
