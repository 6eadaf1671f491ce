<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>ActionListUpdate</name>
    <message>
        <source>Update from action list</source>
        <translation>Opdater fra handlingslisten</translation>
    </message>
    <message>
        <source>Excel action lists (*.xlsx);;All files (*)</source>
        <translation>Excel-handlingslister (*.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>{file} cannot be used: {problems}; nothing was changed.</source>
        <translation>{file} kan ikke bruges: {problems}; intet blev ændret.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ændring</numerusform>
            <numerusform>%n ændringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n ny handling</numerusform>
            <numerusform>%n nye handlinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new owner(s)</source>
        <translation>
            <numerusform>%n ny ansvarlig</numerusform>
            <numerusform>%n nye ansvarlige</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {n} more (see Show Details).</source>
        <translation>… og {n} mere (se Vis detaljer).</translation>
    </message>
    <message>
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Opdateret fra {file}: {changes}, {new}, {owners}.</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <source>Update from action list</source>
        <translation>Opdater fra handlingslisten</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”, {rows}</source>
        <translation>{file}, ark “{sheet}”, {rows}</translation>
    </message>
    <message>
        <source>the list changes nothing in the workshop.</source>
        <translation>listen ændrer intet i workshoppen.</translation>
    </message>
    <message>
        <source>{changes} to {actions}</source>
        <translation>{changes} i {actions}</translation>
    </message>
    <message>
        <source>new action</source>
        <translation>ny handling</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message numerus="yes">
        <source>%n action row(s)</source>
        <translation>
            <numerusform>%n handlingsrække</numerusform>
            <numerusform>%n handlingsrækker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ændring</numerusform>
            <numerusform>%n ændringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n handling</numerusform>
            <numerusform>%n handlinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n ny handling</numerusform>
            <numerusform>%n nye handlinger</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is changed until you apply; Edit ▸ Undo takes it all back.</source>
        <translation>Intet ændres, før du anvender; Rediger ▸ Fortryd tager det hele tilbage.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anvend</translation>
    </message>
    <message>
        <source>&amp;Apply {n}</source>
        <translation>&amp;Anvend {n}</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Ændringer ({n})</translation>
    </message>
    <message>
        <source>New actions ({n})</source>
        <translation>Nye handlinger ({n})</translation>
    </message>
    <message>
        <source>journey {name}</source>
        <translation>rejse {name}</translation>
    </message>
    <message>
        <source> (new owner)</source>
        <translation> (ny ansvarlig)</translation>
    </message>
    <message>
        <source>Not in the list ({n}): kept in the workshop, as rows deleted in Excel never delete an action</source>
        <translation>Ikke på listen ({n}): beholdes i workshoppen, da rækker slettet i Excel aldrig sletter en handling</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>rejse</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Bemærkninger ({n})</translation>
    </message>
    <message>
        <source>Owners the workshop does not have: create them?</source>
        <translation>Ansvarlige, som workshoppen ikke har: opret dem?</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Ny fra skabelon…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>Open from li&amp;brary…</source>
        <translation>Åbn fra &amp;biblioteket…</translation>
    </message>
    <message>
        <source>Find a published map or search across every map in the library</source>
        <translation>Find et udgivet kort, eller søg i alle kort i biblioteket</translation>
    </message>
    <message>
        <source>P&amp;ublish to library…</source>
        <translation>&amp;Udgiv i biblioteket…</translation>
    </message>
    <message>
        <source>Publish this workshop (or a journey as a house template)</source>
        <translation>Udgiv denne workshop (eller en rejse som husskabelon)</translation>
    </message>
    <message>
        <source>Library se&amp;ttings…</source>
        <translation>Biblioteks&amp;indstillinger…</translation>
    </message>
    <message>
        <source>The local library on this computer, or a team library</source>
        <translation>Det lokale bibliotek på denne computer eller et teambibliotek</translation>
    </message>
    <message>
        <source>&amp;Workshop details…</source>
        <translation>&amp;Workshopdetaljer…</translation>
    </message>
    <message>
        <source>The workshop&apos;s title, organisation, segment, business goal and notes</source>
        <translation>Workshoppens titel, organisation, segment, forretningsmål og noter</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Gem en &amp;kopi…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>Export a PDF poster, an Excel action list, an image or JSON (Ctrl+E)</source>
        <translation>Eksportér en PDF-plakat, en handlingsliste i Excel, et billede eller JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export PDF &amp;poster…</source>
        <translation>Eksportér PDF-&amp;plakat…</translation>
    </message>
    <message>
        <source>Export Excel action &amp;list…</source>
        <translation>Eksportér handlings&amp;liste i Excel…</translation>
    </message>
    <message>
        <source>&amp;Update from action list…</source>
        <translation>&amp;Opdater fra handlingslisten…</translation>
    </message>
    <message>
        <source>Read back the Excel action list the client edited: preview every change, then apply it as one step</source>
        <translation>Indlæs handlingslisten i Excel, som kunden har redigeret: se hver ændring, og anvend dem så i ét trin</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Luk workshoppen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;lip</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplikér</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>S&amp;let</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Omdøb</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Markér &amp;alle</translation>
    </message>
    <message>
        <source>Add &amp;station</source>
        <translation>Tilføj &amp;station</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>Tilføj &amp;fase</translation>
    </message>
    <message>
        <source>Add li&amp;ne</source>
        <translation>Tilføj &amp;linje</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>The window&apos;s language and other settings</source>
        <translation>Vinduets sprog og andre indstillinger</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>&amp;Tilpas kortet</translation>
    </message>
    <message>
        <source>Fit &amp;selection</source>
        <translation>Tilpas &amp;markeringen</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Faktisk størrelse</translation>
    </message>
    <message>
        <source>Show &amp;needs</source>
        <translation>Vis &amp;behov</translation>
    </message>
    <message>
        <source>Show o&amp;wners</source>
        <translation>Vis &amp;ansvarlige</translation>
    </message>
    <message>
        <source>Show the emotion &amp;curve</source>
        <translation>Vis &amp;følelseskurven</translation>
    </message>
    <message>
        <source>Show the map &amp;title</source>
        <translation>Vis kortets &amp;titel</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneler</translation>
    </message>
    <message>
        <source>&amp;Compare today and future…</source>
        <translation>&amp;Sammenlign i dag og fremtid…</translation>
    </message>
    <message>
        <source>Today&apos;s and the future journey one above the other</source>
        <translation>Dagens og den fremtidige rejse over hinanden</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Præsentationstilstand</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Præsentér</translation>
    </message>
    <message>
        <source>Present the map full screen (F5); Esc leaves</source>
        <translation>Vis kortet i fuld skærm (F5); Esc afslutter</translation>
    </message>
    <message>
        <source>Prioritise on the projector</source>
        <translation>Prioritér på projektoren</translation>
    </message>
    <message>
        <source>Show the effort/value matrix full screen in large type (F6); F6 again returns to the map</source>
        <translation>Vis indsats/værdi-matricen i fuld skærm med stor tekst (F6); F6 igen vender tilbage til kortet</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;Welcome card</source>
        <translation>&amp;Velkomstkort</translation>
    </message>
    <message>
        <source>What goes where on the map, and how a workshop goes</source>
        <translation>Hvad der hører hvor på kortet, og hvordan en workshop forløber</translation>
    </message>
    <message>
        <source>&amp;About Journeyline</source>
        <translation>&amp;Om Journeyline</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Business goal</source>
        <translation>Forretningsmål</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Kundecitater</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Frafald</translation>
    </message>
    <message>
        <source>Drop-off (%)</source>
        <translation>Frafald (%)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Varighed (min)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Følelse</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dokumentation</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationer</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Sandhedens øjeblik</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Smertepunkter</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Præstation</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Anmeldelse</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Fortælling</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Supportkontakt</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Spørgeskema</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>action title</source>
        <translation>handlingens titel</translation>
    </message>
    <message>
        <source>business goal</source>
        <translation>forretningsmål</translation>
    </message>
    <message>
        <source>customer quotes</source>
        <translation>kundecitater</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation>frafald</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>frist</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>varighed</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>indsats</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>følelse</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>dokumentation</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>frustrationer</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>effekt</translation>
    </message>
    <message>
        <source>journey state</source>
        <translation>rejsens tilstand</translation>
    </message>
    <message>
        <source>journey&apos;s name</source>
        <translation>rejsens navn</translation>
    </message>
    <message>
        <source>language</source>
        <translation>sprog</translation>
    </message>
    <message>
        <source>line</source>
        <translation>linje</translation>
    </message>
    <message>
        <source>line colour</source>
        <translation>linjens farve</translation>
    </message>
    <message>
        <source>line kind</source>
        <translation>linjens type</translation>
    </message>
    <message>
        <source>line name</source>
        <translation>linjens navn</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>sandhedens øjeblik</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>behov</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <source>number of customers</source>
        <translation>antal kunder</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ansvarlig</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>den ansvarliges navn</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>smertepunkter</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>præstation</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>persona colour</source>
        <translation>personaens farve</translation>
    </message>
    <message>
        <source>persona&apos;s name</source>
        <translation>personaens navn</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>phase colour</source>
        <translation>fasens farve</translation>
    </message>
    <message>
        <source>phase name</source>
        <translation>fasens navn</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citat</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rolle</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>station</source>
        <translation>station</translation>
    </message>
    <message>
        <source>station title</source>
        <translation>stationens titel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>storyline</source>
        <translation>fortælling</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>kontaktpunkt</translation>
    </message>
    <message>
        <source>value</source>
        <translation>værdi</translation>
    </message>
    <message>
        <source>workshop title</source>
        <translation>workshoppens titel</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>The workshop file is gone</source>
        <translation>Workshopfilen er væk</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Gem en kopi…</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Open from library</source>
        <translation>Åbn fra biblioteket</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Udgivet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Search stations, needs, pain points, quotes and actions of every map</source>
        <translation>Søg i stationer, behov, smertepunkter, citater og handlinger i alle kort</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Rejse</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Fundet i</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>The library has no published maps yet.</source>
        <translation>Biblioteket har ingen udgivne kort endnu.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Nothing in the library matches what you searched for.</source>
        <translation>Intet i biblioteket matcher din søgning.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The library cannot be used</source>
        <translation>Biblioteket kan ikke bruges</translation>
    </message>
    <message>
        <source>%1 (offline)…</source>
        <translation>%1 (offline)…</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Ikke udgivet</translation>
    </message>
    <message>
        <source>template</source>
        <translation>skabelon</translation>
    </message>
    <message>
        <source>map</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the %3 in %4.</source>
        <translation>Udgav “%1” som version %2 af %3 i %4.</translation>
    </message>
    <message>
        <source>Publish as a new map</source>
        <translation>Udgiv som et nyt kort</translation>
    </message>
    <message>
        <source>Open the latest version</source>
        <translation>Åbn den nyeste version</translation>
    </message>
    <message>
        <source>Save the working copy as</source>
        <translation>Gem arbejdskopien som</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Ikke åbnet</translation>
    </message>
    <message>
        <source>“%1” is the workshop open now; choose another name.</source>
        <translation>“%1” er den workshop, der er åben nu; vælg et andet navn.</translation>
    </message>
    <message>
        <source>Opened version %1 of “%2” from the library as “%3”.</source>
        <translation>Åbnede version %1 af “%2” fra biblioteket som “%3”.</translation>
    </message>
    <message>
        <source>House template, version %1 by %2, %3</source>
        <translation>Husskabelon, version %1 af %2, %3</translation>
    </message>
    <message>
        <source>That template is no longer in the library.</source>
        <translation>Den skabelon findes ikke længere i biblioteket.</translation>
    </message>
    <message>
        <source>Library not changed</source>
        <translation>Biblioteket blev ikke ændret</translation>
    </message>
    <message>
        <source>Journeyline now uses %1.</source>
        <translation>Journeyline bruger nu %1.</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsDialog</name>
    <message>
        <source>Library settings</source>
        <translation>Biblioteksindstillinger</translation>
    </message>
    <message>
        <source>The local library on this computer</source>
        <translation>Det lokale bibliotek på denne computer</translation>
    </message>
    <message>
        <source>A team library (PostgreSQL):</source>
        <translation>Et teambibliotek (PostgreSQL):</translation>
    </message>
    <message>
        <source>Keep the password out of the address: PostgreSQL reads it from ~/.pgpass. The command line uses the same library.</source>
        <translation>Skriv ikke adgangskoden i adressen: PostgreSQL læser den fra ~/.pgpass. Kommandolinjen bruger samme bibliotek.</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farve:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Systemets sprog (%1)</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Journeyline.</source>
        <translation>Vinduet bruger det nye sprog, næste gang du starter Journeyline.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprog:</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>Show the station alone</source>
        <translation>Vis stationen alene</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Markér en station, og tryk på Enter for at vise den alene</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>Udgiv i biblioteket</translation>
    </message>
    <message>
        <source>Publish “%1” to %2.</source>
        <translation>Udgiv “%1” i %2.</translation>
    </message>
    <message>
        <source>As version %1 of “%2” (this copy is version %3)</source>
        <translation>Som version %1 af “%2” (denne kopi er version %3)</translation>
    </message>
    <message>
        <source>As a new version (this copy is not from the library)</source>
        <translation>Som en ny version (denne kopi stammer ikke fra biblioteket)</translation>
    </message>
    <message>
        <source>As a new map</source>
        <translation>Som et nyt kort</translation>
    </message>
    <message>
        <source>One journey as a house template:</source>
        <translation>Én rejse som husskabelon:</translation>
    </message>
    <message>
        <source>What changed, e.g. after workshop 2</source>
        <translation>Hvad der er ændret, f.eks. efter workshop 2</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Udgiv</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Besked:</translation>
    </message>
</context>
<context>
    <name>QuotesEditor</name>
    <message>
        <source>Customer quotes</source>
        <translation>Kundecitater</translation>
    </message>
    <message>
        <source>Add what a customer said…</source>
        <translation>Tilføj, hvad en kunde sagde…</translation>
    </message>
    <message>
        <source>New customer quote</source>
        <translation>Nyt kundecitat</translation>
    </message>
    <message>
        <source>Source of the quote</source>
        <translation>Citatets kilde</translation>
    </message>
    <message>
        <source>Add the quote</source>
        <translation>Tilføj citatet</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Remove the quote</source>
        <translation>Fjern citatet</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kilde: %1</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <source>Got it</source>
        <translation>Forstået</translation>
    </message>
</context>
</TS>
