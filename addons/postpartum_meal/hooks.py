def post_init_hook(env):
    """The kitchens of the stores there before this module."""
    env["res.company"].search([("id", "!=", 0)])._postpartum_setup_kitchen()
