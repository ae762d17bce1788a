"""The audit trail over HTTP: ``GET /api/audit``, for authorised callers only."""

from __future__ import annotations

from .core import Request, Result, int_param, ok, operation
from .parameters import check_params, int_value
from .resources import Resources

__all__ = ["AuditOps"]


class AuditOps:
    """Who changed what, and when (:mod:`geo.store.audit`)."""

    OPERATIONS = ("audit_log",)

    def __init__(self, res: Resources):
        self.res = res

    @operation
    def audit_log(self, req: Request) -> Result:
        """``GET /api/audit?limit=&offset=&who=&action=``: the recorded writes, newest first.

        Needs a write token (401 without, 403 with a wrong one): the trail names who wrote.
        """
        self.res.require_writer(req)
        check_params(req, ("audit_limit", "offset", "who", "action"))
        limit = int_value(req.params, "audit_limit")
        offset = int_param(req.params, "offset", 0, 10**9, 0)
        entries = self.res.store.audit_log(limit=limit, offset=offset,
                                           who=req.params.get("who") or None,
                                           action=req.params.get("action") or None)
        return ok({"entries": [e.to_dict() for e in entries], "limit": limit, "offset": offset})
