/** @odoo-module **/
/* FullCalendar writes "Week 49" above the week view in every language: Odoo
 * loads none of its locales. Give it the word in the user's language. */
import { _t } from "@web/core/l10n/translation";
import { patch } from "@web/core/utils/patch";
import { CalendarCommonRenderer } from "@web/views/calendar/calendar_common/calendar_common_renderer";

patch(CalendarCommonRenderer.prototype, {
    get options() {
        return {
            ...super.options,
            weekText: _t("Week"),
            weekTextLong: _t("Week"),
        };
    },
});
