from datetime import datetime, timedelta


def satisfy_admission_standards(employee):
    """Pass an onboarding course (used by postpartum_caregiver's tests)."""
    env = employee.env
    course = env["postpartum.training.course"].create(
        {"name": "Test onboarding", "kind": "onboarding"}
    )
    start = datetime.now() - timedelta(days=30)
    session = env["postpartum.training.session"].create(
        {
            "course_id": course.id,
            "company_id": employee.company_id.id,
            "date_start": start,
            "date_end": start + timedelta(hours=8),
        }
    )
    env["postpartum.training.enrolment"].create(
        {"session_id": session.id, "employee_id": employee.id, "attended": True, "result": "passed"}
    )
