from . import test_matching
from . import test_orders
from . import test_tour
