from . import test_membership_workflow
