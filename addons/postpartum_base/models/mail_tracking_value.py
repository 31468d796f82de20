from odoo import models


class MailTrackingValue(models.Model):
    _inherit = "mail.tracking.value"

    def _tracking_value_format_model(self, model):
        """Show tracked selection values in the reader's language.

        Odoo stores the label of a tracked selection value as text, in the
        language of whoever made the change (the installer, a cron running as
        the superuser, a colleague reading English): "Confirmed" would then
        stay in a Chinese reader's chatter. The stored label is mapped back to
        its key through the labels of every installed language, then shown in
        the reader's."""
        formatted = super()._tracking_value_format_model(model)
        if not model or model not in self.env:
            return formatted
        Model = self.env[model]
        selections = {
            name
            for name in {
                info["fieldName"] for info in formatted if info["fieldType"] == "selection"
            }
            if name in Model._fields
        }
        if not selections:
            return formatted
        # English (the source labels) even when it is not an active language
        langs = ["en_US"] + [
            code for code, _name in self.env["res.lang"].get_installed() if code != "en_US"
        ]
        labels = {}  # field name -> (label in any language -> key, key -> reader's label)
        for name in selections:
            field = Model._fields[name]
            to_key = {}
            for lang in langs:
                for key, label in field._description_selection(Model.with_context(lang=lang).env):
                    to_key.setdefault(label, key)
            reader = dict(field._description_selection(Model.env))
            labels[name] = (to_key, reader)
        for info in formatted:
            if info["fieldName"] not in labels:
                continue
            to_key, reader = labels[info["fieldName"]]
            for side in ("oldValue", "newValue"):
                value = info[side]["value"]
                key = to_key.get(value)
                if key is not None and key in reader:
                    info[side]["value"] = reader[key]
        return formatted
