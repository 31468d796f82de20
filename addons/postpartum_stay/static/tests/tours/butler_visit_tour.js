/** @odoo-module **/
/* The butler's day (issue 10): she lands on her visits of the day, records
 * 林晓's visit in the list (room, meals and care checked, a request noted) and
 * marks it done. */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("postpartum_butler_visit_tour", {
    steps: () => [
        {
            content: "The butler lands on her visits",
            trigger: ".o_breadcrumb:contains('管家巡房')",
        },
        {
            content: "林晓's visit: the room is clean",
            trigger: ".o_data_row:contains('林晓'):first td[name='room_ok'] input:enabled",
            run: "click",
        },
        {
            content: "The meals are fine",
            trigger: ".o_data_row:contains('林晓'):first td[name='meals_ok'] input:enabled",
            run: "click",
        },
        {
            content: "The care is fine",
            trigger: ".o_data_row:contains('林晓'):first td[name='care_ok'] input:enabled",
            run: "click",
        },
        {
            content: "What she asks for",
            trigger: ".o_data_row:contains('林晓'):first td[name='needs']",
            run: "click",
        },
        {
            content: "A breast pump",
            trigger: ".o_selected_row td[name='needs'] textarea",
            run: "edit 需要一台吸奶器",
        },
        {
            content: "Visit done",
            trigger: ".o_selected_row button[name='action_done']",
            run: "click",
        },
        {
            content: "The visit leaves the list of visits to do",
            trigger: ".o_list_view:not(:has(.o_selected_row))",
        },
    ],
});
