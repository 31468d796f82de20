/** @odoo-module **/
/* The kitchen's day (issue 10): it lands on today's production grouped by
 * meal, opens breakfast, then consumes the day's ingredients from the kitchen
 * stock in one transfer. */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("postpartum_kitchen_day_tour", {
    steps: () => [
        {
            content: "The kitchen lands on today's production, by meal",
            trigger: ".o_group_header:contains('早餐')",
            run: "click",
        },
        {
            content: "Breakfast's dishes and portions",
            trigger: ".o_data_row td[name='portions']",
        },
        {
            content: "Consume the day's ingredients",
            trigger: ".o_menu_sections button:contains('餐饮')",
            run: "click",
        },
        {
            content: "食材领料",
            trigger: ".dropdown-item:contains('食材领料')",
            run: "click",
        },
        {
            content: "The ingredients of today are listed: consume them",
            trigger: ".modal button[name='action_consume']",
            run: "click",
        },
        {
            content: "One transfer out of the kitchen stock, done",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='done']",
        },
    ],
});
