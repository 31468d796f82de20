from . import test_feedback
from . import test_center_complaints
