from . import postpartum_stay_statement
from . import postpartum_stay_contract
