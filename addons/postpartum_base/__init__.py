from . import models


def pre_init_hook(env):
    """Exclusion constraints on (key, date range) need btree_gist for the key part."""
    env.cr.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
