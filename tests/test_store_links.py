"""Store isolation in the links themselves (issue 11): every link from a
store's record to another store-bound record is checked by Odoo's company
check (``check_company=True`` on a model with ``_check_company_auto``), so no
record of one store points at another store's mother, caregiver, room, package
or lead, whoever writes it. The exceptions are listed with their reason; a new
module's links are held to the rule without a line of test code."""

from odoo.exceptions import UserError
from odoo.tests import TransactionCase, tagged

# (model, field): why it is not checked
NOT_CHECKED = {
    # the agency's caregivers (flagship store) serve and are rated by the
    # families of every store of the chain, and their complaints come from them
    ("postpartum.caregiver.rating", "customer_id"): "the agency serves every store",
    ("postpartum.caregiver.benefit", "ticket_id"): "the agency serves every store",
    ("postpartum.discipline.record", "ticket_id"): "the agency serves every store",
    ("postpartum.match.candidate", "employee_id"): "the agency serves every store",
    # set by the flows themselves in the record's store, never by a user
    ("postpartum.meal.schedule", "picking_id"): "made by the kitchen flow",
    ("postpartum.service.order", "sale_order_id"): "made by the confirmation",
    ("postpartum.service.order", "sale_line_id"): "made by the confirmation",
    ("postpartum.service.order", "rating_id"): "made by the rating",
    ("postpartum.stay", "room_id"): "computed from the allocations (checked)",
    ("postpartum.stay", "sale_order_id"): "made by the reservation",
    ("postpartum.stay", "deposit_payment_id"): "made by the check-in",
    ("postpartum.stay", "refund_payment_id"): "made by the check-out",
    ("postpartum.stay", "deduction_move_id"): "made by the check-out",
}
# links to records every store shares
SHARED = ("res.users", "res.company", "res.currency")


@tagged("post_install", "-at_install")
class TestStoreLinks(TransactionCase):
    def _unchecked_links(self):
        found = set()
        for name, Model in self.env.registry.items():
            if not name.startswith("postpartum.") or Model._abstract or Model._transient:
                continue
            if "company_id" not in Model._fields or not Model._auto:
                continue
            company = Model._fields["company_id"]
            via = company.related.split(".")[0] if isinstance(company.related, str) else None
            if company.related and not via:
                via = company.related[0]
            for fname, field in Model._fields.items():
                if field.type != "many2one" or fname in ("company_id", via) or field.related:
                    continue
                if not field.store or field.comodel_name in SHARED:
                    continue
                if "company_id" not in self.env[field.comodel_name]._fields:
                    continue
                if not (field.check_company and Model._check_company_auto):
                    found.add((name, fname))
        return found

    def test_every_link_between_store_records_is_checked(self):
        unchecked = self._unchecked_links()
        self.assertFalse(
            unchecked - set(NOT_CHECKED),
            "links between store records without check_company (or its model without "
            "_check_company_auto): check them, or say here why not",
        )
        self.assertFalse(set(NOT_CHECKED) - unchecked, "exceptions that no longer are")

    def test_a_stay_cannot_take_another_store_mother(self):
        store_a = self.env.ref("postpartum_base.store_flagship")
        store_b = self.env.ref("postpartum_base.store_standard")
        other = self.env["res.partner"].create(
            {"name": "Mother of the other store", "is_mother": True, "company_id": store_b.id}
        )
        package = self.env.ref("postpartum_stay.stay_chen_jing").package_id
        Stay = self.env["postpartum.stay"].with_context(
            allowed_company_ids=[store_a.id, store_b.id]
        )
        count = Stay.search_count([])
        with self.assertRaises(UserError):
            Stay.create(
                {"partner_id": other.id, "company_id": store_a.id, "package_id": package.id}
            )
        self.assertEqual(Stay.search_count([]), count)
