"""The upstream tests of the apps the suite extends pass the same with the
suite installed (issue 11). crm's rainbow-man tour opens a lead as a salesman
without a center role, which the suite's part of the lead form once broke with
an access error. crm's other two tours are written for an administrator who
reads English; the suite's administrator reads Chinese (make run, make test),
so they fail here with or without the suite and are left out."""

from odoo.addons.crm.tests import test_crm_ui
from odoo.tests import tagged


@tagged("post_install", "-at_install")
class TestCrmUpstreamUi(test_crm_ui.TestUi):
    """crm's own UI tests, unchanged, on the suite's database."""

    test_01_crm_tour = None  # the administrator's English UI (see above)
    test_03_crm_tour_forecast = None
