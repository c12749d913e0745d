"""Use cases over a unit of work.  Every public function checks the acting user's permission.

Conventions for every service function:
- first two parameters ``ctx: ServiceContext, actor: Actor`` (login takes no actor);
- opens its own unit of work (``with ctx.uow() as uow``) and commits explicitly;
- calls ``authorize(uow, actor, Permission.X)`` before touching data;
- records every change with ``audit.record``;
- returns plain frozen dataclasses (DTOs), never ORM objects, so results can
  cross threads;
- raises ``labdesk.domain.errors`` exceptions with messages in Chinese.
"""
