"""The Welsh (Cymraeg) words of lpdesk's documents: every heading, row label, column header and
fixed sentence the builders and the shipped core group pro-forma write, keyed by the English.

Terms follow the established Welsh of social care: "cynllun amddiffyn plant" (child protection
plan), "grŵp craidd" (core group), "cynhadledd" (conference), "gweithiwr cymdeithasol" (social
worker), "rhiant" (parent), "gofalwr" (carer). A term in ``FOR_REVIEW`` is a fair translation that
a Welsh-speaking practitioner has not yet checked: an authority's Welsh language officer should
confirm it (docs/forms.md, "Documents in Welsh")."""

from __future__ import annotations

__all__ = ["FOR_REVIEW", "SENTENCES", "WELSH"]

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
    "written report received": "adroddiad ysgrifenedig wedi dod i law",
    "invited for this meeting only": "gwahoddwyd i'r cyfarfod hwn yn unig",
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
    # the letters (invitation, summary for an excluded parent) and the guide for families
    "Invitation to a team around the family meeting": "Gwahoddiad i gyfarfod y tîm o amgylch y teulu",
    "Invitation to a child's plan review meeting": (
        "Gwahoddiad i gyfarfod adolygu cynllun y plentyn"
    ),
    "core group member": "aelod o'r grŵp craidd",
    "the core group": "y grŵp craidd",
    "the team around the child": "y tîm o amgylch y plentyn",
    "the team around the family": "y tîm o amgylch y teulu",
    "the children": "y plant",
    "your child": "eich plentyn",
    "your children": "eich plant",
    "your lead professional": "eich gweithiwr proffesiynol arweiniol",
    "Yours sincerely,": "Yn gywir,",
    "You are invited to the core group meeting for ": (
        "Fe'ch gwahoddir i gyfarfod y grŵp craidd ar gyfer "
    ),
    "You are invited to the team around the family meeting for ": (
        "Fe'ch gwahoddir i gyfarfod y tîm o amgylch y teulu ar gyfer "
    ),
    "You are invited to the child's plan review meeting for ": (
        "Fe'ch gwahoddir i gyfarfod adolygu cynllun y plentyn ar gyfer "
    ),
    " on ": " ar ",
    "The next review conference is on ": "Mae'r gynhadledd adolygu nesaf ar ",
    ". Every member of the core group is asked to keep this date.": (
        ". Gofynnir i bob aelod o'r grŵp craidd gadw'r dyddiad hwn."
    ),
    "Your views matter. You are welcome to bring someone to support you. If you cannot come, "
    "please tell me before the meeting so that your views can still be shared.": (
        "Mae eich barn yn bwysig. Mae croeso i chi ddod â rhywun i'ch cefnogi. Os na allwch ddod, "
        "rhowch wybod i mi cyn y cyfarfod fel y gellir rhannu eich barn o hyd."
    ),
    "Please bring an update on your agency's actions under the plan. If you cannot attend, "
    "please send your apologies and a written report before the meeting.": (
        "Dewch â diweddariad ar gamau gweithredu eich asiantaeth o dan y cynllun. Os na allwch "
        "fod yn bresennol, anfonwch eich ymddiheuriadau ac adroddiad ysgrifenedig cyn y cyfarfod."
    ),
    "If you have any questions, please contact me.": (
        "Os oes gennych unrhyw gwestiynau, cysylltwch â mi."
    ),
    "No summary was written.": "Ni ysgrifennwyd crynodeb.",
    "The group meets regularly. At each meeting we look at the plan together: what has been "
    "done, what is going well, what we are still worried about, and what needs to happen next. "
    "Your views matter and are written down in the record of the meeting.": (
        "Mae'r grŵp yn cyfarfod yn rheolaidd. Ym mhob cyfarfod rydyn ni'n edrych ar y cynllun "
        "gyda'n gilydd: beth sydd wedi'i wneud, beth sy'n mynd yn dda, beth sy'n dal i'n poeni, a "
        "beth sydd angen digwydd nesaf. Mae eich barn yn bwysig ac fe'i cofnodir yng nghofnod y "
        "cyfarfod."
    ),
    "You will be invited to every meeting, in writing, with the date, time and place.": (
        "Cewch eich gwahodd i bob cyfarfod, yn ysgrifenedig, gyda'r dyddiad, yr amser a'r lle."
    ),
    "You can bring someone to support you, such as a friend or a family member. If you need an "
    "interpreter, large print or help to get to the meeting, tell your lead professional and it "
    "will be arranged.": (
        "Gallwch ddod â rhywun i'ch cefnogi, fel ffrind neu aelod o'r teulu. Os oes angen "
        "cyfieithydd, print bras neu help arnoch i gyrraedd y cyfarfod, dywedwch wrth eich "
        "gweithiwr proffesiynol arweiniol a chaiff ei drefnu."
    ),
    "If you cannot come, you can tell your lead professional your views before the meeting.": (
        "Os na allwch ddod, gallwch roi gwybod i'ch gweithiwr proffesiynol arweiniol am eich barn "
        "cyn y cyfarfod."
    ),
    "You will get a copy of the plan and of the record of each meeting. If the plan changes, "
    "you will be told.": (
        "Byddwch yn cael copi o'r cynllun ac o gofnod pob cyfarfod. Os bydd y cynllun yn newid, "
        "cewch wybod."
    ),
    "You can disagree with anything in the plan or in the record of a meeting. Say so at the "
    "meeting, or tell your lead professional. What you think will be written down in the "
    "record, next to what the others think.": (
        "Gallwch anghytuno ag unrhyw beth yn y cynllun neu yng nghofnod cyfarfod. Dywedwch hynny "
        "yn y cyfarfod, neu dywedwch wrth eich gweithiwr proffesiynol arweiniol. Caiff yr hyn "
        "rydych chi'n ei feddwl ei gofnodi yn y cofnod, wrth ymyl barn y lleill."
    ),
    "If you are still unhappy, you can ask to speak to the lead professional's manager.": (
        "Os ydych chi'n dal yn anhapus, gallwch ofyn am gael siarad â rheolwr y gweithiwr "
        "proffesiynol arweiniol."
    ),
    "If you are still unhappy, you can ask to speak to the lead professional's manager. After "
    "that, you can ask the chair of the child protection conference to look at it.": (
        "Os ydych chi'n dal yn anhapus, gallwch ofyn am gael siarad â rheolwr y gweithiwr "
        "proffesiynol arweiniol. Ar ôl hynny, gallwch ofyn i gadeirydd y gynhadledd amddiffyn "
        "plant edrych arno."
    ),
    "your lead professional.": "eich gweithiwr proffesiynol arweiniol.",
    # "My plan", written for the child (in the familiar "ti", as Welsh writes to a child)
    "This plan is for ": "Mae'r cynllun hwn ar gyfer ",
    "The grown-ups who help you are working together so that you are safe and happy. This is "
    "what we are going to do.": (
        "Mae'r oedolion sy'n dy helpu di yn gweithio gyda'i gilydd er mwyn i ti fod yn ddiogel ac "
        "yn hapus. Dyma beth rydyn ni'n mynd i'w wneud."
    ),
    "You can talk to any grown-up you trust, like a teacher or a family member.": (
        "Gelli di siarad ag unrhyw oedolyn rwyt ti'n ymddiried ynddo, fel athro neu aelod o'r "
        "teulu."
    ),
    "You can also talk to any grown-up you trust, like a teacher or a family member, and ask "
    "them to tell us what you think.": (
        "Gelli di hefyd siarad ag unrhyw oedolyn rwyt ti'n ymddiried ynddo, fel athro neu aelod "
        "o'r teulu, a gofyn iddo ddweud wrthyn ni beth rwyt ti'n ei feddwl."
    ),
    "What happens next": "Beth sy'n digwydd nesaf",
    "Someone": "Rhywun",
    # the hand delivery sheet of a circulation pack, and the documents it lists
    "Hand delivery sheet": "Taflen danfon â llaw",
    "Documents": "Dogfennau",
    "Date handed": "Dyddiad ei roi",
    "Handed by": "Rhoddwyd gan",
    "Signature": "Llofnod",
    "minutes": "cofnodion",
    "plan": "cynllun",
    "child's own plan": "cynllun y plentyn ei hun",
    "summary letter": "llythyr crynodeb",
    "plan change notice": "hysbysiad o newid i'r cynllun",
    "invitation": "gwahoddiad",
    "report to the review conference": "adroddiad i'r gynhadledd adolygu",
    "visit record": "cofnod ymweliad",
    "distribution record": "cofnod dosbarthu",
}

# Sentences of the letters and the guide for families with something in them (a name, a date, the
# group): the English as the builders write it, each {name} standing for what is put in, and the
# Welsh. What is put in is carried over as written (a name, a place, the authority) or, where it
# is one of lpdesk's words ("your children", "the core group", a date), in Welsh: documents/
# language.py joins it to the word before it the Welsh way ("Mae'r grŵp craidd", "i helpu'ch
# plant").
SENTENCES: tuple[tuple[str, str], ...] = (
    ("Dear {name},", "Annwyl {name},"),
    (", at {venue}.", ". Lleoliad: {venue}."),
    (
        "{Group} meets to put the plan into effect and to review how it is working: what has "
        "happened since the last meeting, the progress of every action, and what needs to happen "
        "next.",
        "Mae {group} yn cyfarfod i roi'r cynllun ar waith ac i adolygu sut mae'n gweithio: beth "
        "sydd wedi digwydd ers y cyfarfod diwethaf, cynnydd pob cam gweithredu, a beth sydd angen "
        "digwydd nesaf.",
    ),
    (
        "{Group} met on {date} about {children}. This letter tells you what was discussed and "
        "what was decided.",
        "Cyfarfu {group} ar {date} ynglŷn â {children}. Mae'r llythyr hwn yn dweud wrthych beth a "
        "drafodwyd a beth a benderfynwyd.",
    ),
    ("{Group} will next meet on {date}.", "Bydd {group} yn cyfarfod nesaf ar {date}."),
    (
        "{authority} and other services are working with your family to help {children}. This "
        "guide tells you what {group} is, who does what, what you can expect from us, and what to "
        "do if you do not agree.",
        "Mae {authority} a gwasanaethau eraill yn gweithio gyda'ch teulu i helpu {children}. Mae'r "
        "canllaw hwn yn dweud wrthych beth yw {group}, pwy sy'n gwneud beth, beth allwch chi ei "
        "ddisgwyl gennym, a beth i'w wneud os nad ydych yn cytuno.",
    ),
    (
        "{Group} is a small group of people who work together with your family to make the plan "
        "for {kids} happen. It includes you, {kids} when old enough to take part, the lead "
        "professional, and the people from other services who know your family, such as the "
        "health visitor, the school, the nursery or the doctor.",
        "{Group} yw'r grŵp bach o bobl sy'n gweithio gyda'ch teulu i wireddu'r cynllun ar gyfer "
        "{kids}. Mae'n eich cynnwys chi, {kids} pan fo'n briodol o ran oedran, y gweithiwr "
        "proffesiynol arweiniol, a'r bobl o wasanaethau eraill sy'n adnabod eich teulu, fel yr "
        "ymwelydd iechyd, yr ysgol, y feithrinfa neu'r meddyg.",
    ),
    (
        "{lead} is your lead professional. They are the person who makes sure the plan happens. "
        "They visit your family and see {kids}, arrange the meetings, make sure what was agreed is "
        "written down and sent to you, keep everyone in touch, and are the first person to "
        "contact if you have a question or a worry.",
        "{lead} yw eich gweithiwr proffesiynol arweiniol: y person sy'n sicrhau bod y cynllun yn "
        "digwydd. Bydd yn ymweld â'ch teulu ac yn gweld {kids}, yn trefnu'r cyfarfodydd, yn "
        "sicrhau bod yr hyn a gytunwyd yn cael ei gofnodi a'i anfon atoch, yn cadw pawb mewn "
        "cysylltiad, a dyma'r person cyntaf i gysylltu ag ef neu hi os oes gennych gwestiwn neu "
        "bryder.",
    ),
    (
        "Information about your family is kept safe. It is shared only with the people who need "
        "it to help {kids}.",
        "Caiff gwybodaeth am eich teulu ei chadw'n ddiogel. Dim ond gyda'r bobl sydd ei hangen i "
        "helpu {kids} y caiff ei rhannu.",
    ),
    ("The next meeting is on {date}.", "Mae'r cyfarfod nesaf ar {date}."),
    (
        "You can also make a complaint to {authority}. Disagreeing or complaining will not be held "
        "against you or your family.",
        "Gallwch hefyd wneud cwyn i'r awdurdod ({authority}). Ni fydd anghytuno na chwyno yn cael "
        "ei ddal yn eich erbyn chi na'ch teulu.",
    ),
    ("{lead}. {contact}.", "{lead}. {contact}."),
    (
        "{lead} is the person who makes sure this plan happens.",
        "{lead} yw'r person sy'n gwneud yn siŵr bod y cynllun hwn yn digwydd.",
    ),
    ("You can phone {lead} on {phone}.", "Gelli di ffonio {lead} ar {phone}."),
    ("You can email {lead} at {email}.", "Gelli di anfon e-bost at {lead}: {email}."),
    ("{helper} will help: {what} by {date}.", "Bydd {helper} yn helpu: {what} erbyn {date}."),
    ("{helper} will help: {what}.", "Bydd {helper} yn helpu: {what}."),
    (
        "The grown-ups will meet again on {date} to check how things are going. You can tell us "
        "what you think.",
        "Bydd yr oedolion yn cyfarfod eto ar {date} i weld sut mae pethau'n mynd. Gelli di ddweud "
        "wrthyn ni beth rwyt ti'n ei feddwl.",
    ),
    (
        "Documents to hand over in person for {reference}, printed {date}. Give each recipient "
        "their password separately. Once handed over, record the date in lpdesk (mark the "
        "recipient handed) so the distribution record is complete.",
        "Dogfennau i'w rhoi'n bersonol ar gyfer {reference}, argraffwyd {date}. Rhowch ei "
        "gyfrinair i bob derbynnydd ar wahân. Ar ôl eu rhoi, cofnodwch y dyddiad yn lpdesk "
        "(nodwch fod y derbynnydd wedi'u cael â llaw) fel bod y cofnod dosbarthu'n gyflawn.",
    ),
)

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
        "Hand delivery sheet",
        "Date handed",
    }
)
