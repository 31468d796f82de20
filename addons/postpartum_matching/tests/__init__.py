from . import test_order_workflow
from . import test_matching
from . import test_orders
from . import test_tour
from . import test_caregiver_profile
