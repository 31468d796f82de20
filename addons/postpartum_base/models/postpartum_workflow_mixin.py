from odoo import api, models
from odoo.exceptions import AccessError, UserError

from ..tools import user_has_role

# Put in the context by the flows (the models' own steps) only. An object, not a
# string: no JSON-RPC or XML-RPC caller can send it.
_FLOW = object()


class PostpartumWorkflowMixin(models.AbstractModel):
    """One transition mechanism for every model with a workflow (stays, home-service
    orders, caregiver membership, decisions, complaints...), enforced in ``create``
    and ``write`` whatever the caller, as hr_holidays guards its leave states.

    A model declares, once:

    - ``_workflow_field``: its state field;
    - ``_workflow_transitions``: ``{(from, to): (group xmlids...)}``, the allowed
      steps and the roles that take them (an empty tuple: any user who may write
      the record);
    - ``_workflow_initial``: the states a record may be created in;
    - ``_workflow_locked``: ``{field: states}``, fields (money, dates, links to
      accounting) that may be written directly only while the record is in one of
      ``states`` (an empty tuple: only by the flow).

    Its steps (the buttons) call ``_workflow_check(to)`` before doing anything and
    then work on ``_workflow_flow()``, the records in a context where the state and
    the locked fields may be written. A direct write of the state, or of a locked
    field once locked, by anyone but the flow (or the system) is refused."""

    _name = "postpartum.workflow.mixin"
    _description = "Guarded Workflow"

    _workflow_field = "state"
    _workflow_transitions = {}
    _workflow_initial = ("draft",)
    _workflow_locked = {}

    # ------------------------------------------------------------------ helpers
    def _workflow_in_flow(self):
        return self.env.su or self.env.context.get("postpartum_workflow") is _FLOW

    def _workflow_flow(self):
        """These records, in the context of their flow: the step writes its state
        and its locked fields itself."""
        return self.with_context(postpartum_workflow=_FLOW)

    def _workflow_label(self, state):
        if not state:
            return self.env._("not set")
        field = self._fields[self._workflow_field]
        return dict(field._description_selection(self.env)).get(state, state)

    def _workflow_state_error(self, record, new_state):
        """The message of a step that the state of ``record`` does not allow
        (models may say it their own way)."""
        return self.env._(
            "%(record)s is %(state)s: moving it to %(new)s is not possible now.",
            record=record.display_name,
            state=self._workflow_label(record[self._workflow_field]),
            new=self._workflow_label(new_state),
        )

    def _workflow_role_names(self, groups):
        names = []
        for xmlid in groups:
            group = self.env.ref(xmlid, raise_if_not_found=False)
            names.append(group.sudo().name if group else xmlid)
        return ", ".join(names)

    def _workflow_require(self, *states):
        """Refuse a step (one that keeps the state) unless every record is in
        one of ``states``."""
        field = self._workflow_field
        for record in self:
            if record[field] not in states:
                raise UserError(
                    self.env._(
                        "%(record)s is %(state)s: this step is not possible now.",
                        record=record.display_name,
                        state=self._workflow_label(record[field]),
                    )
                )
        return True

    def _workflow_check(self, new_state):
        """Refuse unless every record may move to ``new_state`` now, and the user
        holds the role of that step."""
        field = self._workflow_field
        for record in self:
            key = (record[field], new_state)
            if key not in self._workflow_transitions:
                raise UserError(self._workflow_state_error(record, new_state))
            groups = self._workflow_transitions[key]
            if groups and not user_has_role(self.env, *groups):
                raise AccessError(
                    self.env._(
                        "Only %(roles)s can move %(record)s to %(new)s.",
                        roles=self._workflow_role_names(groups),
                        record=record.display_name,
                        new=self._workflow_label(new_state),
                    )
                )
        return True

    def _workflow_move(self, new_state, vals=None):
        """Take the step to ``new_state`` (checked), writing ``vals`` with it."""
        self._workflow_check(new_state)
        return self._workflow_flow().write({**(vals or {}), self._workflow_field: new_state})

    # --------------------------------------------------------------------- CRUD
    @api.model_create_multi
    def create(self, vals_list):
        if not self._workflow_in_flow():
            field = self._workflow_field
            locked = [
                name
                for name, states in self._workflow_locked.items()
                if not set(states) & set(self._workflow_initial)
            ]
            given = {name for vals in vals_list for name in vals if name in locked}
            defaults = self.default_get(list(given)) if given else {}
            for vals in vals_list:
                if vals.get(field) and vals[field] not in self._workflow_initial:
                    raise UserError(
                        self.env._(
                            "A new %(model)s cannot start as %(state)s: its status changes "
                            "only through its steps.",
                            model=self._description,
                            state=self._workflow_label(vals[field]),
                        )
                    )
                for name in given & set(vals):
                    if vals[name] and vals[name] != defaults.get(name):
                        raise UserError(
                            self.env._(
                                "%(field)s is set by its step, not when a %(model)s is " "created.",
                                field=self._fields[name]._description_string(self.env),
                                model=self._description,
                            )
                        )
        return super().create(vals_list)

    def write(self, vals):
        if not self._workflow_in_flow():
            self._workflow_check_write(vals)
        return super().write(vals)

    def _workflow_check_write(self, vals):
        field = self._workflow_field
        if field in vals:
            for record in self.filtered(lambda r: r[field] != vals[field]):
                raise UserError(
                    self.env._(
                        "The status of %(record)s changes only through its steps (the "
                        "buttons), not by editing it.",
                        record=record.display_name,
                    )
                )
        for name in set(vals) & set(self._workflow_locked):
            states = self._workflow_locked[name]
            for record in self.filtered(lambda r, s=states: r[field] not in s):
                raise UserError(
                    self.env._(
                        "%(field)s of %(record)s can no longer be changed here: it is "
                        "%(state)s.",
                        field=self._fields[name]._description_string(self.env),
                        record=record.display_name,
                        state=self._workflow_label(record[field]),
                    )
                )
