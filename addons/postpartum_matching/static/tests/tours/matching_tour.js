/** @odoo-module **/

import { localization } from "@web/core/l10n/localization";
import { registry } from "@web/core/registry";

const { DateTime } = luxon;

registry.category("web_tour.tours").add("postpartum_matching_tour", {
    url: "/odoo/action-postpartum_matching.action_care_request",
    steps: () => [
        {
            content: "New care request",
            trigger: ".o-kanban-button-new",
            run: "click",
        },
        {
            content: "The mother",
            trigger: ".o_field_widget[name='customer_id'] input",
            run: "edit 吴敏",
        },
        {
            content: "Pick her",
            trigger: ".o-autocomplete--dropdown-item:contains('吴敏')",
            run: "click",
        },
        {
            content: "Service starts in two months",
            trigger: ".o_field_widget[name='date_start'] input",
            async run(helpers) {
                const start = DateTime.now().plus({ days: 60 });
                await helpers.edit(start.toFormat(localization.dateFormat));
            },
        },
        {
            content: "Where the family lives",
            trigger: ".o_field_widget[name='district'] input",
            run: "edit 长宁区",
        },
        {
            content: "The end date follows the 26-day service",
            trigger: ".o_field_widget[name='date_end'] input:not(:value(''))",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Find caregivers",
            trigger: ".o_form_saved button[name='action_match']",
            run: "click",
        },
        {
            content: "Interview the best candidate",
            trigger: ".o_field_widget[name='candidate_ids'] .o_data_row:first button[name='action_plan_interview']",
            run: "click",
        },
        {
            content: "The interview is proposed for tomorrow 10:00: keep it and save",
            trigger: ".o_form_view .o_field_widget[name='start'] input:not(:value(''))",
        },
        {
            content: "Save the interview (it goes into both calendars)",
            trigger: ".o_form_view .o_form_button_save",
            run: "click",
        },
        {
            content: "After the interview, the family accepts",
            trigger: ".o_form_view button[name='action_customer_accept']",
            run: "click",
        },
        {
            content: "The caregiver accepts too",
            trigger: ".o_form_view button[name='action_caregiver_accept']",
            run: "click",
        },
        {
            content: "Both accepted: the order is there",
            trigger: ".o_field_widget[name='order_id']:contains('HS/')",
        },
        {
            content: "Back to the request",
            trigger: ".o_breadcrumb .breadcrumb-item a:contains('REQ/')",
            run: "click",
        },
        {
            content: "The request is confirmed, with its order",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='confirmed']",
        },
        {
            content: "Open the order",
            trigger: "button[name='action_view_orders']",
            run: "click",
        },
        {
            content: "The request's one order opens, confirmed",
            trigger: ".o_breadcrumb .active:contains('HS/')",
        },
    ],
});
