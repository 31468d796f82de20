from . import test_stay
from . import test_room_allocation
from . import test_tour
from . import test_stay_workflow
from . import test_stay_access
from . import test_language
from . import test_pickers
from . import test_stay_payment
