/** @odoo-module **/
/* The accountant's day (issue 10): from the accounting dashboard she lands
 * on, she checks the money of a stay that has ended: 孙丽's down payment and
 * balance invoices, the payments, the security deposit received, the
 * deduction for a lost room card and the refund, all on the stay. */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("postpartum_accountant_stay_entries_tour", {
    steps: () => [
        {
            content: "The accountant lands on the accounting dashboard",
            trigger: ".o_account_kanban",
        },
        {
            content: "The apps",
            trigger: ".o_navbar_apps_menu button",
            run: "click",
        },
        {
            content: "The postpartum center",
            trigger: ".o_app[data-menu-xmlid='postpartum_base.menu_root']",
            run: "click",
        },
        {
            content: "Stays",
            trigger: ".o_menu_sections button:contains('入住')",
            run: "click",
        },
        {
            content: "The stays",
            trigger: ".dropdown-item:contains('入住管理')",
            run: "click",
        },
        {
            content: "孙丽 left two weeks ago",
            trigger: ".o_data_row:contains('孙丽') td[name='partner_id']",
            run: "click",
        },
        {
            content: "Her journal entries",
            trigger: ".o_form_view button[name='action_open_journal_entries']",
            run: "click",
        },
        {
            content: "The deposit received",
            trigger: ".o_data_row:contains('押金 ST')",
        },
        {
            content: "Its deductions",
            trigger: ".o_data_row:contains('押金扣款')",
        },
        {
            content: "The refund, opened",
            trigger: ".o_data_row:contains('押金退还') td[name='name']",
            run: "click",
        },
        {
            content: "It takes the refund out of the deposits account",
            trigger: ".o_field_widget[name='line_ids'] .o_data_row:contains('224199')",
        },
    ],
});
