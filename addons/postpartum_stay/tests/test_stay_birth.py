from datetime import datetime, timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged

from .common import StayCase


@tagged("post_install", "-at_install")
class TestStayBirth(StayCase):
    """宝宝出生 asks when and who: the check-in moves with a word, the babies
    (twins too) are registered for the nurses."""

    def _wizard(self, stay, user):
        action = stay.with_user(user).action_open_birth()
        return Form(self.env[action["res_model"]].with_user(user).with_context(**action["context"]))

    def test_twins_recorded_by_the_butler(self):
        stay = self._stay(butler_id=self.butler.id)
        stay.action_reserve()
        planned = stay.date_start
        form = self._wizard(stay, self.butler)
        self.assertEqual(len(form.line_ids), 1, "one baby proposed, named after the mother")
        born = fields.Datetime.now() - timedelta(hours=30)
        form.birth_datetime = born
        self.assertEqual(form.date_start, (born + timedelta(days=3)).date())
        with form.line_ids.edit(0) as line:
            line.gender = "female"
            line.birth_weight = 2600
        with form.line_ids.new() as line:
            line.name = "Second twin"
            line.gender = "male"
        form.save().action_confirm()
        babies = self.env["postpartum.baby"].search([("mother_id", "=", self.mother.id)])
        self.assertEqual(len(babies), 2)
        self.assertEqual(sorted(babies.mapped("birth_order")), [1, 2])
        self.assertTrue(all(babies.mapped("is_multiple_birth")))
        self.assertEqual(stay.birth_date, born.date())
        self.assertEqual(stay.date_start, born.date() + timedelta(days=3))
        note = stay.message_ids[0].body
        self.assertIn(str(planned), note)
        self.assertIn("Second twin", note)

    def test_bad_births_are_refused_and_change_nothing(self):
        stay = self._stay()
        stay.action_reserve()
        planned = stay.date_start
        form = self._wizard(stay, self.front_desk)
        form.birth_datetime = datetime.now() + timedelta(days=2)
        with form.line_ids.edit(0) as line:
            line.gender = "male"
        wizard = form.save()
        with self.assertRaisesRegex(UserError, "future"):
            wizard.action_confirm()
        wizard.birth_datetime = fields.Datetime.now()
        wizard.line_ids.gender = False
        with self.assertRaisesRegex(UserError, "boy or a girl"):
            wizard.action_confirm()
        wizard.line_ids.unlink()
        with self.assertRaisesRegex(UserError, "Add the baby"):
            wizard.action_confirm()
        with self.assertRaises(AccessError):
            stay.with_user(self.cs)._record_birth(fields.Datetime.now(), [])
        self.assertFalse(stay.birth_date)
        self.assertEqual(stay.date_start, planned)
        self.assertFalse(self.env["postpartum.baby"].search([("mother_id", "=", self.mother.id)]))
