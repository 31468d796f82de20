/** @odoo-module **/
/* The consultant's day (issue 10): from her pipeline, 许岚 (who visited three
 * days ago and has the suite's quotation) decides for the center: the lead is
 * won, the stay reserved from the quotation and signed with a down payment,
 * which is invoiced at once. */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("postpartum_consultant_day_tour", {
    steps: () => [
        {
            content: "The consultant lands on her pipeline: 许岚's opportunity",
            trigger: ".o_kanban_record:contains('许岚')",
            run: "click",
        },
        {
            content: "She decides for us: won",
            trigger: ".o_form_view button[name='action_set_won_rainbowman']",
            run: "click",
        },
        {
            content: "Reserve her stay",
            trigger: ".o_form_view button[name='action_postpartum_reserve']",
            run: "click",
        },
        {
            content: "The down payment she pays on signing",
            trigger: ".o_field_widget[name='down_payment_amount'] input",
            run: "edit 20000",
        },
        {
            content: "Sign",
            trigger: ".o_form_statusbar button[name='action_reserve']",
            run: "click",
        },
        {
            content: "Reserved",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='reserved']",
        },
    ],
});
