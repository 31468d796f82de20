/** @odoo-module **/
/* 房态图 (issue 12): the front desk opens the room board, sees who is in
 * which room, gives 唐敏's waiting reservation the deluxe room 803 from a free
 * day of its row, and blocks room 602 for the day
 * (维修: its shower leaks). */
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("postpartum_room_board_tour", {
    steps: () => [
        {
            content: "The stays",
            trigger: ".o_menu_sections button:contains('入住')",
            run: "click",
        },
        {
            content: "房态图",
            trigger: ".dropdown-item:contains('房态图')",
            run: "click",
        },
        {
            content: "张丽 is in room 603",
            trigger: ".o_board_room[data-room='603'] .o_board_bar_in_house:contains('张丽')",
        },
        {
            content: "Room 802 is under maintenance",
            trigger: ".o_board_room[data-room='802'] .badge:contains('维修中')",
        },
        {
            content: "A free day of room 803",
            trigger: ".o_board_room[data-room='803'] td.o_board_free:first",
            run: "click",
        },
        {
            content: "The room planning for 唐敏, who waits for a deluxe room",
            trigger: ".o_board_picker .o_board_plan:contains('唐敏')",
            run: "click",
        },
        {
            content: "Its plans say why: 803 is free for her whole stay",
            trigger: ".modal .o_data_row:first td[name='reasons']:contains('全程一间房')",
        },
        {
            content: "Close it: the front desk clicks the room herself",
            trigger: ".modal-footer button.btn-secondary",
            run: "click",
        },
        {
            content: "A free day of room 803 again",
            trigger: ".o_board_room[data-room='803'] td.o_board_free:first",
            run: "click",
        },
        {
            content: "唐敏 waits for a deluxe room",
            trigger: ".o_board_picker .o_board_candidate:contains('唐敏')",
            run: "click",
        },
        {
            content: "Her reservation now holds 803",
            trigger: ".o_board_room[data-room='803'] .o_board_bar_reserved:contains('唐敏')",
        },
        {
            content: "A free day of room 602",
            trigger: ".o_board_room[data-room='602'] td.o_board_free:first",
            run: "click",
        },
        {
            content: "602 is blocked for the day: its shower leaks",
            trigger: ".o_board_picker .o_board_block_button",
            run: "click",
        },
        {
            content: "The reason",
            trigger: ".modal .o_field_widget[name='block_reason'] input",
            run: "edit 淋浴漏水",
        },
        {
            content: "Save the block",
            trigger: ".modal .o_form_button_save",
            run: "click",
        },
        {
            content: "The block is on the board",
            trigger: ".o_board_room[data-room='602'] .o_board_block_maintenance:contains('淋浴漏水')",
        },
    ],
});
