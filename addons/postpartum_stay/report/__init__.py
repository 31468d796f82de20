from . import postpartum_stay_statement
from . import postpartum_stay_contract
from . import postpartum_stay_checkin
from . import postpartum_stay_receipt
