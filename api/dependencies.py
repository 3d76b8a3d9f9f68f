"""FastAPI dependencies: the settings and the open index."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.state import IndexHolder
from config import Settings
from search import SearchIndex


def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


def get_holder(request: Request) -> IndexHolder:
    return request.app.state.index


def get_index(request: Request) -> SearchIndex:
    return request.app.state.index.get()


SettingsDep = Annotated[Settings, Depends(get_settings_dep)]
IndexDep = Annotated[SearchIndex, Depends(get_index)]
HolderDep = Annotated[IndexHolder, Depends(get_holder)]
