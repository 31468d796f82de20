from . import postpartum_caregiver_profile
