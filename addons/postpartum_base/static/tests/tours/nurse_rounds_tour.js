/** @odoo-module **/
/* The nurse's day (issue 10): she lands on the health records, records 张丽's
 * round with a fever, and the record raises the alert at once. */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("postpartum_nurse_rounds_tour", {
    steps: () => [
        {
            content: "The nurse lands on the health records: a new round",
            trigger: ".o_breadcrumb:contains('产妇健康记录')",
        },
        {
            content: "New record",
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            content: "The mother",
            trigger: ".o_field_widget[name='mother_id'] input",
            run: "edit 张丽",
        },
        {
            content: "Pick her",
            trigger: ".o-autocomplete--dropdown-item:contains('张丽')",
            run: "click",
        },
        {
            content: "Her temperature",
            trigger: ".o_field_widget[name='temperature'] input",
            run: "edit 38.2",
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "The alert is raised on the record, in Chinese",
            trigger: ".o_form_saved .alert-danger:contains('发热 38.2')",
        },
    ],
});
