/** @odoo-module **/
/* Customer service's day (issue 10): it lands on the calls to make, calls
 * 林晓 back and records what she said, then investigates the complaint about a
 * caregiver's late return, confirms it, records the resolution and the
 * family's acceptance, and closes it. */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("postpartum_cs_day_tour", {
    steps: () => [
        {
            content: "Customer service lands on the calls to make",
            trigger: ".o_breadcrumb:contains('回访电话')",
        },
        {
            content: "林晓's call, overdue",
            trigger: ".o_data_row:contains('林晓') td[name='title']",
            run: "click",
        },
        {
            content: "She was reached and has a request",
            trigger: ".o_field_widget[name='outcome'] select",
            run: 'select "needs"',
        },
        {
            content: "What she said",
            trigger: ".o_field_widget[name='notes'] textarea",
            run: "edit 双胞胎吃奶顺利，希望安排一次催乳服务",
        },
        {
            content: "Call done",
            trigger: ".o_form_view button[name='action_done']",
            run: "click",
        },
        {
            content: "The call is done",
            trigger: ".o_statusbar_status button.o_arrow_button_current[data-value='done']",
        },
        {
            content: "Now the complaints",
            trigger: ".o_menu_sections button:contains('客服')",
            run: "click",
        },
        {
            content: "反馈与投诉",
            trigger: ".dropdown-item:contains('反馈与投诉')",
            run: "click",
        },
        {
            content: "The complaint about the caregiver's late return",
            trigger: ".o_kanban_record:contains('返回时间晚了')",
            run: "click",
        },
        {
            content: "Investigation and resolution",
            trigger: ".o_notebook a[name='postpartum_resolution']",
            run: "click",
        },
        {
            content: "What the investigation found",
            trigger: ".o_field_widget[name='investigation_note'] textarea",
            run: "edit 与月嫂郑雅核实：休息日返程遇地铁故障，未提前告知雇主，属实。",
        },
        {
            content: "Confirm the complaint (the note is saved with it)",
            trigger: ".o_form_statusbar button[name='action_confirm_complaint']",
            run: "click",
        },
        {
            content: "Confirmed",
            trigger: ".o_field_widget[name='complaint_state'] .badge:contains('已确认')",
        },
        {
            content: "The resolution agreed",
            trigger: ".o_field_widget[name='resolution'] textarea",
            run: "edit 月嫂书面致歉，今后休息日返程提前一小时出发；本月扣除半天服务费。",
        },
        {
            content: "What the family said when called back",
            trigger: ".o_field_widget[name='customer_comment'] textarea",
            run: "edit 郑女士接受处理结果，希望以后准时。",
        },
        {
            content: "The family accepts",
            trigger: ".o_form_statusbar button[name='action_customer_confirm']",
            run: "click",
        },
        {
            content: "Close the complaint: the stages after 等待中",
            trigger: ".o_statusbar_status .dropdown-toggle",
            run: "click",
        },
        {
            content: "已完成",
            trigger: ".dropdown-item:contains('已完成')",
            run: "click",
        },
        {
            content: "Closed",
            trigger: ".o_statusbar_status button.o_arrow_button_current:contains('已完成')",
        },
    ],
});
