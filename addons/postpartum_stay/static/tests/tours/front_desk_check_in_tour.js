/** @odoo-module **/
/* The front desk's day (issue 10): it lands on the rooms, opens 陈静's
 * reservation when she arrives after the birth, records the birth (one
 * daughter), and checks her in: room prepared, rules acknowledged and signed;
 * the security deposit agreed at the reservation is received with it. */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("postpartum_front_desk_check_in_tour", {
    steps: () => [
        {
            content: "The front desk lands on the rooms",
            trigger: ".o_kanban_view .o_kanban_record:contains('801')",
        },
        {
            content: "The stays",
            trigger: ".o_menu_sections button:contains('入住')",
            run: "click",
        },
        {
            content: "入住管理",
            trigger: ".dropdown-item:contains('入住管理')",
            run: "click",
        },
        {
            content: "陈静 arrives",
            trigger: ".o_data_row:contains('陈静') td[name='partner_id']",
            run: "click",
        },
        {
            content: "Her baby was born",
            trigger: ".o_form_statusbar button[name='action_open_birth']",
            run: "click",
        },
        {
            content: "One baby, named after her mother until she has a name: a girl",
            trigger: ".modal .o_data_row td[name='gender']",
            run: "click",
        },
        {
            content: "女孩",
            trigger: ".modal .o_selected_row td[name='gender'] select",
            run: 'select "female"',
        },
        {
            content: "Record the birth",
            trigger: ".modal-footer button[name='action_confirm']",
            run: "click",
        },
        {
            content: "The birth is recorded: the check-in date follows it",
            trigger: "body:not(:has(.modal)) .o_form_statusbar:not(:has(button[name='action_open_birth']))",
        },
        {
            content: "Check-in page",
            trigger: ".o_notebook a[name='checkin']",
            run: "click",
        },
        {
            content: "The room is prepared",
            trigger: ".o_notebook button[name='action_check_all']",
            run: "click",
        },
        {
            content: "She acknowledges the rules",
            trigger: ".o_field_widget[name='rules_acknowledged'] input",
            run: "click",
        },
        {
            content: "Who signs",
            trigger: ".o_field_widget[name='signed_by'] input",
            run: "edit 陈静",
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
            content: "Check in",
            trigger: ".o_form_statusbar button[name='action_check_in']",
            run: "click",
        },
        {
            content: "In house",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='checked_in']",
        },
    ],
});
