from datetime import date, timedelta

from psycopg2 import errors as pg_errors

from odoo.exceptions import ValidationError
from odoo.service.model import _as_validation_error
from odoo.tests import tagged

from .common import PostpartumCase, assert_concurrent_insert_refused, committed_employee


@tagged("post_install", "-at_install")
class TestActingManager(PostpartumCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Employee = cls.env["hr.employee"]
        cls.manager = Employee.create(
            {"name": "Manager A", "company_id": cls.store_a.id, "postpartum_role": "store_manager"}
        )
        cls.deputy = Employee.create(
            {"name": "Deputy A", "company_id": cls.store_a.id, "postpartum_role": "consultant"}
        )
        cls.other = Employee.create(
            {"name": "Nurse A", "company_id": cls.store_a.id, "postpartum_role": "nurse"}
        )
        cls.outsider = Employee.create({"name": "Store B staff", "company_id": cls.store_b.id})
        cls.store_a.store_manager_id = cls.manager
        cls.today = date.today()

    def _acting(self, start, end, employee=None, **extra):
        return self.env["postpartum.acting.manager"].create(
            {
                "company_id": self.store_a.id,
                "acting_employee_id": (employee or self.deputy).id,
                "date_start": start,
                "date_end": end,
                "handover_note": "<p>Cash 2000, keys, customer X follow-up</p>",
                **extra,
            }
        )

    def test_acting_manager_runs_the_store_for_the_period(self):
        acting = self._acting(self.today - timedelta(days=1), self.today + timedelta(days=2))
        self.assertEqual(acting.absent_manager_id, self.manager)
        self.assertEqual(acting.state, "active")
        self.assertEqual(acting.duration_days, 4)
        self.assertEqual(self.store_a.current_manager_id, self.deputy)
        acting.date_end = self.today - timedelta(days=1)
        self.store_a.invalidate_recordset(["current_manager_id"])
        self.assertEqual(self.store_a.current_manager_id, self.manager)

    def test_period_ending_before_start_is_refused(self):
        count = self.env["postpartum.acting.manager"].search_count([])
        with self.assertRaises(ValidationError) as err:
            self._acting(self.today, self.today - timedelta(days=3))
        self.assertIn("ends", str(err.exception))
        self.assertEqual(self.env["postpartum.acting.manager"].search_count([]), count)

    def test_overlapping_periods_are_refused_with_the_conflict_named(self):
        self._acting(self.today, self.today + timedelta(days=5))
        with self.assertRaises(ValidationError) as err:
            self._acting(self.today + timedelta(days=5), self.today + timedelta(days=8), self.other)
        self.assertIn("Deputy A", str(err.exception))
        # the day after is free
        later = self._acting(
            self.today + timedelta(days=6), self.today + timedelta(days=8), self.other
        )
        with self.assertRaises(ValidationError):
            later.date_start = self.today + timedelta(days=2)
        self.assertEqual(later.date_start, self.today + timedelta(days=6))
        # another store is independent
        self.env["postpartum.acting.manager"].create(
            {
                "company_id": self.store_b.id,
                "acting_employee_id": self.outsider.id,
                "date_start": self.today,
                "date_end": self.today + timedelta(days=5),
                "handover_note": "<p>ok</p>",
            }
        )

    def test_overlap_message_in_chinese(self):
        self._acting(self.today, self.today + timedelta(days=5))
        with self.assertRaises(ValidationError) as err:
            self.env["postpartum.acting.manager"].with_context(lang="zh_CN").create(
                {
                    "company_id": self.store_a.id,
                    "acting_employee_id": self.other.id,
                    "date_start": self.today + timedelta(days=1),
                    "date_end": self.today + timedelta(days=2),
                    "handover_note": "<p>x</p>",
                }
            )
        self.assertIn("代理店长", str(err.exception))

    def test_acting_manager_must_be_someone_else_of_the_store(self):
        with self.assertRaises(ValidationError):
            self._acting(self.today, self.today, self.manager)
        with self.assertRaises(ValidationError):
            self._acting(self.today, self.today, self.outsider)

    def test_changes_are_tracked_in_the_chatter(self):
        acting = self._acting(self.today, self.today + timedelta(days=2))
        acting.date_end = self.today + timedelta(days=4)
        self.env.cr.precommit.run()  # tracking values are written before commit
        fields_tracked = acting.message_ids.tracking_value_ids.field_id.mapped("name")
        self.assertIn("date_end", fields_tracked)

    def test_database_refuses_overlap_even_without_the_orm(self):
        acting = self._acting(self.today, self.today + timedelta(days=5))
        self.env.flush_all()
        with self.assertRaises(pg_errors.ExclusionViolation) as err, self.env.cr.savepoint():
            self.env.cr.execute(
                """INSERT INTO postpartum_acting_manager
                   (company_id, acting_employee_id, date_start, date_end, handover_note)
                   VALUES (%s, %s, %s, %s, 'x')""",
                [
                    self.store_a.id,
                    self.other.id,
                    acting.date_start + timedelta(days=2),
                    acting.date_end + timedelta(days=2),
                ],
            )
        # what a user of the web client would read
        message = str(_as_validation_error(self.env, err.exception))
        self.assertIn("only one acting manager at a time", message)

    def test_concurrent_transactions_cannot_both_book(self):
        """Two transactions insert overlapping periods at the same time: the
        second waits for the first and is refused when it commits."""
        employee_id, company_id, _partner = committed_employee(
            self, "Concurrency test", [("postpartum_acting_manager", "acting_employee_id")]
        )
        start = date(2031, 1, 1)
        sql = """INSERT INTO postpartum_acting_manager
                 (company_id, acting_employee_id, date_start, date_end, handover_note)
                 VALUES (%s, %s, %s, %s, 'x')"""
        error = assert_concurrent_insert_refused(
            self,
            sql,
            [company_id, employee_id, start, start + timedelta(days=4)],
            [company_id, employee_id, start + timedelta(days=2), start + timedelta(days=6)],
        )
        self.assertEqual(
            error.diag.constraint_name, "postpartum_acting_manager_acting_manager_no_overlap"
        )
