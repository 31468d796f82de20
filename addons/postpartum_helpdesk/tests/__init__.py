from . import test_feedback
from . import test_center_complaints
from . import test_ticket_workflow
