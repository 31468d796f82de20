from . import test_assessment
from . import test_rating_discipline
