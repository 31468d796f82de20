from . import test_crm
from . import test_followup_satisfaction
from . import test_tour
