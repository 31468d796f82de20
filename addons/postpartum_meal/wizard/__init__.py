from . import postpartum_meal_production_print
from . import postpartum_meal_consume
