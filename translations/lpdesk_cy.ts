<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
  <context>
    <name>AbsenceDialog</name>
    <message>
      <source>Absence ends on</source>
      <translation type="unfinished">Mae'r absenoldeb yn dod i ben ar</translation>
    </message>
    <message>
      <source>Absence starts on</source>
      <translation type="unfinished">Mae'r absenoldeb yn dechrau ar</translation>
    </message>
    <message>
      <source>Absent lead professional</source>
      <translation type="unfinished">Gweithiwr proffesiynol arweiniol absennol</translation>
    </message>
    <message>
      <source>Choose who covers the role.</source>
      <translation type="unfinished">Dewiswch pwy sy'n cyflenwi'r rôl.</translation>
    </message>
    <message>
      <source>Cover cannot be met</source>
      <translation type="unfinished">Nid oes modd cyflenwi</translation>
    </message>
    <message>
      <source>Cover cannot be met: my manager has been told</source>
      <translation type="unfinished">Nid oes modd cyflenwi: mae fy rheolwr wedi cael gwybod</translation>
    </message>
    <message>
      <source>Covered by</source>
      <translation type="unfinished">Cyflenwir gan</translation>
    </message>
    <message>
      <source>End date not known yet</source>
      <translation type="unfinished">Dyddiad gorffen heb ei wybod eto</translation>
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished">O</translation>
    </message>
    <message>
      <source>Lead professional</source>
      <translation type="unfinished">Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>Lead professional absence and cover</source>
      <translation type="unfinished">Absenoldeb y gweithiwr proffesiynol arweiniol a chyflenwi</translation>
    </message>
    <message>
      <source>Over the profile's limit (4 weeks by default) the LP's manager must record who covers the role, or that it cannot be covered and their own manager was told.</source>
      <translation type="unfinished">Dros derfyn y proffil (4 wythnos fel arfer) rhaid i reolwr y gweithiwr proffesiynol arweiniol gofnodi pwy sy'n cyflenwi'r rôl, neu nad oes modd ei chyflenwi a bod ei reolwr ei hun wedi cael gwybod.</translation>
    </message>
    <message>
      <source>Person covering the role</source>
      <translation type="unfinished">Y person sy'n cyflenwi'r rôl</translation>
    </message>
    <message>
      <source>Record the absence only</source>
      <translation type="unfinished">Cofnodi'r absenoldeb yn unig</translation>
    </message>
    <message>
      <source>Record the absence only (decide cover later)</source>
      <translation type="unfinished">Cofnodi'r absenoldeb yn unig (penderfynu ar gyflenwi yn nes ymlaen)</translation>
    </message>
    <message>
      <source>The case has no lead professional.</source>
      <translation type="unfinished">Nid oes gweithiwr proffesiynol arweiniol gan yr achos.</translation>
    </message>
    <message>
      <source>The role is covered</source>
      <translation type="unfinished">Mae'r rôl wedi'i chyflenwi</translation>
    </message>
    <message>
      <source>Until</source>
      <translation type="unfinished">Tan</translation>
    </message>
  </context>
  <context>
    <name>AccountDialog</name>
    <message>
      <source>Add a worker</source>
      <translation type="unfinished">Ychwanegu gweithiwr</translation>
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished">E-bost</translation>
    </message>
    <message>
      <source>Line manager</source>
      <translation type="unfinished">Rheolwr llinell</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">Enw</translation>
    </message>
    <message>
      <source>Qualified social worker</source>
      <translation type="unfinished">Gweithiwr cymdeithasol cymwysedig</translation>
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished">Rôl</translation>
    </message>
    <message>
      <source>The worker signs in with the username and sets their own password the first time. The line manager chairs the first core group of a child protection plan the worker leads.</source>
      <translation type="unfinished">Mae'r gweithiwr yn mewngofnodi gyda'r enw defnyddiwr ac yn gosod ei gyfrinair ei hun y tro cyntaf. Y rheolwr llinell sy'n cadeirio grŵp craidd cyntaf cynllun amddiffyn plant y mae'r gweithiwr yn ei arwain.</translation>
    </message>
    <message>
      <source>Username (to sign in)</source>
      <translation type="unfinished">Enw defnyddiwr (i fewngofnodi)</translation>
    </message>
    <message>
      <source>for example sam.okafor</source>
      <translation type="unfinished">er enghraifft sam.okafor</translation>
    </message>
    <message>
      <source>{name} can now sign in as {username}.</source>
      <translation type="unfinished">Gall {name} fewngofnodi nawr fel {username}.</translation>
    </message>
    <message>
      <source>{name}'s account is added as {username}. They can sign in once IT has created their database role (lpdesk team add-user {username}); their password is the database's, set by IT.</source>
      <translation type="unfinished">Mae cyfrif {name} wedi'i ychwanegu fel {username}. Gallant fewngofnodi unwaith y bydd TG wedi creu eu rôl yn y gronfa ddata (lpdesk team add-user {username}); cyfrinair y gronfa ddata yw eu cyfrinair, wedi'i osod gan TG.</translation>
    </message>
  </context>
  <context>
    <name>ActionPage</name>
    <message>
      <source>(choose a core group member)</source>
      <translation type="unfinished">(dewiswch aelod o'r grŵp craidd)</translation>
    </message>
    <message>
      <source>(not under an outcome)</source>
      <translation type="unfinished">(nid o dan ganlyniad)</translation>
    </message>
    <message>
      <source>By when</source>
      <translation type="unfinished">Erbyn pryd</translation>
    </message>
    <message>
      <source>How everyone will know it has been done</source>
      <translation type="unfinished">Sut y bydd pawb yn gwybod ei fod wedi'i wneud</translation>
    </message>
    <message>
      <source>How it will be measured</source>
      <translation type="unfinished">Sut y caiff ei fesur</translation>
    </message>
    <message>
      <source>In the child's words</source>
      <translation type="unfinished">Yng ngeiriau'r plentyn</translation>
    </message>
    <message>
      <source>Measured by</source>
      <translation type="unfinished">Wedi'i fesur gan</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
      <source>Outcome the action serves</source>
      <translation type="unfinished">Y canlyniad y mae'r cam gweithredu yn ei wasanaethu</translation>
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished">Beth</translation>
    </message>
    <message>
      <source>What will be done</source>
      <translation type="unfinished">Beth fydd yn cael ei wneud</translation>
    </message>
    <message>
      <source>Who</source>
      <translation type="unfinished">Pwy</translation>
    </message>
    <message>
      <source>Who will do it</source>
      <translation type="unfinished">Pwy fydd yn ei wneud</translation>
    </message>
  </context>
  <context>
    <name>AdminView</name>
    <message>
      <source>%n meeting approved and not fully circulated</source>
      <translation type="unfinished">%n cyfarfod wedi'i gymeradwyo a heb ei ddosbarthu'n llawn</translation>
    </message>
    <message>
      <source>%n meetings approved and not fully circulated</source>
      <translation type="unfinished">%n cyfarfod wedi'u cymeradwyo a heb eu dosbarthu'n llawn</translation>
    </message>
    <message>
      <source>%n overdue</source>
      <translation type="unfinished">%n yn hwyr</translation>
    </message>
    <message>
      <source>&amp;Produce as:</source>
      <translation type="unfinished">&amp;Cynhyrchu fel:</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished">Canslo</translation>
    </message>
    <message>
      <source>Cancel producing the packs</source>
      <translation type="unfinished">Canslo cynhyrchu'r pecynnau</translation>
    </message>
    <message>
      <source>Cancelled. The pack under way was undone; finished packs were kept.</source>
      <translation type="unfinished">Wedi'i ganslo. Dadwnaethpwyd y pecyn oedd ar y gweill; cadwyd y pecynnau gorffenedig.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation type="unfinished">Wrthi'n canslo…</translation>
    </message>
    <message>
      <source>Check and produce…</source>
      <translation type="unfinished">Gwirio a chynhyrchu…</translation>
    </message>
    <message>
      <source>Check the recipients, then confirm.</source>
      <translation type="unfinished">Gwiriwch y derbynwyr, yna cadarnhewch.</translation>
    </message>
    <message>
      <source>Choose a folder for the packs</source>
      <translation type="unfinished">Dewiswch ffolder ar gyfer y pecynnau</translation>
    </message>
    <message>
      <source>Choose folder…</source>
      <translation type="unfinished">Dewis ffolder…</translation>
    </message>
    <message>
      <source>Circulation packs produced.</source>
      <translation type="unfinished">Pecynnau dosbarthu wedi'u cynhyrchu.</translation>
    </message>
    <message>
      <source>Circulation queue</source>
      <translation type="unfinished">Ciw dosbarthu</translation>
    </message>
    <message>
      <source>Distribution record…</source>
      <translation type="unfinished">Cofnod dosbarthu…</translation>
    </message>
    <message>
      <source>Folder for the packs</source>
      <translation type="unfinished">Ffolder ar gyfer y pecynnau</translation>
    </message>
    <message>
      <source>Give each password by phone or text, never by email.</source>
      <translation type="unfinished">Rhowch bob cyfrinair dros y ffôn neu drwy neges destun, byth drwy e-bost.</translation>
    </message>
    <message>
      <source>How the packs are produced</source>
      <translation type="unfinished">Sut y cynhyrchir y pecynnau</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished">Wrthi'n llwytho…</translation>
    </message>
    <message>
      <source>Meetings awaiting circulation</source>
      <translation type="unfinished">Cyfarfodydd yn aros i'w dosbarthu</translation>
    </message>
    <message>
      <source>Nothing was produced.</source>
      <translation type="unfinished">Ni chynhyrchwyd dim.</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation type="unfinished">Wrthi'n agor y gronfa ddata…</translation>
    </message>
    <message>
      <source>Passwords…</source>
      <translation type="unfinished">Cyfrineiriau…</translation>
    </message>
    <message>
      <source>Producing the packs…</source>
      <translation type="unfinished">Yn cynhyrchu'r pecynnau…</translation>
    </message>
    <message>
      <source>Producing: {step}</source>
      <translation type="unfinished">Yn cynhyrchu: {step}</translation>
    </message>
    <message>
      <source>Progress of the packs</source>
      <translation type="unfinished">Cynnydd y pecynnau</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation type="unfinished">Adnewyddu</translation>
    </message>
    <message>
      <source>Refresh the circulation queue</source>
      <translation type="unfinished">Adnewyddu'r ciw dosbarthu</translation>
    </message>
    <message>
      <source>Select all</source>
      <translation type="unfinished">Dewis y cyfan</translation>
    </message>
    <message>
      <source>The chosen meeting's distribution record</source>
      <translation type="unfinished">Cofnod dosbarthu'r cyfarfod a ddewiswyd</translation>
    </message>
    <message>
      <source>The chosen meeting's password list</source>
      <translation type="unfinished">Rhestr gyfrineiriau'r cyfarfod a ddewiswyd</translation>
    </message>
    <message>
      <source>The circulation queue could not be loaded.</source>
      <translation type="unfinished">Nid oedd modd llwytho'r ciw dosbarthu.</translation>
    </message>
    <message>
      <source>Working out who receives what…</source>
      <translation type="unfinished">Yn cyfrifo pwy sy'n cael beth…</translation>
    </message>
    <message>
      <source>Your role does not circulate minutes.</source>
      <translation type="unfinished">Nid yw eich rôl yn dosbarthu cofnodion.</translation>
    </message>
    <message>
      <source>select several, then check and produce their packs</source>
      <translation type="unfinished">dewiswch sawl un, yna gwiriwch a chynhyrchwch eu pecynnau</translation>
    </message>
    <message>
      <source>{what}: not produced: {reason}</source>
      <translation type="unfinished">{what}: heb ei gynhyrchu: {reason}</translation>
    </message>
    <message>
      <source>{what}: pack ready for {n} recipients; mark each sent, posted or handed once they are.</source>
      <translation type="unfinished">{what}: pecyn yn barod ar gyfer {n} derbynnydd; nodwch bob un wedi'i anfon, ei bostio neu ei roi unwaith y bydd.</translation>
    </message>
    <message>
      <source>{what}: sent; every recipient reached.</source>
      <translation type="unfinished">{what}: anfonwyd; cyrhaeddwyd pob derbynnydd.</translation>
    </message>
  </context>
  <context>
    <name>AllocateDialog</name>
    <message>
      <source>Allocate</source>
      <translation type="unfinished">Dyrannu</translation>
    </message>
    <message>
      <source>Allocate case {reference}</source>
      <translation type="unfinished">Dyrannu achos {reference}</translation>
    </message>
    <message>
      <source>Choose a lead professional who may take this case.</source>
      <translation type="unfinished">Dewiswch weithiwr proffesiynol arweiniol a all gymryd yr achos hwn.</translation>
    </message>
    <message>
      <source>Choose the lead professional. Each worker's weighted caseload is shown against what they can carry after their protected time.</source>
      <translation type="unfinished">Dewiswch y gweithiwr proffesiynol arweiniol. Dangosir llwyth achosion wedi'i bwysoli pob gweithiwr yn erbyn yr hyn y gall ei gario ar ôl ei amser wedi'i ddiogelu.</translation>
    </message>
    <message>
      <source>Lead professionals who could take the case</source>
      <translation type="unfinished">Gweithwyr proffesiynol arweiniol a allai gymryd yr achos</translation>
    </message>
    <message>
      <source>over-allocated</source>
      <translation type="unfinished">wedi'i or-ddyrannu</translation>
    </message>
    <message>
      <source>{name}: {weight:g} of {capacity:g}</source>
      <translation type="unfinished">{name}: {weight:g} o {capacity:g}</translation>
    </message>
  </context>
  <context>
    <name>AssessmentDialog</name>
    <message>
      <source>Assessment</source>
      <translation type="unfinished">Asesiad</translation>
    </message>
    <message>
      <source>Assessment to record as complete</source>
      <translation type="unfinished">Yr asesiad i'w gofnodi'n gyflawn</translation>
    </message>
    <message>
      <source>Assessments</source>
      <translation type="unfinished">Asesiadau</translation>
    </message>
    <message>
      <source>Carried out by</source>
      <translation type="unfinished">Wedi'i gynnal gan</translation>
    </message>
    <message>
      <source>Choose the assessment that is complete.</source>
      <translation type="unfinished">Dewiswch yr asesiad sy'n gyflawn.</translation>
    </message>
    <message>
      <source>Commission an assessment</source>
      <translation type="unfinished">Comisiynu asesiad</translation>
    </message>
    <message>
      <source>Commissioned on</source>
      <translation type="unfinished">Comisiynwyd ar</translation>
    </message>
    <message>
      <source>Completed on</source>
      <translation type="unfinished">Cwblhawyd ar</translation>
    </message>
    <message>
      <source>Core assessment</source>
      <translation type="unfinished">Asesiad craidd</translation>
    </message>
    <message>
      <source>Day it is due</source>
      <translation type="unfinished">Y diwrnod y mae'n ddyledus</translation>
    </message>
    <message>
      <source>Day it was commissioned</source>
      <translation type="unfinished">Y diwrnod y cafodd ei gomisiynu</translation>
    </message>
    <message>
      <source>Day it was completed</source>
      <translation type="unfinished">Y diwrnod y cafodd ei gwblhau</translation>
    </message>
    <message>
      <source>Due by</source>
      <translation type="unfinished">Yn ddyledus erbyn</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished">Math</translation>
    </message>
    <message>
      <source>Kind of assessment</source>
      <translation type="unfinished">Math o asesiad</translation>
    </message>
    <message>
      <source>Record an assessment as complete</source>
      <translation type="unfinished">Cofnodi bod asesiad yn gyflawn</translation>
    </message>
    <message>
      <source>Saved: {title} commissioned on {start}, due by {due}.</source>
      <translation type="unfinished">Cadwyd: {title} wedi'i gomisiynu ar {start}, yn ddyledus erbyn {due}.</translation>
    </message>
    <message>
      <source>Saved: {title} completed on {day}.</source>
      <translation type="unfinished">Cadwyd: {title} wedi'i gwblhau ar {day}.</translation>
    </message>
    <message>
      <source>Specialist assessment</source>
      <translation type="unfinished">Asesiad arbenigol</translation>
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished">Beth</translation>
    </message>
    <message>
      <source>What the assessment is</source>
      <translation type="unfinished">Beth yw'r asesiad</translation>
    </message>
    <message>
      <source>Who carries it out</source>
      <translation type="unfinished">Pwy sy'n ei gynnal</translation>
    </message>
    <message>
      <source>{title}, due {day}</source>
      <translation type="unfinished">{title}, yn ddyledus {day}</translation>
    </message>
  </context>
  <context>
    <name>AttendanceEditor</name>
    <message>
      <source>Attendance</source>
      <translation type="unfinished">Presenoldeb</translation>
    </message>
    <message>
      <source>Attendance of {name}</source>
      <translation type="unfinished">Presenoldeb {name}</translation>
    </message>
    <message>
      <source>Invitee</source>
      <translation type="unfinished">Gwahoddedig</translation>
    </message>
    <message>
      <source>Reason (child or parent absent)</source>
      <translation type="unfinished">Rheswm (plentyn neu riant yn absennol)</translation>
    </message>
    <message>
      <source>Record attendance</source>
      <translation type="unfinished">Cofnodi presenoldeb</translation>
    </message>
    <message>
      <source>Record attendance and mark the meeting held</source>
      <translation type="unfinished">Cofnodi presenoldeb a nodi bod y cyfarfod wedi'i gynnal</translation>
    </message>
    <message>
      <source>Report sent</source>
      <translation type="unfinished">Anfonwyd adroddiad</translation>
    </message>
    <message>
      <source>Why {name} did not attend</source>
      <translation type="unfinished">Pam na fynychodd {name}</translation>
    </message>
    <message>
      <source>additional invitee</source>
      <translation type="unfinished">gwahoddedig ychwanegol</translation>
    </message>
    <message>
      <source>{name} sent a report</source>
      <translation type="unfinished">Anfonodd {name} adroddiad</translation>
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <source>A case's history (who opened and changed its records) is for QA managers and team managers. Ask your team manager if you need it.</source>
      <translation type="unfinished">Mae hanes achos (pwy agorodd a newidiodd ei gofnodion) ar gyfer rheolwyr sicrhau ansawdd a rheolwyr tîm. Gofynnwch i reolwr eich tîm os oes ei angen arnoch.</translation>
    </message>
    <message>
      <source>History of this case</source>
      <translation type="unfinished">Hanes yr achos hwn</translation>
    </message>
    <message>
      <source>Loading the history…</source>
      <translation type="unfinished">Wrthi'n llwytho'r hanes…</translation>
    </message>
    <message>
      <source>Nothing recorded yet.</source>
      <translation type="unfinished">Dim wedi'i gofnodi eto.</translation>
    </message>
    <message>
      <source>Open this tab to load the case's history.</source>
      <translation type="unfinished">Agorwch y tab hwn i lwytho hanes yr achos.</translation>
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished">Rôl</translation>
    </message>
    <message>
      <source>The history could not be loaded.</source>
      <translation type="unfinished">Nid oedd modd llwytho'r hanes.</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation type="unfinished">Beth ddigwyddodd</translation>
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished">Pryd</translation>
    </message>
    <message>
      <source>Who</source>
      <translation type="unfinished">Pwy</translation>
    </message>
    <message>
      <source>{n} events, newest first. The history cannot be changed.</source>
      <translation type="unfinished">{n} digwyddiad, y mwyaf diweddar yn gyntaf. Nid oes modd newid yr hanes.</translation>
    </message>
  </context>
  <context>
    <name>CaseActions</name>
    <message>
      <source>A member leaves or is excluded</source>
      <translation type="unfinished">Aelod yn gadael neu'n cael ei eithrio</translation>
    </message>
    <message>
      <source>Add a core group member</source>
      <translation type="unfinished">Ychwanegu aelod o'r grŵp craidd</translation>
    </message>
    <message>
      <source>Add a member…</source>
      <translation type="unfinished">Ychwanegu aelod…</translation>
    </message>
    <message>
      <source>Assign or transfer the LP</source>
      <translation type="unfinished">Neilltuo neu drosglwyddo'r gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>Contact details…</source>
      <translation type="unfinished">Manylion cyswllt…</translation>
    </message>
    <message>
      <source>Edit a person's contact details</source>
      <translation type="unfinished">Golygu manylion cyswllt person</translation>
    </message>
    <message>
      <source>Lead professional…</source>
      <translation type="unfinished">Gweithiwr proffesiynol arweiniol…</translation>
    </message>
    <message>
      <source>Leaves or excluded…</source>
      <translation type="unfinished">Gadael neu wedi'i eithrio…</translation>
    </message>
    <message>
      <source>Record a review conference</source>
      <translation type="unfinished">Cofnodi cynhadledd adolygu</translation>
    </message>
    <message>
      <source>Record a review…</source>
      <translation type="unfinished">Cofnodi adolygiad…</translation>
    </message>
  </context>
  <context>
    <name>CaseTabs</name>
    <message>
      <source>%n year old</source>
      <translation type="unfinished">%n oed</translation>
    </message>
    <message>
      <source>%n years old</source>
      <translation type="unfinished">%n oed</translation>
    </message>
    <message>
      <source>(scheduled)</source>
      <translation type="unfinished">(wedi'i drefnu)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Plan ended, case closed on {date}&lt;/b&gt;: {reason}</source>
      <translation type="unfinished">&lt;b&gt;Daeth y cynllun i ben, caewyd yr achos ar {date}&lt;/b&gt;: {reason}</translation>
    </message>
    <message>
      <source>&lt;b&gt;{kind}&lt;/b&gt; plan, {stage}, since {start}. Categories: {categories}.&lt;br&gt;&lt;b&gt;Why:&lt;/b&gt; {reason}&lt;br&gt;&lt;b&gt;Contingency:&lt;/b&gt; {contingency}</source>
      <translation type="unfinished">Cynllun &lt;b&gt;{kind}&lt;/b&gt;, {stage}, ers {start}. Categorïau: {categories}.&lt;br&gt;&lt;b&gt;Pam:&lt;/b&gt; {reason}&lt;br&gt;&lt;b&gt;Wrth gefn:&lt;/b&gt; {contingency}</translation>
    </message>
    <message>
      <source>Double-click a meeting to open its minutes.</source>
      <translation type="unfinished">Cliciwch ddwywaith ar gyfarfod i agor ei gofnodion.</translation>
    </message>
    <message>
      <source>LP {name}: {start} to {end}</source>
      <translation type="unfinished">Gweithiwr arweiniol {name}: {start} i {end}</translation>
    </message>
    <message>
      <source>No actions recorded.</source>
      <translation type="unfinished">Dim camau gweithredu wedi'u cofnodi.</translation>
    </message>
    <message>
      <source>No children recorded.</source>
      <translation type="unfinished">Dim plant wedi'u cofnodi.</translation>
    </message>
    <message>
      <source>No core group members yet.</source>
      <translation type="unfinished">Dim aelodau o'r grŵp craidd eto.</translation>
    </message>
    <message>
      <source>No disagreements recorded.</source>
      <translation type="unfinished">Dim anghytundebau wedi'u cofnodi.</translation>
    </message>
    <message>
      <source>No documents produced yet.</source>
      <translation type="unfinished">Dim dogfennau wedi'u cynhyrchu eto.</translation>
    </message>
    <message>
      <source>No meetings yet. Use “Convene core group…”.</source>
      <translation type="unfinished">Dim cyfarfodydd eto. Defnyddiwch “Cynnull y grŵp craidd…”.</translation>
    </message>
    <message>
      <source>No plan recorded yet.</source>
      <translation type="unfinished">Dim cynllun wedi'i gofnodi eto.</translation>
    </message>
    <message>
      <source>No significant events recorded.</source>
      <translation type="unfinished">Dim digwyddiadau arwyddocaol wedi'u cofnodi.</translation>
    </message>
    <message>
      <source>No visits recorded.</source>
      <translation type="unfinished">Dim ymweliadau wedi'u cofnodi.</translation>
    </message>
    <message>
      <source>No: {reason}</source>
      <translation type="unfinished">Naddo: {reason}</translation>
    </message>
    <message>
      <source>None recorded.</source>
      <translation type="unfinished">Dim wedi'u cofnodi.</translation>
    </message>
    <message>
      <source>Nothing overdue or due soon.</source>
      <translation type="unfinished">Dim byd yn hwyr nac yn ddyledus yn fuan.</translation>
    </message>
    <message>
      <source>address may be shared</source>
      <translation type="unfinished">gellir rhannu'r cyfeiriad</translation>
    </message>
    <message>
      <source>and %n more: see the due list for every item</source>
      <translation type="unfinished">a %n arall: gweler y rhestr ddyledus am bob eitem</translation>
    </message>
    <message>
      <source>category changed</source>
      <translation type="unfinished">newidiwyd y categori</translation>
    </message>
    <message>
      <source>due {date}</source>
      <translation type="unfinished">dyledus {date}</translation>
    </message>
    <message>
      <source>excluded: receives a summary</source>
      <translation type="unfinished">wedi'i eithrio: yn cael crynodeb</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation type="unfinished">dim rheswm wedi ei roi</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation type="unfinished">dim wedi'u cofnodi</translation>
    </message>
    <message>
      <source>now</source>
      <translation type="unfinished">nawr</translation>
    </message>
    <message>
      <source>open</source>
      <translation type="unfinished">ar agor</translation>
    </message>
    <message>
      <source>plan continues</source>
      <translation type="unfinished">y cynllun yn parhau</translation>
    </message>
    <message>
      <source>plan ends</source>
      <translation type="unfinished">y cynllun yn dod i ben</translation>
    </message>
  </context>
  <context>
    <name>CaseWorkspace</name>
    <message>
      <source>Action</source>
      <translation type="unfinished">Cam gweithredu</translation>
    </message>
    <message>
      <source>Action progress…</source>
      <translation type="unfinished">Cynnydd y cam gweithredu…</translation>
    </message>
    <message>
      <source>Add an outcome or an action to the plan</source>
      <translation type="unfinished">Ychwanegu canlyniad neu gam gweithredu at y cynllun</translation>
    </message>
    <message>
      <source>Agency / job</source>
      <translation type="unfinished">Asiantaeth / swydd</translation>
    </message>
    <message>
      <source>Bedroom</source>
      <translation type="unfinished">Ystafell wely</translation>
    </message>
    <message>
      <source>By when</source>
      <translation type="unfinished">Erbyn pryd</translation>
    </message>
    <message>
      <source>Case</source>
      <translation type="unfinished">Achos</translation>
    </message>
    <message>
      <source>Case sections</source>
      <translation type="unfinished">Adrannau'r achos</translation>
    </message>
    <message>
      <source>Case {reference}</source>
      <translation type="unfinished">Achos {reference}</translation>
    </message>
    <message>
      <source>Child</source>
      <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
      <source>Child shown on the timeline</source>
      <translation type="unfinished">Y plentyn a ddangosir ar y llinell amser</translation>
    </message>
    <message>
      <source>Child:</source>
      <translation type="unfinished">Plentyn:</translation>
    </message>
    <message>
      <source>Children</source>
      <translation type="unfinished">Plant</translation>
    </message>
    <message>
      <source>Close case</source>
      <translation type="unfinished">Cau'r achos</translation>
    </message>
    <message>
      <source>Close this workspace</source>
      <translation type="unfinished">Cau'r gweithle hwn</translation>
    </message>
    <message>
      <source>Close this workspace (the case stays open)</source>
      <translation type="unfinished">Cau'r gweithle hwn (mae'r achos yn aros ar agor)</translation>
    </message>
    <message>
      <source>Conferences and lead professional</source>
      <translation type="unfinished">Cynadleddau a gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>Contact against the required cadence</source>
      <translation type="unfinished">Cyswllt o'i gymharu â'r amlder gofynnol</translation>
    </message>
    <message>
      <source>Contingency and seeing…</source>
      <translation type="unfinished">Wrth gefn a gweld y plentyn…</translation>
    </message>
    <message>
      <source>Convene a core group</source>
      <translation type="unfinished">Cynnull grŵp craidd</translation>
    </message>
    <message>
      <source>Convene core group…</source>
      <translation type="unfinished">Cynnull y grŵp craidd…</translation>
    </message>
    <message>
      <source>Core group</source>
      <translation type="unfinished">Grŵp craidd</translation>
    </message>
    <message>
      <source>Core group members</source>
      <translation type="unfinished">Aelodau'r grŵp craidd</translation>
    </message>
    <message>
      <source>Created</source>
      <translation type="unfinished">Crëwyd</translation>
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
      <source>Disagreements</source>
      <translation type="unfinished">Anghytundebau</translation>
    </message>
    <message>
      <source>Disagreements and events</source>
      <translation type="unfinished">Anghytundebau a digwyddiadau</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation type="unfinished">Dogfennau</translation>
    </message>
    <message>
      <source>Documents produced</source>
      <translation type="unfinished">Dogfennau a gynhyrchwyd</translation>
    </message>
    <message>
      <source>Draft saved</source>
      <translation type="unfinished">Drafft wedi'i gadw</translation>
    </message>
    <message>
      <source>Due for this case</source>
      <translation type="unfinished">Yn ddyledus ar gyfer yr achos hwn</translation>
    </message>
    <message>
      <source>Edit the contingency plan and how the child will be seen</source>
      <translation type="unfinished">Golygu'r cynllun wrth gefn a sut y gwelir y plentyn</translation>
    </message>
    <message>
      <source>Escalated to</source>
      <translation type="unfinished">Uwchgyfeiriwyd at</translation>
    </message>
    <message>
      <source>File</source>
      <translation type="unfinished">Ffeil</translation>
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished">Fformat</translation>
    </message>
    <message>
      <source>History</source>
      <translation type="unfinished">Hanes</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished">Math</translation>
    </message>
    <message>
      <source>LP absence and cover…</source>
      <translation type="unfinished">Absenoldeb a chyflenwi…</translation>
    </message>
    <message>
      <source>LP: {name}</source>
      <translation type="unfinished">Gweithiwr arweiniol: {name}</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished">Wrthi'n llwytho…</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation type="unfinished">Cyfarfodydd</translation>
    </message>
    <message>
      <source>More</source>
      <translation type="unfinished">Mwy</translation>
    </message>
    <message>
      <source>More actions</source>
      <translation type="unfinished">Rhagor o gamau</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">Enw</translation>
    </message>
    <message>
      <source>No.</source>
      <translation type="unfinished">Rhif</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished">Nodiadau</translation>
    </message>
    <message>
      <source>Observations</source>
      <translation type="unfinished">Sylwadau</translation>
    </message>
    <message>
      <source>Open minutes…</source>
      <translation type="unfinished">Agor y cofnodion…</translation>
    </message>
    <message>
      <source>Open the selected meeting's minutes</source>
      <translation type="unfinished">Agor cofnodion y cyfarfod a ddewiswyd</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
      <source>Outcomes and actions…</source>
      <translation type="unfinished">Canlyniadau a chamau gweithredu…</translation>
    </message>
    <message>
      <source>Overview</source>
      <translation type="unfinished">Trosolwg</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation type="unfinished">Cynllun</translation>
    </message>
    <message>
      <source>Plan actions</source>
      <translation type="unfinished">Camau gweithredu'r cynllun</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation type="unfinished">Cynnydd</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation type="unfinished">Codwyd</translation>
    </message>
    <message>
      <source>Receives by</source>
      <translation type="unfinished">Yn derbyn drwy</translation>
    </message>
    <message>
      <source>Record a disagreement…</source>
      <translation type="unfinished">Cofnodi anghytundeb…</translation>
    </message>
    <message>
      <source>Record a visit</source>
      <translation type="unfinished">Cofnodi ymweliad</translation>
    </message>
    <message>
      <source>Record visit…</source>
      <translation type="unfinished">Cofnodi ymweliad…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation type="unfinished">Adnewyddu</translation>
    </message>
    <message>
      <source>Refresh the case</source>
      <translation type="unfinished">Adnewyddu'r achos</translation>
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished">Rôl</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save a version of the plan</source>
      <translation type="unfinished">Cadw fersiwn o'r cynllun</translation>
    </message>
    <message>
      <source>Save a version…</source>
      <translation type="unfinished">Cadw fersiwn…</translation>
    </message>
    <message>
      <source>Seen alone</source>
      <translation type="unfinished">Gwelwyd ar ei ben ei hun</translation>
    </message>
    <message>
      <source>Significant event</source>
      <translation type="unfinished">Digwyddiad arwyddocaol</translation>
    </message>
    <message>
      <source>Significant events</source>
      <translation type="unfinished">Digwyddiadau arwyddocaol</translation>
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished">Statws</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation type="unfinished">Pwnc</translation>
    </message>
    <message>
      <source>The case could not be loaded.</source>
      <translation type="unfinished">Nid oedd modd llwytho'r achos.</translation>
    </message>
    <message>
      <source>Update the selected action's progress</source>
      <translation type="unfinished">Diweddaru cynnydd y cam gweithredu a ddewiswyd</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation type="unfinished">Ymwelydd</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation type="unfinished">Ymweliadau</translation>
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished">Pryd</translation>
    </message>
    <message>
      <source>Who</source>
      <translation type="unfinished">Pwy</translation>
    </message>
    <message>
      <source>no lead professional</source>
      <translation type="unfinished">dim gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>page_hint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>page_title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>primary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>section_title</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseloadModel</name>
    <message>
      <source>%n due soon</source>
      <translation type="unfinished">%n yn ddyledus yn fuan</translation>
    </message>
    <message>
      <source>%n overdue</source>
      <translation type="unfinished">%n yn hwyr</translation>
    </message>
    <message>
      <source>Case</source>
      <translation type="unfinished">Achos</translation>
    </message>
    <message>
      <source>Children</source>
      <translation type="unfinished">Plant</translation>
    </message>
    <message>
      <source>Lead professional</source>
      <translation type="unfinished">Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation type="unfinished">Nesaf yn ddyledus</translation>
    </message>
    <message>
      <source>On track</source>
      <translation type="unfinished">Ar y trywydd iawn</translation>
    </message>
    <message>
      <source>Plan profile</source>
      <translation type="unfinished">Proffil y cynllun</translation>
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished">Statws</translation>
    </message>
  </context>
  <context>
    <name>CaseloadView</name>
    <message>
      <source>%n open case</source>
      <translation type="unfinished">%n achos agored</translation>
    </message>
    <message>
      <source>%n open cases</source>
      <translation type="unfinished">%n achos agored</translation>
    </message>
    <message>
      <source>%n with something due soon</source>
      <translation type="unfinished">%n â rhywbeth yn ddyledus yn fuan</translation>
    </message>
    <message>
      <source>%n with something overdue</source>
      <translation type="unfinished">%n â rhywbeth yn hwyr</translation>
    </message>
    <message>
      <source>Caseload</source>
      <translation type="unfinished">Llwyth achosion</translation>
    </message>
    <message>
      <source>Filter by case, child or lead professional</source>
      <translation type="unfinished">Hidlo yn ôl achos, plentyn neu weithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>Filter the caseload</source>
      <translation type="unfinished">Hidlo'r llwyth achosion</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished">Wrthi'n llwytho…</translation>
    </message>
    <message>
      <source>My caseload</source>
      <translation type="unfinished">Fy llwyth achosion</translation>
    </message>
    <message>
      <source>My cases</source>
      <translation type="unfinished">Fy achosion</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation type="unfinished">Achos newydd…</translation>
    </message>
    <message>
      <source>Open case</source>
      <translation type="unfinished">Agor achos</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation type="unfinished">Wrthi'n agor y gronfa ddata…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation type="unfinished">Adnewyddu</translation>
    </message>
    <message>
      <source>Start a case from the initial conference</source>
      <translation type="unfinished">Dechrau achos o'r gynhadledd gychwynnol</translation>
    </message>
    <message>
      <source>Team caseload</source>
      <translation type="unfinished">Llwyth achosion y tîm</translation>
    </message>
    <message>
      <source>The caseload could not be loaded.</source>
      <translation type="unfinished">Nid oedd modd llwytho'r llwyth achosion.</translation>
    </message>
    <message>
      <source>W&amp;hose cases:</source>
      <translation type="unfinished">&amp;Achosion pwy:</translation>
    </message>
    <message>
      <source>Whole team</source>
      <translation type="unfinished">Y tîm cyfan</translation>
    </message>
    <message>
      <source>Whose cases</source>
      <translation type="unfinished">Achosion pwy</translation>
    </message>
    <message>
      <source>double-click a case to open it</source>
      <translation type="unfinished">cliciwch ddwywaith ar achos i'w agor</translation>
    </message>
  </context>
  <context>
    <name>ChairView</name>
    <message>
      <source>%n report awaiting your review</source>
      <translation type="unfinished">%n adroddiad yn aros am eich adolygiad</translation>
    </message>
    <message>
      <source>%n reports awaiting your review</source>
      <translation type="unfinished">%n adroddiad yn aros am eich adolygiad</translation>
    </message>
    <message>
      <source>Accept report</source>
      <translation type="unfinished">Derbyn yr adroddiad</translation>
    </message>
    <message>
      <source>Accept this report?</source>
      <translation type="unfinished">Derbyn yr adroddiad hwn?</translation>
    </message>
    <message>
      <source>Ask for changes</source>
      <translation type="unfinished">Gofyn am newidiadau</translation>
    </message>
    <message>
      <source>Ask for changes?</source>
      <translation type="unfinished">Gofyn am newidiadau?</translation>
    </message>
    <message>
      <source>Awaiting review</source>
      <translation type="unfinished">Yn aros am adolygiad</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished">Canslo</translation>
    </message>
    <message>
      <source>Choose a report to read it here.</source>
      <translation type="unfinished">Dewiswch adroddiad i'w ddarllen yma.</translation>
    </message>
    <message>
      <source>Comment saved.</source>
      <translation type="unfinished">Sylw wedi'i gadw.</translation>
    </message>
    <message>
      <source>Comments on the report</source>
      <translation type="unfinished">Sylwadau ar yr adroddiad</translation>
    </message>
    <message>
      <source>Comments: say what needs to change.</source>
      <translation type="unfinished">Sylwadau: dywedwch beth sydd angen ei newid.</translation>
    </message>
    <message>
      <source>Disagreements escalated to you</source>
      <translation type="unfinished">Anghytundebau a uwchgyfeiriwyd atoch</translation>
    </message>
    <message>
      <source>Disagreements escalated to you ({n} open)</source>
      <translation type="unfinished">Anghytundebau a uwchgyfeiriwyd atoch ({n} ar agor)</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished">Wrthi'n llwytho…</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation type="unfinished">Wrthi'n agor y gronfa ddata…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation type="unfinished">Adnewyddu</translation>
    </message>
    <message>
      <source>Refresh the reports awaiting review</source>
      <translation type="unfinished">Adnewyddu'r adroddiadau sy'n aros am adolygiad</translation>
    </message>
    <message>
      <source>Report accepted.</source>
      <translation type="unfinished">Adroddiad wedi'i dderbyn.</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation type="unfinished">Adroddiadau</translation>
    </message>
    <message>
      <source>Reports already reviewed</source>
      <translation type="unfinished">Adroddiadau a adolygwyd eisoes</translation>
    </message>
    <message>
      <source>Reports are reviewed here by conference chairs.</source>
      <translation type="unfinished">Mae cadeiryddion cynadleddau yn adolygu adroddiadau yma.</translation>
    </message>
    <message>
      <source>Reports awaiting review</source>
      <translation type="unfinished">Adroddiadau sy'n aros am adolygiad</translation>
    </message>
    <message>
      <source>Reports to review</source>
      <translation type="unfinished">Adroddiadau i'w hadolygu</translation>
    </message>
    <message>
      <source>Request changes</source>
      <translation type="unfinished">Gofyn am newidiadau</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation type="unfinished">Adolygwyd</translation>
    </message>
    <message>
      <source>Reviewed ({n})</source>
      <translation type="unfinished">Adolygwyd ({n})</translation>
    </message>
    <message>
      <source>Save comment</source>
      <translation type="unfinished">Cadw sylw</translation>
    </message>
    <message>
      <source>Sent back to the lead professional for changes.</source>
      <translation type="unfinished">Anfonwyd yn ôl at y gweithiwr proffesiynol arweiniol am newidiadau.</translation>
    </message>
    <message>
      <source>The report and its case (read only)</source>
      <translation type="unfinished">Yr adroddiad a'i achos (darllen yn unig)</translation>
    </message>
    <message>
      <source>The report goes back to the lead professional with your comments. They will revise it and send it to you again.</source>
      <translation type="unfinished">Mae'r adroddiad yn mynd yn ôl at y gweithiwr proffesiynol arweiniol gyda'ch sylwadau. Byddant yn ei ddiwygio ac yn ei anfon atoch eto.</translation>
    </message>
    <message>
      <source>The report is accepted for the review conference and can no longer be changed. The lead professional sees that you accepted it, with your comments.</source>
      <translation type="unfinished">Derbynnir yr adroddiad ar gyfer y gynhadledd adolygu ac ni ellir ei newid mwyach. Mae'r gweithiwr proffesiynol arweiniol yn gweld eich bod wedi'i dderbyn, gyda'ch sylwadau.</translation>
    </message>
    <message>
      <source>The reports could not be loaded.</source>
      <translation type="unfinished">Nid oedd modd llwytho'r adroddiadau.</translation>
    </message>
    <message>
      <source>Your comments (the lead professional sees them)</source>
      <translation type="unfinished">Eich sylwadau (mae'r gweithiwr proffesiynol arweiniol yn eu gweld)</translation>
    </message>
    <message>
      <source>choose one to read the case and the report</source>
      <translation type="unfinished">dewiswch un i ddarllen yr achos a'r adroddiad</translation>
    </message>
  </context>
  <context>
    <name>CirculatePage</name>
    <message>
      <source>&amp;Language:</source>
      <translation type="unfinished">&amp;Iaith:</translation>
    </message>
    <message>
      <source>&amp;Produce as:</source>
      <translation type="unfinished">&amp;Cynhyrchu fel:</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished">Canslo</translation>
    </message>
    <message>
      <source>Cancel producing the pack</source>
      <translation type="unfinished">Canslo cynhyrchu'r pecyn</translation>
    </message>
    <message>
      <source>Cancelled. Nothing half-done was kept.</source>
      <translation type="unfinished">Wedi'i ganslo. Ni chadwyd dim byd hanner gorffenedig.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation type="unfinished">Wrthi'n canslo…</translation>
    </message>
    <message>
      <source>Check each recipient and exactly what they will get. Restricted sections and withheld addresses are removed before anything is rendered.</source>
      <translation type="unfinished">Gwiriwch bob derbynnydd a'r union beth y byddant yn ei gael. Caiff adrannau cyfyngedig a chyfeiriadau a ddaliwyd yn ôl eu dileu cyn creu dim.</translation>
    </message>
    <message>
      <source>Choose folder…</source>
      <translation type="unfinished">Dewis ffolder…</translation>
    </message>
    <message>
      <source>Circulate</source>
      <translation type="unfinished">Dosbarthu</translation>
    </message>
    <message>
      <source>Circulated on {day}: every recipient has been reached.</source>
      <translation type="unfinished">Dosbarthwyd ar {day}: mae pob derbynnydd wedi'i gyrraedd.</translation>
    </message>
    <message>
      <source>Folder for the pack</source>
      <translation type="unfinished">Ffolder ar gyfer y pecyn</translation>
    </message>
    <message>
      <source>Gets</source>
      <translation type="unfinished">Yn cael</translation>
    </message>
    <message>
      <source>How</source>
      <translation type="unfinished">Sut</translation>
    </message>
    <message>
      <source>How the pack is produced</source>
      <translation type="unfinished">Sut y cynhyrchir y pecyn</translation>
    </message>
    <message>
      <source>Language of the pack</source>
      <translation type="unfinished">Iaith y pecyn</translation>
    </message>
    <message>
      <source>Mark sent, posted or handed</source>
      <translation type="unfinished">Nodi wedi'i anfon, ei bostio neu ei roi</translation>
    </message>
    <message>
      <source>Mark the chosen recipients reached today</source>
      <translation type="unfinished">Nodi bod y derbynwyr a ddewiswyd wedi'u cyrraedd heddiw</translation>
    </message>
    <message>
      <source>Marked as reached today.</source>
      <translation type="unfinished">Nodwyd eu bod wedi'u cyrraedd heddiw.</translation>
    </message>
    <message>
      <source>Nobody to send to.</source>
      <translation type="unfinished">Neb i anfon ato.</translation>
    </message>
    <message>
      <source>None</source>
      <translation type="unfinished">Dim</translation>
    </message>
    <message>
      <source>Not circulated yet. Still to be reached: {who}.</source>
      <translation type="unfinished">Heb ei ddosbarthu eto. I'w cyrraedd o hyd: {who}.</translation>
    </message>
    <message>
      <source>Not sent: {reason}</source>
      <translation type="unfinished">Heb ei anfon: {reason}</translation>
    </message>
    <message>
      <source>Nothing removed</source>
      <translation type="unfinished">Dim wedi'i ddileu</translation>
    </message>
    <message>
      <source>Only approved minutes can be circulated.</source>
      <translation type="unfinished">Dim ond cofnodion a gymeradwywyd y gellir eu dosbarthu.</translation>
    </message>
    <message>
      <source>Pack progress</source>
      <translation type="unfinished">Cynnydd y pecyn</translation>
    </message>
    <message>
      <source>Pack ready: {n} files. Give each password by phone or text, never by email. Mark each recipient once their documents are sent, posted or handed over.</source>
      <translation type="unfinished">Mae'r pecyn yn barod: {n} ffeil. Rhowch bob cyfrinair dros y ffôn neu drwy neges destun, byth drwy e-bost. Nodwch bob derbynnydd unwaith y bydd eu dogfennau wedi'u hanfon, eu postio neu eu rhoi iddynt.</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation type="unfinished">Problemau</translation>
    </message>
    <message>
      <source>Produce the pack</source>
      <translation type="unfinished">Cynhyrchu'r pecyn</translation>
    </message>
    <message>
      <source>Producing the pack…</source>
      <translation type="unfinished">Yn cynhyrchu'r pecyn…</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation type="unfinished">Derbynnydd</translation>
    </message>
    <message>
      <source>Recipients and what each receives</source>
      <translation type="unfinished">Derbynwyr a'r hyn y mae pob un yn ei gael</translation>
    </message>
    <message>
      <source>Record not sent</source>
      <translation type="unfinished">Cofnodi heb ei anfon</translation>
    </message>
    <message>
      <source>Recorded as not sent, with the reason.</source>
      <translation type="unfinished">Cofnodwyd nad anfonwyd, gyda'r rheswm.</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation type="unfinished">Wedi'i ddileu</translation>
    </message>
    <message>
      <source>Resolve these first, or record why they are not sent: {names}.</source>
      <translation type="unfinished">Datryswch y rhain yn gyntaf, neu cofnodwch pam nad ydynt yn cael eu hanfon: {names}.</translation>
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished">Rôl</translation>
    </message>
    <message>
      <source>Save the summary</source>
      <translation type="unfinished">Cadw'r crynodeb</translation>
    </message>
    <message>
      <source>Summary for the excluded parent</source>
      <translation type="unfinished">Crynodeb i'r rhiant sydd wedi'i eithrio</translation>
    </message>
    <message>
      <source>Summary saved. Check the letter below: it is exactly what they will get.</source>
      <translation type="unfinished">Crynodeb wedi'i gadw. Gwiriwch y llythyr isod: dyma'r union beth y byddant yn ei gael.</translation>
    </message>
    <message>
      <source>The letter exactly as it will be sent</source>
      <translation type="unfinished">Y llythyr yn union fel y caiff ei anfon</translation>
    </message>
    <message>
      <source>Where it stands</source>
      <translation type="unfinished">Lle mae pethau</translation>
    </message>
    <message>
      <source>Why the chosen recipient is not sent</source>
      <translation type="unfinished">Pam nad anfonir at y derbynnydd a ddewiswyd</translation>
    </message>
    <message>
      <source>Why they are not sent</source>
      <translation type="unfinished">Pam nad ydynt yn cael eu hanfon</translation>
    </message>
    <message>
      <source>Why they are not sent: say why, then record it.</source>
      <translation type="unfinished">Pam nad ydynt yn cael eu hanfon: dywedwch pam, yna cofnodwch hynny.</translation>
    </message>
    <message>
      <source>Working out who receives what…</source>
      <translation type="unfinished">Yn cyfrifo pwy sy'n cael beth…</translation>
    </message>
    <message>
      <source>Write what this parent may be told of the discussions and outcomes.</source>
      <translation type="unfinished">Ysgrifennwch yr hyn y caiff y rhiant hwn ei glywed am y trafodaethau a'r canlyniadau.</translation>
    </message>
    <message>
      <source>{n} recipients; nothing produced yet.</source>
      <translation type="unfinished">{n} derbynnydd; dim wedi'i gynhyrchu eto.</translation>
    </message>
  </context>
  <context>
    <name>CirculationCheckDialog</name>
    <message>
      <source>Check each recipient, how they are reached, exactly which documents they get and what is removed for them. Highlighted recipients have a problem and are not sent.</source>
      <translation type="unfinished">Gwiriwch bob derbynnydd, sut y'u cyrhaeddir, yn union pa ddogfennau y maen nhw'n eu cael a beth sy'n cael ei ddileu ar eu cyfer. Mae problem gan y derbynwyr a amlygwyd ac nid anfonir atynt.</translation>
    </message>
    <message>
      <source>Confirm and produce</source>
      <translation type="unfinished">Cadarnhau a chynhyrchu</translation>
    </message>
    <message>
      <source>Final check before circulating</source>
      <translation type="unfinished">Gwiriad olaf cyn dosbarthu</translation>
    </message>
    <message>
      <source>Recipients to check</source>
      <translation type="unfinished">Derbynwyr i'w gwirio</translation>
    </message>
    <message>
      <source>{meetings} meetings · {people} recipients · {blocked} with problems</source>
      <translation type="unfinished">{meetings} cyfarfod · {people} derbynnydd · {blocked} â phroblemau</translation>
    </message>
  </context>
  <context>
    <name>ComplianceCasesDialog</name>
    <message>
      <source>Case</source>
      <translation type="unfinished">Achos</translation>
    </message>
    <message>
      <source>Cases that count against this figure</source>
      <translation type="unfinished">Achosion sy'n cyfrif yn erbyn y ffigur hwn</translation>
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished">Yn ddyledus</translation>
    </message>
    <message>
      <source>Lead professional</source>
      <translation type="unfinished">Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>Missed</source>
      <translation type="unfinished">Wedi'i fethu</translation>
    </message>
    <message>
      <source>No case missed this timescale in the period.</source>
      <translation type="unfinished">Ni fethodd unrhyw achos yr amserlen hon yn y cyfnod.</translation>
    </message>
    <message>
      <source>Nobody allocated</source>
      <translation type="unfinished">Neb wedi'i ddyrannu</translation>
    </message>
    <message>
      <source>On time</source>
      <translation type="unfinished">Ar amser</translation>
    </message>
    <message>
      <source>Press Enter or double-click a case to open it.</source>
      <translation type="unfinished">Pwyswch Enter neu cliciwch ddwywaith ar achos i'w agor.</translation>
    </message>
    <message>
      <source>the whole team</source>
      <translation type="unfinished">y tîm cyfan</translation>
    </message>
    <message>
      <source>{measure}: {who}</source>
      <translation type="unfinished">{measure}: {who}</translation>
    </message>
    <message>
      <source>{n} of {d} on time</source>
      <translation type="unfinished">{n} o {d} ar amser</translation>
    </message>
  </context>
  <context>
    <name>ConferenceDialog</name>
    <message>
      <source>(as scheduled)</source>
      <translation type="unfinished">(fel y'i trefnwyd)</translation>
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished">Categori</translation>
    </message>
    <message>
      <source>Chaired by</source>
      <translation type="unfinished">Cadeiriwyd gan</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation type="unfinished">Penderfyniad</translation>
    </message>
    <message>
      <source>End the plan?</source>
      <translation type="unfinished">Dod â'r cynllun i ben?</translation>
    </message>
    <message>
      <source>Give the date the conference was held.</source>
      <translation type="unfinished">Rhowch y dyddiad y cynhaliwyd y gynhadledd.</translation>
    </message>
    <message>
      <source>Held on</source>
      <translation type="unfinished">Cynhaliwyd ar</translation>
    </message>
    <message>
      <source>Next review on</source>
      <translation type="unfinished">Yr adolygiad nesaf ar</translation>
    </message>
    <message>
      <source>Record a review conference</source>
      <translation type="unfinished">Cofnodi cynhadledd adolygu</translation>
    </message>
    <message>
      <source>Review recorded; the next review is on {date}.</source>
      <translation type="unfinished">Adolygiad wedi'i gofnodi; mae'r adolygiad nesaf ar {date}.</translation>
    </message>
    <message>
      <source>Review recorded; the plan ended and the case is closed.</source>
      <translation type="unfinished">Adolygiad wedi'i gofnodi; daeth y cynllun i ben ac mae'r achos wedi cau.</translation>
    </message>
    <message>
      <source>The plan ends and case {reference} closes on {date}. It leaves the due list and its records become read-only. This cannot be undone here.</source>
      <translation type="unfinished">Mae'r cynllun yn dod i ben ac mae achos {reference} yn cau ar {date}. Mae'n gadael y rhestr ddyledus a bydd ei gofnodion yn rhai darllen yn unig. Ni ellir dadwneud hyn yma.</translation>
    </message>
    <message>
      <source>The plan was not ended.</source>
      <translation type="unfinished">Ni ddaeth y cynllun i ben.</translation>
    </message>
    <message>
      <source>Why the plan ends</source>
      <translation type="unfinished">Pam mae'r cynllun yn dod i ben</translation>
    </message>
  </context>
  <context>
    <name>ConvenePage</name>
    <message>
      <source>A chair and a minute taker are two professionals of the core group: add the professionals to the core group before convening.</source>
      <translation type="unfinished">Mae'r cadeirydd a'r cofnodwr yn ddau weithiwr proffesiynol o'r grŵp craidd: ychwanegwch y gweithwyr proffesiynol at y grŵp craidd cyn cynnull.</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation type="unfinished">Cadeirydd</translation>
    </message>
    <message>
      <source>Choose a date by the due date. The core group is invited; the minute taker is not the chair.</source>
      <translation type="unfinished">Dewiswch ddyddiad erbyn y dyddiad dyledus. Gwahoddir y grŵp craidd; nid y cadeirydd yw'r cofnodwr.</translation>
    </message>
    <message>
      <source>Convene and minute &gt;</source>
      <translation type="unfinished">Cynnull a chofnodi &gt;</translation>
    </message>
    <message>
      <source>Convene the core group</source>
      <translation type="unfinished">Cynnull y grŵp craidd</translation>
    </message>
    <message>
      <source>Convened for {when}</source>
      <translation type="unfinished">Wedi'i gynnull ar gyfer {when}</translation>
    </message>
    <message>
      <source>Convening…</source>
      <translation type="unfinished">Yn cynnull…</translation>
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation type="unfinished">Wedi'i wahodd</translation>
    </message>
    <message>
      <source>Meeting date</source>
      <translation type="unfinished">Dyddiad y cyfarfod</translation>
    </message>
    <message>
      <source>Meeting time</source>
      <translation type="unfinished">Amser y cyfarfod</translation>
    </message>
    <message>
      <source>Minute taker</source>
      <translation type="unfinished">Cofnodwr</translation>
    </message>
    <message>
      <source>Suggested dates</source>
      <translation type="unfinished">Dyddiadau a awgrymir</translation>
    </message>
    <message>
      <source>Suggested dates, each with its reason</source>
      <translation type="unfinished">Dyddiadau a awgrymir, pob un gyda'i reswm</translation>
    </message>
    <message>
      <source>The first core group is chaired by the lead professional's line manager, and no line manager is recorded for {name}. The team manager records it: on the Team oversight page, press Team…, choose {name}, then Line manager…. Then come back here to convene.</source>
      <translation type="unfinished">Rheolwr llinell y gweithiwr proffesiynol arweiniol sy'n cadeirio'r grŵp craidd cyntaf, ac nid oes rheolwr llinell wedi'i gofnodi ar gyfer {name}. Y rheolwr tîm sy'n ei gofnodi: ar y dudalen Goruchwylio'r tîm, pwyswch Tîm…, dewiswch {name}, yna Rheolwr llinell…. Yna dewch yn ôl yma i gynnull y cyfarfod.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation type="unfinished">Amser</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
      <source>Who is invited</source>
      <translation type="unfinished">Pwy a wahoddir</translation>
    </message>
    <message>
      <source>Working out the due date…</source>
      <translation type="unfinished">Yn cyfrifo'r dyddiad dyledus…</translation>
    </message>
    <message>
      <source>e.g. family home, school, family centre</source>
      <translation type="unfinished">e.e. cartref y teulu, ysgol, canolfan deulu</translation>
    </message>
    <message>
      <source>excluded: not invited, receives a summary</source>
      <translation type="unfinished">wedi'i eithrio: heb ei wahodd, yn cael crynodeb</translation>
    </message>
    <message>
      <source>the lead professional</source>
      <translation type="unfinished">y gweithiwr proffesiynol arweiniol</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>Date</source>
      <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
      <source>dd/mm/yyyy</source>
      <translation type="unfinished">dd/mm/bbbb</translation>
    </message>
    <message>
      <source>e.g. 17/12/2026</source>
      <translation type="unfinished">e.e. 17/12/2026</translation>
    </message>
    <message>
      <source>{field}: not a date; type it as 17/12/2026 or 17 Dec 2026</source>
      <translation type="unfinished">{field}: nid yw'n ddyddiad; teipiwch ef fel 17/12/2026 neu 17 Rhag 2026</translation>
    </message>
    <message>
      <source>{label}: type a date like 17/12/2026.</source>
      <translation type="unfinished">{label}: teipiwch ddyddiad fel 17/12/2026.</translation>
    </message>
  </context>
  <context>
    <name>DateTimeField</name>
    <message>
      <source>e.g. 17/12/2026 13:30</source>
      <translation type="unfinished">e.e. 17/12/2026 13:30</translation>
    </message>
    <message>
      <source>{label}: type a date and time like 17/12/2026 13:30.</source>
      <translation type="unfinished">{label}: teipiwch ddyddiad ac amser fel 17/12/2026 13:30.</translation>
    </message>
  </context>
  <context>
    <name>DisagreementDialog</name>
    <message>
      <source>(choose a person)</source>
      <translation type="unfinished">(dewiswch berson)</translation>
    </message>
    <message>
      <source>About</source>
      <translation type="unfinished">Ynghylch</translation>
    </message>
    <message>
      <source>Add a position</source>
      <translation type="unfinished">Ychwanegu safbwynt</translation>
    </message>
    <message>
      <source>Add another person's position</source>
      <translation type="unfinished">Ychwanegu safbwynt person arall</translation>
    </message>
    <message>
      <source>Choose the person for each position.</source>
      <translation type="unfinished">Dewiswch y person ar gyfer pob safbwynt.</translation>
    </message>
    <message>
      <source>Date raised</source>
      <translation type="unfinished">Dyddiad ei godi</translation>
    </message>
    <message>
      <source>Every published template requires disagreement and dissent in the written record: who disagrees with what, and each position.</source>
      <translation type="unfinished">Mae pob templed cyhoeddedig yn gofyn am gofnodi anghytundeb ac anghydsyniad yn y cofnod ysgrifenedig: pwy sy'n anghytuno â beth, a phob safbwynt.</translation>
    </message>
    <message>
      <source>Person holding position {n}</source>
      <translation type="unfinished">Y person sydd â safbwynt {n}</translation>
    </message>
    <message>
      <source>Position {n}</source>
      <translation type="unfinished">Safbwynt {n}</translation>
    </message>
    <message>
      <source>Positions</source>
      <translation type="unfinished">Safbwyntiau</translation>
    </message>
    <message>
      <source>Raised on</source>
      <translation type="unfinished">Codwyd ar</translation>
    </message>
    <message>
      <source>Record a disagreement: {reference}</source>
      <translation type="unfinished">Cofnodi anghytundeb: {reference}</translation>
    </message>
    <message>
      <source>Their position, in their words</source>
      <translation type="unfinished">Eu safbwynt, yn eu geiriau eu hunain</translation>
    </message>
    <message>
      <source>What the disagreement is about</source>
      <translation type="unfinished">Beth yw testun yr anghytundeb</translation>
    </message>
  </context>
  <context>
    <name>DisagreementsPanel</name>
    <message>
      <source>Cancel</source>
      <translation type="unfinished">Canslo</translation>
    </message>
    <message>
      <source>Case {reference}</source>
      <translation type="unfinished">Achos {reference}</translation>
    </message>
    <message>
      <source>Disagreements escalated to you</source>
      <translation type="unfinished">Anghytundebau a uwchgyfeiriwyd atoch</translation>
    </message>
    <message>
      <source>Positions</source>
      <translation type="unfinished">Safbwyntiau</translation>
    </message>
    <message>
      <source>Record resolution</source>
      <translation type="unfinished">Cofnodi'r datrysiad</translation>
    </message>
    <message>
      <source>Record this resolution?</source>
      <translation type="unfinished">Cofnodi'r datrysiad hwn?</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation type="unfinished">Datrysiad</translation>
    </message>
    <message>
      <source>The disagreement and each position</source>
      <translation type="unfinished">Yr anghytundeb a phob safbwynt</translation>
    </message>
    <message>
      <source>The disagreement is closed with your resolution. The lead professional and the core group see it on the case and in its records.</source>
      <translation type="unfinished">Caiff yr anghytundeb ei gau gyda'ch datrysiad. Mae'r gweithiwr proffesiynol arweiniol a'r grŵp craidd yn ei weld ar yr achos ac yn ei gofnodion.</translation>
    </message>
    <message>
      <source>Your &amp;resolution (the core group sees it)</source>
      <translation type="unfinished">Eich &amp;datrysiad (mae'r grŵp craidd yn ei weld)</translation>
    </message>
    <message>
      <source>Your resolution</source>
      <translation type="unfinished">Eich datrysiad</translation>
    </message>
    <message>
      <source>Your resolution: say what was decided.</source>
      <translation type="unfinished">Eich datrysiad: dywedwch beth a benderfynwyd.</translation>
    </message>
    <message>
      <source>escalated to you {date}</source>
      <translation type="unfinished">uwchgyfeiriwyd atoch {date}</translation>
    </message>
    <message>
      <source>raised {date}</source>
      <translation type="unfinished">codwyd {date}</translation>
    </message>
  </context>
  <context>
    <name>DistributionDialog</name>
    <message>
      <source>By</source>
      <translation type="unfinished">Gan</translation>
    </message>
    <message>
      <source>Choose the recipients and say what went wrong.</source>
      <translation type="unfinished">Dewiswch y derbynwyr a dywedwch beth aeth o'i le.</translation>
    </message>
    <message>
      <source>Choose the recipients who were reached.</source>
      <translation type="unfinished">Dewiswch y derbynwyr a gyrhaeddwyd.</translation>
    </message>
    <message>
      <source>Circulated on {day}: every recipient has been reached.</source>
      <translation type="unfinished">Dosbarthwyd ar {day}: mae pob derbynnydd wedi'i gyrraedd.</translation>
    </message>
    <message>
      <source>Distribution record: {what}</source>
      <translation type="unfinished">Cofnod dosbarthu: {what}</translation>
    </message>
    <message>
      <source>Document</source>
      <translation type="unfinished">Dogfen</translation>
    </message>
    <message>
      <source>Every item and where it stands</source>
      <translation type="unfinished">Pob eitem a lle mae'n sefyll</translation>
    </message>
    <message>
      <source>How</source>
      <translation type="unfinished">Sut</translation>
    </message>
    <message>
      <source>Mark failed</source>
      <translation type="unfinished">Nodi iddo fethu</translation>
    </message>
    <message>
      <source>Mark sent, posted or handed</source>
      <translation type="unfinished">Nodi iddo gael ei anfon, ei bostio neu ei roi â llaw</translation>
    </message>
    <message>
      <source>Mark the chosen recipients reached today</source>
      <translation type="unfinished">Nodi bod y derbynwyr a ddewiswyd wedi'u cyrraedd heddiw</translation>
    </message>
    <message>
      <source>No recipients.</source>
      <translation type="unfinished">Dim derbynwyr.</translation>
    </message>
    <message>
      <source>None yet</source>
      <translation type="unfinished">Dim eto</translation>
    </message>
    <message>
      <source>Not circulated yet. Still to be reached: {who}.</source>
      <translation type="unfinished">Heb ei ddosbarthu eto. I'w cyrraedd o hyd: {who}.</translation>
    </message>
    <message>
      <source>Nothing yet</source>
      <translation type="unfinished">Dim byd eto</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation type="unfinished">PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Print…</source>
      <translation type="unfinished">Argraffu…</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation type="unfinished">Derbynnydd</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the distribution record</source>
      <translation type="unfinished">Cadw'r cofnod dosbarthu</translation>
    </message>
    <message>
      <source>Save the distribution record as a PDF</source>
      <translation type="unfinished">Cadw'r cofnod dosbarthu fel PDF</translation>
    </message>
    <message>
      <source>State</source>
      <translation type="unfinished">Cyflwr</translation>
    </message>
    <message>
      <source>What went wrong</source>
      <translation type="unfinished">Beth aeth o'i le</translation>
    </message>
    <message>
      <source>What went wrong (returned post, a bounce)</source>
      <translation type="unfinished">Beth aeth o'i le (post a ddychwelwyd, e-bost a wrthodwyd)</translation>
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished">Pryd</translation>
    </message>
  </context>
  <context>
    <name>DocumentsPanel</name>
    <message>
      <source>Distribution record, meeting on {day}</source>
      <translation type="unfinished">Cofnod dosbarthu, cyfarfod ar {day}</translation>
    </message>
    <message>
      <source>Document to open</source>
      <translation type="unfinished">Y ddogfen i'w hagor</translation>
    </message>
    <message>
      <source>Document:</source>
      <translation type="unfinished">Dogfen:</translation>
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished">Fformat</translation>
    </message>
    <message>
      <source>Guide for the family</source>
      <translation type="unfinished">Canllaw i'r teulu</translation>
    </message>
    <message>
      <source>Invitation to {name}, meeting on {day}</source>
      <translation type="unfinished">Gwahoddiad i {name}, cyfarfod ar {day}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation type="unfinished">Iaith</translation>
    </message>
    <message>
      <source>Making the document…</source>
      <translation type="unfinished">Yn creu'r ddogfen…</translation>
    </message>
    <message>
      <source>Minutes of {day}</source>
      <translation type="unfinished">Cofnodion {day}</translation>
    </message>
    <message>
      <source>My plan, for {child}</source>
      <translation type="unfinished">Fy nghynllun, i {child}</translation>
    </message>
    <message>
      <source>Open</source>
      <translation type="unfinished">Agor</translation>
    </message>
    <message>
      <source>Open the document in the system's viewer</source>
      <translation type="unfinished">Agor y ddogfen yng ngwyliwr y system</translation>
    </message>
    <message>
      <source>Opened {name}. The copy is removed when you close the case.</source>
      <translation type="unfinished">Agorwyd {name}. Caiff y copi ei ddileu pan fyddwch yn cau'r achos.</translation>
    </message>
    <message>
      <source>PDF</source>
      <translation type="unfinished">PDF</translation>
    </message>
    <message>
      <source>Plan change notice, version {n} of {day}</source>
      <translation type="unfinished">Hysbysiad o newid i'r cynllun, fersiwn {n} o {day}</translation>
    </message>
    <message>
      <source>Report to the review conference on {day}</source>
      <translation type="unfinished">Adroddiad i'r gynhadledd adolygu ar {day}</translation>
    </message>
    <message>
      <source>Summary for {name}, meeting on {day}</source>
      <translation type="unfinished">Crynodeb i {name}, cyfarfod ar {day}</translation>
    </message>
    <message>
      <source>The plan</source>
      <translation type="unfinished">Y cynllun</translation>
    </message>
    <message>
      <source>Visit record, {child}, {day}</source>
      <translation type="unfinished">Cofnod ymweliad, {child}, {day}</translation>
    </message>
    <message>
      <source>Word</source>
      <translation type="unfinished">Word</translation>
    </message>
    <message>
      <source>as</source>
      <translation type="unfinished">fel</translation>
    </message>
    <message>
      <source>in</source>
      <translation type="unfinished">yn</translation>
    </message>
  </context>
  <context>
    <name>DueModel</name>
    <message>
      <source>Case</source>
      <translation type="unfinished">Achos</translation>
    </message>
    <message>
      <source>Child</source>
      <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished">Yn ddyledus</translation>
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished">Statws</translation>
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished">Beth</translation>
    </message>
    <message>
      <source>Why</source>
      <translation type="unfinished">Pam</translation>
    </message>
  </context>
  <context>
    <name>DueView</name>
    <message>
      <source>%n due soon</source>
      <translation type="unfinished">%n yn ddyledus yn fuan</translation>
    </message>
    <message>
      <source>%n overdue</source>
      <translation type="unfinished">%n yn hwyr</translation>
    </message>
    <message>
      <source>&amp;Show:</source>
      <translation type="unfinished">&amp;Dangos:</translation>
    </message>
    <message>
      <source>Due and overdue</source>
      <translation type="unfinished">Yn ddyledus ac yn hwyr</translation>
    </message>
    <message>
      <source>Due list</source>
      <translation type="unfinished">Rhestr ddyledus</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation type="unfinished">Popeth</translation>
    </message>
    <message>
      <source>Filter by case, child, item or reason</source>
      <translation type="unfinished">Hidlo yn ôl achos, plentyn, eitem neu reswm</translation>
    </message>
    <message>
      <source>Filter the due list</source>
      <translation type="unfinished">Hidlo'r rhestr ddyledus</translation>
    </message>
    <message>
      <source>Loading the whole list to filter it…</source>
      <translation type="unfinished">Wrthi'n llwytho'r rhestr gyfan i'w hidlo…</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished">Wrthi'n llwytho…</translation>
    </message>
    <message>
      <source>My cases</source>
      <translation type="unfinished">Fy achosion</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation type="unfinished">Wrthi'n agor y gronfa ddata…</translation>
    </message>
    <message>
      <source>Overdue and due soon</source>
      <translation type="unfinished">Yn hwyr ac yn ddyledus cyn bo hir</translation>
    </message>
    <message>
      <source>Overdue only</source>
      <translation type="unfinished">Yn hwyr yn unig</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation type="unfinished">Adnewyddu</translation>
    </message>
    <message>
      <source>The due list could not be loaded.</source>
      <translation type="unfinished">Nid oedd modd llwytho'r rhestr ddyledus.</translation>
    </message>
    <message>
      <source>W&amp;hose cases:</source>
      <translation type="unfinished">&amp;Achosion pwy:</translation>
    </message>
    <message>
      <source>Which items</source>
      <translation type="unfinished">Pa eitemau</translation>
    </message>
    <message>
      <source>Whole team</source>
      <translation type="unfinished">Y tîm cyfan</translation>
    </message>
    <message>
      <source>Whose cases</source>
      <translation type="unfinished">Achosion pwy</translation>
    </message>
    <message>
      <source>hover an item for the rule behind it; double-click to open the case</source>
      <translation type="unfinished">hofran dros eitem i weld y rheol y tu ôl iddi; cliciwch ddwywaith i agor yr achos</translation>
    </message>
    <message>
      <source>showing the first %1 of %2; scroll for more</source>
      <translation type="unfinished">yn dangos y %1 cyntaf o %2; sgroliwch am ragor</translation>
    </message>
    <message>
      <source>showing the first %1; counting the whole list…</source>
      <translation type="unfinished">yn dangos y %1 cyntaf; wrthi'n cyfrif y rhestr gyfan…</translation>
    </message>
  </context>
  <context>
    <name>EscalationDialog</name>
    <message>
      <source>A refused visit or a child not seen opens these steps. Record each one when it is done: with whom, on what day, and the decision.</source>
      <translation type="unfinished">Mae ymweliad a wrthodwyd neu blentyn na welwyd yn agor y camau hyn. Cofnodwch bob un pan fydd wedi'i wneud: gyda phwy, ar ba ddiwrnod, a'r penderfyniad.</translation>
    </message>
    <message>
      <source>Choose the step you have completed.</source>
      <translation type="unfinished">Dewiswch y cam rydych wedi'i gwblhau.</translation>
    </message>
    <message>
      <source>Complete an escalation step</source>
      <translation type="unfinished">Cwblhau cam uwchgyfeirio</translation>
    </message>
    <message>
      <source>Day the step was done</source>
      <translation type="unfinished">Y diwrnod y cafodd y cam ei wneud</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation type="unfinished">Penderfyniad</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation type="unfinished">Gwnaed ar</translation>
    </message>
    <message>
      <source>Escalation step completed</source>
      <translation type="unfinished">Cam uwchgyfeirio wedi'i gwblhau</translation>
    </message>
    <message>
      <source>Escalation step to complete</source>
      <translation type="unfinished">Cam uwchgyfeirio i'w gwblhau</translation>
    </message>
    <message>
      <source>No escalation step is waiting on this case.</source>
      <translation type="unfinished">Nid oes cam uwchgyfeirio yn aros ar yr achos hwn.</translation>
    </message>
    <message>
      <source>Saved: {step}, done on {day}. It has left the due list.</source>
      <translation type="unfinished">Cadwyd: {step}, wedi'i wneud ar {day}. Mae wedi gadael y rhestr ddyledus.</translation>
    </message>
    <message>
      <source>Step</source>
      <translation type="unfinished">Cam</translation>
    </message>
    <message>
      <source>With whom</source>
      <translation type="unfinished">Gyda phwy</translation>
    </message>
    <message>
      <source>With whom it was discussed</source>
      <translation type="unfinished">Gyda phwy y cafodd ei drafod</translation>
    </message>
    <message>
      <source>With whom: say who the step was discussed with.</source>
      <translation type="unfinished">Gyda phwy: dywedwch gyda phwy y trafodwyd y cam.</translation>
    </message>
    <message>
      <source>With {who}. Decision: {decision}</source>
      <translation type="unfinished">Gyda {who}. Penderfyniad: {decision}</translation>
    </message>
  </context>
  <context>
    <name>EventDialog</name>
    <message>
      <source>Chair</source>
      <translation type="unfinished">Cadeirydd</translation>
    </message>
    <message>
      <source>Day the event happened</source>
      <translation type="unfinished">Y diwrnod y digwyddodd</translation>
    </message>
    <message>
      <source>Email drafts go into</source>
      <translation type="unfinished">Mae drafftiau e-bost yn mynd i</translation>
    </message>
    <message>
      <source>Email drafts go into: choose a folder.</source>
      <translation type="unfinished">Mae drafftiau e-bost yn mynd i: dewiswch ffolder.</translation>
    </message>
    <message>
      <source>Happened on</source>
      <translation type="unfinished">Digwyddodd ar</translation>
    </message>
    <message>
      <source>Lead professional</source>
      <translation type="unfinished">Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>Log a significant event</source>
      <translation type="unfinished">Cofnodi digwyddiad arwyddocaol</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation type="unfinished">Rheolwr</translation>
    </message>
    <message>
      <source>New folder for the email drafts</source>
      <translation type="unfinished">Ffolder newydd ar gyfer y drafftiau e-bost</translation>
    </message>
    <message>
      <source>Nobody was told: {reason}</source>
      <translation type="unfinished">Ni chafodd neb wybod: {reason}</translation>
    </message>
    <message>
      <source>Saved: the significant event on {day}.</source>
      <translation type="unfinished">Cadwyd: y digwyddiad arwyddocaol ar {day}.</translation>
    </message>
    <message>
      <source>Tell</source>
      <translation type="unfinished">Rhoi gwybod i</translation>
    </message>
    <message>
      <source>Tell {whom}</source>
      <translation type="unfinished">Rhoi gwybod i {whom}</translation>
    </message>
    <message>
      <source>The conference chair</source>
      <translation type="unfinished">Cadeirydd y gynhadledd</translation>
    </message>
    <message>
      <source>The drafts are in {folder}.</source>
      <translation type="unfinished">Mae'r drafftiau yn {folder}.</translation>
    </message>
    <message>
      <source>The lead professional's manager</source>
      <translation type="unfinished">Rheolwr y gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>The professionals in the core group</source>
      <translation type="unfinished">Y gweithwyr proffesiynol yn y grŵp craidd</translation>
    </message>
    <message>
      <source>Told (recorded in the case's history):</source>
      <translation type="unfinished">Cawsant wybod (wedi'i gofnodi yn hanes yr achos):</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation type="unfinished">Beth ddigwyddodd</translation>
    </message>
    <message>
      <source>What happened: “{label}”: {prompt}</source>
      <translation type="unfinished">Beth ddigwyddodd: “{label}”: {prompt}</translation>
    </message>
    <message>
      <source>email draft {file}</source>
      <translation type="unfinished">drafft e-bost {file}</translation>
    </message>
    <message>
      <source>no email address: telephone them</source>
      <translation type="unfinished">dim cyfeiriad e-bost: ffoniwch nhw</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <source>&amp;Job title</source>
      <translation type="unfinished">Teitl &amp;swydd</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation type="unfinished">&amp;Enw</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation type="unfinished">&amp;Rôl</translation>
    </message>
    <message>
      <source>&amp;Team</source>
      <translation type="unfinished">&amp;Tîm</translation>
    </message>
    <message>
      <source>I am a qualified social worker</source>
      <translation type="unfinished">Rwy'n weithiwr cymdeithasol cymwysedig</translation>
    </message>
    <message>
      <source>In the &amp;directory</source>
      <translation type="unfinished">Yn y &amp;cyfeiriadur</translation>
    </message>
    <message>
      <source>Not in the directory yet: add me</source>
      <translation type="unfinished">Ddim yn y cyfeiriadur eto: ychwanegwch fi</translation>
    </message>
    <message>
      <source>Set up the desk</source>
      <translation type="unfinished">Sefydlu'r ddesg</translation>
    </message>
    <message>
      <source>Set up this desk</source>
      <translation type="unfinished">Sefydlu'r ddesg hon</translation>
    </message>
    <message>
      <source>This desk keeps its records on this computer and belongs to one person. Say who you are: lpdesk records your name against everything you do, and opens on your own work.</source>
      <translation type="unfinished">Mae'r ddesg hon yn cadw ei chofnodion ar y cyfrifiadur hwn ac yn perthyn i un person. Dywedwch pwy ydych chi: mae lpdesk yn cofnodi eich enw yn erbyn popeth rydych chi'n ei wneud, ac yn agor ar eich gwaith eich hun.</translation>
    </message>
    <message>
      <source>Who you are in the directory</source>
      <translation type="unfinished">Pwy ydych chi yn y cyfeiriadur</translation>
    </message>
    <message>
      <source>Your job title</source>
      <translation type="unfinished">Teitl eich swydd</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation type="unfinished">Eich enw</translation>
    </message>
    <message>
      <source>Your name: required</source>
      <translation type="unfinished">Eich enw: gofynnol</translation>
    </message>
    <message>
      <source>Your role</source>
      <translation type="unfinished">Eich rôl</translation>
    </message>
    <message>
      <source>Your team</source>
      <translation type="unfinished">Eich tîm</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Nothing was saved. Please correct:</source>
      <translation type="unfinished">Ni chadwyd dim. Cywirwch y canlynol:</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation type="unfinished">Wedi'i gadw.</translation>
    </message>
  </context>
  <context>
    <name>HelpWindow</name>
    <message>
      <source>Help text</source>
      <translation type="unfinished">Testun cymorth</translation>
    </message>
    <message>
      <source>lpdesk help</source>
      <translation type="unfinished">Cymorth lpdesk</translation>
    </message>
  </context>
  <context>
    <name>InvitationsDialog</name>
    <message>
      <source> minutes</source>
      <translation type="unfinished"> munud</translation>
    </message>
    <message>
      <source>Choose the folder</source>
      <translation type="unfinished">Dewis y ffolder</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished">Dewis…</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation type="unfinished">Ffolder</translation>
    </message>
    <message>
      <source>Folder for the invitations</source>
      <translation type="unfinished">Ffolder ar gyfer y gwahoddiadau</translation>
    </message>
    <message>
      <source>Folder: choose where the invitations are written.</source>
      <translation type="unfinished">Ffolder: dewiswch ble yr ysgrifennir y gwahoddiadau.</translation>
    </message>
    <message>
      <source>Lead professional</source>
      <translation type="unfinished">Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>Length</source>
      <translation type="unfinished">Hyd</translation>
    </message>
    <message>
      <source>Length of the meeting in minutes</source>
      <translation type="unfinished">Hyd y cyfarfod mewn munudau</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
      <source>Meeting on {when} at {venue}. Each invitee gets a letter on their own channel (email with a calendar file, or post); the letters give the next review conference: {review}.</source>
      <translation type="unfinished">Cyfarfod ar {when} yn {venue}. Mae pob gwahoddedig yn cael llythyr drwy ei sianel ei hun (e-bost gyda ffeil calendr, neu'r post); mae'r llythyrau'n rhoi'r gynhadledd adolygu nesaf: {review}.</translation>
    </message>
    <message>
      <source>New folder for the invitations</source>
      <translation type="unfinished">Ffolder newydd ar gyfer y gwahoddiadau</translation>
    </message>
    <message>
      <source>Passwords for the letters: {file}. Give them by telephone or text.</source>
      <translation type="unfinished">Cyfrineiriau ar gyfer y llythyrau: {file}. Rhowch nhw dros y ffôn neu drwy neges destun.</translation>
    </message>
    <message>
      <source>Send the invitations</source>
      <translation type="unfinished">Anfon y gwahoddiadau</translation>
    </message>
    <message>
      <source>Tell the invitees the meeting is cancelled</source>
      <translation type="unfinished">Dweud wrth y gwahoddedigion fod y cyfarfod wedi'i ganslo</translation>
    </message>
    <message>
      <source>The meeting on {when} is cancelled. Everyone invited with an email address gets a calendar cancellation.</source>
      <translation type="unfinished">Mae'r cyfarfod ar {when} wedi'i ganslo. Mae pawb a wahoddwyd sydd â chyfeiriad e-bost yn cael canslad calendr.</translation>
    </message>
    <message>
      <source>Write invitations</source>
      <translation type="unfinished">Ysgrifennu gwahoddiadau</translation>
    </message>
    <message>
      <source>Write the cancellations</source>
      <translation type="unfinished">Ysgrifennu'r canslo</translation>
    </message>
    <message>
      <source>Written into {folder}:</source>
      <translation type="unfinished">Ysgrifennwyd i {folder}:</translation>
    </message>
    <message>
      <source>calendar cancellation</source>
      <translation type="unfinished">canslad calendr</translation>
    </message>
    <message>
      <source>email draft with the letter and the calendar file</source>
      <translation type="unfinished">drafft e-bost gyda'r llythyr a'r ffeil calendr</translation>
    </message>
    <message>
      <source>letter kept on file (no channel chosen)</source>
      <translation type="unfinished">llythyr wedi'i gadw ar ffeil (dim sianel wedi'i dewis)</translation>
    </message>
    <message>
      <source>letter to hand over</source>
      <translation type="unfinished">llythyr i'w roi â llaw</translation>
    </message>
    <message>
      <source>letter to post</source>
      <translation type="unfinished">llythyr i'w bostio</translation>
    </message>
    <message>
      <source>no email address: tell them yourself</source>
      <translation type="unfinished">dim cyfeiriad e-bost: dywedwch wrthynt eich hun</translation>
    </message>
    <message>
      <source>not yet set</source>
      <translation type="unfinished">heb ei bennu eto</translation>
    </message>
  </context>
  <context>
    <name>LacReviewDialog</name>
    <message>
      <source>A looked after child review is kept separate from the core group. It can be held on the same day, straight before or after a core group meeting.</source>
      <translation type="unfinished">Cedwir adolygiad plentyn sy'n derbyn gofal ar wahân i'r grŵp craidd. Gellir ei gynnal ar yr un diwrnod, yn union cyn neu ar ôl cyfarfod y grŵp craidd.</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation type="unfinished">Cadeirydd</translation>
    </message>
    <message>
      <source>Choose who chairs the review and who writes the record.</source>
      <translation type="unfinished">Dewiswch pwy sy'n cadeirio'r adolygiad a phwy sy'n ysgrifennu'r cofnod.</translation>
    </message>
    <message>
      <source>Convene</source>
      <translation type="unfinished">Cynnull</translation>
    </message>
    <message>
      <source>Convene a looked after child review</source>
      <translation type="unfinished">Cynnull adolygiad plentyn sy'n derbyn gofal</translation>
    </message>
    <message>
      <source>Date and time of the review</source>
      <translation type="unfinished">Dyddiad ac amser yr adolygiad</translation>
    </message>
    <message>
      <source>Minute taker</source>
      <translation type="unfinished">Cofnodwr</translation>
    </message>
    <message>
      <source>Saved: a looked after child review on {when} at {venue}. It is separate from the core group.</source>
      <translation type="unfinished">Cadwyd: adolygiad plentyn sy'n derbyn gofal ar {when}. Lleoliad: {venue}. Mae ar wahân i'r grŵp craidd.</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
      <source>When</source>
      <translation type="unfinished">Pryd</translation>
    </message>
    <message>
      <source>Who chairs the review</source>
      <translation type="unfinished">Pwy sy'n cadeirio'r adolygiad</translation>
    </message>
    <message>
      <source>Who writes the record</source>
      <translation type="unfinished">Pwy sy'n ysgrifennu'r cofnod</translation>
    </message>
  </context>
  <context>
    <name>LeadProfessionalDialog</name>
    <message>
      <source>Choose who takes the role, and from when.</source>
      <translation type="unfinished">Dewiswch pwy sy'n cymryd y rôl, ac o ba bryd.</translation>
    </message>
    <message>
      <source>Family told on</source>
      <translation type="unfinished">Dywedwyd wrth y teulu ar</translation>
    </message>
    <message>
      <source>Handover note</source>
      <translation type="unfinished">Nodyn trosglwyddo</translation>
    </message>
    <message>
      <source>Lead professional</source>
      <translation type="unfinished">Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>New lead professional</source>
      <translation type="unfinished">Gweithiwr proffesiynol arweiniol newydd</translation>
    </message>
    <message>
      <source>Now: {name}. A transfer keeps the history.</source>
      <translation type="unfinished">Nawr: {name}. Mae trosglwyddiad yn cadw'r hanes.</translation>
    </message>
    <message>
      <source>Starts on</source>
      <translation type="unfinished">Yn dechrau ar</translation>
    </message>
    <message>
      <source>The case has no lead professional yet.</source>
      <translation type="unfinished">Nid oes gan yr achos weithiwr proffesiynol arweiniol eto.</translation>
    </message>
    <message>
      <source>{label}, qualified social worker</source>
      <translation type="unfinished">{label}, gweithiwr cymdeithasol cymwys</translation>
    </message>
    <message>
      <source>{name} is now the lead professional.</source>
      <translation type="unfinished">{name} yw'r gweithiwr proffesiynol arweiniol nawr.</translation>
    </message>
  </context>
  <context>
    <name>LeadReportsView</name>
    <message>
      <source>%n report</source>
      <translation type="unfinished">%n adroddiad</translation>
    </message>
    <message>
      <source>%n reports</source>
      <translation type="unfinished">%n adroddiad</translation>
    </message>
    <message>
      <source>My conference reports</source>
      <translation type="unfinished">Fy adroddiadau cynhadledd</translation>
    </message>
    <message>
      <source>My review conference reports</source>
      <translation type="unfinished">Fy adroddiadau cynhadledd adolygu</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation type="unfinished">Yn agor y gronfa ddata…</translation>
    </message>
    <message>
      <source>Send to the chair again</source>
      <translation type="unfinished">Anfon at y cadeirydd eto</translation>
    </message>
    <message>
      <source>Sent to the chair again.</source>
      <translation type="unfinished">Anfonwyd at y cadeirydd eto.</translation>
    </message>
    <message>
      <source>The report and the chair's comments</source>
      <translation type="unfinished">Yr adroddiad a sylwadau'r cadeirydd</translation>
    </message>
    <message>
      <source>Your &amp;recommendation</source>
      <translation type="unfinished">Eich a&amp;rgymhelliad</translation>
    </message>
    <message>
      <source>Your recommendation</source>
      <translation type="unfinished">Eich argymhelliad</translation>
    </message>
    <message>
      <source>{n} sent back to you for changes</source>
      <translation type="unfinished">{n} wedi'u hanfon yn ôl atoch am newidiadau</translation>
    </message>
    <message>
      <source>{status}: {comments}</source>
      <translation type="unfinished">{status}: {comments}</translation>
    </message>
  </context>
  <context>
    <name>LineManagerDialog</name>
    <message>
      <source>Line manager</source>
      <translation type="unfinished">Rheolwr llinell</translation>
    </message>
    <message>
      <source>Line manager of {name}</source>
      <translation type="unfinished">Rheolwr llinell {name}</translation>
    </message>
    <message>
      <source>Now: {manager}. The line manager chairs the first core group of a child protection plan {name} leads.</source>
      <translation type="unfinished">Ar hyn o bryd: {manager}. Mae'r rheolwr llinell yn cadeirio grŵp craidd cyntaf cynllun amddiffyn plant y mae {name} yn ei arwain.</translation>
    </message>
    <message>
      <source>This account is not linked to anyone in the directory.</source>
      <translation type="unfinished">Nid yw'r cyfrif hwn wedi'i gysylltu ag unrhyw un yn y cyfeiriadur.</translation>
    </message>
    <message>
      <source>Worker</source>
      <translation type="unfinished">Gweithiwr</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation type="unfinished">dim wedi'i gofnodi</translation>
    </message>
    <message>
      <source>{manager} is now the line manager of {name}.</source>
      <translation type="unfinished">{manager} yw rheolwr llinell {name} bellach.</translation>
    </message>
    <message>
      <source>{name} has no line manager recorded now.</source>
      <translation type="unfinished">Nid oes rheolwr llinell wedi'i gofnodi ar gyfer {name} bellach.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;New case…</source>
      <translation type="unfinished">&amp;Achos newydd…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation type="unfinished">&amp;Gadael</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation type="unfinished">&amp;Gosodiadau…</translation>
    </message>
    <message>
      <source>&amp;lpdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Acting as {user} ({role})</source>
      <translation type="unfinished">Yn gweithredu fel {user} ({role})</translation>
    </message>
    <message>
      <source>Backup made and verified.</source>
      <translation type="unfinished">Copi wrth gefn wedi'i wneud a'i wirio.</translation>
    </message>
    <message>
      <source>Case {reference}</source>
      <translation type="unfinished">Achos {reference}</translation>
    </message>
    <message>
      <source>Circulation</source>
      <translation type="unfinished">Dosbarthu</translation>
    </message>
    <message>
      <source>Ctrl+,</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Data: {path}</source>
      <translation type="unfinished">Data: {path}</translation>
    </message>
    <message>
      <source>Demo · acting as {user} ({role})</source>
      <translation type="unfinished">Demo · yn gweithredu fel {user} ({role})</translation>
    </message>
    <message>
      <source>Due and overdue</source>
      <translation type="unfinished">Yn ddyledus ac yn hwyr</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation type="unfinished">Cyfarfodydd</translation>
    </message>
    <message>
      <source>My caseload</source>
      <translation type="unfinished">Fy llwyth achosion</translation>
    </message>
    <message>
      <source>Navigation</source>
      <translation type="unfinished">Llywio</translation>
    </message>
    <message>
      <source>Open case workspace</source>
      <translation type="unfinished">Agor gweithle'r achos</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation type="unfinished">Wrthi'n agor y gronfa ddata…</translation>
    </message>
    <message>
      <source>Pages</source>
      <translation type="unfinished">Tudalennau</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation type="unfinished">Yn barod</translation>
    </message>
    <message>
      <source>Reports</source>
      <translation type="unfinished">Adroddiadau</translation>
    </message>
    <message>
      <source>The database could not be opened.</source>
      <translation type="unfinished">Nid oedd modd agor y gronfa ddata.</translation>
    </message>
    <message>
      <source>The scheduled backup could not be made; see the log. Nothing else is affected.</source>
      <translation type="unfinished">Nid oedd modd gwneud y copi wrth gefn a drefnwyd; gweler y log. Nid effeithir ar ddim byd arall.</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation type="unfinished">Ymweliadau</translation>
    </message>
    <message>
      <source>Warning about where the data is kept</source>
      <translation type="unfinished">Rhybudd am ble y cedwir y data</translation>
    </message>
    <message>
      <source>Working</source>
      <translation type="unfinished">Wrthi'n gweithio</translation>
    </message>
    <message>
      <source>lpdesk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{user} · {role}
{today}</source>
      <translation type="unfinished">{user} · {role}
{today}</translation>
    </message>
    <message>
      <source>⚠ {warning}</source>
      <translation type="unfinished">⚠ {warning}</translation>
    </message>
  </context>
  <context>
    <name>ManagerView</name>
    <message>
      <source>%n overdue action</source>
      <translation type="unfinished">%n cam gweithredu hwyr</translation>
    </message>
    <message>
      <source>%n overdue actions</source>
      <translation type="unfinished">%n cam gweithredu hwyr</translation>
    </message>
    <message>
      <source>%n unallocated case</source>
      <translation type="unfinished">%n achos heb ei ddyrannu</translation>
    </message>
    <message>
      <source>%n unallocated cases</source>
      <translation type="unfinished">%n achos heb eu dyrannu</translation>
    </message>
    <message>
      <source>%n worker</source>
      <translation type="unfinished">%n gweithiwr</translation>
    </message>
    <message>
      <source>%n workers</source>
      <translation type="unfinished">%n gweithiwr</translation>
    </message>
    <message>
      <source>&amp;Worker:</source>
      <translation type="unfinished">&amp;Gweithiwr:</translation>
    </message>
    <message>
      <source>A&amp;gency:</source>
      <translation type="unfinished">&amp;Asiantaeth:</translation>
    </message>
    <message>
      <source>Actions: overdue first</source>
      <translation type="unfinished">Camau gweithredu: y rhai hwyr yn gyntaf</translation>
    </message>
    <message>
      <source>Allocate the chosen case</source>
      <translation type="unfinished">Dyrannu'r achos a ddewiswyd</translation>
    </message>
    <message>
      <source>Allocate…</source>
      <translation type="unfinished">Dyrannu…</translation>
    </message>
    <message>
      <source>Ca&amp;se:</source>
      <translation type="unfinished">A&amp;chos:</translation>
    </message>
    <message>
      <source>Case {reference} allocated.</source>
      <translation type="unfinished">Achos {reference} wedi'i ddyrannu.</translation>
    </message>
    <message>
      <source>Caseload per worker</source>
      <translation type="unfinished">Llwyth achosion fesul gweithiwr</translation>
    </message>
    <message>
      <source>Cases with no lead professional</source>
      <translation type="unfinished">Achosion heb weithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>Choose a worker first.</source>
      <translation type="unfinished">Dewiswch weithiwr yn gyntaf.</translation>
    </message>
    <message>
      <source>Choose an unallocated case first.</source>
      <translation type="unfinished">Dewiswch achos heb ei ddyrannu yn gyntaf.</translation>
    </message>
    <message>
      <source>Court work</source>
      <translation type="unfinished">Gwaith llys</translation>
    </message>
    <message>
      <source>Enter or double-click a row to open the case</source>
      <translation type="unfinished">Pwyswch Enter neu cliciwch ddwywaith ar res i agor yr achos</translation>
    </message>
    <message>
      <source>Every agency</source>
      <translation type="unfinished">Pob asiantaeth</translation>
    </message>
    <message>
      <source>Every case</source>
      <translation type="unfinished">Pob achos</translation>
    </message>
    <message>
      <source>Every worker</source>
      <translation type="unfinished">Pob gweithiwr</translation>
    </message>
    <message>
      <source>Filter actions by case, what or who</source>
      <translation type="unfinished">Hidlo camau gweithredu yn ôl achos, beth neu bwy</translation>
    </message>
    <message>
      <source>Filter by agency</source>
      <translation type="unfinished">Hidlo yn ôl asiantaeth</translation>
    </message>
    <message>
      <source>Filter by case</source>
      <translation type="unfinished">Hidlo yn ôl achos</translation>
    </message>
    <message>
      <source>Filter by worker</source>
      <translation type="unfinished">Hidlo yn ôl gweithiwr</translation>
    </message>
    <message>
      <source>Filter the team's actions</source>
      <translation type="unfinished">Hidlo camau gweithredu'r tîm</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished">Wrthi'n llwytho…</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation type="unfinished">Wrthi'n agor y gronfa ddata…</translation>
    </message>
    <message>
      <source>Protected time</source>
      <translation type="unfinished">Amser gwarchodedig</translation>
    </message>
    <message>
      <source>Protected time…</source>
      <translation type="unfinished">Amser gwarchodedig…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation type="unfinished">Adnewyddu</translation>
    </message>
    <message>
      <source>Refresh the oversight lists</source>
      <translation type="unfinished">Adnewyddu'r rhestrau goruchwylio</translation>
    </message>
    <message>
      <source>Set the chosen worker's protected time</source>
      <translation type="unfinished">Gosod amser gwarchodedig y gweithiwr a ddewiswyd</translation>
    </message>
    <message>
      <source>Team actions</source>
      <translation type="unfinished">Camau gweithredu'r tîm</translation>
    </message>
    <message>
      <source>Team oversight</source>
      <translation type="unfinished">Goruchwylio'r tîm</translation>
    </message>
    <message>
      <source>Team oversight is for team managers and quality assurance managers.</source>
      <translation type="unfinished">Mae goruchwylio'r tîm ar gyfer rheolwyr tîm a rheolwyr sicrhau ansawdd.</translation>
    </message>
    <message>
      <source>Team…</source>
      <translation type="unfinished">Tîm…</translation>
    </message>
    <message>
      <source>The chosen case has court work: it weighs more</source>
      <translation type="unfinished">Mae gwaith llys gan yr achos a ddewiswyd: mae'n pwyso mwy</translation>
    </message>
    <message>
      <source>The oversight lists could not be loaded.</source>
      <translation type="unfinished">Nid oedd modd llwytho'r rhestrau goruchwylio.</translation>
    </message>
    <message>
      <source>The team's workers and line managers</source>
      <translation type="unfinished">Gweithwyr y tîm a'u rheolwyr llinell</translation>
    </message>
    <message>
      <source>Unallocated cases</source>
      <translation type="unfinished">Achosion heb eu dyrannu</translation>
    </message>
    <message>
      <source>{name}'s protected time (per cent of a full-time caseload):</source>
      <translation type="unfinished">Amser gwarchodedig {name} (y cant o lwyth achosion llawn amser):</translation>
    </message>
    <message>
      <source>{n} over-allocated</source>
      <translation type="unfinished">{n} wedi'u gor-ddyrannu</translation>
    </message>
  </context>
  <context>
    <name>MeetingDoorsMixin</name>
    <message>
      <source>A core group is already convened</source>
      <translation type="unfinished">Mae grŵp craidd wedi'i gynnull yn barod</translation>
    </message>
    <message>
      <source>A core group is already convened for {when} at {venue}. Move or cancel that one rather than convening a second.</source>
      <translation type="unfinished">Mae grŵp craidd wedi'i gynnull yn barod ar gyfer {when} yn {venue}. Symudwch neu canslwch hwnnw yn hytrach na chynnull ail un.</translation>
    </message>
    <message>
      <source>Assessments…</source>
      <translation type="unfinished">Asesiadau…</translation>
    </message>
    <message>
      <source>Complete an escalation step…</source>
      <translation type="unfinished">Cwblhau cam uwchgyfeirio…</translation>
    </message>
    <message>
      <source>Convene a looked after child review…</source>
      <translation type="unfinished">Cynnull adolygiad plentyn sy'n derbyn gofal…</translation>
    </message>
    <message>
      <source>Convene another anyway</source>
      <translation type="unfinished">Cynnull un arall beth bynnag</translation>
    </message>
    <message>
      <source>Log a significant event…</source>
      <translation type="unfinished">Cofnodi digwyddiad arwyddocaol…</translation>
    </message>
    <message>
      <source>Move or cancel the selected meeting</source>
      <translation type="unfinished">Symud neu ganslo'r cyfarfod a ddewiswyd</translation>
    </message>
    <message>
      <source>Move or cancel…</source>
      <translation type="unfinished">Symud neu ganslo…</translation>
    </message>
    <message>
      <source>Report to the review conference…</source>
      <translation type="unfinished">Adroddiad i'r gynhadledd adolygu…</translation>
    </message>
    <message>
      <source>Saved. Now tell the invitees.</source>
      <translation type="unfinished">Wedi'i gadw. Nawr rhowch wybod i'r gwahoddedigion.</translation>
    </message>
    <message>
      <source>Send invitations…</source>
      <translation type="unfinished">Anfon gwahoddiadau…</translation>
    </message>
    <message>
      <source>Send the invitations for the selected meeting</source>
      <translation type="unfinished">Anfon y gwahoddiadau ar gyfer y cyfarfod a ddewiswyd</translation>
    </message>
    <message>
      <source>Show that meeting</source>
      <translation type="unfinished">Dangos y cyfarfod hwnnw</translation>
    </message>
  </context>
  <context>
    <name>MeetingWizard</name>
    <message>
      <source>Core group meeting: {reference}</source>
      <translation type="unfinished">Cyfarfod y grŵp craidd: {reference}</translation>
    </message>
    <message>
      <source>{name} (lead professional)</source>
      <translation type="unfinished">{name} (gweithiwr proffesiynol arweiniol)</translation>
    </message>
  </context>
  <context>
    <name>MemberChangeDialog</name>
    <message>
      <source>A member leaves or is excluded</source>
      <translation type="unfinished">Aelod yn gadael neu'n cael ei eithrio</translation>
    </message>
    <message>
      <source>Choose a member.</source>
      <translation type="unfinished">Dewiswch aelod.</translation>
    </message>
    <message>
      <source>Exclude from the core group?</source>
      <translation type="unfinished">Eithrio o'r grŵp craidd?</translation>
    </message>
    <message>
      <source>Excluded from the core group (receives a summary)</source>
      <translation type="unfinished">Wedi'i eithrio o'r grŵp craidd (yn cael crynodeb)</translation>
    </message>
    <message>
      <source>Exclusion recorded: they will receive a summary.</source>
      <translation type="unfinished">Eithrio wedi'i gofnodi: byddant yn cael crynodeb.</translation>
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished">O</translation>
    </message>
    <message>
      <source>Give the date.</source>
      <translation type="unfinished">Rhowch y dyddiad.</translation>
    </message>
    <message>
      <source>Leaves the core group</source>
      <translation type="unfinished">Yn gadael y grŵp craidd</translation>
    </message>
    <message>
      <source>Member</source>
      <translation type="unfinished">Aelod</translation>
    </message>
    <message>
      <source>Not excluded.</source>
      <translation type="unfinished">Heb ei eithrio.</translation>
    </message>
    <message>
      <source>Reason for the exclusion</source>
      <translation type="unfinished">Y rheswm dros yr eithrio</translation>
    </message>
    <message>
      <source>Recorded: left the core group.</source>
      <translation type="unfinished">Cofnodwyd: wedi gadael y grŵp craidd.</translation>
    </message>
    <message>
      <source>What happens</source>
      <translation type="unfinished">Beth sy'n digwydd</translation>
    </message>
    <message>
      <source>{name} will no longer be invited and will receive a summary instead of the record. This cannot be undone here.</source>
      <translation type="unfinished">Ni fydd {name} yn cael gwahoddiad mwyach a bydd yn cael crynodeb yn lle'r cofnod. Ni ellir dadwneud hyn yma.</translation>
    </message>
  </context>
  <context>
    <name>MemberDialog</name>
    <message>
      <source>A child on this case</source>
      <translation type="unfinished">Plentyn ar yr achos hwn</translation>
    </message>
    <message>
      <source>A new person</source>
      <translation type="unfinished">Person newydd</translation>
    </message>
    <message>
      <source>Add a core group member</source>
      <translation type="unfinished">Ychwanegu aelod o'r grŵp craidd</translation>
    </message>
    <message>
      <source>Added to the core group as {role}.</source>
      <translation type="unfinished">Ychwanegwyd at y grŵp craidd fel {role}.</translation>
    </message>
    <message>
      <source>Address</source>
      <translation type="unfinished">Cyfeiriad</translation>
    </message>
    <message>
      <source>Agency</source>
      <translation type="unfinished">Asiantaeth</translation>
    </message>
    <message>
      <source>Child</source>
      <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
      <source>Choose a person, or add a new person.</source>
      <translation type="unfinished">Dewiswch berson, neu ychwanegwch berson newydd.</translation>
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished">E-bost</translation>
    </message>
    <message>
      <source>From the directory, as a new person, or a child on this case.</source>
      <translation type="unfinished">O'r cyfeiriadur, fel person newydd, neu blentyn ar yr achos hwn.</translation>
    </message>
    <message>
      <source>Give the date they joined.</source>
      <translation type="unfinished">Rhowch y dyddiad yr ymunon nhw.</translation>
    </message>
    <message>
      <source>Interpreter or access needs</source>
      <translation type="unfinished">Anghenion cyfieithydd neu fynediad</translation>
    </message>
    <message>
      <source>Job title</source>
      <translation type="unfinished">Teitl swydd</translation>
    </message>
    <message>
      <source>Joined on</source>
      <translation type="unfinished">Ymunodd ar</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">Enw</translation>
    </message>
    <message>
      <source>Person</source>
      <translation type="unfinished">Person</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished">Ffôn</translation>
    </message>
    <message>
      <source>Receives documents by</source>
      <translation type="unfinished">Yn derbyn dogfennau drwy</translation>
    </message>
    <message>
      <source>Role in the core group</source>
      <translation type="unfinished">Rôl yn y grŵp craidd</translation>
    </message>
    <message>
      <source>Someone in the directory</source>
      <translation type="unfinished">Rhywun yn y cyfeiriadur</translation>
    </message>
    <message>
      <source>Their address may appear in documents others receive</source>
      <translation type="unfinished">Gall eu cyfeiriad ymddangos mewn dogfennau y mae eraill yn eu cael</translation>
    </message>
    <message>
      <source>There is no child of that age on this case.</source>
      <translation type="unfinished">Nid oes plentyn o'r oedran hwnnw ar yr achos hwn.</translation>
    </message>
    <message>
      <source>Wants Word copies as well as PDF</source>
      <translation type="unfinished">Eisiau copïau Word yn ogystal â PDF</translation>
    </message>
    <message>
      <source>Who joins</source>
      <translation type="unfinished">Pwy sy'n ymuno</translation>
    </message>
    <message>
      <source>Why it is withheld</source>
      <translation type="unfinished">Pam y caiff ei ddal yn ôl</translation>
    </message>
    <message>
      <source>Why they join before the usual age (if younger)</source>
      <translation type="unfinished">Pam maen nhw'n ymuno cyn yr oedran arferol (os yn iau)</translation>
    </message>
    <message>
      <source>Withhold this address from everyone else</source>
      <translation type="unfinished">Dal y cyfeiriad hwn yn ôl rhag pawb arall</translation>
    </message>
  </context>
  <context>
    <name>MinutePage</name>
    <message>
      <source>Attendance recorded: the meeting is held.</source>
      <translation type="unfinished">Presenoldeb wedi'i gofnodi: mae'r cyfarfod wedi'i gynnal.</translation>
    </message>
    <message>
      <source>Core group {number} on {when}, {venue}. Saved as you type; sections marked * are required before approval.</source>
      <translation type="unfinished">Grŵp craidd {number} ar {when}, {venue}. Caiff ei gadw wrth i chi deipio; mae angen yr adrannau a nodir â * cyn cymeradwyo.</translation>
    </message>
    <message>
      <source>Editing approved minutes withdrew the approval. The change is recorded as an amendment; the chair must approve again.</source>
      <translation type="unfinished">Wrth olygu cofnodion a gymeradwywyd, tynnwyd y gymeradwyaeth yn ôl. Cofnodir y newid fel diwygiad; rhaid i'r cadeirydd gymeradwyo eto.</translation>
    </message>
    <message>
      <source>Editing…</source>
      <translation type="unfinished">Yn golygu…</translation>
    </message>
    <message>
      <source>Fill empty fields from the records</source>
      <translation type="unfinished">Llenwi meysydd gwag o'r cofnodion</translation>
    </message>
    <message>
      <source>Fill from the records</source>
      <translation type="unfinished">Llenwi o'r cofnodion</translation>
    </message>
    <message>
      <source>Minute the meeting</source>
      <translation type="unfinished">Cofnodi'r cyfarfod</translation>
    </message>
    <message>
      <source>Not saved</source>
      <translation type="unfinished">Heb ei gadw</translation>
    </message>
    <message>
      <source>Not saved: changed by someone else</source>
      <translation type="unfinished">Heb ei gadw: newidiwyd gan rywun arall</translation>
    </message>
    <message>
      <source>Not yet saved</source>
      <translation type="unfinished">Heb ei gadw eto</translation>
    </message>
    <message>
      <source>Record a disagreement at this meeting</source>
      <translation type="unfinished">Cofnodi anghytundeb yn y cyfarfod hwn</translation>
    </message>
    <message>
      <source>Record a disagreement…</source>
      <translation type="unfinished">Cofnodi anghytundeb…</translation>
    </message>
    <message>
      <source>Record attendance once the meeting has taken place.</source>
      <translation type="unfinished">Cofnodwch bresenoldeb ar ôl i'r cyfarfod gael ei gynnal.</translation>
    </message>
    <message>
      <source>Recording…</source>
      <translation type="unfinished">Yn cofnodi…</translation>
    </message>
    <message>
      <source>Review &gt;</source>
      <translation type="unfinished">Adolygu &gt;</translation>
    </message>
    <message>
      <source>Save now</source>
      <translation type="unfinished">Cadw nawr</translation>
    </message>
    <message>
      <source>Save status</source>
      <translation type="unfinished">Statws cadw</translation>
    </message>
    <message>
      <source>Save the minutes now</source>
      <translation type="unfinished">Cadw'r cofnodion nawr</translation>
    </message>
    <message>
      <source>Saved as you type. Sections marked * are required before approval.</source>
      <translation type="unfinished">Caiff ei gadw wrth i chi deipio. Mae angen yr adrannau a nodir â * cyn cymeradwyo.</translation>
    </message>
    <message>
      <source>Saved {time}</source>
      <translation type="unfinished">Wedi'i gadw {time}</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation type="unfinished">Yn cadw…</translation>
    </message>
    <message>
      <source>Someone else saved these minutes while you were writing. Autosave has stopped and your text is still here: copy what you need, close the wizard and open the meeting again to see their version.</source>
      <translation type="unfinished">Cadwodd rhywun arall y cofnodion hyn tra oeddech yn ysgrifennu. Mae'r cadw awtomatig wedi stopio ac mae eich testun yma o hyd: copïwch yr hyn sydd ei angen arnoch, caewch y dewin ac agorwch y cyfarfod eto i weld eu fersiwn nhw.</translation>
    </message>
    <message>
      <source>Your autosaved draft of {when} has been restored.</source>
      <translation type="unfinished">Mae eich drafft a gadwyd yn awtomatig am {when} wedi'i adfer.</translation>
    </message>
  </context>
  <context>
    <name>NewCaseDialog</name>
    <message>
      <source>Add this child</source>
      <translation type="unfinished">Ychwanegu'r plentyn hwn</translation>
    </message>
    <message>
      <source>Case reference</source>
      <translation type="unfinished">Cyfeirnod yr achos</translation>
    </message>
    <message>
      <source>Case {reference} started; {due}.</source>
      <translation type="unfinished">Dechreuwyd achos {reference}; {due}.</translation>
    </message>
    <message>
      <source>Category</source>
      <translation type="unfinished">Categori</translation>
    </message>
    <message>
      <source>Chaired by</source>
      <translation type="unfinished">Cadeiriwyd gan</translation>
    </message>
    <message>
      <source>Check the child's details.</source>
      <translation type="unfinished">Gwiriwch fanylion y plentyn.</translation>
    </message>
    <message>
      <source>Child's name</source>
      <translation type="unfinished">Enw'r plentyn</translation>
    </message>
    <message>
      <source>Children</source>
      <translation type="unfinished">Plant</translation>
    </message>
    <message>
      <source>Children on this plan</source>
      <translation type="unfinished">Plant ar y cynllun hwn</translation>
    </message>
    <message>
      <source>Conference chair's name</source>
      <translation type="unfinished">Enw cadeirydd y gynhadledd</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation type="unfinished">Dyddiad geni</translation>
    </message>
    <message>
      <source>Expected date of birth</source>
      <translation type="unfinished">Dyddiad geni disgwyliedig</translation>
    </message>
    <message>
      <source>First core group</source>
      <translation type="unfinished">Y grŵp craidd cyntaf</translation>
    </message>
    <message>
      <source>First review conference on</source>
      <translation type="unfinished">Y gynhadledd adolygu gyntaf ar</translation>
    </message>
    <message>
      <source>Give the child's name and date of birth (or the expected date).</source>
      <translation type="unfinished">Rhowch enw a dyddiad geni'r plentyn (neu'r dyddiad disgwyliedig).</translation>
    </message>
    <message>
      <source>Give the date of the conference and of the first review.</source>
      <translation type="unfinished">Rhowch ddyddiad y gynhadledd a'r adolygiad cyntaf.</translation>
    </message>
    <message>
      <source>Initial conference held on</source>
      <translation type="unfinished">Cynhaliwyd y gynhadledd gychwynnol ar</translation>
    </message>
    <message>
      <source>Kind of plan</source>
      <translation type="unfinished">Math o gynllun</translation>
    </message>
    <message>
      <source>Lead professional named</source>
      <translation type="unfinished">Y gweithiwr proffesiynol arweiniol a enwyd</translation>
    </message>
    <message>
      <source>New case from the initial conference</source>
      <translation type="unfinished">Achos newydd o'r gynhadledd gychwynnol</translation>
    </message>
    <message>
      <source>Not born yet (give the expected date)</source>
      <translation type="unfinished">Heb ei eni eto (rhowch y dyddiad disgwyliedig)</translation>
    </message>
    <message>
      <source>Outline plan agreed</source>
      <translation type="unfinished">Cytunwyd ar gynllun amlinellol</translation>
    </message>
    <message>
      <source>Practice profile</source>
      <translation type="unfinished">Proffil ymarfer</translation>
    </message>
    <message>
      <source>Record what the initial conference decided. Dates as 17/12/2026.</source>
      <translation type="unfinished">Cofnodwch yr hyn a benderfynodd y gynhadledd gychwynnol. Dyddiadau fel 17/12/2026.</translation>
    </message>
    <message>
      <source>Remove the selected child</source>
      <translation type="unfinished">Tynnu'r plentyn a ddewiswyd</translation>
    </message>
    <message>
      <source>Team</source>
      <translation type="unfinished">Tîm</translation>
    </message>
    <message>
      <source>Why the children are on a plan</source>
      <translation type="unfinished">Pam mae'r plant ar gynllun</translation>
    </message>
    <message>
      <source>a name and a date</source>
      <translation type="unfinished">enw a dyddiad</translation>
    </message>
    <message>
      <source>choose, or type a new name</source>
      <translation type="unfinished">dewiswch, neu teipiwch enw newydd</translation>
    </message>
    <message>
      <source>due by {date}</source>
      <translation type="unfinished">dyledus erbyn {date}</translation>
    </message>
    <message>
      <source>due by {date} ({n} working days after the conference, by the rule)</source>
      <translation type="unfinished">dyledus erbyn {date} ({n} diwrnod gwaith ar ôl y gynhadledd, yn ôl y rheol)</translation>
    </message>
    <message>
      <source>expected {date}</source>
      <translation type="unfinished">disgwylir {date}</translation>
    </message>
  </context>
  <context>
    <name>OutcomePage</name>
    <message>
      <source>(none)</source>
      <translation type="unfinished">(dim)</translation>
    </message>
    <message>
      <source>A GIRFEC plan names the SHANARRI indicator each outcome serves.</source>
      <translation type="unfinished">Mae cynllun GIRFEC yn enwi'r dangosydd SHANARRI y mae pob canlyniad yn ei wasanaethu.</translation>
    </message>
    <message>
      <source>In the child's words</source>
      <translation type="unfinished">Yng ngeiriau'r plentyn</translation>
    </message>
    <message>
      <source>Optional on this plan.</source>
      <translation type="unfinished">Dewisol ar y cynllun hwn.</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
      <source>Outcome sought</source>
      <translation type="unfinished">Y canlyniad a geisir</translation>
    </message>
    <message>
      <source>SHANARRI wellbeing indicator</source>
      <translation type="unfinished">Dangosydd llesiant SHANARRI</translation>
    </message>
    <message>
      <source>Wellbeing indicator</source>
      <translation type="unfinished">Dangosydd llesiant</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>&amp;Again</source>
      <translation type="unfinished">&amp;Eto</translation>
    </message>
    <message>
      <source>&amp;Passphrase</source>
      <translation type="unfinished">&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
      <source>Choose a database passphrase</source>
      <translation type="unfinished">Dewiswch gyfrinymadrodd ar gyfer y gronfa ddata</translation>
    </message>
    <message>
      <source>Database passphrase</source>
      <translation type="unfinished">Cyfrinymadrodd y gronfa ddata</translation>
    </message>
    <message>
      <source>Enter the passphrase that protects this computer's lpdesk database.</source>
      <translation type="unfinished">Rhowch y cyfrinymadrodd sy'n diogelu cronfa ddata lpdesk y cyfrifiadur hwn.</translation>
    </message>
    <message>
      <source>Open the database</source>
      <translation type="unfinished">Agor y gronfa ddata</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation type="unfinished">Cyfrinymadrodd</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation type="unfinished">Y cyfrinymadrodd eto</translation>
    </message>
    <message>
      <source>Passphrase problem</source>
      <translation type="unfinished">Problem gyda'r cyfrinymadrodd</translation>
    </message>
    <message>
      <source>The passphrase must be at least {n} characters long.</source>
      <translation type="unfinished">Rhaid i'r cyfrinymadrodd fod o leiaf {n} nod o hyd.</translation>
    </message>
    <message>
      <source>The two passphrases differ. Type the same one twice.</source>
      <translation type="unfinished">Mae'r ddau gyfrinymadrodd yn wahanol. Teipiwch yr un un ddwywaith.</translation>
    </message>
    <message>
      <source>This computer has no keyring to keep the database key, so lpdesk protects the database with a passphrase. Choose one of at least {n} characters and keep it safe: without it the records cannot be opened.</source>
      <translation type="unfinished">Nid oes gan y cyfrifiadur hwn gylch allweddi i gadw allwedd y gronfa ddata, felly mae lpdesk yn diogelu'r gronfa ddata â chyfrinymadrodd. Dewiswch un o leiaf {n} nod a'i gadw'n ddiogel: hebddo nid oes modd agor y cofnodion.</translation>
    </message>
  </context>
  <context>
    <name>PasswordDialog</name>
    <message>
      <source>Give each password by telephone or text message, never by email, then tick it given. The printed password list made with the pack holds the same passwords.</source>
      <translation type="unfinished">Rhowch bob cyfrinair dros y ffôn neu mewn neges destun, byth drwy e-bost, yna ticiwch ei fod wedi'i roi. Mae'r rhestr gyfrineiriau a argraffwyd gyda'r pecyn yn cynnwys yr un cyfrineiriau.</translation>
    </message>
    <message>
      <source>Given by {who}, {when}</source>
      <translation type="unfinished">Rhoddwyd gan {who}, {when}</translation>
    </message>
    <message>
      <source>How</source>
      <translation type="unfinished">Sut</translation>
    </message>
    <message>
      <source>No pack has been produced for this meeting.</source>
      <translation type="unfinished">Nid oes pecyn wedi'i gynhyrchu ar gyfer y cyfarfod hwn.</translation>
    </message>
    <message>
      <source>No phone number recorded</source>
      <translation type="unfinished">Dim rhif ffôn wedi'i gofnodi</translation>
    </message>
    <message>
      <source>Not yet</source>
      <translation type="unfinished">Ddim eto</translation>
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished">Cyfrinair</translation>
    </message>
    <message>
      <source>Password given</source>
      <translation type="unfinished">Cyfrinair wedi'i roi</translation>
    </message>
    <message>
      <source>Passwords: {what}</source>
      <translation type="unfinished">Cyfrineiriau: {what}</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished">Ffôn</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation type="unfinished">Derbynnydd</translation>
    </message>
    <message>
      <source>Recipients and their passwords</source>
      <translation type="unfinished">Derbynwyr a'u cyfrineiriau</translation>
    </message>
    <message>
      <source>See list</source>
      <translation type="unfinished">Gweler y rhestr</translation>
    </message>
    <message>
      <source>Show password</source>
      <translation type="unfinished">Dangos y cyfrinair</translation>
    </message>
    <message>
      <source>Tick the chosen recipient's password given</source>
      <translation type="unfinished">Ticio bod cyfrinair y derbynnydd a ddewiswyd wedi'i roi</translation>
    </message>
  </context>
  <context>
    <name>PersonDialog</name>
    <message>
      <source>Address</source>
      <translation type="unfinished">Cyfeiriad</translation>
    </message>
    <message>
      <source>Changes here apply wherever this person is a member.</source>
      <translation type="unfinished">Mae newidiadau yma yn berthnasol lle bynnag y mae'r person hwn yn aelod.</translation>
    </message>
    <message>
      <source>Choose whose details to change.</source>
      <translation type="unfinished">Dewiswch fanylion pwy i'w newid.</translation>
    </message>
    <message>
      <source>Contact details</source>
      <translation type="unfinished">Manylion cyswllt</translation>
    </message>
    <message>
      <source>Contact details of {name} saved.</source>
      <translation type="unfinished">Cadwyd manylion cyswllt {name}.</translation>
    </message>
    <message>
      <source>Email</source>
      <translation type="unfinished">E-bost</translation>
    </message>
    <message>
      <source>Interpreter or access needs</source>
      <translation type="unfinished">Anghenion cyfieithydd neu fynediad</translation>
    </message>
    <message>
      <source>Person</source>
      <translation type="unfinished">Person</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation type="unfinished">Ffôn</translation>
    </message>
    <message>
      <source>Why it is withheld</source>
      <translation type="unfinished">Pam y caiff ei ddal yn ôl</translation>
    </message>
    <message>
      <source>Withhold this address from everyone else</source>
      <translation type="unfinished">Dal y cyfeiriad hwn yn ôl rhag pawb arall</translation>
    </message>
  </context>
  <context>
    <name>PhotoRow</name>
    <message>
      <source>Choose photo…</source>
      <translation type="unfinished">Dewis llun…</translation>
    </message>
    <message>
      <source>Choose your photo for children's plans</source>
      <translation type="unfinished">Dewis eich llun ar gyfer cynlluniau plant</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation type="unfinished">Lluniau (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>No photo</source>
      <translation type="unfinished">Dim llun</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation type="unfinished">Tynnu</translation>
    </message>
    <message>
      <source>Remove your photo from children's plans</source>
      <translation type="unfinished">Tynnu eich llun o gynlluniau plant</translation>
    </message>
    <message>
      <source>Removing your photo…</source>
      <translation type="unfinished">Wrthi'n tynnu eich llun…</translation>
    </message>
    <message>
      <source>Saving your photo…</source>
      <translation type="unfinished">Wrthi'n cadw eich llun…</translation>
    </message>
    <message>
      <source>Your photo</source>
      <translation type="unfinished">Eich llun</translation>
    </message>
    <message>
      <source>Your photo is removed. Children's plans show no photo of you.</source>
      <translation type="unfinished">Mae eich llun wedi'i dynnu. Nid yw cynlluniau plant yn dangos llun ohonoch.</translation>
    </message>
    <message>
      <source>Your photo is saved. It is shown on the plans written for children.</source>
      <translation type="unfinished">Mae eich llun wedi'i gadw. Mae'n cael ei ddangos ar y cynlluniau a ysgrifennwyd ar gyfer plant.</translation>
    </message>
    <message>
      <source>Your photo was not saved: {0}</source>
      <translation type="unfinished">Ni chadwyd eich llun: {0}</translation>
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <source>%n action</source>
      <translation type="unfinished">%n cam gweithredu</translation>
    </message>
    <message>
      <source>%n actions</source>
      <translation type="unfinished">%n cam gweithredu</translation>
    </message>
    <message>
      <source>%n outcome</source>
      <translation type="unfinished">%n canlyniad</translation>
    </message>
    <message>
      <source>%n outcomes</source>
      <translation type="unfinished">%n canlyniad</translation>
    </message>
    <message>
      <source>Add an action</source>
      <translation type="unfinished">Ychwanegu cam gweithredu</translation>
    </message>
    <message>
      <source>Add an outcome</source>
      <translation type="unfinished">Ychwanegu canlyniad</translation>
    </message>
    <message>
      <source>Contingency and seeing the child</source>
      <translation type="unfinished">Cynllun wrth gefn a gweld y plentyn</translation>
    </message>
    <message>
      <source>Make the outline plan detailed</source>
      <translation type="unfinished">Gwneud y cynllun amlinellol yn fanwl</translation>
    </message>
    <message>
      <source>Make the outline plan the detailed plan</source>
      <translation type="unfinished">Gwneud y cynllun amlinellol yn gynllun manwl</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation type="unfinished">Cynnydd</translation>
    </message>
    <message>
      <source>Save a version</source>
      <translation type="unfinished">Cadw fersiwn</translation>
    </message>
    <message>
      <source>Saved.</source>
      <translation type="unfinished">Cadwyd.</translation>
    </message>
    <message>
      <source>The outline plan is now the detailed plan.</source>
      <translation type="unfinished">Y cynllun amlinellol yw'r cynllun manwl bellach.</translation>
    </message>
    <message>
      <source>The plan: {reference}</source>
      <translation type="unfinished">Y cynllun: {reference}</translation>
    </message>
    <message>
      <source>{kind} plan, {stage}, since {start}: {outcomes}, {actions}.</source>
      <translation type="unfinished">Cynllun {kind}, {stage}, ers {start}: {outcomes}, {actions}.</translation>
    </message>
    <message>
      <source>⚠ {field}: “{label}”: {prompt}</source>
      <translation type="unfinished">⚠ {field}: “{label}”: {prompt}</translation>
    </message>
  </context>
  <context>
    <name>PlanTextPage</name>
    <message>
      <source>Contingency</source>
      <translation type="unfinished">Wrth gefn</translation>
    </message>
    <message>
      <source>Contingency plan</source>
      <translation type="unfinished">Cynllun wrth gefn</translation>
    </message>
    <message>
      <source>How the child will be seen</source>
      <translation type="unfinished">Sut y gwelir y plentyn</translation>
    </message>
    <message>
      <source>Nothing has changed.</source>
      <translation type="unfinished">Nid oes dim wedi newid.</translation>
    </message>
    <message>
      <source>Seeing the child</source>
      <translation type="unfinished">Gweld y plentyn</translation>
    </message>
  </context>
  <context>
    <name>ProformaEditor</name>
    <message>
      <source>Row {n}: </source>
      <translation type="unfinished">Rhes {n}: </translation>
    </message>
    <message>
      <source>Sections of the record</source>
      <translation type="unfinished">Adrannau'r cofnod</translation>
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <source>(choose an action)</source>
      <translation type="unfinished">(dewiswch gam gweithredu)</translation>
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished">Cam gweithredu</translation>
    </message>
    <message>
      <source>Action to update</source>
      <translation type="unfinished">Y cam gweithredu i'w ddiweddaru</translation>
    </message>
    <message>
      <source>Choose the action to update.</source>
      <translation type="unfinished">Dewiswch y cam gweithredu i'w ddiweddaru.</translation>
    </message>
    <message>
      <source>Impact</source>
      <translation type="unfinished">Effaith</translation>
    </message>
    <message>
      <source>Impact on the child</source>
      <translation type="unfinished">Yr effaith ar y plentyn</translation>
    </message>
    <message>
      <source>Needed when the action is completed: what difference it made to the child</source>
      <translation type="unfinished">Ei angen pan fydd y cam gweithredu wedi'i gwblhau: pa wahaniaeth a wnaeth i'r plentyn</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation type="unfinished">Cynnydd</translation>
    </message>
    <message>
      <source>Progress so far</source>
      <translation type="unfinished">Cynnydd hyd yma</translation>
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished">Statws</translation>
    </message>
    <message>
      <source>Status of the action</source>
      <translation type="unfinished">Statws y cam gweithredu</translation>
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <source>Nothing was saved. Please correct:</source>
      <translation type="unfinished">Ni chadwyd dim. Cywirwch y canlynol:</translation>
    </message>
    <message>
      <source>{name} (lead professional)</source>
      <translation type="unfinished">{name} (gweithiwr proffesiynol arweiniol)</translation>
    </message>
  </context>
  <context>
    <name>ReportsView</name>
    <message>
      <source>&amp;Period:</source>
      <translation type="unfinished">&amp;Cyfnod:</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation type="unfinished">Ffeiliau CSV (*.csv)</translation>
    </message>
    <message>
      <source>Compliance</source>
      <translation type="unfinished">Cydymffurfiaeth</translation>
    </message>
    <message>
      <source>Compliance report</source>
      <translation type="unfinished">Adroddiad cydymffurfiaeth</translation>
    </message>
    <message>
      <source>Compliance with the practice timescales</source>
      <translation type="unfinished">Cydymffurfiaeth ag amserlenni ymarfer</translation>
    </message>
    <message>
      <source>Conferences, reports and actions due</source>
      <translation type="unfinished">Cynadleddau, adroddiadau a chamau gweithredu sy'n ddyledus</translation>
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished">Yn ddyledus</translation>
    </message>
    <message>
      <source>Excel workbooks (*.xlsx)</source>
      <translation type="unfinished">Llyfrau gwaith Excel (*.xlsx)</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation type="unfinished">Allforio CSV…</translation>
    </message>
    <message>
      <source>Export Excel…</source>
      <translation type="unfinished">Allforio Excel…</translation>
    </message>
    <message>
      <source>Export PDF…</source>
      <translation type="unfinished">Allforio PDF…</translation>
    </message>
    <message>
      <source>Export compliance report</source>
      <translation type="unfinished">Allforio'r adroddiad cydymffurfiaeth</translation>
    </message>
    <message>
      <source>Export the compliance report as CSV</source>
      <translation type="unfinished">Allforio'r adroddiad cydymffurfiaeth fel CSV</translation>
    </message>
    <message>
      <source>Export the compliance report as a PDF</source>
      <translation type="unfinished">Allforio'r adroddiad cydymffurfiaeth fel PDF</translation>
    </message>
    <message>
      <source>Export the compliance report for Excel</source>
      <translation type="unfinished">Allforio'r adroddiad cydymffurfiaeth ar gyfer Excel</translation>
    </message>
    <message>
      <source>Exported to {path}</source>
      <translation type="unfinished">Allforiwyd i {path}</translation>
    </message>
    <message>
      <source>Last 12 months</source>
      <translation type="unfinished">Y 12 mis diwethaf</translation>
    </message>
    <message>
      <source>Last 3 months</source>
      <translation type="unfinished">Y 3 mis diwethaf</translation>
    </message>
    <message>
      <source>Last 6 months</source>
      <translation type="unfinished">Y 6 mis diwethaf</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished">Wrthi'n llwytho…</translation>
    </message>
    <message>
      <source>Making the PDF…</source>
      <translation type="unfinished">Wrthi'n gwneud y PDF…</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation type="unfinished">Mesur</translation>
    </message>
    <message>
      <source>Nothing due</source>
      <translation type="unfinished">Dim yn ddyledus</translation>
    </message>
    <message>
      <source>Nothing fell due in this period.</source>
      <translation type="unfinished">Nid oedd dim yn ddyledus yn y cyfnod hwn.</translation>
    </message>
    <message>
      <source>On time</source>
      <translation type="unfinished">Ar amser</translation>
    </message>
    <message>
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished">Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Per cent</source>
      <translation type="unfinished">Y cant</translation>
    </message>
    <message>
      <source>Period of the report</source>
      <translation type="unfinished">Cyfnod yr adroddiad</translation>
    </message>
    <message>
      <source>Press Enter or double-click a figure to see the cases that count against it.</source>
      <translation type="unfinished">Pwyswch Enter neu cliciwch ddwywaith ar ffigur i weld yr achosion sy'n cyfrif yn ei erbyn.</translation>
    </message>
    <message>
      <source>Team or lead professional</source>
      <translation type="unfinished">Tîm neu weithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>The compliance report is for team managers and quality assurance managers.</source>
      <translation type="unfinished">Mae'r adroddiad cydymffurfiaeth ar gyfer rheolwyr tîm a rheolwyr sicrhau ansawdd.</translation>
    </message>
    <message>
      <source>Whole team</source>
      <translation type="unfinished">Y tîm cyfan</translation>
    </message>
    <message>
      <source>{start} to {end} · {cases} cases</source>
      <translation type="unfinished">{start} i {end} · {cases} achos</translation>
    </message>
  </context>
  <context>
    <name>RescheduleDialog</name>
    <message>
      <source>Cancel the meeting</source>
      <translation type="unfinished">Canslo'r cyfarfod</translation>
    </message>
    <message>
      <source>Cancel the meeting on {when}? This cannot be undone: a new meeting would have to be convened.</source>
      <translation type="unfinished">Canslo'r cyfarfod ar {when}? Nid oes modd dadwneud hyn: byddai'n rhaid cynnull cyfarfod newydd.</translation>
    </message>
    <message>
      <source>Cancel the meeting?</source>
      <translation type="unfinished">Canslo'r cyfarfod?</translation>
    </message>
    <message>
      <source>Convened for {when} at {venue}.</source>
      <translation type="unfinished">Wedi'i gynnull ar gyfer {when}. Lleoliad: {venue}.</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation type="unfinished">Dyddiad ac amser</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation type="unfinished">Ei gadw</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
      <source>Move it to</source>
      <translation type="unfinished">Ei symud i</translation>
    </message>
    <message>
      <source>Move or cancel the meeting</source>
      <translation type="unfinished">Symud neu ganslo'r cyfarfod</translation>
    </message>
    <message>
      <source>Move the meeting</source>
      <translation type="unfinished">Symud y cyfarfod</translation>
    </message>
    <message>
      <source>New date and time</source>
      <translation type="unfinished">Dyddiad ac amser newydd</translation>
    </message>
    <message>
      <source>Saved: the meeting is cancelled.</source>
      <translation type="unfinished">Cadwyd: mae'r cyfarfod wedi'i ganslo.</translation>
    </message>
    <message>
      <source>Saved: the meeting is now on {when} at {venue}.</source>
      <translation type="unfinished">Cadwyd: mae'r cyfarfod bellach ar {when}. Lleoliad: {venue}.</translation>
    </message>
    <message>
      <source>Venue</source>
      <translation type="unfinished">Lleoliad</translation>
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>%n thing to finish before approval:</source>
      <translation type="unfinished">%n peth i'w orffen cyn cymeradwyo:</translation>
    </message>
    <message>
      <source>%n things to finish before approval:</source>
      <translation type="unfinished">%n peth i'w gorffen cyn cymeradwyo:</translation>
    </message>
    <message>
      <source>Approve the minutes</source>
      <translation type="unfinished">Cymeradwyo'r cofnodion</translation>
    </message>
    <message>
      <source>Approve these minutes as chair</source>
      <translation type="unfinished">Cymeradwyo'r cofnodion hyn fel cadeirydd</translation>
    </message>
    <message>
      <source>Approving…</source>
      <translation type="unfinished">Yn cymeradwyo…</translation>
    </message>
    <message>
      <source>Check again</source>
      <translation type="unfinished">Gwirio eto</translation>
    </message>
    <message>
      <source>Check the minutes again</source>
      <translation type="unfinished">Gwirio'r cofnodion eto</translation>
    </message>
    <message>
      <source>Checking the record…</source>
      <translation type="unfinished">Yn gwirio'r cofnod…</translation>
    </message>
    <message>
      <source>Circulate &gt;</source>
      <translation type="unfinished">Dosbarthu &gt;</translation>
    </message>
    <message>
      <source>Escalate the selected disagreement to the lead professional's manager</source>
      <translation type="unfinished">Uwchgyfeirio'r anghytundeb a ddewiswyd at reolwr y gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>Escalate to the LP's manager</source>
      <translation type="unfinished">Uwchgyfeirio at reolwr y gweithiwr arweiniol</translation>
    </message>
    <message>
      <source>First finish:</source>
      <translation type="unfinished">Gorffennwch yn gyntaf:</translation>
    </message>
    <message>
      <source>Press Enter to go to this part of the minutes</source>
      <translation type="unfinished">Pwyswch Enter i fynd i'r rhan hon o'r cofnodion</translation>
    </message>
    <message>
      <source>Preview PDF</source>
      <translation type="unfinished">Rhagolwg PDF</translation>
    </message>
    <message>
      <source>Preview: {path}</source>
      <translation type="unfinished">Rhagolwg: {path}</translation>
    </message>
    <message>
      <source>Render the minutes as PDF and open them</source>
      <translation type="unfinished">Creu PDF o'r cofnodion a'u hagor</translation>
    </message>
    <message>
      <source>Rendering the minutes…</source>
      <translation type="unfinished">Yn creu'r cofnodion…</translation>
    </message>
    <message>
      <source>Review and approve</source>
      <translation type="unfinished">Adolygu a chymeradwyo</translation>
    </message>
    <message>
      <source>The minutes are not open in this window: open the meeting to change them.</source>
      <translation type="unfinished">Nid yw'r cofnodion ar agor yn y ffenestr hon: agorwch y cyfarfod i'w newid.</translation>
    </message>
    <message>
      <source>The record has changed since version {version} was approved: a disagreement was added to this meeting. The approved version cannot be circulated as the record now stands; approve the record again to seal version {next}.</source>
      <translation type="unfinished">Mae'r cofnod wedi newid ers cymeradwyo fersiwn {version}: ychwanegwyd anghytundeb at y cyfarfod hwn. Ni ellir dosbarthu'r fersiwn a gymeradwywyd fel y mae'r cofnod yn awr; cymeradwywch y cofnod eto i selio fersiwn {next}.</translation>
    </message>
    <message>
      <source>The record must be complete before the chair approves it. Approval covers this exact version.</source>
      <translation type="unfinished">Rhaid i'r cofnod fod yn gyflawn cyn i'r cadeirydd ei gymeradwyo. Mae'r gymeradwyaeth yn cwmpasu'r union fersiwn hon.</translation>
    </message>
    <message>
      <source>What is still needed before approval</source>
      <translation type="unfinished">Beth sydd ei angen o hyd cyn cymeradwyo</translation>
    </message>
    <message>
      <source>not named</source>
      <translation type="unfinished">heb ei enwi</translation>
    </message>
    <message>
      <source>✓ Approved by {who} on {when} (version {version}).</source>
      <translation type="unfinished">✓ Cymeradwywyd gan {who} ar {when} (fersiwn {version}).</translation>
    </message>
    <message>
      <source>✓ The record is complete and ready for approval.</source>
      <translation type="unfinished">✓ Mae'r cofnod yn gyflawn ac yn barod i'w gymeradwyo.</translation>
    </message>
    <message>
      <source>✓ The record is complete. The chair, {chair}, or a team manager approves it.</source>
      <translation type="unfinished">✓ Mae'r cofnod yn gyflawn. Y cadeirydd, {chair}, neu reolwr tîm sy'n ei gymeradwyo.</translation>
    </message>
  </context>
  <context>
    <name>ReviewReportDialog</name>
    <message>
      <source>Assessment and recommendation</source>
      <translation type="unfinished">Asesiad ac argymhelliad</translation>
    </message>
    <message>
      <source>From the records</source>
      <translation type="unfinished">O'r cofnodion</translation>
    </message>
    <message>
      <source>Late: {reason}.</source>
      <translation type="unfinished">Yn hwyr: {reason}.</translation>
    </message>
    <message>
      <source>New folder for the parents' copies</source>
      <translation type="unfinished">Ffolder newydd ar gyfer copïau'r rhieni</translation>
    </message>
    <message>
      <source>No review conference is scheduled: record one on the case first.</source>
      <translation type="unfinished">Nid oes cynhadledd adolygu wedi'i threfnu: cofnodwch un ar yr achos yn gyntaf.</translation>
    </message>
    <message>
      <source>Not started.</source>
      <translation type="unfinished">Heb ddechrau.</translation>
    </message>
    <message>
      <source>Parents' copies go into</source>
      <translation type="unfinished">Mae copïau'r rhieni yn mynd i</translation>
    </message>
    <message>
      <source>Report to the review conference</source>
      <translation type="unfinished">Adroddiad i'r gynhadledd adolygu</translation>
    </message>
    <message>
      <source>Review conference on {day}. Your report to the chair by {chair}; shared with the parents by {parents}.</source>
      <translation type="unfinished">Cynhadledd adolygu ar {day}. Eich adroddiad i'r cadeirydd erbyn {chair}; wedi'i rannu gyda'r rhieni erbyn {parents}.</translation>
    </message>
    <message>
      <source>Save</source>
      <translation type="unfinished">Cadw</translation>
    </message>
    <message>
      <source>Saved: the report is started from the records.</source>
      <translation type="unfinished">Wedi'i gadw: mae'r adroddiad wedi'i ddechrau o'r cofnodion.</translation>
    </message>
    <message>
      <source>Saved: your assessment and recommendation.</source>
      <translation type="unfinished">Wedi'i gadw: eich asesiad a'ch argymhelliad.</translation>
    </message>
    <message>
      <source>Share with the parents</source>
      <translation type="unfinished">Rhannu gyda'r rhieni</translation>
    </message>
    <message>
      <source>Shared with the parents on {day}.</source>
      <translation type="unfinished">Rhannwyd gyda'r rhieni ar {day}.</translation>
    </message>
    <message>
      <source>Shared with the parents on {day}: a copy for each in {folder}.</source>
      <translation type="unfinished">Rhannwyd gyda'r rhieni ar {day}: copi i bob un yn {folder}.</translation>
    </message>
    <message>
      <source>Start from the records</source>
      <translation type="unfinished">Dechrau o'r cofnodion</translation>
    </message>
    <message>
      <source>Start the report to see what the records show for this review.</source>
      <translation type="unfinished">Dechreuwch yr adroddiad i weld beth mae'r cofnodion yn ei ddangos ar gyfer yr adolygiad hwn.</translation>
    </message>
    <message>
      <source>Submit to the chair</source>
      <translation type="unfinished">Cyflwyno i'r cadeirydd</translation>
    </message>
    <message>
      <source>Submitted to the conference chair on {day}.</source>
      <translation type="unfinished">Cyflwynwyd i gadeirydd y gynhadledd ar {day}.</translation>
    </message>
    <message>
      <source>The chair's comments: {text}</source>
      <translation type="unfinished">Sylwadau'r cadeirydd: {text}</translation>
    </message>
    <message>
      <source>What the records show</source>
      <translation type="unfinished">Beth mae'r cofnodion yn ei ddangos</translation>
    </message>
    <message>
      <source>Your assessment and recommendation</source>
      <translation type="unfinished">Eich asesiad a'ch argymhelliad</translation>
    </message>
  </context>
  <context>
    <name>RoleDialog</name>
    <message>
      <source>Change the role?</source>
      <translation type="unfinished">Newid y rôl?</translation>
    </message>
    <message>
      <source>Change {name}'s role from {old} to {new}? It changes what {name} can see and do. {reach}</source>
      <translation type="unfinished">Newid rôl {name} o {old} i {new}? Mae'n newid beth y gall {name} ei weld a'i wneud. {reach}</translation>
    </message>
    <message>
      <source>New role</source>
      <translation type="unfinished">Rôl newydd</translation>
    </message>
    <message>
      <source>Now: {role}. The role decides what {name} can see and do in lpdesk.</source>
      <translation type="unfinished">Nawr: {role}. Y rôl sy'n penderfynu beth y gall {name} ei weld a'i wneud yn lpdesk.</translation>
    </message>
    <message>
      <source>On this team database a team manager moves workers between lead professional and administrator only; IT gives the other roles.</source>
      <translation type="unfinished">Ar gronfa ddata'r tîm hon, dim ond rhwng gweithiwr proffesiynol arweiniol a gweinyddwr y gall rheolwr tîm symud gweithwyr; TG sy'n rhoi'r rolau eraill.</translation>
    </message>
    <message>
      <source>Role of {name}</source>
      <translation type="unfinished">Rôl {name}</translation>
    </message>
    <message>
      <source>This is your own account ({role}): another team manager changes your role.</source>
      <translation type="unfinished">Eich cyfrif chi yw hwn ({role}): rheolwr tîm arall sy'n newid eich rôl.</translation>
    </message>
    <message>
      <source>Worker</source>
      <translation type="unfinished">Gweithiwr</translation>
    </message>
    <message>
      <source>choose a different role</source>
      <translation type="unfinished">dewiswch rôl wahanol</translation>
    </message>
    <message>
      <source>{name}'s role is already {role}: choose a different one.</source>
      <translation type="unfinished">Mae rôl {name} eisoes yn {role}: dewiswch un wahanol.</translation>
    </message>
    <message>
      <source>{name}'s role is now {role}. If they are signed in, lpdesk shows them what the new role may see when they next sign in.</source>
      <translation type="unfinished">Rôl {name} yw {role} bellach. Os ydynt wedi mewngofnodi, bydd lpdesk yn dangos iddynt yr hyn y gall y rôl newydd ei weld pan fyddant yn mewngofnodi nesaf.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Authority</source>
      <translation type="unfinished">Awdurdod</translation>
    </message>
    <message>
      <source>Authority name</source>
      <translation type="unfinished">Enw'r awdurdod</translation>
    </message>
    <message>
      <source>Checking the template…</source>
      <translation type="unfinished">Wrthi'n gwirio'r templed…</translation>
    </message>
    <message>
      <source>Choose the Word template file</source>
      <translation type="unfinished">Dewiswch ffeil y templed Word</translation>
    </message>
    <message>
      <source>Choose the letterhead logo</source>
      <translation type="unfinished">Dewiswch logo'r pennawd llythyr</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished">Dewis…</translation>
    </message>
    <message>
      <source>Default practice profile</source>
      <translation type="unfinished">Proffil ymarfer diofyn</translation>
    </message>
    <message>
      <source>Default practice profile for new cases</source>
      <translation type="unfinished">Proffil ymarfer diofyn ar gyfer achosion newydd</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation type="unfinished">Dogfennau</translation>
    </message>
    <message>
      <source>Email (SMTP)</source>
      <translation type="unfinished">E-bost (SMTP)</translation>
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation type="unfinished">Lluniau (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <source>Leave the password empty to keep the one already stored.</source>
      <translation type="unfinished">Gadewch y cyfrinair yn wag i gadw'r un sydd wedi'i storio eisoes.</translation>
    </message>
    <message>
      <source>Letterhead address</source>
      <translation type="unfinished">Cyfeiriad y pennawd llythyr</translation>
    </message>
    <message>
      <source>Letterhead logo</source>
      <translation type="unfinished">Logo'r pennawd llythyr</translation>
    </message>
    <message>
      <source>Letterhead logo file (PNG or JPEG)</source>
      <translation type="unfinished">Ffeil logo'r pennawd llythyr (PNG neu JPEG)</translation>
    </message>
    <message>
      <source>Microsoft 365 app id</source>
      <translation type="unfinished">ID ap Microsoft 365</translation>
    </message>
    <message>
      <source>Microsoft 365 application (client) id, for signing in to Exchange Online without a password</source>
      <translation type="unfinished">ID rhaglen (cleient) Microsoft 365, ar gyfer mewngofnodi i Exchange Online heb gyfrinair</translation>
    </message>
    <message>
      <source>Microsoft 365 tenant</source>
      <translation type="unfinished">Tenant Microsoft 365</translation>
    </message>
    <message>
      <source>Microsoft 365 tenant id or domain</source>
      <translation type="unfinished">ID neu barth tenant Microsoft 365</translation>
    </message>
    <message>
      <source>No system keyring: the password is kept for this session only.</source>
      <translation type="unfinished">Dim cylch allweddi system: cedwir y cyfrinair ar gyfer y sesiwn hon yn unig.</translation>
    </message>
    <message>
      <source>OFFICIAL-SENSITIVE</source>
      <translation type="unfinished">SWYDDOGOL-SENSITIF</translation>
    </message>
    <message>
      <source>Only for Exchange Online: the id lpdesk is registered as</source>
      <translation type="unfinished">Ar gyfer Exchange Online yn unig: yr ID y mae lpdesk wedi'i gofrestru fel</translation>
    </message>
    <message>
      <source>Opened the sample PDF.</source>
      <translation type="unfinished">Agorwyd y PDF enghreifftiol.</translation>
    </message>
    <message>
      <source>Organisational settings are shared by the team and every change is audited. The SMTP password is kept in the system keyring, never in the database.</source>
      <translation type="unfinished">Mae'r tîm yn rhannu gosodiadau'r sefydliad ac archwilir pob newid. Cedwir y cyfrinair SMTP yng nghylch allweddi'r system, byth yn y gronfa ddata.</translation>
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished">Cyfrinair</translation>
    </message>
    <message>
      <source>Port</source>
      <translation type="unfinished">Porth</translation>
    </message>
    <message>
      <source>Preview a document</source>
      <translation type="unfinished">Rhagweld dogfen</translation>
    </message>
    <message>
      <source>Preview a sample document as PDF</source>
      <translation type="unfinished">Rhagweld dogfen enghreifftiol fel PDF</translation>
    </message>
    <message>
      <source>Protective marking</source>
      <translation type="unfinished">Marc diogelu</translation>
    </message>
    <message>
      <source>Protective marking printed on every page</source>
      <translation type="unfinished">Marc diogelu wedi'i argraffu ar bob tudalen</translation>
    </message>
    <message>
      <source>Rendering a sample…</source>
      <translation type="unfinished">Wrthi'n creu enghraifft…</translation>
    </message>
    <message>
      <source>SMTP password (kept in the system keyring)</source>
      <translation type="unfinished">Cyfrinair SMTP (wedi'i gadw yng nghylch allweddi'r system)</translation>
    </message>
    <message>
      <source>SMTP port</source>
      <translation type="unfinished">Porth SMTP</translation>
    </message>
    <message>
      <source>SMTP server host name</source>
      <translation type="unfinished">Enw gwesteiwr y gweinydd SMTP</translation>
    </message>
    <message>
      <source>SMTP user name</source>
      <translation type="unfinished">Enw defnyddiwr SMTP</translation>
    </message>
    <message>
      <source>Server</source>
      <translation type="unfinished">Gweinydd</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished">Gosodiadau</translation>
    </message>
    <message>
      <source>Template checked: every style lpdesk needs is there.</source>
      <translation type="unfinished">Templed wedi'i wirio: mae pob arddull sydd ei hangen ar lpdesk yno.</translation>
    </message>
    <message>
      <source>The bundled template</source>
      <translation type="unfinished">Y templed sy'n dod gyda lpdesk</translation>
    </message>
    <message>
      <source>The bundled template is used.</source>
      <translation type="unfinished">Defnyddir y templed sy'n dod gyda lpdesk.</translation>
    </message>
    <message>
      <source>Unchanged</source>
      <translation type="unfinished">Heb ei newid</translation>
    </message>
    <message>
      <source>Use STARTTLS</source>
      <translation type="unfinished">Defnyddio STARTTLS</translation>
    </message>
    <message>
      <source>User name</source>
      <translation type="unfinished">Enw defnyddiwr</translation>
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation type="unfinished">Dogfennau Word (*.docx)</translation>
    </message>
    <message>
      <source>Word template</source>
      <translation type="unfinished">Templed Word</translation>
    </message>
    <message>
      <source>Word template file</source>
      <translation type="unfinished">Ffeil y templed Word</translation>
    </message>
    <message>
      <source>example.gov.uk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>page_hint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>smtp.example.org</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>warning</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <source>&amp;Password</source>
      <translation type="unfinished">&amp;Cyfrinair</translation>
    </message>
    <message>
      <source>&amp;Username</source>
      <translation type="unfinished">&amp;Enw defnyddiwr</translation>
    </message>
    <message>
      <source>Enter your username and your password.</source>
      <translation type="unfinished">Rhowch eich enw defnyddiwr a'ch cyfrinair.</translation>
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished">Cyfrinair</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation type="unfinished">Mewngofnodi</translation>
    </message>
    <message>
      <source>Sign in to the team database</source>
      <translation type="unfinished">Mewngofnodi i gronfa ddata'r tîm</translation>
    </message>
    <message>
      <source>Sign-in problem</source>
      <translation type="unfinished">Problem mewngofnodi</translation>
    </message>
    <message>
      <source>This database is shared by your team. Sign in to continue.</source>
      <translation type="unfinished">Mae eich tîm yn rhannu'r gronfa ddata hon. Mewngofnodwch i barhau.</translation>
    </message>
    <message>
      <source>Username</source>
      <translation type="unfinished">Enw defnyddiwr</translation>
    </message>
  </context>
  <context>
    <name>StartScreenDialog</name>
    <message>
      <source>Choose which of this desk's users you are.</source>
      <translation type="unfinished">Dewiswch pa un o ddefnyddwyr y ddesg hon ydych chi.</translation>
    </message>
    <message>
      <source>Choose who to be</source>
      <translation type="unfinished">Dewiswch pwy i fod</translation>
    </message>
    <message>
      <source>Demo users</source>
      <translation type="unfinished">Defnyddwyr demo</translation>
    </message>
    <message>
      <source>Start as this user</source>
      <translation type="unfinished">Dechrau fel y defnyddiwr hwn</translation>
    </message>
    <message>
      <source>This is the lpdesk demo: every family, worker and record in it is fictional. Choose which demo user to be; each role opens on its own work. You can choose again the next time lpdesk starts.</source>
      <translation type="unfinished">Dyma ddemo lpdesk: mae pob teulu, gweithiwr a chofnod ynddo yn ffug. Dewiswch pa ddefnyddiwr demo i fod; mae pob rôl yn agor ar ei gwaith ei hun. Gallwch ddewis eto y tro nesaf y bydd lpdesk yn dechrau.</translation>
    </message>
    <message>
      <source>Users</source>
      <translation type="unfinished">Defnyddwyr</translation>
    </message>
    <message>
      <source>Who are you?</source>
      <translation type="unfinished">Pwy ydych chi?</translation>
    </message>
  </context>
  <context>
    <name>TeamActionsModel</name>
    <message>
      <source>Overdue</source>
      <translation type="unfinished">Yn hwyr</translation>
    </message>
  </context>
  <context>
    <name>TeamDialog</name>
    <message>
      <source>%n worker</source>
      <translation type="unfinished">%n gweithiwr</translation>
    </message>
    <message>
      <source>%n workers</source>
      <translation type="unfinished">%n gweithiwr</translation>
    </message>
    <message>
      <source>Add a worker's account</source>
      <translation type="unfinished">Ychwanegu cyfrif gweithiwr</translation>
    </message>
    <message>
      <source>Add a worker…</source>
      <translation type="unfinished">Ychwanegu gweithiwr…</translation>
    </message>
    <message>
      <source>Change the chosen worker's role</source>
      <translation type="unfinished">Newid rôl y gweithiwr a ddewiswyd</translation>
    </message>
    <message>
      <source>Choose a worker first.</source>
      <translation type="unfinished">Dewiswch weithiwr yn gyntaf.</translation>
    </message>
    <message>
      <source>Line manager</source>
      <translation type="unfinished">Rheolwr llinell</translation>
    </message>
    <message>
      <source>Line manager…</source>
      <translation type="unfinished">Rheolwr llinell…</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished">Wrthi'n llwytho…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished">Enw</translation>
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished">Na</translation>
    </message>
    <message>
      <source>No line manager recorded for: {names}. Their first core groups cannot be convened until one is (the line manager chairs them).</source>
      <translation type="unfinished">Dim rheolwr llinell wedi'i gofnodi ar gyfer: {names}. Ni ellir cynnull eu grwpiau craidd cyntaf nes bydd un wedi'i gofnodi (y rheolwr llinell sy'n eu cadeirio).</translation>
    </message>
    <message>
      <source>None recorded</source>
      <translation type="unfinished">Dim wedi'i gofnodi</translation>
    </message>
    <message>
      <source>Qualified social worker</source>
      <translation type="unfinished">Gweithiwr cymdeithasol cymwysedig</translation>
    </message>
    <message>
      <source>Record the chosen worker's line manager</source>
      <translation type="unfinished">Cofnodi rheolwr llinell y gweithiwr a ddewiswyd</translation>
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished">Rôl</translation>
    </message>
    <message>
      <source>Role…</source>
      <translation type="unfinished">Rôl…</translation>
    </message>
    <message>
      <source>Team</source>
      <translation type="unfinished">Tîm</translation>
    </message>
    <message>
      <source>The team's workers</source>
      <translation type="unfinished">Gweithwyr y tîm</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished">Ie</translation>
    </message>
    <message>
      <source>{workers}. Choose one to change their role or record their line manager.</source>
      <translation type="unfinished">{workers}. Dewiswch un i newid ei rôl neu i gofnodi ei reolwr llinell.</translation>
    </message>
  </context>
  <context>
    <name>TimelineWidget</name>
    <message>
      <source>%1 so far</source>
      <translation type="unfinished">%1 hyd yma</translation>
    </message>
    <message>
      <source>%n recorded</source>
      <translation type="unfinished">%n wedi'u cofnodi</translation>
    </message>
    <message>
      <source>; %n gap longer than {cadence}, the longest {days} days</source>
      <translation type="unfinished">; %n bwlch yn hwy na {cadence}, yr hiraf yn {days} diwrnod</translation>
    </message>
    <message>
      <source>; %n gaps longer than {cadence}, the longest {days} days</source>
      <translation type="unfinished">; %n bwlch yn hwy na {cadence}, yr hiraf yn {days} diwrnod</translation>
    </message>
    <message>
      <source>; none since {day}: {days} days so far, longer than {cadence}</source>
      <translation type="unfinished">; dim ers {day}: {days} diwrnod hyd yma, yn hwy na {cadence}</translation>
    </message>
    <message>
      <source>Gap: %1 to %2 (%3 days)</source>
      <translation type="unfinished">Bwlch: %1 i %2 (%3 diwrnod)</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished">Wrthi'n llwytho…</translation>
    </message>
    <message>
      <source>Required: %1</source>
      <translation type="unfinished">Gofynnol: %1</translation>
    </message>
    <message>
      <source>Timeline of contact against the required cadence</source>
      <translation type="unfinished">Llinell amser cyswllt o'i gymharu â'r amlder gofynnol</translation>
    </message>
    <message>
      <source>Today is {day}.</source>
      <translation type="unfinished">Heddiw yw {day}.</translation>
    </message>
    <message>
      <source>contact</source>
      <translation type="unfinished">cyswllt</translation>
    </message>
    <message>
      <source>gap %1 wk</source>
      <translation type="unfinished">bwlch %1 wythnos</translation>
    </message>
    <message>
      <source>gap longer than the required cadence</source>
      <translation type="unfinished">bwlch yn hirach na'r amlder gofynnol</translation>
    </message>
    <message>
      <source>today</source>
      <translation type="unfinished">heddiw</translation>
    </message>
    <message>
      <source>{lane}: none recorded</source>
      <translation type="unfinished">{lane}: dim wedi'u cofnodi</translation>
    </message>
    <message>
      <source>{lane}: {n} recorded, the last on {day}</source>
      <translation type="unfinished">{lane}: {n} wedi'u cofnodi, yr olaf ar {day}</translation>
    </message>
  </context>
  <context>
    <name>VersionPage</name>
    <message>
      <source>Consulted</source>
      <translation type="unfinished">Ymgynghorwyd</translation>
    </message>
    <message>
      <source>Core group members consulted</source>
      <translation type="unfinished">Aelodau'r grŵp craidd yr ymgynghorwyd â nhw</translation>
    </message>
    <message>
      <source>Saving a version keeps a copy of the plan as it stands. The lead professional's manager and the conference chair will be notified of the change.</source>
      <translation type="unfinished">Mae cadw fersiwn yn cadw copi o'r cynllun fel y mae. Bydd rheolwr y gweithiwr proffesiynol arweiniol a chadeirydd y gynhadledd yn cael gwybod am y newid.</translation>
    </message>
    <message>
      <source>Summary</source>
      <translation type="unfinished">Crynodeb</translation>
    </message>
    <message>
      <source>Summary of the changes</source>
      <translation type="unfinished">Crynodeb o'r newidiadau</translation>
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <source>Bedroom seen</source>
      <translation type="unfinished">Gwelwyd yr ystafell wely</translation>
    </message>
    <message>
      <source>Child</source>
      <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
      <source>Child seen alone</source>
      <translation type="unfinished">Gwelwyd y plentyn ar ei ben ei hun</translation>
    </message>
    <message>
      <source>Child visited</source>
      <translation type="unfinished">Y plentyn yr ymwelwyd ag ef</translation>
    </message>
    <message>
      <source>Child's presentation and behaviour, described factually</source>
      <translation type="unfinished">Cyflwyniad ac ymddygiad y plentyn, wedi'u disgrifio'n ffeithiol</translation>
    </message>
    <message>
      <source>Choose who visited.</source>
      <translation type="unfinished">Dewiswch pwy a ymwelodd.</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation type="unfinished">Dyddiad ac amser</translation>
    </message>
    <message>
      <source>Date and time of the visit</source>
      <translation type="unfinished">Dyddiad ac amser yr ymweliad</translation>
    </message>
    <message>
      <source>Escalation steps now due (complete them from the case):</source>
      <translation type="unfinished">Camau uwchgyfeirio sy'n ddyledus nawr (cwblhewch nhw o'r achos):</translation>
    </message>
    <message>
      <source>Key subjects of the plan</source>
      <translation type="unfinished">Pynciau allweddol y cynllun</translation>
    </message>
    <message>
      <source>Key subjects of the plan discussed</source>
      <translation type="unfinished">Pynciau allweddol y cynllun a drafodwyd</translation>
    </message>
    <message>
      <source>New incidents or concerns</source>
      <translation type="unfinished">Digwyddiadau neu bryderon newydd</translation>
    </message>
    <message>
      <source>New incidents, injuries or concerns</source>
      <translation type="unfinished">Digwyddiadau, anafiadau neu bryderon newydd</translation>
    </message>
    <message>
      <source>Observations</source>
      <translation type="unfinished">Sylwadau</translation>
    </message>
    <message>
      <source>Observations against the identified risks</source>
      <translation type="unfinished">Sylwadau yn erbyn y risgiau a nodwyd</translation>
    </message>
    <message>
      <source>Observations against the risks</source>
      <translation type="unfinished">Sylwadau yn erbyn y risgiau</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
      <source>Outcome of the visit</source>
      <translation type="unfinished">Canlyniad yr ymweliad</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation type="unfinished">Cyflwyniad</translation>
    </message>
    <message>
      <source>Presentation and behaviour</source>
      <translation type="unfinished">Cyflwyniad ac ymddygiad</translation>
    </message>
    <message>
      <source>Record a visit</source>
      <translation type="unfinished">Cofnodi ymweliad</translation>
    </message>
    <message>
      <source>Record a visit: {reference}</source>
      <translation type="unfinished">Cofnodi ymweliad: {reference}</translation>
    </message>
    <message>
      <source>Record everything a visit record holds (F1 lists it). Describe presentation and behaviour factually; avoid labels such as “disturbed”.</source>
      <translation type="unfinished">Cofnodwch bopeth sydd mewn cofnod ymweliad (mae F1 yn ei restru). Disgrifiwch gyflwyniad ac ymddygiad yn ffeithiol; osgowch labeli fel “aflonydd”.</translation>
    </message>
    <message>
      <source>Recorded late: {reason}.</source>
      <translation type="unfinished">Cofnodwyd yn hwyr: {reason}.</translation>
    </message>
    <message>
      <source>Saved: the visit to {child} on {when} ({outcome}).</source>
      <translation type="unfinished">Wedi'i gadw: yr ymweliad â {child} ar {when} ({outcome}).</translation>
    </message>
    <message>
      <source>Spoke with the child</source>
      <translation type="unfinished">Siaradwyd â'r plentyn</translation>
    </message>
    <message>
      <source>The case has no child to record a visit to.</source>
      <translation type="unfinished">Nid oes gan yr achos blentyn i gofnodi ymweliad ag ef.</translation>
    </message>
    <message>
      <source>Visit recorded</source>
      <translation type="unfinished">Ymweliad wedi'i gofnodi</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation type="unfinished">Ymwelydd</translation>
    </message>
    <message>
      <source>Who visited</source>
      <translation type="unfinished">Pwy a ymwelodd</translation>
    </message>
    <message>
      <source>Who was present</source>
      <translation type="unfinished">Pwy oedd yn bresennol</translation>
    </message>
    <message>
      <source>Why not seen alone</source>
      <translation type="unfinished">Pam na welwyd ar ei ben ei hun</translation>
    </message>
    <message>
      <source>Why the child was not seen alone</source>
      <translation type="unfinished">Pam na welwyd y plentyn ar ei ben ei hun</translation>
    </message>
    <message>
      <source>ddd d MMM yyyy HH:mm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>page_hint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{place}: “{label}”: {prompt}</source>
      <translation type="unfinished">{place}: “{label}”: {prompt}</translation>
    </message>
  </context>
  <context>
    <name>admin_model</name>
    <message>
      <source>Case</source>
      <translation type="unfinished">Achos</translation>
    </message>
    <message>
      <source>Circulate by</source>
      <translation type="unfinished">Dosbarthu erbyn</translation>
    </message>
    <message>
      <source>Documents</source>
      <translation type="unfinished">Dogfennau</translation>
    </message>
    <message>
      <source>How</source>
      <translation type="unfinished">Sut</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation type="unfinished">Cyfarfod</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation type="unfinished">Sefydliad</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation type="unfinished">Problemau</translation>
    </message>
    <message>
      <source>Recipient</source>
      <translation type="unfinished">Derbynnydd</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation type="unfinished">Wedi'i ddileu</translation>
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished">Rôl</translation>
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished">Statws</translation>
    </message>
    <message>
      <source>Still to be reached</source>
      <translation type="unfinished">I'w cyrraedd o hyd</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation type="unfinished">dim</translation>
    </message>
  </context>
  <context>
    <name>case_tabs</name>
    <message>
      <source>No</source>
      <translation type="unfinished">Naddo</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished">Do</translation>
    </message>
  </context>
  <context>
    <name>circulation_words</name>
    <message>
      <source>Not yet produced</source>
      <translation type="unfinished">Heb ei gynhyrchu eto</translation>
    </message>
    <message>
      <source>Nothing</source>
      <translation type="unfinished">Dim</translation>
    </message>
  </context>
  <context>
    <name>errors</name>
    <message>
      <source>Cancelled</source>
      <translation type="unfinished">Wedi'i ganslo</translation>
    </message>
    <message>
      <source>Changed by someone else</source>
      <translation type="unfinished">Wedi'i newid gan rywun arall</translation>
    </message>
    <message>
      <source>Could not finish</source>
      <translation type="unfinished">Methu gorffen</translation>
    </message>
    <message>
      <source>File or network problem</source>
      <translation type="unfinished">Problem ffeil neu rwydwaith</translation>
    </message>
    <message>
      <source>Not allowed</source>
      <translation type="unfinished">Dim caniatâd</translation>
    </message>
    <message>
      <source>Not found</source>
      <translation type="unfinished">Heb ei ganfod</translation>
    </message>
    <message>
      <source>Not possible yet</source>
      <translation type="unfinished">Ddim yn bosibl eto</translation>
    </message>
    <message>
      <source>Nothing was saved. Please correct:</source>
      <translation type="unfinished">Ni chadwyd dim. Cywirwch:</translation>
    </message>
    <message>
      <source>Please check the form</source>
      <translation type="unfinished">Gwiriwch y ffurflen</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation type="unfinished">Aeth rhywbeth o'i le</translation>
    </message>
    <message>
      <source>Stopped. Nothing half-done was kept.</source>
      <translation type="unfinished">Wedi stopio. Ni chadwyd dim byd hanner gorffenedig.</translation>
    </message>
    <message>
      <source>The computer reported: {error}</source>
      <translation type="unfinished">Dywedodd y cyfrifiadur: {error}</translation>
    </message>
    <message>
      <source>The {kind} could not be found; it may have been removed. Refresh and try again.</source>
      <translation type="unfinished">Nid oedd modd dod o hyd i'r {kind}; efallai ei fod wedi'i ddileu. Adnewyddwch a rhowch gynnig arall arni.</translation>
    </message>
    <message>
      <source>This {kind} was changed by someone else since you opened it. Your text has been kept on screen: copy anything you need, then reopen the {kind} to see their version.</source>
      <translation type="unfinished">Newidiwyd y {kind} hwn gan rywun arall ers i chi ei agor. Mae eich testun wedi'i gadw ar y sgrin: copïwch unrhyw beth sydd ei angen arnoch, yna ailagorwch y {kind} i weld eu fersiwn nhw.</translation>
    </message>
    <message>
      <source>Your role ({role}) may not {action}. Ask your team manager if you need this.</source>
      <translation type="unfinished">Ni chaiff eich rôl ({role}) {action}. Gofynnwch i reolwr eich tîm os oes angen hyn arnoch.</translation>
    </message>
    <message>
      <source>lpdesk hit an unexpected fault ({kind}). Your saved work is safe; the details are in the log.</source>
      <translation type="unfinished">Cafodd lpdesk nam annisgwyl ({kind}). Mae eich gwaith a gadwyd yn ddiogel; mae'r manylion yn y log.</translation>
    </message>
  </context>
  <context>
    <name>finding_words</name>
    <message>
      <source>A recorded disagreement</source>
      <translation type="unfinished">Anghytundeb a gofnodwyd</translation>
    </message>
    <message>
      <source>Attendance</source>
      <translation type="unfinished">Presenoldeb</translation>
    </message>
    <message>
      <source>{field} ({section})</source>
      <translation type="unfinished">{field} ({section})</translation>
    </message>
    <message>
      <source>{field}, row {n} ({section})</source>
      <translation type="unfinished">{field}, rhes {n} ({section})</translation>
    </message>
    <message>
      <source>{place}: {message}</source>
      <translation type="unfinished">{place}: {message}</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Apologies</source>
      <translation type="unfinished">Ymddiheuriadau</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation type="unfinished">Wedi'i ganslo</translation>
    </message>
    <message>
      <source>Circulated</source>
      <translation type="unfinished">Wedi'i ddosbarthu</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation type="unfinished">Wedi'i gwblhau</translation>
    </message>
    <message>
      <source>Contact refused or avoided</source>
      <translation type="unfinished">Cyswllt wedi'i wrthod neu ei osgoi</translation>
    </message>
    <message>
      <source>Convened</source>
      <translation type="unfinished">Wedi'i gynnull</translation>
    </message>
    <message>
      <source>Did not attend</source>
      <translation type="unfinished">Heb fod yn bresennol</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation type="unfinished">Yn ddyledus cyn bo hir</translation>
    </message>
    <message>
      <source>Held: minutes in draft</source>
      <translation type="unfinished">Wedi'i gynnal: cofnodion yn ddrafft</translation>
    </message>
    <message>
      <source>Invited</source>
      <translation type="unfinished">Wedi'i wahodd</translation>
    </message>
    <message>
      <source>Minutes approved</source>
      <translation type="unfinished">Cofnodion wedi'u cymeradwyo</translation>
    </message>
    <message>
      <source>No access</source>
      <translation type="unfinished">Dim mynediad</translation>
    </message>
    <message>
      <source>On track</source>
      <translation type="unfinished">Ar y trywydd iawn</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation type="unfinished">Yn hwyr</translation>
    </message>
    <message>
      <source>Present</source>
      <translation type="unfinished">Yn bresennol</translation>
    </message>
  </context>
  <context>
    <name>overview_views</name>
    <message>
      <source>Circulation</source>
      <translation type="unfinished">Dosbarthu</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation type="unfinished">Cyfarfodydd</translation>
    </message>
    <message>
      <source>Visits</source>
      <translation type="unfinished">Ymweliadau</translation>
    </message>
  </context>
  <context>
    <name>proforma</name>
    <message>
      <source>Add a row to {table}</source>
      <translation type="unfinished">Ychwanegu rhes at {table}</translation>
    </message>
    <message>
      <source>Add row</source>
      <translation type="unfinished">Ychwanegu rhes</translation>
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished">Na</translation>
    </message>
    <message>
      <source>Remove row</source>
      <translation type="unfinished">Dileu rhes</translation>
    </message>
    <message>
      <source>Remove the selected row of {table}</source>
      <translation type="unfinished">Dileu'r rhes a ddewiswyd o {table}</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished">Ie</translation>
    </message>
  </context>
  <context>
    <name>role_dialog</name>
    <message>
      <source>A conference chair reads cases, reviews the reports for conferences and approves conference minutes.</source>
      <translation type="unfinished">Mae cadeirydd cynhadledd yn darllen achosion, yn adolygu'r adroddiadau ar gyfer cynadleddau ac yn cymeradwyo cofnodion cynadleddau.</translation>
    </message>
    <message>
      <source>A lead professional runs their own cases: meetings, minutes, the plan and visits.</source>
      <translation type="unfinished">Mae gweithiwr proffesiynol arweiniol yn rhedeg ei achosion ei hun: cyfarfodydd, cofnodion, y cynllun ac ymweliadau.</translation>
    </message>
    <message>
      <source>A quality assurance manager reads every case and the audit trail.</source>
      <translation type="unfinished">Mae rheolwr sicrhau ansawdd yn darllen pob achos a'r llwybr archwilio.</translation>
    </message>
    <message>
      <source>A team manager oversees every case of the team, allocates cases, approves minutes and keeps the team's accounts and settings.</source>
      <translation type="unfinished">Mae rheolwr tîm yn goruchwylio pob achos yn y tîm, yn dyrannu achosion, yn cymeradwyo cofnodion ac yn cadw cyfrifon a gosodiadau'r tîm.</translation>
    </message>
    <message>
      <source>An administrator reads cases, arranges meetings and produces and sends the circulation packs.</source>
      <translation type="unfinished">Mae gweinyddwr yn darllen achosion, yn trefnu cyfarfodydd ac yn cynhyrchu ac yn anfon y pecynnau dosbarthu.</translation>
    </message>
  </context>
</TS>
