/** @odoo-module **/

import { localization } from "@web/core/l10n/localization";
import { registry } from "@web/core/registry";

const { DateTime } = luxon;

registry.category("web_tour.tours").add("postpartum_crm_tour", {
    url: "/odoo/action-postpartum_crm.action_phone_enquiry",
    steps: () => [
        {
            content: "A family calls: new phone enquiry",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "Caller",
            trigger: ".o_field_widget[name='caller_name'] input",
            run: "edit 邵婷",
        },
        {
            content: "Phone",
            trigger: ".o_field_widget[name='phone'] input",
            run: "edit 13900001111",
        },
        {
            content: "Baby expected in two months",
            trigger: ".o_field_widget[name='due_date'] input",
            async run(helpers) {
                const due = DateTime.now().plus({ days: 60 });
                await helpers.edit(due.toFormat(localization.dateFormat));
            },
        },
        {
            content: "Hand to consultant",
            trigger: ".o_field_widget[name='consultant_id'] input",
            run: "edit 赵婷",
        },
        {
            content: "Pick her",
            trigger: ".o-autocomplete--dropdown-item:contains('赵婷')",
            run: "click",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Hand over: an invitation to visit for the consultant",
            trigger: ".o_form_saved button[name='action_hand_over']",
            run: "click",
        },
        {
            content: "Open the lead",
            trigger: ".o_field_widget[name='lead_id'] a",
            run: "click",
        },
        {
            content: "Family and demand",
            trigger: ".o_notebook a[name='postpartum']",
            run: "click",
        },
        {
            content: "The package she wants",
            trigger: ".o_field_widget[name='package_id'] input",
            run: "edit 28",
        },
        {
            content: "Standard room",
            trigger: ".o-autocomplete--dropdown-item:contains('标准')",
            run: "click",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "She visited: register the visit",
            trigger: ".o_form_saved button[name='action_register_visit']",
            run: "click",
        },
        {
            content: "The visitor is filled in from the lead",
            trigger: ".o_field_widget[name='visitor_name'] input:value('邵婷')",
        },
        {
            content: "Next step",
            trigger: ".o_field_widget[name='next_step'] select",
            run: "select \"sign\"",
        },
        {
            content: "Save the visit",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Back to the lead",
            trigger: ".o_breadcrumb .breadcrumb-item:last-child a",
            run: "click",
        },
        {
            content: "She decides for us: won",
            trigger: ".o_form_view button[name='action_set_won_rainbowman']",
            run: "click",
        },
        {
            content: "The opportunity is won",
            trigger: ".o_form_view .ribbon:contains('赢得'), .o_form_view .o_widget_web_ribbon",
        },
        {
            content: "She signs: reserve a stay",
            trigger: ".o_form_view button[name='action_postpartum_reserve']",
            run: "click",
        },
        {
            content: "Sign the stay",
            trigger: ".o_form_view button[name='action_reserve']",
            run: "click",
        },
        {
            content: "Reserved",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='reserved']",
        },
    ],
});
