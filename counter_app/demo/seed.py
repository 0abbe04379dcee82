"""Synthetic but valid demo data, so a newcomer can click through the application (``--demo``)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from sqlalchemy import func, select
from stdnum.cn import ric

from counter_app.domain.checklist import evaluate
from counter_app.operations.admin.station import save_station
from counter_app.operations.context import Actor, AppContext
from counter_app.operations.guide.service_guide import Applicant, record_notice
from counter_app.store.models import Notice

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解仇朴区查"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力宇浩然子涵欣怡梓轩一诺雨桐思远俊杰佳琪"
REGIONS = ("110105", "310104", "440106", "510107", "330106", "420106", "610113", "370102", "320106", "500103")


def synthetic_id_number(rng: random.Random, born: date) -> str:
    body = f"{rng.choice(REGIONS)}{born:%Y%m%d}{rng.randint(1, 999):03d}"
    return body + ric.calc_check_digit(body + "0")


def synthetic_person(rng: random.Random, today: date) -> tuple[str, str, str]:
    name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    born = today - timedelta(days=rng.randint(200, 80 * 365))
    phone = f"1{rng.choice('3578')}{rng.randrange(10**9):09d}"
    return name, synthetic_id_number(rng, born), phone


def ensure_demo_data(ctx: AppContext, notices: int = 24, seed: int = 7) -> None:
    """Fill an empty demo database once: station details, earlier one-time notices and ID cards in every state."""
    with ctx.db.read() as session:
        if session.scalar(select(func.count()).select_from(Notice)):
            return
    from counter_app.demo.cards import make_demo_cards

    make_demo_cards(ctx, 300, seed=seed)
    # Filling a demo database is set-up work, done with the station settings permission of a supervisor.
    supervisor = replace(ctx, actor=replace(ctx.actor, role="supervisor"))
    save_station(supervisor, name="演示市公安局城关派出所户籍窗口", address="演示市城关路 1 号 派出所一楼户籍窗口",
                 phone="0000-1234567", office_name="演示市公安局城关分局")
    from counter_app.demo.day import ensure_demo_day

    ensure_demo_day(ctx)  # before the notices below, which log counter cases of their own
    rng = random.Random(seed)
    services = ctx.catalog.ordered()
    today = ctx.now().date()
    for _ in range(notices):
        service = rng.choice(services)
        name, id_number, phone = synthetic_person(rng, today)
        brought = [m.id for m in service.materials if rng.random() < 0.5]
        with ctx.db.write() as session:  # earlier notices: their records, not their PDFs (≈ 50 ms each)
            record_notice(ctx, session, evaluate(service, {}, brought), Applicant(name, id_number, phone))


DEMO_USER = "demo"
DEMO_PASSWORD = "demo1234"  # printed in the README and the status bar: demo data only, never a real station


def demo_sign_in(ctx: AppContext) -> Actor:
    """Sign in to the demo database as its supervisor, creating the account on first use."""
    from counter_app.operations.admin.accounts import authenticate, create_first_supervisor, has_any_user

    if not has_any_user(ctx):
        create_first_supervisor(ctx, DEMO_USER, "演示主管", DEMO_PASSWORD)
    return authenticate(ctx, DEMO_USER, DEMO_PASSWORD, ctx.actor.workstation)
