"""The JSON case file: every demo case survives export -> import into a fresh database -> export
unchanged; malformed files are refused with every problem's JSON path and nothing written; the
committed schema is the generated one."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from lpdesk.domain import (
    ENTITIES,
    Absence,
    Amendment,
    AmendmentKind,
    Assessment,
    AssessmentKind,
    Attendance,
    AuditEvent,
    Case,
    Channel,
    CirculationItem,
    Conference,
    DocumentKind,
    EscalationStep,
    EscalationStepKind,
    EscalationTrigger,
    ExcludedSummary,
    Forbidden,
    GeneratedDocument,
    InvalidInput,
    LeadAssignment,
    Meeting,
    MeetingStatus,
    Person,
    Plan,
    PlanVersion,
    ReviewReport,
    User,
    UserRole,
    Visit,
)
from lpdesk.services import cases
from lpdesk.services.case_file import (
    case_file_problems,
    export_case,
    export_case_by_reference,
    import_case,
    import_case_file,
)
from lpdesk.services.case_file_schema import (
    REFERENCED,
    SECTIONS,
    case_file_schema,
    reference_target,
    section_key,
)
from lpdesk.services.context import Actor, FixedClock, ServiceContext
from lpdesk.services.demo import load_demo
from lpdesk.store import Store
from tests.services.conftest import make_ctx
from tests.services.test_people import row_counts

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "case-file.schema.json"


def _manager(store: Store, clock: FixedClock) -> ServiceContext:
    return make_ctx(store, clock, UserRole.TEAM_MANAGER, username="tm.test")


@pytest.fixture
def manager(store: Store, clock: FixedClock) -> ServiceContext:
    return _manager(store, clock)


@pytest.fixture(scope="session")
def demo_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[datetime, Path]:
    """SQLite files holding the demo as loaded at a given moment, made once per session."""
    return {}


@pytest.fixture
def demo(
    tmp_path: Path,
    clock: FixedClock,
    demo_templates: dict[datetime, Path],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[ServiceContext]:
    """A second database (beside ``store``) holding the demo caseload: a copy of the demo loaded
    once per session at the test's moment (loading it cost ~0.2 s a test)."""
    template = demo_templates.get(clock.now())
    if template is None:
        folder = tmp_path_factory.mktemp("case-file-demo")
        loaded = Store.open(f"sqlite:///{folder / 'demo.db'}", backup_dir=folder / "backups")
        load_demo(_manager(loaded, FixedClock(clock.now())))
        loaded.close()  # the last connection folds the WAL into the file
        template = demo_templates[clock.now()] = folder / "demo.db"
    shutil.copyfile(template, tmp_path / "demo.db")
    source = Store.open(f"sqlite:///{tmp_path / 'demo.db'}", backup_dir=tmp_path / "demo-backups")
    yield _manager(source, clock)
    source.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The case file of the demo's siblings case (visits, meetings, a disagreement...)."""
    tmp = tmp_path_factory.mktemp("sample")
    source = Store.open(f"sqlite:///{tmp / 'demo.db'}", backup_dir=tmp / "backups")
    ctx = _manager(source, FixedClock(datetime(2026, 12, 18, 9, 30)))
    load_demo(ctx)
    data = export_case_by_reference(ctx, "CP-2026-0141")
    source.close()
    return data


def as_imported(data: dict[str, Any]) -> dict[str, Any]:
    """A case file as it comes back out after import: minutes approved elsewhere arrive held."""
    out = copy.deepcopy(data)
    for meeting in out["meetings"]:
        if meeting["status"] in ("approved", "circulated"):
            meeting.update(
                status="held",
                approved_hash="",
                approved_by="",
                approved_at=None,
                circulated_on=None,
            )
    return out


def canonical(data: dict[str, Any]) -> dict[str, Any]:
    """A case file with the people, agencies and absences it refers to named by their content
    instead of their local keys (a person matched on import keeps the key order of this database,
    not of the file's), and without its export time."""
    from lpdesk.services.case_file_relink import default_forms, relink

    forms = default_forms()
    by_key = {cls: {item["id"]: item for item in data[section_key(cls)]} for cls in REFERENCED}

    def name(target: type, value: Any, path: str) -> Any:
        if target in by_key and value in by_key[target]:
            item = dict(by_key[target][value])
            item.pop("id")
            item.pop("manager_id", None)
            item.pop("agency_id", None)
            item.pop("person_id", None)
            item.pop("cover_person_id", None)
            return json.dumps(item, sort_keys=True)
        return value

    out: dict[str, Any] = {}
    for cls in SECTIONS:
        key = section_key(cls)
        items = [data[key]] if cls is Case else data[key]
        named = [relink(cls, item, name, "$", forms) for item in items]
        if cls in REFERENCED:
            named = sorted(
                (json.dumps({**n, "id": None}, sort_keys=True) for n in named),
            )
        out[key] = named[0] if cls is Case else named
    return out


def _round_trip(source: ServiceContext, target: ServiceContext, case_id: int) -> None:
    first = export_case(source, case_id)
    assert case_file_problems(first, now=source.clock.now()) == []
    imported = import_case(target, json.loads(json.dumps(first)))
    assert imported.id is not None
    again = export_case(target, imported.id)
    assert canonical(again) == canonical(as_imported(first))


def test_every_demo_case_round_trips_into_a_fresh_database(
    demo: ServiceContext, manager: ServiceContext
) -> None:
    demo_cases = cases.list_cases(demo)
    assert len(demo_cases) == 6
    for case in demo_cases:
        assert case.id is not None
        _round_trip(demo, manager, case.id)
    with manager.uow() as uow:
        imported = uow.repo(Case).find()
        actions = [e.action for e in uow.repo(AuditEvent).find()]
    assert sorted(c.reference for c in imported) == sorted(c.reference for c in demo_cases)
    assert actions.count("case.import") == 6 and actions.count("case.export") == 6


def test_approved_minutes_arrive_held_and_need_approval_here(
    demo: ServiceContext, manager: ServiceContext
) -> None:
    """An approval travels as a plain SHA-256 anyone can recompute over edited minutes: imported
    minutes are never approved, whatever the file says; they need approving in this database."""
    case = cases.list_cases(demo)[1]
    assert case.reference == "CP-2026-0141" and case.id is not None
    data = export_case(demo, case.id)
    assert any(m["approved_hash"] for m in data["meetings"])
    result = import_case_file(manager, data)
    assert result.minutes_to_approve == sum(
        m["status"] in ("approved", "circulated") for m in data["meetings"]
    )
    with manager.uow() as uow:
        meetings = uow.repo(Meeting).find(case_id=result.case.id)
    assert all(
        not m.approved_hash and not m.approved_by and m.approved_at is None for m in meetings
    )
    assert {m.status for m in meetings} <= {MeetingStatus.HELD, MeetingStatus.CONVENED}


def test_forged_minutes_with_a_recomputed_hash_arrive_unapproved(
    manager: ServiceContext, sample: dict[str, Any]
) -> None:
    """Edit the minutes and recompute the hash the way the file computes it: still not approved."""
    from lpdesk.services.case_file_approvals import _digest, _file_minutes

    data = copy.deepcopy(sample)
    meeting = next(m for m in data["meetings"] if m["approved_hash"])
    meeting["answers"]["voice"]["wishes"] = "Forged after approval."
    meeting["approved_hash"] = _digest(*_file_minutes(data, meeting))
    case = import_case(manager, data)
    with manager.uow() as uow:
        stored = uow.repo(Meeting).find(case_id=case.id)
    assert [m for m in stored if m.approved_hash or m.status is MeetingStatus.CIRCULATED] == []


def _add_every_other_kind(ctx: ServiceContext, case_id: int) -> None:
    """The records the demo's siblings case lacks: an absence with cover, a plan version, an
    amendment, an escalation step, a review report, an assessment, a generated document and its
    circulation."""
    now = ctx.clock.now()
    with ctx.uow() as uow:
        lead = next(a for a in uow.repo(LeadAssignment).find(case_id=case_id) if not a.ended_on)
        plan = uow.repo(Plan).find(case_id=case_id)[0]
        meeting = uow.repo(Meeting).find(case_id=case_id)[0]
        visit = uow.repo(Visit).find(case_id=case_id)[0]
        cover = uow.repo(Person).add(Person(name="Priya Raman", qualified_social_worker=True))
        uow.repo(Absence).add(
            Absence(person_id=lead.person_id, starts_on=now.date(), cover_person_id=cover.id)
        )
        assert plan.id is not None and meeting.id is not None
        uow.repo(PlanVersion).add(
            PlanVersion(
                plan_id=plan.id,
                number=1,
                created_at=now,
                created_by="tm.test",
                summary="First",
                consulted_person_ids=(lead.person_id,),
                snapshot={"actions": [{"what": "Visit", "who_person_id": lead.person_id}]},
            )
        )
        uow.repo(Amendment).add(
            Amendment(
                meeting_id=meeting.id,
                kind=AmendmentKind.ACCURACY_COMMENT,
                at=now,
                by="tm.test",
                comment="Date of birth corrected",
            )
        )
        uow.repo(EscalationStep).add(
            EscalationStep(
                case_id=case_id,
                child_id=visit.child_id,
                visit_id=visit.id,
                trigger=EscalationTrigger.CONTACT_REFUSED,
                step=EscalationStepKind.CHAIR_DISCUSSION,
                opened_on=now.date(),
            )
        )
        doc = uow.repo(GeneratedDocument).add(
            GeneratedDocument(
                case_id=case_id,
                kind=DocumentKind.MINUTES,
                record_id=meeting.id,
                fmt="pdf",
                filename="CP-2026-0141-minutes-1.pdf",
                sha256="0" * 64,
                size=1234,
                created_at=now,
            )
        )
        conference = uow.repo(Conference).find(case_id=case_id)[-1]
        assert conference.id is not None
        uow.repo(ReviewReport).add(ReviewReport(case_id=case_id, conference_id=conference.id))
        uow.repo(Assessment).add(
            Assessment(
                case_id=case_id,
                kind=AssessmentKind.CORE,
                title="Core assessment",
                commissioned_on=now.date(),
            )
        )
        uow.repo(CirculationItem).add(
            CirculationItem(
                case_id=case_id,
                meeting_id=meeting.id,
                document_id=doc.id,
                recipient_person_id=lead.person_id,
                channel=Channel.EMAIL,
                sha256="0" * 64,
                sent_at=now,
            )
        )
        uow.repo(ExcludedSummary).add(
            ExcludedSummary(
                meeting_id=meeting.id,
                person_id=lead.person_id,
                text="The core group met; the plan continues.",
                written_at=now,
                written_by="tm.test",
            )
        )


def test_every_kind_of_record_round_trips(demo: ServiceContext, manager: ServiceContext) -> None:
    case = cases.list_cases(demo)[1]
    assert case.id is not None
    _add_every_other_kind(demo, case.id)
    data = export_case(demo, case.id)
    empty = [section_key(cls) for cls in SECTIONS if not data[section_key(cls)]]
    assert empty == []
    _round_trip(demo, manager, case.id)


def test_person_references_are_remapped_to_new_ids(
    demo: ServiceContext, manager: ServiceContext
) -> None:
    # Occupy the first ids in the target so remapping must really happen.
    cases.create_case(
        manager, reference="X-1", profile_id="england_cp", opened_on=datetime(2026, 1, 1).date()
    )
    imported = import_case(manager, export_case_by_reference(demo, "CP-2026-0141"))
    overview = cases.case_overview(manager, case_id=imported.id)
    assert overview.lead is not None and overview.lead.name == "Aisha Rahman"
    assert {c.name for c in overview.children} == {"Yusuf Haddad", "Layla Haddad"}


def test_an_existing_reference_is_refused(manager: ServiceContext, sample: dict[str, Any]) -> None:
    import_case(manager, sample)
    before = row_counts(manager)
    with pytest.raises(InvalidInput) as err:
        import_case(manager, sample)
    assert [p.field for p in err.value.problems] == ["$.case.reference"]
    assert row_counts(manager) == before


def _set(path: list[str | int], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return change


def _delete(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda data: data.pop(key)


def _duplicate_child_id(data: dict[str, Any]) -> None:
    data["children"][1]["id"] = data["children"][0]["id"]


MALFORMED: list[tuple[str, Callable[[dict[str, Any]], None], dict[str, str]]] = [
    (
        "wrong format name",
        _set(["format"], "lpdesk-cases"),
        {"$.format": "not an lpdesk case file"},
    ),
    ("version 99", _set(["version"], 99), {"$.version": "version 99 is not supported"}),
    ("missing case", _delete("case"), {"$.case": "required"}),
    (
        "bad date-time",
        _set(["visits", 2, "visited_at"], "yesterday"),
        {"$.visits[2].visited_at": "not a date-time"},
    ),
    ("bad date", _set(["case", "opened_on"], "2026-13-01"), {"$.case.opened_on": "not a date"}),
    (
        "date with a zone",
        _set(["visits", 0, "recorded_at"], "2026-12-09T09:00:00+01:00"),
        {"$.visits[0].recorded_at": "not a date-time"},
    ),
    ("unknown enum", _set(["plans", 0, "kind"], "foster"), {"$.plans[0].kind": "'foster' is not"}),
    (
        "dangling reference",
        _set(["visits", 1, "child_id"], 99),
        {"$.visits[1].child_id": "no child 99 in this file"},
    ),
    (
        "dangling person in a list",
        _set(["disagreements", 0, "positions", 1, "person_id"], 404),
        {"$.disagreements[0].positions[1].person_id": "no person 404"},
    ),
    (
        "wrong type deep in a list",
        _set(["disagreements", 0, "positions", 1, "person_id"], "nine"),
        {"$.disagreements[0].positions[1].person_id": "not an integer"},
    ),
    ("wrong type of a list", _set(["children"], {"id": 1}), {"$.children": "not a list"}),
    (
        "boolean as a string",
        _set(["visits", 0, "seen_alone"], "yes"),
        {"$.visits[0].seen_alone": "not true or false"},
    ),
    ("unknown field", _set(["children", 0, "nickname"], "Yu"), {"$.children[0]": "unknown field"}),
    ("duplicate id", _duplicate_child_id, {"$.children[1].id": "duplicate id"}),
    ("not an object", lambda data: data.clear(), {"$.case": "required", "$.format": "required"}),
    (
        "two problems at once",
        lambda data: (_set(["plans", 0, "kind"], "x")(data), _set(["case", "opened_on"], "")(data)),
        {"$.plans[0].kind": "is not one of", "$.case.opened_on": "not a date"},
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED]
)
def test_malformed_files_are_refused_with_their_json_paths(
    manager: ServiceContext,
    sample: dict[str, Any],
    change: Callable[[dict[str, Any]], None],
    expected: dict[str, str],
) -> None:
    data = copy.deepcopy(sample)
    change(data)
    before = row_counts(manager)
    with pytest.raises(InvalidInput) as err:
        import_case(manager, data)
    assert row_counts(manager) == before
    found = {p.field: p.message for p in err.value.problems}
    for path, message in expected.items():
        assert path in found, f"{path} not in {found}"
        assert message in found[path]


def test_fields_with_defaults_may_be_omitted(
    manager: ServiceContext, sample: dict[str, Any]
) -> None:
    data = copy.deepcopy(sample)
    for item in data["meetings"] + data["visits"]:
        for key in ("observations", "venue"):
            item.pop(key, None)
    case = import_case(manager, data)
    with manager.uow() as uow:
        meetings = uow.repo(Meeting).find(case_id=case.id)
        visits = uow.repo(Visit).find(case_id=case.id)
    assert [m.venue for m in meetings] == ["", ""] and {v.observations for v in visits} == {""}


def test_a_file_that_is_not_even_an_object(manager: ServiceContext) -> None:
    with pytest.raises(InvalidInput) as err:
        import_case(manager, ["not", "a", "case"])
    assert [p.field for p in err.value.problems] == ["$"]


def test_minutes_on_a_form_not_installed_are_refused(
    manager: ServiceContext, sample: dict[str, Any]
) -> None:
    data = copy.deepcopy(sample)
    data["meetings"][0]["form_id"] = "another_authority_minutes"
    with pytest.raises(InvalidInput) as err:
        import_case(manager, data)
    assert [p.field for p in err.value.problems] == ["$.meetings[0].form_id"]


def test_export_refuses_minutes_on_a_form_not_installed(demo: ServiceContext) -> None:
    before = row_counts(demo)
    with pytest.raises(InvalidInput) as err:
        export_case_by_reference(demo, "CP-2026-0141", forms=lambda form_id, version: None)
    assert [p.field for p in err.value.problems] == [
        "$.meetings[0].form_id",
        "$.meetings[1].form_id",
    ]
    assert row_counts(demo) == before  # not even the export's audit event


def test_a_lead_professional_exports_only_their_own_cases(demo: ServiceContext) -> None:
    with demo.uow() as uow:
        aisha = uow.repo(User).find(username="aisha.rahman")[0]
    lp = replace(
        demo, actor=Actor(username=aisha.username, role=aisha.role, person_id=aisha.person_id)
    )
    assert export_case_by_reference(lp, "CP-2026-0141")["case"]["reference"] == "CP-2026-0141"
    with pytest.raises(Forbidden):
        export_case_by_reference(lp, "CP-2026-0119")


def test_only_permitted_roles_import(
    store: Store, clock: FixedClock, sample: dict[str, Any]
) -> None:
    qa = make_ctx(store, clock, UserRole.QA_MANAGER, username="qa.test")
    with pytest.raises(Forbidden):
        import_case(qa, sample)


def test_every_id_field_names_what_it_refers_to() -> None:
    import dataclasses

    for cls in SECTIONS:
        for f in dataclasses.fields(cls):
            if f.name.endswith(("_id", "_ids")) and f.name not in ("profile_id", "form_id"):
                item = {"kind": DocumentKind.MINUTES.value}
                assert reference_target(cls, f.name, item) is not None, (cls, f.name)


def test_entities_left_out_of_a_case_file_refer_to_no_case_record() -> None:
    """A new entity under a case record (say, a visit's photos) must not be dropped silently."""
    import dataclasses

    owned = set(SECTIONS) - set(REFERENCED)
    for cls in set(ENTITIES) - set(SECTIONS):
        for f in dataclasses.fields(cls):
            if f.name.endswith("_id") and f.name != "entity_id":  # the audit trail's
                assert reference_target(cls, f.name) not in owned, (cls, f.name)
    assert {User, AuditEvent} <= set(ENTITIES) - set(SECTIONS)


def test_the_committed_schema_is_the_generated_one() -> None:
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == case_file_schema(), (
        "regenerate: .venv/bin/python -m lpdesk.services.case_file_schema > "
        "docs/case-file.schema.json"
    )


def test_the_schema_follows_the_dataclasses() -> None:
    schema = case_file_schema()
    visit = schema["$defs"]["Visit"]
    assert visit["properties"]["visited_at"] == {"type": "string", "format": "date-time"}
    assert visit["properties"]["outcome"] == {"enum": ["completed", "refused", "no_access"]}
    assert "visited_at" in visit["required"] and "observations" not in visit["required"]
    assert schema["properties"]["visits"] == {"type": "array", "items": {"$ref": "#/$defs/Visit"}}
    assert schema["$defs"]["Child"]["properties"]["date_of_birth"] == {
        "type": ["string", "null"],
        "format": "date",
    }


def test_export_of_a_missing_case(manager: ServiceContext) -> None:
    with pytest.raises(InvalidInput) as err:
        export_case(manager, 404)
    assert err.value.problems[0].field == "case_id"
    with pytest.raises(InvalidInput):
        export_case_by_reference(manager, "CP-0000-0000")


def test_attendance_and_case_records_belong_to_the_case_only(
    demo: ServiceContext,
) -> None:
    data = export_case_by_reference(demo, "CP-2026-0160")
    assert data["case"]["reference"] == "CP-2026-0160"
    assert data["meetings"] == [] and data["attendances"] == [] and data["visits"] == []
    names = {p["name"] for p in data["people"]}
    assert "Yusuf Haddad" not in names and "Νίκος Αντωνίου" in names
    with demo.uow() as uow:
        assert uow.repo(Attendance).find()  # other cases do have attendance


def test_export_holds_no_users_and_no_audit_trail(demo: ServiceContext) -> None:
    data = export_case_by_reference(demo, "CP-2026-0141")
    expected = {"format", "version", "exported_at"} | {section_key(c) for c in SECTIONS}
    assert set(data) == expected
    assert "users" not in data and "audit_events" not in data
