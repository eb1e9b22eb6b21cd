"""A fictional case for the document tests: every person's name is in a different script, so
every document exercises every font. Nothing here is real."""

from __future__ import annotations

from datetime import date, datetime

from lpdesk.documents.context import (
    ChildView,
    DistributionContext,
    DocumentContext,
    MinutesContext,
    ReviewReportContext,
)
from lpdesk.domain import (
    Action,
    ActionStatus,
    Agency,
    Attendance,
    AttendanceStatus,
    Case,
    Category,
    Channel,
    Child,
    CirculationItem,
    Conference,
    ConferenceKind,
    Disagreement,
    DocumentKind,
    EscalationLevel,
    GeneratedDocument,
    Meeting,
    MemberRole,
    Membership,
    Outcome,
    Person,
    Plan,
    PlanKind,
    Position,
    ReviewReport,
    SignificantEvent,
    Visit,
    VisitOutcome,
)
from lpdesk.forms.spec import FieldKind, FieldSpec, FormSpec, SectionSpec

NAMES = (
    "Zoë Brontë",
    "Аня Иванова",
    "Δήμητρα",
    "Nguyễn Thị Hương",
    "王小明",
    "佐藤花子",
    "김민준",
    "فاطمة",
    "عائشہ",
)
WITHHELD_ADDRESS = "Flat 9, Hidden Refuge Road"
POLICE_TEXT = "Police intelligence: fictional caution recorded in 2025."
CREATED = date(2026, 11, 23)

AGENCIES = {
    1: Agency(id=1, name="Fictional Borough Council", kind="social care"),
    2: Agency(id=2, name="Fictional NHS Trust", kind="health"),
    3: Agency(id=3, name="Fictional Police", kind="police"),
    4: Agency(id=4, name="Fictional Primary School", kind="education"),
}
PEOPLE = {
    1: Person(id=1, name="Zoë Brontë", address="12 Imaginary Street\nTestville TE1 1ST"),
    2: Person(id=2, name="Аня Иванова", agency_id=2, job_title="Health visitor"),
    3: Person(id=3, name="Δήμητρα", agency_id=4, job_title="Class teacher"),
    4: Person(
        id=4,
        name="Nguyễn Thị Hương",
        agency_id=1,
        job_title="Social worker",
        email="huong@example.invalid",
        phone="01632 960001",
        qualified_social_worker=True,
    ),
    5: Person(id=5, name="王小明"),
    6: Person(id=6, name="佐藤花子"),
    7: Person(id=7, name="김민준", agency_id=3, job_title="Police officer"),
    8: Person(id=8, name="فاطمة", address=WITHHELD_ADDRESS, address_withheld=True),
    9: Person(id=9, name="عائشہ", address="3 Example Close\nTestville"),
    10: Person(id=10, name="Sam Okafor", agency_id=1, job_title="Team manager"),
}
CASE = Case(id=1, reference="CP/2026/0042", profile_id="england", opened_on=date(2026, 9, 1))
CHILDREN = (
    ChildView(
        child=Child(id=1, case_id=1, person_id=5, date_of_birth=date(2018, 5, 1)),
        name="王小明",
        age=8,
    ),
    ChildView(
        child=Child(id=2, case_id=1, person_id=6, date_of_birth=date(2021, 2, 14)),
        name="佐藤花子",
        age=5,
    ),
)
MEMBERSHIPS = (
    Membership(id=1, case_id=1, person_id=1, role=MemberRole.PARENT, joined_on=date(2026, 9, 1)),
    Membership(
        id=2, case_id=1, person_id=2, role=MemberRole.PROFESSIONAL, joined_on=date(2026, 9, 1)
    ),
    Membership(
        id=3, case_id=1, person_id=3, role=MemberRole.PROFESSIONAL, joined_on=date(2026, 9, 1)
    ),
    Membership(
        id=4, case_id=1, person_id=4, role=MemberRole.LEAD_PROFESSIONAL, joined_on=date(2026, 9, 1)
    ),
    Membership(
        id=5, case_id=1, person_id=7, role=MemberRole.PROFESSIONAL, joined_on=date(2026, 9, 1)
    ),
    Membership(
        id=6, case_id=1, person_id=8, role=MemberRole.FOSTER_CARER, joined_on=date(2026, 9, 1)
    ),
    Membership(
        id=7,
        case_id=1,
        person_id=9,
        role=MemberRole.PARENT,
        joined_on=date(2026, 9, 1),
        excluded=True,
        exclusion_reason="fictional",
    ),
)
PLAN = Plan(
    id=1,
    case_id=1,
    kind=PlanKind.CHILD_PROTECTION,
    categories=(Category.NEGLECT,),
    reason="Fictional concerns about home conditions and school attendance.",
    contingency="If the home conditions fall below the agreed standard, a review conference "
    "will be called early.",
    seen_arrangements="Seen alone at school every two weeks by the lead professional; seen "
    "at home with the family every four weeks.",
    started_on=date(2026, 9, 15),
)
OUTCOMES = (
    Outcome(
        id=1,
        plan_id=1,
        number=1,
        description="The children live in a clean, safe home.",
        indicator="Safe",
    ),
    Outcome(
        id=2,
        plan_id=1,
        number=2,
        description="王小明 attends school every day.",
        indicator="Achieving",
    ),
)
ACTIONS = (
    Action(
        id=1,
        plan_id=1,
        outcome_id=1,
        what="Weekly home visit to check the kitchen and bedrooms",
        who_person_id=4,
        by_when=date(2027, 1, 15),
        measure="Home conditions checklist",
        status=ActionStatus.IN_PROGRESS,
        progress="Improving: three of four visits met the standard.",
    ),
    Action(
        id=2,
        plan_id=1,
        outcome_id=2,
        what="Daily attendance report to the lead professional",
        who_person_id=3,
        by_when=date(2026, 12, 18),
        measure="Attendance over 95%",
        status=ActionStatus.COMPLETED,
        impact="Attendance rose from 80% to 97%.",
        completed_on=date(2026, 11, 20),
    ),
)


def document_context(plan_kind: PlanKind = PlanKind.CHILD_PROTECTION) -> DocumentContext:
    plan = (
        PLAN
        if plan_kind is PlanKind.CHILD_PROTECTION
        else Plan(
            id=1,
            case_id=1,
            kind=PlanKind.GIRFEC,
            started_on=date(2026, 9, 15),
            contingency=PLAN.contingency,
            seen_arrangements=PLAN.seen_arrangements,
        )
    )
    return DocumentContext(
        authority="Fictional Borough Council",
        case=CASE,
        created=CREATED,
        children=CHILDREN,
        people=PEOPLE,
        agencies=AGENCIES,
        memberships=MEMBERSHIPS,
        lead_professional_id=4,
        plan=plan,
        outcomes=OUTCOMES,
        actions=ACTIONS,
    )


FORM = FormSpec(
    id="core_group_record",
    version=1,
    title="Core group record",
    plan_kinds=("child_protection",),
    sections=(
        SectionSpec(
            key="attendance",
            title="Attendance",
            prefill="attendance",
            fields=(
                FieldSpec(
                    key="membership_changes", label="Changes to membership", kind=FieldKind.TEXT
                ),
            ),
        ),
        SectionSpec(
            key="visits", title="Visits since the last meeting", prefill="visits", fields=()
        ),
        SectionSpec(
            key="voice",
            title="The child's voice",
            required=True,
            fields=(
                FieldSpec(key="wishes", label="Wishes and feelings", kind=FieldKind.LONG_TEXT),
                FieldSpec(key="seen_alone", label="Seen alone", kind=FieldKind.YES_NO),
                FieldSpec(key="seen_on", label="Last seen", kind=FieldKind.DATE),
                FieldSpec(key="seen_by", label="Seen by", kind=FieldKind.PERSON),
            ),
        ),
        SectionSpec(
            key="sos",
            title="Signs of Safety",
            profile_flag="signs_of_safety",
            fields=(
                FieldSpec(key="scale", label="Overall scaling", kind=FieldKind.SCALE),
                FieldSpec(
                    key="worries",
                    label="What we are worried about",
                    kind=FieldKind.TABLE,
                    columns=(
                        FieldSpec(key="who", label="Who is worried", kind=FieldKind.TEXT),
                        FieldSpec(key="about", label="About what", kind=FieldKind.TEXT),
                    ),
                ),
            ),
        ),
        SectionSpec(
            key="police",
            title="Police update",
            restricted="police_information",
            fields=(FieldSpec(key="update", label="Update", kind=FieldKind.LONG_TEXT),),
        ),
        SectionSpec(
            key="plan_review", title="Review of the plan", prefill="plan_review", fields=()
        ),
        SectionSpec(
            key="disagreements",
            title="Disagreement and dissent",
            prefill="disagreements",
            fields=(),
        ),
        SectionSpec(
            key="events", title="New concerns and significant events", prefill="events", fields=()
        ),
        SectionSpec(key="next", title="Next dates", prefill="next_dates", fields=()),
    ),
)

MEETING = Meeting(
    id=3,
    case_id=1,
    number=3,
    scheduled_at=datetime(2026, 11, 18, 10, 0),
    venue="Family Centre, Room 2",
    chair_person_id=10,
    minute_taker_person_id=2,
    form_id="core_group_record",
    form_version=1,
    held_on=date(2026, 11, 18),
    next_meeting_on=date(2026, 12, 16),
    review_conference_on=date(2027, 1, 12),
    answers={
        "attendance": {"membership_changes": "None"},
        "voice": {
            "wishes": '王小明 said: "I like my new bed." 佐藤花子 drew a picture of the family.',
            "seen_alone": True,
            "seen_on": "2026-11-16",
            "seen_by": 4,
        },
        "sos": {"scale": 6, "worries": [{"who": "Аня Иванова", "about": "Damp in the bedroom"}]},
        "police": {"update": POLICE_TEXT},
    },
)
VISITS = (
    Visit(
        id=1,
        case_id=1,
        child_id=1,
        visitor_person_id=4,
        visited_at=datetime(2026, 11, 5, 15, 30),
        recorded_at=datetime(2026, 11, 6, 9, 0),
        present="Zoë Brontë, 王小明",
        spoke_with_child=True,
        seen_alone=True,
        bedroom_seen=True,
        observations="Bedroom clean; new bedding.",
        key_subjects="Home conditions",
        presentation="Chatty and relaxed, showed his school books.",
        new_concerns="",
    ),
    Visit(
        id=2,
        case_id=1,
        child_id=2,
        visitor_person_id=2,
        visited_at=datetime(2026, 11, 12, 11, 0),
        recorded_at=datetime(2026, 11, 12, 16, 0),
        outcome=VisitOutcome.REFUSED,
        present="فاطمة",
        observations="Door not answered.",
    ),
)
DISAGREEMENTS = (
    Disagreement(
        id=1,
        case_id=1,
        meeting_id=3,
        subject="Frequency of unannounced visits",
        raised_on=date(2026, 11, 18),
        positions=(
            Position(person_id=1, position="Weekly visits are too many."),
            Position(person_id=4, position="Weekly visits are needed until the standard holds."),
        ),
        escalated_to=EscalationLevel.LP_MANAGER,
        escalated_on=date(2026, 11, 19),
    ),
)
EVENTS = (
    SignificantEvent(
        id=1,
        case_id=1,
        occurred_on=date(2026, 11, 10),
        description="Fictional fall in the playground; first aid given.",
    ),
)


def minutes_context() -> MinutesContext:
    return MinutesContext(
        base=document_context(),
        meeting=MEETING,
        form=FORM,
        profile_flags=frozenset({"signs_of_safety"}),
        attendance=(
            Attendance(id=1, meeting_id=3, person_id=1, status=AttendanceStatus.PRESENT),
            Attendance(id=2, meeting_id=3, person_id=2, status=AttendanceStatus.PRESENT),
            Attendance(
                id=3,
                meeting_id=3,
                person_id=3,
                status=AttendanceStatus.APOLOGIES,
                report_received=True,
            ),
            Attendance(id=4, meeting_id=3, person_id=4, status=AttendanceStatus.PRESENT),
            Attendance(id=5, meeting_id=3, person_id=7, status=AttendanceStatus.PRESENT),
            Attendance(
                id=6,
                meeting_id=3,
                person_id=8,
                status=AttendanceStatus.DID_NOT_ATTEND,
                reason="Unwell",
            ),
            Attendance(
                id=7, meeting_id=3, person_id=9, status=AttendanceStatus.PRESENT, additional=True
            ),
            Attendance(id=8, meeting_id=3, person_id=10, status=AttendanceStatus.PRESENT),
            Attendance(
                id=9,
                meeting_id=3,
                person_id=5,
                status=AttendanceStatus.DID_NOT_ATTEND,
                reason="At school; views shared through 佐藤花子's drawing",
            ),
            Attendance(
                id=10,
                meeting_id=3,
                person_id=6,
                status=AttendanceStatus.DID_NOT_ATTEND,
                reason="Too young to attend",
            ),
        ),
        visits=VISITS,
        disagreements=DISAGREEMENTS,
        events=EVENTS,
    )


def review_context() -> ReviewReportContext:
    return ReviewReportContext(
        base=document_context(),
        report=ReviewReport(
            id=1,
            case_id=1,
            conference_id=2,
            recommendation="The children remain subject to a child protection plan.",
        ),
        conference=Conference(
            id=2, case_id=1, kind=ConferenceKind.REVIEW, scheduled_for=date(2027, 1, 12)
        ),
        period_start=date(2026, 9, 15),
        visits=VISITS,
        compliance_findings=(
            "王小明 was seen alone within 4 weeks on every occasion.",
            "佐藤花子: contact refused on 12 November 2026; escalated.",
        ),
        child_voice="王小明 wants to stay at home. 佐藤花子 is too young to say; she is settled.",
        parents_views="Zoë Brontë agrees the home is better. عائشہ wants more contact.",
        disagreements=DISAGREEMENTS,
        meetings_held=(MEETING,),
    )


def distribution_context() -> DistributionContext:
    doc = GeneratedDocument(
        id=1,
        case_id=1,
        kind=DocumentKind.MINUTES,
        fmt="pdf",
        filename="CP-2026-0042_minutes_cg3.pdf",
        sha256="ab" * 32,
        size=1000,
        created_at=datetime(2026, 11, 20, 9, 0),
    )
    items = tuple(
        CirculationItem(
            id=i,
            case_id=1,
            meeting_id=3,
            document_id=1,
            recipient_person_id=pid,
            channel=Channel.EMAIL if pid != 1 else Channel.POST,
            sha256="ab" * 32,
            sent_at=datetime(2026, 11, 20, 10, i),
        )
        for i, pid in enumerate((1, 2, 3, 4, 7, 8, 10), start=1)
    )
    return DistributionContext(
        base=document_context(), items=items, documents={1: doc}, meeting=MEETING
    )
