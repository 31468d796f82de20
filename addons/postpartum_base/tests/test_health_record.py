from datetime import timedelta

from odoo import fields
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import PostpartumCase


@tagged("post_install", "-at_install")
class TestHealthRecord(PostpartumCase):
    def _alerts(self, record):
        activity_type = self.env.ref("postpartum_base.mail_activity_type_health_alert")
        return record.activity_ids.filtered(lambda a: a.activity_type_id == activity_type)

    def _mother_record(self, **vals):
        return self.env["postpartum.mother.record"].create({"mother_id": self.mother_a.id, **vals})

    def _baby_record(self, **vals):
        return self.env["postpartum.baby.record"].create({"baby_id": self.baby_a.id, **vals})

    def test_normal_record_raises_no_alert(self):
        record = self._mother_record(temperature=37.4, systolic=120, diastolic=80, epds_score=4)
        self.assertFalse(record.is_alert)
        self.assertFalse(self._alerts(record))

    def test_fever_alerts_the_store_nurse_once(self):
        record = self._mother_record(temperature=37.5)
        self.assertTrue(record.is_alert)
        alert = self._alerts(record)
        self.assertEqual(len(alert), 1)
        self.assertEqual(alert.user_id, self.nurse_a)
        self.assertIn("37.5", alert.note)
        record.temperature = 38.4
        self.assertEqual(len(self._alerts(record)), 1)

    def test_store_b_alert_goes_to_store_b_nurse(self):
        record = self.env["postpartum.baby.record"].create(
            {"baby_id": self.baby_b.id, "temperature": 38.0}
        )
        self.assertEqual(self._alerts(record).user_id, self.nurse_b)

    def test_thresholds_are_configurable(self):
        self.store_a.fever_threshold = 38.0
        self.assertFalse(self._mother_record(temperature=37.8).is_alert)
        self.assertTrue(self._mother_record(temperature=38.0).is_alert)
        self.store_a.jaundice_threshold = 10.0
        self.assertTrue(self._baby_record(jaundice_value=10.5).is_alert)
        self.store_a.jaundice_threshold = 15.0
        self.assertFalse(self._baby_record(jaundice_value=10.5).is_alert)

    def test_mother_alert_reasons(self):
        record = self._mother_record(
            systolic=150,
            diastolic=95,
            lochia_amount="heavy",
            wound_condition="infected",
            epds_score=14,
            breast_condition="mastitis",
        )
        for word in ("blood pressure", "heavy lochia", "wound", "EPDS", "mastitis"):
            self.assertIn(word, record.alert_reason)

    def test_baby_alert_reasons(self):
        record = self._baby_record(
            temperature=35.5, jaundice_value=15, stool_color="pale", umbilical_cord="discharge"
        )
        for word in ("low temperature", "jaundice", "stool", "umbilical"):
            self.assertIn(word, record.alert_reason)
        self.assertEqual(len(self._alerts(record)), 1)

    def test_alert_reason_in_chinese(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        self.nurse_a.lang = "zh_CN"
        record = (
            self.env["postpartum.mother.record"]
            .with_context(lang="en_US")
            .create({"mother_id": self.mother_a.id, "temperature": 38.5})
        )
        self.assertIn("发热", record.alert_reason, "in the language of the nurse who reads it")

    def test_implausible_values_are_refused(self):
        count = self.env["postpartum.mother.record"].search_count([])
        for vals in (
            {"temperature": 25},
            {"temperature": 373},
            {"temperature": -37},
            {"systolic": 400},
            {"systolic": 80, "diastolic": 90},
            {"epds_score": 31},
            {"epds_score": -1},
            {"fundal_height": -2},
        ):
            with self.subTest(vals=vals), self.assertRaises(ValidationError):
                self._mother_record(**vals)
        self.assertEqual(self.env["postpartum.mother.record"].search_count([]), count)
        for vals in (
            {"weight": -3000},
            {"weight": 33000},
            {"jaundice_value": -1},
            {"jaundice_value": 45},
            {"feeding_count": -2},
            {"temperature": 50},
        ):
            with self.subTest(vals=vals), self.assertRaises(ValidationError):
                self._baby_record(**vals)

    def test_dates(self):
        with self.assertRaises(ValidationError):
            self._mother_record(record_datetime=fields.Datetime.now() + timedelta(days=1))
        with self.assertRaises(ValidationError) as err:
            self._baby_record(record_datetime="2025-12-31 10:00:00")
        self.assertIn("before the birth", str(err.exception))

    def test_record_count_on_mother(self):
        self._mother_record(temperature=36.8)
        self._mother_record(temperature=36.9)
        self.assertEqual(self.mother_a.mother_record_count, 2)
        action = self.mother_a.action_view_mother_records()
        self.assertEqual(self.env[action["res_model"]].search_count(action["domain"]), 2)
