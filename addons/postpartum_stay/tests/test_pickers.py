from lxml import etree

from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from .common import StayCase


@tagged("post_install", "-at_install")
class TestStayPickers(StayCase):
    """What the pickers and the search of a stay offer."""

    def _picker(self, model, fname, record_values):
        domain = self.env[model].fields_get([fname])[fname]["domain"]
        if isinstance(domain, str):
            domain = safe_eval(domain, record_values)
        return self.env[self.env[model]._fields[fname].comodel_name].search(domain)

    def test_butler_and_consultant_pickers_list_the_store_roles(self):
        butlers = self._picker("postpartum.stay", "butler_id", {"company_id": self.store.id})
        self.assertIn(self.butler, butlers)
        self.assertIn(self.manager, butlers, "the store manager does any job of the store")
        self.assertNotIn(self.front_desk, butlers)
        self.assertNotIn(self.other_front_desk, butlers)
        consultants = self._picker("postpartum.stay", "user_id", {"company_id": self.store.id})
        self.assertNotIn(self.butler, consultants)
        self.assertNotIn(self.env.ref("base.public_user"), consultants)

    def test_service_picker_lists_the_center_services(self):
        furniture = self.env["product.product"].create(
            {"name": "Office Chair", "type": "consu", "sale_ok": True}
        )
        massage = self.env["product.product"].create(
            {
                "name": "Lactation massage",
                "type": "service",
                "categ_id": self.env.ref("postpartum_stay.product_category_stay").id,
            }
        )
        services = self._picker("postpartum.stay.service", "product_id", {})
        self.assertIn(massage, services)
        self.assertIn(self.env.ref("postpartum_stay.product_extra_day"), services)
        self.assertNotIn(furniture, services)
        self.assertNotIn(self.package, services)

    def test_a_stay_is_found_by_number_or_mother(self):
        stay = self._stay()
        Stay = self.env["postpartum.stay"]
        self.assertIn(stay.id, [i for i, _n in Stay.name_search(stay.name)])
        self.assertIn(stay.id, [i for i, _n in Stay.name_search(self.mother.name)])

    def test_mother_form_has_no_invoicing_page(self):
        """A mother pays at the front desk: her form has no invoicing page
        (bank accounts, e-invoicing), which stays for companies."""
        arch = self.env["res.partner"].get_views([(False, "form")])["views"]["form"]["arch"]
        [page] = etree.fromstring(arch).xpath("//page[@name='accounting']")  # noqa: S320
        self.assertIn("is_mother", page.get("invisible"))
