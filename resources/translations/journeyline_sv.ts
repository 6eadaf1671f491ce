<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>ActionListUpdate</name>
    <message>
        <source>Update from action list</source>
        <translation>Uppdatera från åtgärdslistan</translation>
    </message>
    <message>
        <source>Excel action lists (*.xlsx);;All files (*)</source>
        <translation>Excel-åtgärdslistor (*.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>{file} cannot be used: {problems}; nothing was changed.</source>
        <translation>{file} kan inte användas: {problems}; inget ändrades.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ändring</numerusform>
            <numerusform>%n ändringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n ny åtgärd</numerusform>
            <numerusform>%n nya åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new owner(s)</source>
        <translation>
            <numerusform>%n ny ansvarig</numerusform>
            <numerusform>%n nya ansvariga</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {n} more (see Show Details).</source>
        <translation>… och {n} till (se Visa detaljer).</translation>
    </message>
    <message>
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Uppdaterad från {file}: {changes}, {new}, {owners}.</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <source>Update from action list</source>
        <translation>Uppdatera från åtgärdslistan</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”, {rows}</source>
        <translation>{file}, blad ”{sheet}”, {rows}</translation>
    </message>
    <message>
        <source>the list changes nothing in the workshop.</source>
        <translation>listan ändrar inget i workshoppen.</translation>
    </message>
    <message>
        <source>{changes} to {actions}</source>
        <translation>{changes} i {actions}</translation>
    </message>
    <message>
        <source>new action</source>
        <translation>ny åtgärd</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message numerus="yes">
        <source>%n action row(s)</source>
        <translation>
            <numerusform>%n åtgärdsrad</numerusform>
            <numerusform>%n åtgärdsrader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n ändring</numerusform>
            <numerusform>%n ändringar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n ny åtgärd</numerusform>
            <numerusform>%n nya åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is changed until you apply; Edit ▸ Undo takes it all back.</source>
        <translation>Inget ändras förrän du verkställer; Redigera ▸ Ångra tar tillbaka allt.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Verkställ</translation>
    </message>
    <message>
        <source>&amp;Apply {n}</source>
        <translation>&amp;Verkställ {n}</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Ändringar ({n})</translation>
    </message>
    <message>
        <source>New actions ({n})</source>
        <translation>Nya åtgärder ({n})</translation>
    </message>
    <message>
        <source>journey {name}</source>
        <translation>resa {name}</translation>
    </message>
    <message>
        <source> (new owner)</source>
        <translation> (ny ansvarig)</translation>
    </message>
    <message>
        <source>Not in the list ({n}): kept in the workshop, as rows deleted in Excel never delete an action</source>
        <translation>Inte i listan ({n}): behålls i workshoppen, eftersom rader som tagits bort i Excel aldrig tar bort en åtgärd</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>resa</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Anmärkningar ({n})</translation>
    </message>
    <message>
        <source>Owners the workshop does not have: create them?</source>
        <translation>Ansvariga som workshoppen saknar: skapa dem?</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Ny från mall…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <source>Open from li&amp;brary…</source>
        <translation>Öppna från &amp;biblioteket…</translation>
    </message>
    <message>
        <source>Find a published map or search across every map in the library</source>
        <translation>Hitta en publicerad karta eller sök i alla kartor i biblioteket</translation>
    </message>
    <message>
        <source>P&amp;ublish to library…</source>
        <translation>P&amp;ublicera i biblioteket…</translation>
    </message>
    <message>
        <source>Publish this workshop (or a journey as a house template)</source>
        <translation>Publicera den här workshoppen (eller en resa som husmall)</translation>
    </message>
    <message>
        <source>Library se&amp;ttings…</source>
        <translation>Biblioteks&amp;inställningar…</translation>
    </message>
    <message>
        <source>The local library on this computer, or a team library</source>
        <translation>Det lokala biblioteket på den här datorn eller ett teambibliotek</translation>
    </message>
    <message>
        <source>&amp;Workshop details…</source>
        <translation>&amp;Workshopuppgifter…</translation>
    </message>
    <message>
        <source>The workshop&apos;s title, organisation, segment, business goal and notes</source>
        <translation>Workshoppens titel, organisation, segment, affärsmål och anteckningar</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Spara en &amp;kopia…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Export a PDF poster, an Excel action list, an image or JSON (Ctrl+E)</source>
        <translation>Exportera en PDF-affisch, en åtgärdslista i Excel, en bild eller JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export PDF &amp;poster…</source>
        <translation>Exportera PDF-&amp;affisch…</translation>
    </message>
    <message>
        <source>Export Excel action &amp;list…</source>
        <translation>Exportera åtgärds&amp;lista i Excel…</translation>
    </message>
    <message>
        <source>&amp;Update from action list…</source>
        <translation>&amp;Uppdatera från åtgärdslistan…</translation>
    </message>
    <message>
        <source>Read back the Excel action list the client edited: preview every change, then apply it as one step</source>
        <translation>Läs in åtgärdslistan i Excel som kunden har redigerat: förhandsgranska varje ändring och verkställ sedan allt i ett steg</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>S&amp;täng workshoppen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Byt namn</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Markera &amp;alla</translation>
    </message>
    <message>
        <source>Add &amp;station</source>
        <translation>Lägg till &amp;station</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>Lägg till &amp;fas</translation>
    </message>
    <message>
        <source>Add li&amp;ne</source>
        <translation>Lägg till &amp;linje</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>The window&apos;s language and other settings</source>
        <translation>Fönstrets språk och andra inställningar</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>&amp;Anpassa kartan</translation>
    </message>
    <message>
        <source>Fit &amp;selection</source>
        <translation>Anpassa &amp;markeringen</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Verklig storlek</translation>
    </message>
    <message>
        <source>Show &amp;needs</source>
        <translation>Visa &amp;behov</translation>
    </message>
    <message>
        <source>Show o&amp;wners</source>
        <translation>Visa &amp;ansvariga</translation>
    </message>
    <message>
        <source>Show the emotion &amp;curve</source>
        <translation>Visa &amp;känslokurvan</translation>
    </message>
    <message>
        <source>Show the map &amp;title</source>
        <translation>Visa kartans &amp;titel</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneler</translation>
    </message>
    <message>
        <source>&amp;Compare today and future…</source>
        <translation>&amp;Jämför i dag och framtid…</translation>
    </message>
    <message>
        <source>Today&apos;s and the future journey one above the other</source>
        <translation>Dagens och den framtida resan ovanför varandra</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentationsläge</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentera</translation>
    </message>
    <message>
        <source>Present the map full screen (F5); Esc leaves</source>
        <translation>Visa kartan i helskärm (F5); Esc avslutar</translation>
    </message>
    <message>
        <source>Prioritise on the projector</source>
        <translation>Prioritera på projektorn</translation>
    </message>
    <message>
        <source>Show the effort/value matrix full screen in large type (F6); F6 again returns to the map</source>
        <translation>Visa matrisen insats/värde i helskärm med stor text (F6); F6 igen återgår till kartan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Welcome card</source>
        <translation>&amp;Välkomstkort</translation>
    </message>
    <message>
        <source>What goes where on the map, and how a workshop goes</source>
        <translation>Vad som hör hemma var på kartan och hur en workshop går till</translation>
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
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Business goal</source>
        <translation>Affärsmål</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Kundcitat</translation>
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
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Bortfall</translation>
    </message>
    <message>
        <source>Drop-off (%)</source>
        <translation>Bortfall (%)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Förfaller</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varaktighet</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Varaktighet (min)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Insats</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belägg</translation>
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
        <translation>Intervju</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Sanningens ögonblick</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
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
        <translation>Anteckningar</translation>
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
        <translation>Annat</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Smärtpunkter</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Prestanda</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Recension</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
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
        <translation>Berättelse</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Supportkontakt</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enkät</translation>
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
        <translation>Värde</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>action title</source>
        <translation>åtgärdens titel</translation>
    </message>
    <message>
        <source>business goal</source>
        <translation>affärsmål</translation>
    </message>
    <message>
        <source>customer quotes</source>
        <translation>kundcitat</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation>bortfall</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>förfallodatum</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>varaktighet</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>insats</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>känsla</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>belägg</translation>
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
        <translation>resans tillstånd</translation>
    </message>
    <message>
        <source>journey&apos;s name</source>
        <translation>resans namn</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>line</source>
        <translation>linje</translation>
    </message>
    <message>
        <source>line colour</source>
        <translation>linjens färg</translation>
    </message>
    <message>
        <source>line kind</source>
        <translation>linjens typ</translation>
    </message>
    <message>
        <source>line name</source>
        <translation>linjens namn</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>sanningens ögonblick</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>behov</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
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
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>den ansvariges namn</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>smärtpunkter</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>prestanda</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>persona colour</source>
        <translation>personans färg</translation>
    </message>
    <message>
        <source>persona&apos;s name</source>
        <translation>personans namn</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fas</translation>
    </message>
    <message>
        <source>phase colour</source>
        <translation>fasens färg</translation>
    </message>
    <message>
        <source>phase name</source>
        <translation>fasens namn</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citat</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
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
        <translation>berättelse</translation>
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
        <translation>värde</translation>
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
        <translation>Workshopfilen finns inte längre</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Spara en kopia…</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Open from library</source>
        <translation>Öppna från biblioteket</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
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
        <translation>Författare</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Search stations, needs, pain points, quotes and actions of every map</source>
        <translation>Sök bland stationer, behov, smärtpunkter, citat och åtgärder i alla kartor</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Resa</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Hittad i</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Kartor</translation>
    </message>
    <message>
        <source>The library has no published maps yet.</source>
        <translation>Biblioteket har inga publicerade kartor än.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Nothing in the library matches what you searched for.</source>
        <translation>Inget i biblioteket matchar det du sökte efter.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The library cannot be used</source>
        <translation>Biblioteket kan inte användas</translation>
    </message>
    <message>
        <source>%1 (offline)…</source>
        <translation>%1 (offline)…</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Inte publicerad</translation>
    </message>
    <message>
        <source>template</source>
        <translation>mall</translation>
    </message>
    <message>
        <source>map</source>
        <translation>karta</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the %3 in %4.</source>
        <translation>Publicerade ”%1” som version %2 av %3 i %4.</translation>
    </message>
    <message>
        <source>Publish as a new map</source>
        <translation>Publicera som en ny karta</translation>
    </message>
    <message>
        <source>Open the latest version</source>
        <translation>Öppna den senaste versionen</translation>
    </message>
    <message>
        <source>Save the working copy as</source>
        <translation>Spara arbetskopian som</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Inte öppnad</translation>
    </message>
    <message>
        <source>“%1” is the workshop open now; choose another name.</source>
        <translation>”%1” är den workshop som är öppen nu; välj ett annat namn.</translation>
    </message>
    <message>
        <source>Opened version %1 of “%2” from the library as “%3”.</source>
        <translation>Öppnade version %1 av ”%2” från biblioteket som ”%3”.</translation>
    </message>
    <message>
        <source>House template, version %1 by %2, %3</source>
        <translation>Husmall, version %1 av %2, %3</translation>
    </message>
    <message>
        <source>That template is no longer in the library.</source>
        <translation>Den mallen finns inte längre i biblioteket.</translation>
    </message>
    <message>
        <source>Library not changed</source>
        <translation>Biblioteket ändrades inte</translation>
    </message>
    <message>
        <source>Journeyline now uses %1.</source>
        <translation>Journeyline använder nu %1.</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsDialog</name>
    <message>
        <source>Library settings</source>
        <translation>Biblioteksinställningar</translation>
    </message>
    <message>
        <source>The local library on this computer</source>
        <translation>Det lokala biblioteket på den här datorn</translation>
    </message>
    <message>
        <source>A team library (PostgreSQL):</source>
        <translation>Ett teambibliotek (PostgreSQL):</translation>
    </message>
    <message>
        <source>Keep the password out of the address: PostgreSQL reads it from ~/.pgpass. The command line uses the same library.</source>
        <translation>Skriv inte lösenordet i adressen: PostgreSQL läser det från ~/.pgpass. Kommandoraden använder samma bibliotek.</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Färg:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Systemets språk (%1)</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Journeyline.</source>
        <translation>Fönstret använder det nya språket nästa gång du startar Journeyline.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Språk:</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>Show the station alone</source>
        <translation>Visa stationen ensam</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Markera en station och tryck på Retur för att visa den ensam</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>Publicera i biblioteket</translation>
    </message>
    <message>
        <source>Publish “%1” to %2.</source>
        <translation>Publicera ”%1” i %2.</translation>
    </message>
    <message>
        <source>As version %1 of “%2” (this copy is version %3)</source>
        <translation>Som version %1 av ”%2” (den här kopian är version %3)</translation>
    </message>
    <message>
        <source>As a new version (this copy is not from the library)</source>
        <translation>Som en ny version (den här kopian kommer inte från biblioteket)</translation>
    </message>
    <message>
        <source>As a new map</source>
        <translation>Som en ny karta</translation>
    </message>
    <message>
        <source>One journey as a house template:</source>
        <translation>En resa som husmall:</translation>
    </message>
    <message>
        <source>What changed, e.g. after workshop 2</source>
        <translation>Vad som ändrats, t.ex. efter workshop 2</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meddelande:</translation>
    </message>
</context>
<context>
    <name>QuotesEditor</name>
    <message>
        <source>Customer quotes</source>
        <translation>Kundcitat</translation>
    </message>
    <message>
        <source>Add what a customer said…</source>
        <translation>Lägg till vad en kund sa…</translation>
    </message>
    <message>
        <source>New customer quote</source>
        <translation>Nytt kundcitat</translation>
    </message>
    <message>
        <source>Source of the quote</source>
        <translation>Citatets källa</translation>
    </message>
    <message>
        <source>Add the quote</source>
        <translation>Lägg till citatet</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Remove the quote</source>
        <translation>Ta bort citatet</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <source>Got it</source>
        <translation>Uppfattat</translation>
    </message>
</context>
</TS>
