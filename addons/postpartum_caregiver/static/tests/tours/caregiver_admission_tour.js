/** @odoo-module **/

import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("postpartum_caregiver_admission_tour", {
    url: "/odoo/action-postpartum_caregiver.action_caregiver",
    steps: () => [
        {
            content: "Open the refused applicant",
            trigger: ".o_kanban_record:contains('马晓燕')",
            run: "click",
        },
        {
            content: "Submit her file for review again",
            trigger: ".o_form_view button[name='action_caregiver_submit']",
            run: "click",
        },
        {
            content: "Try to admit her",
            trigger: ".o_form_view button[name='action_caregiver_admit']",
            run: "click",
        },
        {
            content: "The refusal names her and lists the reasons",
            trigger: ".modal .modal-body:contains('马晓燕'):contains('Hepatitis B'), .modal .modal-body:contains('马晓燕'):contains('乙肝')",
        },
        {
            content: "Close the message",
            trigger: ".modal .modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "She is still under review",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='review']",
        },
    ],
});
