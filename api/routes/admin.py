"""Write endpoints (``POST/PUT/DELETE /articles``). Filled in by the reliability work."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter(prefix="/articles", tags=["admin"])
