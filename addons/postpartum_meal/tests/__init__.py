from . import test_meal_schedule
from . import test_kitchen
from . import test_meal_access
