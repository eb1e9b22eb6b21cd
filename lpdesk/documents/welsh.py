"""The Welsh (Cymraeg) words of lpdesk's documents: every heading, row label, column header and
fixed sentence the builders and the shipped core group pro-forma write, keyed by the English.

Terms follow the established Welsh of social care: "cynllun amddiffyn plant" (child protection
plan), "grŵp craidd" (core group), "cynhadledd" (conference), "gweithiwr cymdeithasol" (social
worker), "rhiant" (parent), "gofalwr" (carer). A term in ``FOR_REVIEW`` is a fair translation that
a Welsh-speaking practitioner has not yet checked: an authority's Welsh language officer should
confirm it (docs/forms.md, "Documents in Welsh")."""

from __future__ import annotations

__all__ = ["FOR_REVIEW", "WELSH"]

WELSH: dict[str, str] = {
    # titles of documents and of the plan
    "Core group meeting record": "Cofnod cyfarfod y grŵp craidd",
    "Core group meeting": "Cyfarfod y grŵp craidd",
    "Child protection plan": "Cynllun amddiffyn plant",
    "Child's plan": "Cynllun y plentyn",
    "Early Help plan": "Cynllun Cymorth Cynnar",
    "DRAFT": "DRAFFT",
    "OFFICIAL-SENSITIVE": "SWYDDOGOL-SENSITIF",
    # the case header
    "Case reference": "Cyfeirnod yr achos",
    "Children": "Plant",
    "Plan category": "Categori'r cynllun",
    "Lead professional": "Gweithiwr proffesiynol arweiniol",
    "Social worker": "Gweithiwr cymdeithasol",
    "Why the children are on a plan": "Pam mae'r plant ar gynllun",
    "Meeting": "Cyfarfod",
    "Date and time": "Dyddiad ac amser",
    "Venue": "Lleoliad",
    "Chair": "Cadeirydd",
    "Minute taker": "Cofnodwr",
    "Next core group": "Grŵp craidd nesaf",
    "Review conference": "Cynhadledd adolygu",
    "Not recorded": "Heb ei gofnodi",
    "Yes": "Ydy",
    "No": "Nac ydy",
    # plan categories
    "Neglect": "Esgeulustod",
    "Physical": "Cam-drin corfforol",
    "Emotional": "Cam-drin emosiynol",
    "Sexual": "Cam-drin rhywiol",
    # words for what the records hold: attendance, actions, visits, the plan's stage, roles
    "Invited": "Gwahoddwyd",
    "Present": "Yn bresennol",
    "Apologies": "Ymddiheuriadau",
    "Did not attend": "Heb fynychu",
    "Not started": "Heb ddechrau",
    "In progress": "Ar waith",
    "Completed": "Wedi'i gwblhau",
    "Not achieved": "Heb ei gyflawni",
    "Cancelled": "Wedi'i ganslo",
    "Refused": "Gwrthodwyd",
    "No access": "Dim mynediad",
    "Outline": "Amlinellol",
    "Detailed": "Manwl",
    "Ended": "Wedi dod i ben",
    "Foster carer": "Gofalwr maeth",
    "Professional": "Gweithiwr proffesiynol",
    "Quality assurance manager": "Rheolwr sicrhau ansawdd",
    "Conference chair": "Cadeirydd y gynhadledd",
    # amendments
    "Amendments": "Diwygiadau",
    "What changed": "Beth a newidiodd",
    "Before": "Cyn",
    "After": "Ar ôl",
    "The record": "Y cofnod",
    # records: attendance, visits, actions, disagreements, events
    "Name and role": "Enw a rôl",
    "Attendance": "Presenoldeb",
    "Reason or report": "Rheswm neu adroddiad",
    "No attendance recorded.": "Dim presenoldeb wedi'i gofnodi.",
    "Date": "Dyddiad",
    "Child": "Plentyn",
    "Visitor": "Ymwelydd",
    "Child seen": "Gwelwyd y plentyn",
    "Observations and concerns": "Sylwadau a phryderon",
    "No visits recorded in this period.": "Dim ymweliadau wedi'u cofnodi yn y cyfnod hwn.",
    "Action": "Cam gweithredu",
    "Who": "Pwy",
    "By when": "Erbyn pryd",
    "How measured": "Sut y caiff ei fesur",
    "Status": "Statws",
    "Progress and impact": "Cynnydd ac effaith",
    "No actions recorded for this outcome.": (
        "Dim camau gweithredu wedi'u cofnodi ar gyfer y canlyniad hwn."
    ),
    "No disagreement was recorded.": "Ni chofnodwyd unrhyw anghytundeb.",
    "Subject": "Pwnc",
    "Raised": "Codwyd",
    "Positions": "Safbwyntiau",
    "Escalated to": "Uwchgyfeiriwyd at",
    "Not escalated": "Heb ei uwchgyfeirio",
    "Outcome": "Canlyniad",
    "Resolved": "Wedi'i ddatrys",
    "Unresolved": "Heb ei ddatrys",
    "Event": "Digwyddiad",
    "No significant events were recorded.": "Ni chofnodwyd unrhyw ddigwyddiadau arwyddocaol.",
    # the plan
    "Core group members": "Aelodau'r grŵp craidd",
    "Name": "Enw",
    "Role in the core group": "Rôl yn y grŵp craidd",
    "Stage": "Cam",
    "Plan started": "Dyddiad dechrau'r cynllun",
    "Plan version": "Fersiwn y cynllun",
    "Review date": "Dyddiad adolygu",
    "The child's views": "Barn y plentyn",
    "Parents' and carers' views": "Barn y rhieni a'r gofalwyr",
    "Outcomes and actions": "Canlyniadau a chamau gweithredu",
    "Contingency plan": "Cynllun wrth gefn",
    "How and when the children will be seen, alone and with their family": (
        "Sut a phryd y gwelir y plant, ar eu pen eu hunain a gyda'u teulu"
    ),
    "Parent": "Rhiant",
    "Carer": "Gofalwr",
    "Manager": "Rheolwr",
    # the core group pro-forma (forms/proformas/core_group_minutes.toml)
    "Meeting details": "Manylion y cyfarfod",
    "Purpose of the meeting": "Diben y cyfarfod",
    "Why the child is on a child protection plan": "Pam mae'r plentyn ar gynllun amddiffyn plant",
    "Category of the plan": "Categori'r cynllun",
    "Any change of category, and why": "Unrhyw newid categori, a pham",
    "Why the child did not attend": "Pam na fynychodd y plentyn",
    "Why a parent or carer did not attend": "Pam na fynychodd rhiant neu ofalwr",
    "Reports received from agencies that could not attend": (
        "Adroddiadau a ddaeth i law gan asiantaethau nad oedd yn gallu bod yn bresennol"
    ),
    "Changes to the core group's membership": "Newidiadau i aelodaeth y grŵp craidd",
    "Visits since the last meeting": "Ymweliadau ers y cyfarfod diwethaf",
    "Strengths seen on the visits": "Cryfderau a welwyd ar yr ymweliadau",
    "Concerns seen on the visits": "Pryderon a welwyd ar yr ymweliadau",
    "Updates from each agency and from the family": (
        "Diweddariadau gan bob asiantaeth a chan y teulu"
    ),
    "Updates": "Diweddariadau",
    "Agency or family member": "Asiantaeth neu aelod o'r teulu",
    "Update": "Diweddariad",
    "The child's voice": "Llais y plentyn",
    "Wishes and feelings": "Dymuniadau a theimladau",
    "Lived experience": "Profiad bywyd",
    "Presentation and behaviour (for a baby or a child who cannot say)": (
        "Cyflwyniad ac ymddygiad (ar gyfer baban neu blentyn na all ddweud)"
    ),
    "Views of the parents and carers": "Barn y rhieni a'r gofalwyr",
    "What are we worried about?": "Beth sy'n ein poeni?",
    "Danger statements": "Datganiadau perygl",
    "Who is worried": "Pwy sy'n poeni",
    "About what": "Am beth",
    "Impact on the child": "Yr effaith ar y plentyn",
    "What is working well?": "Beth sy'n gweithio'n dda?",
    "What is working well": "Beth sy'n gweithio'n dda",
    "What needs to happen?": "Beth sydd angen digwydd?",
    "Safety goals": "Nodau diogelwch",
    "Danger statement (number)": "Datganiad perygl (rhif)",
    "Safety goal": "Nod diogelwch",
    "How long the change must be sustained": "Am ba hyd y mae'n rhaid cynnal y newid",
    "Scaling": "Graddio",
    "Scaling by participant": "Graddio gan bob cyfranogwr",
    "Participant": "Cyfranogwr",
    "Scale (0-10)": "Graddfa (0-10)",
    "Why that number": "Pam y rhif hwnnw",
    "Overall scale (0-10)": "Graddfa gyffredinol (0-10)",
    "Review of the plan": "Adolygiad o'r cynllun",
    "Actions reviewed": "Camau gweithredu a adolygwyd",
    "Action number": "Rhif y cam gweithredu",
    "Progress": "Cynnydd",
    "Impact (for a completed action)": "Effaith (ar gyfer cam gweithredu a gwblhawyd)",
    "Updated plan": "Y cynllun wedi'i ddiweddaru",
    "Actions (specific, measurable, with a date)": (
        "Camau gweithredu (penodol, mesuradwy, gyda dyddiad)"
    ),
    "What": "Beth",
    "How it will be measured": "Sut y caiff ei fesur",
    "When and how the child will be seen alone": ("Pryd a sut y gwelir y plentyn ar ei ben ei hun"),
    "When and how the child will be seen with the family": (
        "Pryd a sut y gwelir y plentyn gyda'r teulu"
    ),
    "Disagreement and dissent": "Anghytundeb ac anghydsyniad",
    "Disagreement discussed at this meeting": "Anghytundeb a drafodwyd yn y cyfarfod hwn",
    "New safeguarding concerns and significant events": (
        "Pryderon diogelu newydd a digwyddiadau arwyddocaol"
    ),
    "New safeguarding concerns": "Pryderon diogelu newydd",
    "Information shared by the police": "Gwybodaeth a rannwyd gan yr heddlu",
    "Next meetings": "Cyfarfodydd nesaf",
    "Distribution": "Dosbarthu",
    "Notes on distribution (for example a summary for a parent excluded from the group)": (
        "Nodiadau ar ddosbarthu (er enghraifft crynodeb i riant sydd wedi'i eithrio o'r grŵp)"
    ),
    # the other document kinds: titles, headings and labels (their letters' and the family
    # guide's running text is not translated here)
    "Named lead professional": "Gweithiwr proffesiynol arweiniol a enwir",
    "Wellbeing needs (SHANARRI)": "Anghenion llesiant (SHANARRI)",
    "Safe": "Diogel",
    "Healthy": "Iach",
    "Achieving": "Cyflawni",
    "Nurtured": "Meithrin",
    "Active": "Egnïol",
    "Respected": "Parchu",
    "Responsible": "Cyfrifol",
    "Included": "Cynnwys",
    "No need identified under this indicator.": "Dim angen wedi'i nodi o dan y dangosydd hwn.",
    "Outcome sought": "Y canlyniad a geisir",
    "Who and which service": "Pwy a pha wasanaeth",
    "How progress is measured": "Sut y mesurir cynnydd",
    "Other outcomes": "Canlyniadau eraill",
    "About the core group: a guide for your family": "Am y grŵp craidd: canllaw i'ch teulu",
    "About the team around the child: a guide for your family": (
        "Am y tîm o amgylch y plentyn: canllaw i'ch teulu"
    ),
    "About the team around the family: a guide for your family": (
        "Am y tîm o amgylch y teulu: canllaw i'ch teulu"
    ),
    "What is the core group?": "Beth yw'r grŵp craidd?",
    "What is the team around the child?": "Beth yw'r tîm o amgylch y plentyn?",
    "What is the team around the family?": "Beth yw'r tîm o amgylch y teulu?",
    "What the lead professional does": "Beth mae'r gweithiwr proffesiynol arweiniol yn ei wneud",
    "What you can expect": "Beth allwch chi ei ddisgwyl",
    "How to reach your lead professional": ("Sut i gysylltu â'ch gweithiwr proffesiynol arweiniol"),
    "If you do not agree": "Os nad ydych yn cytuno",
    "My plan": "Fy nghynllun",
    "What you told us": "Beth ddywedoch chi wrthym",
    "Who you can talk to": "Pwy y gallwch siarad â nhw",
    "Notice of a change to the plan": "Hysbysiad o newid i'r cynllun",
    "Core group members consulted": "Aelodau'r grŵp craidd yr ymgynghorwyd â nhw",
    "No outcomes are recorded on the plan.": "Nid oes canlyniadau wedi'u cofnodi ar y cynllun.",
    "Saved": "Cadwyd",
    "The plan as it now stands": "Y cynllun fel y mae ar hyn o bryd",
    "Distribution record": "Cofnod dosbarthu",
    "By": "Gan",
    "Circulated": "Dosbarthwyd",
    "Document": "Dogfen",
    "How": "Sut",
    "Nothing has been sent.": "Nid oes dim wedi'i anfon.",
    "Recipient": "Derbynnydd",
    "SHA-256 (first 16)": "SHA-256 (16 cyntaf)",
    "State": "Cyflwr",
    "When": "Pryd",
    "Invitation to a core group meeting": "Gwahoddiad i gyfarfod y grŵp craidd",
    "Summary of discussions and outcomes": "Crynodeb o'r trafodaethau a'r canlyniadau",
    "What was discussed and decided": "Beth a drafodwyd ac a benderfynwyd",
    "Record of a visit": "Cofnod ymweliad",
    "Recorded": "Cofnodwyd",
    "Who was present": "Pwy oedd yn bresennol",
    "Spoke with the child": "Siaradwyd â'r plentyn",
    "Child seen alone": "Gwelwyd y plentyn ar ei ben ei hun",
    "Bedroom seen": "Gwelwyd yr ystafell wely",
    "Observations against the identified risks": "Sylwadau yn erbyn y risgiau a nodwyd",
    "Key subjects of the plan discussed": "Pynciau allweddol y cynllun a drafodwyd",
    "The child's presentation and behaviour": "Cyflwyniad ac ymddygiad y plentyn",
    "New incidents, injuries or concerns": "Digwyddiadau, anafiadau neu bryderon newydd",
    "Core group report to the review conference": (
        "Adroddiad y grŵp craidd i'r gynhadledd adolygu"
    ),
    "Period covered": "Y cyfnod dan sylw",
    "Core group meetings held": "Cyfarfodydd y grŵp craidd a gynhaliwyd",
    "Visits in the period": "Ymweliadau yn y cyfnod",
    "Refused or no access": "Gwrthodwyd neu dim mynediad",
    "Compliance with the visiting standards": "Cydymffurfio â'r safonau ymweld",
    "Visits and their compliance": "Ymweliadau a'u cydymffurfiaeth",
    "Progress against each outcome": "Cynnydd yn erbyn pob canlyniad",
    "Disagreements": "Anghytundebau",
    "The child's voice: wishes, feelings and lived experience": (
        "Llais y plentyn: dymuniadau, teimladau a phrofiad bywyd"
    ),
    "Recommendation of the core group": "Argymhelliad y grŵp craidd",
    "Conference chair's review": "Adolygiad cadeirydd y gynhadledd",
    "Reviewed on": "Adolygwyd ar",
}

# Fair translations not yet checked by a Welsh-speaking practitioner (see the module docstring).
FOR_REVIEW: frozenset[str] = frozenset(
    {
        "Lead professional",  # Wales also says "gweithiwr allweddol" (key worker)
        "Minute taker",
        "Plan category",
        "Category of the plan",
        "Yes",  # Welsh answers follow the verb of the question: "Ydy" fits "is/was seen"
        "No",
        "Lived experience",
        "Danger statements",
        "Danger statement (number)",
        "Scaling",
        "Scaling by participant",
        "Disagreement and dissent",
        "Escalated to",
        "Not escalated",
        "Presentation and behaviour (for a baby or a child who cannot say)",
        "OFFICIAL-SENSITIVE",
        "Early Help plan",
        "Invited",
        "Not achieved",
        "Outline",
        "Named lead professional",
        "Wellbeing needs (SHANARRI)",  # the SHANARRI indicators are Scotland's
        "Achieving",
        "Nurtured",
        "Included",
        "Respected",
        "State",
    }
)
