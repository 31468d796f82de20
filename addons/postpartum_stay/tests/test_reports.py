from odoo import Command
from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from .common import StayCase


@tagged("post_install", "-at_install")
class TestStayReports(StayCase):
    def test_revenue_by_store(self):
        """Each store's sales side by side for the chain; a store manager
        sees his own store's only."""
        self._stay().action_reserve()
        other_mother = self.env["res.partner"].create(
            {"name": "Mother Other Store", "is_mother": True, "company_id": self.other_store.id}
        )
        other = self.env["sale.order"].create(
            {
                "partner_id": other_mother.id,
                "company_id": self.other_store.id,
                "order_line": [
                    Command.create(
                        {"product_id": self.package.id, "product_uom_qty": 1, "price_unit": 50000}
                    )
                ],
            }
        )
        other.action_confirm()
        action = self.env.ref("postpartum_stay.action_store_revenue")
        domain = safe_eval(action.domain)
        context = safe_eval(action.context)
        self.assertEqual(context["pivot_row_groupby"], ["company_id"])
        stores = self.store | self.other_store
        Report = self.env["sale.report"].with_context(allowed_company_ids=stores.ids)
        Report.env.flush_all()
        revenue = dict(
            Report._read_group(
                [*domain, ("company_id", "in", stores.ids)], ["company_id"], ["price_subtotal:sum"]
            )
        )
        self.assertEqual(revenue, {self.store: 68000, self.other_store: 50000})
        mine = (
            self.env["sale.report"]
            .with_user(self.manager)
            ._read_group(
                [*domain, ("company_id", "in", stores.ids)], ["company_id"], ["price_subtotal:sum"]
            )
        )
        self.assertEqual(mine, [(self.store, 68000)])
