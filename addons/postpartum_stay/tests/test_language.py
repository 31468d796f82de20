from odoo.tests import tagged

from .common import StayCase


@tagged("post_install", "-at_install")
class TestStayLanguage(StayCase):
    """What a Chinese-speaking staff reads on a stay created by code running
    in English (the installer, a cron, an English-speaking colleague)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls.env = cls.env(context=dict(cls.env.context, lang="en_US"))
        cls.front_desk.lang = "zh_CN"
        cls.clean = cls.env.ref("postpartum_stay.checklist_clean")

    def _line(self, stay, template):
        return stay.checklist_ids.filtered(lambda line: line.template_id == template)

    def test_checklist_lines_read_in_the_reader_language(self):
        stay = self._stay()
        line = self._line(stay, self.clean)
        self.assertEqual(line.name, "Room cleaned and disinfected")
        self.assertEqual(line.with_context(lang="zh_CN").name, "房间已清洁消毒")

    def test_lines_copied_in_one_language_are_translated(self):
        stay = self._stay()
        line = self._line(stay, self.clean)
        # a line copied as plain English text, by an older version
        line.write({"template_id": False})
        self.env.cr.execute(
            "UPDATE postpartum_stay_checklist SET name = %s::jsonb WHERE id = %s",
            ['{"en_US": "Room cleaned and disinfected"}', line.id],
        )
        line.invalidate_recordset()
        self.assertEqual(line.with_context(lang="zh_CN").name, "Room cleaned and disinfected")
        self.env["postpartum.stay.checklist"]._sync_template_names()
        self.assertEqual(line.template_id, self.clean)
        self.assertEqual(line.with_context(lang="zh_CN").name, "房间已清洁消毒")

    def test_activities_in_the_assignee_language(self):
        stay = self._stay(user_id=self.front_desk.id)
        stay.action_reserve()
        followup = self.env.ref("postpartum_stay.mail_activity_due_date_followup")
        activity = stay.activity_ids.filtered(lambda a: a.activity_type_id == followup)[:1]
        self.assertEqual(activity.summary, f"预产期跟进：{self.mother.name}")

    def test_cash_journal_named_in_chinese(self):
        """l10n_cn names its cash journal in English only: front desk picks it
        for every deposit, so it has its Chinese name too."""
        cash = self.env["account.journal"].search(
            [("company_id", "=", self.store.id), ("type", "=", "cash")]
        )
        self.assertEqual(len(cash), 1)
        self.assertEqual(cash.with_context(lang="en_US").name, "Cash on Hand")
        self.assertEqual(cash.with_context(lang="zh_CN").name, "库存现金")
