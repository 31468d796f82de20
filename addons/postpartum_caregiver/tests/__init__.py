from . import test_membership_workflow
from . import test_access
from . import test_admission
from . import test_expiry_and_greetings
from . import test_levels
from . import test_tour
