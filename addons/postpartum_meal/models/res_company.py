from odoo import Command, api, fields, models
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
        "it. Created under the warehouse stock with the store.",
    )
    kitchen_picking_type_id = fields.Many2one(
        "stock.picking.type",
        string="Kitchen Consumption Type",
        domain="[('company_id', '=', id)]",
        help="Operation type of the daily ingredient consumptions.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        companies = super().create(vals_list)
        companies._postpartum_setup_kitchen()
        return companies

    def _postpartum_setup_kitchen(self):
        """The kitchen of each store of ``self``, where missing: its warehouse,
        the kitchen location under the warehouse stock (counted every week) and
        the operation type of the daily consumptions. Done with the store
        (``create``), for the stores there before the module (``post_init_hook``,
        migration) and by the demo data; never on the fly by a user's step."""
        Warehouse = self.env["stock.warehouse"].sudo()
        Location = self.env["stock.location"].sudo()
        for company in self.sudo():
            warehouse = Warehouse.search([("company_id", "=", company.id)], limit=1)
            if not warehouse:
                warehouse = Warehouse.create(
                    {
                        "name": company.name,
                        "code": "WH",
                        "company_id": company.id,
                        "partner_id": company.partner_id.id,
                    }
                )
            if not company.kitchen_location_id:
                company.kitchen_location_id = Location.create(
                    {
                        "name": KITCHEN_LOCATION_NAME,
                        "usage": "internal",
                        "location_id": warehouse.lot_stock_id.id,
                        "company_id": company.id,
                        # counted every week (周期盘点)
                        "cyclic_inventory_frequency": KITCHEN_COUNT_EVERY_DAYS,
                    }
                )
            if not company._postpartum_production_location():
                company._create_production_location()
            if not company.kitchen_picking_type_id:
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
                            "company_id": company.id,
                            "default_location_src_id": company.kitchen_location_id.id,
                            "default_location_dest_id": (
                                company._postpartum_production_location().id
                            ),
                        }
                    )
                )
                if self.env["res.lang"]._lang_get("zh_CN"):
                    picking_type.update_field_translations("name", {"zh_CN": "厨房领料"})
                company.kitchen_picking_type_id = picking_type
        return True

    def _postpartum_production_location(self):
        self.ensure_one()
        return (
            self.env["stock.location"]
            .sudo()
            .search([("usage", "=", "production"), ("company_id", "=", self.id)], limit=1)
        )

    def _postpartum_kitchen(self, field):
        """The store's kitchen ``field``, set up with the store: a clear message
        if someone removed it, rather than a new one made on the fly."""
        self.ensure_one()
        record = self.sudo()[field]
        if not record:
            raise UserError(
                self.env._(
                    "The store %(store)s has no %(what)s: choose one on the store "
                    "(Settings → Stores).",
                    store=self.name,
                    what=self._fields[field]._description_string(self.env),
                )
            )
        return record

    def _postpartum_kitchen_location(self):
        return self._postpartum_kitchen("kitchen_location_id")

    def _postpartum_kitchen_picking_type(self):
        return self._postpartum_kitchen("kitchen_picking_type_id")

    def _postpartum_consumption_location(self):
        """Where consumed ingredients go: the store's virtual production
        location (the meals are "produced" from them), so that inventory
        adjustments keep their own virtual location and the two are never mixed."""
        return self._postpartum_kitchen_picking_type().default_location_dest_id

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
