<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AgendaPage</name>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Move &amp;up</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Move do&amp;wn</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Re&amp;move</translation>
        </message>
        <message>
            <source>New agenda point</source>
            <translation>New agenda point</translation>
        </message>
        <message>
            <source>A point of the trainer or the trainee…</source>
            <translation>A point of the trainer or the trainee…</translation>
        </message>
        <message>
            <source>Add poi&amp;nt</source>
            <translation>Add poi&amp;nt</translation>
        </message>
        <message>
            <source>Agenda as &amp;PDF…</source>
            <translation>Agenda as &amp;PDF…</translation>
        </message>
        <message>
            <source>↺ open agreement from an earlier meeting · tick a point once it has been discussed</source>
            <translation>↺ open agreement from an earlier meeting · tick a point once it has been discussed</translation>
        </message>
        <message>
            <source>an agenda point that you typed but did not add</source>
            <translation>an agenda point that you typed but did not add</translation>
        </message>
    </context>
    <context>
        <name>AgreementModel</name>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Open, overdue</source>
            <translation>Open, overdue</translation>
        </message>
    </context>
    <context>
        <name>AgreementsEditor</name>
        <message>
            <source>— who? —</source>
            <translation>— who? —</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>A&amp;dd</translation>
        </message>
        <message>
            <source>Mark d&amp;one</source>
            <translation>Mark d&amp;one</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>&amp;Who:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>D&amp;ue:</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>Re&amp;open</translation>
        </message>
        <message>
            <source>a change to an agreement that you did not save</source>
            <translation>a change to an agreement that you did not save</translation>
        </message>
        <message>
            <source>an agreement that you typed but did not add</source>
            <translation>an agreement that you typed but did not add</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Who does what, by when?</source>
            <translation>Who does what, by when?</translation>
        </message>
        <message>
            <source>For example: “Discuss two bad-news consultations on video”</source>
            <translation>For example: “Discuss two bad-news consultations on video”</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
    </context>
    <context>
        <name>AiosDialog</name>
        <message>
            <source>Edit trainee</source>
            <translation>Edit trainee</translation>
        </message>
        <message>
            <source>New trainee</source>
            <translation>New trainee</translation>
        </message>
        <message numerus="yes">
            <source>Year %n</source>
            <translation>
                <numerusform>Year %n</numerusform>
                <numerusform>Year %n</numerusform>
            </translation>
        </message>
        <message>
            <source>e.g. first practice year</source>
            <translation>e.g. first practice year</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>&amp;Start date</translation>
        </message>
        <message>
            <source>Expected &amp;end date</source>
            <translation>Expected &amp;end date</translation>
        </message>
        <message>
            <source>Training &amp;year</source>
            <translation>Training &amp;year</translation>
        </message>
        <message>
            <source>P&amp;hase</source>
            <translation>P&amp;hase</translation>
        </message>
        <message>
            <source>&amp;Part-time</source>
            <translation>&amp;Part-time</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>Practice supe&amp;rvisor</source>
            <translation>Practice supe&amp;rvisor</translation>
        </message>
        <message>
            <source>Institute &amp;contact</source>
            <translation>Institute &amp;contact</translation>
        </message>
        <message>
            <source>E-&amp;mail</source>
            <translation>E-&amp;mail</translation>
        </message>
        <message>
            <source>Re&amp;gulation</source>
            <translation>Re&amp;gulation</translation>
        </message>
        <message>
            <source>Competency pro&amp;file</source>
            <translation>Competency pro&amp;file</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <source>As the trainer: {regulation}</source>
            <translation>As the trainer: {regulation}</translation>
        </message>
        <message>
            <source>Earlier goals keep their area.</source>
            <translation>Earlier goals keep their area.</translation>
        </message>
        <message>
            <source>Shown beside them: {mapping}.</source>
            <translation>Shown beside them: {mapping}.</translation>
        </message>
        <message>
            <source>Upgraded from version 0.1 in year {year}: this start is that of the current placement. Enter the day the whole training began (full-time without interruptions about {full_time}); the placements keep their dates. Saving confirms the start.</source>
            <translation>Upgraded from version 0.1 in year {year}: this start is that of the current placement. Enter the day the whole training began (full-time without interruptions about {full_time}); the placements keep their dates. Saving confirms the start.</translation>
        </message>
        <message>
            <source>Discard the changes you made to this trainee?</source>
            <translation>Discard the changes you made to this trainee?</translation>
        </message>
    </context>
    <context>
        <name>AiosModel</name>
        <message numerus="yes">
            <source>Year %n</source>
            <translation>
                <numerusform>Year %n</numerusform>
                <numerusform>Year %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Year / phase</source>
            <translation>Year / phase</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Expected end</source>
            <translation>Expected end</translation>
        </message>
        <message>
            <source>Part-time</source>
            <translation>Part-time</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Practice supervisor</source>
            <translation>Practice supervisor</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Next due</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Placement</translation>
        </message>
        <message numerus="yes">
            <source>%n to check</source>
            <translation>
                <numerusform>%n to check</numerusform>
                <numerusform>%n to check</numerusform>
            </translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Complete</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) ticked present by hand while the data says missing: see the Portfolio tab.</source>
            <translation>
                <numerusform>%n item ticked present by hand while the data says missing: see the Portfolio tab.</numerusform>
                <numerusform>%n items ticked present by hand while the data says missing: see the Portfolio tab.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n missing</numerusform>
                <numerusform>%n missing</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AiosTab</name>
        <message>
            <source>Edi&amp;t…</source>
            <translation>Edi&amp;t…</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archive</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <source>What is open</source>
            <translation>What is open</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Re&amp;activate</source>
            <translation>Re&amp;activate</translation>
        </message>
        <message>
            <source>{name} archived as finished. Undo with Ctrl+Z.</source>
            <translation>{name} archived as finished. Undo with Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour entry(ies)</source>
            <translation>
                <numerusform>%n hour entry</numerusform>
                <numerusform>%n hour entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n agreement</numerusform>
                <numerusform>%n agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learning goal(s)</source>
            <translation>
                <numerusform>%n learning goal</numerusform>
                <numerusform>%n learning goals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quarterly statement(s)</source>
            <translation>
                <numerusform>%n quarterly statement</numerusform>
                <numerusform>%n quarterly statements</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete {name} and everything recorded about them?</source>
            <translation>Delete {name} and everything recorded about them?</translation>
        </message>
        <message>
            <source>Search trainees…</source>
            <extracomment>Tables whose changes can move what is due or missing. The next-due column and the open list come from the due engine and the portfolio's missing counts: a change to what either reads reloads them.</extracomment>
            <translation>Search trainees…</translation>
        </message>
        <message>
            <source>Search trainees</source>
            <translation>Search trainees</translation>
        </message>
        <message>
            <source>Show &amp;inactive trainees</source>
            <translation>Show &amp;inactive trainees</translation>
        </message>
        <message>
            <source>&amp;New trainee…</source>
            <translation>&amp;New trainee…</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Trainees</translation>
        </message>
        <message>
            <source>&lt;b&gt;Welcome.&lt;/b&gt; Start by adding the trainees you train: &lt;b&gt;New trainee…&lt;/b&gt; (Alt+N). Then plan the first meeting on the &lt;b&gt;Meetings&lt;/b&gt; tab and log hours on the &lt;b&gt;Hours&lt;/b&gt; tab. Your own name and practice go under &lt;b&gt;File ▸ Profile…&lt;/b&gt;; they are printed on every statement.</source>
            <translation>&lt;b&gt;Welcome.&lt;/b&gt; Start by adding the trainees you train: &lt;b&gt;New trainee…&lt;/b&gt; (Alt+N). Then plan the first meeting on the &lt;b&gt;Meetings&lt;/b&gt; tab and log hours on the &lt;b&gt;Hours&lt;/b&gt; tab. Your own name and practice go under &lt;b&gt;File ▸ Profile…&lt;/b&gt;; they are printed on every statement.</translation>
        </message>
        <message>
            <source>Trainee added.</source>
            <translation>Trainee added.</translation>
        </message>
        <message>
            <source>Delete trainee</source>
            <translation>Delete trainee</translation>
        </message>
        <message>
            <source>This deletes:
{details}

To keep the history, archive the trainee instead. You can undo a delete with Ctrl+Z until you close the program.</source>
            <translation>This deletes:
{details}

To keep the history, archive the trainee instead. You can undo a delete with Ctrl+Z until you close the program.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>{name} deleted. Undo with Ctrl+Z.</source>
            <translation>{name} deleted. Undo with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Quarterly statement…</source>
            <translation>Quarterly statement…</translation>
        </message>
        <message>
            <source>GDPR (AVG) request…</source>
            <translation>GDPR (AVG) request…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columns</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>Draft</source>
            <extracomment>Bookkeeping a trainer never needs to read: the row's own number, calendar and hash plumbing.</extracomment>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signed</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <source>Trainee</source>
            <extracomment>The enum behind each status column, per table.</extracomment>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>Quarterly statement</source>
            <translation>Quarterly statement</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Hour entry</source>
            <translation>Hour entry</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Learning goal</source>
            <translation>Learning goal</translation>
        </message>
        <message>
            <source>Attached file</source>
            <translation>Attached file</translation>
        </message>
        <message>
            <source>Portfolio item</source>
            <translation>Portfolio item</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Answers in the form</source>
            <translation>Answers in the form</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Verification code</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Answers</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Explanation of the verdict</source>
            <translation>Explanation of the verdict</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>Planned for</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Held on</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Signed contents</source>
            <translation>Signed contents</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Done on</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Competency</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Set in meeting</source>
            <translation>Set in meeting</translation>
        </message>
        <message>
            <source>Evaluated in meeting</source>
            <translation>Evaluated in meeting</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>Written on</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Changed on</source>
            <translation>Changed on</translation>
        </message>
        <message>
            <source>Other field</source>
            <translation>Other field</translation>
        </message>
        <message>
            <source>meeting {id} (since deleted)</source>
            <translation>meeting {id} (since deleted)</translation>
        </message>
        <message>
            <source>{duration} h</source>
            <translation>{duration} h</translation>
        </message>
        <message>
            <source>trainee {id} (since erased)</source>
            <translation>trainee {id} (since erased)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>{duration} h in total</source>
            <translation>{duration} h in total</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n answer</numerusform>
                <numerusform>%n answers</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n field</numerusform>
                <numerusform>%n fields</numerusform>
            </translation>
        </message>
        <message>
            <source>{what} of {name}</source>
            <translation>{what} of {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) at once</source>
            <translation>
                <numerusform>%n row at once</numerusform>
                <numerusform>%n rows at once</numerusform>
            </translation>
        </message>
        <message>
            <source>added: {values}</source>
            <translation>added: {values}</translation>
        </message>
        <message>
            <source>deleted: {values}</source>
            <translation>deleted: {values}</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) erased</source>
            <translation>
                <numerusform>%n row erased</numerusform>
                <numerusform>%n rows erased</numerusform>
            </translation>
        </message>
        <message>
            <source>from {backup}</source>
            <translation>from {backup}</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>undo</translation>
        </message>
        <message>
            <source>redo</source>
            <translation>redo</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Search the log</source>
            <translation>Search the log</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>&amp;Trainee:</source>
            <translation>&amp;Trainee:</translation>
        </message>
        <message>
            <source>&amp;Quarter:</source>
            <translation>&amp;Quarter:</translation>
        </message>
        <message>
            <source>All trainees</source>
            <translation>All trainees</translation>
        </message>
        <message>
            <source>All quarters</source>
            <translation>All quarters</translation>
        </message>
    </context>
    <context>
        <name>AvgDialog</name>
        <message numerus="yes">
            <source>%n trainee record(s)</source>
            <translation>
                <numerusform>%n trainee record</numerusform>
                <numerusform>%n trainee records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n agreement</numerusform>
                <numerusform>%n agreements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learning goal(s)</source>
            <translation>
                <numerusform>%n learning goal</numerusform>
                <numerusform>%n learning goals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour entry(ies)</source>
            <translation>
                <numerusform>%n hour entry</numerusform>
                <numerusform>%n hour entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recurring hour rule(s)</source>
            <translation>
                <numerusform>%n recurring hour rule</numerusform>
                <numerusform>%n recurring hour rules</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quarterly statement(s)</source>
            <translation>
                <numerusform>%n quarterly statement</numerusform>
                <numerusform>%n quarterly statements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n portfolio item(s)</source>
            <translation>
                <numerusform>%n portfolio item</numerusform>
                <numerusform>%n portfolio items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s)</source>
            <translation>
                <numerusform>%n attached file</numerusform>
                <numerusform>%n attached files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trainer activity(ies)</source>
            <translation>
                <numerusform>%n trainer activity</numerusform>
                <numerusform>%n trainer activities</numerusform>
            </translation>
        </message>
        <message>
            <source>Tr&amp;ainee</source>
            <translation>Tr&amp;ainee</translation>
        </message>
        <message>
            <source>Saves everything this file holds about the trainee in one ZIP file: the data as JSON, attached files and the documents made for this trainee.</source>
            <translation>Saves everything this file holds about the trainee in one ZIP file: the data as JSON, attached files and the documents made for this trainee.</translation>
        </message>
        <message>
            <source>Erases the trainee and everything about them from this file. This cannot be undone.</source>
            <translation>Erases the trainee and everything about them from this file. This cannot be undone.</translation>
        </message>
        <message>
            <source>Save GDPR export</source>
            <translation>Save GDPR export</translation>
        </message>
        <message>
            <source>Erase trainee</source>
            <translation>Erase trainee</translation>
        </message>
        <message>
            <source>Request for access</source>
            <translation>Request for access</translation>
        </message>
        <message>
            <source>GDPR (AVG) request</source>
            <translation>GDPR (AVG) request</translation>
        </message>
        <message>
            <source>&amp;Export everything…</source>
            <translation>&amp;Export everything…</translation>
        </message>
        <message>
            <source>Erasure</source>
            <translation>Erasure</translation>
        </message>
        <message>
            <source>E&amp;rase completely…</source>
            <translation>E&amp;rase completely…</translation>
        </message>
        <message>
            <source>Everything about {name} was saved in {path}.</source>
            <translation>Everything about {name} was saved in {path}.</translation>
        </message>
        <message>
            <source>Saving everything about {name}…</source>
            <translation>Saving everything about {name}…</translation>
        </message>
        <message>
            <source>Erase {name} completely? This erases:
{details}

Entries about {name} in the audit log keep only what was done and when. This cannot be undone.

Backups made earlier still hold these data until they are rotated out (after at most {months} months), unless you also remove them from the backups.</source>
            <translation>Erase {name} completely? This erases:
{details}

Entries about {name} in the audit log keep only what was done and when. This cannot be undone.

Backups made earlier still hold these data until they are rotated out (after at most {months} months), unless you also remove them from the backups.</translation>
        </message>
        <message>
            <source>Also remove {name} from the existing backups</source>
            <translation>Also remove {name} from the existing backups</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Erase</translation>
        </message>
        <message>
            <source>{name} has been erased.</source>
            <translation>{name} has been erased.</translation>
        </message>
        <message numerus="yes">
            <source>Removed from %n backup(s).</source>
            <translation>
                <numerusform>Removed from %n backup.</numerusform>
                <numerusform>Removed from %n backups.</numerusform>
            </translation>
        </message>
        <message>
            <source>These backups could not be opened; delete them yourself: {files}</source>
            <translation>These backups could not be opened; delete them yourself: {files}</translation>
        </message>
    </context>
    <context>
        <name>AvgDocuments</name>
        <message>
            <source>meeting report</source>
            <translation>meeting report</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>BackupError</name>
        <message>
            <source>The backup {path} is damaged and cannot be used.</source>
            <translation>The backup {path} is damaged and cannot be used.</translation>
        </message>
        <message>
            <source>The backup {path} was made by a newer version of OpleiderDesk. Install the newest version to restore it.</source>
            <translation>The backup {path} was made by a newer version of OpleiderDesk. Install the newest version to restore it.</translation>
        </message>
        <message>
            <source>The data file {path} failed SQLite's full integrity check, so no backup was made (it would copy the damage over your sound backups). Restore the newest sound backup.</source>
            <translation>The data file {path} failed SQLite's full integrity check, so no backup was made (it would copy the damage over your sound backups). Restore the newest sound backup.</translation>
        </message>
        <message>
            <source>The backup {path} was made before the passphrase was changed: it is not damaged, and opens with the passphrase the file had then.</source>
            <translation>The backup {path} was made before the passphrase was changed: it is not damaged, and opens with the passphrase the file had then.</translation>
        </message>
        <message>
            <source>The file {path} is not an OpleiderDesk backup.</source>
            <translation>The file {path} is not an OpleiderDesk backup.</translation>
        </message>
        <message>
            <source>The data file {path} is open in another OpleiderDesk window. Close it there first, then restore.</source>
            <translation>The data file {path} is open in another OpleiderDesk window. Close it there first, then restore.</translation>
        </message>
        <message>
            <source>The backup {path} could not be written ({detail}).</source>
            <translation>The backup {path} could not be written ({detail}).</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Backup written: {path}</source>
            <translation>Backup written: {path}</translation>
        </message>
        <message>
            <source>Backup restored. The previous file was kept as {name}.</source>
            <translation>Backup restored. The previous file was kept as {name}.</translation>
        </message>
        <message>
            <source>No usable backup of this file was found.</source>
            <translation>No usable backup of this file was found.</translation>
        </message>
        <message>
            <source>The newest usable backup was made on {when}. Restore it now?</source>
            <translation>The newest usable backup was made on {when}. Restore it now?</translation>
        </message>
        <message>
            <source>Open it read-only, to look without changing anything?</source>
            <translation>Open it read-only, to look without changing anything?</translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <source>Hour categories</source>
            <translation>Hour categories</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Counts as supervision</source>
            <translation>Counts as supervision</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>Name of a new category, or a new name for the selected one</source>
            <translation>Name of a new category, or a new name for the selected one</translation>
        </message>
        <message>
            <source>Category name</source>
            <translation>Category name</translation>
        </message>
        <message>
            <source>Counts as supervision of the trainee</source>
            <translation>Counts as supervision of the trainee</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Rename</translation>
        </message>
        <message>
            <source>&amp;Take out of use</source>
            <translation>&amp;Take out of use</translation>
        </message>
        <message>
            <source>Discard the category name you typed?</source>
            <translation>Discard the category name you typed?</translation>
        </message>
        <message>
            <source>&amp;Use again</source>
            <translation>&amp;Use again</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPage</name>
        <message>
            <source>Add own &amp;item…</source>
            <translation>Add own &amp;item…</translation>
        </message>
        <message>
            <source>Delete own item</source>
            <translation>Delete own item</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Save date and no&amp;te</source>
            <translation>Save date and no&amp;te</translation>
        </message>
        <message>
            <source>Portfolio checklist</source>
            <translation>Portfolio checklist</translation>
        </message>
        <message>
            <source>Set back to Missing</source>
            <translation>Set back to Missing</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Attach fi&amp;le…</source>
            <translation>Attach fi&amp;le…</translation>
        </message>
        <message>
            <source>O&amp;pen</source>
            <translation>O&amp;pen</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;ote</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Attached files</translation>
        </message>
        <message>
            <source>Choose an item in the list.</source>
            <translation>Choose an item in the list.</translation>
        </message>
        <message>
            <source>From the data: {status}</source>
            <translation>From the data: {status}</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) missing</source>
            <translation>
                <numerusform>%n item missing</numerusform>
                <numerusform>%n items missing</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing missing</source>
            <translation>Nothing missing</translation>
        </message>
        <message numerus="yes">
            <source>%n ticked present by hand while the data says missing</source>
            <translation>
                <numerusform>%n ticked present by hand while the data says missing</numerusform>
                <numerusform>%n ticked present by hand while the data says missing</numerusform>
            </translation>
        </message>
        <message>
            <source>The date typed for “{item}” is not a date. Discard the date and note typed for it?</source>
            <translation>The date typed for “{item}” is not a date. Discard the date and note typed for it?</translation>
        </message>
        <message>
            <source>Not a date: correct it, or clear it, and save.</source>
            <translation>Not a date: correct it, or clear it, and save.</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <source>Date and note of “{item}” saved.</source>
            <translation>Date and note of “{item}” saved.</translation>
        </message>
        <message>
            <source>the date and note of portfolio item “{item}”</source>
            <translation>the date and note of portfolio item “{item}”</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Set back to Missing. Undo with Ctrl+Z.</source>
            <translation>Set back to Missing. Undo with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Item deleted. Undo with Ctrl+Z.</source>
            <translation>Item deleted. Undo with Ctrl+Z.</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Attach files</translation>
        </message>
        <message>
            <source>The stored copy of {name} is damaged: its contents no longer match the checksum recorded when it was added. Restore a backup of the data file.</source>
            <translation>The stored copy of {name} is damaged: its contents no longer match the checksum recorded when it was added. Restore a backup of the data file.</translation>
        </message>
        <message>
            <source>{name} removed. Undo with Ctrl+Z.</source>
            <translation>{name} removed. Undo with Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>OpleiderDesk: trainee overview, meetings, hour registration and quarterly statements for GP trainers. Without a command, the window opens.</source>
            <translation>OpleiderDesk: trainee overview, meetings, hour registration and quarterly statements for GP trainers. Without a command, the window opens.</translation>
        </message>
        <message>
            <source>Data file used when --db is not given:
  {path}</source>
            <translation>Data file used when --db is not given:
  {path}</translation>
        </message>
        <message>
            <source>show this help and exit</source>
            <translation>show this help and exit</translation>
        </message>
        <message>
            <source>show the version number and exit</source>
            <translation>show the version number and exit</translation>
        </message>
        <message>
            <source>open this data file (created if it does not exist)</source>
            <translation>open this data file (created if it does not exist)</translation>
        </message>
        <message>
            <source>open a separate demo file with example trainees, hours and meetings; your own data file is not touched ({path})</source>
            <translation>open a separate demo file with example trainees, hours and meetings; your own data file is not touched ({path})</translation>
        </message>
        <message>
            <source>language of the program: nl (Dutch) or en (English)</source>
            <translation>language of the program: nl (Dutch) or en (English)</translation>
        </message>
        <message>
            <source>check this installation on a temporary file (data file, PDF, translations, templates, window) and exit; your own data and settings are not touched</source>
            <translation>check this installation on a temporary file (data file, PDF, translations, templates, window) and exit; your own data and settings are not touched</translation>
        </message>
        <message>
            <source>For the command line and scheduled tasks use opleider-desk-cli.exe, in the same folder: it prints in the console.</source>
            <translation>For the command line and scheduled tasks use opleider-desk-cli.exe, in the same folder: it prints in the console.</translation>
        </message>
        <message>
            <source>There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Start OpleiderDesk from the desktop, or use a command (see --help); --self-test runs without a display.</source>
            <translation>There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Start OpleiderDesk from the desktop, or use a command (see --help); --self-test runs without a display.</translation>
        </message>
        <message>
            <source>the quarter, for example 2026-Q3 or Q3 2026</source>
            <translation>the quarter, for example 2026-Q3 or Q3 2026</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>the PDF file to write</translation>
        </message>
        <message>
            <source>write everything in the data file to one JSON file (see docs/json-format.md)</source>
            <translation>write everything in the data file to one JSON file (see docs/json-format.md)</translation>
        </message>
        <message>
            <source>the JSON file to write</source>
            <translation>the JSON file to write</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Cannot write {path}: {reason}</translation>
        </message>
        <message>
            <source>Everything in the data file written to {path}.</source>
            <translation>Everything in the data file written to {path}.</translation>
        </message>
        <message>
            <source>write the quarterly hour statement of one trainee, or of all, to a PDF file</source>
            <translation>write the quarterly hour statement of one trainee, or of all, to a PDF file</translation>
        </message>
        <message>
            <source>only this trainee (full name, or a part that fits one trainee); without it, every trainee of the quarter on pages of their own</source>
            <translation>only this trainee (full name, or a part that fits one trainee); without it, every trainee of the quarter on pages of their own</translation>
        </message>
        <message>
            <source>{aios}, {quarter}: verification code {code}</source>
            <translation>{aios}, {quarter}: verification code {code}</translation>
        </message>
        <message>
            <source>Written to {path}</source>
            <translation>Written to {path}</translation>
        </message>
        <message>
            <source>import hours from a CSV file as Excel saves it (columns such as Datum, Aios, Categorie, Duur, Omschrijving); nothing is imported when any line has an error</source>
            <translation>import hours from a CSV file as Excel saves it (columns such as Datum, Aios, Categorie, Duur, Omschrijving); nothing is imported when any line has an error</translation>
        </message>
        <message>
            <source>the CSV file</source>
            <translation>the CSV file</translation>
        </message>
        <message>
            <source>also import lines that are already logged (left out by default)</source>
            <translation>also import lines that are already logged (left out by default)</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>Cannot read {file}: {reason}</translation>
        </message>
        <message>
            <source>{file}, line {line}: {problem}</source>
            <translation>{file}, line {line}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n more error(s).</source>
            <translation>
                <numerusform>{file}: %n more error.</numerusform>
                <numerusform>{file}: %n more errors.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Nothing was imported.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n entry(ies) from {file}.</source>
            <translation>
                <numerusform>Imported %n entry from {file}.</numerusform>
                <numerusform>Imported %n entries from {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n line(s) that were already logged.</source>
            <translation>
                <numerusform>Left out %n line that were already logged.</numerusform>
                <numerusform>Left out %n lines that were already logged.</numerusform>
            </translation>
        </message>
        <message>
            <source>make a backup of the data file now</source>
            <translation>make a backup of the data file now</translation>
        </message>
        <message>
            <source>folder for the backup (default: the backup folder from the settings)</source>
            <translation>folder for the backup (default: the backup folder from the settings)</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Backup written: {path}</translation>
        </message>
        <message>
            <source>write the planned meetings to an iCalendar (.ics) file for the practice calendar</source>
            <translation>write the planned meetings to an iCalendar (.ics) file for the practice calendar</translation>
        </message>
        <message>
            <source>the .ics file to write</source>
            <translation>the .ics file to write</translation>
        </message>
        <message>
            <source>only the meetings of this trainee (default: all trainees)</source>
            <translation>only the meetings of this trainee (default: all trainees)</translation>
        </message>
        <message>
            <source>look as on this day (default: today)</source>
            <translation>look as on this day (default: today)</translation>
        </message>
        <message>
            <source>write JSON for scripts (shape in the manual)</source>
            <translation>write JSON for scripts (shape in the manual)</translation>
        </message>
        <message>
            <source>not a date in the form YYYY-MM-DD: {text}</source>
            <translation>not a date in the form YYYY-MM-DD: {text}</translation>
        </message>
        <message>
            <source>print what is due and overdue for each trainee, with its rule and source</source>
            <translation>print what is due and overdue for each trainee, with its rule and source</translation>
        </message>
        <message>
            <source>only this trainee (default: all active trainees)</source>
            <translation>only this trainee (default: all active trainees)</translation>
        </message>
        <message>
            <source>No trainee named “{name}”.</source>
            <translation>No trainee named “{name}”.</translation>
        </message>
        <message>
            <source>Nothing is due.</source>
            <translation>Nothing is due.</translation>
        </message>
        <message numerus="yes">
            <source>What is open on {day}: %n item(s)</source>
            <translation>
                <numerusform>What is open on {day}: %n item</numerusform>
                <numerusform>What is open on {day}: %n items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>(you)</source>
            <translation>(you)</translation>
        </message>
        <message numerus="yes">
            <source>%n planned meeting(s) written to {path}.</source>
            <translation>
                <numerusform>%n planned meeting written to {path}.</numerusform>
                <numerusform>%n planned meetings written to {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>read a JSON export (from export --json) into a new, empty data file</source>
            <translation>read a JSON export (from export --json) into a new, empty data file</translation>
        </message>
        <message>
            <source>the JSON file to read</source>
            <translation>the JSON file to read</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>Cannot read {path}: {reason}</translation>
        </message>
        <message>
            <source>Imported {rows} rows from {path} into {file}.</source>
            <translation>Imported {rows} rows from {path} into {file}.</translation>
        </message>
        <message>
            <source>check a verification code or a PDF file (its code and digital signatures) against the data</source>
            <translation>check a verification code or a PDF file (its code and digital signatures) against the data</translation>
        </message>
        <message>
            <source>the code printed at the foot of the document, or the PDF file</source>
            <translation>the code printed at the foot of the document, or the PDF file</translation>
        </message>
    </context>
    <context>
        <name>CopyWeekDialog</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Copy last week</source>
            <translation>Copy last week</translation>
        </message>
        <message>
            <source>Entries to copy</source>
            <translation>Entries to copy</translation>
        </message>
        <message numerus="yes">
            <source>Copy %n entry(ies)</source>
            <translation>
                <numerusform>Copy %n entry</numerusform>
                <numerusform>Copy %n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>the week of {day}</source>
            <translation>the week of {day}</translation>
        </message>
        <message numerus="yes">
            <source>These %n entry(ies) from the week before will be added to {week}:</source>
            <translation>
                <numerusform>These %n entry from the week before will be added to {week}:</numerusform>
                <numerusform>These %n entries from the week before will be added to {week}:</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to copy into {week}.</source>
            <translation>Nothing to copy into {week}.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) on days that have not come yet are left out: log those hours once they are worked.</source>
            <translation>
                <numerusform>%n entry on days that have not come yet are left out: log those hours once they are worked.</numerusform>
                <numerusform>%n entries on days that have not come yet are left out: log those hours once they are worked.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) are already logged this week.</source>
            <translation>
                <numerusform>%n entry are already logged this week.</numerusform>
                <numerusform>%n entries are already logged this week.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CoverageView</name>
        <message>
            <source>earlier profile; now: {area}</source>
            <translation>earlier profile; now: {area}</translation>
        </message>
        <message>
            <source>earlier profile</source>
            <translation>earlier profile</translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n goal</numerusform>
                <numerusform>%n goals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n achieved</source>
            <translation>
                <numerusform>%n achieved</numerusform>
                <numerusform>%n achieved</numerusform>
            </translation>
        </message>
        <message>
            <source>no goal yet</source>
            <translation>no goal yet</translation>
        </message>
    </context>
    <context>
        <name>DigitalSignDialog</name>
        <message>
            <source>Sign digitally</source>
            <translation>Sign digitally</translation>
        </message>
        <message>
            <source>Sign your own signature field of {document} with your certificate (a .p12 or .pfx file). The certificate and its passphrase are used once and not kept. The other signers sign their own fields in a PDF reader.</source>
            <translation>Sign your own signature field of {document} with your certificate (a .p12 or .pfx file). The certificate and its passphrase are used once and not kept. The other signers sign their own fields in a PDF reader.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>&amp;Certificate</source>
            <translation>&amp;Certificate</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Passphrase</translation>
        </message>
        <message>
            <source>&amp;Sign and save…</source>
            <translation>&amp;Sign and save…</translation>
        </message>
        <message>
            <source>{document} signed</source>
            <translation>{document} signed</translation>
        </message>
        <message>
            <source>Choose your certificate</source>
            <translation>Choose your certificate</translation>
        </message>
        <message>
            <source>Certificates (*.p12 *.pfx)</source>
            <translation>Certificates (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>Signing {document}…</source>
            <translation>Signing {document}…</translation>
        </message>
        <message>
            <source>Save the signed PDF</source>
            <translation>Save the signed PDF</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Upcoming</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>On track</translation>
        </message>
        <message>
            <source>Start meeting</source>
            <translation>Start meeting</translation>
        </message>
        <message>
            <source>Progress meeting</source>
            <translation>Progress meeting</translation>
        </message>
        <message>
            <source>Suitability assessment</source>
            <translation>Suitability assessment</translation>
        </message>
        <message>
            <source>Final meeting</source>
            <translation>Final meeting</translation>
        </message>
        <message>
            <source>KPB</source>
            <translation>KPB</translation>
        </message>
        <message>
            <source>Coaching talk</source>
            <translation>Coaching talk</translation>
        </message>
        <message>
            <source>Supervision, recent weeks</source>
            <translation>Supervision, recent weeks</translation>
        </message>
        <message>
            <source>Supervision, this year</source>
            <translation>Supervision, this year</translation>
        </message>
        <message>
            <source>Weekly themed learning talk</source>
            <translation>Weekly themed learning talk</translation>
        </message>
        <message>
            <source>Part-time spread over the week</source>
            <translation>Part-time spread over the week</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>LEOh</source>
            <translation>LEOh</translation>
        </message>
        <message>
            <source>Out-of-hours shifts</source>
            <translation>Out-of-hours shifts</translation>
        </message>
        <message>
            <source>Evaluation with the tutor</source>
            <translation>Evaluation with the tutor</translation>
        </message>
        <message>
            <source>Consultation with the trainer</source>
            <translation>Consultation with the trainer</translation>
        </message>
        <message>
            <source>More than four trainees at once</source>
            <translation>More than four trainees at once</translation>
        </message>
        <message>
            <source>OpleiderDesk's own setting (no document gives this)</source>
            <translation>OpleiderDesk's own setting (no document gives this)</translation>
        </message>
        <message>
            <source>OpleiderDesk's own setting: {defaults}</source>
            <translation>OpleiderDesk's own setting: {defaults}</translation>
        </message>
        <message>
            <source>Extend the training or archive the trainee</source>
            <translation>Extend the training or archive the trainee</translation>
        </message>
        <message>
            <source>{have} trainees at once; at most {max} is proposed</source>
            <translation>{have} trainees at once; at most {max} is proposed</translation>
        </message>
        <message>
            <source>Internal supervision plan: follow-up</source>
            <translation>Internal supervision plan: follow-up</translation>
        </message>
        <message>
            <source>Intensified plan: inform the RGS</source>
            <translation>Intensified plan: inform the RGS</translation>
        </message>
        <message>
            <source>Intensified plan: progress meeting</source>
            <translation>Intensified plan: progress meeting</translation>
        </message>
        <message>
            <source>Intensified plan: closing assessment</source>
            <translation>Intensified plan: closing assessment</translation>
        </message>
        <message>
            <source>Next step after the verdict</source>
            <translation>Next step after the verdict</translation>
        </message>
        <message>
            <source>Practice supervisor's report</source>
            <translation>Practice supervisor's report</translation>
        </message>
        <message>
            <source>Inform the institution</source>
            <translation>Inform the institution</translation>
        </message>
        <message>
            <source>Expected end date passed</source>
            <translation>Expected end date passed</translation>
        </message>
        <message>
            <source>Check the start of the training</source>
            <translation>Check the start of the training</translation>
        </message>
        <message>
            <source>pro rata for part-time</source>
            <translation>pro rata for part-time</translation>
        </message>
        <message>
            <source>interruptions move the dates</source>
            <translation>interruptions move the dates</translation>
        </message>
        <message>
            <source>two weeks after the placement starts</source>
            <translation>two weeks after the placement starts</translation>
        </message>
        <message>
            <source>how long before the end</source>
            <translation>how long before the end</translation>
        </message>
        <message>
            <source>six weeks to the follow-up</source>
            <translation>six weeks to the follow-up</translation>
        </message>
        <message>
            <source>three months when the form does not say</source>
            <translation>three months when the form does not say</translation>
        </message>
        <message>
            <source>counted from the placement's start until you check the training's</source>
            <translation>counted from the placement's start until you check the training's</translation>
        </message>
        <message>
            <source>Date agreed in the meeting</source>
            <translation>Date agreed in the meeting</translation>
        </message>
        <message>
            <source>{source} — a proposal, not yet a rule</source>
            <translation>{source} — a proposal, not yet a rule</translation>
        </message>
        <message>
            <source>Rule: {source}</source>
            <translation>Rule: {source}</translation>
        </message>
        <message>
            <source>{have} held, {expected} expected by now, {target} this year</source>
            <translation>{have} held, {expected} expected by now, {target} this year</translation>
        </message>
        <message numerus="yes">
            <source>{have} of {expected} hours over %n week(s)</source>
            <translation>
                <numerusform>{have} of {expected} hours over %n week</numerusform>
                <numerusform>{have} of {expected} hours over %n weeks</numerusform>
            </translation>
        </message>
        <message>
            <source>Last LEOh received on {day}</source>
            <translation>Last LEOh received on {day}</translation>
        </message>
        <message>
            <source>No LEOh received yet</source>
            <translation>No LEOh received yet</translation>
        </message>
        <message>
            <source>Upgraded from version 0.1 in year {year}: the training's start is that of this placement, {start}. Enter when the training began (full-time without interruptions: {full_time}).</source>
            <translation>Upgraded from version 0.1 in year {year}: the training's start is that of this placement, {start}. Enter when the training began (full-time without interruptions: {full_time}).</translation>
        </message>
        <message>
            <source>{have} of {target} in HLWP {hlwp}, {expected} expected by now</source>
            <translation>{have} of {target} in HLWP {hlwp}, {expected} expected by now</translation>
        </message>
        <message>
            <source>{have} of {required} held</source>
            <translation>{have} of {required} held</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) short of the norm</source>
            <translation>
                <numerusform>%n week short of the norm</numerusform>
                <numerusform>%n weeks short of the norm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>last %n week(s)</source>
            <translation>
                <numerusform>last %n week</numerusform>
                <numerusform>last %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Started {start}, %n month(s)</source>
            <translation>
                <numerusform>Started {start}, %n month</numerusform>
                <numerusform>Started {start}, %n months</numerusform>
            </translation>
        </message>
        <message>
            <source>Start an intensified supervision plan, or end the training and inform the RGS</source>
            <translation>Start an intensified supervision plan, or end the training and inform the RGS</translation>
        </message>
        <message>
            <source>You lay down the task from {day}</source>
            <translation>You lay down the task from {day}</translation>
        </message>
        <message numerus="yes">
            <source>From {day} you work %n hour(s) a week in the specialty, under {minimum}</source>
            <translation>
                <numerusform>From {day} you work %n hour a week in the specialty, under {minimum}</numerusform>
                <numerusform>From {day} you work %n hours a week in the specialty, under {minimum}</numerusform>
            </translation>
        </message>
        <message>
            <source>Interrupted from {start} for more than two months</source>
            <translation>Interrupted from {start} for more than two months</translation>
        </message>
        <message>
            <source>Planned on {day}</source>
            <translation>Planned on {day}</translation>
        </message>
        <message>
            <source>Not planned yet</source>
            <translation>Not planned yet</translation>
        </message>
    </context>
    <context>
        <name>EarlierAgreements</name>
        <message>
            <source>Open agreements from earlier meetings</source>
            <translation>Open agreements from earlier meetings</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>&amp;Mark done</translation>
        </message>
        <message>
            <source>U&amp;ndo</source>
            <translation>U&amp;ndo</translation>
        </message>
        <message>
            <source>No open agreements from earlier meetings.</source>
            <translation>No open agreements from earlier meetings.</translation>
        </message>
        <message>
            <source>Marked done: “{text}”.</source>
            <translation>Marked done: “{text}”.</translation>
        </message>
        <message>
            <source>This can no longer be undone: later changes depend on it.</source>
            <translation>This can no longer be undone: later changes depend on it.</translation>
        </message>
        <message>
            <source>Open again.</source>
            <translation>Open again.</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>The protection of {path} could not be changed ({reason}); the file is unchanged. Close other programs that use it (a second window, a sync or virus scanner) and try again.</source>
            <translation>The protection of {path} could not be changed ({reason}); the file is unchanged. Close other programs that use it (a second window, a sync or virus scanner) and try again.</translation>
        </message>
    </context>
    <context>
        <name>EncryptionDialog</name>
        <message>
            <source>Encryption</source>
            <translation>Encryption</translation>
        </message>
        <message>
            <source>Encryption needs the optional SQLCipher package. Install OpleiderDesk with the extra 'encryption' (pip install opleider-desk[encryption]).</source>
            <translation>Encryption needs the optional SQLCipher package. Install OpleiderDesk with the extra 'encryption' (pip install opleider-desk[encryption]).</translation>
        </message>
        <message>
            <source>This data file is encrypted.</source>
            <translation>This data file is encrypted.</translation>
        </message>
        <message>
            <source>This data file is not encrypted. With a passphrase, the file and its backups can only be read by someone who knows it.</source>
            <translation>This data file is not encrypted. With a passphrase, the file and its backups can only be read by someone who knows it.</translation>
        </message>
        <message>
            <source>Keep the passphrase somewhere safe: without it nobody, not even the maker of OpleiderDesk, can open the file. Backups made before a change keep their old protection until they are rotated out.</source>
            <translation>Keep the passphrase somewhere safe: without it nobody, not even the maker of OpleiderDesk, can open the file. Backups made before a change keep their old protection until they are rotated out.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>&amp;Current passphrase</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>&amp;New passphrase</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>&amp;Repeat</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>&amp;Change passphrase</translation>
        </message>
        <message>
            <source>&amp;Encrypt</source>
            <translation>&amp;Encrypt</translation>
        </message>
        <message>
            <source>&amp;Remove encryption</source>
            <translation>&amp;Remove encryption</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Edit hours</source>
            <translation>Edit hours</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Tra&amp;inee</source>
            <translation>Tra&amp;inee</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>Ca&amp;tegory</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation>Descri&amp;ption</translation>
        </message>
        <message>
            <source>Discard the changes you made to these hours?</source>
            <translation>Discard the changes you made to these hours?</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <source>Log</source>
            <translation>Log</translation>
        </message>
        <message>
            <source>Save this entry (Enter)</source>
            <translation>Save this entry (Enter)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>Tra&amp;inee</source>
            <translation>Tra&amp;inee</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>Ca&amp;tegory</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <source>Des&amp;cription</source>
            <translation>Des&amp;cription</translation>
        </message>
        <message>
            <source>{field}: </source>
            <translation>{field}: </translation>
        </message>
        <message>
            <source>{day} is a day still to come. Log {duration} on it anyway?</source>
            <translation>{day} is a day still to come. Log {duration} on it anyway?</translation>
        </message>
        <message>
            <source>&amp;Log anyway</source>
            <translation>&amp;Log anyway</translation>
        </message>
    </context>
    <context>
        <name>ErrorReport</name>
        <message>
            <source>Something went wrong that OpleiderDesk did not expect. What you saved is kept; the last action may not have finished.

Details (without personal data) are in the log file:
{path}</source>
            <translation>Something went wrong that OpleiderDesk did not expect. What you saved is kept; the last action may not have finished.

Details (without personal data) are in the log file:
{path}</translation>
        </message>
        <message>
            <source>OpleiderDesk ended unexpectedly the last time it ran. What you had saved is kept; check the last thing you did before it ended.

Details (without personal data) are in the log file:
{path}</source>
            <translation>OpleiderDesk ended unexpectedly the last time it ran. What you had saved is kept; check the last thing you did before it ended.

Details (without personal data) are in the log file:
{path}</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>(not for one trainee)</source>
            <translation>(not for one trainee)</translation>
        </message>
        <message>
            <source>The &amp;institution has been informed</source>
            <translation>The &amp;institution has been informed</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>&amp;Number of shifts</source>
            <translation>&amp;Number of shifts</translation>
        </message>
        <message>
            <source>&amp;Hours a week in the specialty</source>
            <translation>&amp;Hours a week in the specialty</translation>
        </message>
        <message>
            <source>&amp;From trainee</source>
            <translation>&amp;From trainee</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;ote</translation>
        </message>
        <message>
            <source>Discard what you typed for this event?</source>
            <translation>Discard what you typed for this event?</translation>
        </message>
    </context>
    <context>
        <name>FileError</name>
        <message>
            <source>The data file {path} was written by a newer version of OpleiderDesk. Install the newest version to open it. The file has not been changed.</source>
            <translation>The data file {path} was written by a newer version of OpleiderDesk. Install the newest version to open it. The file has not been changed.</translation>
        </message>
        <message>
            <source>The file {path} is not an OpleiderDesk data file. It has not been changed.</source>
            <translation>The file {path} is not an OpleiderDesk data file. It has not been changed.</translation>
        </message>
        <message>
            <source>The data file {path} is damaged. It has not been changed; restore a backup.</source>
            <translation>The data file {path} is damaged. It has not been changed; restore a backup.</translation>
        </message>
        <message>
            <source>The data file {path} is already open in another OpleiderDesk window, on this or another computer. Only one window at a time can change it.</source>
            <translation>The data file {path} is already open in another OpleiderDesk window, on this or another computer. Only one window at a time can change it.</translation>
        </message>
        <message>
            <source>The data file {path} is encrypted; its passphrase is needed to open it.</source>
            <translation>The data file {path} is encrypted; its passphrase is needed to open it.</translation>
        </message>
        <message>
            <source>The passphrase does not open {path}. Check it (capitals count) and try again.</source>
            <translation>The passphrase does not open {path}. Check it (capitals count) and try again.</translation>
        </message>
        <message>
            <source>The data file {path} is encrypted, but this installation of OpleiderDesk cannot open encrypted files. Install it with the extra 'encryption'.</source>
            <translation>The data file {path} is encrypted, but this installation of OpleiderDesk cannot open encrypted files. Install it with the extra 'encryption'.</translation>
        </message>
        <message>
            <source>The data file {path} has a second name elsewhere on this disk (a hard link, made for instance by a backup or sync tool). SQLite keeps the latest changes beside the name a program opened the file by, so with two names changes can be lost after a crash. OpleiderDesk does not open it and has not changed it. Remove the other name, or copy the file to a file of its own and open the copy.</source>
            <translation>The data file {path} has a second name elsewhere on this disk (a hard link, made for instance by a backup or sync tool). SQLite keeps the latest changes beside the name a program opened the file by, so with two names changes can be lost after a crash. OpleiderDesk does not open it and has not changed it. Remove the other name, or copy the file to a file of its own and open the copy.</translation>
        </message>
        <message>
            <source>The data file {path} is empty (0 bytes): it holds no data. It has not been changed. If your data should be in it, restore a backup; otherwise choose another name for a new file.</source>
            <translation>The data file {path} is empty (0 bytes): it holds no data. It has not been changed. If your data should be in it, restore a backup; otherwise choose another name for a new file.</translation>
        </message>
        <message>
            <source>The data file {path} does not record which version of OpleiderDesk wrote it, so it is not opened, to keep its data safe. It has not been changed; restore a backup.</source>
            <translation>The data file {path} does not record which version of OpleiderDesk wrote it, so it is not opened, to keep its data safe. It has not been changed; restore a backup.</translation>
        </message>
        <message>
            <source>The data file {path} does not exist.</source>
            <translation>The data file {path} does not exist.</translation>
        </message>
        <message>
            <source>The file {path} cannot be opened as a data file ({detail}).</source>
            <translation>The file {path} cannot be opened as a data file ({detail}).</translation>
        </message>
        <message>
            <source>This data file is on a network drive ({kind}). OpleiderDesk works there without its write-ahead log, so saving is a little slower. Open it from one computer at a time; a data file on this computer with its backups on the network drive is safer.</source>
            <translation>This data file is on a network drive ({kind}). OpleiderDesk works there without its write-ahead log, so saving is a little slower. Open it from one computer at a time; a data file on this computer with its backups on the network drive is safer.</translation>
        </message>
        <message>
            <source>This data file is in a folder that {service} copies to other computers. OpleiderDesk saves every change straight into the file there, but close it on one computer before opening it on another, or the copies get mixed up.</source>
            <translation>This data file is in a folder that {service} copies to other computers. OpleiderDesk saves every change straight into the file there, but close it on one computer before opening it on another, or the copies get mixed up.</translation>
        </message>
    </context>
    <context>
        <name>FileNames</name>
        <message>
            <source>{document} {meeting}</source>
            <translation>{document} {meeting}</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <source>yyyy-mm-dd</source>
            <translation>yyyy-mm-dd</translation>
        </message>
        <message>
            <source>Q{number} {year}</source>
            <translation>Q{number} {year}</translation>
        </message>
    </context>
    <context>
        <name>GoalModel</name>
        <message>
            <source>set {date}</source>
            <translation>set {date}</translation>
        </message>
        <message>
            <source>evaluated {date}</source>
            <translation>evaluated {date}</translation>
        </message>
        <message>
            <source>Set in: {meeting}</source>
            <translation>Set in: {meeting}</translation>
        </message>
        <message>
            <source>Evaluated in: {meeting}</source>
            <translation>Evaluated in: {meeting}</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Learning goal</source>
            <translation>Learning goal</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activities</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>How tested</source>
            <translation>How tested</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
    </context>
    <context>
        <name>GoalsEditor</name>
        <message>
            <source>Learning goals</source>
            <translation>Learning goals</translation>
        </message>
        <message>
            <source>SMART: what will the trainee be able to do, by when, shown how?</source>
            <translation>SMART: what will the trainee be able to do, by when, shown how?</translation>
        </message>
        <message>
            <source>e.g. KPB, knowledge test, observation</source>
            <translation>e.g. KPB, knowledge test, observation</translation>
        </message>
        <message>
            <source>Add goa&amp;l</source>
            <translation>Add goa&amp;l</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>Save &amp;changes</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Co&amp;mpetency area</source>
            <translation>Co&amp;mpetency area</translation>
        </message>
        <message>
            <source>G&amp;oal</source>
            <translation>G&amp;oal</translation>
        </message>
        <message>
            <source>Ac&amp;tivities</source>
            <translation>Ac&amp;tivities</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>&amp;Status</translation>
        </message>
        <message>
            <source>&amp;Deadline</source>
            <translation>&amp;Deadline</translation>
        </message>
        <message>
            <source>Ho&amp;w tested</source>
            <translation>Ho&amp;w tested</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>a change to a learning goal that you did not save</source>
            <translation>a change to a learning goal that you did not save</translation>
        </message>
        <message>
            <source>a learning goal that you typed but did not add</source>
            <translation>a learning goal that you typed but did not add</translation>
        </message>
    </context>
    <context>
        <name>GuidedForm</name>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>← &amp;Previous</source>
            <translation>← &amp;Previous</translation>
        </message>
        <message>
            <source>&amp;Next →</source>
            <translation>&amp;Next →</translation>
        </message>
        <message>
            <source>Step {n} of {total}</source>
            <translation>Step {n} of {total}</translation>
        </message>
        <message>
            <source>&amp;Next: the report →</source>
            <translation>&amp;Next: the report →</translation>
        </message>
        <message>
            <source>Speaking: {who}</source>
            <translation>Speaking: {who}</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— choose —</translation>
        </message>
    </context>
    <context>
        <name>HoldDialog</name>
        <message>
            <source>Meeting held</source>
            <translation>Meeting held</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Log {duration} as hours under “{category}”</source>
            <translation>Log {duration} as hours under “{category}”</translation>
        </message>
        <message>
            <source>Held &amp;on</source>
            <translation>Held &amp;on</translation>
        </message>
        <message>
            <source>&amp;Duration</source>
            <translation>&amp;Duration</translation>
        </message>
    </context>
    <context>
        <name>HoursCsv</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
    </context>
    <context>
        <name>HoursEntry</name>
        <message>
            <source>1:30, 1,5 or 90m</source>
            <extracomment>Combo data for "no aios": an item's data of None cannot be found again with findData.</extracomment>
            <translation>1:30, 1,5 or 90m</translation>
        </message>
        <message>
            <source>What was done (optional)</source>
            <translation>What was done (optional)</translation>
        </message>
    </context>
    <context>
        <name>HoursImport</name>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>trainee</source>
            <translation>trainee</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duration</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>hours</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>semicolon</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>comma</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
    </context>
    <context>
        <name>HoursModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>— yourself, no trainee —</source>
            <extracomment>One entry as the hours service reads it: id, day, minutes, category id, aios id, description.</extracomment>
            <translation>— yourself, no trainee —</translation>
        </message>
        <message>
            <source>In a signed quarter: locked. Unlock the quarter to change it.</source>
            <translation>In a signed quarter: locked. Unlock the quarter to change it.</translation>
        </message>
    </context>
    <context>
        <name>HoursPeriod</name>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Every entry</source>
            <translation>Every entry</translation>
        </message>
        <message>
            <source>January</source>
            <translation>January</translation>
        </message>
        <message>
            <source>February</source>
            <translation>February</translation>
        </message>
        <message>
            <source>March</source>
            <translation>March</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>May</translation>
        </message>
        <message>
            <source>June</source>
            <translation>June</translation>
        </message>
        <message>
            <source>July</source>
            <translation>July</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>October</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>December</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>Week {week}, {start} – {end}</source>
            <translation>Week {week}, {start} – {end}</translation>
        </message>
        <message>
            <source>Q{number} {year} ({start} – {end})</source>
            <translation>Q{number} {year} ({start} – {end})</translation>
        </message>
    </context>
    <context>
        <name>HoursRoutine</name>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
    </context>
    <context>
        <name>HoursTab</name>
        <message>
            <source>Log hours</source>
            <translation>Log hours</translation>
        </message>
        <message>
            <source>Previous period (Alt+Left)</source>
            <translation>Previous period (Alt+Left)</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Previous period</translation>
        </message>
        <message>
            <source>Next period (Alt+Right)</source>
            <translation>Next period (Alt+Right)</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>Next period</translation>
        </message>
        <message>
            <source>T&amp;oday</source>
            <translation>T&amp;oday</translation>
        </message>
        <message>
            <source>Search hours…</source>
            <translation>Search hours…</translation>
        </message>
        <message>
            <source>Search hours</source>
            <translation>Search hours</translation>
        </message>
        <message>
            <source>Copy &amp;last week</source>
            <translation>Copy &amp;last week</translation>
        </message>
        <message>
            <source>Copy the entries of the week before into this week</source>
            <translation>Copy the entries of the week before into this week</translation>
        </message>
        <message>
            <source>Log &amp;routine</source>
            <translation>Log &amp;routine</translation>
        </message>
        <message>
            <source>Log this week's routine entries (e.g. the weekly joint surgery)</source>
            <translation>Log this week's routine entries (e.g. the weekly joint surgery)</translation>
        </message>
        <message>
            <source>&amp;Quarterly statement…</source>
            <translation>&amp;Quarterly statement…</translation>
        </message>
        <message>
            <source>Print or sign the statement of the quarter shown</source>
            <translation>Print or sign the statement of the quarter shown</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>an hour entry you typed but did not log yet</source>
            <translation>an hour entry you typed but did not log yet</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Loading the hours…</source>
            <translation>Loading the hours…</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} entries</source>
            <translation>
                <numerusform>%n of {total} entries</numerusform>
                <numerusform>%n of {total} entries</numerusform>
            </translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Logged {duration} on {day}. Undo with Ctrl+Z.</source>
            <translation>Logged {duration} on {day}. Undo with Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) deleted. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n entry deleted. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n entries deleted. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %n entry(ies) from the week before.</source>
            <translation>
                <numerusform>Copied %n entry from the week before.</numerusform>
                <numerusform>Copied %n entries from the week before.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to copy: the week before is empty or already copied.</source>
            <translation>Nothing to copy: the week before is empty or already copied.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Trainee shown</source>
            <translation>Trainee shown</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Sho&amp;w:</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>&amp;More</translation>
        </message>
        <message>
            <source>&amp;Routine entries…</source>
            <translation>&amp;Routine entries…</translation>
        </message>
        <message>
            <source>&amp;Categories…</source>
            <translation>&amp;Categories…</translation>
        </message>
        <message>
            <source>&amp;Import hours from CSV…</source>
            <translation>&amp;Import hours from CSV…</translation>
        </message>
        <message>
            <source>&amp;Export this list to CSV…</source>
            <translation>&amp;Export this list to CSV…</translation>
        </message>
        <message>
            <source>All trainees</source>
            <translation>All trainees</translation>
        </message>
        <message>
            <source>Searching the hours…</source>
            <translation>Searching the hours…</translation>
        </message>
        <message>
            <source>No routine entries yet: set them up under More ▸ Routine entries.</source>
            <translation>No routine entries yet: set them up under More ▸ Routine entries.</translation>
        </message>
        <message numerus="yes">
            <source>Logged %n routine entry(ies) for this week.</source>
            <translation>
                <numerusform>Logged %n routine entry for this week.</numerusform>
                <numerusform>Logged %n routine entries for this week.</numerusform>
            </translation>
        </message>
        <message>
            <source>This week's routine was already logged.</source>
            <translation>This week's routine was already logged.</translation>
        </message>
        <message>
            <source>Import hours</source>
            <translation>Import hours</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV files (*.csv *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>Cannot read {file}: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n entry(ies). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Imported %n entry. Undo with Ctrl+Z.</numerusform>
                <numerusform>Imported %n entries. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading and checking {file}…</source>
            <translation>Reading and checking {file}…</translation>
        </message>
        <message>
            <source>Export hours</source>
            <translation>Export hours</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Cannot write {file}: {reason}</source>
            <translation>Cannot write {file}: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entry(ies) to {file}.</source>
            <translation>
                <numerusform>Exported %n entry to {file}.</numerusform>
                <numerusform>Exported %n entries to {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
    </context>
    <context>
        <name>HoursTotals</name>
        <message>
            <source>Supervision</source>
            <translation>Supervision</translation>
        </message>
        <message>
            <source>Joint surgery</source>
            <translation>Joint surgery</translation>
        </message>
        <message>
            <source>Own training</source>
            <translation>Own training</translation>
        </message>
    </context>
    <context>
        <name>HoursView</name>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import hours from {file}</source>
            <translation>Import hours from {file}</translation>
        </message>
        <message>
            <source>The first {shown} of {count} lines are shown; all of them are imported.</source>
            <translation>The first {shown} of {count} lines are shown; all of them are imported.</translation>
        </message>
        <message>
            <source>already logged</source>
            <translation>already logged</translation>
        </message>
        <message>
            <source>twice in this file</source>
            <translation>twice in this file</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message numerus="yes">
            <source>Leave out the %n line(s) already logged</source>
            <translation>
                <numerusform>Leave out the %n line already logged</numerusform>
                <numerusform>Leave out the %n lines already logged</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Lines to import</source>
            <translation>Lines to import</translation>
        </message>
        <message>
            <source>“{header}” → {column}</source>
            <translation>“{header}” → {column}</translation>
        </message>
        <message>
            <source>Read as {encoding}, columns separated by a {separator}.</source>
            <translation>Read as {encoding}, columns separated by a {separator}.</translation>
        </message>
        <message>
            <source>Columns: {mapping}.</source>
            <translation>Columns: {mapping}.</translation>
        </message>
        <message>
            <source>Not used: {columns}.</source>
            <translation>Not used: {columns}.</translation>
        </message>
        <message>
            <source>“{header}”</source>
            <translation>“{header}”</translation>
        </message>
        <message>
            <source>“{written}” → {category}</source>
            <translation>“{written}” → {category}</translation>
        </message>
        <message>
            <source>Categories: {understood}.</source>
            <translation>Categories: {understood}.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) cannot be imported. Correct the file and import it again; nothing is imported until every line is right.</source>
            <translation>
                <numerusform>%n line cannot be imported. Correct the file and import it again; nothing is imported until every line is right.</numerusform>
                <numerusform>%n lines cannot be imported. Correct the file and import it again; nothing is imported until every line is right.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first %n are listed.</source>
            <translation>
                <numerusform>The first %n are listed.</numerusform>
                <numerusform>The first %n are listed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n entry(ies)</source>
            <translation>
                <numerusform>Import %n entry</numerusform>
                <numerusform>Import %n entries</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: nothing was imported.</source>
            <translation>Cancelled: nothing was imported.</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n entry(ies)…</source>
            <translation>
                <numerusform>Importing %n entry…</numerusform>
                <numerusform>Importing %n entries…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Other trainer</source>
            <translation>Other trainer</translation>
        </message>
        <message>
            <source>GP trainer</source>
            <translation>GP trainer</translation>
        </message>
        <message>
            <source>Practice supervisor</source>
            <translation>Practice supervisor</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Medical expertise</source>
            <translation>Medical expertise</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communication</translation>
        </message>
        <message>
            <source>Collaboration</source>
            <translation>Collaboration</translation>
        </message>
        <message>
            <source>Knowledge and science</source>
            <translation>Knowledge and science</translation>
        </message>
        <message>
            <source>Social accountability</source>
            <translation>Social accountability</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Professionalism</source>
            <translation>Professionalism</translation>
        </message>
        <message>
            <source>Leadership</source>
            <translation>Leadership</translation>
        </message>
        <message>
            <source>Learning talk</source>
            <translation>Learning talk</translation>
        </message>
        <message>
            <source>Joint surgery</source>
            <translation>Joint surgery</translation>
        </message>
        <message>
            <source>Patient discussion</source>
            <translation>Patient discussion</translation>
        </message>
        <message>
            <source>Observation / KPB</source>
            <translation>Observation / KPB</translation>
        </message>
        <message>
            <source>Progress / assessment meeting</source>
            <translation>Progress / assessment meeting</translation>
        </message>
        <message>
            <source>Coaching talk</source>
            <translation>Coaching talk</translation>
        </message>
        <message>
            <source>Consultation with the institute</source>
            <translation>Consultation with the institute</translation>
        </message>
        <message>
            <source>Consultation trainer – practice supervisor</source>
            <translation>Consultation trainer – practice supervisor</translation>
        </message>
        <message>
            <source>Own training (trainer days)</source>
            <translation>Own training (trainer days)</translation>
        </message>
        <message>
            <source>Intervision</source>
            <translation>Intervision</translation>
        </message>
        <message>
            <source>Portfolio / administration</source>
            <translation>Portfolio / administration</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Report signed</source>
            <translation>Report signed</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>doubt (old value)</source>
            <translation>doubt (old value)</translation>
        </message>
        <message>
            <source>unsuitable (old value)</source>
            <translation>unsuitable (old value)</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Trainee and trainer</source>
            <translation>Trainee and trainer</translation>
        </message>
        <message>
            <source>Institute trainer</source>
            <translation>Institute trainer</translation>
        </message>
        <message>
            <source>Tutor</source>
            <translation>Tutor</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Achieved</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Dropped</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Statements</source>
            <translation>&amp;Statements</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;New data file…</source>
            <translation>&amp;New data file…</translation>
        </message>
        <message>
            <source>&amp;Open data file…</source>
            <translation>&amp;Open data file…</translation>
        </message>
        <message>
            <source>&amp;Profile…</source>
            <translation>&amp;Profile…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Import hours from CSV…</source>
            <translation>&amp;Import hours from CSV…</translation>
        </message>
        <message>
            <source>E&amp;xport the hours list to CSV…</source>
            <translation>E&amp;xport the hours list to CSV…</translation>
        </message>
        <message>
            <source>Export all data (&amp;JSON)…</source>
            <translation>Export all data (&amp;JSON)…</translation>
        </message>
        <message>
            <source>Make a &amp;backup now</source>
            <translation>Make a &amp;backup now</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restore a backup…</translation>
        </message>
        <message>
            <source>&amp;GDPR (AVG) request…</source>
            <translation>&amp;GDPR (AVG) request…</translation>
        </message>
        <message>
            <source>&amp;Encryption…</source>
            <translation>&amp;Encryption…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>&amp;Quarterly statement…</source>
            <translation>&amp;Quarterly statement…</translation>
        </message>
        <message>
            <source>&amp;Check statement…</source>
            <translation>&amp;Check statement…</translation>
        </message>
        <message>
            <source>Audit &amp;log</source>
            <translation>Audit &amp;log</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>Open &amp;log file</source>
            <translation>Open &amp;log file</translation>
        </message>
        <message>
            <source>&amp;About OpleiderDesk</source>
            <translation>&amp;About OpleiderDesk</translation>
        </message>
        <message>
            <source>Opening the data file…</source>
            <translation>Opening the data file…</translation>
        </message>
        <message>
            <source>{path} (read-only)</source>
            <translation>{path} (read-only)</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (read-only)</translation>
        </message>
        <message>
            <source>Not saved yet: {what}. Close anyway and lose it?</source>
            <translation>Not saved yet: {what}. Close anyway and lose it?</translation>
        </message>
        <message>
            <source>Checking the data file…</source>
            <translation>Checking the data file…</translation>
        </message>
        <message>
            <source>Making a backup of the data file…</source>
            <translation>Making a backup of the data file…</translation>
        </message>
        <message>
            <source>New data file</source>
            <translation>New data file</translation>
        </message>
        <message>
            <source>That file already exists; open it with File ▸ Open.</source>
            <translation>That file already exists; open it with File ▸ Open.</translation>
        </message>
        <message>
            <source>Open data file</source>
            <translation>Open data file</translation>
        </message>
        <message>
            <source>Your profile</source>
            <translation>Your profile</translation>
        </message>
        <message>
            <source>About OpleiderDesk</source>
            <translation>About OpleiderDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;OpleiderDesk {version}&lt;/h3&gt;&lt;p&gt;For GP trainers and practice supervisors: trainees, meetings, hours and signable quarterly statements, kept on this computer only.&lt;/p&gt;&lt;p&gt;Data file: &lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;OpleiderDesk {version}&lt;/h3&gt;&lt;p&gt;For GP trainers and practice supervisors: trainees, meetings, hours and signable quarterly statements, kept on this computer only.&lt;/p&gt;&lt;p&gt;Data file: &lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Undo {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>&amp;Redo {action}</translation>
        </message>
        <message>
            <source>This can no longer be undone: later changes depend on it.</source>
            <translation>This can no longer be undone: later changes depend on it.</translation>
        </message>
        <message>
            <source>Undoing: {action}…</source>
            <translation>Undoing: {action}…</translation>
        </message>
        <message>
            <source>Redoing: {action}…</source>
            <translation>Redoing: {action}…</translation>
        </message>
        <message>
            <source>Undone: {action}</source>
            <translation>Undone: {action}</translation>
        </message>
        <message>
            <source>Nor&amp;ms…</source>
            <translation>Nor&amp;ms…</translation>
        </message>
        <message>
            <source>Redone: {action}</source>
            <translation>Redone: {action}</translation>
        </message>
        <message>
            <source>&amp;Trainee overview</source>
            <translation>&amp;Trainee overview</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>&amp;Meetings</source>
            <translation>&amp;Meetings</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>&amp;Hours</source>
            <translation>&amp;Hours</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <source>&amp;Portfolio</source>
            <translation>&amp;Portfolio</translation>
        </message>
        <message>
            <source>Trainee overview</source>
            <translation>Trainee overview</translation>
        </message>
    </context>
    <context>
        <name>MeetingCalendar</name>
        <message>
            <source>{type} with {aios}</source>
            <translation>{type} with {aios}</translation>
        </message>
        <message>
            <source>Agenda:
{agenda}</source>
            <translation>Agenda:
{agenda}</translation>
        </message>
    </context>
    <context>
        <name>MeetingModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>MeetingReport</name>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <source>Course of the meeting</source>
            <translation>Course of the meeting</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <source>Learning goals (IOP) set or evaluated</source>
            <translation>Learning goals (IOP) set or evaluated</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>Learning goal</source>
            <translation>Learning goal</translation>
        </message>
        <message>
            <source>Activities / how tested</source>
            <translation>Activities / how tested</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>None.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Page {page} of {total}</translation>
        </message>
        <message>
            <source>Verification code {code}</source>
            <translation>Verification code {code}</translation>
        </message>
        <message>
            <source>draft, not signed</source>
            <translation>draft, not signed</translation>
        </message>
        <message>
            <source>Meeting report</source>
            <translation>Meeting report</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>{text} (agreement from an earlier meeting · {owner})</source>
            <translation>{text} (agreement from an earlier meeting · {owner})</translation>
        </message>
        <message>
            <source>{text} (agreement from an earlier meeting · {owner} · due {due})</source>
            <translation>{text} (agreement from an earlier meeting · {owner} · due {due})</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Practice</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>Regulation</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Signed on</translation>
        </message>
    </context>
    <context>
        <name>MeetingWindow</name>
        <message>
            <source>Meeting &amp;held…</source>
            <translation>Meeting &amp;held…</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>&amp;Guided form</source>
            <translation>&amp;Guided form</translation>
        </message>
        <message>
            <source>Agr&amp;eements</source>
            <translation>Agr&amp;eements</translation>
        </message>
        <message>
            <source>&amp;IOP</source>
            <translation>&amp;IOP</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>&amp;Report</translation>
        </message>
        <message>
            <source>Agreements made in this meeting</source>
            <translation>Agreements made in this meeting</translation>
        </message>
        <message>
            <source>Open agreements from earlier meetings</source>
            <translation>Open agreements from earlier meetings</translation>
        </message>
        <message>
            <source>Competency areas covered by learning goals over the training</source>
            <translation>Competency areas covered by learning goals over the training</translation>
        </message>
        <message>
            <source>Learning goals of {aios}</source>
            <translation>Learning goals of {aios}</translation>
        </message>
        <message>
            <source>Report as &amp;PDF…</source>
            <translation>Report as &amp;PDF…</translation>
        </message>
        <message>
            <source>Mark as &amp;signed…</source>
            <translation>Mark as &amp;signed…</translation>
        </message>
        <message>
            <source>Sign &amp;digitally…</source>
            <translation>Sign &amp;digitally…</translation>
        </message>
        <message>
            <source>Sign your own field of the report PDF with your certificate</source>
            <translation>Sign your own field of the report PDF with your certificate</translation>
        </message>
        <message>
            <source>&amp;Copy for the e-portfolio</source>
            <translation>&amp;Copy for the e-portfolio</translation>
        </message>
        <message>
            <source>The report as plain text, one section per step, to paste into the e-portfolio</source>
            <translation>The report as plain text, one section per step, to paste into the e-portfolio</translation>
        </message>
        <message>
            <source>Save as &amp;text…</source>
            <translation>Save as &amp;text…</translation>
        </message>
        <message>
            <source>Preview of the report</source>
            <translation>Preview of the report</translation>
        </message>
        <message>
            <source>The report was signed on {day}. Verification code &lt;b&gt;{code}&lt;/b&gt;. The meeting is locked.</source>
            <translation>The report was signed on {day}. Verification code &lt;b&gt;{code}&lt;/b&gt;. The meeting is locked.</translation>
        </message>
        <message>
            <source>Not signed yet. The report is signed by: {signers}. Mark it as signed once it is, which locks the meeting.</source>
            <translation>Not signed yet. The report is signed by: {signers}. Mark it as signed once it is, which locks the meeting.</translation>
        </message>
        <message>
            <source>Nobody signs the report of this kind of meeting. Mark it as signed when it is final: that locks the meeting.</source>
            <translation>Nobody signs the report of this kind of meeting. Mark it as signed when it is final: that locks the meeting.</translation>
        </message>
        <message>
            <source>Verification code if signed as it is now: {code}</source>
            <translation>Verification code if signed as it is now: {code}</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Saved</translation>
        </message>
        <message>
            <source>Not added yet: {what}. Close the meeting and lose it?</source>
            <translation>Not added yet: {what}. Close the meeting and lose it?</translation>
        </message>
        <message>
            <source>The report is on the clipboard: paste it into the e-portfolio.</source>
            <translation>The report is on the clipboard: paste it into the e-portfolio.</translation>
        </message>
        <message>
            <source>Save for the e-portfolio</source>
            <translation>Save for the e-portfolio</translation>
        </message>
        <message>
            <source>Text (*.txt)</source>
            <translation>Text (*.txt)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>The file could not be saved: {reason}</translation>
        </message>
        <message>
            <source>Saving {file}…</source>
            <translation>Saving {file}…</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Save agenda</source>
            <translation>Save agenda</translation>
        </message>
        <message>
            <source>Has the report been signed by {signers}? Afterwards the meeting, its agreements' wording and its learning goals can no longer be changed.</source>
            <translation>Has the report been signed by {signers}? Afterwards the meeting, its agreements' wording and its learning goals can no longer be changed.</translation>
        </message>
        <message>
            <source>Mark the report as final? Afterwards the meeting, its agreements' wording and its learning goals can no longer be changed.</source>
            <translation>Mark the report as final? Afterwards the meeting, its agreements' wording and its learning goals can no longer be changed.</translation>
        </message>
        <message>
            <source>Not added yet: {what}. It is lost when the meeting locks.</source>
            <translation>Not added yet: {what}. It is lost when the meeting locks.</translation>
        </message>
        <message>
            <source>Mark as signed</source>
            <translation>Mark as signed</translation>
        </message>
    </context>
    <context>
        <name>MeetingsTab</name>
        <message>
            <source>&amp;Plan meeting…</source>
            <translation>&amp;Plan meeting…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <source>E&amp;xport calendar (.ics)…</source>
            <translation>E&amp;xport calendar (.ics)…</translation>
        </message>
        <message>
            <source>Invi&amp;tation (.ics)…</source>
            <translation>Invi&amp;tation (.ics)…</translation>
        </message>
        <message>
            <source>Plan meeting</source>
            <translation>Plan meeting</translation>
        </message>
        <message>
            <source>The selected planned meeting as an invitation for the trainee, to attach to an e-mail</source>
            <translation>The selected planned meeting as an invitation for the trainee, to attach to an e-mail</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Tra&amp;inee:</source>
            <translation>Tra&amp;inee:</translation>
        </message>
        <message>
            <source>No meetings yet. Plan one with &lt;b&gt;Plan meeting…&lt;/b&gt; (Alt+P): the meeting opens with its agenda, to prepare it with the trainee.</source>
            <translation>No meetings yet. Plan one with &lt;b&gt;Plan meeting…&lt;/b&gt; (Alt+P): the meeting opens with its agenda, to prepare it with the trainee.</translation>
        </message>
        <message>
            <source>All trainees</source>
            <translation>All trainees</translation>
        </message>
        <message>
            <source>Add a trainee first.</source>
            <translation>Add a trainee first.</translation>
        </message>
        <message>
            <source>Meeting planned.</source>
            <translation>Meeting planned.</translation>
        </message>
        <message>
            <source>Open meeting</source>
            <translation>Open meeting</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <source>Delete the {type} of {date} with everything typed in it? Its agreements and learning goals stay.</source>
            <translation>Delete the {type} of {date} with everything typed in it? Its agreements and learning goals stay.</translation>
        </message>
        <message>
            <source>Export planned meetings</source>
            <translation>Export planned meetings</translation>
        </message>
        <message>
            <source>Planned meetings</source>
            <translation>Planned meetings</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Calendar (*.ics)</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>The file could not be saved: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n planned meeting(s) exported.</source>
            <translation>
                <numerusform>%n planned meeting exported.</numerusform>
                <numerusform>%n planned meetings exported.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save invitation</source>
            <translation>Save invitation</translation>
        </message>
        <message>
            <source>Invitation saved. Attach it to an e-mail to the trainee; OpleiderDesk sends nothing.</source>
            <translation>Invitation saved. Attach it to an e-mail to the trainee; OpleiderDesk sends nothing.</translation>
        </message>
    </context>
    <context>
        <name>NormsDialog</name>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> months</source>
            <translation> months</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> weeks</translation>
        </message>
        <message>
            <source>Supervision and hours</source>
            <translation>Supervision and hours</translation>
        </message>
        <message>
            <source>per trainee</source>
            <translation>per trainee</translation>
        </message>
        <message>
            <source>per trainer</source>
            <translation>per trainer</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>per week</translation>
        </message>
        <message>
            <source>per quarter</source>
            <translation>per quarter</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>per year</translation>
        </message>
        <message>
            <source>per training year</source>
            <translation>per training year</translation>
        </message>
        <message>
            <source>per practice year (HLWP)</source>
            <translation>per practice year (HLWP)</translation>
        </message>
        <message>
            <source>per placement</source>
            <translation>per placement</translation>
        </message>
        <message>
            <source>over the whole training</source>
            <translation>over the whole training</translation>
        </message>
        <message>
            <source>per session</source>
            <translation>per session</translation>
        </message>
        <message>
            <source>per day</source>
            <translation>per day</translation>
        </message>
        <message>
            <source>OpleiderDesk's own setting (no document gives this value)</source>
            <translation>OpleiderDesk's own setting (no document gives this value)</translation>
        </message>
        <message>
            <source>Proposal: {source}</source>
            <translation>Proposal: {source}</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Back to the value of the regulation</source>
            <translation>Back to the value of the regulation</translation>
        </message>
        <message>
            <source>Not a rule of this regulation: nothing is measured.</source>
            <translation>Not a rule of this regulation: nothing is measured.</translation>
        </message>
        <message>
            <source>adjusted · regulation: {value}</source>
            <translation>adjusted · regulation: {value}</translation>
        </message>
        <message>
            <source>Norms and regulation</source>
            <translation>Norms and regulation</translation>
        </message>
        <message>
            <source>&amp;Regulation</source>
            <translation>&amp;Regulation</translation>
        </message>
        <message>
            <source>Reset &amp;all</source>
            <translation>Reset &amp;all</translation>
        </message>
        <message>
            <source>Discard the changes you made to the norms?</source>
            <translation>Discard the changes you made to the norms?</translation>
        </message>
        <message numerus="yes">
            <source>%n adjusted</source>
            <translation>
                <numerusform>%n adjusted</numerusform>
                <numerusform>%n adjusted</numerusform>
            </translation>
        </message>
        <message>
            <source>Meetings and assessments</source>
            <translation>Meetings and assessments</translation>
        </message>
        <message>
            <source>The trainer's own obligations</source>
            <translation>The trainer's own obligations</translation>
        </message>
    </context>
    <context>
        <name>ObligationsPage</name>
        <message>
            <source>Training year {start} – {end}</source>
            <translation>Training year {start} – {end}</translation>
        </message>
        <message>
            <source>&amp;LEOh received…</source>
            <translation>&amp;LEOh received…</translation>
        </message>
        <message>
            <source>&amp;Profiel Leerwerkplan updated…</source>
            <translation>&amp;Profiel Leerwerkplan updated…</translation>
        </message>
        <message>
            <source>&amp;Shifts done…</source>
            <translation>&amp;Shifts done…</translation>
        </message>
        <message>
            <source>&amp;Task laid down…</source>
            <translation>&amp;Task laid down…</translation>
        </message>
        <message>
            <source>&amp;Hours in the specialty…</source>
            <translation>&amp;Hours in the specialty…</translation>
        </message>
        <message>
            <source>Institution &amp;informed</source>
            <translation>Institution &amp;informed</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Year</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recorded in this year&lt;/b&gt;</source>
            <translation>&lt;b&gt;Recorded in this year&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Removed. Undo with Ctrl+Z.</source>
            <translation>Removed. Undo with Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>OpenItems</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
    </context>
    <context>
        <name>OpenItemsView</name>
        <message>
            <source>What is open</source>
            <translation>What is open</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <source>fill in the example data</source>
            <translation>fill in the example data</translation>
        </message>
        <message>
            <source>add trainee</source>
            <translation>add trainee</translation>
        </message>
        <message>
            <source>edit trainee</source>
            <translation>edit trainee</translation>
        </message>
        <message>
            <source>change trainee status</source>
            <translation>change trainee status</translation>
        </message>
        <message>
            <source>delete trainee</source>
            <translation>delete trainee</translation>
        </message>
        <message>
            <source>edit profile</source>
            <translation>edit profile</translation>
        </message>
        <message>
            <source>mark statement as signed</source>
            <translation>mark statement as signed</translation>
        </message>
        <message>
            <source>sign statement digitally</source>
            <translation>sign statement digitally</translation>
        </message>
        <message>
            <source>unlock quarter</source>
            <translation>unlock quarter</translation>
        </message>
        <message>
            <source>change norms</source>
            <translation>change norms</translation>
        </message>
        <message>
            <source>edit portfolio item</source>
            <translation>edit portfolio item</translation>
        </message>
        <message>
            <source>add portfolio item</source>
            <translation>add portfolio item</translation>
        </message>
        <message>
            <source>delete portfolio item</source>
            <translation>delete portfolio item</translation>
        </message>
        <message>
            <source>attach file</source>
            <translation>attach file</translation>
        </message>
        <message>
            <source>remove attached file</source>
            <translation>remove attached file</translation>
        </message>
        <message>
            <source>portfolio review finding</source>
            <translation>portfolio review finding</translation>
        </message>
        <message>
            <source>start a new portfolio review</source>
            <translation>start a new portfolio review</translation>
        </message>
        <message>
            <source>tick obligation</source>
            <translation>tick obligation</translation>
        </message>
        <message>
            <source>record LEOh, profile update or shifts</source>
            <translation>record LEOh, profile update or shifts</translation>
        </message>
        <message>
            <source>remove recorded event</source>
            <translation>remove recorded event</translation>
        </message>
        <message>
            <source>mark the institution informed</source>
            <translation>mark the institution informed</translation>
        </message>
        <message>
            <source>log hours</source>
            <translation>log hours</translation>
        </message>
        <message>
            <source>edit hours</source>
            <translation>edit hours</translation>
        </message>
        <message>
            <source>delete hours</source>
            <translation>delete hours</translation>
        </message>
        <message>
            <source>copy last week</source>
            <translation>copy last week</translation>
        </message>
        <message>
            <source>log the routine</source>
            <translation>log the routine</translation>
        </message>
        <message>
            <source>import hours</source>
            <translation>import hours</translation>
        </message>
        <message>
            <source>add routine entry</source>
            <translation>add routine entry</translation>
        </message>
        <message>
            <source>edit routine entry</source>
            <translation>edit routine entry</translation>
        </message>
        <message>
            <source>delete routine entry</source>
            <translation>delete routine entry</translation>
        </message>
        <message>
            <source>add category</source>
            <translation>add category</translation>
        </message>
        <message>
            <source>rename category</source>
            <translation>rename category</translation>
        </message>
        <message>
            <source>change category in use</source>
            <translation>change category in use</translation>
        </message>
        <message>
            <source>restore backup</source>
            <translation>restore backup</translation>
        </message>
        <message>
            <source>erase trainee (GDPR)</source>
            <translation>erase trainee (GDPR)</translation>
        </message>
        <message>
            <source>plan meeting</source>
            <translation>plan meeting</translation>
        </message>
        <message>
            <source>edit meeting</source>
            <translation>edit meeting</translation>
        </message>
        <message>
            <source>hold meeting</source>
            <translation>hold meeting</translation>
        </message>
        <message>
            <source>log meeting as hours</source>
            <translation>log meeting as hours</translation>
        </message>
        <message>
            <source>save meeting notes</source>
            <translation>save meeting notes</translation>
        </message>
        <message>
            <source>mark report as signed</source>
            <translation>mark report as signed</translation>
        </message>
        <message>
            <source>sign report digitally</source>
            <translation>sign report digitally</translation>
        </message>
        <message>
            <source>delete meeting</source>
            <translation>delete meeting</translation>
        </message>
        <message>
            <source>add agreement</source>
            <translation>add agreement</translation>
        </message>
        <message>
            <source>edit agreement</source>
            <translation>edit agreement</translation>
        </message>
        <message>
            <source>change agreement status</source>
            <translation>change agreement status</translation>
        </message>
        <message>
            <source>delete agreement</source>
            <translation>delete agreement</translation>
        </message>
        <message>
            <source>add learning goal</source>
            <translation>add learning goal</translation>
        </message>
        <message>
            <source>edit learning goal</source>
            <translation>edit learning goal</translation>
        </message>
        <message>
            <source>delete learning goal</source>
            <translation>delete learning goal</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>The data file {name} is encrypted. Passphrase:</source>
            <translation>The data file {name} is encrypted. Passphrase:</translation>
        </message>
        <message>
            <source>That passphrase does not open the file. Try again.</source>
            <translation>That passphrase does not open the file. Try again.</translation>
        </message>
        <message>
            <source>Encrypted data file</source>
            <translation>Encrypted data file</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
    </context>
    <context>
        <name>PlanMeetingDialog</name>
        <message>
            <source>Plan meeting</source>
            <translation>Plan meeting</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Tr&amp;ainee</source>
            <translation>Tr&amp;ainee</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <source>T&amp;ime</source>
            <translation>T&amp;ime</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Location</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;Plan</translation>
        </message>
        <message>
            <source>This time overlaps {kind} with {aios} on {day} at {time}.</source>
            <translation>This time overlaps {kind} with {aios} on {day} at {time}.</translation>
        </message>
        <message>
            <source>Discard the meeting you were planning?</source>
            <translation>Discard the meeting you were planning?</translation>
        </message>
        <message>
            <source>Plan it at this time anyway?</source>
            <translation>Plan it at this time anyway?</translation>
        </message>
    </context>
    <context>
        <name>Portfolio</name>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>Not confirmed</translation>
        </message>
        <message>
            <source>Obligation</source>
            <translation>Obligation</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Actual against required</source>
            <translation>Actual against required</translation>
        </message>
        <message>
            <source>Tick when done</source>
            <translation>Tick when done</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <source>informed</source>
            <translation>informed</translation>
        </message>
        <message>
            <source>not informed yet</source>
            <translation>not informed yet</translation>
        </message>
        <message>
            <source>Not due yet (first on {day})</source>
            <translation>Not due yet (first on {day})</translation>
        </message>
        <message>
            <source>Not due yet</source>
            <translation>Not due yet</translation>
        </message>
        <message>
            <source>The training has not started yet</source>
            <translation>The training has not started yet</translation>
        </message>
        <message>
            <source>No open learning goals</source>
            <translation>No open learning goals</translation>
        </message>
        <message>
            <source>Not updated since the progress meeting of {day}</source>
            <translation>Not updated since the progress meeting of {day}</translation>
        </message>
        <message numerus="yes">
            <source>%n open learning goal(s)</source>
            <translation>
                <numerusform>%n open learning goal</numerusform>
                <numerusform>%n open learning goals</numerusform>
            </translation>
        </message>
        <message>
            <source>{have} held, {expected} expected by now, {target} this year</source>
            <translation>{have} held, {expected} expected by now, {target} this year</translation>
        </message>
        <message numerus="yes">
            <source>%n different observer(s)</source>
            <translation>
                <numerusform>%n different observer</numerusform>
                <numerusform>%n different observers</numerusform>
            </translation>
        </message>
        <message>
            <source>{covered} of {total} competency areas in the learning goals</source>
            <translation>{covered} of {total} competency areas in the learning goals</translation>
        </message>
        <message>
            <source>None held yet</source>
            <translation>None held yet</translation>
        </message>
        <message>
            <source>{held} held, {signed} signed</source>
            <translation>{held} held, {signed} signed</translation>
        </message>
        <message>
            <source>Enter the date of the 360° feedback</source>
            <translation>Enter the date of the 360° feedback</translation>
        </message>
        <message>
            <source>Dated {day}, before the meeting of {last}</source>
            <translation>Dated {day}, before the meeting of {last}</translation>
        </message>
        <message>
            <source>Dated {day}</source>
            <translation>Dated {day}</translation>
        </message>
        <message>
            <source>next meeting {day}</source>
            <translation>next meeting {day}</translation>
        </message>
        <message>
            <source>Not looked at yet</source>
            <translation>Not looked at yet</translation>
        </message>
        <message>
            <source>In order</source>
            <translation>In order</translation>
        </message>
        <message>
            <source>Point of attention</source>
            <translation>Point of attention</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Not met (yet)</source>
            <translation>Not met (yet)</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>LEOh received</source>
            <translation>LEOh received</translation>
        </message>
        <message>
            <source>Profiel Leerwerkplan updated</source>
            <translation>Profiel Leerwerkplan updated</translation>
        </message>
        <message>
            <source>Out-of-hours shifts</source>
            <translation>Out-of-hours shifts</translation>
        </message>
        <message>
            <source>Task laid down</source>
            <translation>Task laid down</translation>
        </message>
        <message>
            <source>Hours a week in the specialty</source>
            <translation>Hours a week in the specialty</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>No trainee in training in this year</source>
            <translation>No trainee in training in this year</translation>
        </message>
        <message>
            <source>{actual} of {required} trainees with {each} talks</source>
            <translation>{actual} of {required} trainees with {each} talks</translation>
        </message>
        <message>
            <source>{actual} of {weeks} trainee-weeks at the norm, {count} trainees counted apart (needed: {required})</source>
            <translation>{actual} of {weeks} trainee-weeks at the norm, {count} trainees counted apart (needed: {required})</translation>
        </message>
        <message>
            <source>A trainee is in training</source>
            <translation>A trainee is in training</translation>
        </message>
        <message>
            <source>Last trainee until {day}; lapses on {lapses}</source>
            <translation>Last trainee until {day}; lapses on {lapses}</translation>
        </message>
        <message>
            <source>Enter the practice size in the profile</source>
            <translation>Enter the practice size in the profile</translation>
        </message>
        <message>
            <source>{status} (by hand)</source>
            <translation>{status} (by hand)</translation>
        </message>
        <message>
            <source>Marked as {status} by hand; according to the data it is missing: {detail}.</source>
            <translation>Marked as {status} by hand; according to the data it is missing: {detail}.</translation>
        </message>
        <message>
            <source>or set the status back to Missing</source>
            <translation>or set the status back to Missing</translation>
        </message>
        <message>
            <source>record each KPB held as a meeting of kind KPB in the Meetings tab</source>
            <translation>record each KPB held as a meeting of kind KPB in the Meetings tab</translation>
        </message>
        <message>
            <source>add or update a learning goal in the IOP since the last progress meeting</source>
            <translation>add or update a learning goal in the IOP since the last progress meeting</translation>
        </message>
        <message>
            <source>add learning goals for {areas}</source>
            <translation>add learning goals for {areas}</translation>
        </message>
        <message>
            <source>enter the date of the 360° feedback under Date (after the last meeting)</source>
            <translation>enter the date of the 360° feedback under Date (after the last meeting)</translation>
        </message>
        <message>
            <source>record the meeting and its report in the Meetings tab</source>
            <translation>record the meeting and its report in the Meetings tab</translation>
        </message>
        <message>
            <source>To resolve: {what}, {back}.</source>
            <translation>To resolve: {what}, {back}.</translation>
        </message>
        <message>
            <source>No quarter has ended yet</source>
            <translation>No quarter has ended yet</translation>
        </message>
        <message>
            <source>Not a rule of the regulation</source>
            <translation>Not a rule of the regulation</translation>
        </message>
        <message>
            <source>{actual} of {required} days</source>
            <translation>{actual} of {required} days</translation>
        </message>
        <message>
            <source>{actual} of {required}</source>
            <translation>{actual} of {required}</translation>
        </message>
        <message>
            <source>{actual} of {weeks} weeks at the norm (needed: {required})</source>
            <translation>{actual} of {weeks} weeks at the norm (needed: {required})</translation>
        </message>
        <message>
            <source>{actual} patients per FTE (norm {low}–{high})</source>
            <translation>{actual} patients per FTE (norm {low}–{high})</translation>
        </message>
        <message>
            <source>{actual} of {required} quarterly statements signed</source>
            <translation>{actual} of {required} quarterly statements signed</translation>
        </message>
        <message>
            <source>No update recorded</source>
            <translation>No update recorded</translation>
        </message>
        <message>
            <source>Updated on {day} (at most {months} months ago)</source>
            <translation>Updated on {day} (at most {months} months ago)</translation>
        </message>
    </context>
    <context>
        <name>PortfolioModel</name>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>From the data</source>
            <translation>From the data</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
    </context>
    <context>
        <name>PortfolioTab</name>
        <message>
            <source>Tr&amp;ainee</source>
            <extracomment>The checklist item that shows a meeting kind's reports.</extracomment>
            <translation>Tr&amp;ainee</translation>
        </message>
        <message>
            <source>&amp;Norms…</source>
            <translation>&amp;Norms…</translation>
        </message>
        <message>
            <source>&amp;Checklist</source>
            <translation>&amp;Checklist</translation>
        </message>
        <message>
            <source>Portfolio revie&amp;w</source>
            <translation>Portfolio revie&amp;w</translation>
        </message>
        <message>
            <source>&amp;My obligations</source>
            <translation>&amp;My obligations</translation>
        </message>
        <message>
            <source>Your own checklist {file} cannot be used ({error}); the built-in checklist is shown.</source>
            <translation>Your own checklist {file} cannot be used ({error}); the built-in checklist is shown.</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <source>Invalid input ({code}).</source>
            <translation>Invalid input ({code}).</translation>
        </message>
        <message>
            <source>This text is too long (at most {max} characters).</source>
            <translation>This text is too long (at most {max} characters).</translation>
        </message>
        <message>
            <source>The expected end date must be after the start date.</source>
            <translation>The expected end date must be after the start date.</translation>
        </message>
        <message>
            <source>The part-time percentage must be between {min} and {max} %.</source>
            <translation>The part-time percentage must be between {min} and {max} %.</translation>
        </message>
        <message>
            <source>The training year is 1, 2 or 3.</source>
            <translation>The training year is 1, 2 or 3.</translation>
        </message>
        <message>
            <source>This trainee no longer exists; it may have been deleted meanwhile.</source>
            <translation>This trainee no longer exists; it may have been deleted meanwhile.</translation>
        </message>
        <message>
            <source>As a practice supervisor, enter the name of the trainer who co-signs.</source>
            <translation>As a practice supervisor, enter the name of the trainer who co-signs.</translation>
        </message>
        <message>
            <source>Enter the GP capacity as a percentage of one FTE, e.g. 180 for 1.8 FTE.</source>
            <translation>Enter the GP capacity as a percentage of one FTE, e.g. 180 for 1.8 FTE.</translation>
        </message>
        <message>
            <source>The number cannot be negative.</source>
            <translation>The number cannot be negative.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>This field is required.</translation>
        </message>
        <message>
            <source>Not a valid date. Type it as dd-mm-yyyy, for example 12-03-2026.</source>
            <translation>Not a valid date. Type it as dd-mm-yyyy, for example 12-03-2026.</translation>
        </message>
        <message>
            <source>That day does not exist: month {month} of {year} has {days} days.</source>
            <translation>That day does not exist: month {month} of {year} has {days} days.</translation>
        </message>
        <message>
            <source>The date must lie between {min} and {max}.</source>
            <translation>The date must lie between {min} and {max}.</translation>
        </message>
        <message>
            <source>This text holds a character that cannot be stored; retype it.</source>
            <translation>This text holds a character that cannot be stored; retype it.</translation>
        </message>
        <message>
            <source>This must be a whole number.</source>
            <translation>This must be a whole number.</translation>
        </message>
        <message>
            <source>The file has no date column (for example “Datum”).</source>
            <translation>The file has no date column (for example “Datum”).</translation>
        </message>
        <message>
            <source>The file has no category column (for example “Categorie”).</source>
            <translation>The file has no category column (for example “Categorie”).</translation>
        </message>
        <message>
            <source>The file has no column with the time spent (for example “Duur”, “Uren” or “Minuten”).</source>
            <translation>The file has no column with the time spent (for example “Duur”, “Uren” or “Minuten”).</translation>
        </message>
        <message>
            <source>Not a duration. Type for example 1:30, 1,5 or 90m.</source>
            <translation>Not a duration. Type for example 1:30, 1,5 or 90m.</translation>
        </message>
        <message>
            <source>The duration must be more than zero.</source>
            <translation>The duration must be more than zero.</translation>
        </message>
        <message>
            <source>The duration cannot be negative.</source>
            <translation>The duration cannot be negative.</translation>
        </message>
        <message>
            <source>At most {max_hours} hours per entry.</source>
            <translation>At most {max_hours} hours per entry.</translation>
        </message>
        <message>
            <source>{value} hours is more than a day. A number without a unit counts as hours; for minutes type {value}m.</source>
            <translation>{value} hours is more than a day. A number without a unit counts as hours; for minutes type {value}m.</translation>
        </message>
        <message>
            <source>That is not a whole number of minutes. Type for example 1:20 instead of 1,33.</source>
            <translation>That is not a whole number of minutes. Type for example 1:20 instead of 1,33.</translation>
        </message>
        <message>
            <source>“{text}” could mean hours and minutes or decimal hours. Type 1:30 or 1,5 for an hour and a half.</source>
            <translation>“{text}” could mean hours and minutes or decimal hours. Type 1:30 or 1,5 for an hour and a half.</translation>
        </message>
        <message>
            <source>Not a quarter. Type it as 2026-Q3 or Q3 2026.</source>
            <translation>Not a quarter. Type it as 2026-Q3 or Q3 2026.</translation>
        </message>
        <message>
            <source>The file holds no hours.</source>
            <translation>The file holds no hours.</translation>
        </message>
        <message>
            <source>The file cannot be read as CSV (near line {line}).</source>
            <translation>The file cannot be read as CSV (near line {line}).</translation>
        </message>
        <message>
            <source>This line has more cells than the header has columns ({columns}). With a comma between columns, decimal numbers must be in quotes: "1,5".</source>
            <translation>This line has more cells than the header has columns ({columns}). With a comma between columns, decimal numbers must be in quotes: "1,5".</translation>
        </message>
        <message>
            <source>A quote (") on this line is never closed, so the lines after it would become part of this one. Remove the quote or close it, and save the file again.</source>
            <translation>A quote (") on this line is never closed, so the lines after it would become part of this one. Remove the quote or close it, and save the file again.</translation>
        </message>
        <message>
            <source>The columns with the time spent do not agree on this line. Keep only one of them.</source>
            <translation>The columns with the time spent do not agree on this line. Keep only one of them.</translation>
        </message>
        <message>
            <source>The minutes column holds “{text}”: give whole minutes, or call the column Uren.</source>
            <translation>The minutes column holds “{text}”: give whole minutes, or call the column Uren.</translation>
        </message>
        <message>
            <source>More than 24 hours on {day} in this file ({total}).</source>
            <translation>More than 24 hours on {day} in this file ({total}).</translation>
        </message>
        <message>
            <source>The file changed after it was checked, so nothing was imported. Import it again.</source>
            <translation>The file changed after it was checked, so nothing was imported. Import it again.</translation>
        </message>
        <message>
            <source>No trainee named “{name}”.</source>
            <translation>No trainee named “{name}”.</translation>
        </message>
        <message>
            <source>No category named “{name}”. The categories are: {known}.</source>
            <translation>No category named “{name}”. The categories are: {known}.</translation>
        </message>
        <message>
            <source>No category named “{name}”.</source>
            <translation>No category named “{name}”.</translation>
        </message>
        <message>
            <source>That makes {total} on {day}: more than 24 hours in one day.</source>
            <translation>That makes {total} on {day}: more than 24 hours in one day.</translation>
        </message>
        <message>
            <source>This category is no longer in use; choose another one or reactivate it.</source>
            <translation>This category is no longer in use; choose another one or reactivate it.</translation>
        </message>
        <message>
            <source>This category no longer exists.</source>
            <translation>This category no longer exists.</translation>
        </message>
        <message>
            <source>This entry no longer exists; it may have been deleted meanwhile.</source>
            <translation>This entry no longer exists; it may have been deleted meanwhile.</translation>
        </message>
        <message>
            <source>There is already a category named “{name}”.</source>
            <translation>There is already a category named “{name}”.</translation>
        </message>
        <message>
            <source>Choose a day of the week.</source>
            <translation>Choose a day of the week.</translation>
        </message>
        <message>
            <source>Unknown norm setting “{key}”.</source>
            <translation>Unknown norm setting “{key}”.</translation>
        </message>
        <message>
            <source>Must be at least {minimum}.</source>
            <translation>Must be at least {minimum}.</translation>
        </message>
        <message>
            <source>Must be at most {maximum}.</source>
            <translation>Must be at most {maximum}.</translation>
        </message>
        <message>
            <source>The maximum cannot be below the minimum ({low}).</source>
            <translation>The maximum cannot be below the minimum ({low}).</translation>
        </message>
        <message>
            <source>The statement for {quarter} was signed on {signed_on}; its hours are locked. Unlock the quarter first if a correction is really needed.</source>
            <translation>The statement for {quarter} was signed on {signed_on}; its hours are locked. Unlock the quarter first if a correction is really needed.</translation>
        </message>
        <message>
            <source>No trainee named “{name}”. Known trainees: {known}.</source>
            <translation>No trainee named “{name}”. Known trainees: {known}.</translation>
        </message>
        <message>
            <source>“{name}” fits more than one trainee: {matches}. Type the full name.</source>
            <translation>“{name}” fits more than one trainee: {matches}. Type the full name.</translation>
        </message>
        <message>
            <source>No trainee was in training in {quarter} and none has hours in it.</source>
            <translation>No trainee was in training in {quarter} and none has hours in it.</translation>
        </message>
        <message>
            <source>A quarterly statement is signed after the quarter: on {end} or later.</source>
            <translation>A quarterly statement is signed after the quarter: on {end} or later.</translation>
        </message>
        <message>
            <source>The date of signing cannot be in the future.</source>
            <translation>The date of signing cannot be in the future.</translation>
        </message>
        <message>
            <source>The statement for {quarter} was already marked as signed on {signed_on}.</source>
            <translation>The statement for {quarter} was already marked as signed on {signed_on}.</translation>
        </message>
        <message>
            <source>The statement for {quarter} is not marked as signed, so it is not locked.</source>
            <translation>The statement for {quarter} is not marked as signed, so it is not locked.</translation>
        </message>
        <message>
            <source>This portfolio item no longer exists; it may have been deleted meanwhile.</source>
            <translation>This portfolio item no longer exists; it may have been deleted meanwhile.</translation>
        </message>
        <message>
            <source>Items from the checklist template cannot be renamed or deleted; set them to “missing” instead.</source>
            <translation>Items from the checklist template cannot be renamed or deleted; set them to “missing” instead.</translation>
        </message>
        <message>
            <source>{name} is larger than {max_mb} MB; keep it in the institute's portfolio instead.</source>
            <translation>{name} is larger than {max_mb} MB; keep it in the institute's portfolio instead.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}</source>
            <translation>{name} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>Enter at least 1.</source>
            <translation>Enter at least 1.</translation>
        </message>
        <message>
            <source>This date is in the future.</source>
            <translation>This date is in the future.</translation>
        </message>
        <message>
            <source>A week has at most {maximum} hours.</source>
            <translation>A week has at most {maximum} hours.</translation>
        </message>
        <message>
            <source>This event no longer exists; it may have been removed meanwhile.</source>
            <translation>This event no longer exists; it may have been removed meanwhile.</translation>
        </message>
        <message>
            <source>This data file is open read-only because another OpleiderDesk window is using it. Close that window and open the file again to make changes.</source>
            <translation>This data file is open read-only because another OpleiderDesk window is using it. Close that window and open the file again to make changes.</translation>
        </message>
        <message>
            <source>The check after opening found this data file damaged, so nothing more is written to it. Restore a backup with File ▸ Restore a backup….</source>
            <translation>The check after opening found this data file damaged, so nothing more is written to it. Restore a backup with File ▸ Restore a backup….</translation>
        </message>
        <message>
            <source>This is not the current passphrase.</source>
            <translation>This is not the current passphrase.</translation>
        </message>
        <message>
            <source>Use at least {min} characters; a short sentence is easy to remember.</source>
            <translation>Use at least {min} characters; a short sentence is easy to remember.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <source>By when? A due date makes it checkable.</source>
            <translation>By when? A due date makes it checkable.</translation>
        </message>
        <message>
            <source>Who does it? Without a choice it counts for both trainee and trainer.</source>
            <translation>Who does it? Without a choice it counts for both trainee and trainer.</translation>
        </message>
        <message>
            <source>What will show it is done? Name an action others can see, or a number (e.g. “discuss two consultations on video”).</source>
            <translation>What will show it is done? Name an action others can see, or a number (e.g. “discuss two consultations on video”).</translation>
        </message>
        <message>
            <source>Rather short to be specific: say what exactly, where and how.</source>
            <translation>Rather short to be specific: say what exactly, where and how.</translation>
        </message>
        <message>
            <source>The report of this meeting was signed on {signed_on}; the meeting can no longer be changed.</source>
            <translation>The report of this meeting was signed on {signed_on}; the meeting can no longer be changed.</translation>
        </message>
        <message>
            <source>Enter how long the meeting took before logging it as hours.</source>
            <translation>Enter how long the meeting took before logging it as hours.</translation>
        </message>
        <message>
            <source>The meeting has not been held yet.</source>
            <translation>The meeting has not been held yet.</translation>
        </message>
        <message>
            <source>This meeting's time is already in the hour registration.</source>
            <translation>This meeting's time is already in the hour registration.</translation>
        </message>
        <message>
            <source>There is no meeting template “{kind}”.</source>
            <translation>There is no meeting template “{kind}”.</translation>
        </message>
        <message>
            <source>A meeting lasts between 0 minutes and {max_hours} hours.</source>
            <translation>A meeting lasts between 0 minutes and {max_hours} hours.</translation>
        </message>
        <message>
            <source>Enter the date of the meeting.</source>
            <translation>Enter the date of the meeting.</translation>
        </message>
        <message>
            <source>This meeting no longer exists; it may have been deleted meanwhile.</source>
            <translation>This meeting no longer exists; it may have been deleted meanwhile.</translation>
        </message>
        <message>
            <source>The hour category “{category}” is missing from this data file.</source>
            <translation>The hour category “{category}” is missing from this data file.</translation>
        </message>
        <message>
            <source>This agreement no longer exists; it may have been deleted meanwhile.</source>
            <translation>This agreement no longer exists; it may have been deleted meanwhile.</translation>
        </message>
        <message>
            <source>This learning goal no longer exists; it may have been deleted meanwhile.</source>
            <translation>This learning goal no longer exists; it may have been deleted meanwhile.</translation>
        </message>
        <message>
            <source>A verification code has {length} letters and digits in groups of four, for example K7Q2-M9XD-4PAB-7RTC-1WE5-HN3F.</source>
            <translation>A verification code has {length} letters and digits in groups of four, for example K7Q2-M9XD-4PAB-7RTC-1WE5-HN3F.</translation>
        </message>
        <message>
            <source>The certificate file cannot be read: {reason}</source>
            <translation>The certificate file cannot be read: {reason}</translation>
        </message>
        <message>
            <source>This certificate could not be opened with this passphrase. Check the passphrase, and that the file is a .p12 or .pfx certificate with its private key.</source>
            <translation>This certificate could not be opened with this passphrase. Check the passphrase, and that the file is a .p12 or .pfx certificate with its private key.</translation>
        </message>
        <message>
            <source>This PDF has no empty signature field for you: it may have been signed already.</source>
            <translation>This PDF has no empty signature field for you: it may have been signed already.</translation>
        </message>
        <message>
            <source>This code contains a typing error: its last character does not fit the others. Check each character against the paper.</source>
            <translation>This code contains a typing error: its last character does not fit the others. Check each character against the paper.</translation>
        </message>
        <message>
            <source>Placement {row}: the last day cannot be before the first.</source>
            <translation>Placement {row}: the last day cannot be before the first.</translation>
        </message>
        <message>
            <source>Placement {row}: the part-time percentage must be between {min} and {max} %.</source>
            <translation>Placement {row}: the part-time percentage must be between {min} and {max} %.</translation>
        </message>
        <message>
            <source>Placement {row}: the practice year is 1 or 2.</source>
            <translation>Placement {row}: the practice year is 1 or 2.</translation>
        </message>
        <message>
            <source>Placement {row} starts before the training does.</source>
            <translation>Placement {row} starts before the training does.</translation>
        </message>
        <message>
            <source>Placement {row} ends after the expected end of the training.</source>
            <translation>Placement {row} ends after the expected end of the training.</translation>
        </message>
        <message>
            <source>Placement {row} overlaps another one; a placement starts after the previous one ends.</source>
            <translation>Placement {row} overlaps another one; a placement starts after the previous one ends.</translation>
        </message>
        <message>
            <source>Interruption {row}: the last day cannot be before the first.</source>
            <translation>Interruption {row}: the last day cannot be before the first.</translation>
        </message>
        <message>
            <source>Interruption {row} starts before the training does.</source>
            <translation>Interruption {row} starts before the training does.</translation>
        </message>
        <message>
            <source>This cannot be opened: it holds a value this version of OpleiderDesk does not know. {row}. It is kept in the data file exactly as it is (a newer version may know the value).</source>
            <translation>This cannot be opened: it holds a value this version of OpleiderDesk does not know. {row}. It is kept in the data file exactly as it is (a newer version may know the value).</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Your profile</source>
            <translation>Your profile</translation>
        </message>
        <message>
            <source>leave empty when self-employed</source>
            <translation>leave empty when self-employed</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Your &amp;name</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Role</translation>
        </message>
        <message>
            <source>Re&amp;gulation you train under</source>
            <translation>Re&amp;gulation you train under</translation>
        </message>
        <message>
            <source>&amp;Practice</source>
            <translation>&amp;Practice</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>&amp;Employer</translation>
        </message>
        <message>
            <source>&amp;Training institute</source>
            <translation>&amp;Training institute</translation>
        </message>
        <message>
            <source>&amp;Quality officer (gets a copy)</source>
            <translation>&amp;Quality officer (gets a copy)</translation>
        </message>
        <message>
            <source>Trainer &amp;who co-signs</source>
            <translation>Trainer &amp;who co-signs</translation>
        </message>
        <message>
            <source>Patients in the practice</source>
            <translation>Patients in the practice</translation>
        </message>
        <message>
            <source>GP capacity (% of one FTE)</source>
            <translation>GP capacity (% of one FTE)</translation>
        </message>
        <message>
            <source>Welcome to OpleiderDesk. Every statement and report you print carries these details; you can change them later under File ▸ Profile.</source>
            <translation>Welcome to OpleiderDesk. Every statement and report you print carries these details; you can change them later under File ▸ Profile.</translation>
        </message>
        <message>
            <source>Discard the changes you made to your profile?</source>
            <translation>Discard the changes you made to your profile?</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>File &amp;name:</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>made with an earlier passphrase</source>
            <translation>made with an earlier passphrase</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>unreadable</translation>
        </message>
        <message>
            <source>made before a restore</source>
            <translation>made before a restore</translation>
        </message>
        <message>
            <source>damaged file, kept as it was</source>
            <translation>damaged file, kept as it was</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Hour entries</source>
            <translation>Hour entries</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Last change</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Replace the data file by the backup of {when}?

The backup holds {aios} trainees, {entries} hour entries and {meetings} meetings; its last change was on {last}.

Everything entered after that is replaced. The current file is first kept as a backup, so you can go back.</source>
            <translation>Replace the data file by the backup of {when}?

The backup holds {aios} trainees, {entries} hour entries and {meetings} meetings; its last change was on {last}.

Everything entered after that is replaced. The current file is first kept as a backup, so you can go back.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Backups of {file} in {folder}:</source>
            <translation>Backups of {file} in {folder}:</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>There are no backups of this file yet.</source>
            <translation>There are no backups of this file yet.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>&amp;Other file…</source>
            <translation>&amp;Other file…</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Choose a backup</translation>
        </message>
        <message>
            <source>The file {path} is not an OpleiderDesk backup.</source>
            <translation>The file {path} is not an OpleiderDesk backup.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>What you found; what to raise in the meeting</source>
            <translation>What you found; what to raise in the meeting</translation>
        </message>
        <message>
            <source>Finding on question {n}: {question}</source>
            <translation>Finding on question {n}: {question}</translation>
        </message>
        <message>
            <source>Note on question {n}</source>
            <translation>Note on question {n}</translation>
        </message>
        <message>
            <source>Before each progress meeting, go through the portfolio with these questions (card “Beoordeling aios-portfolio”). Points of attention go on the meeting's agenda.</source>
            <translation>Before each progress meeting, go through the portfolio with these questions (card “Beoordeling aios-portfolio”). Points of attention go on the meeting's agenda.</translation>
        </message>
        <message>
            <source>Start a &amp;new review</source>
            <translation>Start a &amp;new review</translation>
        </message>
        <message>
            <source>Clears the findings of the previous review.</source>
            <translation>Clears the findings of the previous review.</translation>
        </message>
        <message>
            <source>{done} of {total} questions answered</source>
            <translation>{done} of {total} questions answered</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) of attention</source>
            <translation>
                <numerusform>%n point of attention</numerusform>
                <numerusform>%n points of attention</numerusform>
            </translation>
        </message>
        <message>
            <source>last on {day}</source>
            <translation>last on {day}</translation>
        </message>
        <message>
            <source>Previous findings cleared. Undo with Ctrl+Z.</source>
            <translation>Previous findings cleared. Undo with Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>RoutineDialog</name>
        <message>
            <source>Routine entries</source>
            <translation>Routine entries</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>1:30, 1,5 or 90m</source>
            <translation>1:30, 1,5 or 90m</translation>
        </message>
        <message>
            <source>Day of the &amp;week</source>
            <translation>Day of the &amp;week</translation>
        </message>
        <message>
            <source>Tra&amp;inee</source>
            <translation>Tra&amp;inee</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>Ca&amp;tegory</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation>Descri&amp;ption</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>&amp;Save changes</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Discard the routine entry you typed?</source>
            <translation>Discard the routine entry you typed?</translation>
        </message>
    </context>
    <context>
        <name>SaveFile</name>
        <message>
            <source>Saved as {file}.</source>
            <translation>Saved as {file}.</translation>
        </message>
        <message>
            <source>In the folder {folder}</source>
            <translation>In the folder {folder}</translation>
        </message>
        <message>
            <source>&amp;Open file</source>
            <translation>&amp;Open file</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>Open &amp;folder</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>data file</source>
            <extracomment>The day of the self-test's hour entry; its quarter is the statement printed.</extracomment>
            <translation>data file</translation>
        </message>
        <message>
            <source>encryption</source>
            <translation>encryption</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>translations</source>
            <translation>translations</translation>
        </message>
        <message>
            <source>templates</source>
            <translation>templates</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>documents</translation>
        </message>
        <message>
            <source>window</source>
            <translation>window</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>FAIL</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>skip</translation>
        </message>
        <message>
            <source>self-test: {passed} of {ran} checks passed</source>
            <translation>self-test: {passed} of {ran} checks passed</translation>
        </message>
        <message>
            <source>, {skipped} skipped</source>
            <translation>, {skipped} skipped</translation>
        </message>
        <message>
            <source>read back {names} and {minutes} minutes</source>
            <translation>read back {names} and {minutes} minutes</translation>
        </message>
        <message>
            <source>undo left the hour entry in place</source>
            <translation>undo left the hour entry in place</translation>
        </message>
        <message>
            <source>created, migrated, profile + trainee + hour entry written, read back, undone and redone</source>
            <translation>created, migrated, profile + trainee + hour entry written, read back, undone and redone</translation>
        </message>
        <message>
            <source>no trainee with hours in the self-test quarter</source>
            <translation>no trainee with hours in the self-test quarter</translation>
        </message>
        <message>
            <source>not a complete PDF</source>
            <translation>not a complete PDF</translation>
        </message>
        <message>
            <source>quarterly statement, {size} bytes written (pypdf absent: header checked)</source>
            <translation>quarterly statement, {size} bytes written (pypdf absent: header checked)</translation>
        </message>
        <message>
            <source>the statement does not show “{text}”</source>
            <translation>the statement does not show “{text}”</translation>
        </message>
        <message>
            <source>quarterly statement, {size} bytes written, its text read back</source>
            <translation>quarterly statement, {size} bytes written, its text read back</translation>
        </message>
        <message>
            <source>{file} not found in {folder}</source>
            <translation>{file} not found in {folder}</translation>
        </message>
        <message>
            <source>opleider_desk_nl.qm has no Dutch for the File menu</source>
            <translation>opleider_desk_nl.qm has no Dutch for the File menu</translation>
        </message>
        <message>
            <source>no meeting templates in {folder}</source>
            <translation>no meeting templates in {folder}</translation>
        </message>
        <message>
            <source>{templates} meeting templates, {checklists} checklists</source>
            <translation>{templates} meeting templates, {checklists} checklists</translation>
        </message>
        <message>
            <source>{file} is empty</source>
            <translation>{file} is empty</translation>
        </message>
        <message>
            <source>no application icon found</source>
            <translation>no application icon found</translation>
        </message>
        <message>
            <source>user guide and {count} icon sizes</source>
            <translation>user guide and {count} icon sizes</translation>
        </message>
        <message>
            <source>no display (DISPLAY and WAYLAND_DISPLAY are not set); run with QT_QPA_PLATFORM=offscreen to build the window without one</source>
            <translation>no display (DISPLAY and WAYLAND_DISPLAY are not set); run with QT_QPA_PLATFORM=offscreen to build the window without one</translation>
        </message>
        <message>
            <source>no QApplication</source>
            <translation>no QApplication</translation>
        </message>
        <message>
            <source>the window could not open the test file</source>
            <translation>the window could not open the test file</translation>
        </message>
        <message>
            <source>tab {tab} was not built</source>
            <translation>tab {tab} was not built</translation>
        </message>
        <message>
            <source>the trainee overview shows {rows} rows, expected 1</source>
            <translation>the trainee overview shows {rows} rows, expected 1</translation>
        </message>
        <message numerus="yes">
            <source>%n tab(s) built on platform {platform}</source>
            <translation>
                <numerusform>%n tab built on platform {platform}</numerusform>
                <numerusform>%n tabs built on platform {platform}</numerusform>
            </translation>
        </message>
        <message>
            <source>sqlcipher3 is missing: encrypted data files cannot be opened</source>
            <translation>sqlcipher3 is missing: encrypted data files cannot be opened</translation>
        </message>
        <message>
            <source>the file was written unencrypted</source>
            <translation>the file was written unencrypted</translation>
        </message>
        <message>
            <source>read back {names}</source>
            <translation>read back {names}</translation>
        </message>
        <message>
            <source>encrypted file written and opened again</source>
            <translation>encrypted file written and opened again</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>A new language takes effect when you restart OpleiderDesk.</source>
            <translation>A new language takes effect when you restart OpleiderDesk.</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Colour &amp;scheme</source>
            <translation>Colour &amp;scheme</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>Make a backup when a file is opened and closed</source>
            <translation>Make a backup when a file is opened and closed</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Folder</translation>
        </message>
        <message>
            <source>At most one automatic backup &amp;every</source>
            <translation>At most one automatic backup &amp;every</translation>
        </message>
        <message>
            <source>Keep the last &amp;days</source>
            <translation>Keep the last &amp;days</translation>
        </message>
        <message>
            <source>Keep the last &amp;weeks</source>
            <translation>Keep the last &amp;weeks</translation>
        </message>
        <message>
            <source>Keep the last &amp;months</source>
            <translation>Keep the last &amp;months</translation>
        </message>
        <message>
            <source>Discard the changes you made to the settings?</source>
            <translation>Discard the changes you made to the settings?</translation>
        </message>
        <message>
            <source>Regulation (stored in the data file)</source>
            <translation>Regulation (stored in the data file)</translation>
        </message>
        <message>
            <source>&amp;Regulation you train under</source>
            <translation>&amp;Regulation you train under</translation>
        </message>
        <message>
            <source>Folder for backups</source>
            <translation>Folder for backups</translation>
        </message>
    </context>
    <context>
        <name>SettingsNotice</name>
        <message>
            <source>The settings file was written by a newer version of OpleiderDesk. This version leaves it as it is and starts with its own defaults; what you change now is not kept. Your data file is not affected.

{path}</source>
            <translation>The settings file was written by a newer version of OpleiderDesk. This version leaves it as it is and starts with its own defaults; what you change now is not kept. Your data file is not affected.

{path}</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Mark as signed</source>
            <translation>Mark as signed</translation>
        </message>
        <message>
            <source>Mark the statement of {aios} for {quarter} as signed. Its hours are then locked: they cannot be changed until the quarter is unlocked. The code on the paper should read {code}.</source>
            <translation>Mark the statement of {aios} for {quarter} as signed. Its hours are then locked: they cannot be changed until the quarter is unlocked. The code on the paper should read {code}.</translation>
        </message>
        <message>
            <source>&amp;Signed on</source>
            <translation>&amp;Signed on</translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message>
            <source>Quarterly statement</source>
            <translation>Quarterly statement</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Save as PDF…</translation>
        </message>
        <message>
            <source>Meeting &amp;contacts report…</source>
            <translation>Meeting &amp;contacts report…</translation>
        </message>
        <message>
            <source>The quarterly written report on the meeting contacts and their outcomes, as its own PDF</source>
            <translation>The quarterly written report on the meeting contacts and their outcomes, as its own PDF</translation>
        </message>
        <message>
            <source>Si&amp;gn digitally…</source>
            <translation>Si&amp;gn digitally…</translation>
        </message>
        <message>
            <source>Sign your own field of the PDF with your certificate</source>
            <translation>Sign your own field of the PDF with your certificate</translation>
        </message>
        <message>
            <source>&amp;Mark as signed…</source>
            <translation>&amp;Mark as signed…</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>&amp;Unlock…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>&amp;Quarter</source>
            <translation>&amp;Quarter</translation>
        </message>
        <message>
            <source>Tr&amp;ainee</source>
            <translation>Tr&amp;ainee</translation>
        </message>
        <message>
            <source>All trainees</source>
            <translation>All trainees</translation>
        </message>
        <message>
            <source>Cancelled: no statements were made. Choose a trainee, or the quarter again.</source>
            <translation>Cancelled: no statements were made. Choose a trainee, or the quarter again.</translation>
        </message>
        <message>
            <source>Making the statements of all trainees for {quarter}…</source>
            <translation>Making the statements of all trainees for {quarter}…</translation>
        </message>
        <message>
            <source>No trainee was in training in this quarter.</source>
            <translation>No trainee was in training in this quarter.</translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s); choose one trainee to mark it as signed.</source>
            <translation>
                <numerusform>%n statement; choose one trainee to mark it as signed.</numerusform>
                <numerusform>%n statements; choose one trainee to mark it as signed.</numerusform>
            </translation>
        </message>
        <message>
            <source>all trainees</source>
            <translation>all trainees</translation>
        </message>
        <message>
            <source>Making the statements…</source>
            <translation>Making the statements…</translation>
        </message>
        <message numerus="yes">
            <source>Signed: %n.</source>
            <translation>
                <numerusform>Signed: %n.</numerusform>
                <numerusform>Signed: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>The file could not be saved: {reason}</translation>
        </message>
        <message>
            <source>Marked as signed on {date}; the hours are locked. The data still matches the signed paper (code {code}).</source>
            <translation>Marked as signed on {date}; the hours are locked. The data still matches the signed paper (code {code}).</translation>
        </message>
        <message>
            <source>Marked as signed on {date} with code {signed}, but the data has changed since: it now gives {code}.</source>
            <translation>Marked as signed on {date} with code {signed}, but the data has changed since: it now gives {code}.</translation>
        </message>
        <message>
            <source>Signed on {date}, then unlocked. Print it again and have it signed anew.</source>
            <translation>Signed on {date}, then unlocked. Print it again and have it signed anew.</translation>
        </message>
        <message>
            <source>Not signed yet. Print it, have it signed, then mark it as signed to lock the quarter.</source>
            <translation>Not signed yet. Print it, have it signed, then mark it as signed to lock the quarter.</translation>
        </message>
    </context>
    <context>
        <name>StatementPdf</name>
        <message>
            <source>Q{number} {year}</source>
            <translation>Q{number} {year}</translation>
        </message>
        <message>
            <source>below the norm</source>
            <translation>below the norm</translation>
        </message>
        <message>
            <source>in line with the norm</source>
            <translation>in line with the norm</translation>
        </message>
        <message>
            <source>above the norm</source>
            <translation>above the norm</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Practice</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Employer</translation>
        </message>
        <message>
            <source>Institute</source>
            <translation>Institute</translation>
        </message>
        <message>
            <source>Quarterly statement</source>
            <translation>Quarterly statement</translation>
        </message>
        <message>
            <source>Quarterly report on meeting contacts</source>
            <translation>Quarterly report on meeting contacts</translation>
        </message>
        <message>
            <source>[… {count} more characters not printed]</source>
            <translation>[… {count} more characters not printed]</translation>
        </message>
        <message>
            <source>Part-time</source>
            <translation>Part-time</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Record of the hours spent on the practice training during working time, kept by the trainer and signed after the quarter.</source>
            <translation>Record of the hours spent on the practice training during working time, kept by the trainer and signed after the quarter.</translation>
        </message>
        <message>
            <source>The regulation followed has no rule for this statement; it is kept at the request of the training institute.</source>
            <translation>The regulation followed has no rule for this statement; it is kept at the request of the training institute.</translation>
        </message>
        <message>
            <source>Regulation: {regulation}</source>
            <translation>Regulation: {regulation}</translation>
        </message>
        <message>
            <source>Hours by date</source>
            <translation>Hours by date</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Total {month}</source>
            <translation>Total {month}</translation>
        </message>
        <message>
            <source>No hours were recorded for this trainee in this quarter.</source>
            <translation>No hours were recorded for this trainee in this quarter.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Per category</source>
            <translation>Per category</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>Supervision</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Per month</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Supervision against the norm</source>
            <translation>Supervision against the norm</translation>
        </message>
        <message>
            <source>Supervision recorded (categories marked ✓)</source>
            <translation>Supervision recorded (categories marked ✓)</translation>
        </message>
        <message>
            <source>Norm for this quarter: {per_week} per week, {percent} % part-time, pro rata over the days in training</source>
            <translation>Norm for this quarter: {per_week} per week, {percent} % part-time, pro rata over the days in training</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Meeting contacts in this quarter</source>
            <translation>Meeting contacts in this quarter</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>Kind of meeting</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Verdicts</source>
            <translation>Verdicts</translation>
        </message>
        <message>
            <source>Agreements made</source>
            <translation>Agreements made</translation>
        </message>
        <message>
            <source>IOP goals set</source>
            <translation>IOP goals set</translation>
        </message>
        <message>
            <source>No meetings were recorded as held in this quarter.</source>
            <translation>No meetings were recorded as held in this quarter.</translation>
        </message>
        <message>
            <source>Hours per category</source>
            <translation>Hours per category</translation>
        </message>
        <message>
            <source>Appendix 1 — hours by month and date</source>
            <translation>Appendix 1 — hours by month and date</translation>
        </message>
        <message>
            <source>Appendix 2 — meeting contacts and their outcomes</source>
            <translation>Appendix 2 — meeting contacts and their outcomes</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Verdict</translation>
        </message>
        <message>
            <source>Draft: unlocked after being marked signed on {date}</source>
            <translation>Draft: unlocked after being marked signed on {date}</translation>
        </message>
        <message>
            <source>{title} {quarter} of {aios}</source>
            <translation>{title} {quarter} of {aios}</translation>
        </message>
        <message>
            <source>Written report on the nature and number of the meeting contacts in the quarter and their outcomes: verdicts given, agreements made, IOP learning goals set; for the policy officer of the training institution (training regulations M&amp;G, appendix 1, 2h).</source>
            <translation>Written report on the nature and number of the meeting contacts in the quarter and their outcomes: verdicts given, agreements made, IOP learning goals set; for the policy officer of the training institution (training regulations M&amp;G, appendix 1, 2h).</translation>
        </message>
        <message>
            <source>The undersigned declare that this report correctly reflects the meeting contacts held in the quarter named above and their outcomes.</source>
            <translation>The undersigned declare that this report correctly reflects the meeting contacts held in the quarter named above and their outcomes.</translation>
        </message>
        <message>
            <source>Each meeting and its outcomes</source>
            <translation>Each meeting and its outcomes</translation>
        </message>
        <message>
            <source>This report is part of the quarterly statement {quarter} and carries its verification code.</source>
            <translation>This report is part of the quarterly statement {quarter} and carries its verification code.</translation>
        </message>
        <message>
            <source>The undersigned declare that this statement correctly reflects the hours spent on the practice training during working time in the quarter named above.</source>
            <translation>The undersigned declare that this statement correctly reflects the hours spent on the practice training during working time in the quarter named above.</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>Trainer (co-signs)</source>
            <translation>Trainer (co-signs)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Copy to: {recipient}</source>
            <translation>Copy to: {recipient}</translation>
        </message>
        <message>
            <source>{name}, policy officer for quality, {institute}</source>
            <translation>{name}, policy officer for quality, {institute}</translation>
        </message>
        <message>
            <source>the policy officer for quality, {institute}</source>
            <translation>the policy officer for quality, {institute}</translation>
        </message>
        <message>
            <source>{title} · {quarter} · {aios} · verification code {code}</source>
            <translation>{title} · {quarter} · {aios} · verification code {code}</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Page {page} of {total}</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>DRAFT</translation>
        </message>
        <message>
            <source>Draft: not marked as signed</source>
            <translation>Draft: not marked as signed</translation>
        </message>
        <message>
            <source>Marked as signed on {date}</source>
            <translation>Marked as signed on {date}</translation>
        </message>
    </context>
    <context>
        <name>TotalsPanel</name>
        <message>
            <source>Totals</source>
            <translation>Totals</translation>
        </message>
        <message>
            <source>Total: {duration}</source>
            <translation>Total: {duration}</translation>
        </message>
        <message>
            <source>Per category</source>
            <translation>Per category</translation>
        </message>
        <message>
            <source>Per trainee</source>
            <translation>Per trainee</translation>
        </message>
        <message>
            <source>Norm up to today</source>
            <translation>Norm up to today</translation>
        </message>
        <message>
            <source>Norm for this period</source>
            <translation>Norm for this period</translation>
        </message>
        <message>
            <source>{done} of {expected}</source>
            <translation>{done} of {expected}</translation>
        </message>
        <message>
            <source>done / expected; red: under the norm; green: on the norm, or above a minimum; blue: more supervision than the norm.</source>
            <translation>done / expected; red: under the norm; green: on the norm, or above a minimum; blue: more supervision than the norm.</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Part-time</source>
            <translation>Part-time</translation>
        </message>
        <message>
            <source>HLWP</source>
            <translation>HLWP</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Institution informed</source>
            <translation>Institution informed</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Placement</translation>
        </message>
        <message>
            <source>e.g. the hospital's name</source>
            <translation>e.g. the hospital's name</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>HLWP {n}</source>
            <translation>HLWP {n}</translation>
        </message>
        <message>
            <source>&amp;Where</source>
            <translation>&amp;Where</translation>
        </message>
        <message>
            <source>P&amp;lace</source>
            <translation>P&amp;lace</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>&amp;To (last day)</source>
            <translation>&amp;To (last day)</translation>
        </message>
        <message>
            <source>&amp;Part-time</source>
            <translation>&amp;Part-time</translation>
        </message>
        <message>
            <source>Practice &amp;year (HLWP)</source>
            <translation>Practice &amp;year (HLWP)</translation>
        </message>
        <message>
            <source>Interruption</source>
            <translation>Interruption</translation>
        </message>
        <message>
            <source>empty while it goes on</source>
            <translation>empty while it goes on</translation>
        </message>
        <message>
            <source>I have informed the institution</source>
            <translation>I have informed the institution</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Why</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;ote</translation>
        </message>
        <message>
            <source>Inform the institution directly when the practice training is interrupted for more than two months (your illness or other circumstances), when you lay down the task, or when you work fewer than 16 hours a week in the specialty ({source}).</source>
            <translation>Inform the institution directly when the practice training is interrupted for more than two months (your illness or other circumstances), when you lay down the task, or when you work fewer than 16 hours a week in the specialty ({source}).</translation>
        </message>
        <message>
            <source>Record laying down the task and your hours under Portfolio ▸ My obligations.</source>
            <translation>Record laying down the task and your hours under Portfolio ▸ My obligations.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Placements</source>
            <translation>Placements</translation>
        </message>
        <message>
            <source>Interruptions</source>
            <translation>Interruptions</translation>
        </message>
        <message>
            <source>Use this end date</source>
            <translation>Use this end date</translation>
        </message>
        <message>
            <source>The training is interrupted from {start} for more than two months: inform the institution directly ({source}).</source>
            <translation>The training is interrupted from {start} for more than two months: inform the institution directly ({source}).</translation>
        </message>
        <message>
            <source>Whether the end of the training moves is decided with the institution; no document gives a rule ({source}). Proposed: the expected end moved by the days away, {day}.</source>
            <translation>Whether the end of the training moves is decided with the institution; no document gives a rule ({source}). Proposed: the expected end moved by the days away, {day}.</translation>
        </message>
        <message>
            <source>This practice, me as trainer</source>
            <translation>This practice, me as trainer</translation>
        </message>
        <message>
            <source>This practice, me as practice supervisor</source>
            <translation>This practice, me as practice supervisor</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Hospital</translation>
        </message>
        <message>
            <source>Mental health care (GGZ)</source>
            <translation>Mental health care (GGZ)</translation>
        </message>
        <message>
            <source>Elderly care</source>
            <translation>Elderly care</translation>
        </message>
        <message>
            <source>Institute</source>
            <translation>Institute</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Elsewhere</translation>
        </message>
        <message>
            <source>In the practice</source>
            <translation>In the practice</translation>
        </message>
        <message>
            <source>Trainee: sick leave</source>
            <translation>Trainee: sick leave</translation>
        </message>
        <message>
            <source>Trainee: pregnancy or parental leave</source>
            <translation>Trainee: pregnancy or parental leave</translation>
        </message>
        <message>
            <source>Trainee: other</source>
            <translation>Trainee: other</translation>
        </message>
        <message>
            <source>My own illness</source>
            <translation>My own illness</translation>
        </message>
        <message>
            <source>Holidays of the practice</source>
            <translation>Holidays of the practice</translation>
        </message>
        <message>
            <source>My own absence, other</source>
            <translation>My own absence, other</translation>
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message>
            <source>export</source>
            <translation>export</translation>
        </message>
        <message>
            <source>Export all data</source>
            <translation>Export all data</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON files (*.json)</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>The file could not be saved: {reason}</translation>
        </message>
        <message>
            <source>Everything in the data file was exported to {path}.</source>
            <translation>Everything in the data file was exported to {path}.</translation>
        </message>
    </context>
    <context>
        <name>TransferError</name>
        <message>
            <source>{path} was written in a newer export format (version {version}). Install the newest OpleiderDesk to import it. Nothing was imported.</source>
            <translation>{path} was written in a newer export format (version {version}). Install the newest OpleiderDesk to import it. Nothing was imported.</translation>
        </message>
        <message>
            <source>{path} is not an OpleiderDesk JSON export. Nothing was imported.</source>
            <translation>{path} is not an OpleiderDesk JSON export. Nothing was imported.</translation>
        </message>
        <message>
            <source>The data file {file} already holds data; an export is only imported into a new, empty data file. Name a new file with --db. Nothing was imported.</source>
            <translation>The data file {file} already holds data; an export is only imported into a new, empty data file. Name a new file with --db. Nothing was imported.</translation>
        </message>
        <message>
            <source>{path} cannot be imported: {where} is not as the format describes. Nothing was imported.</source>
            <translation>{path} cannot be imported: {where} is not as the format describes. Nothing was imported.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock quarter</source>
            <translation>Unlock quarter</translation>
        </message>
        <message>
            <source>The statement of {aios} for {quarter} was marked as signed on {date}. After unlocking, its hours can be changed again and the signed paper may no longer match. Why is it unlocked?</source>
            <translation>The statement of {aios} for {quarter} was marked as signed on {date}. After unlocking, its hours can be changed again and the signed paper may no longer match. Why is it unlocked?</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reason</translation>
        </message>
    </context>
    <context>
        <name>Unreadable</name>
        <message>
            <source>A ticked item under My obligations</source>
            <extracomment>Display names of each enum's values; a tab adds those it names itself (event kinds).</extracomment>
            <translation>A ticked item under My obligations</translation>
        </message>
        <message>
            <source>A finding of the portfolio review</source>
            <translation>A finding of the portfolio review</translation>
        </message>
        <message>
            <source>The portfolio item “{title}”</source>
            <translation>The portfolio item “{title}”</translation>
        </message>
        <message>
            <source>An event recorded under My obligations</source>
            <translation>An event recorded under My obligations</translation>
        </message>
        <message>
            <source>A trainee</source>
            <translation>A trainee</translation>
        </message>
        <message>
            <source>A meeting</source>
            <translation>A meeting</translation>
        </message>
        <message>
            <source>An agreement</source>
            <translation>An agreement</translation>
        </message>
        <message>
            <source>A learning goal</source>
            <translation>A learning goal</translation>
        </message>
        <message>
            <source>A placement</source>
            <translation>A placement</translation>
        </message>
        <message>
            <source>An interruption of the training</source>
            <translation>An interruption of the training</translation>
        </message>
        <message>
            <source>A quarterly statement</source>
            <translation>A quarterly statement</translation>
        </message>
        <message>
            <source>The profile</source>
            <translation>The profile</translation>
        </message>
        <message>
            <source>An hour category</source>
            <translation>An hour category</translation>
        </message>
        <message>
            <source>A row in the data file</source>
            <translation>A row in the data file</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>owner</translation>
        </message>
        <message>
            <source>competency area</source>
            <translation>competency area</translation>
        </message>
        <message>
            <source>kind of placement</source>
            <translation>kind of placement</translation>
        </message>
        <message>
            <source>{row} of {name}</source>
            <translation>{row} of {name}</translation>
        </message>
        <message>
            <source>{row}, dated {day}</source>
            <translation>{row}, dated {day}</translation>
        </message>
        <message>
            <source>{row} (row {id}): {field} “{value}” (known: {known})</source>
            <translation>{row} (row {id}): {field} “{value}” (known: {known})</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) in the data file with a value this version of OpleiderDesk does not know: not shown or counted here, and kept in the file exactly as they are (a newer version may know them):</source>
            <translation>
                <numerusform>%n row in the data file with a value this version of OpleiderDesk does not know: not shown or counted here, and kept in the file exactly as they are (a newer version may know them):</numerusform>
                <numerusform>%n rows in the data file with a value this version of OpleiderDesk does not know: not shown or counted here, and kept in the file exactly as they are (a newer version may know them):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Unsaved</name>
        <message>
            <source>Discard what you typed?</source>
            <translation>Discard what you typed?</translation>
        </message>
    </context>
    <context>
        <name>UserGuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>The user guide was not found at {path}.</source>
            <translation>The user guide was not found at {path}.</translation>
        </message>
    </context>
    <context>
        <name>Verdict</name>
        <message>
            <source>On the signed paper</source>
            <translation>On the signed paper</translation>
        </message>
        <message>
            <source>In the data now</source>
            <translation>In the data now</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(not recorded)</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Total hours</source>
            <translation>Total hours</translation>
        </message>
        <message>
            <source>Signers</source>
            <translation>Signers</translation>
        </message>
        <message>
            <source>Marked signed on</source>
            <translation>Marked signed on</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>not signed</translation>
        </message>
        <message>
            <source>No document in this data file has this code. Check the characters, or open the data file the document was printed from.</source>
            <translation>No document in this data file has this code. Check the characters, or open the data file the document was printed from.</translation>
        </message>
        <message>
            <source>This is the {name} of {aios} for {quarter} ({start} to {end}).</source>
            <translation>This is the {name} of {aios} for {quarter} ({start} to {end}).</translation>
        </message>
        <message>
            <source>Matches: marked as signed on {date}, and the data still matches the signed paper.</source>
            <translation>Matches: marked as signed on {date}, and the data still matches the signed paper.</translation>
        </message>
        <message>
            <source>Does not match: marked as signed on {date}, but the data has changed since. This paper no longer matches the data file.</source>
            <translation>Does not match: marked as signed on {date}, but the data has changed since. This paper no longer matches the data file.</translation>
        </message>
        <message>
            <source>The version marked as signed on {date} had another code.</source>
            <translation>The version marked as signed on {date} had another code.</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>The quarter has been unlocked since.</source>
            <translation>The quarter has been unlocked since.</translation>
        </message>
        <message>
            <source>This is an old, short code of version 0.1 (50 bits): it still identifies the document, but it is too short to prove the paper unchanged. Print the statement again for a new code.</source>
            <translation>This is an old, short code of version 0.1 (50 bits): it still identifies the document, but it is too short to prove the paper unchanged. Print the statement again for a new code.</translation>
        </message>
        <message>
            <source>This is the report of the {kind} with {aios} on {date}.</source>
            <translation>This is the report of the {kind} with {aios} on {date}.</translation>
        </message>
        <message>
            <source>Status now: {status}.</source>
            <translation>Status now: {status}.</translation>
        </message>
        <message>
            <source>This is not a PDF file that can be read.</source>
            <translation>This is not a PDF file that can be read.</translation>
        </message>
        <message>
            <source>Digital signature {field}: intact, signed by {signer} on {day} {time}.</source>
            <translation>Digital signature {field}: intact, signed by {signer} on {day} {time}.</translation>
        </message>
        <message>
            <source>Digital signature {field}: intact, signed by {signer} on {day} {time}, but the file was changed after this signature.</source>
            <translation>Digital signature {field}: intact, signed by {signer} on {day} {time}, but the file was changed after this signature.</translation>
        </message>
        <message>
            <source>Digital signature {field}: BROKEN — the file was changed after {signer} signed it.</source>
            <translation>Digital signature {field}: BROKEN — the file was changed after {signer} signed it.</translation>
        </message>
        <message>
            <source>The certificate was not checked against a trusted authority.</source>
            <translation>The certificate was not checked against a trusted authority.</translation>
        </message>
        <message>
            <source>This PDF holds no OpleiderDesk verification code.</source>
            <translation>This PDF holds no OpleiderDesk verification code.</translation>
        </message>
        <message>
            <source>The file matches the data, and every digital signature in it is intact.</source>
            <translation>The file matches the data, and every digital signature in it is intact.</translation>
        </message>
        <message>
            <source>Do not trust this file as it is: see below.</source>
            <translation>Do not trust this file as it is: see below.</translation>
        </message>
        <message>
            <source>The file has no digital signature yet.</source>
            <translation>The file has no digital signature yet.</translation>
        </message>
        <message numerus="yes">
            <source>%n signature field(s) still empty.</source>
            <translation>
                <numerusform>%n signature field still empty.</numerusform>
                <numerusform>%n signature fields still empty.</numerusform>
            </translation>
        </message>
        <message>
            <source>Draft, not yet marked signed: the code is of a printout of the data as it is now.</source>
            <translation>Draft, not yet marked signed: the code is of a printout of the data as it is now.</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Check a statement</source>
            <translation>Check a statement</translation>
        </message>
        <message>
            <source>Type the verification code printed at the foot of a quarterly statement, or choose the PDF file you received. Case, spaces and dashes do not matter.</source>
            <translation>Type the verification code printed at the foot of a quarterly statement, or choose the PDF file you received. Case, spaces and dashes do not matter.</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>C&amp;heck</translation>
        </message>
        <message>
            <source>Check a &amp;PDF file…</source>
            <translation>Check a &amp;PDF file…</translation>
        </message>
        <message>
            <source>Check a PDF file</source>
            <translation>Check a PDF file</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be read: {reason}</source>
            <translation>The file could not be read: {reason}</translation>
        </message>
    </context>
    <context>
        <name>_OwnItemDialog</name>
        <message>
            <source>Add own item</source>
            <translation>Add own item</translation>
        </message>
        <message>
            <source>What should the portfolio hold?</source>
            <translation>What should the portfolio hold?</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>usage: </translation>
        </message>
        <message>
            <source>options</source>
            <translation>options</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>positional arguments</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: error: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>the following arguments are required: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>unrecognized arguments: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>invalid %(type)s value: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>expected one argument</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>ambiguous option: %(option)s could match %(matches)s</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>not allowed with argument %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>one of the arguments %s is required</translation>
        </message>
    </context>
</TS>
