"""Reading and changing policy values, as a signed-in person may (``core.policy`` says what each
value is; every change is range-checked here and audited in its transaction)."""

from __future__ import annotations

from authdesk.core.actions import Action
from authdesk.core.authority import Principal
from authdesk.core.errors import InvalidInput
from authdesk.core.kernel import Kernel
from authdesk.core.policy import SPECS, Policy
from authdesk.core.roles import Operation
from authdesk.storage.models import PolicySetting


class PolicyService:
    def __init__(self, kernel: Kernel) -> None:
        self.kernel = kernel

    def current(self, handle: Principal) -> Policy:
        with self.kernel.read() as s:
            self.kernel.authorize(s, handle, Operation.VIEW_POLICY)
            return self.kernel.policy(s)

    def set(self, handle: Principal, name: str, value: int) -> Policy:
        spec = SPECS.get(name)
        if spec is None:
            raise InvalidInput(field=name, reason="there is no such policy")
        if not spec.minimum <= value <= spec.maximum:
            raise InvalidInput(field=name,
                               reason=f"must be between {spec.minimum} and {spec.maximum}")
        kernel = self.kernel
        with kernel.write() as s:
            actor = kernel.authorize(s, handle, Operation.CHANGE_POLICY)
            old = kernel.policy(s).as_dict()[name]
            row = s.get(PolicySetting, name)
            if row is None:
                row = PolicySetting(name=name, value=value, updated_at=kernel.now(),
                                    updated_by=actor.username)
                s.add(row)
            row.value, row.updated_at, row.updated_by = value, kernel.now(), actor.username
            kernel.record(s, actor, Action.POLICY_CHANGED, subject=f"policy:{name}",
                          details={"from": old, "to": value})
            kernel.checkpoint_at_commit(s, actor, Action.POLICY_CHANGED)
            return kernel.policy(s)
