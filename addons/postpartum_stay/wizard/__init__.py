from . import postpartum_room_availability
from . import postpartum_stay_room_change
from . import postpartum_stay_service
from . import postpartum_stay_deposit
from . import postpartum_stay_payment
from . import postpartum_stay_birth
from . import postpartum_stay_birth_line
