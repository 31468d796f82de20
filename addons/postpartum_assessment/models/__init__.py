from . import postpartum_assessment_item
from . import postpartum_assessment
from . import postpartum_assessment_line
from . import postpartum_caregiver_rating
from . import postpartum_discipline_rule
from . import postpartum_discipline_record
from . import res_company
from . import hr_employee
