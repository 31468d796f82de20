/** @odoo-module **/
import { Component, onWillStart, useState } from "@odoo/owl";
import { _t } from "@web/core/l10n/translation";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";

const PERIODS = [14, 30, 60, 90];

function addDays(isoDate, days) {
    const date = new Date(`${isoDate}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + days);
    return date.toISOString().slice(0, 10);
}

/**
 * 房态图: the rooms of the current store, day by day. A bar per allocation
 * (opens the stay), a free cell per day (allocates a waiting reservation),
 * the free rooms per day. Everything comes from postpartum.room.get_room_board
 * and every change goes through the server's checks.
 */
export class RoomBoard extends Component {
    static template = "postpartum_stay.RoomBoard";
    static props = ["*"];

    setup() {
        this.orm = useService("orm");
        this.action = useService("action");
        this.notification = useService("notification");
        this.periods = PERIODS;
        this.weekdays = [_t("Mon"), _t("Tue"), _t("Wed"), _t("Thu"), _t("Fri"), _t("Sat"), _t("Sun")];
        this.state = useState({
            board: null,
            days: 30,
            dateFrom: null,
            floor: false,
            roomTypeId: false,
            picking: null,
            selected: null,
            moving: null,
        });
        onWillStart(() => this.load());
    }

    async load() {
        this.state.board = await this.orm.call(
            "postpartum.room",
            "get_room_board",
            [this.state.dateFrom, this.state.days],
            { room_type_id: this.state.roomTypeId, floor: this.state.floor }
        );
        this.state.dateFrom = this.state.board.date_from;
    }

    get floors() {
        const floors = [];
        for (const room of this.state.board.rooms) {
            let floor = floors.at(-1);
            if (!floor || floor.floor !== room.floor) {
                floor = { floor: room.floor, rooms: [] };
                floors.push(floor);
            }
            floor.rooms.push(room);
        }
        return floors;
    }

    floorLabel(floor) {
        return _t("Floor %s", floor);
    }

    async setPeriod(days) {
        this.state.days = days;
        await this.load();
    }

    async move(direction) {
        this.state.dateFrom = addDays(this.state.dateFrom, direction * this.state.days);
        await this.load();
    }

    async goToday() {
        this.state.dateFrom = null;
        await this.load();
    }

    async setFilter(name, value) {
        this.state[name] = value ? parseInt(value) : false;
        await this.load();
    }

    select(cell) {
        this.state.picking = null;
        this.state.moving = null;
        this.state.selected = cell;
    }

    get selectedTitle() {
        const cell = this.state.selected;
        return `${cell.mother} · ${cell.stay} · ${cell.from} → ${cell.to} · ${cell.state_label}`;
    }

    startMove() {
        this.state.moving = this.state.selected;
        this.state.selected = null;
    }

    get movingTitle() {
        return _t("Change the room of %(mother)s: click the new room on the day of the change.", {
            mother: this.state.moving.mother,
        });
    }

    openWizard(resModel, name, context) {
        this.action.doAction(
            {
                type: "ir.actions.act_window",
                name,
                res_model: resModel,
                views: [[false, "form"]],
                target: "new",
                context,
            },
            { onClose: () => this.load() }
        );
    }

    extend() {
        const cell = this.state.selected;
        this.state.selected = null;
        this.openWizard("postpartum.stay.service", _t("Extend the Stay"), {
            default_stay_id: cell.stay_id,
            default_mode: "extend",
        });
    }

    cancelSelection() {
        this.state.selected = null;
        this.state.moving = null;
    }

    openStay(cell) {
        this.state.selected = null;
        this.action.doAction({
            type: "ir.actions.act_window",
            res_model: "postpartum.stay",
            res_id: cell.stay_id,
            views: [[false, "form"]],
            target: "current",
        });
    }

    barTitle(cell) {
        const held = cell.hold_until ? _t("Held until %s", cell.hold_until) : "";
        const hold = held ? `\n${held}` : "";
        return `${cell.mother} · ${cell.stay} · ${cell.package}\n${cell.from} → ${cell.to} · ${cell.state_label}${hold}`;
    }

    pick(room, cell) {
        if (this.state.moving) {
            const moving = this.state.moving;
            this.state.moving = null;
            this.openWizard("postpartum.stay.room.change", _t("Change Room"), {
                default_stay_id: moving.stay_id,
                default_room_id: room.id,
                // a reservation moves whole; a guest in house from the day clicked
                default_change_date: ["reserved", "holding"].includes(moving.state)
                    ? moving.from
                    : cell.date,
            });
            return;
        }
        this.state.selected = null;
        if (!this.state.board.can_edit) {
            this.notification.add(_t("The front desk or a butler allocates and blocks rooms."), {
                type: "info",
            });
            return;
        }
        if (cell.blocked) {
            this.notification.add(_t("Room %s is under maintenance.", room.name), { type: "warning" });
            return;
        }
        this.state.picking = { room, date: cell.date };
    }

    get pickTitle() {
        const room = this.state.picking.room;
        return _t("Allocate room %(room)s (%(type)s) to:", { room: room.name, type: room.room_type });
    }

    candidates() {
        const picking = this.state.picking;
        // the reservations arriving nearest to the day clicked first, the room's type before others
        return [...this.state.board.waiting].sort((a, b) => {
            const typeA = a.room_type === picking.room.room_type ? 0 : 1;
            const typeB = b.room_type === picking.room.room_type ? 0 : 1;
            const distance = (stay) => Math.abs(new Date(stay.from) - new Date(picking.date));
            return typeA - typeB || distance(a) - distance(b);
        });
    }

    async allocate(stay) {
        const room = this.state.picking.room;
        this.state.picking = null;
        try {
            await this.orm.call("postpartum.stay", "action_board_allocate", [[stay.id], room.id]);
        } catch (error) {
            await this.load();
            throw error;
        }
        this.notification.add(_t("Room %(room)s allocated to %(mother)s.", { room: room.name, mother: stay.mother }), {
            type: "success",
        });
        await this.load();
    }

    block() {
        const { room, date } = this.state.picking;
        this.state.picking = null;
        this.action.doAction(
            {
                type: "ir.actions.act_window",
                name: _t("Block the Room"),
                res_model: "postpartum.stay.room",
                views: [[false, "form"]],
                target: "new",
                context: {
                    form_view_ref: "postpartum_stay.view_stay_room_block_form",
                    default_room_id: room.id,
                    default_block_type: "maintenance",
                    default_date_start: date,
                    default_date_end: date,
                },
            },
            { onClose: () => this.load() }
        );
    }

    openBlock(cell) {
        this.state.selected = null;
        this.state.picking = null;
        this.action.doAction(
            {
                type: "ir.actions.act_window",
                name: _t("Room Block"),
                res_model: "postpartum.stay.room",
                res_id: cell.allocation_id,
                views: [[false, "form"]],
                target: "new",
                context: { form_view_ref: "postpartum_stay.view_stay_room_block_form" },
            },
            { onClose: () => this.load() }
        );
    }

    blockTitle(cell) {
        return `${cell.block_label} ${cell.reason}\n${cell.from} → ${cell.to}`;
    }

    async plan(stay) {
        this.state.picking = null;
        const action = await this.orm.call("postpartum.stay", "action_open_room_plan", [[stay.id]]);
        this.action.doAction(action, { onClose: () => this.load() });
    }

    cancelPick() {
        this.state.picking = null;
    }
}

registry.category("actions").add("postpartum_room_board", RoomBoard);
