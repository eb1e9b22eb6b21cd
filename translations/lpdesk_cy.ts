<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
  <context>
    <name>AbsenceDialog</name>
    <message>
      <source>Absence ends on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Absence starts on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Absent lead professional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose who covers the role.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cover cannot be met</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cover cannot be met: my manager has been told</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Covered by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>End date not known yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lead professional</source>
      <translation type="unfinished">Gweithiwr proffesiynol arweiniol</translation>
    </message>
    <message>
      <source>Lead professional absence and cover</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Over the profile's limit (4 weeks by default) the LP's manager must record who covers the role, or that it cannot be covered and their own manager was told.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person covering the role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record the absence only</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record the absence only (decide cover later)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The case has no lead professional.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The role is covered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Until</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ActionPage</name>
    <message>
      <source>(choose a core group member)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(not under an outcome)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>By when</source>
      <translation type="unfinished">Erbyn pryd</translation>
    </message>
    <message>
      <source>How everyone will know it has been done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How it will be measured</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Measured by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
      <source>Outcome the action serves</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What</source>
      <translation type="unfinished">Beth</translation>
    </message>
    <message>
      <source>What will be done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who</source>
      <translation type="unfinished">Pwy</translation>
    </message>
    <message>
      <source>Who will do it</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AdminView</name>
    <message>
      <source>%n meetings approved and not circulated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n overdue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancel</source>
      <translation type="unfinished">Canslo</translation>
    </message>
    <message>
      <source>Cancel producing the packs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled. The pack under way was undone; finished packs were kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelling…</source>
      <translation type="unfinished">Wrthi'n canslo…</translation>
    </message>
    <message>
      <source>Check and produce…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the recipients, then confirm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a folder for the packs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose folder…</source>
      <translation type="unfinished">Dewis ffolder…</translation>
    </message>
    <message>
      <source>Circulation packs produced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Circulation queue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Email drafts (.eml)</source>
      <translation type="unfinished">Drafftiau e-bost (.eml)</translation>
    </message>
    <message>
      <source>Files only</source>
      <translation type="unfinished">Ffeiliau yn unig</translation>
    </message>
    <message>
      <source>Folder for the packs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How the packs are produced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished">Wrthi'n llwytho…</translation>
    </message>
    <message>
      <source>Meetings awaiting circulation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing was produced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opening the database…</source>
      <translation type="unfinished">Wrthi'n agor y gronfa ddata…</translation>
    </message>
    <message>
      <source>Printable post</source>
      <translation type="unfinished">Post i'w argraffu</translation>
    </message>
    <message>
      <source>Producing the packs…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Producing: {step}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress of the packs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refresh</source>
      <translation type="unfinished">Adnewyddu</translation>
    </message>
    <message>
      <source>Refresh the circulation queue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Select all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The circulation queue could not be loaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Working out who receives what…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your role does not circulate minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>select several, then check and produce their packs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} could not be produced: {reasons}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{packs} packs ready ({files} files). Give each password by phone or text, never by email.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AttendanceEditor</name>
    <message>
      <source>Attendance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Attendance of {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Invitee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reason (child or parent absent)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record attendance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record attendance and mark the meeting held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report sent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why {name} did not attend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>additional invitee</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} sent a report</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>AuditView</name>
    <message>
      <source>A case's history (who opened and changed its records) is for QA managers and team managers. Ask your team manager if you need it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished">Cam gweithredu</translation>
    </message>
    <message>
      <source>History of this case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading the history…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing recorded yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open this tab to load the case's history.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished">Rôl</translation>
    </message>
    <message>
      <source>The history could not be loaded.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseTabs</name>
    <message>
      <source>%n year old</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n years old</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>(scheduled)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&lt;b&gt;{kind}&lt;/b&gt; plan, {stage}, since {start}. Categories: {categories}.&lt;br&gt;&lt;b&gt;Why:&lt;/b&gt; {reason}&lt;br&gt;&lt;b&gt;Contingency:&lt;/b&gt; {contingency}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Double-click a meeting to open its minutes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LP {name}: {start} to {end}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No actions recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No children recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No core group members yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No disagreements recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No documents produced yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No meetings yet. Use “Convene core group…”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No plan recorded yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No significant events recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No visits recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>None recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing overdue or due soon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>address may be shared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>due {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>excluded: receives a summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>no: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>none recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>open</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an outcome or an action to the plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agency / job</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bedroom</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Children</source>
      <translation type="unfinished">Plant</translation>
    </message>
    <message>
      <source>Close case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close this workspace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close this workspace (the case stays open)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conferences and lead professional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contact against the required cadence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contingency and seeing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Convene a core group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Convene core group…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Core group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Core group members</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date</source>
      <translation type="unfinished">Dyddiad</translation>
    </message>
    <message>
      <source>Disagreements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Disagreements and events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Documents</source>
      <translation type="unfinished">Dogfennau</translation>
    </message>
    <message>
      <source>Documents produced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draft saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due for this case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Edit the contingency plan and how the child will be seen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Escalated to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>History</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LP absence and cover…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>LP: {name}</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>More actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Observations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open minutes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the selected meeting's minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
      <source>Outcomes and actions…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Plan actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress</source>
      <translation type="unfinished">Cynnydd</translation>
    </message>
    <message>
      <source>Raised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receives by</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Refresh</source>
      <translation type="unfinished">Adnewyddu</translation>
    </message>
    <message>
      <source>Refresh the case</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save a version…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seen alone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Significant event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Significant events</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished">Statws</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The case could not be loaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Update the selected action's progress</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n overdue</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n open cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n with something due soon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n with something overdue</source>
      <translation type="unfinished" />
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
      <source>Team caseload</source>
      <translation type="unfinished">Llwyth achosion y tîm</translation>
    </message>
    <message>
      <source>The caseload could not be loaded.</source>
      <translation type="unfinished">Nid oedd modd llwytho'r llwyth achosion.</translation>
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
      <source>%n reports awaiting your review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Accept report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Case and report summary (read only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a report to read it here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Comment saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Comments on the report</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Report accepted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reports are reviewed here by conference chairs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reports awaiting review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reports to review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Request changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save comment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sent back to the lead professional for changes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The reports could not be loaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your comments (the lead professional sees them)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>choose one to read the case and the report</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CirculatePage</name>
    <message>
      <source>Cancel</source>
      <translation type="unfinished">Canslo</translation>
    </message>
    <message>
      <source>Cancel producing the pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelled. Nothing half-done was kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cancelling…</source>
      <translation type="unfinished">Wrthi'n canslo…</translation>
    </message>
    <message>
      <source>Check each recipient and exactly what they will get. Restricted sections and withheld addresses are removed before anything is rendered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose folder…</source>
      <translation type="unfinished">Dewis ffolder…</translation>
    </message>
    <message>
      <source>Circulate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Email drafts (.eml)</source>
      <translation type="unfinished">Drafftiau e-bost (.eml)</translation>
    </message>
    <message>
      <source>Files only</source>
      <translation type="unfinished">Ffeiliau yn unig</translation>
    </message>
    <message>
      <source>Folder for the pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gets</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How the pack is produced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nobody to send to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only approved minutes can be circulated.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pack progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pack ready: {n} files. Give each password by phone or text, never by email.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Printable post</source>
      <translation type="unfinished">Post i'w argraffu</translation>
    </message>
    <message>
      <source>Problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Produce the pack</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recipient</source>
      <translation type="unfinished">Derbynnydd</translation>
    </message>
    <message>
      <source>Recipients and what each receives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Removed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Role</source>
      <translation type="unfinished">Rôl</translation>
    </message>
    <message>
      <source>Working out who receives what…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{n} recipients; {blocked} with problems to resolve first.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CirculationCheckDialog</name>
    <message>
      <source>Check each recipient, how they are reached, exactly which documents they get and what is removed for them. Highlighted recipients have a problem and are not sent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Confirm and produce</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Final check before circulating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recipients to check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{meetings} meetings · {people} recipients · {blocked} with problems</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ConvenePage</name>
    <message>
      <source>Chair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a date by the due date. The core group is invited; the minute taker is not the chair.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Convene and minute &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Convene the core group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Convened for {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Convening…</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Minute taker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suggested dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Suggested dates, each with its reason</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Venue</source>
      <translation type="unfinished">Lleoliad</translation>
    </message>
    <message>
      <source>Who is invited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Working out the due date…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>e.g. family home, school, family centre</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>excluded: not invited, receives a summary</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DisagreementDialog</name>
    <message>
      <source>(choose a person)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>About</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add a position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add another person's position</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the person for each position.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date raised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Every published template requires disagreement and dissent in the written record: who disagrees with what, and each position.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person holding position {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Position {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Positions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Raised on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record a disagreement: {reference}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Their position, in their words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What the disagreement is about</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n overdue</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visits</source>
      <translation type="unfinished">Ymweliadau</translation>
    </message>
    <message>
      <source>Warning about where the data is kept</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>⚠ {warning}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ManagerView</name>
    <message>
      <source>%n overdue actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n unallocated cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n workers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Actions: overdue first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Caseload per worker</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cases with no lead professional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter actions by case, what or who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Filter the team's actions</source>
      <translation type="unfinished" />
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
      <source>Refresh the oversight lists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team actions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team oversight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team oversight is for team managers and quality assurance managers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The oversight lists could not be loaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unallocated cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>double-click a row to open the case</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MeetingWizard</name>
    <message>
      <source>Core group meeting: {reference}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{name} (lead professional)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MinutePage</name>
    <message>
      <source>Attendance recorded: the meeting is held.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Core group {number} on {when}, {venue}. Saved as you type; sections marked * are required before approval.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Editing approved minutes withdrew the approval. The change is recorded as an amendment; the chair must approve again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Editing…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fill empty fields from the records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fill from the records</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Minute the meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not saved: changed by someone else</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not yet saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record a disagreement at this meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record a disagreement…</source>
      <translation type="unfinished">Cofnodi anghytundeb…</translation>
    </message>
    <message>
      <source>Record attendance once the meeting has taken place.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recording…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Save the minutes now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved as you type. Sections marked * are required before approval.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved {time}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Someone else saved these minutes while you were writing. Autosave has stopped and your text is still here: copy what you need, close the wizard and open the meeting again to see their version.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your autosaved draft of {when} has been restored.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OutcomePage</name>
    <message>
      <source>(none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A GIRFEC plan names the SHANARRI indicator each outcome serves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Optional on this plan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
      <source>Outcome sought</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SHANARRI wellbeing indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wellbeing indicator</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>&amp;Again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose a database passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Database passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter the passphrase that protects this computer's lpdesk database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Open the database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Passphrase problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The passphrase must be at least {n} characters long.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The two passphrases differ. Type the same one twice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This computer has no keyring to keep the database key, so lpdesk protects the database with a passphrase. Choose one of at least {n} characters and keep it safe: without it the records cannot be opened.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanDialog</name>
    <message>
      <source>%n action(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n outcome(s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add an outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contingency and seeing the child</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make the outline plan detailed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make the outline plan the detailed plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress</source>
      <translation type="unfinished">Cynnydd</translation>
    </message>
    <message>
      <source>Save a version</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The outline plan is now the detailed plan.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The plan: {reference}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>{kind} plan, {stage}, since {start}: {outcomes}, {actions}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>⚠ {field}: “{label}”: {prompt}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlanTextPage</name>
    <message>
      <source>Contingency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Contingency plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>How the child will be seen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing has changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seeing the child</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProformaEditor</name>
    <message>
      <source>Row {n}: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sections of the record</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <source>(choose an action)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Action</source>
      <translation type="unfinished">Cam gweithredu</translation>
    </message>
    <message>
      <source>Action to update</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the action to update.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Impact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Impact on the child</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Needed when the action is completed: what difference it made to the child</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress</source>
      <translation type="unfinished">Cynnydd</translation>
    </message>
    <message>
      <source>Progress so far</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Status</source>
      <translation type="unfinished">Statws</translation>
    </message>
    <message>
      <source>Status of the action</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordDialog</name>
    <message>
      <source>{name} (lead professional)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReportsView</name>
    <message>
      <source>CSV files (*.csv)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compliance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compliance report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Compliance with the practice timescales</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Conferences, reports and actions due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Due</source>
      <translation type="unfinished">Yn ddyledus</translation>
    </message>
    <message>
      <source>Export CSV…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export compliance report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Export the compliance report as CSV</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exported to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 12 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 3 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last 6 months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished">Wrthi'n llwytho…</translation>
    </message>
    <message>
      <source>Measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing fell due in this period.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Per cent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Period of the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Team or lead professional</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The compliance report is for team managers and quality assurance managers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Whole team</source>
      <translation type="unfinished">Y tîm cyfan</translation>
    </message>
    <message>
      <source>{start} to {end} · {cases} cases</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ReviewPage</name>
    <message>
      <source>%n thing to finish before approval:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n things to finish before approval:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approve the minutes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approve these minutes as chair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Approving…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check the minutes again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking the record…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Circulate &gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Escalate the selected disagreement to the lead professional's manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Escalate to the LP's manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Render the minutes as PDF and open them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rendering the minutes…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Review and approve</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The record must be complete before the chair approves it. Approval covers this exact version.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>What is still needed before approval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✓ Approved by {who} on {when}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✓ The record is complete and ready for approval.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Authority name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Checking the template…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the Word template file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose the letterhead logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Default practice profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Default practice profile for new cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Documents</source>
      <translation type="unfinished">Dogfennau</translation>
    </message>
    <message>
      <source>Email (SMTP)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave the password empty to keep the one already stored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letterhead address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letterhead logo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Letterhead logo file (PNG or JPEG)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No system keyring: the password is kept for this session only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>OFFICIAL-SENSITIVE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opened the sample PDF.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisational settings are shared by the team and every change is audited. The SMTP password is kept in the system keyring, never in the database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished">Cyfrinair</translation>
    </message>
    <message>
      <source>Port</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview a document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Preview a sample document as PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Protective marking</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Protective marking printed on every page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rendering a sample…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SMTP password (kept in the system keyring)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SMTP port</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SMTP server host name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>SMTP user name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Server</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Template checked: every style lpdesk needs is there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundled template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The bundled template is used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unchanged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use STARTTLS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>User name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word documents (*.docx)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word template</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Word template file</source>
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>&amp;Username</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Enter your username and your password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Password</source>
      <translation type="unfinished">Cyfrinair</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign in to the team database</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sign-in problem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This database is shared by your team. Sign in to continue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Username</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TimelineWidget</name>
    <message>
      <source>%1 so far</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%n recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gap: %1 to %2 (%3 days)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loading…</source>
      <translation type="unfinished">Wrthi'n llwytho…</translation>
    </message>
    <message>
      <source>Required: %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Timeline of contact against the required cadence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>contact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>gap %1 wk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>gap longer than the required cadence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>today</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VersionPage</name>
    <message>
      <source>Consulted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Core group members consulted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Saving a version keeps a copy of the plan as it stands. The lead professional's manager and the conference chair will be notified of the change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Summary of the changes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VisitDialog</name>
    <message>
      <source>Bedroom seen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child</source>
      <translation type="unfinished">Plentyn</translation>
    </message>
    <message>
      <source>Child seen alone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child visited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Child's presentation and behaviour, described factually</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose who visited.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date and time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Date and time of the visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key subjects of the plan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Key subjects of the plan discussed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New incidents or concerns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>New incidents, injuries or concerns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Observations against the identified risks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Observations against the risks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Outcome</source>
      <translation type="unfinished">Canlyniad</translation>
    </message>
    <message>
      <source>Outcome of the visit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Presentation and behaviour</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record a visit</source>
      <translation type="unfinished">Cofnodi ymweliad</translation>
    </message>
    <message>
      <source>Record a visit: {reference}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Record what seed 001 asks of every visit. Describe presentation and behaviour factually; avoid labels such as “disturbed”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spoke with the child</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The case has no child to record a visit to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Visitor</source>
      <translation type="unfinished">Ymwelydd</translation>
    </message>
    <message>
      <source>Who visited</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Who was present</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why not seen alone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Why the child was not seen alone</source>
      <translation type="unfinished" />
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
  </context>
  <context>
    <name>admin_model</name>
    <message>
      <source>Case</source>
      <translation type="unfinished">Achos</translation>
    </message>
    <message>
      <source>Circulate by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Documents</source>
      <translation type="unfinished">Dogfennau</translation>
    </message>
    <message>
      <source>How</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Recipient</source>
      <translation type="unfinished">Derbynnydd</translation>
    </message>
    <message>
      <source>Removed</source>
      <translation type="unfinished" />
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
      <source>nothing</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>This {kind} was changed by someone else since you opened it. Your text has been kept on screen: copy anything you need, then reopen the {kind} to see their version.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your role ({role}) may not {action}. Ask your team manager if you need this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lpdesk hit an unexpected fault ({kind}). Your saved work is safe; the details are in the log.</source>
      <translation type="unfinished" />
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
      <translation type="unfinished" />
    </message>
    <message>
      <source>Add row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Remove the selected row of {table}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
