/** @odoo-module **/

import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_service/tour_utils";

registry.category("web_tour.tours").add("postpartum_base_mother_tour", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the Postpartum Center app",
            trigger: ".o_app[data-menu-xmlid='postpartum_base.menu_root']",
            run: "click",
        },
        {
            content: "Open the Mothers & Babies menu",
            trigger: ".o_menu_sections [data-menu-xmlid='postpartum_base.menu_customers']",
            run: "click",
        },
        {
            content: "Open Mothers",
            trigger: ".dropdown-item[data-menu-xmlid='postpartum_base.menu_mother']",
            run: "click",
        },
        {
            content: "Create a mother",
            trigger: ".o-kanban-button-new",
            run: "click",
        },
        {
            content: "Name",
            trigger: ".o_field_widget[name='name'] input",
            run: "edit 周晓燕",
        },
        {
            content: "Open the mother profile",
            trigger: ".o_notebook_headers a[name='mother_profile']",
            run: "click",
        },
        {
            content: "Resident ID number",
            trigger: ".o_field_widget[name='resident_id_number'] input",
            run: "edit 31010519960918004x",
        },
        {
            content: "Hospital",
            trigger: ".o_field_widget[name='hospital'] input",
            run: "edit 上海市第一妇婴保健院",
        },
        {
            content: "The birth date was read from the ID number",
            trigger: ".o_field_widget[name='birthdate'] input",
            run() {
                const value = document.querySelector(".o_field_widget[name='birthdate'] input").value;
                const id = document.querySelector(".o_field_widget[name='resident_id_number'] input").value;
                // 1996年09月18日 in Chinese, 09/18/1996 in English
                if (!/1996\D+09\D+18|09\D+18\D+1996/.test(value)) {
                    throw new Error(`birth date not read from the ID number: ${value} / ${id}`);
                }
            },
        },
        {
            content: "Save",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "Saved",
            trigger: ".o_form_saved",
        },
    ],
});
