from odoo.tests import tagged

from .common import PostpartumCase


@tagged("post_install", "-at_install")
class TestHome(PostpartumCase):
    """Each role lands on the screen its day starts from."""

    def test_home_of_the_role_of_lowest_priority_unless_the_user_has_one(self):
        records = self.env.ref("postpartum_base.action_mother_record")
        babies = self.env.ref("postpartum_base.action_baby")
        front_desk = self.env.ref("postpartum_base.group_front_desk")
        nurse = self.env.ref("postpartum_base.group_nurse")
        front_desk.write({"postpartum_home_action_id": babies.id, "postpartum_home_priority": 90})
        nurse.write({"postpartum_home_action_id": records.id, "postpartum_home_priority": 60})
        self.assertEqual(self.front_desk_a._postpartum_home_action().id, babies.id)
        self.front_desk_a.groups_id = [(4, nurse.id)]
        self.assertEqual(self.front_desk_a._postpartum_home_action().id, records.id)
        # a home chosen for the user (Preferences) wins
        self.front_desk_a.action_id = babies.id
        self.assertEqual(self.front_desk_a._postpartum_home_action().id, babies.id)
        # a role without a home: nothing (Odoo opens the first app)
        front_desk.postpartum_home_action_id = False
        nurse.postpartum_home_action_id = False
        self.front_desk_a.action_id = False
        self.assertFalse(self.front_desk_a._postpartum_home_action())
