from markupsafe import Markup, escape

from odoo import models
from odoo.tools import SQL
from odoo.tools.translate import code_translations


class IrModel(models.Model):
    _inherit = "ir.model"

    def _postpartum_translate_creation_messages(self):
        """Rewrite the "<model> created" chatter lines (mail's "%s created") of
        the models in ``self`` that were written in a language before the
        model's name was translated into it, such as "Stay 创建" for the
        records of demo data or of the installation: "入住单 创建"."""
        langs = [code for code, _name in self.env["res.lang"].get_installed() if code != "en_US"]
        english = {model.id: model.name for model in self.with_context(lang="en_US")}
        for lang in langs:
            created = code_translations.get_python_translations("mail", lang).get("%s created")
            if not created or "%s" not in created:
                continue
            rows = []
            for model in self.with_context(lang=lang):
                if model.name and english[model.id] and model.name != english[model.id]:
                    old, new = (
                        str(Markup("<p>%s</p>") % escape(created.replace("%s", name)))
                        for name in (english[model.id], model.name)
                    )
                    rows.append((model.model, old, new))
            if not rows:
                continue
            self.env["mail.message"].flush_model(["body"])
            names, olds, news = zip(*rows, strict=True)
            self.env.cr.execute(
                SQL(
                    """
                    UPDATE mail_message message
                       SET body = fix.new
                      FROM (SELECT unnest(%s::varchar[]) AS model,
                                   unnest(%s::text[]) AS old,
                                   unnest(%s::text[]) AS new) fix
                     WHERE message.model = fix.model AND message.body = fix.old
                    """,
                    list(names),
                    list(olds),
                    list(news),
                )
            )
        self.env["mail.message"].invalidate_model(["body"])
        return True
