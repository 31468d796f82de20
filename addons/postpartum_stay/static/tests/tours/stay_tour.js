/** @odoo-module **/

import { localization } from "@web/core/l10n/localization";
import { registry } from "@web/core/registry";

const { DateTime } = luxon;

registry.category("web_tour.tours").add("postpartum_stay_tour", {
    url: "/odoo/action-postpartum_stay.action_stay",
    steps: () => [
        {
            content: "New stay",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "A new mother",
            trigger: ".o_field_widget[name='partner_id'] input",
            run: "edit 周婷",
        },
        {
            content: "Create her",
            trigger: ".o_m2o_dropdown_option_create",
            run: "click",
        },
        {
            content: "The package",
            trigger: ".o_field_widget[name='package_id'] input",
            run: "edit 28",
        },
        {
            content: "Pick the standard package",
            trigger: ".o-autocomplete--dropdown-item:contains('标准')",
            run: "click",
        },
        {
            content: "She gave birth three days ago (due date)",
            trigger: ".o_field_widget[name='due_date'] input",
            async run(helpers) {
                const due = DateTime.now().minus({ days: 3 });
                await helpers.edit(due.toFormat(localization.dateFormat));
            },
        },
        {
            content: "Down payment",
            trigger: ".o_field_widget[name='down_payment_amount'] input",
            run: "edit 20000",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Sign and reserve",
            trigger: ".o_form_saved button[name='action_reserve']",
            run: "click",
        },
        {
            content: "Find a room",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='reserved']",
        },
        {
            content: "Open the free rooms",
            trigger: "button[name='action_open_availability']",
            run: "click",
        },
        {
            content: "Free rooms are listed; choose one",
            trigger: ".modal .o_field_widget[name='room_id'] input",
            run: "click",
        },
        {
            content: "The first free room",
            trigger: ".o-autocomplete--dropdown-item:first",
            run: "click",
        },
        {
            content: "Allocate it",
            trigger: ".modal-footer button[name='action_allocate']",
            run: "click",
        },
        {
            content: "The room is allocated: the guest can check in once ready",
            trigger: ".o_form_view button[name='action_check_in']",
        },
        {
            content: "Check-in page",
            trigger: ".o_notebook a[name='checkin']",
            run: "click",
        },
        {
            content: "Room prepared",
            trigger: "button[name='action_check_all']",
            run: "click",
        },
        {
            content: "Stay rules acknowledged",
            trigger: ".o_field_widget[name='rules_acknowledged'] input",
            run: "click",
        },
        {
            content: "Who signs",
            trigger: ".o_field_widget[name='signed_by'] input",
            run: "edit 周婷",
        },
        {
            content: "Sign",
            trigger: ".o_field_widget[name='signature'] .o_signature",
            run: "click",
        },
        {
            content: "Adopt the signature",
            trigger: ".modal .modal-footer .btn-primary:enabled",
            run: "click",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Check in",
            trigger: ".o_form_saved button[name='action_check_in']",
            run: "click",
        },
        {
            content: "In house",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='checked_in']",
        },
        {
            content: "Check-out page",
            trigger: ".o_notebook a[name='checkout']",
            run: "click",
        },
        {
            content: "Items counted",
            trigger: "button[name='action_check_all']",
            run: "click",
        },
        {
            content: "Check out",
            trigger: ".o_form_saved button[name='action_check_out']",
            run: "click",
        },
        {
            content: "Confirm",
            trigger: ".modal .modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "Checked out",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='checked_out']",
        },
    ],
});
