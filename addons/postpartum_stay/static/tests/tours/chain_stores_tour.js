/** @odoo-module **/
/* The chain manager's day (issue 10): from the stays he lands on (his first
 * store's), he shows both stores at once with the company switcher, and
 * compares them in the revenue by store. */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("postpartum_chain_stores_tour", {
    steps: () => [
        {
            content: "The chain manager lands on the stays of his first store",
            trigger: ".o_breadcrumb:contains('入住')",
        },
        {
            content: "His stores",
            trigger: ".o_switch_company_menu button",
            run: "click",
        },
        {
            content: "Show the Xuhui store too",
            trigger: ".o_switch_company_item:contains('徐汇标准店') [role='menuitemcheckbox']",
            run: "click",
        },
        {
            content: "Both stores",
            trigger: ".o_switch_company_menu_buttons .btn-primary",
            run: "click",
        },
        {
            content: "The stays of both stores (after the reload)",
            trigger: ".o_data_row:contains('孙丽')",
        },
        {
            content: "Reports",
            trigger: ".o_menu_sections button:contains('报表')",
            run: "click",
        },
        {
            content: "Revenue by store",
            trigger: ".dropdown-item:contains('门店营收')",
            run: "click",
        },
        {
            content: "The flagship store's row",
            trigger: ".o_pivot tbody th:contains('陆家嘴旗舰店')",
        },
        {
            content: "Beside the Xuhui store's",
            trigger: ".o_pivot tbody th:contains('徐汇标准店')",
        },
    ],
});
