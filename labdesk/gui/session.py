"""What every screen gets: the service context, the logged-in actor and the task runner."""

from __future__ import annotations

from dataclasses import dataclass

from labdesk.domain.permissions import Permission
from labdesk.gui.tasks import TaskRunner
from labdesk.services.context import Actor, ServiceContext


@dataclass
class GuiSession:
    ctx: ServiceContext
    actor: Actor
    runner: TaskRunner

    def can(self, permission: Permission) -> bool:
        return self.actor.can(permission)
