"""The Welsh of the running text lpdesk writes in letters: the invitation, the summary for an
excluded parent, the guide for families and the child's own plan ("My plan"). ``LETTER_WORDS``
are whole lines or runs (joined into ``welsh.WELSH``); ``SENTENCES`` are sentences with something
put in them (a name, a date, the group), each as the English the builders write, a {name} for what
is put in, and the Welsh. What is put in is carried over as written (a name, a place, the
authority) or, where it is one of lpdesk's words ("your children", "the core group", a date), in
Welsh: documents/language.py joins it to the word before it the Welsh way ("Mae'r grŵp craidd",
"i helpu'ch plant"). Every sentence here is for review by a Welsh-speaking practitioner, as the
words of welsh.py (docs/forms.md, "Documents in Welsh")."""

from __future__ import annotations

__all__ = ["LETTER_WORDS", "SENTENCES"]

LETTER_WORDS: dict[str, str] = {
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
}

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
