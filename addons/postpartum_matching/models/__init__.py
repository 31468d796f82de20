from . import res_company
from . import postpartum_care_request
from . import postpartum_match_candidate
from . import postpartum_interview
from . import postpartum_service_order
from . import postpartum_service_followup
from . import hr_employee
