from . import postpartum_order_replace
from . import postpartum_order_rate
from . import postpartum_order_done
