from odoo import Command, fields, models
from odoo.addons.postpartum_base.tools import reader_env
from odoo.exceptions import UserError

KITCHEN_LOCATION_NAME = "Kitchen (厨房)"
KITCHEN_COUNT_EVERY_DAYS = 7


class ResCompany(models.Model):
    _inherit = "res.company"

    kitchen_location_id = fields.Many2one(
        "stock.location",
        string="Kitchen Location",
        domain="[('usage', '=', 'internal'), ('company_id', '=', id)]",
        help="Stock of the kitchen's ingredients; the meals' ingredients are consumed from "
        "it. Created under the warehouse stock when first needed.",
    )
    kitchen_picking_type_id = fields.Many2one(
        "stock.picking.type",
        string="Kitchen Consumption Type",
        domain="[('company_id', '=', id)]",
        help="Operation type of the daily ingredient consumptions.",
    )

    def _postpartum_warehouse(self):
        self.ensure_one()
        Warehouse = self.env["stock.warehouse"].sudo()
        warehouse = Warehouse.search([("company_id", "=", self.id)], limit=1)
        if not warehouse:
            warehouse = Warehouse.create(
                {
                    "name": self.name,
                    "code": "WH",
                    "company_id": self.id,
                    "partner_id": self.partner_id.id,
                }
            )
        return warehouse

    def _postpartum_kitchen_location(self):
        """The store's kitchen location, created under the warehouse stock
        location when first needed."""
        self.ensure_one()
        if not self.kitchen_location_id:
            warehouse = self._postpartum_warehouse()
            self.sudo().kitchen_location_id = (
                self.env["stock.location"]
                .sudo()
                .create(
                    {
                        "name": KITCHEN_LOCATION_NAME,
                        "usage": "internal",
                        "location_id": warehouse.lot_stock_id.id,
                        "company_id": self.id,
                        # counted every week (周期盘点)
                        "cyclic_inventory_frequency": KITCHEN_COUNT_EVERY_DAYS,
                    }
                )
            )
        return self.kitchen_location_id

    def _postpartum_consumption_location(self):
        """Where consumed ingredients go: the store's virtual production
        location (the meals are "produced" from them), so that inventory
        adjustments keep their own virtual location and the two are never mixed."""
        self.ensure_one()
        Location = self.env["stock.location"].sudo()
        location = Location.search(
            [("usage", "=", "production"), ("company_id", "=", self.id)], limit=1
        )
        if not location:
            self.sudo()._create_production_location()
            location = Location.search(
                [("usage", "=", "production"), ("company_id", "=", self.id)], limit=1
            )
        return location

    def _postpartum_kitchen_picking_type(self):
        self.ensure_one()
        if not self.kitchen_picking_type_id:
            warehouse = self._postpartum_warehouse()
            picking_type = (
                self.env["stock.picking.type"]
                .sudo()
                .with_context(lang="en_US")
                .create(
                    {
                        "name": "Kitchen Consumption",
                        "code": "outgoing",
                        "sequence_code": "KIT",
                        "warehouse_id": warehouse.id,
                        "company_id": self.id,
                        "default_location_src_id": self._postpartum_kitchen_location().id,
                        "default_location_dest_id": self._postpartum_consumption_location().id,
                    }
                )
            )
            if self.env["res.lang"]._lang_get("zh_CN"):
                picking_type.update_field_translations("name", {"zh_CN": "厨房领料"})
            self.sudo().kitchen_picking_type_id = picking_type
        return self.kitchen_picking_type_id

    def _postpartum_setup_kitchen(self):
        """Create the kitchen location and operation type of the stores in ``self``."""
        for company in self:
            company._postpartum_kitchen_location()
            company._postpartum_kitchen_picking_type()
        return True

    def _postpartum_kitchen_consume(self, date, requirements):
        """One validated transfer from the kitchen to the production location
        with a move per ingredient of ``requirements`` ({product: quantity})."""
        self.ensure_one()
        source = self._postpartum_kitchen_location()
        destination = self._postpartum_consumption_location()
        picking_type = self._postpartum_kitchen_picking_type()
        origin = reader_env(self.env, company=self)._(
            "Meals of %(date)s", date=fields.Date.to_string(date)
        )
        picking = (
            self.env["stock.picking"]
            .with_company(self)
            .create(
                {
                    "picking_type_id": picking_type.id,
                    "location_id": source.id,
                    "location_dest_id": destination.id,
                    "company_id": self.id,
                    "origin": origin,
                    "scheduled_date": fields.Datetime.now(),
                    "move_ids": [
                        Command.create(
                            {
                                "name": product.display_name,
                                "product_id": product.id,
                                "product_uom": product.uom_id.id,
                                "product_uom_qty": quantity,
                                "location_id": source.id,
                                "location_dest_id": destination.id,
                                "company_id": self.id,
                                "origin": origin,
                            }
                        )
                        for product, quantity in sorted(
                            requirements.items(), key=lambda item: item[0].display_name
                        )
                    ],
                }
            )
        )
        picking.action_confirm()
        for move in picking.move_ids:
            move.quantity = move.product_uom_qty
        picking.move_ids.picked = True
        picking.with_context(skip_backorder=True, cancel_backorder=True).button_validate()
        if picking.state != "done":
            raise UserError(
                self.env._(
                    "The kitchen consumption %(picking)s could not be validated.",
                    picking=picking.name,
                )
            )
        return picking
