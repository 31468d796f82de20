from . import test_access
from . import test_acting_manager
from . import test_health_record
from . import test_mother_baby
from . import test_resident_id
from . import test_store
from . import test_tour
from . import test_field_access
