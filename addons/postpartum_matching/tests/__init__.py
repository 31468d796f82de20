from . import test_order_workflow
