from . import postpartum_training_course
from . import postpartum_training_session
from . import postpartum_training_enrolment
from . import survey_user_input
from . import res_company
from . import hr_employee
from . import hr_employee_public
