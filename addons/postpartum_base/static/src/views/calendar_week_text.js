/** @odoo-module **/
/* FullCalendar writes "Week 49" above the week view in every language: Odoo
 * loads none of its locales, and the week text of a locale is not an option
 * FullCalendar reads. Give it a locale object with the word in the user's
 * language (dates are still formatted by Intl for the locale's code). */
import { _t } from "@web/core/l10n/translation";
import { patch } from "@web/core/utils/patch";
import { CalendarCommonRenderer } from "@web/views/calendar/calendar_common/calendar_common_renderer";

patch(CalendarCommonRenderer.prototype, {
    get options() {
        const options = super.options;
        return {
            ...options,
            locale: { code: options.locale, weekText: _t("Week"), weekTextLong: _t("Week") },
        };
    },
});
