"""A person's photo in a team database, on the real PostgreSQL server (the two teams of
``test_team_policies``, fictional people): a lead professional sets their own through the app;
every role reads it; no one but that person or a team manager adds, changes or removes one."""

from __future__ import annotations

import io

import psycopg
import pytest
from PIL import Image

from lpdesk.services.photos import my_photo, set_my_photo
from tests.security.team_db import connect_as
from tests.security.test_team_policies import team  # noqa: F401  (the module's team database)

pytestmark = pytest.mark.postgres
REFUSED = psycopg.errors.InsufficientPrivilege


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (80, 100), (10, 90, 160)).save(out, format="PNG")
    return out.getvalue()


def test_a_photo_is_read_by_all_and_written_by_its_person_or_a_manager(team, tmp_path):  # noqa: F811
    from sqlalchemy.engine import make_url

    from lpdesk.app import open_app

    url = make_url(team).set(username="ana.lp").render_as_string(hide_password=False)
    app = open_app(data_dir=tmp_path, database_url=url)
    try:
        ctx = app.context(app.actor())
        saved = set_my_photo(ctx, data=_png())
        assert saved is not None and my_photo(ctx) == saved
    finally:
        app.close()
    with connect_as(team) as owner:
        people = dict(owner.execute('SELECT username, person_id FROM "user"').fetchall())
        owner.execute("DELETE FROM person_photo WHERE person_id = %s", (people["ben.lp"],))
    insert = (
        "INSERT INTO person_photo (person_id, data, content_type) VALUES (%s, %s, 'image/jpeg')"
    )
    for role in ("cal.lp", "cy.chair", "qa.one", "it.admin", "ben.lp"):
        with connect_as(team, role) as con:
            count = "SELECT count(*) FROM person_photo WHERE person_id = %s"
            assert con.execute(count, (people["ana.lp"],)).fetchone()[0] == 1, role
            assert con.execute("UPDATE person_photo SET data = 'x'").rowcount == 0, role
            assert con.execute("DELETE FROM person_photo").rowcount == 0, role
            if role != "ben.lp":
                with pytest.raises(REFUSED):
                    con.execute(insert, (people["ben.lp"], b"\xff\xd8\xff"))
    with connect_as(team, "ben.lp") as con:  # their own
        con.execute(insert, (people["ben.lp"], b"\xff\xd8\xff"))
    with connect_as(team, "mo.tm") as con:  # a team manager
        assert con.execute("DELETE FROM person_photo").rowcount == 2
