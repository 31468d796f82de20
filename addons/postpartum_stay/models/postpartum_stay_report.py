from odoo import fields, models, tools


class PostpartumStayReport(models.Model):
    """Occupancy per store, room type and day (one row per room and day in the
    period of the report's months): pivot and graph give room-nights occupied
    against room-nights available, and revenue by package."""

    _name = "postpartum.stay.report"
    _description = "Occupancy Analysis"
    _auto = False
    _order = "day desc"

    day = fields.Date(readonly=True)
    company_id = fields.Many2one("res.company", string="Store", readonly=True)
    room_id = fields.Many2one("postpartum.room", readonly=True)
    room_type_id = fields.Many2one("postpartum.room.type", string="Room Type", readonly=True)
    stay_id = fields.Many2one("postpartum.stay", readonly=True)
    package_id = fields.Many2one("product.product", string="Package", readonly=True)
    room_nights = fields.Integer(string="Room-Nights Available", readonly=True)
    occupied_nights = fields.Integer(string="Room-Nights Occupied", readonly=True)
    occupancy = fields.Float(string="Occupancy (%)", readonly=True, aggregator="avg")

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        # Days from the first allocation's month to twelve months ahead.
        self.env.cr.execute(
            f"""
            CREATE OR REPLACE VIEW {self._table} AS (
                WITH bounds AS (
                    SELECT date_trunc('month', coalesce(min(date_start), current_date))::date AS lo,
                           (date_trunc('month', current_date) + interval '12 months')::date AS hi
                      FROM postpartum_stay_room
                ), days AS (
                    SELECT d::date AS day
                      FROM bounds, generate_series(bounds.lo, bounds.hi - 1, interval '1 day') d
                )
                -- (day, room) is unique: a room has one allocation a day
                SELECT (days.day - DATE '2000-01-01') * 100000 + r.id AS id,
                       days.day,
                       r.company_id,
                       r.id AS room_id,
                       r.room_type_id,
                       a.stay_id,
                       s.package_id,
                       1 AS room_nights,
                       (a.id IS NOT NULL)::int AS occupied_nights,
                       CASE WHEN a.id IS NOT NULL THEN 100.0 ELSE 0.0 END AS occupancy
                  FROM days
                  JOIN postpartum_room r ON r.active
                  LEFT JOIN postpartum_stay_room a
                         ON a.room_id = r.id
                        AND a.stay_id IS NOT NULL
                        AND daterange(a.date_start, a.date_end, '[]') @> days.day
                  LEFT JOIN postpartum_stay s ON s.id = a.stay_id
            )"""
        )
