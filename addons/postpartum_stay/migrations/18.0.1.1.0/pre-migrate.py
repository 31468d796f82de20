"""The follow-up calls and their plans moved down from postpartum_crm to
postpartum_stay (one scheduler for the stay's calls, whatever is installed on
top). Their records keep their ids: only the module of their external ids
changes, so postpartum_crm's update neither deletes them (views, access rules)
nor leaves a second copy of the plans (data loaded once, noupdate)."""

MOVED = (
    # data
    "plan_before_checkin",
    "plan_line_due_28",
    "plan_line_due_14",
    "plan_line_due_7",
    "plan_during_stay",
    "plan_line_stay_3",
    "plan_line_stay_14",
    "plan_after_checkout",
    "plan_line_out_1",
    "plan_line_out_3",
    "plan_line_out_7",
    "mail_activity_followup_call",
    # views, actions and menus
    "view_followup_form",
    "view_followup_list",
    "view_followup_search",
    "action_followup",
    "action_followup_overdue",
    "view_followup_plan_form",
    "view_followup_plan_list",
    "action_followup_plan",
    "menu_followup",
    "menu_followup_overdue",
    "menu_config_followup_plan",
    # security
    "access_postpartum_followup_plan_user",
    "access_postpartum_followup_plan_manager",
    "access_postpartum_followup_plan_line_user",
    "access_postpartum_followup_plan_line_manager",
    "access_postpartum_followup_user",
    "access_postpartum_followup_cs",
    "access_postpartum_followup_front_desk",
    "access_postpartum_followup_butler",
    "access_postpartum_followup_manager",
    "rule_postpartum_followup_store",
    "rule_postpartum_followup_plan_store",
)


def migrate(cr, version):
    cr.execute(
        """
        UPDATE ir_model_data d
           SET module = 'postpartum_stay'
         WHERE d.module = 'postpartum_crm'
           AND d.name IN %s
           AND NOT EXISTS (
                SELECT 1 FROM ir_model_data s
                 WHERE s.module = 'postpartum_stay' AND s.name = d.name
           )
        """,
        [MOVED],
    )
