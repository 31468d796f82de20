from odoo import models


class IrModuleModule(models.Model):
    _inherit = "ir.module.module"

    def _update_translations(self, filter_lang=None, overwrite=False):
        """Once translations are loaded (a module installed or updated, a
        language added), the "<model> created" lines of the records created
        before a model's name could be translated (demo data, installation)
        name the model in the message's language."""
        result = super()._update_translations(filter_lang=filter_lang, overwrite=overwrite)
        self.env["ir.model"].sudo().search(
            [("is_mail_thread", "=", True)]
        )._postpartum_translate_creation_messages()
        return result
