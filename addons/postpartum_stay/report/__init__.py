from . import postpartum_stay_statement
