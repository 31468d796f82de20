def post_init_hook(env):
    """The demo stays copied their checklists before this module's
    translations were loaded: give their lines the items' translations."""
    env["postpartum.stay.checklist"]._sync_template_names()
    # the stores whose chart of accounts was installed before this module
    env["res.company"].search([("chart_template", "!=", False)])._postpartum_setup_stay_accounts()
