/** @odoo-module **/
/* The caregiver manager's day (issue 10): from the care requests she lands
 * on, 郑雅's family ends the home service early (they go back to her parents'
 * home): the order is completed on today with the reason, the days not served
 * leave the sale, and the family's rating is recorded on the spot. */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("postpartum_caregiver_manager_day_tour", {
    steps: () => [
        {
            content: "The caregiver manager lands on the care requests: 郑雅's",
            trigger: ".o_kanban_record:contains('郑雅')",
            run: "click",
        },
        {
            content: "Its order (王秀英 in service)",
            trigger: ".o_form_view button[name='action_view_orders']",
            run: "click",
        },
        {
            content: "The family ends the service today",
            trigger: ".o_form_view button[name='action_open_done']",
            run: "click",
        },
        {
            content: "Why it ends early (the last day is today by default)",
            trigger: ".modal .o_field_widget[name='reason'] input",
            run: "edit 家属决定回娘家坐月子，提前结束服务",
        },
        {
            content: "Complete",
            trigger: ".modal button[name='action_confirm']",
            run: "click",
        },
        {
            content: "The family rates her: communication 4",
            trigger: ".modal .o_field_widget[name='communication'] input[data-value='4']",
            run: "click",
        },
        {
            content: "What they said",
            trigger: ".modal .o_field_widget[name='comment'] textarea",
            run: "edit 月嫂很细心，提前结束是家里的原因",
        },
        {
            content: "Save the rating",
            trigger: ".modal button[name='action_rate']",
            run: "click",
        },
        {
            content: "The order is done, with its rating",
            trigger: "body:not(:has(.modal)) .o_field_widget[name='rating_id']:not(:empty)",
        },
    ],
});
