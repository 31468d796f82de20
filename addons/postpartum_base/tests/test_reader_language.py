from datetime import datetime
from unittest.mock import patch

from odoo.tests import tagged

from ..tools import local_datetime_string, reader_env
from .common import PostpartumCase


@tagged("post_install", "-at_install")
class TestReaderLanguage(PostpartumCase):
    """Text written by code goes out in its reader's language (the user it is
    for, else the store's), not in the language of whoever runs the code."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        # the installer, a cron: the superuser in English
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))

    def test_reader_env_prefers_the_user_then_the_store(self):
        self.nurse_a.lang = "zh_CN"
        self.store_a.partner_id.lang = "en_US"
        env = reader_env(self.env, user=self.nurse_a, company=self.store_a)
        self.assertEqual(env.lang, "zh_CN")
        self.nurse_a.lang = "en_US"
        self.store_a.partner_id.lang = "zh_CN"
        self.assertEqual(reader_env(self.env, company=self.store_a).lang, "zh_CN")
        self.assertEqual(
            reader_env(self.env, user=self.nurse_a, company=self.store_a).lang, "en_US"
        )
        # nobody in particular: the current store's language, not the caller's
        self.env.company.partner_id.lang = "zh_CN"
        self.assertEqual(reader_env(self.env, user=self.env["res.users"]).lang, "zh_CN")
        # the superuser runs code (crons, installation): it is not a reader
        self.env.ref("base.user_root").lang = "en_US"
        self.assertEqual(reader_env(self.env, user=self.env.ref("base.user_root")).lang, "zh_CN")

    def test_alert_written_in_the_nurse_language(self):
        self.nurse_a.lang = "zh_CN"
        record = self.env["postpartum.mother.record"].create(
            {"mother_id": self.mother_a.id, "temperature": 38.2}
        )
        self.assertEqual(record.alert_reason, "发热 38.2 °C")
        alert = record.activity_ids
        self.assertEqual(len(alert), 1)
        self.assertEqual(alert.summary, f"健康预警：{self.mother_a.name}")

    def test_local_datetime_string(self):
        when = datetime(2026, 11, 20, 7, 27)
        self.assertEqual(
            local_datetime_string(self.env(context={"tz": "Asia/Shanghai"}), when),
            "2026-11-20 15:27",
        )
        self.store_a.partner_id.tz = "Asia/Shanghai"
        env = self.env(context={})
        env.user.tz = False
        self.assertEqual(local_datetime_string(env, when, self.store_a), "2026-11-20 15:27")

    def test_creation_lines_name_the_model_in_their_language(self):
        """Records created before their model's name was translated (demo
        data, installation) get a creation line such as "Baby 创建"."""
        baby = self.baby_a
        message = baby.message_post(body="placeholder", message_type="notification")
        message.sudo().body = "<p>Baby 创建</p>"
        model = self.env["ir.model"]._get("postpartum.baby")
        chinese = model.with_context(lang="zh_CN").name
        self.assertNotEqual(chinese, "Baby")
        model._postpartum_translate_creation_messages()
        self.assertEqual(str(message.body), f"<p>{chinese} 创建</p>")

    def test_tracked_selection_shown_in_the_reader_language(self):
        """Odoo keeps the label of a tracked selection in the writer's
        language: a Chinese reader sees it in Chinese all the same."""
        baby = self.env["postpartum.baby"].create(
            {
                "name": "Tracked baby",
                "mother_id": self.mother_a.id,
                "gender": "male",
                "birth_datetime": "2026-01-10 09:00:00",
            }
        )
        self.env.cr.precommit.run()  # the creation's tracking
        baby.gender = "female"  # written in English, by the superuser
        self.env.flush_all()
        self.env.cr.precommit.run()
        tracking = baby.message_ids.tracking_value_ids.filtered(
            lambda t: t.field_id.name == "gender"
        )
        self.assertEqual(tracking.new_value_char, "Girl")
        # a Chinese-only database (make run's): English is no active language there
        Lang = type(self.env["res.lang"])
        with patch.object(Lang, "get_installed", lambda self: [("zh_CN", "简体中文")]):
            shown = tracking.with_context(lang="zh_CN")._tracking_value_format()
        self.assertEqual(
            (shown[0]["oldValue"]["value"], shown[0]["newValue"]["value"]), ("男孩", "女孩")
        )
        shown = tracking.with_context(lang="en_US")._tracking_value_format()
        self.assertEqual(shown[0]["newValue"]["value"], "Girl")

    def test_a_mother_speaks_her_store_language(self):
        """Registered by an English-speaking installer or an import, a mother
        gets her store's language (her contract and invoices are in it)."""
        self.store_a.partner_id.lang = "zh_CN"
        mother = self.env["res.partner"].create(
            {"name": "Registered in English", "is_mother": True, "company_id": self.store_a.id}
        )
        self.assertEqual(mother.lang, "zh_CN")
        chosen = self.env["res.partner"].create(
            {
                "name": "Chose English",
                "is_mother": True,
                "company_id": self.store_a.id,
                "lang": "en_US",
            }
        )
        self.assertEqual(chosen.lang, "en_US")
        contact = self.env["res.partner"].create({"name": "Supplier contact"})
        self.assertEqual(contact.lang, "en_US", "only mothers: other contacts as Odoo makes them")
