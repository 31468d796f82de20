def post_init_hook(env):
    """The demo stays copied their checklists before this module's
    translations were loaded: give their lines the items' translations."""
    env["postpartum.stay.checklist"]._sync_template_names()
