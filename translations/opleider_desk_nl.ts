<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
    <context>
        <name>AgendaPage</name>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>&amp;Omhoog</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>O&amp;mlaag</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>New agenda point</source>
            <translation>Nieuw agendapunt</translation>
        </message>
        <message>
            <source>A point of the trainer or the trainee…</source>
            <translation>Een punt van de opleider of de aios…</translation>
        </message>
        <message>
            <source>Add poi&amp;nt</source>
            <translation>Punt &amp;toevoegen</translation>
        </message>
        <message>
            <source>Agenda as &amp;PDF…</source>
            <translation>Agenda als &amp;pdf…</translation>
        </message>
        <message>
            <source>↺ open agreement from an earlier meeting · tick a point once it has been discussed</source>
            <translation>↺ openstaande afspraak uit een eerder gesprek · vink een punt af als het besproken is</translation>
        </message>
        <message>
            <source>an agenda point that you typed but did not add</source>
            <translation>een agendapunt dat u hebt getypt maar niet toegevoegd</translation>
        </message>
    </context>
    <context>
        <name>AgreementModel</name>
        <message>
            <source>Agreement</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Open, overdue</source>
            <translation>Open, achterstallig</translation>
        </message>
    </context>
    <context>
        <name>AgreementsEditor</name>
        <message>
            <source>— who? —</source>
            <translation>— wie? —</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Uiterlijk op</translation>
        </message>
        <message>
            <source>A&amp;dd</source>
            <translation>&amp;Toevoegen</translation>
        </message>
        <message>
            <source>Mark d&amp;one</source>
            <translation>Afge&amp;rond</translation>
        </message>
        <message>
            <source>&amp;Who:</source>
            <translation>Wi&amp;e:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>&amp;Uiterlijk op:</translation>
        </message>
        <message>
            <source>Re&amp;open</source>
            <translation>&amp;Heropenen</translation>
        </message>
        <message>
            <source>a change to an agreement that you did not save</source>
            <translation>een wijziging in een afspraak die u niet hebt opgeslagen</translation>
        </message>
        <message>
            <source>an agreement that you typed but did not add</source>
            <translation>een afspraak die u hebt getypt maar niet toegevoegd</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Afspraken</translation>
        </message>
        <message>
            <source>Who does what, by when?</source>
            <translation>Wie doet wat, vóór wanneer?</translation>
        </message>
        <message>
            <source>For example: “Discuss two bad-news consultations on video”</source>
            <translation>Bijvoorbeeld: „Twee slechtnieuwsgesprekken op video nabespreken”</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Opslaa&amp;n</translation>
        </message>
    </context>
    <context>
        <name>AiosDialog</name>
        <message>
            <source>Edit trainee</source>
            <translation>Aios bewerken</translation>
        </message>
        <message>
            <source>New trainee</source>
            <translation>Nieuwe aios</translation>
        </message>
        <message numerus="yes">
            <source>Year %n</source>
            <translation>
                <numerusform>Jaar %n</numerusform>
                <numerusform>Jaar %n</numerusform>
            </translation>
        </message>
        <message>
            <source>e.g. first practice year</source>
            <translation>bijv. eerste praktijkjaar</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Naam</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>&amp;Startdatum</translation>
        </message>
        <message>
            <source>Expected &amp;end date</source>
            <translation>Verwachte &amp;einddatum</translation>
        </message>
        <message>
            <source>Training &amp;year</source>
            <translation>Opleidings&amp;jaar</translation>
        </message>
        <message>
            <source>P&amp;hase</source>
            <translation>&amp;Fase</translation>
        </message>
        <message>
            <source>&amp;Part-time</source>
            <translation>&amp;Deeltijd</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>Practice supe&amp;rvisor</source>
            <translation>Praktijk&amp;begeleider</translation>
        </message>
        <message>
            <source>Institute &amp;contact</source>
            <translation>&amp;Contactpersoon instituut</translation>
        </message>
        <message>
            <source>E-&amp;mail</source>
            <translation>E-&amp;mail</translation>
        </message>
        <message>
            <source>Re&amp;gulation</source>
            <translation>Re&amp;geling</translation>
        </message>
        <message>
            <source>Competency pro&amp;file</source>
            <translation>Competentie&amp;profiel</translation>
        </message>
        <message>
            <source>N&amp;otes</source>
            <translation>&amp;Opmerkingen</translation>
        </message>
        <message>
            <source>As the trainer: {regulation}</source>
            <translation>Als de opleider: {regulation}</translation>
        </message>
        <message>
            <source>Earlier goals keep their area.</source>
            <translation>Eerdere leerdoelen houden hun gebied.</translation>
        </message>
        <message>
            <source>Shown beside them: {mapping}.</source>
            <translation>Ernaast getoond: {mapping}.</translation>
        </message>
        <message>
            <source>Upgraded from version 0.1 in year {year}: this start is that of the current placement. Enter the day the whole training began (full-time without interruptions about {full_time}); the placements keep their dates. Saving confirms the start.</source>
            <translation>Bijgewerkt vanuit versie 0.1 in jaar {year}: deze start is die van het huidige opleidingsonderdeel. Vul de dag in waarop de hele opleiding begon (voltijds zonder onderbrekingen rond {full_time}); de opleidingsonderdelen houden hun data. Opslaan bevestigt de start.</translation>
        </message>
        <message>
            <source>Discard the changes you made to this trainee?</source>
            <translation>De wijzigingen aan deze aios weggooien?</translation>
        </message>
    </context>
    <context>
        <name>AiosModel</name>
        <message numerus="yes">
            <source>Year %n</source>
            <translation>
                <numerusform>Jaar %n</numerusform>
                <numerusform>Jaar %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Year / phase</source>
            <translation>Jaar / fase</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Expected end</source>
            <translation>Verwacht einde</translation>
        </message>
        <message>
            <source>Part-time</source>
            <translation>Deeltijd</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Practice supervisor</source>
            <translation>Praktijkbegeleider</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Eerstvolgende</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Opleidingsonderdeel</translation>
        </message>
        <message numerus="yes">
            <source>%n to check</source>
            <translation>
                <numerusform>%n te controleren</numerusform>
                <numerusform>%n te controleren</numerusform>
            </translation>
        </message>
        <message>
            <source>Complete</source>
            <translation>Compleet</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) ticked present by hand while the data says missing: see the Portfolio tab.</source>
            <translation>
                <numerusform>%n onderdeel handmatig als aanwezig aangevinkt terwijl het volgens de gegevens ontbreekt: zie het tabblad Portfolio.</numerusform>
                <numerusform>%n onderdelen handmatig als aanwezig aangevinkt terwijl ze volgens de gegevens ontbreken: zie het tabblad Portfolio.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n missing</source>
            <translation>
                <numerusform>%n ontbreekt</numerusform>
                <numerusform>%n ontbreken</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AiosTab</name>
        <message>
            <source>Edi&amp;t…</source>
            <translation>Bewer&amp;ken…</translation>
        </message>
        <message>
            <source>&amp;Archive</source>
            <translation>&amp;Archiveren</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>Verwijde&amp;ren…</translation>
        </message>
        <message>
            <source>What is open</source>
            <translation>Wat staat er open</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n achterstallig</numerusform>
                <numerusform>%n achterstallig</numerusform>
            </translation>
        </message>
        <message>
            <source>Re&amp;activate</source>
            <translation>Her&amp;activeren</translation>
        </message>
        <message>
            <source>{name} archived as finished. Undo with Ctrl+Z.</source>
            <translation>{name} gearchiveerd als afgerond. Ongedaan maken met Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n gesprek</numerusform>
                <numerusform>%n gesprekken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour entry(ies)</source>
            <translation>
                <numerusform>%n urenregel</numerusform>
                <numerusform>%n urenregels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n afspraak</numerusform>
                <numerusform>%n afspraken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learning goal(s)</source>
            <translation>
                <numerusform>%n leerdoel</numerusform>
                <numerusform>%n leerdoelen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quarterly statement(s)</source>
            <translation>
                <numerusform>%n kwartaalverklaring</numerusform>
                <numerusform>%n kwartaalverklaringen</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete {name} and everything recorded about them?</source>
            <translation>{name} verwijderen, met alles wat over deze aios is vastgelegd?</translation>
        </message>
        <message>
            <source>Search trainees…</source>
            <extracomment>Tables whose changes can move what is due or missing. The next-due column and the open list come from the due engine and the portfolio's missing counts: a change to what either reads reloads them.</extracomment>
            <translation>Zoek aios…</translation>
        </message>
        <message>
            <source>Search trainees</source>
            <translation>Aios zoeken</translation>
        </message>
        <message>
            <source>Show &amp;inactive trainees</source>
            <translation>&amp;Inactieve aios tonen</translation>
        </message>
        <message>
            <source>&amp;New trainee…</source>
            <translation>&amp;Nieuwe aios…</translation>
        </message>
        <message>
            <source>Trainees</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>&lt;b&gt;Welcome.&lt;/b&gt; Start by adding the trainees you train: &lt;b&gt;New trainee…&lt;/b&gt; (Alt+N). Then plan the first meeting on the &lt;b&gt;Meetings&lt;/b&gt; tab and log hours on the &lt;b&gt;Hours&lt;/b&gt; tab. Your own name and practice go under &lt;b&gt;File ▸ Profile…&lt;/b&gt;; they are printed on every statement.</source>
            <translation>&lt;b&gt;Welkom.&lt;/b&gt; Begin met de aios die u opleidt: &lt;b&gt;Nieuwe aios…&lt;/b&gt; (Alt+N). Plan daarna het eerste gesprek op het tabblad &lt;b&gt;Gesprekken&lt;/b&gt; en leg uren vast op het tabblad &lt;b&gt;Uren&lt;/b&gt;. Uw eigen naam en praktijk staan onder &lt;b&gt;Bestand ▸ Profiel…&lt;/b&gt;; ze komen op elke verklaring.</translation>
        </message>
        <message>
            <source>Trainee added.</source>
            <translation>Aios toegevoegd.</translation>
        </message>
        <message>
            <source>Delete trainee</source>
            <translation>Aios verwijderen</translation>
        </message>
        <message>
            <source>This deletes:
{details}

To keep the history, archive the trainee instead. You can undo a delete with Ctrl+Z until you close the program.</source>
            <translation>Dit verwijdert:
{details}

Wilt u de geschiedenis bewaren, archiveer de aios dan. U kunt het verwijderen ongedaan maken met Ctrl+Z zolang het programma open is.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>{name} deleted. Undo with Ctrl+Z.</source>
            <translation>{name} verwijderd. Ongedaan maken met Ctrl+Z.</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Quarterly statement…</source>
            <translation>Kwartaalverklaring…</translation>
        </message>
        <message>
            <source>GDPR (AVG) request…</source>
            <translation>AVG-verzoek…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Kolommen</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <source>Draft</source>
            <extracomment>Bookkeeping a trainer never needs to read: the row's own number, calendar and hash plumbing.</extracomment>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Ondertekend</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Ontgrendeld</translation>
        </message>
        <message>
            <source>Trainee</source>
            <extracomment>The enum behind each status column, per table.</extracomment>
            <translation>Aios</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Reservekopie</translation>
        </message>
        <message>
            <source>Quarterly statement</source>
            <translation>Kwartaalverklaring</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Gesprek</translation>
        </message>
        <message>
            <source>Hour entry</source>
            <translation>Urenregel</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <source>Learning goal</source>
            <translation>Leerdoel</translation>
        </message>
        <message>
            <source>Attached file</source>
            <translation>Bijgevoegd bestand</translation>
        </message>
        <message>
            <source>Portfolio item</source>
            <translation>Portfolio-onderdeel</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>Answers in the form</source>
            <translation>Antwoorden in het formulier</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Ondertekend op</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>Verificatiecode</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>Antwoorden</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Oordeel</translation>
        </message>
        <message>
            <source>Explanation of the verdict</source>
            <translation>Toelichting bij het oordeel</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>Gepland op</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Gehouden op</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Deelnemers</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Verslag</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kwartaal</translation>
        </message>
        <message>
            <source>Signed contents</source>
            <translation>Ondertekende inhoud</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Gedaan op</translation>
        </message>
        <message>
            <source>Competency</source>
            <translation>Competentie</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Leeractiviteiten</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Toetsing</translation>
        </message>
        <message>
            <source>Set in meeting</source>
            <translation>Opgesteld in gesprek</translation>
        </message>
        <message>
            <source>Evaluated in meeting</source>
            <translation>Geëvalueerd in gesprek</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>Opgesteld op</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Gemaakt op</translation>
        </message>
        <message>
            <source>Changed on</source>
            <translation>Gewijzigd op</translation>
        </message>
        <message>
            <source>Other field</source>
            <translation>Ander veld</translation>
        </message>
        <message>
            <source>meeting {id} (since deleted)</source>
            <translation>gesprek {id} (inmiddels verwijderd)</translation>
        </message>
        <message>
            <source>{duration} h</source>
            <translation>{duration} uur</translation>
        </message>
        <message>
            <source>trainee {id} (since erased)</source>
            <translation>aios {id} (inmiddels gewist)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>{duration} h in total</source>
            <translation>{duration} uur in totaal</translation>
        </message>
        <message numerus="yes">
            <source>%n answer(s)</source>
            <translation>
                <numerusform>%n antwoord</numerusform>
                <numerusform>%n antwoorden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n field(s)</source>
            <translation>
                <numerusform>%n veld</numerusform>
                <numerusform>%n velden</numerusform>
            </translation>
        </message>
        <message>
            <source>{what} of {name}</source>
            <translation>{what} van {name}</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) at once</source>
            <translation>
                <numerusform>%n rij tegelijk</numerusform>
                <numerusform>%n rijen tegelijk</numerusform>
            </translation>
        </message>
        <message>
            <source>added: {values}</source>
            <translation>toegevoegd: {values}</translation>
        </message>
        <message>
            <source>deleted: {values}</source>
            <translation>verwijderd: {values}</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) erased</source>
            <translation>
                <numerusform>%n rij gewist</numerusform>
                <numerusform>%n rijen gewist</numerusform>
            </translation>
        </message>
        <message>
            <source>from {backup}</source>
            <translation>uit {backup}</translation>
        </message>
        <message>
            <source>undo</source>
            <translation>ongedaan maken</translation>
        </message>
        <message>
            <source>redo</source>
            <translation>opnieuw</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Betreft</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
    </context>
    <context>
        <name>AuditLogDialog</name>
        <message>
            <source>Audit log</source>
            <translation>Logboek</translation>
        </message>
        <message>
            <source>Search the log</source>
            <translation>Zoeken in het logboek</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kwartaal</translation>
        </message>
        <message>
            <source>&amp;Trainee:</source>
            <translation>&amp;Aios:</translation>
        </message>
        <message>
            <source>&amp;Quarter:</source>
            <translation>&amp;Kwartaal:</translation>
        </message>
        <message>
            <source>All trainees</source>
            <translation>Alle aios</translation>
        </message>
        <message>
            <source>All quarters</source>
            <translation>Alle kwartalen</translation>
        </message>
    </context>
    <context>
        <name>AvgDialog</name>
        <message numerus="yes">
            <source>%n trainee record(s)</source>
            <translation>
                <numerusform>%n aios (persoonsgegevens)</numerusform>
                <numerusform>%n aios (persoonsgegevens)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n gesprek</numerusform>
                <numerusform>%n gesprekken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s)</source>
            <translation>
                <numerusform>%n afspraak</numerusform>
                <numerusform>%n afspraken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n learning goal(s)</source>
            <translation>
                <numerusform>%n leerdoel</numerusform>
                <numerusform>%n leerdoelen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour entry(ies)</source>
            <translation>
                <numerusform>%n urenregel</numerusform>
                <numerusform>%n urenregels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recurring hour rule(s)</source>
            <translation>
                <numerusform>%n vaste urenregel</numerusform>
                <numerusform>%n vaste urenregels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n quarterly statement(s)</source>
            <translation>
                <numerusform>%n kwartaalverklaring</numerusform>
                <numerusform>%n kwartaalverklaringen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n portfolio item(s)</source>
            <translation>
                <numerusform>%n portfolio-onderdeel</numerusform>
                <numerusform>%n portfolio-onderdelen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s)</source>
            <translation>
                <numerusform>%n bijgevoegd bestand</numerusform>
                <numerusform>%n bijgevoegde bestanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n trainer activity(ies)</source>
            <translation>
                <numerusform>%n opleidersactiviteit</numerusform>
                <numerusform>%n opleidersactiviteiten</numerusform>
            </translation>
        </message>
        <message>
            <source>Tr&amp;ainee</source>
            <translation>&amp;Aios</translation>
        </message>
        <message>
            <source>Saves everything this file holds about the trainee in one ZIP file: the data as JSON, attached files and the documents made for this trainee.</source>
            <translation>Bewaart alles wat dit bestand over de aios bevat in één ZIP-bestand: de gegevens als JSON, bijgevoegde bestanden en de documenten die voor deze aios zijn gemaakt.</translation>
        </message>
        <message>
            <source>Erases the trainee and everything about them from this file. This cannot be undone.</source>
            <translation>Wist de aios en alles over deze aios uit dit bestand. Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>Save GDPR export</source>
            <translation>AVG-export opslaan</translation>
        </message>
        <message>
            <source>Erase trainee</source>
            <translation>Aios wissen</translation>
        </message>
        <message>
            <source>Request for access</source>
            <translation>Verzoek om inzage</translation>
        </message>
        <message>
            <source>GDPR (AVG) request</source>
            <translation>AVG-verzoek</translation>
        </message>
        <message>
            <source>&amp;Export everything…</source>
            <translation>Alles &amp;exporteren…</translation>
        </message>
        <message>
            <source>Erasure</source>
            <translation>Verwijdering</translation>
        </message>
        <message>
            <source>E&amp;rase completely…</source>
            <translation>Volledig &amp;wissen…</translation>
        </message>
        <message>
            <source>Everything about {name} was saved in {path}.</source>
            <translation>Alles over {name} is opgeslagen in {path}.</translation>
        </message>
        <message>
            <source>Saving everything about {name}…</source>
            <translation>Alles over {name} wordt opgeslagen…</translation>
        </message>
        <message>
            <source>Erase {name} completely? This erases:
{details}

Entries about {name} in the audit log keep only what was done and when. This cannot be undone.

Backups made earlier still hold these data until they are rotated out (after at most {months} months), unless you also remove them from the backups.</source>
            <translation>{name} volledig wissen? Dit wist:
{details}

Regels over {name} in het logboek houden alleen wat er gedaan is en wanneer. Dit kan niet ongedaan worden gemaakt.

Eerder gemaakte reservekopieën bevatten deze gegevens nog tot ze worden opgeruimd (na hooguit {months} maanden), tenzij u ze ook uit de reservekopieën verwijdert.</translation>
        </message>
        <message>
            <source>Also remove {name} from the existing backups</source>
            <translation>{name} ook uit de bestaande reservekopieën verwijderen</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <source>{name} has been erased.</source>
            <translation>{name} is gewist.</translation>
        </message>
        <message numerus="yes">
            <source>Removed from %n backup(s).</source>
            <translation>
                <numerusform>Verwijderd uit %n reservekopie.</numerusform>
                <numerusform>Verwijderd uit %n reservekopieën.</numerusform>
            </translation>
        </message>
        <message>
            <source>These backups could not be opened; delete them yourself: {files}</source>
            <translation>Deze reservekopieën konden niet worden geopend; verwijder ze zelf: {files}</translation>
        </message>
    </context>
    <context>
        <name>AvgDocuments</name>
        <message>
            <source>meeting report</source>
            <translation>gespreksverslag</translation>
        </message>
    </context>
    <context>
        <name>Background</name>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>BackupError</name>
        <message>
            <source>The backup {path} is damaged and cannot be used.</source>
            <translation>De reservekopie {path} is beschadigd en kan niet worden gebruikt.</translation>
        </message>
        <message>
            <source>The backup {path} was made by a newer version of OpleiderDesk. Install the newest version to restore it.</source>
            <translation>De reservekopie {path} is gemaakt door een nieuwere versie van OpleiderDesk. Installeer de nieuwste versie om haar terug te zetten.</translation>
        </message>
        <message>
            <source>The data file {path} failed SQLite's full integrity check, so no backup was made (it would copy the damage over your sound backups). Restore the newest sound backup.</source>
            <translation>Het gegevensbestand {path} is afgekeurd door de volledige integriteitscontrole van SQLite, dus er is geen reservekopie gemaakt (die zou de schade over uw goede reservekopieën heen kopiëren). Zet de nieuwste goede reservekopie terug.</translation>
        </message>
        <message>
            <source>The backup {path} was made before the passphrase was changed: it is not damaged, and opens with the passphrase the file had then.</source>
            <translation>De reservekopie {path} is gemaakt voordat de wachtwoordzin werd gewijzigd: ze is niet beschadigd en opent met de wachtwoordzin die het bestand toen had.</translation>
        </message>
        <message>
            <source>The file {path} is not an OpleiderDesk backup.</source>
            <translation>Het bestand {path} is geen reservekopie van OpleiderDesk.</translation>
        </message>
        <message>
            <source>The data file {path} is open in another OpleiderDesk window. Close it there first, then restore.</source>
            <translation>Het gegevensbestand {path} is geopend in een ander OpleiderDesk-venster. Sluit het daar eerst en zet dan de reservekopie terug.</translation>
        </message>
        <message>
            <source>The backup {path} could not be written ({detail}).</source>
            <translation>De reservekopie {path} kon niet worden geschreven ({detail}).</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Backup written: {path}</source>
            <translation>Reservekopie gemaakt: {path}</translation>
        </message>
        <message>
            <source>Backup restored. The previous file was kept as {name}.</source>
            <translation>Reservekopie teruggezet. Het vorige bestand is bewaard als {name}.</translation>
        </message>
        <message>
            <source>No usable backup of this file was found.</source>
            <translation>Er is geen bruikbare reservekopie van dit bestand gevonden.</translation>
        </message>
        <message>
            <source>The newest usable backup was made on {when}. Restore it now?</source>
            <translation>De nieuwste bruikbare reservekopie is gemaakt op {when}. Nu terugzetten?</translation>
        </message>
        <message>
            <source>Open it read-only, to look without changing anything?</source>
            <translation>Alleen-lezen openen, om te kijken zonder iets te veranderen?</translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <source>Hour categories</source>
            <translation>Urencategorieën</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Counts as supervision</source>
            <translation>Telt als begeleiding</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In gebruik</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Categorieën</translation>
        </message>
        <message>
            <source>Name of a new category, or a new name for the selected one</source>
            <translation>Naam van een nieuwe categorie, of een nieuwe naam voor de gekozen categorie</translation>
        </message>
        <message>
            <source>Category name</source>
            <translation>Naam van de categorie</translation>
        </message>
        <message>
            <source>Counts as supervision of the trainee</source>
            <translation>Telt als begeleiding van de aios</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Toevoegen</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Hernoemen</translation>
        </message>
        <message>
            <source>&amp;Take out of use</source>
            <translation>&amp;Uit gebruik nemen</translation>
        </message>
        <message>
            <source>Discard the category name you typed?</source>
            <translation>De categorienaam die u hebt getypt weggooien?</translation>
        </message>
        <message>
            <source>&amp;Use again</source>
            <translation>&amp;Weer gebruiken</translation>
        </message>
    </context>
    <context>
        <name>ChecklistPage</name>
        <message>
            <source>Add own &amp;item…</source>
            <translation>Eigen &amp;onderdeel toevoegen…</translation>
        </message>
        <message>
            <source>Delete own item</source>
            <translation>Eigen onderdeel verwijderen</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Verw&amp;ijderen</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>Dat&amp;um</translation>
        </message>
        <message>
            <source>Save date and no&amp;te</source>
            <translation>Datum en notitie op&amp;slaan</translation>
        </message>
        <message>
            <source>Portfolio checklist</source>
            <translation>Portfoliochecklist</translation>
        </message>
        <message>
            <source>Set back to Missing</source>
            <translation>Terugzetten op Ontbreekt</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Attach fi&amp;le…</source>
            <translation>Bestand &amp;toevoegen…</translation>
        </message>
        <message>
            <source>O&amp;pen</source>
            <translation>Op&amp;enen</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>&amp;Notitie</translation>
        </message>
        <message>
            <source>Attached files</source>
            <translation>Bijgevoegde bestanden</translation>
        </message>
        <message>
            <source>Choose an item in the list.</source>
            <translation>Kies een onderdeel in de lijst.</translation>
        </message>
        <message>
            <source>From the data: {status}</source>
            <translation>Volgens de gegevens: {status}</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) missing</source>
            <translation>
                <numerusform>%n onderdeel ontbreekt</numerusform>
                <numerusform>%n onderdelen ontbreken</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing missing</source>
            <translation>Niets ontbreekt</translation>
        </message>
        <message numerus="yes">
            <source>%n ticked present by hand while the data says missing</source>
            <translation>
                <numerusform>%n handmatig als aanwezig aangevinkt terwijl het volgens de gegevens ontbreekt</numerusform>
                <numerusform>%n handmatig als aanwezig aangevinkt terwijl ze volgens de gegevens ontbreken</numerusform>
            </translation>
        </message>
        <message>
            <source>The date typed for “{item}” is not a date. Discard the date and note typed for it?</source>
            <translation>De datum die bij ‘{item}’ is getypt, is geen datum. De getypte datum en notitie daarvan weggooien?</translation>
        </message>
        <message>
            <source>Not a date: correct it, or clear it, and save.</source>
            <translation>Geen datum: verbeter of wis hem, en sla op.</translation>
        </message>
        <message>
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <source>Date and note of “{item}” saved.</source>
            <translation>Datum en notitie van ‘{item}’ opgeslagen.</translation>
        </message>
        <message>
            <source>the date and note of portfolio item “{item}”</source>
            <translation>de datum en notitie van portfolio-onderdeel ‘{item}’</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Opgeslagen.</translation>
        </message>
        <message>
            <source>Set back to Missing. Undo with Ctrl+Z.</source>
            <translation>Teruggezet op Ontbreekt. Ongedaan maken met Ctrl+Z.</translation>
        </message>
        <message>
            <source>Item deleted. Undo with Ctrl+Z.</source>
            <translation>Onderdeel verwijderd. Ongedaan maken met Ctrl+Z.</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Bestanden toevoegen</translation>
        </message>
        <message>
            <source>The stored copy of {name} is damaged: its contents no longer match the checksum recorded when it was added. Restore a backup of the data file.</source>
            <translation>De bewaarde kopie van {name} is beschadigd: de inhoud klopt niet meer met de controlesom van bij het toevoegen. Zet een back-up van het gegevensbestand terug.</translation>
        </message>
        <message>
            <source>{name} removed. Undo with Ctrl+Z.</source>
            <translation>{name} verwijderd. Ongedaan maken met Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>OpleiderDesk: trainee overview, meetings, hour registration and quarterly statements for GP trainers. Without a command, the window opens.</source>
            <translation>OpleiderDesk: aios-overzicht, gesprekken, urenregistratie en kwartaalverklaringen voor huisartsopleiders. Zonder opdracht opent het venster.</translation>
        </message>
        <message>
            <source>Data file used when --db is not given:
  {path}</source>
            <translation>Gegevensbestand als --db niet is opgegeven:
  {path}</translation>
        </message>
        <message>
            <source>show this help and exit</source>
            <translation>deze hulp tonen en stoppen</translation>
        </message>
        <message>
            <source>show the version number and exit</source>
            <translation>het versienummer tonen en stoppen</translation>
        </message>
        <message>
            <source>open this data file (created if it does not exist)</source>
            <translation>dit gegevensbestand openen (wordt aangemaakt als het niet bestaat)</translation>
        </message>
        <message>
            <source>open a separate demo file with example trainees, hours and meetings; your own data file is not touched ({path})</source>
            <translation>een apart demobestand openen met voorbeeld-aios, uren en gesprekken; uw eigen gegevensbestand blijft onaangeroerd ({path})</translation>
        </message>
        <message>
            <source>language of the program: nl (Dutch) or en (English)</source>
            <translation>taal van het programma: nl (Nederlands) of en (Engels)</translation>
        </message>
        <message>
            <source>check this installation on a temporary file (data file, PDF, translations, templates, window) and exit; your own data and settings are not touched</source>
            <translation>controleer deze installatie met een tijdelijk bestand (gegevensbestand, PDF, vertalingen, gespreksmodellen, venster) en stop; uw eigen gegevens en instellingen worden niet aangeraakt</translation>
        </message>
        <message>
            <source>For the command line and scheduled tasks use opleider-desk-cli.exe, in the same folder: it prints in the console.</source>
            <translation>Gebruik voor de opdrachtregel en geplande taken opleider-desk-cli.exe in dezelfde map: dat programma schrijft in het consolevenster.</translation>
        </message>
        <message>
            <source>There is no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Start OpleiderDesk from the desktop, or use a command (see --help); --self-test runs without a display.</source>
            <translation>Er is geen beeldscherm om het venster op te openen (DISPLAY en WAYLAND_DISPLAY zijn niet ingesteld). Start OpleiderDesk vanaf het bureaublad, of gebruik een opdracht (zie --help); --self-test werkt ook zonder beeldscherm.</translation>
        </message>
        <message>
            <source>the quarter, for example 2026-Q3 or Q3 2026</source>
            <translation>het kwartaal, bijvoorbeeld 2026-K3 of K3 2026</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>het pdf-bestand dat wordt geschreven</translation>
        </message>
        <message>
            <source>write everything in the data file to one JSON file (see docs/json-format.md)</source>
            <translation>alles uit het gegevensbestand naar één JSON-bestand schrijven (zie docs/json-format.md)</translation>
        </message>
        <message>
            <source>the JSON file to write</source>
            <translation>het JSON-bestand dat wordt geschreven</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>Kan {path} niet schrijven: {reason}</translation>
        </message>
        <message>
            <source>Everything in the data file written to {path}.</source>
            <translation>Alles uit het gegevensbestand is geschreven naar {path}.</translation>
        </message>
        <message>
            <source>write the quarterly hour statement of one trainee, or of all, to a PDF file</source>
            <translation>de kwartaalverklaring van één aios, of van alle, naar een pdf-bestand schrijven</translation>
        </message>
        <message>
            <source>only this trainee (full name, or a part that fits one trainee); without it, every trainee of the quarter on pages of their own</source>
            <translation>alleen deze aios (volledige naam, of een deel dat bij één aios past); zonder deze optie elke aios van het kwartaal op eigen pagina's</translation>
        </message>
        <message>
            <source>{aios}, {quarter}: verification code {code}</source>
            <translation>{aios}, {quarter}: verificatiecode {code}</translation>
        </message>
        <message>
            <source>Written to {path}</source>
            <translation>Geschreven naar {path}</translation>
        </message>
        <message>
            <source>import hours from a CSV file as Excel saves it (columns such as Datum, Aios, Categorie, Duur, Omschrijving); nothing is imported when any line has an error</source>
            <translation>uren inlezen uit een CSV-bestand zoals Excel het opslaat (kolommen als Datum, Aios, Categorie, Duur, Omschrijving); er wordt niets ingelezen als een regel een fout bevat</translation>
        </message>
        <message>
            <source>the CSV file</source>
            <translation>het CSV-bestand</translation>
        </message>
        <message>
            <source>also import lines that are already logged (left out by default)</source>
            <translation>ook regels inlezen die al geregistreerd zijn (standaard overgeslagen)</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>Kan {file} niet lezen: {reason}</translation>
        </message>
        <message>
            <source>{file}, line {line}: {problem}</source>
            <translation>{file}, regel {line}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %n more error(s).</source>
            <translation>
                <numerusform>{file}: nog %n fout.</numerusform>
                <numerusform>{file}: nog %n fouten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Er is niets ingelezen.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n entry(ies) from {file}.</source>
            <translation>
                <numerusform>%n registratie ingelezen uit {file}.</numerusform>
                <numerusform>%n registraties ingelezen uit {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Left out %n line(s) that were already logged.</source>
            <translation>
                <numerusform>%n regel overgeslagen die al geregistreerd was.</numerusform>
                <numerusform>%n regels overgeslagen die al geregistreerd waren.</numerusform>
            </translation>
        </message>
        <message>
            <source>make a backup of the data file now</source>
            <translation>nu een reservekopie van het gegevensbestand maken</translation>
        </message>
        <message>
            <source>folder for the backup (default: the backup folder from the settings)</source>
            <translation>map voor de reservekopie (standaard: de map voor reservekopieën uit de instellingen)</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Reservekopie gemaakt: {path}</translation>
        </message>
        <message>
            <source>write the planned meetings to an iCalendar (.ics) file for the practice calendar</source>
            <translation>schrijf de geplande gesprekken naar een iCalendar-bestand (.ics) voor de praktijkagenda</translation>
        </message>
        <message>
            <source>the .ics file to write</source>
            <translation>het .ics-bestand dat wordt geschreven</translation>
        </message>
        <message>
            <source>only the meetings of this trainee (default: all trainees)</source>
            <translation>alleen de gesprekken van deze aios (standaard: alle aios)</translation>
        </message>
        <message>
            <source>look as on this day (default: today)</source>
            <translation>kijk zoals op deze dag (standaard: vandaag)</translation>
        </message>
        <message>
            <source>write JSON for scripts (shape in the manual)</source>
            <translation>schrijf JSON voor scripts (vorm in de handleiding)</translation>
        </message>
        <message>
            <source>not a date in the form YYYY-MM-DD: {text}</source>
            <translation>geen datum in de vorm JJJJ-MM-DD: {text}</translation>
        </message>
        <message>
            <source>print what is due and overdue for each trainee, with its rule and source</source>
            <translation>toon wat er per aios open en achterstallig is, met de regel en de bron</translation>
        </message>
        <message>
            <source>only this trainee (default: all active trainees)</source>
            <translation>alleen deze aios (standaard: alle actieve aios)</translation>
        </message>
        <message>
            <source>No trainee named “{name}”.</source>
            <translation>Er is geen aios met de naam „{name}”.</translation>
        </message>
        <message>
            <source>Nothing is due.</source>
            <translation>Er staat niets open.</translation>
        </message>
        <message numerus="yes">
            <source>What is open on {day}: %n item(s)</source>
            <translation>
                <numerusform>Wat staat er open op {day}: %n punt</numerusform>
                <numerusform>Wat staat er open op {day}: %n punten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n achterstallig</numerusform>
                <numerusform>%n achterstallig</numerusform>
            </translation>
        </message>
        <message>
            <source>(you)</source>
            <translation>(uzelf)</translation>
        </message>
        <message numerus="yes">
            <source>%n planned meeting(s) written to {path}.</source>
            <translation>
                <numerusform>%n gepland gesprek geschreven naar {path}.</numerusform>
                <numerusform>%n geplande gesprekken geschreven naar {path}.</numerusform>
            </translation>
        </message>
        <message>
            <source>read a JSON export (from export --json) into a new, empty data file</source>
            <translation>een JSON-export (van export --json) inlezen in een nieuw, leeg gegevensbestand</translation>
        </message>
        <message>
            <source>the JSON file to read</source>
            <translation>het JSON-bestand dat wordt ingelezen</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>Kan {path} niet lezen: {reason}</translation>
        </message>
        <message>
            <source>Imported {rows} rows from {path} into {file}.</source>
            <translation>{rows} rijen uit {path} ingelezen in {file}.</translation>
        </message>
        <message>
            <source>check a verification code or a PDF file (its code and digital signatures) against the data</source>
            <translation>een verificatiecode of een pdf-bestand (code en digitale handtekeningen) controleren aan de gegevens</translation>
        </message>
        <message>
            <source>the code printed at the foot of the document, or the PDF file</source>
            <translation>de code onderaan het document, of het pdf-bestand</translation>
        </message>
    </context>
    <context>
        <name>CopyWeekDialog</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Copy last week</source>
            <translation>Vorige week kopiëren</translation>
        </message>
        <message>
            <source>Entries to copy</source>
            <translation>Te kopiëren registraties</translation>
        </message>
        <message numerus="yes">
            <source>Copy %n entry(ies)</source>
            <translation>
                <numerusform>%n registratie kopiëren</numerusform>
                <numerusform>%n registraties kopiëren</numerusform>
            </translation>
        </message>
        <message>
            <source>the week of {day}</source>
            <translation>de week van {day}</translation>
        </message>
        <message numerus="yes">
            <source>These %n entry(ies) from the week before will be added to {week}:</source>
            <translation>
                <numerusform>Deze registratie uit de week ervoor wordt toegevoegd aan {week}:</numerusform>
                <numerusform>Deze %n registraties uit de week ervoor worden toegevoegd aan {week}:</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to copy into {week}.</source>
            <translation>Niets te kopiëren naar {week}.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) on days that have not come yet are left out: log those hours once they are worked.</source>
            <translation>
                <numerusform>%n registratie op een dag die nog niet geweest is wordt overgeslagen: leg die uren vast als ze gewerkt zijn.</numerusform>
                <numerusform>%n registraties op dagen die nog niet geweest zijn worden overgeslagen: leg die uren vast als ze gewerkt zijn.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) are already logged this week.</source>
            <translation>
                <numerusform>%n registratie staat deze week al vastgelegd.</numerusform>
                <numerusform>%n registraties staan deze week al vastgelegd.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CoverageView</name>
        <message>
            <source>earlier profile; now: {area}</source>
            <translation>eerder profiel; nu: {area}</translation>
        </message>
        <message>
            <source>earlier profile</source>
            <translation>eerder profiel</translation>
        </message>
        <message numerus="yes">
            <source>%n goal(s)</source>
            <translation>
                <numerusform>%n leerdoel</numerusform>
                <numerusform>%n leerdoelen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n achieved</source>
            <translation>
                <numerusform>%n behaald</numerusform>
                <numerusform>%n behaald</numerusform>
            </translation>
        </message>
        <message>
            <source>no goal yet</source>
            <translation>nog geen leerdoel</translation>
        </message>
    </context>
    <context>
        <name>DigitalSignDialog</name>
        <message>
            <source>Sign digitally</source>
            <translation>Digitaal ondertekenen</translation>
        </message>
        <message>
            <source>Sign your own signature field of {document} with your certificate (a .p12 or .pfx file). The certificate and its passphrase are used once and not kept. The other signers sign their own fields in a PDF reader.</source>
            <translation>Onderteken uw eigen handtekeningveld van {document} met uw certificaat (een .p12- of .pfx-bestand). Het certificaat en de wachtwoordzin worden eenmalig gebruikt en niet bewaard. De andere ondertekenaars ondertekenen hun eigen velden in een pdf-lezer.</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Bladeren…</translation>
        </message>
        <message>
            <source>&amp;Certificate</source>
            <translation>&amp;Certificaat</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Wachtwoordzin</translation>
        </message>
        <message>
            <source>&amp;Sign and save…</source>
            <translation>&amp;Ondertekenen en opslaan…</translation>
        </message>
        <message>
            <source>{document} signed</source>
            <translation>{document} ondertekend</translation>
        </message>
        <message>
            <source>Choose your certificate</source>
            <translation>Kies uw certificaat</translation>
        </message>
        <message>
            <source>Certificates (*.p12 *.pfx)</source>
            <translation>Certificaten (*.p12 *.pfx)</translation>
        </message>
        <message>
            <source>Signing {document}…</source>
            <translation>{document} ondertekenen…</translation>
        </message>
        <message>
            <source>Save the signed PDF</source>
            <translation>Ondertekende pdf opslaan</translation>
        </message>
    </context>
    <context>
        <name>Due</name>
        <message>
            <source>Overdue</source>
            <translation>Achterstallig</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Binnenkort</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>On track</source>
            <translation>Op schema</translation>
        </message>
        <message>
            <source>Start meeting</source>
            <translation>Startgesprek</translation>
        </message>
        <message>
            <source>Progress meeting</source>
            <translation>Voortgangsgesprek</translation>
        </message>
        <message>
            <source>Suitability assessment</source>
            <translation>Geschiktheidsbeoordeling</translation>
        </message>
        <message>
            <source>Final meeting</source>
            <translation>Eindgesprek</translation>
        </message>
        <message>
            <source>KPB</source>
            <translation>KPB</translation>
        </message>
        <message>
            <source>Coaching talk</source>
            <translation>Coachingsgesprek</translation>
        </message>
        <message>
            <source>Supervision, recent weeks</source>
            <translation>Begeleiding, laatste weken</translation>
        </message>
        <message>
            <source>Supervision, this year</source>
            <translation>Begeleiding, dit jaar</translation>
        </message>
        <message>
            <source>Weekly themed learning talk</source>
            <translation>Wekelijks themagericht leergesprek</translation>
        </message>
        <message>
            <source>Part-time spread over the week</source>
            <translation>Deeltijd verspreid over de week</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <source>LEOh</source>
            <translation>LEOh</translation>
        </message>
        <message>
            <source>Out-of-hours shifts</source>
            <translation>Diensten</translation>
        </message>
        <message>
            <source>Evaluation with the tutor</source>
            <translation>Hao-evaluatiegesprek met de docent</translation>
        </message>
        <message>
            <source>Consultation with the trainer</source>
            <translation>Overleg met de opleider</translation>
        </message>
        <message>
            <source>More than four trainees at once</source>
            <translation>Meer dan vier aios tegelijk</translation>
        </message>
        <message>
            <source>OpleiderDesk's own setting (no document gives this)</source>
            <translation>Instelling van OpleiderDesk (geen document geeft dit)</translation>
        </message>
        <message>
            <source>OpleiderDesk's own setting: {defaults}</source>
            <translation>Instelling van OpleiderDesk: {defaults}</translation>
        </message>
        <message>
            <source>Extend the training or archive the trainee</source>
            <translation>Verleng de opleiding of archiveer de aios</translation>
        </message>
        <message>
            <source>{have} trainees at once; at most {max} is proposed</source>
            <translation>{have} aios tegelijk; voorgesteld is ten hoogste {max}</translation>
        </message>
        <message>
            <source>Internal supervision plan: follow-up</source>
            <translation>Intern begeleidingstraject: evaluatie</translation>
        </message>
        <message>
            <source>Intensified plan: inform the RGS</source>
            <translation>Geïntensiveerd traject: RGS informeren</translation>
        </message>
        <message>
            <source>Intensified plan: progress meeting</source>
            <translation>Geïntensiveerd traject: voortgangsgesprek</translation>
        </message>
        <message>
            <source>Intensified plan: closing assessment</source>
            <translation>Geïntensiveerd traject: afsluitende beoordeling</translation>
        </message>
        <message>
            <source>Next step after the verdict</source>
            <translation>Volgende stap na het oordeel</translation>
        </message>
        <message>
            <source>Practice supervisor's report</source>
            <translation>Verslag praktijkbegeleider</translation>
        </message>
        <message>
            <source>Inform the institution</source>
            <translation>Opleidingsinrichting informeren</translation>
        </message>
        <message>
            <source>Expected end date passed</source>
            <translation>Verwachte einddatum verstreken</translation>
        </message>
        <message>
            <source>Check the start of the training</source>
            <translation>Controleer de start van de opleiding</translation>
        </message>
        <message>
            <source>pro rata for part-time</source>
            <translation>naar rato van de deeltijd</translation>
        </message>
        <message>
            <source>interruptions move the dates</source>
            <translation>onderbrekingen verschuiven de data</translation>
        </message>
        <message>
            <source>two weeks after the placement starts</source>
            <translation>twee weken na de start van het onderdeel</translation>
        </message>
        <message>
            <source>how long before the end</source>
            <translation>hoe lang vóór het einde</translation>
        </message>
        <message>
            <source>six weeks to the follow-up</source>
            <translation>zes weken tot de evaluatie</translation>
        </message>
        <message>
            <source>three months when the form does not say</source>
            <translation>drie maanden als het formulier niets zegt</translation>
        </message>
        <message>
            <source>counted from the placement's start until you check the training's</source>
            <translation>geteld vanaf de start van het opleidingsonderdeel tot u de start van de opleiding controleert</translation>
        </message>
        <message>
            <source>Date agreed in the meeting</source>
            <translation>Datum afgesproken in het gesprek</translation>
        </message>
        <message>
            <source>{source} — a proposal, not yet a rule</source>
            <translation>{source} — een voorstel, nog geen regel</translation>
        </message>
        <message>
            <source>Rule: {source}</source>
            <translation>Regel: {source}</translation>
        </message>
        <message>
            <source>{have} held, {expected} expected by now, {target} this year</source>
            <translation>{have} gehouden, {expected} verwacht tot nu, {target} dit jaar</translation>
        </message>
        <message numerus="yes">
            <source>{have} of {expected} hours over %n week(s)</source>
            <translation>
                <numerusform>{have} van {expected} uur over %n week</numerusform>
                <numerusform>{have} van {expected} uur over %n weken</numerusform>
            </translation>
        </message>
        <message>
            <source>Last LEOh received on {day}</source>
            <translation>Laatste LEOh ontvangen op {day}</translation>
        </message>
        <message>
            <source>No LEOh received yet</source>
            <translation>Nog geen LEOh ontvangen</translation>
        </message>
        <message>
            <source>Upgraded from version 0.1 in year {year}: the training's start is that of this placement, {start}. Enter when the training began (full-time without interruptions: {full_time}).</source>
            <translation>Bijgewerkt vanuit versie 0.1 in jaar {year}: de start van de opleiding is die van dit opleidingsonderdeel, {start}. Vul in wanneer de opleiding begon (voltijds zonder onderbrekingen: {full_time}).</translation>
        </message>
        <message>
            <source>{have} of {target} in HLWP {hlwp}, {expected} expected by now</source>
            <translation>{have} van {target} in HLWP {hlwp}, {expected} verwacht tot nu</translation>
        </message>
        <message>
            <source>{have} of {required} held</source>
            <translation>{have} van {required} gehouden</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) short of the norm</source>
            <translation>
                <numerusform>%n week onder de norm</numerusform>
                <numerusform>%n weken onder de norm</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>last %n week(s)</source>
            <translation>
                <numerusform>laatste %n week</numerusform>
                <numerusform>laatste %n weken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Started {start}, %n month(s)</source>
            <translation>
                <numerusform>Gestart {start}, %n maand</numerusform>
                <numerusform>Gestart {start}, %n maanden</numerusform>
            </translation>
        </message>
        <message>
            <source>Start an intensified supervision plan, or end the training and inform the RGS</source>
            <translation>Start een geïntensiveerd begeleidingstraject, of beëindig de opleiding en informeer de RGS</translation>
        </message>
        <message>
            <source>You lay down the task from {day}</source>
            <translation>U legt de opleiderstaak neer per {day}</translation>
        </message>
        <message numerus="yes">
            <source>From {day} you work %n hour(s) a week in the specialty, under {minimum}</source>
            <translation>
                <numerusform>Vanaf {day} werkt u %n uur per week in het specialisme, minder dan {minimum}</numerusform>
                <numerusform>Vanaf {day} werkt u %n uur per week in het specialisme, minder dan {minimum}</numerusform>
            </translation>
        </message>
        <message>
            <source>Interrupted from {start} for more than two months</source>
            <translation>Onderbroken vanaf {start}, langer dan twee maanden</translation>
        </message>
        <message>
            <source>Planned on {day}</source>
            <translation>Gepland op {day}</translation>
        </message>
        <message>
            <source>Not planned yet</source>
            <translation>Nog niet gepland</translation>
        </message>
    </context>
    <context>
        <name>EarlierAgreements</name>
        <message>
            <source>Open agreements from earlier meetings</source>
            <translation>Openstaande afspraken uit eerdere gesprekken</translation>
        </message>
        <message>
            <source>&amp;Mark done</source>
            <translation>Afgeron&amp;d</translation>
        </message>
        <message>
            <source>U&amp;ndo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>No open agreements from earlier meetings.</source>
            <translation>Geen openstaande afspraken uit eerdere gesprekken.</translation>
        </message>
        <message>
            <source>Marked done: “{text}”.</source>
            <translation>Afgerond: „{text}”.</translation>
        </message>
        <message>
            <source>This can no longer be undone: later changes depend on it.</source>
            <translation>Dit kan niet meer ongedaan worden gemaakt: latere wijzigingen bouwen erop voort.</translation>
        </message>
        <message>
            <source>Open again.</source>
            <translation>Weer open.</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>The protection of {path} could not be changed ({reason}); the file is unchanged. Close other programs that use it (a second window, a sync or virus scanner) and try again.</source>
            <translation>De beveiliging van {path} kon niet worden gewijzigd ({reason}); het bestand is ongewijzigd. Sluit andere programma's die het gebruiken (een tweede venster, een synchronisatieprogramma of virusscanner) en probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>EncryptionDialog</name>
        <message>
            <source>Encryption</source>
            <translation>Versleuteling</translation>
        </message>
        <message>
            <source>Encryption needs the optional SQLCipher package. Install OpleiderDesk with the extra 'encryption' (pip install opleider-desk[encryption]).</source>
            <translation>Versleuteling heeft het optionele SQLCipher-pakket nodig. Installeer OpleiderDesk met de extra 'encryption' (pip install opleider-desk[encryption]).</translation>
        </message>
        <message>
            <source>This data file is encrypted.</source>
            <translation>Dit gegevensbestand is versleuteld.</translation>
        </message>
        <message>
            <source>This data file is not encrypted. With a passphrase, the file and its backups can only be read by someone who knows it.</source>
            <translation>Dit gegevensbestand is niet versleuteld. Met een wachtwoordzin kunnen het bestand en de reservekopieën alleen worden gelezen door wie die zin kent.</translation>
        </message>
        <message>
            <source>Keep the passphrase somewhere safe: without it nobody, not even the maker of OpleiderDesk, can open the file. Backups made before a change keep their old protection until they are rotated out.</source>
            <translation>Bewaar de wachtwoordzin op een veilige plek: zonder die zin kan niemand, ook de maker van OpleiderDesk niet, het bestand openen. Reservekopieën van vóór een wijziging houden hun oude beveiliging tot ze worden opgeruimd.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase</source>
            <translation>&amp;Huidige wachtwoordzin</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>&amp;Nieuwe wachtwoordzin</translation>
        </message>
        <message>
            <source>&amp;Repeat</source>
            <translation>&amp;Herhalen</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>Wachtwoordzin &amp;wijzigen</translation>
        </message>
        <message>
            <source>&amp;Encrypt</source>
            <translation>&amp;Versleutelen</translation>
        </message>
        <message>
            <source>&amp;Remove encryption</source>
            <translation>Versleuteling &amp;opheffen</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Edit hours</source>
            <translation>Uren bewerken</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>Tra&amp;inee</source>
            <translation>A&amp;ios</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>Ca&amp;tegorie</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;uur</translation>
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation>&amp;Omschrijving</translation>
        </message>
        <message>
            <source>Discard the changes you made to these hours?</source>
            <translation>De wijzigingen aan deze uren weggooien?</translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <source>Log</source>
            <translation>Vastleggen</translation>
        </message>
        <message>
            <source>Save this entry (Enter)</source>
            <translation>Deze registratie opslaan (Enter)</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>Datu&amp;m</translation>
        </message>
        <message>
            <source>Tra&amp;inee</source>
            <translation>A&amp;ios</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>Ca&amp;tegorie</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;uur</translation>
        </message>
        <message>
            <source>Des&amp;cription</source>
            <translation>&amp;Omschrijving</translation>
        </message>
        <message>
            <source>{field}: </source>
            <translation>{field}: </translation>
        </message>
        <message>
            <source>{day} is a day still to come. Log {duration} on it anyway?</source>
            <translation>{day} ligt nog in de toekomst. Toch {duration} op die dag vastleggen?</translation>
        </message>
        <message>
            <source>&amp;Log anyway</source>
            <translation>Toch &amp;vastleggen</translation>
        </message>
    </context>
    <context>
        <name>ErrorReport</name>
        <message>
            <source>Something went wrong that OpleiderDesk did not expect. What you saved is kept; the last action may not have finished.

Details (without personal data) are in the log file:
{path}</source>
            <translation>Er ging onverwachts iets mis in OpleiderDesk. Wat u hebt opgeslagen blijft bewaard; de laatste handeling is misschien niet afgemaakt.

De details (zonder persoonsgegevens) staan in het logbestand:
{path}</translation>
        </message>
        <message>
            <source>OpleiderDesk ended unexpectedly the last time it ran. What you had saved is kept; check the last thing you did before it ended.

Details (without personal data) are in the log file:
{path}</source>
            <translation>OpleiderDesk is de vorige keer onverwacht gestopt. Wat u had opgeslagen, blijft bewaard; kijk het laatste na wat u deed voordat het stopte.

De details (zonder persoonsgegevens) staan in het logbestand:
{path}</translation>
        </message>
    </context>
    <context>
        <name>EventDialog</name>
        <message>
            <source>(not for one trainee)</source>
            <translation>(niet voor één aios)</translation>
        </message>
        <message>
            <source>The &amp;institution has been informed</source>
            <translation>De &amp;opleidingsinrichting is ingelicht</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Vanaf</translation>
        </message>
        <message>
            <source>&amp;Number of shifts</source>
            <translation>&amp;Aantal diensten</translation>
        </message>
        <message>
            <source>&amp;Hours a week in the specialty</source>
            <translation>&amp;Uren per week in het specialisme</translation>
        </message>
        <message>
            <source>&amp;From trainee</source>
            <translation>&amp;Van aios</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;otitie</translation>
        </message>
        <message>
            <source>Discard what you typed for this event?</source>
            <translation>Wat u voor deze gebeurtenis typte weggooien?</translation>
        </message>
    </context>
    <context>
        <name>FileError</name>
        <message>
            <source>The data file {path} was written by a newer version of OpleiderDesk. Install the newest version to open it. The file has not been changed.</source>
            <translation>Het gegevensbestand {path} is geschreven door een nieuwere versie van OpleiderDesk. Installeer de nieuwste versie om het te openen. Het bestand is niet gewijzigd.</translation>
        </message>
        <message>
            <source>The file {path} is not an OpleiderDesk data file. It has not been changed.</source>
            <translation>Het bestand {path} is geen gegevensbestand van OpleiderDesk. Het is niet gewijzigd.</translation>
        </message>
        <message>
            <source>The data file {path} is damaged. It has not been changed; restore a backup.</source>
            <translation>Het gegevensbestand {path} is beschadigd. Het is niet gewijzigd; zet een reservekopie terug.</translation>
        </message>
        <message>
            <source>The data file {path} is already open in another OpleiderDesk window, on this or another computer. Only one window at a time can change it.</source>
            <translation>Het gegevensbestand {path} is al geopend in een ander OpleiderDesk-venster, op deze of een andere computer. Maar één venster tegelijk kan het wijzigen.</translation>
        </message>
        <message>
            <source>The data file {path} is encrypted; its passphrase is needed to open it.</source>
            <translation>Het gegevensbestand {path} is versleuteld; de wachtwoordzin is nodig om het te openen.</translation>
        </message>
        <message>
            <source>The passphrase does not open {path}. Check it (capitals count) and try again.</source>
            <translation>De wachtwoordzin opent {path} niet. Controleer hem (hoofdletters tellen mee) en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The data file {path} is encrypted, but this installation of OpleiderDesk cannot open encrypted files. Install it with the extra 'encryption'.</source>
            <translation>Het gegevensbestand {path} is versleuteld, maar deze installatie van OpleiderDesk kan geen versleutelde bestanden openen. Installeer het met de extra 'encryption'.</translation>
        </message>
        <message>
            <source>The data file {path} has a second name elsewhere on this disk (a hard link, made for instance by a backup or sync tool). SQLite keeps the latest changes beside the name a program opened the file by, so with two names changes can be lost after a crash. OpleiderDesk does not open it and has not changed it. Remove the other name, or copy the file to a file of its own and open the copy.</source>
            <translation>Het gegevensbestand {path} heeft elders op deze schijf een tweede naam (een harde koppeling, bijvoorbeeld gemaakt door een back-up- of synchronisatieprogramma). SQLite bewaart de laatste wijzigingen naast de naam waarmee een programma het bestand opende, dus met twee namen kunnen na een crash wijzigingen verloren gaan. OpleiderDesk opent het niet en heeft het niet gewijzigd. Verwijder de andere naam, of kopieer het bestand naar een eigen bestand en open de kopie.</translation>
        </message>
        <message>
            <source>The data file {path} is empty (0 bytes): it holds no data. It has not been changed. If your data should be in it, restore a backup; otherwise choose another name for a new file.</source>
            <translation>Het gegevensbestand {path} is leeg (0 bytes): er staan geen gegevens in. Het is niet gewijzigd. Horen uw gegevens erin te staan, zet dan een reservekopie terug; kies anders een andere naam voor een nieuw bestand.</translation>
        </message>
        <message>
            <source>The data file {path} does not record which version of OpleiderDesk wrote it, so it is not opened, to keep its data safe. It has not been changed; restore a backup.</source>
            <translation>In het gegevensbestand {path} staat niet welke versie van OpleiderDesk het heeft geschreven. Om de gegevens veilig te houden wordt het niet geopend. Het is niet gewijzigd; zet een reservekopie terug.</translation>
        </message>
        <message>
            <source>The data file {path} does not exist.</source>
            <translation>Het gegevensbestand {path} bestaat niet.</translation>
        </message>
        <message>
            <source>The file {path} cannot be opened as a data file ({detail}).</source>
            <translation>Het bestand {path} kan niet als gegevensbestand worden geopend ({detail}).</translation>
        </message>
        <message>
            <source>This data file is on a network drive ({kind}). OpleiderDesk works there without its write-ahead log, so saving is a little slower. Open it from one computer at a time; a data file on this computer with its backups on the network drive is safer.</source>
            <translation>Dit gegevensbestand staat op een netwerkschijf ({kind}). OpleiderDesk werkt daar zonder zijn write-ahead log, dus opslaan gaat iets langzamer. Open het op één computer tegelijk; een gegevensbestand op deze computer met de reservekopieën op de netwerkschijf is veiliger.</translation>
        </message>
        <message>
            <source>This data file is in a folder that {service} copies to other computers. OpleiderDesk saves every change straight into the file there, but close it on one computer before opening it on another, or the copies get mixed up.</source>
            <translation>Dit gegevensbestand staat in een map die {service} naar andere computers kopieert. OpleiderDesk slaat daar elke wijziging direct in het bestand op, maar sluit het op de ene computer voordat u het op een andere opent, anders raken de kopieën door elkaar.</translation>
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
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>Q{number} {year}</source>
            <translation>K{number} {year}</translation>
        </message>
    </context>
    <context>
        <name>GoalModel</name>
        <message>
            <source>set {date}</source>
            <translation>opgesteld {date}</translation>
        </message>
        <message>
            <source>evaluated {date}</source>
            <translation>geëvalueerd {date}</translation>
        </message>
        <message>
            <source>Set in: {meeting}</source>
            <translation>Opgesteld in: {meeting}</translation>
        </message>
        <message>
            <source>Evaluated in: {meeting}</source>
            <translation>Geëvalueerd in: {meeting}</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Gebied</translation>
        </message>
        <message>
            <source>Learning goal</source>
            <translation>Leerdoel</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Leeractiviteiten</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>How tested</source>
            <translation>Toetsing</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Gesprekken</translation>
        </message>
    </context>
    <context>
        <name>GoalsEditor</name>
        <message>
            <source>Learning goals</source>
            <translation>Leerdoelen</translation>
        </message>
        <message>
            <source>SMART: what will the trainee be able to do, by when, shown how?</source>
            <translation>SMART: wat kan de aios, wanneer, en hoe blijkt dat?</translation>
        </message>
        <message>
            <source>e.g. KPB, knowledge test, observation</source>
            <translation>bijv. KPB, kennistoets, observatie</translation>
        </message>
        <message>
            <source>Add goa&amp;l</source>
            <translation>Leer&amp;doel toevoegen</translation>
        </message>
        <message>
            <source>Save &amp;changes</source>
            <translation>&amp;Wijzigingen opslaan</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Co&amp;mpetency area</source>
            <translation>&amp;Competentiegebied</translation>
        </message>
        <message>
            <source>G&amp;oal</source>
            <translation>L&amp;eerdoel</translation>
        </message>
        <message>
            <source>Ac&amp;tivities</source>
            <translation>Lee&amp;ractiviteiten</translation>
        </message>
        <message>
            <source>&amp;Status</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <source>&amp;Deadline</source>
            <translation>Deadli&amp;ne</translation>
        </message>
        <message>
            <source>Ho&amp;w tested</source>
            <translation>&amp;Toetsing</translation>
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
            <translation>een wijziging in een leerdoel die u niet hebt opgeslagen</translation>
        </message>
        <message>
            <source>a learning goal that you typed but did not add</source>
            <translation>een leerdoel dat u hebt getypt maar niet toegevoegd</translation>
        </message>
    </context>
    <context>
        <name>GuidedForm</name>
        <message>
            <source>Steps</source>
            <translation>Stappen</translation>
        </message>
        <message>
            <source>← &amp;Previous</source>
            <translation>← &amp;Vorige</translation>
        </message>
        <message>
            <source>&amp;Next →</source>
            <translation>V&amp;olgende →</translation>
        </message>
        <message>
            <source>Step {n} of {total}</source>
            <translation>Stap {n} van {total}</translation>
        </message>
        <message>
            <source>&amp;Next: the report →</source>
            <translation>V&amp;olgende: het verslag →</translation>
        </message>
        <message>
            <source>Speaking: {who}</source>
            <translation>Aan het woord: {who}</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Verplicht</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— kies —</translation>
        </message>
    </context>
    <context>
        <name>HoldDialog</name>
        <message>
            <source>Meeting held</source>
            <translation>Gesprek gehouden</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Log {duration} as hours under “{category}”</source>
            <translation>{duration} als uren boeken onder „{category}”</translation>
        </message>
        <message>
            <source>Held &amp;on</source>
            <translation>Gehouden &amp;op</translation>
        </message>
        <message>
            <source>&amp;Duration</source>
            <translation>&amp;Duur</translation>
        </message>
    </context>
    <context>
        <name>HoursCsv</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
    </context>
    <context>
        <name>HoursEntry</name>
        <message>
            <source>1:30, 1,5 or 90m</source>
            <extracomment>Combo data for "no aios": an item's data of None cannot be found again with findData.</extracomment>
            <translation>1:30, 1,5 of 90m</translation>
        </message>
        <message>
            <source>What was done (optional)</source>
            <translation>Wat er gedaan is (optioneel)</translation>
        </message>
    </context>
    <context>
        <name>HoursImport</name>
        <message>
            <source>date</source>
            <translation>datum</translation>
        </message>
        <message>
            <source>trainee</source>
            <translation>aios</translation>
        </message>
        <message>
            <source>category</source>
            <translation>categorie</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duur</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minuten</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>uren</translation>
        </message>
        <message>
            <source>description</source>
            <translation>omschrijving</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>puntkomma</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>komma</translation>
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
            <translation>Datum</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>— yourself, no trainee —</source>
            <extracomment>One entry as the hours service reads it: id, day, minutes, category id, aios id, description.</extracomment>
            <translation>— uzelf, geen aios —</translation>
        </message>
        <message>
            <source>In a signed quarter: locked. Unlock the quarter to change it.</source>
            <translation>In een ondertekend kwartaal: vergrendeld. Ontgrendel het kwartaal om dit te wijzigen.</translation>
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
            <translation>Maand</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kwartaal</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <source>Every entry</source>
            <translation>Alle uren</translation>
        </message>
        <message>
            <source>January</source>
            <translation>januari</translation>
        </message>
        <message>
            <source>February</source>
            <translation>februari</translation>
        </message>
        <message>
            <source>March</source>
            <translation>maart</translation>
        </message>
        <message>
            <source>April</source>
            <translation>april</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mei</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juni</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juli</translation>
        </message>
        <message>
            <source>August</source>
            <translation>augustus</translation>
        </message>
        <message>
            <source>September</source>
            <translation>september</translation>
        </message>
        <message>
            <source>October</source>
            <translation>oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>november</translation>
        </message>
        <message>
            <source>December</source>
            <translation>december</translation>
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
            <translation>K{number} {year} ({start} – {end})</translation>
        </message>
    </context>
    <context>
        <name>HoursRoutine</name>
        <message>
            <source>Monday</source>
            <translation>maandag</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>dinsdag</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>woensdag</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>donderdag</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>vrijdag</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>zaterdag</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>zondag</translation>
        </message>
    </context>
    <context>
        <name>HoursTab</name>
        <message>
            <source>Log hours</source>
            <translation>Uren registreren</translation>
        </message>
        <message>
            <source>Previous period (Alt+Left)</source>
            <translation>Vorige periode (Alt+Links)</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Vorige periode</translation>
        </message>
        <message>
            <source>Next period (Alt+Right)</source>
            <translation>Volgende periode (Alt+Rechts)</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>Volgende periode</translation>
        </message>
        <message>
            <source>T&amp;oday</source>
            <translation>Vandaa&amp;g</translation>
        </message>
        <message>
            <source>Search hours…</source>
            <translation>Zoek in uren…</translation>
        </message>
        <message>
            <source>Search hours</source>
            <translation>Zoeken in uren</translation>
        </message>
        <message>
            <source>Copy &amp;last week</source>
            <translation>Vorige week ko&amp;piëren</translation>
        </message>
        <message>
            <source>Copy the entries of the week before into this week</source>
            <translation>De registraties van de week ervoor naar deze week kopiëren</translation>
        </message>
        <message>
            <source>Log &amp;routine</source>
            <translation>Vaste uren vast&amp;leggen</translation>
        </message>
        <message>
            <source>Log this week's routine entries (e.g. the weekly joint surgery)</source>
            <translation>De vaste uren van deze week vastleggen (bijv. het wekelijkse gezamenlijk spreekuur)</translation>
        </message>
        <message>
            <source>&amp;Quarterly statement…</source>
            <translation>&amp;Kwartaalverklaring…</translation>
        </message>
        <message>
            <source>Print or sign the statement of the quarter shown</source>
            <translation>De verklaring van het getoonde kwartaal afdrukken of ondertekenen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>an hour entry you typed but did not log yet</source>
            <translation>een urenregel die u hebt getypt maar nog niet vastgelegd</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Laden…</translation>
        </message>
        <message>
            <source>to</source>
            <translation>tot</translation>
        </message>
        <message>
            <source>Loading the hours…</source>
            <translation>De uren worden geladen…</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies)</source>
            <translation>
                <numerusform>%n registratie</numerusform>
                <numerusform>%n registraties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} entries</source>
            <translation>
                <numerusform>%n van {total} registraties</numerusform>
                <numerusform>%n van {total} registraties</numerusform>
            </translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Logged {duration} on {day}. Undo with Ctrl+Z.</source>
            <translation>{duration} vastgelegd op {day}. Ongedaan maken met Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(ies) deleted. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n registratie verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
                <numerusform>%n registraties verwijderd. Ongedaan maken met Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied %n entry(ies) from the week before.</source>
            <translation>
                <numerusform>%n registratie gekopieerd uit de week ervoor.</numerusform>
                <numerusform>%n registraties gekopieerd uit de week ervoor.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to copy: the week before is empty or already copied.</source>
            <translation>Niets te kopiëren: de week ervoor is leeg of al gekopieerd.</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Trainee shown</source>
            <translation>Getoonde aios</translation>
        </message>
        <message>
            <source>&amp;Period:</source>
            <translation>Pe&amp;riode:</translation>
        </message>
        <message>
            <source>Sho&amp;w:</source>
            <translation>Too&amp;n:</translation>
        </message>
        <message>
            <source>&amp;More</source>
            <translation>M&amp;eer</translation>
        </message>
        <message>
            <source>&amp;Routine entries…</source>
            <translation>&amp;Vaste uren…</translation>
        </message>
        <message>
            <source>&amp;Categories…</source>
            <translation>&amp;Categorieën…</translation>
        </message>
        <message>
            <source>&amp;Import hours from CSV…</source>
            <translation>Uren &amp;inlezen uit CSV…</translation>
        </message>
        <message>
            <source>&amp;Export this list to CSV…</source>
            <translation>Deze lijst &amp;exporteren naar CSV…</translation>
        </message>
        <message>
            <source>All trainees</source>
            <translation>Alle aios</translation>
        </message>
        <message>
            <source>Searching the hours…</source>
            <translation>De uren worden doorzocht…</translation>
        </message>
        <message>
            <source>No routine entries yet: set them up under More ▸ Routine entries.</source>
            <translation>Nog geen vaste uren: stel ze in onder Meer ▸ Vaste uren.</translation>
        </message>
        <message numerus="yes">
            <source>Logged %n routine entry(ies) for this week.</source>
            <translation>
                <numerusform>%n vaste registratie vastgelegd voor deze week.</numerusform>
                <numerusform>%n vaste registraties vastgelegd voor deze week.</numerusform>
            </translation>
        </message>
        <message>
            <source>This week's routine was already logged.</source>
            <translation>De vaste uren van deze week waren al vastgelegd.</translation>
        </message>
        <message>
            <source>Import hours</source>
            <translation>Uren inlezen</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Cannot read {file}: {reason}</source>
            <translation>Kan {file} niet lezen: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n entry(ies). Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n registratie ingelezen. Ongedaan maken met Ctrl+Z.</numerusform>
                <numerusform>%n registraties ingelezen. Ongedaan maken met Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reading and checking {file}…</source>
            <translation>{file} wordt gelezen en gecontroleerd…</translation>
        </message>
        <message>
            <source>Export hours</source>
            <translation>Uren exporteren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message>
            <source>Cannot write {file}: {reason}</source>
            <translation>Kan {file} niet opslaan: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n entry(ies) to {file}.</source>
            <translation>
                <numerusform>%n registratie geëxporteerd naar {file}.</numerusform>
                <numerusform>%n registraties geëxporteerd naar {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
    </context>
    <context>
        <name>HoursTotals</name>
        <message>
            <source>Supervision</source>
            <translation>Begeleiding</translation>
        </message>
        <message>
            <source>Joint surgery</source>
            <translation>Gezamenlijk spreekuur</translation>
        </message>
        <message>
            <source>Own training</source>
            <translation>Eigen scholing</translation>
        </message>
    </context>
    <context>
        <name>HoursView</name>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import hours from {file}</source>
            <translation>Uren inlezen uit {file}</translation>
        </message>
        <message>
            <source>The first {shown} of {count} lines are shown; all of them are imported.</source>
            <translation>De eerste {shown} van {count} regels worden getoond; ze worden allemaal ingelezen.</translation>
        </message>
        <message>
            <source>already logged</source>
            <translation>al geregistreerd</translation>
        </message>
        <message>
            <source>twice in this file</source>
            <translation>dubbel in dit bestand</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Regel</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Probleem</translation>
        </message>
        <message numerus="yes">
            <source>Leave out the %n line(s) already logged</source>
            <translation>
                <numerusform>De %n regel die al geregistreerd is overslaan</numerusform>
                <numerusform>De %n regels die al geregistreerd zijn overslaan</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Inlezen</translation>
        </message>
        <message>
            <source>Lines to import</source>
            <translation>Regels om in te lezen</translation>
        </message>
        <message>
            <source>“{header}” → {column}</source>
            <translation>„{header}” → {column}</translation>
        </message>
        <message>
            <source>Read as {encoding}, columns separated by a {separator}.</source>
            <translation>Gelezen als {encoding}, kolommen gescheiden door een {separator}.</translation>
        </message>
        <message>
            <source>Columns: {mapping}.</source>
            <translation>Kolommen: {mapping}.</translation>
        </message>
        <message>
            <source>Not used: {columns}.</source>
            <translation>Niet gebruikt: {columns}.</translation>
        </message>
        <message>
            <source>“{header}”</source>
            <translation>„{header}”</translation>
        </message>
        <message>
            <source>“{written}” → {category}</source>
            <translation>„{written}” → {category}</translation>
        </message>
        <message>
            <source>Categories: {understood}.</source>
            <translation>Categorieën: {understood}.</translation>
        </message>
        <message numerus="yes">
            <source>%n line(s) cannot be imported. Correct the file and import it again; nothing is imported until every line is right.</source>
            <translation>
                <numerusform>%n regel kan niet worden ingelezen. Verbeter het bestand en lees het opnieuw in; er wordt niets ingelezen zolang niet elke regel klopt.</numerusform>
                <numerusform>%n regels kunnen niet worden ingelezen. Verbeter het bestand en lees het opnieuw in; er wordt niets ingelezen zolang niet elke regel klopt.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first %n are listed.</source>
            <translation>
                <numerusform>De eerste %n staat hieronder.</numerusform>
                <numerusform>De eerste %n staan hieronder.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n entry(ies)</source>
            <translation>
                <numerusform>%n registratie inlezen</numerusform>
                <numerusform>%n registraties inlezen</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancelled: nothing was imported.</source>
            <translation>Geannuleerd: er is niets ingelezen.</translation>
        </message>
        <message numerus="yes">
            <source>Importing %n entry(ies)…</source>
            <translation>
                <numerusform>%n registratie wordt ingelezen…</numerusform>
                <numerusform>%n registraties worden ingelezen…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Other trainer</source>
            <translation>Andere opleider</translation>
        </message>
        <message>
            <source>GP trainer</source>
            <translation>Huisartsopleider</translation>
        </message>
        <message>
            <source>Practice supervisor</source>
            <translation>Praktijkbegeleider</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Opleider</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actief</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Onderbroken</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Afgerond</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Gestopt</translation>
        </message>
        <message>
            <source>Medical expertise</source>
            <translation>Medisch handelen</translation>
        </message>
        <message>
            <source>Communication</source>
            <translation>Communicatie</translation>
        </message>
        <message>
            <source>Collaboration</source>
            <translation>Samenwerking</translation>
        </message>
        <message>
            <source>Knowledge and science</source>
            <translation>Kennis en wetenschap</translation>
        </message>
        <message>
            <source>Social accountability</source>
            <translation>Maatschappelijk handelen</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <source>Professionalism</source>
            <translation>Professionaliteit</translation>
        </message>
        <message>
            <source>Leadership</source>
            <translation>Leiderschap</translation>
        </message>
        <message>
            <source>Learning talk</source>
            <translation>Leergesprek</translation>
        </message>
        <message>
            <source>Joint surgery</source>
            <translation>Gezamenlijk spreekuur</translation>
        </message>
        <message>
            <source>Patient discussion</source>
            <translation>Patiëntbespreking</translation>
        </message>
        <message>
            <source>Observation / KPB</source>
            <translation>Observatie / KPB</translation>
        </message>
        <message>
            <source>Progress / assessment meeting</source>
            <translation>Voortgangs-/beoordelingsgesprek</translation>
        </message>
        <message>
            <source>Coaching talk</source>
            <translation>Coachingsgesprek</translation>
        </message>
        <message>
            <source>Consultation with the institute</source>
            <translation>Overleg met instituut</translation>
        </message>
        <message>
            <source>Consultation trainer – practice supervisor</source>
            <translation>Overleg opleider – praktijkbegeleider</translation>
        </message>
        <message>
            <source>Own training (trainer days)</source>
            <translation>Eigen scholing (opleidersdagen)</translation>
        </message>
        <message>
            <source>Intervision</source>
            <translation>Intervisie</translation>
        </message>
        <message>
            <source>Portfolio / administration</source>
            <translation>Portfolio / administratie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Gehouden</translation>
        </message>
        <message>
            <source>Report signed</source>
            <translation>Verslag ondertekend</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>doubt (old value)</source>
            <translation>twijfel (oude waarde)</translation>
        </message>
        <message>
            <source>unsuitable (old value)</source>
            <translation>ongeschikt (oude waarde)</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>Trainee and trainer</source>
            <translation>Aios en opleider</translation>
        </message>
        <message>
            <source>Institute trainer</source>
            <translation>Instituutsopleider</translation>
        </message>
        <message>
            <source>Tutor</source>
            <translation>Docent</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>Behaald</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Vervallen</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Ontbreekt</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Aanwezig</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Beoordeeld</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>&amp;Statements</source>
            <translation>&amp;Verklaringen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;New data file…</source>
            <translation>&amp;Nieuw gegevensbestand…</translation>
        </message>
        <message>
            <source>&amp;Open data file…</source>
            <translation>&amp;Gegevensbestand openen…</translation>
        </message>
        <message>
            <source>&amp;Profile…</source>
            <translation>&amp;Profiel…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Instellingen…</translation>
        </message>
        <message>
            <source>&amp;Import hours from CSV…</source>
            <translation>&amp;Uren inlezen uit CSV…</translation>
        </message>
        <message>
            <source>E&amp;xport the hours list to CSV…</source>
            <translation>Urenlijst e&amp;xporteren naar CSV…</translation>
        </message>
        <message>
            <source>Export all data (&amp;JSON)…</source>
            <translation>Alle gegevens exporteren (&amp;JSON)…</translation>
        </message>
        <message>
            <source>Make a &amp;backup now</source>
            <translation>Nu een &amp;reservekopie maken</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>Reservekopie &amp;terugzetten…</translation>
        </message>
        <message>
            <source>&amp;GDPR (AVG) request…</source>
            <translation>&amp;AVG-verzoek…</translation>
        </message>
        <message>
            <source>&amp;Encryption…</source>
            <translation>&amp;Versleuteling…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>A&amp;fsluiten</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>O&amp;pnieuw</translation>
        </message>
        <message>
            <source>&amp;Quarterly statement…</source>
            <translation>&amp;Kwartaalverklaring…</translation>
        </message>
        <message>
            <source>&amp;Check statement…</source>
            <translation>Verklaring &amp;controleren…</translation>
        </message>
        <message>
            <source>Audit &amp;log</source>
            <translation>&amp;Logboek</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Handleiding</translation>
        </message>
        <message>
            <source>Open &amp;log file</source>
            <translation>&amp;Logbestand openen</translation>
        </message>
        <message>
            <source>&amp;About OpleiderDesk</source>
            <translation>&amp;Over OpleiderDesk</translation>
        </message>
        <message>
            <source>Opening the data file…</source>
            <translation>Het gegevensbestand wordt geopend…</translation>
        </message>
        <message>
            <source>{path} (read-only)</source>
            <translation>{path} (alleen-lezen)</translation>
        </message>
        <message>
            <source>{title} (read-only)</source>
            <translation>{title} (alleen-lezen)</translation>
        </message>
        <message>
            <source>Not saved yet: {what}. Close anyway and lose it?</source>
            <translation>Nog niet opgeslagen: {what}. Toch sluiten en dit kwijtraken?</translation>
        </message>
        <message>
            <source>Checking the data file…</source>
            <translation>Het gegevensbestand wordt gecontroleerd…</translation>
        </message>
        <message>
            <source>Making a backup of the data file…</source>
            <translation>Er wordt een reservekopie van het gegevensbestand gemaakt…</translation>
        </message>
        <message>
            <source>New data file</source>
            <translation>Nieuw gegevensbestand</translation>
        </message>
        <message>
            <source>That file already exists; open it with File ▸ Open.</source>
            <translation>Dat bestand bestaat al; open het via Bestand ▸ Openen.</translation>
        </message>
        <message>
            <source>Open data file</source>
            <translation>Gegevensbestand openen</translation>
        </message>
        <message>
            <source>Your profile</source>
            <translation>Uw profiel</translation>
        </message>
        <message>
            <source>About OpleiderDesk</source>
            <translation>Over OpleiderDesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;OpleiderDesk {version}&lt;/h3&gt;&lt;p&gt;For GP trainers and practice supervisors: trainees, meetings, hours and signable quarterly statements, kept on this computer only.&lt;/p&gt;&lt;p&gt;Data file: &lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;OpleiderDesk {version}&lt;/h3&gt;&lt;p&gt;Voor huisartsopleiders en praktijkbegeleiders: aios, gesprekken, uren en te ondertekenen kwartaalverklaringen, alleen op deze computer bewaard.&lt;/p&gt;&lt;p&gt;Gegevensbestand: &lt;code&gt;{path}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Licentie: GNU General Public License, versie 3 of later.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Undo {action}</source>
            <translation>&amp;Ongedaan maken: {action}</translation>
        </message>
        <message>
            <source>&amp;Redo {action}</source>
            <translation>O&amp;pnieuw: {action}</translation>
        </message>
        <message>
            <source>This can no longer be undone: later changes depend on it.</source>
            <translation>Dit kan niet meer ongedaan worden gemaakt: latere wijzigingen bouwen erop voort.</translation>
        </message>
        <message>
            <source>Undoing: {action}…</source>
            <translation>Bezig met ongedaan maken: {action}…</translation>
        </message>
        <message>
            <source>Redoing: {action}…</source>
            <translation>Bezig met opnieuw uitvoeren: {action}…</translation>
        </message>
        <message>
            <source>Undone: {action}</source>
            <translation>Ongedaan gemaakt: {action}</translation>
        </message>
        <message>
            <source>Nor&amp;ms…</source>
            <translation>N&amp;ormen…</translation>
        </message>
        <message>
            <source>Redone: {action}</source>
            <translation>Opnieuw uitgevoerd: {action}</translation>
        </message>
        <message>
            <source>&amp;Trainee overview</source>
            <translation>&amp;Aios-overzicht</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Gesprekken</translation>
        </message>
        <message>
            <source>&amp;Meetings</source>
            <translation>&amp;Gesprekken</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>&amp;Hours</source>
            <translation>&amp;Uren</translation>
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
            <translation>Aios-overzicht</translation>
        </message>
    </context>
    <context>
        <name>MeetingCalendar</name>
        <message>
            <source>{type} with {aios}</source>
            <translation>{type} met {aios}</translation>
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
            <translation>Datum</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Soort gesprek</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
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
            <translation>Voorbereiding</translation>
        </message>
        <message>
            <source>Course of the meeting</source>
            <translation>Verloop van het gesprek</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Afspraken</translation>
        </message>
        <message>
            <source>Learning goals (IOP) set or evaluated</source>
            <translation>Leerdoelen (IOP) opgesteld of geëvalueerd</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Oordeel</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Handtekeningen</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Gebied</translation>
        </message>
        <message>
            <source>Learning goal</source>
            <translation>Leerdoel</translation>
        </message>
        <message>
            <source>Activities / how tested</source>
            <translation>Activiteiten / toetsing</translation>
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
            <translation>Geen.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Pagina {page} van {total}</translation>
        </message>
        <message>
            <source>Verification code {code}</source>
            <translation>Verificatiecode {code}</translation>
        </message>
        <message>
            <source>draft, not signed</source>
            <translation>concept, niet ondertekend</translation>
        </message>
        <message>
            <source>Meeting report</source>
            <translation>Gespreksverslag</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nee</translation>
        </message>
        <message>
            <source>{text} (agreement from an earlier meeting · {owner})</source>
            <translation>{text} (afspraak uit een eerder gesprek · {owner})</translation>
        </message>
        <message>
            <source>{text} (agreement from an earlier meeting · {owner} · due {due})</source>
            <translation>{text} (afspraak uit een eerder gesprek · {owner} · uiterlijk {due})</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Opleider</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Praktijk</translation>
        </message>
        <message>
            <source>Regulation</source>
            <translation>Regeling</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Gesprek</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Locatie</translation>
        </message>
        <message>
            <source>Signed on</source>
            <translation>Ondertekend op</translation>
        </message>
    </context>
    <context>
        <name>MeetingWindow</name>
        <message>
            <source>Meeting &amp;held…</source>
            <translation>Gesprek &amp;gehouden…</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>&amp;Agenda</translation>
        </message>
        <message>
            <source>&amp;Guided form</source>
            <translation>Gespreks&amp;leidraad</translation>
        </message>
        <message>
            <source>&amp;IOP</source>
            <translation>&amp;IOP</translation>
        </message>
        <message>
            <source>&amp;Report</source>
            <translation>Ver&amp;slag</translation>
        </message>
        <message>
            <source>Agreements made in this meeting</source>
            <translation>Afspraken uit dit gesprek</translation>
        </message>
        <message>
            <source>Open agreements from earlier meetings</source>
            <translation>Openstaande afspraken uit eerdere gesprekken</translation>
        </message>
        <message>
            <source>Competency areas covered by learning goals over the training</source>
            <translation>Competentiegebieden met leerdoelen, over de hele opleiding</translation>
        </message>
        <message>
            <source>Learning goals of {aios}</source>
            <translation>Leerdoelen van {aios}</translation>
        </message>
        <message>
            <source>Report as &amp;PDF…</source>
            <translation>Verslag als &amp;pdf…</translation>
        </message>
        <message>
            <source>Mark as &amp;signed…</source>
            <translation>Markeren als &amp;ondertekend…</translation>
        </message>
        <message>
            <source>Sign &amp;digitally…</source>
            <translation>Digitaal o&amp;ndertekenen…</translation>
        </message>
        <message>
            <source>Sign your own field of the report PDF with your certificate</source>
            <translation>Uw eigen veld in de verslag-pdf ondertekenen met uw certificaat</translation>
        </message>
        <message>
            <source>&amp;Copy for the e-portfolio</source>
            <translation>&amp;Kopiëren voor het e-portfolio</translation>
        </message>
        <message>
            <source>The report as plain text, one section per step, to paste into the e-portfolio</source>
            <translation>Het verslag als platte tekst, één deel per stap, om in het e-portfolio te plakken</translation>
        </message>
        <message>
            <source>Save as &amp;text…</source>
            <translation>Opslaan als &amp;tekst…</translation>
        </message>
        <message>
            <source>Preview of the report</source>
            <translation>Voorbeeld van het verslag</translation>
        </message>
        <message>
            <source>The report was signed on {day}. Verification code &lt;b&gt;{code}&lt;/b&gt;. The meeting is locked.</source>
            <translation>Het verslag is ondertekend op {day}. Verificatiecode &lt;b&gt;{code}&lt;/b&gt;. Het gesprek is vergrendeld.</translation>
        </message>
        <message>
            <source>Not signed yet. The report is signed by: {signers}. Mark it as signed once it is, which locks the meeting.</source>
            <translation>Nog niet ondertekend. Het verslag wordt ondertekend door: {signers}. Markeer het als ondertekend zodra dat is gebeurd; daarmee wordt het gesprek vergrendeld.</translation>
        </message>
        <message>
            <source>Nobody signs the report of this kind of meeting. Mark it as signed when it is final: that locks the meeting.</source>
            <translation>Bij dit soort gesprek ondertekent niemand het verslag. Markeer het als ondertekend wanneer het definitief is: dan wordt het gesprek vergrendeld.</translation>
        </message>
        <message>
            <source>Verification code if signed as it is now: {code}</source>
            <translation>Verificatiecode als het verslag nu zo wordt ondertekend: {code}</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Opgeslagen</translation>
        </message>
        <message>
            <source>Not added yet: {what}. Close the meeting and lose it?</source>
            <translation>Nog niet toegevoegd: {what}. Het gesprek sluiten en dit kwijtraken?</translation>
        </message>
        <message>
            <source>The report is on the clipboard: paste it into the e-portfolio.</source>
            <translation>Het verslag staat op het klembord: plak het in het e-portfolio.</translation>
        </message>
        <message>
            <source>Save for the e-portfolio</source>
            <translation>Opslaan voor het e-portfolio</translation>
        </message>
        <message>
            <source>Text (*.txt)</source>
            <translation>Tekst (*.txt)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>Pdf (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>Het bestand kon niet worden opgeslagen: {reason}</translation>
        </message>
        <message>
            <source>Agr&amp;eements</source>
            <translation>A&amp;fspraken</translation>
        </message>
        <message>
            <source>Saving {file}…</source>
            <translation>{file} wordt opgeslagen…</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Verslag opslaan</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Save agenda</source>
            <translation>Agenda opslaan</translation>
        </message>
        <message>
            <source>Has the report been signed by {signers}? Afterwards the meeting, its agreements' wording and its learning goals can no longer be changed.</source>
            <translation>Is het verslag ondertekend door {signers}? Daarna kunnen het gesprek, de tekst van de afspraken en de leerdoelen niet meer worden gewijzigd.</translation>
        </message>
        <message>
            <source>Mark the report as final? Afterwards the meeting, its agreements' wording and its learning goals can no longer be changed.</source>
            <translation>Het verslag als definitief markeren? Daarna kunnen het gesprek, de tekst van de afspraken en de leerdoelen niet meer worden gewijzigd.</translation>
        </message>
        <message>
            <source>Not added yet: {what}. It is lost when the meeting locks.</source>
            <translation>Nog niet toegevoegd: {what}. Dit gaat verloren als het gesprek wordt vergrendeld.</translation>
        </message>
        <message>
            <source>Mark as signed</source>
            <translation>Markeren als ondertekend</translation>
        </message>
    </context>
    <context>
        <name>MeetingsTab</name>
        <message>
            <source>&amp;Plan meeting…</source>
            <translation>Gesprek &amp;plannen…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Openen</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>Verwijde&amp;ren…</translation>
        </message>
        <message>
            <source>E&amp;xport calendar (.ics)…</source>
            <translation>Agenda e&amp;xporteren (.ics)…</translation>
        </message>
        <message>
            <source>Invi&amp;tation (.ics)…</source>
            <translation>&amp;Uitnodiging (.ics)…</translation>
        </message>
        <message>
            <source>Plan meeting</source>
            <translation>Gesprek plannen</translation>
        </message>
        <message>
            <source>The selected planned meeting as an invitation for the trainee, to attach to an e-mail</source>
            <translation>Het gekozen geplande gesprek als uitnodiging voor de aios, om bij een e-mail te voegen</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Gesprekken</translation>
        </message>
        <message>
            <source>Tra&amp;inee:</source>
            <translation>A&amp;ios:</translation>
        </message>
        <message>
            <source>No meetings yet. Plan one with &lt;b&gt;Plan meeting…&lt;/b&gt; (Alt+P): the meeting opens with its agenda, to prepare it with the trainee.</source>
            <translation>Nog geen gesprekken. Plan er een met &lt;b&gt;Gesprek plannen…&lt;/b&gt; (Alt+P): het gesprek opent met zijn agenda, om het met de aios voor te bereiden.</translation>
        </message>
        <message>
            <source>All trainees</source>
            <translation>Alle aios</translation>
        </message>
        <message>
            <source>Add a trainee first.</source>
            <translation>Voeg eerst een aios toe.</translation>
        </message>
        <message>
            <source>Meeting planned.</source>
            <translation>Gesprek gepland.</translation>
        </message>
        <message>
            <source>Open meeting</source>
            <translation>Gesprek openen</translation>
        </message>
        <message>
            <source>Delete meeting</source>
            <translation>Gesprek verwijderen</translation>
        </message>
        <message>
            <source>Delete the {type} of {date} with everything typed in it? Its agreements and learning goals stay.</source>
            <translation>Het {type} van {date} verwijderen, met alles wat erin is getypt? De afspraken en leerdoelen blijven bewaard.</translation>
        </message>
        <message>
            <source>Export planned meetings</source>
            <translation>Geplande gesprekken exporteren</translation>
        </message>
        <message>
            <source>Planned meetings</source>
            <translation>Geplande gesprekken</translation>
        </message>
        <message>
            <source>Calendar (*.ics)</source>
            <translation>Agenda (*.ics)</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>Het bestand kon niet worden opgeslagen: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>%n planned meeting(s) exported.</source>
            <translation>
                <numerusform>%n gepland gesprek geëxporteerd.</numerusform>
                <numerusform>%n geplande gesprekken geëxporteerd.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save invitation</source>
            <translation>Uitnodiging opslaan</translation>
        </message>
        <message>
            <source>Invitation saved. Attach it to an e-mail to the trainee; OpleiderDesk sends nothing.</source>
            <translation>Uitnodiging opgeslagen. Voeg haar bij een e-mail aan de aios; OpleiderDesk verstuurt niets.</translation>
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
            <translation> maanden</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dagen</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> weken</translation>
        </message>
        <message>
            <source>Supervision and hours</source>
            <translation>Begeleiding en uren</translation>
        </message>
        <message>
            <source>per trainee</source>
            <translation>per aios</translation>
        </message>
        <message>
            <source>per trainer</source>
            <translation>per opleider</translation>
        </message>
        <message>
            <source>per week</source>
            <translation>per week</translation>
        </message>
        <message>
            <source>per quarter</source>
            <translation>per kwartaal</translation>
        </message>
        <message>
            <source>per year</source>
            <translation>per jaar</translation>
        </message>
        <message>
            <source>per training year</source>
            <translation>per opleidingsjaar</translation>
        </message>
        <message>
            <source>per practice year (HLWP)</source>
            <translation>per praktijkjaar (HLWP)</translation>
        </message>
        <message>
            <source>per placement</source>
            <translation>per opleidingsonderdeel</translation>
        </message>
        <message>
            <source>over the whole training</source>
            <translation>over de hele opleiding</translation>
        </message>
        <message>
            <source>per session</source>
            <translation>per bijeenkomst</translation>
        </message>
        <message>
            <source>per day</source>
            <translation>per dag</translation>
        </message>
        <message>
            <source>OpleiderDesk's own setting (no document gives this value)</source>
            <translation>instelling van OpleiderDesk (geen document geeft deze waarde)</translation>
        </message>
        <message>
            <source>Proposal: {source}</source>
            <translation>Voorstel: {source}</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <source>Back to the value of the regulation</source>
            <translation>Terug naar de waarde van de regeling</translation>
        </message>
        <message>
            <source>Not a rule of this regulation: nothing is measured.</source>
            <translation>Geen regel van deze regeling: er wordt niets aan gemeten.</translation>
        </message>
        <message>
            <source>adjusted · regulation: {value}</source>
            <translation>aangepast · regeling: {value}</translation>
        </message>
        <message>
            <source>Norms and regulation</source>
            <translation>Normen en regeling</translation>
        </message>
        <message>
            <source>&amp;Regulation</source>
            <translation>&amp;Regeling</translation>
        </message>
        <message>
            <source>Reset &amp;all</source>
            <translation>&amp;Alles herstellen</translation>
        </message>
        <message>
            <source>Discard the changes you made to the norms?</source>
            <translation>De wijzigingen aan de normen weggooien?</translation>
        </message>
        <message numerus="yes">
            <source>%n adjusted</source>
            <translation>
                <numerusform>%n aangepast</numerusform>
                <numerusform>%n aangepast</numerusform>
            </translation>
        </message>
        <message>
            <source>Meetings and assessments</source>
            <translation>Gesprekken en beoordelingen</translation>
        </message>
        <message>
            <source>The trainer's own obligations</source>
            <translation>De eigen verplichtingen van de opleider</translation>
        </message>
    </context>
    <context>
        <name>ObligationsPage</name>
        <message>
            <source>Training year {start} – {end}</source>
            <translation>Opleidingsjaar {start} – {end}</translation>
        </message>
        <message>
            <source>&amp;LEOh received…</source>
            <translation>&amp;LEOh ontvangen…</translation>
        </message>
        <message>
            <source>&amp;Profiel Leerwerkplan updated…</source>
            <translation>&amp;Profiel Leerwerkplan bijgewerkt…</translation>
        </message>
        <message>
            <source>&amp;Shifts done…</source>
            <translation>Di&amp;ensten gedaan…</translation>
        </message>
        <message>
            <source>&amp;Task laid down…</source>
            <translation>Opleiders&amp;taak neergelegd…</translation>
        </message>
        <message>
            <source>&amp;Hours in the specialty…</source>
            <translation>&amp;Uren in het specialisme…</translation>
        </message>
        <message>
            <source>Institution &amp;informed</source>
            <translation>Opleidingsinrichting &amp;ingelicht</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>Verw&amp;ijderen</translation>
        </message>
        <message>
            <source>&amp;Year</source>
            <translation>&amp;Jaar</translation>
        </message>
        <message>
            <source>&lt;b&gt;Recorded in this year&lt;/b&gt;</source>
            <translation>&lt;b&gt;Vastgelegd in dit jaar&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Removed. Undo with Ctrl+Z.</source>
            <translation>Verwijderd. Ongedaan maken met Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>OpenItems</name>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Regel</translation>
        </message>
    </context>
    <context>
        <name>OpenItemsView</name>
        <message>
            <source>What is open</source>
            <translation>Wat staat er open</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <source>fill in the example data</source>
            <translation>voorbeeldgegevens invullen</translation>
        </message>
        <message>
            <source>add trainee</source>
            <translation>aios toevoegen</translation>
        </message>
        <message>
            <source>edit trainee</source>
            <translation>aios bewerken</translation>
        </message>
        <message>
            <source>change trainee status</source>
            <translation>status aios wijzigen</translation>
        </message>
        <message>
            <source>delete trainee</source>
            <translation>aios verwijderen</translation>
        </message>
        <message>
            <source>edit profile</source>
            <translation>profiel bewerken</translation>
        </message>
        <message>
            <source>mark statement as signed</source>
            <translation>verklaring markeren als ondertekend</translation>
        </message>
        <message>
            <source>sign statement digitally</source>
            <translation>kwartaalverklaring digitaal ondertekenen</translation>
        </message>
        <message>
            <source>unlock quarter</source>
            <translation>kwartaal ontgrendelen</translation>
        </message>
        <message>
            <source>change norms</source>
            <translation>normen wijzigen</translation>
        </message>
        <message>
            <source>edit portfolio item</source>
            <translation>portfolio-onderdeel bewerken</translation>
        </message>
        <message>
            <source>add portfolio item</source>
            <translation>portfolio-onderdeel toevoegen</translation>
        </message>
        <message>
            <source>delete portfolio item</source>
            <translation>portfolio-onderdeel verwijderen</translation>
        </message>
        <message>
            <source>attach file</source>
            <translation>bestand toevoegen</translation>
        </message>
        <message>
            <source>remove attached file</source>
            <translation>bijgevoegd bestand verwijderen</translation>
        </message>
        <message>
            <source>portfolio review finding</source>
            <translation>bevinding portfoliobeoordeling</translation>
        </message>
        <message>
            <source>start a new portfolio review</source>
            <translation>nieuwe portfoliobeoordeling beginnen</translation>
        </message>
        <message>
            <source>tick obligation</source>
            <translation>verplichting afvinken</translation>
        </message>
        <message>
            <source>record LEOh, profile update or shifts</source>
            <translation>LEOh, profielupdate of diensten vastleggen</translation>
        </message>
        <message>
            <source>remove recorded event</source>
            <translation>vastgelegde gebeurtenis verwijderen</translation>
        </message>
        <message>
            <source>mark the institution informed</source>
            <translation>opleidingsinrichting ingelicht markeren</translation>
        </message>
        <message>
            <source>log hours</source>
            <translation>uren registreren</translation>
        </message>
        <message>
            <source>edit hours</source>
            <translation>uren bewerken</translation>
        </message>
        <message>
            <source>delete hours</source>
            <translation>uren verwijderen</translation>
        </message>
        <message>
            <source>copy last week</source>
            <translation>vorige week kopiëren</translation>
        </message>
        <message>
            <source>log the routine</source>
            <translation>vaste uren vastleggen</translation>
        </message>
        <message>
            <source>import hours</source>
            <translation>uren inlezen</translation>
        </message>
        <message>
            <source>add routine entry</source>
            <translation>vaste uren toevoegen</translation>
        </message>
        <message>
            <source>edit routine entry</source>
            <translation>vaste uren bewerken</translation>
        </message>
        <message>
            <source>delete routine entry</source>
            <translation>vaste uren verwijderen</translation>
        </message>
        <message>
            <source>add category</source>
            <translation>categorie toevoegen</translation>
        </message>
        <message>
            <source>rename category</source>
            <translation>categorie hernoemen</translation>
        </message>
        <message>
            <source>change category in use</source>
            <translation>categorie in/uit gebruik nemen</translation>
        </message>
        <message>
            <source>restore backup</source>
            <translation>reservekopie terugzetten</translation>
        </message>
        <message>
            <source>erase trainee (GDPR)</source>
            <translation>aios wissen (AVG)</translation>
        </message>
        <message>
            <source>plan meeting</source>
            <translation>gesprek plannen</translation>
        </message>
        <message>
            <source>edit meeting</source>
            <translation>gesprek wijzigen</translation>
        </message>
        <message>
            <source>hold meeting</source>
            <translation>gesprek gehouden</translation>
        </message>
        <message>
            <source>log meeting as hours</source>
            <translation>gesprek als uren boeken</translation>
        </message>
        <message>
            <source>save meeting notes</source>
            <translation>gespreksaantekeningen opslaan</translation>
        </message>
        <message>
            <source>mark report as signed</source>
            <translation>verslag markeren als ondertekend</translation>
        </message>
        <message>
            <source>sign report digitally</source>
            <translation>verslag digitaal ondertekenen</translation>
        </message>
        <message>
            <source>delete meeting</source>
            <translation>gesprek verwijderen</translation>
        </message>
        <message>
            <source>add agreement</source>
            <translation>afspraak toevoegen</translation>
        </message>
        <message>
            <source>edit agreement</source>
            <translation>afspraak wijzigen</translation>
        </message>
        <message>
            <source>change agreement status</source>
            <translation>status van afspraak wijzigen</translation>
        </message>
        <message>
            <source>delete agreement</source>
            <translation>afspraak verwijderen</translation>
        </message>
        <message>
            <source>add learning goal</source>
            <translation>leerdoel toevoegen</translation>
        </message>
        <message>
            <source>edit learning goal</source>
            <translation>leerdoel wijzigen</translation>
        </message>
        <message>
            <source>delete learning goal</source>
            <translation>leerdoel verwijderen</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>The data file {name} is encrypted. Passphrase:</source>
            <translation>Het gegevensbestand {name} is versleuteld. Wachtwoordzin:</translation>
        </message>
        <message>
            <source>That passphrase does not open the file. Try again.</source>
            <translation>Die wachtwoordzin opent het bestand niet. Probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Encrypted data file</source>
            <translation>Versleuteld gegevensbestand</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Preview</source>
            <translation>Voorbeeld</translation>
        </message>
    </context>
    <context>
        <name>PlanMeetingDialog</name>
        <message>
            <source>Plan meeting</source>
            <translation>Gesprek plannen</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Tr&amp;ainee</source>
            <translation>&amp;Aios</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Soort gesprek</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <source>T&amp;ime</source>
            <translation>T&amp;ijd</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;uur</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Locatie</translation>
        </message>
        <message>
            <source>&amp;Plan</source>
            <translation>&amp;Plannen</translation>
        </message>
        <message>
            <source>This time overlaps {kind} with {aios} on {day} at {time}.</source>
            <translation>Dit tijdstip valt samen met {kind} met {aios} op {day} om {time}.</translation>
        </message>
        <message>
            <source>Discard the meeting you were planning?</source>
            <translation>Het gesprek dat u aan het plannen was weggooien?</translation>
        </message>
        <message>
            <source>Plan it at this time anyway?</source>
            <translation>Toch op dit tijdstip plannen?</translation>
        </message>
    </context>
    <context>
        <name>Portfolio</name>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>Niet bevestigd</translation>
        </message>
        <message>
            <source>Obligation</source>
            <translation>Verplichting</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Actual against required</source>
            <translation>Gerealiseerd tegenover vereist</translation>
        </message>
        <message>
            <source>Tick when done</source>
            <translation>Vink aan als het gedaan is</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Institution</source>
            <translation>Opleidingsinrichting</translation>
        </message>
        <message>
            <source>informed</source>
            <translation>ingelicht</translation>
        </message>
        <message>
            <source>not informed yet</source>
            <translation>nog niet ingelicht</translation>
        </message>
        <message>
            <source>Not due yet (first on {day})</source>
            <translation>Nog niet aan de orde (eerste op {day})</translation>
        </message>
        <message>
            <source>Not due yet</source>
            <translation>Nog niet aan de orde</translation>
        </message>
        <message>
            <source>The training has not started yet</source>
            <translation>De opleiding is nog niet begonnen</translation>
        </message>
        <message>
            <source>No open learning goals</source>
            <translation>Geen open leerdoelen</translation>
        </message>
        <message>
            <source>Not updated since the progress meeting of {day}</source>
            <translation>Niet bijgewerkt sinds het voortgangsgesprek van {day}</translation>
        </message>
        <message numerus="yes">
            <source>%n open learning goal(s)</source>
            <translation>
                <numerusform>%n open leerdoel</numerusform>
                <numerusform>%n open leerdoelen</numerusform>
            </translation>
        </message>
        <message>
            <source>{have} held, {expected} expected by now, {target} this year</source>
            <translation>{have} gehouden, {expected} verwacht tot nu, {target} dit jaar</translation>
        </message>
        <message numerus="yes">
            <source>%n different observer(s)</source>
            <translation>
                <numerusform>%n observant</numerusform>
                <numerusform>%n verschillende observanten</numerusform>
            </translation>
        </message>
        <message>
            <source>{covered} of {total} competency areas in the learning goals</source>
            <translation>{covered} van {total} competentiegebieden in de leerdoelen</translation>
        </message>
        <message>
            <source>None held yet</source>
            <translation>Nog geen gehouden</translation>
        </message>
        <message>
            <source>{held} held, {signed} signed</source>
            <translation>{held} gehouden, {signed} ondertekend</translation>
        </message>
        <message>
            <source>Enter the date of the 360° feedback</source>
            <translation>Vul de datum van de 360-gradenfeedback in</translation>
        </message>
        <message>
            <source>Dated {day}, before the meeting of {last}</source>
            <translation>Van {day}, vóór het gesprek van {last}</translation>
        </message>
        <message>
            <source>Dated {day}</source>
            <translation>Van {day}</translation>
        </message>
        <message>
            <source>next meeting {day}</source>
            <translation>volgend gesprek {day}</translation>
        </message>
        <message>
            <source>Not looked at yet</source>
            <translation>Nog niet bekeken</translation>
        </message>
        <message>
            <source>In order</source>
            <translation>In orde</translation>
        </message>
        <message>
            <source>Point of attention</source>
            <translation>Aandachtspunt</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Voldaan</translation>
        </message>
        <message>
            <source>Not met (yet)</source>
            <translation>(Nog) niet voldaan</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Onbekend</translation>
        </message>
        <message>
            <source>LEOh received</source>
            <translation>LEOh ontvangen</translation>
        </message>
        <message>
            <source>Profiel Leerwerkplan updated</source>
            <translation>Profiel Leerwerkplan bijgewerkt</translation>
        </message>
        <message>
            <source>Out-of-hours shifts</source>
            <translation>Diensten</translation>
        </message>
        <message>
            <source>Task laid down</source>
            <translation>Opleiderstaak neergelegd</translation>
        </message>
        <message>
            <source>Hours a week in the specialty</source>
            <translation>Uren per week in het specialisme</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>No trainee in training in this year</source>
            <translation>Geen aios in opleiding in dit jaar</translation>
        </message>
        <message>
            <source>{actual} of {required} trainees with {each} talks</source>
            <translation>{actual} van {required} aios met {each} gesprekken</translation>
        </message>
        <message>
            <source>{actual} of {weeks} trainee-weeks at the norm, {count} trainees counted apart (needed: {required})</source>
            <translation>{actual} van {weeks} aiosweken op de norm, {count} aios elk apart geteld (nodig: {required})</translation>
        </message>
        <message>
            <source>A trainee is in training</source>
            <translation>Er is een aios in opleiding</translation>
        </message>
        <message>
            <source>Last trainee until {day}; lapses on {lapses}</source>
            <translation>Laatste aios tot {day}; vervalt op {lapses}</translation>
        </message>
        <message>
            <source>Enter the practice size in the profile</source>
            <translation>Vul de praktijkomvang in bij het profiel</translation>
        </message>
        <message>
            <source>{status} (by hand)</source>
            <translation>{status} (handmatig)</translation>
        </message>
        <message>
            <source>Marked as {status} by hand; according to the data it is missing: {detail}.</source>
            <translation>Handmatig als {status} gemarkeerd; volgens de gegevens ontbreekt het: {detail}.</translation>
        </message>
        <message>
            <source>or set the status back to Missing</source>
            <translation>of zet de status terug op Ontbreekt</translation>
        </message>
        <message>
            <source>record each KPB held as a meeting of kind KPB in the Meetings tab</source>
            <translation>leg elke gehouden KPB vast als gesprek van het soort KPB op het tabblad Gesprekken</translation>
        </message>
        <message>
            <source>add or update a learning goal in the IOP since the last progress meeting</source>
            <translation>voeg na het laatste voortgangsgesprek een leerdoel aan het IOP toe of werk er een bij</translation>
        </message>
        <message>
            <source>add learning goals for {areas}</source>
            <translation>voeg leerdoelen toe voor {areas}</translation>
        </message>
        <message>
            <source>enter the date of the 360° feedback under Date (after the last meeting)</source>
            <translation>vul onder Datum de datum van de 360-gradenfeedback in (na het laatste gesprek)</translation>
        </message>
        <message>
            <source>record the meeting and its report in the Meetings tab</source>
            <translation>leg het gesprek en het verslag vast op het tabblad Gesprekken</translation>
        </message>
        <message>
            <source>To resolve: {what}, {back}.</source>
            <translation>Oplossen: {what}, {back}.</translation>
        </message>
        <message>
            <source>No quarter has ended yet</source>
            <translation>Er is nog geen kwartaal afgelopen</translation>
        </message>
        <message>
            <source>Not a rule of the regulation</source>
            <translation>Geen regel van de regeling</translation>
        </message>
        <message>
            <source>{actual} of {required} days</source>
            <translation>{actual} van {required} dagen</translation>
        </message>
        <message>
            <source>{actual} of {required}</source>
            <translation>{actual} van {required}</translation>
        </message>
        <message>
            <source>{actual} of {weeks} weeks at the norm (needed: {required})</source>
            <translation>{actual} van {weeks} weken op de norm (nodig: {required})</translation>
        </message>
        <message>
            <source>{actual} patients per FTE (norm {low}–{high})</source>
            <translation>{actual} patiënten per fte (norm {low}–{high})</translation>
        </message>
        <message>
            <source>{actual} of {required} quarterly statements signed</source>
            <translation>{actual} van {required} kwartaalverklaringen ondertekend</translation>
        </message>
        <message>
            <source>No update recorded</source>
            <translation>Geen bijwerking vastgelegd</translation>
        </message>
        <message>
            <source>Updated on {day} (at most {months} months ago)</source>
            <translation>Bijgewerkt op {day} (hooguit {months} maanden geleden)</translation>
        </message>
    </context>
    <context>
        <name>PortfolioModel</name>
        <message>
            <source>Item</source>
            <translation>Onderdeel</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>From the data</source>
            <translation>Volgens de gegevens</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Toegevoegd</translation>
        </message>
    </context>
    <context>
        <name>PortfolioTab</name>
        <message>
            <source>Tr&amp;ainee</source>
            <extracomment>The checklist item that shows a meeting kind's reports.</extracomment>
            <translation>&amp;Aios</translation>
        </message>
        <message>
            <source>&amp;Norms…</source>
            <translation>No&amp;rmen…</translation>
        </message>
        <message>
            <source>&amp;Checklist</source>
            <translation>&amp;Checklist</translation>
        </message>
        <message>
            <source>Portfolio revie&amp;w</source>
            <translation>Portfoliobeoordelin&amp;g</translation>
        </message>
        <message>
            <source>&amp;My obligations</source>
            <translation>&amp;Mijn verplichtingen</translation>
        </message>
        <message>
            <source>Your own checklist {file} cannot be used ({error}); the built-in checklist is shown.</source>
            <translation>Uw eigen checklist {file} kan niet gebruikt worden ({error}); de ingebouwde checklist wordt getoond.</translation>
        </message>
    </context>
    <context>
        <name>Problem</name>
        <message>
            <source>Invalid input ({code}).</source>
            <translation>Ongeldige invoer ({code}).</translation>
        </message>
        <message>
            <source>This text is too long (at most {max} characters).</source>
            <translation>Deze tekst is te lang (hoogstens {max} tekens).</translation>
        </message>
        <message>
            <source>The expected end date must be after the start date.</source>
            <translation>De verwachte einddatum moet na de startdatum liggen.</translation>
        </message>
        <message>
            <source>The part-time percentage must be between {min} and {max} %.</source>
            <translation>Het deeltijdpercentage moet tussen {min} en {max} % liggen.</translation>
        </message>
        <message>
            <source>The training year is 1, 2 or 3.</source>
            <translation>Het opleidingsjaar is 1, 2 of 3.</translation>
        </message>
        <message>
            <source>This trainee no longer exists; it may have been deleted meanwhile.</source>
            <translation>Deze aios bestaat niet meer; misschien is hij intussen verwijderd.</translation>
        </message>
        <message>
            <source>As a practice supervisor, enter the name of the trainer who co-signs.</source>
            <translation>Vul als praktijkbegeleider de naam in van de opleider die meetekent.</translation>
        </message>
        <message>
            <source>Enter the GP capacity as a percentage of one FTE, e.g. 180 for 1.8 FTE.</source>
            <translation>Vul de huisartsformatie in als percentage van één fte, bijv. 180 voor 1,8 fte.</translation>
        </message>
        <message>
            <source>The number cannot be negative.</source>
            <translation>Het getal kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>Dit veld is verplicht.</translation>
        </message>
        <message>
            <source>Not a valid date. Type it as dd-mm-yyyy, for example 12-03-2026.</source>
            <translation>Geen geldige datum. Typ hem als dd-mm-jjjj, bijvoorbeeld 12-03-2026.</translation>
        </message>
        <message>
            <source>That day does not exist: month {month} of {year} has {days} days.</source>
            <translation>Die dag bestaat niet: maand {month} van {year} heeft {days} dagen.</translation>
        </message>
        <message>
            <source>The date must lie between {min} and {max}.</source>
            <translation>De datum moet tussen {min} en {max} liggen.</translation>
        </message>
        <message>
            <source>This text holds a character that cannot be stored; retype it.</source>
            <translation>Deze tekst bevat een teken dat niet kan worden opgeslagen; typ hem opnieuw.</translation>
        </message>
        <message>
            <source>This must be a whole number.</source>
            <translation>Dit moet een geheel getal zijn.</translation>
        </message>
        <message>
            <source>The file has no date column (for example “Datum”).</source>
            <translation>Het bestand heeft geen kolom met de datum (bijvoorbeeld „Datum”).</translation>
        </message>
        <message>
            <source>The file has no category column (for example “Categorie”).</source>
            <translation>Het bestand heeft geen kolom met de categorie (bijvoorbeeld „Categorie”).</translation>
        </message>
        <message>
            <source>The file has no column with the time spent (for example “Duur”, “Uren” or “Minuten”).</source>
            <translation>Het bestand heeft geen kolom met de bestede tijd (bijvoorbeeld „Duur”, „Uren” of „Minuten”).</translation>
        </message>
        <message>
            <source>Not a duration. Type for example 1:30, 1,5 or 90m.</source>
            <translation>Geen geldige duur. Typ bijvoorbeeld 1:30, 1,5 of 90m.</translation>
        </message>
        <message>
            <source>The duration must be more than zero.</source>
            <translation>De duur moet meer dan nul zijn.</translation>
        </message>
        <message>
            <source>The duration cannot be negative.</source>
            <translation>De duur kan niet negatief zijn.</translation>
        </message>
        <message>
            <source>At most {max_hours} hours per entry.</source>
            <translation>Maximaal {max_hours} uur per registratie.</translation>
        </message>
        <message>
            <source>{value} hours is more than a day. A number without a unit counts as hours; for minutes type {value}m.</source>
            <translation>{value} uur is meer dan een dag. Een getal zonder eenheid telt als uren; typ {value}m voor minuten.</translation>
        </message>
        <message>
            <source>That is not a whole number of minutes. Type for example 1:20 instead of 1,33.</source>
            <translation>Dat is geen heel aantal minuten. Typ bijvoorbeeld 1:20 in plaats van 1,33.</translation>
        </message>
        <message>
            <source>“{text}” could mean hours and minutes or decimal hours. Type 1:30 or 1,5 for an hour and a half.</source>
            <translation>„{text}” kan uren en minuten of decimale uren betekenen. Typ 1:30 of 1,5 voor anderhalf uur.</translation>
        </message>
        <message>
            <source>Not a quarter. Type it as 2026-Q3 or Q3 2026.</source>
            <translation>Geen geldig kwartaal. Typ het als 2026-K3 of K3 2026.</translation>
        </message>
        <message>
            <source>The file holds no hours.</source>
            <translation>Het bestand bevat geen uren.</translation>
        </message>
        <message>
            <source>The file cannot be read as CSV (near line {line}).</source>
            <translation>Het bestand is niet als CSV te lezen (rond regel {line}).</translation>
        </message>
        <message>
            <source>This line has more cells than the header has columns ({columns}). With a comma between columns, decimal numbers must be in quotes: "1,5".</source>
            <translation>Deze regel heeft meer cellen dan de kopregel kolommen heeft ({columns}). Met een komma tussen de kolommen moeten decimale getallen tussen aanhalingstekens staan: "1,5".</translation>
        </message>
        <message>
            <source>A quote (") on this line is never closed, so the lines after it would become part of this one. Remove the quote or close it, and save the file again.</source>
            <translation>Een aanhalingsteken (") op deze regel wordt niet gesloten, waardoor de regels erna bij deze zouden gaan horen. Haal het aanhalingsteken weg of sluit het, en sla het bestand opnieuw op.</translation>
        </message>
        <message>
            <source>The columns with the time spent do not agree on this line. Keep only one of them.</source>
            <translation>De kolommen met de bestede tijd komen op deze regel niet overeen. Houd er één van over.</translation>
        </message>
        <message>
            <source>The minutes column holds “{text}”: give whole minutes, or call the column Uren.</source>
            <translation>De kolom Minuten bevat „{text}”: geef hele minuten, of noem de kolom Uren.</translation>
        </message>
        <message>
            <source>More than 24 hours on {day} in this file ({total}).</source>
            <translation>Meer dan 24 uur op {day} in dit bestand ({total}).</translation>
        </message>
        <message>
            <source>The file changed after it was checked, so nothing was imported. Import it again.</source>
            <translation>Het bestand is veranderd nadat het werd gecontroleerd; er is niets ingelezen. Lees het opnieuw in.</translation>
        </message>
        <message>
            <source>No trainee named “{name}”.</source>
            <translation>Geen aios met de naam „{name}”.</translation>
        </message>
        <message>
            <source>No category named “{name}”. The categories are: {known}.</source>
            <translation>Geen categorie met de naam „{name}”. De categorieën zijn: {known}.</translation>
        </message>
        <message>
            <source>No category named “{name}”.</source>
            <translation>Geen categorie met de naam „{name}”.</translation>
        </message>
        <message>
            <source>That makes {total} on {day}: more than 24 hours in one day.</source>
            <translation>Dat maakt {total} op {day}: meer dan 24 uur op één dag.</translation>
        </message>
        <message>
            <source>This category is no longer in use; choose another one or reactivate it.</source>
            <translation>Deze categorie is niet meer in gebruik; kies een andere of neem haar weer in gebruik.</translation>
        </message>
        <message>
            <source>This category no longer exists.</source>
            <translation>Deze categorie bestaat niet meer.</translation>
        </message>
        <message>
            <source>This entry no longer exists; it may have been deleted meanwhile.</source>
            <translation>Deze registratie bestaat niet meer; misschien is ze intussen verwijderd.</translation>
        </message>
        <message>
            <source>There is already a category named “{name}”.</source>
            <translation>Er is al een categorie met de naam „{name}”.</translation>
        </message>
        <message>
            <source>Choose a day of the week.</source>
            <translation>Kies een dag van de week.</translation>
        </message>
        <message>
            <source>Unknown norm setting “{key}”.</source>
            <translation>Onbekende norminstelling „{key}”.</translation>
        </message>
        <message>
            <source>Must be at least {minimum}.</source>
            <translation>Moet minstens {minimum} zijn.</translation>
        </message>
        <message>
            <source>Must be at most {maximum}.</source>
            <translation>Mag hoogstens {maximum} zijn.</translation>
        </message>
        <message>
            <source>The maximum cannot be below the minimum ({low}).</source>
            <translation>Het maximum kan niet lager zijn dan het minimum ({low}).</translation>
        </message>
        <message>
            <source>The statement for {quarter} was signed on {signed_on}; its hours are locked. Unlock the quarter first if a correction is really needed.</source>
            <translation>De verklaring over {quarter} is op {signed_on} ondertekend; de uren ervan liggen vast. Ontgrendel eerst het kwartaal als een correctie echt nodig is.</translation>
        </message>
        <message>
            <source>No trainee named “{name}”. Known trainees: {known}.</source>
            <translation>Geen aios met de naam „{name}”. Bekende aios: {known}.</translation>
        </message>
        <message>
            <source>“{name}” fits more than one trainee: {matches}. Type the full name.</source>
            <translation>„{name}” past bij meer dan één aios: {matches}. Typ de volledige naam.</translation>
        </message>
        <message>
            <source>No trainee was in training in {quarter} and none has hours in it.</source>
            <translation>In {quarter} was geen aios in opleiding en heeft geen aios uren.</translation>
        </message>
        <message>
            <source>A quarterly statement is signed after the quarter: on {end} or later.</source>
            <translation>Een kwartaalverklaring wordt na afloop van het kwartaal ondertekend: op {end} of later.</translation>
        </message>
        <message>
            <source>The date of signing cannot be in the future.</source>
            <translation>De datum van ondertekening kan niet in de toekomst liggen.</translation>
        </message>
        <message>
            <source>The statement for {quarter} was already marked as signed on {signed_on}.</source>
            <translation>De verklaring over {quarter} is al op {signed_on} als ondertekend gemarkeerd.</translation>
        </message>
        <message>
            <source>The statement for {quarter} is not marked as signed, so it is not locked.</source>
            <translation>De verklaring over {quarter} is niet als ondertekend gemarkeerd en dus niet vergrendeld.</translation>
        </message>
        <message>
            <source>This portfolio item no longer exists; it may have been deleted meanwhile.</source>
            <translation>Dit portfolio-onderdeel bestaat niet meer; het is misschien intussen verwijderd.</translation>
        </message>
        <message>
            <source>Items from the checklist template cannot be renamed or deleted; set them to “missing” instead.</source>
            <translation>Onderdelen uit de checklist kunnen niet hernoemd of verwijderd worden; zet ze in plaats daarvan op ‘ontbreekt’.</translation>
        </message>
        <message>
            <source>{name} is larger than {max_mb} MB; keep it in the institute's portfolio instead.</source>
            <translation>{name} is groter dan {max_mb} MB; bewaar het liever in het portfolio van het instituut.</translation>
        </message>
        <message>
            <source>{name} cannot be read: {reason}</source>
            <translation>{name} kan niet gelezen worden: {reason}</translation>
        </message>
        <message>
            <source>Enter at least 1.</source>
            <translation>Vul minstens 1 in.</translation>
        </message>
        <message>
            <source>This date is in the future.</source>
            <translation>Deze datum ligt in de toekomst.</translation>
        </message>
        <message>
            <source>A week has at most {maximum} hours.</source>
            <translation>Een week heeft hoogstens {maximum} uur.</translation>
        </message>
        <message>
            <source>This event no longer exists; it may have been removed meanwhile.</source>
            <translation>Deze gebeurtenis bestaat niet meer; misschien is ze intussen verwijderd.</translation>
        </message>
        <message>
            <source>This data file is open read-only because another OpleiderDesk window is using it. Close that window and open the file again to make changes.</source>
            <translation>Dit gegevensbestand is alleen-lezen geopend omdat een ander OpleiderDesk-venster het gebruikt. Sluit dat venster en open het bestand opnieuw om wijzigingen te maken.</translation>
        </message>
        <message>
            <source>The check after opening found this data file damaged, so nothing more is written to it. Restore a backup with File ▸ Restore a backup….</source>
            <translation>De controle na het openen vond dit gegevensbestand beschadigd; er wordt niets meer in geschreven. Zet een reservekopie terug met Bestand ▸ Reservekopie terugzetten….</translation>
        </message>
        <message>
            <source>This is not the current passphrase.</source>
            <translation>Dit is niet de huidige wachtwoordzin.</translation>
        </message>
        <message>
            <source>Use at least {min} characters; a short sentence is easy to remember.</source>
            <translation>Gebruik minstens {min} tekens; een korte zin is makkelijk te onthouden.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
        </message>
        <message>
            <source>By when? A due date makes it checkable.</source>
            <translation>Wanneer? Met een datum is de afspraak te controleren.</translation>
        </message>
        <message>
            <source>Who does it? Without a choice it counts for both trainee and trainer.</source>
            <translation>Wie doet het? Zonder keuze geldt de afspraak voor aios én opleider.</translation>
        </message>
        <message>
            <source>What will show it is done? Name an action others can see, or a number (e.g. “discuss two consultations on video”).</source>
            <translation>Waaraan is te zien dat het gedaan is? Noem een handeling die anderen kunnen zien, of een aantal (bijv. „twee consulten op video nabespreken”).</translation>
        </message>
        <message>
            <source>Rather short to be specific: say what exactly, where and how.</source>
            <translation>Erg kort om specifiek te zijn: zeg wat precies, waar en hoe.</translation>
        </message>
        <message>
            <source>The report of this meeting was signed on {signed_on}; the meeting can no longer be changed.</source>
            <translation>Het verslag van dit gesprek is op {signed_on} ondertekend; het gesprek kan niet meer worden gewijzigd.</translation>
        </message>
        <message>
            <source>Enter how long the meeting took before logging it as hours.</source>
            <translation>Vul eerst in hoe lang het gesprek duurde voordat u het als uren boekt.</translation>
        </message>
        <message>
            <source>The meeting has not been held yet.</source>
            <translation>Het gesprek is nog niet gehouden.</translation>
        </message>
        <message>
            <source>This meeting's time is already in the hour registration.</source>
            <translation>De tijd van dit gesprek staat al in de urenregistratie.</translation>
        </message>
        <message>
            <source>There is no meeting template “{kind}”.</source>
            <translation>Er is geen gespreksformulier „{kind}”.</translation>
        </message>
        <message>
            <source>A meeting lasts between 0 minutes and {max_hours} hours.</source>
            <translation>Een gesprek duurt tussen 0 minuten en {max_hours} uur.</translation>
        </message>
        <message>
            <source>Enter the date of the meeting.</source>
            <translation>Vul de datum van het gesprek in.</translation>
        </message>
        <message>
            <source>This meeting no longer exists; it may have been deleted meanwhile.</source>
            <translation>Dit gesprek bestaat niet meer; het is misschien intussen verwijderd.</translation>
        </message>
        <message>
            <source>The hour category “{category}” is missing from this data file.</source>
            <translation>De urencategorie „{category}” ontbreekt in dit gegevensbestand.</translation>
        </message>
        <message>
            <source>This agreement no longer exists; it may have been deleted meanwhile.</source>
            <translation>Deze afspraak bestaat niet meer; ze is misschien intussen verwijderd.</translation>
        </message>
        <message>
            <source>This learning goal no longer exists; it may have been deleted meanwhile.</source>
            <translation>Dit leerdoel bestaat niet meer; het is misschien intussen verwijderd.</translation>
        </message>
        <message>
            <source>A verification code has {length} letters and digits in groups of four, for example K7Q2-M9XD-4PAB-7RTC-1WE5-HN3F.</source>
            <translation>Een verificatiecode heeft {length} letters en cijfers in groepjes van vier, bijvoorbeeld K7Q2-M9XD-4PAB-7RTC-1WE5-HN3F.</translation>
        </message>
        <message>
            <source>The certificate file cannot be read: {reason}</source>
            <translation>Het certificaatbestand kan niet worden gelezen: {reason}</translation>
        </message>
        <message>
            <source>This certificate could not be opened with this passphrase. Check the passphrase, and that the file is a .p12 or .pfx certificate with its private key.</source>
            <translation>Dit certificaat kon met deze wachtwoordzin niet worden geopend. Controleer de wachtwoordzin, en of het bestand een .p12- of .pfx-certificaat met de privésleutel is.</translation>
        </message>
        <message>
            <source>This PDF has no empty signature field for you: it may have been signed already.</source>
            <translation>Deze pdf heeft geen leeg handtekeningveld voor u: misschien is hij al ondertekend.</translation>
        </message>
        <message>
            <source>This code contains a typing error: its last character does not fit the others. Check each character against the paper.</source>
            <translation>Deze code bevat een typefout: het laatste teken past niet bij de andere. Vergelijk elk teken met het papier.</translation>
        </message>
        <message>
            <source>Placement {row}: the last day cannot be before the first.</source>
            <translation>Onderdeel {row}: de laatste dag kan niet vóór de eerste liggen.</translation>
        </message>
        <message>
            <source>Placement {row}: the part-time percentage must be between {min} and {max} %.</source>
            <translation>Onderdeel {row}: het deeltijdpercentage ligt tussen {min} en {max} %.</translation>
        </message>
        <message>
            <source>Placement {row}: the practice year is 1 or 2.</source>
            <translation>Onderdeel {row}: de HLWP is 1 of 2.</translation>
        </message>
        <message>
            <source>Placement {row} starts before the training does.</source>
            <translation>Onderdeel {row} begint vóór de opleiding.</translation>
        </message>
        <message>
            <source>Placement {row} ends after the expected end of the training.</source>
            <translation>Onderdeel {row} eindigt na de verwachte einddatum van de opleiding.</translation>
        </message>
        <message>
            <source>Placement {row} overlaps another one; a placement starts after the previous one ends.</source>
            <translation>Onderdeel {row} overlapt met een ander; een onderdeel begint na het einde van het vorige.</translation>
        </message>
        <message>
            <source>Interruption {row}: the last day cannot be before the first.</source>
            <translation>Onderbreking {row}: de laatste dag kan niet vóór de eerste liggen.</translation>
        </message>
        <message>
            <source>Interruption {row} starts before the training does.</source>
            <translation>Onderbreking {row} begint vóór de opleiding.</translation>
        </message>
        <message>
            <source>This cannot be opened: it holds a value this version of OpleiderDesk does not know. {row}. It is kept in the data file exactly as it is (a newer version may know the value).</source>
            <translation>Dit kan niet worden geopend: het bevat een waarde die deze versie van OpleiderDesk niet kent. {row}. Het blijft precies zo bewaard in het gegevensbestand (een nieuwere versie kent de waarde misschien).</translation>
        </message>
    </context>
    <context>
        <name>ProfileDialog</name>
        <message>
            <source>Your profile</source>
            <translation>Uw profiel</translation>
        </message>
        <message>
            <source>leave empty when self-employed</source>
            <translation>leeg laten als u zelfstandig bent</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>onbekend</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Uw &amp;naam</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Rol</translation>
        </message>
        <message>
            <source>Re&amp;gulation you train under</source>
            <translation>Re&amp;geling waaronder u opleidt</translation>
        </message>
        <message>
            <source>&amp;Practice</source>
            <translation>&amp;Praktijk</translation>
        </message>
        <message>
            <source>&amp;Employer</source>
            <translation>&amp;Werkgever</translation>
        </message>
        <message>
            <source>&amp;Training institute</source>
            <translation>&amp;Opleidingsinstituut</translation>
        </message>
        <message>
            <source>&amp;Quality officer (gets a copy)</source>
            <translation>&amp;Beleidsverantwoordelijke kwaliteit (krijgt een kopie)</translation>
        </message>
        <message>
            <source>Trainer &amp;who co-signs</source>
            <translation>Opleider die &amp;meetekent</translation>
        </message>
        <message>
            <source>Patients in the practice</source>
            <translation>Patiënten in de praktijk</translation>
        </message>
        <message>
            <source>GP capacity (% of one FTE)</source>
            <translation>Huisartsformatie (% van één fte)</translation>
        </message>
        <message>
            <source>Welcome to OpleiderDesk. Every statement and report you print carries these details; you can change them later under File ▸ Profile.</source>
            <translation>Welkom bij OpleiderDesk. Elke verklaring en elk verslag dat u afdrukt vermeldt deze gegevens; u kunt ze later wijzigen via Bestand ▸ Profiel.</translation>
        </message>
        <message>
            <source>Discard the changes you made to your profile?</source>
            <translation>De wijzigingen aan uw profiel weggooien?</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Zoeken in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Bestands&amp;type:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Bestands&amp;naam:</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>made with an earlier passphrase</source>
            <translation>gemaakt met een eerdere wachtwoordzin</translation>
        </message>
        <message>
            <source>unreadable</source>
            <translation>onleesbaar</translation>
        </message>
        <message>
            <source>made before a restore</source>
            <translation>gemaakt vóór het terugzetten</translation>
        </message>
        <message>
            <source>damaged file, kept as it was</source>
            <translation>beschadigd bestand, bewaard zoals het was</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Gemaakt op</translation>
        </message>
        <message>
            <source>Hour entries</source>
            <translation>Urenregels</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Gesprekken</translation>
        </message>
        <message>
            <source>Last change</source>
            <translation>Laatste wijziging</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Opmerking</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>Replace the data file by the backup of {when}?

The backup holds {aios} trainees, {entries} hour entries and {meetings} meetings; its last change was on {last}.

Everything entered after that is replaced. The current file is first kept as a backup, so you can go back.</source>
            <translation>Het gegevensbestand vervangen door de reservekopie van {when}?

De reservekopie bevat {aios} aios, {entries} urenregels en {meetings} gesprekken; de laatste wijziging was op {last}.

Alles wat daarna is ingevoerd, wordt vervangen. Het huidige bestand wordt eerst als reservekopie bewaard, zodat u terug kunt.</translation>
        </message>
        <message>
            <source>Restore backup</source>
            <translation>Reservekopie terugzetten</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Terugzetten</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Reservekopie terugzetten</translation>
        </message>
        <message>
            <source>Backups of {file} in {folder}:</source>
            <translation>Reservekopieën van {file} in {folder}:</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Reservekopieën</translation>
        </message>
        <message>
            <source>There are no backups of this file yet.</source>
            <translation>Er zijn nog geen reservekopieën van dit bestand.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Terugzetten…</translation>
        </message>
        <message>
            <source>&amp;Other file…</source>
            <translation>&amp;Ander bestand…</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Kies een reservekopie</translation>
        </message>
        <message>
            <source>The file {path} is not an OpleiderDesk backup.</source>
            <translation>Het bestand {path} is geen reservekopie van OpleiderDesk.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>What you found; what to raise in the meeting</source>
            <translation>Wat u vond; wat u in het gesprek wilt bespreken</translation>
        </message>
        <message>
            <source>Finding on question {n}: {question}</source>
            <translation>Bevinding bij vraag {n}: {question}</translation>
        </message>
        <message>
            <source>Note on question {n}</source>
            <translation>Notitie bij vraag {n}</translation>
        </message>
        <message>
            <source>Before each progress meeting, go through the portfolio with these questions (card “Beoordeling aios-portfolio”). Points of attention go on the meeting's agenda.</source>
            <translation>Loop vóór elk voortgangsgesprek het portfolio na met deze vragen (kaart ‘Beoordeling aios-portfolio’). Aandachtspunten komen op de agenda van het gesprek.</translation>
        </message>
        <message>
            <source>Start a &amp;new review</source>
            <translation>&amp;Nieuwe beoordeling beginnen</translation>
        </message>
        <message>
            <source>Clears the findings of the previous review.</source>
            <translation>Wist de bevindingen van de vorige beoordeling.</translation>
        </message>
        <message>
            <source>{done} of {total} questions answered</source>
            <translation>{done} van {total} vragen beantwoord</translation>
        </message>
        <message numerus="yes">
            <source>%n point(s) of attention</source>
            <translation>
                <numerusform>%n aandachtspunt</numerusform>
                <numerusform>%n aandachtspunten</numerusform>
            </translation>
        </message>
        <message>
            <source>last on {day}</source>
            <translation>laatst op {day}</translation>
        </message>
        <message>
            <source>Previous findings cleared. Undo with Ctrl+Z.</source>
            <translation>Vorige bevindingen gewist. Ongedaan maken met Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>RoutineDialog</name>
        <message>
            <source>Routine entries</source>
            <translation>Vaste uren</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duur</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In gebruik</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>1:30, 1,5 or 90m</source>
            <translation>1:30, 1,5 of 90m</translation>
        </message>
        <message>
            <source>Day of the &amp;week</source>
            <translation>Dag van de &amp;week</translation>
        </message>
        <message>
            <source>Tra&amp;inee</source>
            <translation>A&amp;ios</translation>
        </message>
        <message>
            <source>Ca&amp;tegory</source>
            <translation>Ca&amp;tegorie</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;uur</translation>
        </message>
        <message>
            <source>Descri&amp;ption</source>
            <translation>&amp;Omschrijving</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Toevoe&amp;gen</translation>
        </message>
        <message>
            <source>&amp;Save changes</source>
            <translation>Wijzigingen op&amp;slaan</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Verwijderen</translation>
        </message>
        <message>
            <source>Discard the routine entry you typed?</source>
            <translation>De vaste registratie die u hebt getypt weggooien?</translation>
        </message>
    </context>
    <context>
        <name>SaveFile</name>
        <message>
            <source>Saved as {file}.</source>
            <translation>Opgeslagen als {file}.</translation>
        </message>
        <message>
            <source>In the folder {folder}</source>
            <translation>In de map {folder}</translation>
        </message>
        <message>
            <source>&amp;Open file</source>
            <translation>Bestand &amp;openen</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>&amp;Map openen</translation>
        </message>
    </context>
    <context>
        <name>SelfTest</name>
        <message>
            <source>data file</source>
            <extracomment>The day of the self-test's hour entry; its quarter is the statement printed.</extracomment>
            <translation>gegevensbestand</translation>
        </message>
        <message>
            <source>encryption</source>
            <translation>versleuteling</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>pdf</translation>
        </message>
        <message>
            <source>translations</source>
            <translation>vertalingen</translation>
        </message>
        <message>
            <source>templates</source>
            <translation>sjablonen</translation>
        </message>
        <message>
            <source>documents</source>
            <translation>documenten</translation>
        </message>
        <message>
            <source>window</source>
            <translation>venster</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>FAIL</source>
            <translation>FOUT</translation>
        </message>
        <message>
            <source>skip</source>
            <translation>n.v.t.</translation>
        </message>
        <message>
            <source>self-test: {passed} of {ran} checks passed</source>
            <translation>zelftest: {passed} van {ran} controles geslaagd</translation>
        </message>
        <message>
            <source>, {skipped} skipped</source>
            <translation>, {skipped} overgeslagen</translation>
        </message>
        <message>
            <source>read back {names} and {minutes} minutes</source>
            <translation>teruggelezen: {names} en {minutes} minuten</translation>
        </message>
        <message>
            <source>undo left the hour entry in place</source>
            <translation>ongedaan maken liet de urenregel staan</translation>
        </message>
        <message>
            <source>created, migrated, profile + trainee + hour entry written, read back, undone and redone</source>
            <translation>aangemaakt, gemigreerd, profiel + aios + urenregel geschreven, teruggelezen, ongedaan gemaakt en opnieuw gedaan</translation>
        </message>
        <message>
            <source>no trainee with hours in the self-test quarter</source>
            <translation>geen aios met uren in het kwartaal van de zelftest</translation>
        </message>
        <message>
            <source>not a complete PDF</source>
            <translation>geen volledige pdf</translation>
        </message>
        <message>
            <source>quarterly statement, {size} bytes written (pypdf absent: header checked)</source>
            <translation>kwartaalverklaring, {size} bytes geschreven (pypdf ontbreekt: alleen de kop gecontroleerd)</translation>
        </message>
        <message>
            <source>the statement does not show “{text}”</source>
            <translation>de verklaring toont „{text}” niet</translation>
        </message>
        <message>
            <source>quarterly statement, {size} bytes written, its text read back</source>
            <translation>kwartaalverklaring, {size} bytes geschreven, de tekst teruggelezen</translation>
        </message>
        <message>
            <source>{file} not found in {folder}</source>
            <translation>{file} niet gevonden in {folder}</translation>
        </message>
        <message>
            <source>opleider_desk_nl.qm has no Dutch for the File menu</source>
            <translation>opleider_desk_nl.qm heeft geen Nederlands voor het menu Bestand</translation>
        </message>
        <message>
            <source>no meeting templates in {folder}</source>
            <translation>geen gespreksjablonen in {folder}</translation>
        </message>
        <message>
            <source>{templates} meeting templates, {checklists} checklists</source>
            <translation>{templates} gespreksjablonen, {checklists} checklists</translation>
        </message>
        <message>
            <source>{file} is empty</source>
            <translation>{file} is leeg</translation>
        </message>
        <message>
            <source>no application icon found</source>
            <translation>geen programmapictogram gevonden</translation>
        </message>
        <message>
            <source>user guide and {count} icon sizes</source>
            <translation>handleiding en {count} pictogramformaten</translation>
        </message>
        <message>
            <source>no display (DISPLAY and WAYLAND_DISPLAY are not set); run with QT_QPA_PLATFORM=offscreen to build the window without one</source>
            <translation>geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn niet gezet); start met QT_QPA_PLATFORM=offscreen om het venster zonder beeldscherm op te bouwen</translation>
        </message>
        <message>
            <source>no QApplication</source>
            <translation>geen QApplication</translation>
        </message>
        <message>
            <source>the window could not open the test file</source>
            <translation>het venster kon het testbestand niet openen</translation>
        </message>
        <message>
            <source>tab {tab} was not built</source>
            <translation>tabblad {tab} is niet opgebouwd</translation>
        </message>
        <message>
            <source>the trainee overview shows {rows} rows, expected 1</source>
            <translation>het aiosoverzicht toont {rows} rijen, verwacht 1</translation>
        </message>
        <message numerus="yes">
            <source>%n tab(s) built on platform {platform}</source>
            <translation>
                <numerusform>%n tabblad opgebouwd op platform {platform}</numerusform>
                <numerusform>%n tabbladen opgebouwd op platform {platform}</numerusform>
            </translation>
        </message>
        <message>
            <source>sqlcipher3 is missing: encrypted data files cannot be opened</source>
            <translation>sqlcipher3 ontbreekt: versleutelde gegevensbestanden kunnen niet worden geopend</translation>
        </message>
        <message>
            <source>the file was written unencrypted</source>
            <translation>het bestand is onversleuteld geschreven</translation>
        </message>
        <message>
            <source>read back {names}</source>
            <translation>teruggelezen: {names}</translation>
        </message>
        <message>
            <source>encrypted file written and opened again</source>
            <translation>versleuteld bestand geschreven en weer geopend</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>A new language takes effect when you restart OpleiderDesk.</source>
            <translation>Een andere taal wordt actief als u OpleiderDesk opnieuw start.</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Zoals het systeem</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Licht</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Donker</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>Colour &amp;scheme</source>
            <translation>&amp;Kleurenschema</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Reservekopieën</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>K&amp;iezen…</translation>
        </message>
        <message>
            <source>Make a backup when a file is opened and closed</source>
            <translation>Een reservekopie maken bij het openen en sluiten van een bestand</translation>
        </message>
        <message>
            <source> h</source>
            <translation> uur</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Map</translation>
        </message>
        <message>
            <source>At most one automatic backup &amp;every</source>
            <translation>Hooguit één automatische reservekopie &amp;per</translation>
        </message>
        <message>
            <source>Keep the last &amp;days</source>
            <translation>Bewaren: de laatste &amp;dagen</translation>
        </message>
        <message>
            <source>Keep the last &amp;weeks</source>
            <translation>Bewaren: de laatste &amp;weken</translation>
        </message>
        <message>
            <source>Keep the last &amp;months</source>
            <translation>Bewaren: de laatste maa&amp;nden</translation>
        </message>
        <message>
            <source>Discard the changes you made to the settings?</source>
            <translation>De wijzigingen aan de instellingen weggooien?</translation>
        </message>
        <message>
            <source>Regulation (stored in the data file)</source>
            <translation>Regeling (opgeslagen in het gegevensbestand)</translation>
        </message>
        <message>
            <source>&amp;Regulation you train under</source>
            <translation>&amp;Regeling waaronder u opleidt</translation>
        </message>
        <message>
            <source>Folder for backups</source>
            <translation>Map voor reservekopieën</translation>
        </message>
    </context>
    <context>
        <name>SettingsNotice</name>
        <message>
            <source>The settings file was written by a newer version of OpleiderDesk. This version leaves it as it is and starts with its own defaults; what you change now is not kept. Your data file is not affected.

{path}</source>
            <translation>Het instellingenbestand is geschreven door een nieuwere versie van OpleiderDesk. Deze versie laat het zoals het is en start met de standaardinstellingen; wat u nu wijzigt wordt niet bewaard. Uw gegevensbestand blijft zoals het is.

{path}</translation>
        </message>
    </context>
    <context>
        <name>SignDialog</name>
        <message>
            <source>Mark as signed</source>
            <translation>Markeren als ondertekend</translation>
        </message>
        <message>
            <source>Mark the statement of {aios} for {quarter} as signed. Its hours are then locked: they cannot be changed until the quarter is unlocked. The code on the paper should read {code}.</source>
            <translation>Markeer de verklaring van {aios} over {quarter} als ondertekend. De uren liggen dan vast: ze kunnen niet meer worden gewijzigd tot het kwartaal wordt ontgrendeld. Op het papier hoort de code {code} te staan.</translation>
        </message>
        <message>
            <source>&amp;Signed on</source>
            <translation>&amp;Ondertekend op</translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message>
            <source>Quarterly statement</source>
            <translation>Kwartaalverklaring</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Afdr&amp;ukken…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>Op&amp;slaan als pdf…</translation>
        </message>
        <message>
            <source>Meeting &amp;contacts report…</source>
            <translation>Rapportage gesprekscontacten…</translation>
        </message>
        <message>
            <source>The quarterly written report on the meeting contacts and their outcomes, as its own PDF</source>
            <translation>De driemaandelijkse schriftelijke rapportage over de gesprekscontacten en hun uitkomsten, als eigen pdf</translation>
        </message>
        <message>
            <source>Si&amp;gn digitally…</source>
            <translation>Digitaal o&amp;ndertekenen…</translation>
        </message>
        <message>
            <source>Sign your own field of the PDF with your certificate</source>
            <translation>Uw eigen veld in de pdf ondertekenen met uw certificaat</translation>
        </message>
        <message>
            <source>&amp;Mark as signed…</source>
            <translation>&amp;Markeren als ondertekend…</translation>
        </message>
        <message>
            <source>&amp;Unlock…</source>
            <translation>&amp;Ontgrendelen…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>&amp;Quarter</source>
            <translation>&amp;Kwartaal</translation>
        </message>
        <message>
            <source>Tr&amp;ainee</source>
            <translation>&amp;Aios</translation>
        </message>
        <message>
            <source>All trainees</source>
            <translation>Alle aios</translation>
        </message>
        <message>
            <source>Cancelled: no statements were made. Choose a trainee, or the quarter again.</source>
            <translation>Geannuleerd: er zijn geen verklaringen gemaakt. Kies een aios, of het kwartaal opnieuw.</translation>
        </message>
        <message>
            <source>Making the statements of all trainees for {quarter}…</source>
            <translation>De verklaringen van alle aios over {quarter} worden gemaakt…</translation>
        </message>
        <message>
            <source>No trainee was in training in this quarter.</source>
            <translation>In dit kwartaal was geen aios in opleiding.</translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s); choose one trainee to mark it as signed.</source>
            <translation>
                <numerusform>%n verklaring; kies één aios om die als ondertekend te markeren.</numerusform>
                <numerusform>%n verklaringen; kies één aios om er een als ondertekend te markeren.</numerusform>
            </translation>
        </message>
        <message>
            <source>all trainees</source>
            <translation>alle aios</translation>
        </message>
        <message>
            <source>Making the statements…</source>
            <translation>De verklaringen worden gemaakt…</translation>
        </message>
        <message numerus="yes">
            <source>Signed: %n.</source>
            <translation>
                <numerusform>Ondertekend: %n.</numerusform>
                <numerusform>Ondertekend: %n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Opslaan als pdf</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>Het bestand kon niet worden opgeslagen: {reason}</translation>
        </message>
        <message>
            <source>Marked as signed on {date}; the hours are locked. The data still matches the signed paper (code {code}).</source>
            <translation>Als ondertekend gemarkeerd op {date}; de uren liggen vast. De gegevens komen nog overeen met de ondertekende verklaring (code {code}).</translation>
        </message>
        <message>
            <source>Marked as signed on {date} with code {signed}, but the data has changed since: it now gives {code}.</source>
            <translation>Als ondertekend gemarkeerd op {date} met code {signed}, maar de gegevens zijn sindsdien gewijzigd: ze geven nu {code}.</translation>
        </message>
        <message>
            <source>Signed on {date}, then unlocked. Print it again and have it signed anew.</source>
            <translation>Ondertekend op {date}, daarna ontgrendeld. Druk de verklaring opnieuw af en laat haar opnieuw ondertekenen.</translation>
        </message>
        <message>
            <source>Not signed yet. Print it, have it signed, then mark it as signed to lock the quarter.</source>
            <translation>Nog niet ondertekend. Druk de verklaring af, laat haar ondertekenen en markeer haar dan als ondertekend om het kwartaal te vergrendelen.</translation>
        </message>
    </context>
    <context>
        <name>StatementPdf</name>
        <message>
            <source>Q{number} {year}</source>
            <translation>K{number} {year}</translation>
        </message>
        <message>
            <source>below the norm</source>
            <translation>onder de norm</translation>
        </message>
        <message>
            <source>in line with the norm</source>
            <translation>volgens de norm</translation>
        </message>
        <message>
            <source>above the norm</source>
            <translation>boven de norm</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} t/m {end}</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Opleider</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Functie</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Praktijk</translation>
        </message>
        <message>
            <source>Employer</source>
            <translation>Werkgever</translation>
        </message>
        <message>
            <source>Institute</source>
            <translation>Instituut</translation>
        </message>
        <message>
            <source>Quarterly statement</source>
            <translation>Kwartaalverklaring</translation>
        </message>
        <message>
            <source>Quarterly report on meeting contacts</source>
            <translation>Kwartaalrapportage gesprekscontacten</translation>
        </message>
        <message>
            <source>[… {count} more characters not printed]</source>
            <translation>[… nog {count} tekens niet afgedrukt]</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>Part-time</source>
            <translation>Deeltijd</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kwartaal</translation>
        </message>
        <message>
            <source>Record of the hours spent on the practice training during working time, kept by the trainer and signed after the quarter.</source>
            <translation>Overzicht van de in werktijd aan de praktijkopleiding bestede uren, bijgehouden door de opleider en na afloop van het kwartaal ondertekend.</translation>
        </message>
        <message>
            <source>The regulation followed has no rule for this statement; it is kept at the request of the training institute.</source>
            <translation>De gevolgde regeling kent voor dit overzicht geen regel; het wordt bijgehouden op verzoek van het opleidingsinstituut.</translation>
        </message>
        <message>
            <source>Regulation: {regulation}</source>
            <translation>Regeling: {regulation}</translation>
        </message>
        <message>
            <source>Hours by date</source>
            <translation>Uren per datum</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categorie</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Omschrijving</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>Total {month}</source>
            <translation>Totaal {month}</translation>
        </message>
        <message>
            <source>No hours were recorded for this trainee in this quarter.</source>
            <translation>Voor deze aios zijn in dit kwartaal geen uren geregistreerd.</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Samenvatting</translation>
        </message>
        <message>
            <source>Per category</source>
            <translation>Per categorie</translation>
        </message>
        <message>
            <source>Supervision</source>
            <translation>Begeleiding</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Per maand</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Maand</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Supervision against the norm</source>
            <translation>Begeleiding ten opzichte van de norm</translation>
        </message>
        <message>
            <source>Supervision recorded (categories marked ✓)</source>
            <translation>Geregistreerde begeleiding (categorieën met ✓)</translation>
        </message>
        <message>
            <source>Norm for this quarter: {per_week} per week, {percent} % part-time, pro rata over the days in training</source>
            <translation>Norm voor dit kwartaal: {per_week} per week, {percent} % deeltijd, naar rato van de dagen in opleiding</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Verschil</translation>
        </message>
        <message>
            <source>Meeting contacts in this quarter</source>
            <translation>Gesprekscontacten in dit kwartaal</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>Soort gesprek</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Verdicts</source>
            <translation>Oordelen</translation>
        </message>
        <message>
            <source>Agreements made</source>
            <translation>Gemaakte afspraken</translation>
        </message>
        <message>
            <source>IOP goals set</source>
            <translation>Gestelde IOP-doelen</translation>
        </message>
        <message>
            <source>No meetings were recorded as held in this quarter.</source>
            <translation>In dit kwartaal zijn geen gehouden gesprekken vastgelegd.</translation>
        </message>
        <message>
            <source>Hours per category</source>
            <translation>Uren per categorie</translation>
        </message>
        <message>
            <source>Appendix 1 — hours by month and date</source>
            <translation>Bijlage 1 — uren per maand en datum</translation>
        </message>
        <message>
            <source>Appendix 2 — meeting contacts and their outcomes</source>
            <translation>Bijlage 2 — gesprekscontacten en hun uitkomsten</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Oordeel</translation>
        </message>
        <message>
            <source>Draft: unlocked after being marked signed on {date}</source>
            <translation>Concept: ontgrendeld nadat het op {date} als ondertekend was gemarkeerd</translation>
        </message>
        <message>
            <source>{title} {quarter} of {aios}</source>
            <translation>{title} {quarter} van {aios}</translation>
        </message>
        <message>
            <source>Written report on the nature and number of the meeting contacts in the quarter and their outcomes: verdicts given, agreements made, IOP learning goals set; for the policy officer of the training institution (training regulations M&amp;G, appendix 1, 2h).</source>
            <translation>Schriftelijke rapportage over de aard en het aantal gesprekscontacten in het kwartaal en hun uitkomsten: gegeven oordelen, gemaakte afspraken, gestelde IOP-leerdoelen; voor de beleidsverantwoordelijke van de opleidingsinrichting (opleidingsregeling M&amp;G, bijlage 1, 2h).</translation>
        </message>
        <message>
            <source>The undersigned declare that this report correctly reflects the meeting contacts held in the quarter named above and their outcomes.</source>
            <translation>Ondergetekenden verklaren dat deze rapportage de gesprekscontacten in het hierboven genoemde kwartaal en hun uitkomsten juist weergeeft.</translation>
        </message>
        <message>
            <source>Each meeting and its outcomes</source>
            <translation>Elk gesprek en zijn uitkomsten</translation>
        </message>
        <message>
            <source>This report is part of the quarterly statement {quarter} and carries its verification code.</source>
            <translation>Deze rapportage hoort bij de kwartaalverklaring {quarter} en draagt de verificatiecode daarvan.</translation>
        </message>
        <message>
            <source>The undersigned declare that this statement correctly reflects the hours spent on the practice training during working time in the quarter named above.</source>
            <translation>Ondergetekenden verklaren dat dit overzicht de in werktijd aan de praktijkopleiding bestede uren in het genoemde kwartaal juist weergeeft.</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Ondertekening</translation>
        </message>
        <message>
            <source>Trainer (co-signs)</source>
            <translation>Opleider (ondertekent mee)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Handtekening</translation>
        </message>
        <message>
            <source>Copy to: {recipient}</source>
            <translation>Afschrift aan: {recipient}</translation>
        </message>
        <message>
            <source>{name}, policy officer for quality, {institute}</source>
            <translation>{name}, beleidsverantwoordelijke kwaliteit, {institute}</translation>
        </message>
        <message>
            <source>the policy officer for quality, {institute}</source>
            <translation>de beleidsverantwoordelijke kwaliteit van {institute}</translation>
        </message>
        <message>
            <source>{title} · {quarter} · {aios} · verification code {code}</source>
            <translation>{title} · {quarter} · {aios} · verificatiecode {code}</translation>
        </message>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Pagina {page} van {total}</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>CONCEPT</translation>
        </message>
        <message>
            <source>Draft: not marked as signed</source>
            <translation>Concept: niet als ondertekend gemarkeerd</translation>
        </message>
        <message>
            <source>Marked as signed on {date}</source>
            <translation>Als ondertekend gemarkeerd op {date}</translation>
        </message>
    </context>
    <context>
        <name>TotalsPanel</name>
        <message>
            <source>Totals</source>
            <translation>Totalen</translation>
        </message>
        <message>
            <source>Total: {duration}</source>
            <translation>Totaal: {duration}</translation>
        </message>
        <message>
            <source>Per category</source>
            <translation>Per categorie</translation>
        </message>
        <message>
            <source>Per trainee</source>
            <translation>Per aios</translation>
        </message>
        <message>
            <source>Norm up to today</source>
            <translation>Norm tot vandaag</translation>
        </message>
        <message>
            <source>Norm for this period</source>
            <translation>Norm voor deze periode</translation>
        </message>
        <message>
            <source>{done} of {expected}</source>
            <translation>{done} van {expected}</translation>
        </message>
        <message>
            <source>done / expected; red: under the norm; green: on the norm, or above a minimum; blue: more supervision than the norm.</source>
            <translation>gedaan / verwacht; rood: onder de norm; groen: op de norm, of boven een minimum; blauw: meer begeleiding dan de norm.</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Van</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Tot en met</translation>
        </message>
        <message>
            <source>Part-time</source>
            <translation>Deeltijd</translation>
        </message>
        <message>
            <source>HLWP</source>
            <translation>HLWP</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Institution informed</source>
            <translation>Inrichting geïnformeerd</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Placement</source>
            <translation>Opleidingsonderdeel</translation>
        </message>
        <message>
            <source>e.g. the hospital's name</source>
            <translation>bijv. de naam van het ziekenhuis</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>HLWP {n}</source>
            <translation>HLWP {n}</translation>
        </message>
        <message>
            <source>&amp;Where</source>
            <translation>&amp;Waar</translation>
        </message>
        <message>
            <source>P&amp;lace</source>
            <translation>P&amp;laats</translation>
        </message>
        <message>
            <source>&amp;From</source>
            <translation>&amp;Van</translation>
        </message>
        <message>
            <source>&amp;To (last day)</source>
            <translation>&amp;Tot en met</translation>
        </message>
        <message>
            <source>&amp;Part-time</source>
            <translation>&amp;Deeltijd</translation>
        </message>
        <message>
            <source>Practice &amp;year (HLWP)</source>
            <translation>Praktijk&amp;jaar (HLWP)</translation>
        </message>
        <message>
            <source>Interruption</source>
            <translation>Onderbreking</translation>
        </message>
        <message>
            <source>empty while it goes on</source>
            <translation>leeg zolang het duurt</translation>
        </message>
        <message>
            <source>I have informed the institution</source>
            <translation>Ik heb de opleidingsinrichting geïnformeerd</translation>
        </message>
        <message>
            <source>&amp;Why</source>
            <translation>&amp;Reden</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>N&amp;otitie</translation>
        </message>
        <message>
            <source>Inform the institution directly when the practice training is interrupted for more than two months (your illness or other circumstances), when you lay down the task, or when you work fewer than 16 hours a week in the specialty ({source}).</source>
            <translation>Verwittig de opleidingsinrichting direct wanneer de praktijkopleiding langer dan twee maanden wordt onderbroken (door uw ziekte of andere omstandigheden), wanneer u de opleiderstaak neerlegt, of wanneer u minder dan 16 uur per week in het specialisme gaat werken ({source}).</translation>
        </message>
        <message>
            <source>Record laying down the task and your hours under Portfolio ▸ My obligations.</source>
            <translation>Leg het neerleggen van de taak en uw uren vast onder Portfolio ▸ Mijn verplichtingen.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Toevoegen…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Wijzigen…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Placements</source>
            <translation>Opleidingsonderdelen</translation>
        </message>
        <message>
            <source>Interruptions</source>
            <translation>Onderbrekingen</translation>
        </message>
        <message>
            <source>Use this end date</source>
            <translation>Deze einddatum gebruiken</translation>
        </message>
        <message>
            <source>The training is interrupted from {start} for more than two months: inform the institution directly ({source}).</source>
            <translation>De opleiding is vanaf {start} langer dan twee maanden onderbroken: verwittig de opleidingsinrichting direct ({source}).</translation>
        </message>
        <message>
            <source>Whether the end of the training moves is decided with the institution; no document gives a rule ({source}). Proposed: the expected end moved by the days away, {day}.</source>
            <translation>Of het einde van de opleiding verschuift, bepaalt u met de opleidingsinrichting; geen document geeft een regel ({source}). Voorstel: de verwachte einddatum verschoven met de dagen afwezigheid, {day}.</translation>
        </message>
        <message>
            <source>This practice, me as trainer</source>
            <translation>Deze praktijk, ik als opleider</translation>
        </message>
        <message>
            <source>This practice, me as practice supervisor</source>
            <translation>Deze praktijk, ik als praktijkbegeleider</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Ziekenhuis</translation>
        </message>
        <message>
            <source>Mental health care (GGZ)</source>
            <translation>GGZ</translation>
        </message>
        <message>
            <source>Elderly care</source>
            <translation>Ouderenzorg</translation>
        </message>
        <message>
            <source>Institute</source>
            <translation>Instituut</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Elders</translation>
        </message>
        <message>
            <source>In the practice</source>
            <translation>In de praktijk</translation>
        </message>
        <message>
            <source>Trainee: sick leave</source>
            <translation>Aios: ziekteverlof</translation>
        </message>
        <message>
            <source>Trainee: pregnancy or parental leave</source>
            <translation>Aios: zwangerschaps- of ouderschapsverlof</translation>
        </message>
        <message>
            <source>Trainee: other</source>
            <translation>Aios: anders</translation>
        </message>
        <message>
            <source>My own illness</source>
            <translation>Mijn eigen ziekte</translation>
        </message>
        <message>
            <source>Holidays of the practice</source>
            <translation>Vakantie van de praktijk</translation>
        </message>
        <message>
            <source>My own absence, other</source>
            <translation>Mijn eigen afwezigheid, anders</translation>
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
            <translation>Alle gegevens exporteren</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>JSON-bestanden (*.json)</translation>
        </message>
        <message>
            <source>The file could not be saved: {reason}</source>
            <translation>Het bestand kon niet worden opgeslagen: {reason}</translation>
        </message>
        <message>
            <source>Everything in the data file was exported to {path}.</source>
            <translation>Alles uit het gegevensbestand is geëxporteerd naar {path}.</translation>
        </message>
    </context>
    <context>
        <name>TransferError</name>
        <message>
            <source>{path} was written in a newer export format (version {version}). Install the newest OpleiderDesk to import it. Nothing was imported.</source>
            <translation>{path} is geschreven in een nieuwere exportindeling (versie {version}). Installeer de nieuwste OpleiderDesk om het in te lezen. Er is niets ingelezen.</translation>
        </message>
        <message>
            <source>{path} is not an OpleiderDesk JSON export. Nothing was imported.</source>
            <translation>{path} is geen JSON-export van OpleiderDesk. Er is niets ingelezen.</translation>
        </message>
        <message>
            <source>The data file {file} already holds data; an export is only imported into a new, empty data file. Name a new file with --db. Nothing was imported.</source>
            <translation>Het gegevensbestand {file} bevat al gegevens; een export wordt alleen in een nieuw, leeg gegevensbestand ingelezen. Geef met --db een nieuw bestand op. Er is niets ingelezen.</translation>
        </message>
        <message>
            <source>{path} cannot be imported: {where} is not as the format describes. Nothing was imported.</source>
            <translation>{path} kan niet worden ingelezen: {where} is niet zoals de indeling beschrijft. Er is niets ingelezen.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock quarter</source>
            <translation>Kwartaal ontgrendelen</translation>
        </message>
        <message>
            <source>The statement of {aios} for {quarter} was marked as signed on {date}. After unlocking, its hours can be changed again and the signed paper may no longer match. Why is it unlocked?</source>
            <translation>De verklaring van {aios} over {quarter} is op {date} als ondertekend gemarkeerd. Na ontgrendelen kunnen de uren weer worden gewijzigd en klopt de ondertekende verklaring mogelijk niet meer. Waarom wordt het kwartaal ontgrendeld?</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Ontgrendelen</translation>
        </message>
        <message>
            <source>&amp;Reason</source>
            <translation>&amp;Reden</translation>
        </message>
    </context>
    <context>
        <name>Unreadable</name>
        <message>
            <source>A ticked item under My obligations</source>
            <extracomment>Display names of each enum's values; a tab adds those it names itself (event kinds).</extracomment>
            <translation>Een afgevinkt onderdeel bij Mijn verplichtingen</translation>
        </message>
        <message>
            <source>A finding of the portfolio review</source>
            <translation>Een bevinding van de portfoliobeoordeling</translation>
        </message>
        <message>
            <source>The portfolio item “{title}”</source>
            <translation>Het portfolio-onderdeel ‘{title}’</translation>
        </message>
        <message>
            <source>An event recorded under My obligations</source>
            <translation>Een gebeurtenis vastgelegd bij Mijn verplichtingen</translation>
        </message>
        <message>
            <source>A trainee</source>
            <translation>Een aios</translation>
        </message>
        <message>
            <source>A meeting</source>
            <translation>Een gesprek</translation>
        </message>
        <message>
            <source>An agreement</source>
            <translation>Een afspraak</translation>
        </message>
        <message>
            <source>A learning goal</source>
            <translation>Een leerdoel</translation>
        </message>
        <message>
            <source>A placement</source>
            <translation>Een opleidingsonderdeel</translation>
        </message>
        <message>
            <source>An interruption of the training</source>
            <translation>Een onderbreking van de opleiding</translation>
        </message>
        <message>
            <source>A quarterly statement</source>
            <translation>Een kwartaalverklaring</translation>
        </message>
        <message>
            <source>The profile</source>
            <translation>Het profiel</translation>
        </message>
        <message>
            <source>An hour category</source>
            <translation>Een urencategorie</translation>
        </message>
        <message>
            <source>A row in the data file</source>
            <translation>Een regel in het gegevensbestand</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>soort</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rol</translation>
        </message>
        <message>
            <source>owner</source>
            <translation>eigenaar</translation>
        </message>
        <message>
            <source>competency area</source>
            <translation>competentiegebied</translation>
        </message>
        <message>
            <source>kind of placement</source>
            <translation>soort opleidingsonderdeel</translation>
        </message>
        <message>
            <source>{row} of {name}</source>
            <translation>{row} van {name}</translation>
        </message>
        <message>
            <source>{row}, dated {day}</source>
            <translation>{row} met datum {day}</translation>
        </message>
        <message>
            <source>{row} (row {id}): {field} “{value}” (known: {known})</source>
            <translation>{row} (regel {id}): {field} ‘{value}’ (bekend zijn: {known})</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) in the data file with a value this version of OpleiderDesk does not know: not shown or counted here, and kept in the file exactly as they are (a newer version may know them):</source>
            <translation>
                <numerusform>%n regel in het gegevensbestand met een waarde die deze versie van OpleiderDesk niet kent: hier niet getoond of meegeteld, en precies zo bewaard in het bestand (een nieuwere versie kent die misschien wel):</numerusform>
                <numerusform>%n regels in het gegevensbestand met een waarde die deze versie van OpleiderDesk niet kent: hier niet getoond of meegeteld, en precies zo bewaard in het bestand (een nieuwere versie kent ze misschien wel):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Unsaved</name>
        <message>
            <source>Discard what you typed?</source>
            <translation>Weggooien wat u hebt getypt?</translation>
        </message>
    </context>
    <context>
        <name>UserGuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>Handleiding</translation>
        </message>
        <message>
            <source>The user guide was not found at {path}.</source>
            <translation>De handleiding is niet gevonden op {path}.</translation>
        </message>
    </context>
    <context>
        <name>Verdict</name>
        <message>
            <source>On the signed paper</source>
            <translation>Op het ondertekende papier</translation>
        </message>
        <message>
            <source>In the data now</source>
            <translation>In de gegevens nu</translation>
        </message>
        <message>
            <source>(not recorded)</source>
            <translation>(niet vastgelegd)</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Total hours</source>
            <translation>Totaal uren</translation>
        </message>
        <message>
            <source>Signers</source>
            <translation>Ondertekenaars</translation>
        </message>
        <message>
            <source>Marked signed on</source>
            <translation>Als ondertekend gemarkeerd op</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>niet ondertekend</translation>
        </message>
        <message>
            <source>No document in this data file has this code. Check the characters, or open the data file the document was printed from.</source>
            <translation>Geen document in dit gegevensbestand heeft deze code. Controleer de tekens, of open het gegevensbestand waaruit het document is afgedrukt.</translation>
        </message>
        <message>
            <source>This is the {name} of {aios} for {quarter} ({start} to {end}).</source>
            <translation>Dit is de {name} van {aios} over {quarter} ({start} t/m {end}).</translation>
        </message>
        <message>
            <source>Matches: marked as signed on {date}, and the data still matches the signed paper.</source>
            <translation>Klopt: op {date} als ondertekend gemarkeerd, en de gegevens komen nog overeen met het ondertekende papier.</translation>
        </message>
        <message>
            <source>Does not match: marked as signed on {date}, but the data has changed since. This paper no longer matches the data file.</source>
            <translation>Klopt niet: op {date} als ondertekend gemarkeerd, maar de gegevens zijn sindsdien gewijzigd. Dit papier komt niet meer overeen met het gegevensbestand.</translation>
        </message>
        <message>
            <source>The version marked as signed on {date} had another code.</source>
            <translation>De versie die op {date} als ondertekend is gemarkeerd, had een andere code.</translation>
        </message>
        <message>
            <source>Trainee</source>
            <translation>Aios</translation>
        </message>
        <message>
            <source>The quarter has been unlocked since.</source>
            <translation>Het kwartaal is sindsdien ontgrendeld.</translation>
        </message>
        <message>
            <source>This is an old, short code of version 0.1 (50 bits): it still identifies the document, but it is too short to prove the paper unchanged. Print the statement again for a new code.</source>
            <translation>Dit is een oude, korte code van versie 0.1 (50 bits): hij wijst het document nog aan, maar is te kort om te bewijzen dat het papier ongewijzigd is. Druk de verklaring opnieuw af voor een nieuwe code.</translation>
        </message>
        <message>
            <source>This is the report of the {kind} with {aios} on {date}.</source>
            <translation>Dit is het verslag van het gesprek ‘{kind}’ met {aios} op {date}.</translation>
        </message>
        <message>
            <source>Status now: {status}.</source>
            <translation>Status nu: {status}.</translation>
        </message>
        <message>
            <source>This is not a PDF file that can be read.</source>
            <translation>Dit is geen leesbaar pdf-bestand.</translation>
        </message>
        <message>
            <source>Digital signature {field}: intact, signed by {signer} on {day} {time}.</source>
            <translation>Digitale handtekening {field}: intact, ondertekend door {signer} op {day} {time}.</translation>
        </message>
        <message>
            <source>Digital signature {field}: intact, signed by {signer} on {day} {time}, but the file was changed after this signature.</source>
            <translation>Digitale handtekening {field}: intact, ondertekend door {signer} op {day} {time}, maar het bestand is na deze handtekening gewijzigd.</translation>
        </message>
        <message>
            <source>Digital signature {field}: BROKEN — the file was changed after {signer} signed it.</source>
            <translation>Digitale handtekening {field}: GEBROKEN — het bestand is gewijzigd nadat {signer} het tekende.</translation>
        </message>
        <message>
            <source>The certificate was not checked against a trusted authority.</source>
            <translation>Het certificaat is niet gecontroleerd bij een vertrouwde uitgever.</translation>
        </message>
        <message>
            <source>This PDF holds no OpleiderDesk verification code.</source>
            <translation>Deze pdf bevat geen verificatiecode van OpleiderDesk.</translation>
        </message>
        <message>
            <source>The file matches the data, and every digital signature in it is intact.</source>
            <translation>Het bestand komt overeen met de gegevens, en elke digitale handtekening erin is intact.</translation>
        </message>
        <message>
            <source>Do not trust this file as it is: see below.</source>
            <translation>Vertrouw dit bestand niet zoals het is: zie hieronder.</translation>
        </message>
        <message>
            <source>The file has no digital signature yet.</source>
            <translation>Het bestand heeft nog geen digitale handtekening.</translation>
        </message>
        <message numerus="yes">
            <source>%n signature field(s) still empty.</source>
            <translation>
                <numerusform>Nog %n handtekeningveld leeg.</numerusform>
                <numerusform>Nog %n handtekeningvelden leeg.</numerusform>
            </translation>
        </message>
        <message>
            <source>Draft, not yet marked signed: the code is of a printout of the data as it is now.</source>
            <translation>Concept, nog niet als ondertekend gemarkeerd: de code hoort bij een afdruk van de gegevens zoals ze nu zijn.</translation>
        </message>
    </context>
    <context>
        <name>VerifyDialog</name>
        <message>
            <source>Check a statement</source>
            <translation>Verklaring controleren</translation>
        </message>
        <message>
            <source>Type the verification code printed at the foot of a quarterly statement, or choose the PDF file you received. Case, spaces and dashes do not matter.</source>
            <translation>Typ de verificatiecode die onderaan een kwartaalverklaring staat, of kies het pdf-bestand dat u kreeg. Hoofdletters, spaties en streepjes maken niet uit.</translation>
        </message>
        <message>
            <source>&amp;Code</source>
            <translation>&amp;Code</translation>
        </message>
        <message>
            <source>C&amp;heck</source>
            <translation>Contr&amp;oleren</translation>
        </message>
        <message>
            <source>Check a &amp;PDF file…</source>
            <translation>&amp;Pdf-bestand controleren…</translation>
        </message>
        <message>
            <source>Check a PDF file</source>
            <translation>Pdf-bestand controleren</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>Pdf (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be read: {reason}</source>
            <translation>Het bestand kon niet worden gelezen: {reason}</translation>
        </message>
    </context>
    <context>
        <name>_OwnItemDialog</name>
        <message>
            <source>Add own item</source>
            <translation>Eigen onderdeel toevoegen</translation>
        </message>
        <message>
            <source>What should the portfolio hold?</source>
            <translation>Wat moet er in het portfolio zitten?</translation>
        </message>
    </context>
    <context>
        <name>argparse</name>
        <message>
            <source>usage: </source>
            <translation>gebruik: </translation>
        </message>
        <message>
            <source>options</source>
            <translation>opties</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumenten</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>deze hulp tonen en stoppen</translation>
        </message>
        <message>
            <source>%(prog)s: error: %(message)s
</source>
            <translation>%(prog)s: fout: %(message)s
</translation>
        </message>
        <message>
            <source>argument %(argument_name)s: %(message)s</source>
            <translation>argument %(argument_name)s: %(message)s</translation>
        </message>
        <message>
            <source>the following arguments are required: %s</source>
            <translation>deze argumenten zijn verplicht: %s</translation>
        </message>
        <message>
            <source>unrecognized arguments: %s</source>
            <translation>onbekende argumenten: %s</translation>
        </message>
        <message>
            <source>invalid choice: %(value)r (choose from %(choices)s)</source>
            <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
        </message>
        <message>
            <source>invalid %(type)s value: %(value)r</source>
            <translation>ongeldige waarde voor %(type)s: %(value)r</translation>
        </message>
        <message>
            <source>expected one argument</source>
            <translation>verwacht één argument</translation>
        </message>
        <message>
            <source>ambiguous option: %(option)s could match %(matches)s</source>
            <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
        </message>
        <message>
            <source>not allowed with argument %s</source>
            <translation>niet toegestaan samen met argument %s</translation>
        </message>
        <message>
            <source>one of the arguments %s is required</source>
            <translation>een van de argumenten %s is verplicht</translation>
        </message>
    </context>
</TS>
