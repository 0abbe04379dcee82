"""The station's web page for residents (办事指南、证件进度查询、网上预约): FastAPI + Jinja2, served by uvicorn.

Plain HTML that works without JavaScript, and JSON beside it for the station's other channels. Every answer
comes from ``counter_app.operations`` acting as the web role, so no rule exists twice. Start it with
``counter-app web``; ``create_app`` builds the application for tests and for other servers.
"""

from counter_app.web.app import create_app

__all__ = ["create_app"]
