/** @odoo-module **/
/* The store manager's check-out (issue 10): 张丽 leaves; the items are counted,
 * a stained bedding is deducted from her deposit, and the rest is refunded as
 * she checks out. */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("postpartum_manager_check_out_tour", {
    steps: () => [
        {
            content: "The store manager lands on the stays: 张丽 leaves",
            trigger: ".o_data_row:contains('张丽') td[name='partner_id']",
            run: "click",
        },
        {
            content: "Check-out page",
            trigger: ".o_notebook a[name='checkout']",
            run: "click",
        },
        {
            content: "The items are counted",
            trigger: ".o_notebook button[name='action_check_all']",
            run: "click",
        },
        {
            content: "A deduction from the deposit",
            trigger: ".o_field_widget[name='deduction_ids'] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            content: "Why",
            trigger: ".o_field_widget[name='deduction_ids'] .o_selected_row td[name='reason'] input",
            run: "edit 床品污渍无法清洗",
        },
        {
            content: "How much",
            trigger: ".o_field_widget[name='deduction_ids'] .o_selected_row td[name='amount'] input",
            run: "edit 300",
        },
        {
            content: "Check out",
            trigger: ".o_form_statusbar button[name='action_check_out']",
            run: "click",
        },
        {
            content: "The deposit is refunded minus the deductions: confirm",
            trigger: ".modal-footer .btn-primary",
            run: "click",
        },
        {
            content: "Checked out",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='checked_out']",
        },
    ],
});
