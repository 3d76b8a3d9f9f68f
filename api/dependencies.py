"""FastAPI dependencies: the settings and the index holder (whose thread reads the index)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.state import IndexHolder
from config import Settings


def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


def get_holder(request: Request) -> IndexHolder:
    return request.app.state.index


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
HolderDep = Annotated[IndexHolder, Depends(get_holder)]
