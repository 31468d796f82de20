from . import helpdesk_ticket
from . import postpartum_discipline_rule
from . import postpartum_discipline_record
from . import postpartum_caregiver_benefit
from . import postpartum_service_order
from . import hr_employee
from . import postpartum_stay
from . import helpdesk_ticket_team
