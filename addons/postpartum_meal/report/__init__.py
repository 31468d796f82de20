from . import postpartum_meal_production_report
