<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ActionListUpdate</name>
    <message>
        <source>Update from action list</source>
        <translation>Aus Maßnahmenliste aktualisieren</translation>
    </message>
    <message>
        <source>Excel action lists (*.xlsx);;All files (*)</source>
        <translation>Excel-Maßnahmenlisten (*.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{file} cannot be used: {problems}; nothing was changed.</source>
        <translation>{file} kann nicht verwendet werden: {problems}; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n neue Maßnahme</numerusform>
            <numerusform>%n neue Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new owner(s)</source>
        <translation>
            <numerusform>%n neue verantwortliche Person</numerusform>
            <numerusform>%n neue verantwortliche Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {n} more (see Show Details).</source>
        <translation>… und {n} weitere (siehe Details einblenden).</translation>
    </message>
    <message>
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Aus {file} aktualisiert: {changes}, {new}, {owners}.</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <source>Update from action list</source>
        <translation>Aus Maßnahmenliste aktualisieren</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”, {rows}</source>
        <translation>{file}, Blatt „{sheet}“, {rows}</translation>
    </message>
    <message>
        <source>the list changes nothing in the workshop.</source>
        <translation>die Liste ändert nichts im Workshop.</translation>
    </message>
    <message>
        <source>{changes} to {actions}</source>
        <translation>{changes} an {actions}</translation>
    </message>
    <message>
        <source>new action</source>
        <translation>neue Maßnahme</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message numerus="yes">
        <source>%n action row(s)</source>
        <translation>
            <numerusform>%n Maßnahmenzeile</numerusform>
            <numerusform>%n Maßnahmenzeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n neue Maßnahme</numerusform>
            <numerusform>%n neue Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is changed until you apply; Edit ▸ Undo takes it all back.</source>
        <translation>Nichts wird geändert, bis Sie übernehmen; Bearbeiten ▸ Rückgängig nimmt alles zurück.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Apply {n}</source>
        <translation>{n} ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Änderungen ({n})</translation>
    </message>
    <message>
        <source>New actions ({n})</source>
        <translation>Neue Maßnahmen ({n})</translation>
    </message>
    <message>
        <source>journey {name}</source>
        <translation>Journey {name}</translation>
    </message>
    <message>
        <source> (new owner)</source>
        <translation> (neue verantwortliche Person)</translation>
    </message>
    <message>
        <source>Not in the list ({n}): kept in the workshop, as rows deleted in Excel never delete an action</source>
        <translation>Nicht in der Liste ({n}): bleiben im Workshop, denn in Excel gelöschte Zeilen löschen nie eine Maßnahme</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Hinweise ({n})</translation>
    </message>
    <message>
        <source>Owners the workshop does not have: create them?</source>
        <translation>Verantwortliche, die der Workshop nicht kennt: anlegen?</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Neu aus Vorlage…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open from li&amp;brary…</source>
        <translation>Aus der &amp;Bibliothek öffnen…</translation>
    </message>
    <message>
        <source>Find a published map or search across every map in the library</source>
        <translation>Eine veröffentlichte Karte finden oder alle Karten der Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>P&amp;ublish to library…</source>
        <translation>In der Bibliothek &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Publish this workshop (or a journey as a house template)</source>
        <translation>Diesen Workshop veröffentlichen (oder eine Journey als Hausvorlage)</translation>
    </message>
    <message>
        <source>Library se&amp;ttings…</source>
        <translation>Bibliotheks&amp;einstellungen…</translation>
    </message>
    <message>
        <source>The local library on this computer, or a team library</source>
        <translation>Die lokale Bibliothek auf diesem Computer oder eine Team-Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Workshop details…</source>
        <translation>&amp;Workshop-Details…</translation>
    </message>
    <message>
        <source>The workshop&apos;s title, organisation, segment, business goal and notes</source>
        <translation>Titel, Organisation, Segment, Geschäftsziel und Notizen des Workshops</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export a PDF poster, an Excel action list, an image or JSON (Ctrl+E)</source>
        <translation>PDF-Poster, Excel-Maßnahmenliste, Bild oder JSON exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>Export PDF &amp;poster…</source>
        <translation>PDF-&amp;Poster exportieren…</translation>
    </message>
    <message>
        <source>Export Excel action &amp;list…</source>
        <translation>Excel-Maßnahmen&amp;liste exportieren…</translation>
    </message>
    <message>
        <source>&amp;Update from action list…</source>
        <translation>Aus Maßnahmenliste a&amp;ktualisieren…</translation>
    </message>
    <message>
        <source>Read back the Excel action list the client edited: preview every change, then apply it as one step</source>
        <translation>Die vom Kunden bearbeitete Excel-Maßnahmenliste einlesen: jede Änderung prüfen, dann alles in einem Schritt übernehmen</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>Workshop &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>Add &amp;station</source>
        <translation>&amp;Station hinzufügen</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add li&amp;ne</source>
        <translation>&amp;Linie hinzufügen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The window&apos;s language and other settings</source>
        <translation>Die Sprache des Fensters und weitere Einstellungen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>Karte &amp;einpassen</translation>
    </message>
    <message>
        <source>Fit &amp;selection</source>
        <translation>&amp;Auswahl einpassen</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Show &amp;needs</source>
        <translation>&amp;Bedürfnisse anzeigen</translation>
    </message>
    <message>
        <source>Show o&amp;wners</source>
        <translation>&amp;Verantwortliche anzeigen</translation>
    </message>
    <message>
        <source>Show the emotion &amp;curve</source>
        <translation>&amp;Emotionskurve anzeigen</translation>
    </message>
    <message>
        <source>Show the map &amp;title</source>
        <translation>Karten&amp;titel anzeigen</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Compare today and future…</source>
        <translation>Heute und Zukunft &amp;vergleichen…</translation>
    </message>
    <message>
        <source>Today&apos;s and the future journey one above the other</source>
        <translation>Die heutige und die künftige Journey übereinander</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Present the map full screen (F5); Esc leaves</source>
        <translation>Die Karte im Vollbild zeigen (F5); Esc beendet</translation>
    </message>
    <message>
        <source>Prioritise on the projector</source>
        <translation>Am Beamer priorisieren</translation>
    </message>
    <message>
        <source>Show the effort/value matrix full screen in large type (F6); F6 again returns to the map</source>
        <translation>Die Aufwand/Nutzen-Matrix im Vollbild in großer Schrift zeigen (F6); F6 erneut kehrt zur Karte zurück</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Welcome card</source>
        <translation>&amp;Willkommenskarte</translation>
    </message>
    <message>
        <source>What goes where on the map, and how a workshop goes</source>
        <translation>Was wohin auf die Karte gehört und wie ein Workshop abläuft</translation>
    </message>
    <message>
        <source>&amp;About Journeyline</source>
        <translation>&amp;Über Journeyline</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Business goal</source>
        <translation>Geschäftsziel</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Kundenzitate</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abbruchrate</translation>
    </message>
    <message>
        <source>Drop-off (%)</source>
        <translation>Abbruchrate (%)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Dauer (min)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
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
        <translation>Art</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
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
        <translation>Zustand</translation>
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
        <translation>Handlungsstrang</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Supportkontakt</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Berührungspunkt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>action title</source>
        <translation>Titel der Maßnahme</translation>
    </message>
    <message>
        <source>business goal</source>
        <translation>Geschäftsziel</translation>
    </message>
    <message>
        <source>customer quotes</source>
        <translation>Kundenzitate</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation>Abbruchrate</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>journey state</source>
        <translation>Zustand der Journey</translation>
    </message>
    <message>
        <source>journey&apos;s name</source>
        <translation>Name der Journey</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>line colour</source>
        <translation>Farbe der Linie</translation>
    </message>
    <message>
        <source>line kind</source>
        <translation>Art der Linie</translation>
    </message>
    <message>
        <source>line name</source>
        <translation>Name der Linie</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>number of customers</source>
        <translation>Anzahl der Kunden</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>verantwortliche Person</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>Name der verantwortlichen Person</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>persona colour</source>
        <translation>Farbe der Persona</translation>
    </message>
    <message>
        <source>persona&apos;s name</source>
        <translation>Name der Persona</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>phase colour</source>
        <translation>Farbe der Phase</translation>
    </message>
    <message>
        <source>phase name</source>
        <translation>Name der Phase</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>station title</source>
        <translation>Titel der Station</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>storyline</source>
        <translation>Handlungsstrang</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Berührungspunkt</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>workshop title</source>
        <translation>Titel des Workshops</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>The workshop file is gone</source>
        <translation>Die Workshop-Datei ist verschwunden</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Open from library</source>
        <translation>Aus der Bibliothek öffnen</translation>
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
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Search stations, needs, pain points, quotes and actions of every map</source>
        <translation>Stationen, Bedürfnisse, Schmerzpunkte, Zitate und Maßnahmen aller Karten durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>The library has no published maps yet.</source>
        <translation>Die Bibliothek hat noch keine veröffentlichten Karten.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Nothing in the library matches what you searched for.</source>
        <translation>Nichts in der Bibliothek passt zu Ihrer Suche.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The library cannot be used</source>
        <translation>Die Bibliothek kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>%1 (offline)…</source>
        <translation>%1 (offline)…</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the %3 in %4.</source>
        <translation>„%1“ als Version %2 (%3) in %4 veröffentlicht.</translation>
    </message>
    <message>
        <source>Publish as a new map</source>
        <translation>Als neue Karte veröffentlichen</translation>
    </message>
    <message>
        <source>Open the latest version</source>
        <translation>Die neueste Version öffnen</translation>
    </message>
    <message>
        <source>Save the working copy as</source>
        <translation>Arbeitskopie speichern unter</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Nicht geöffnet</translation>
    </message>
    <message>
        <source>“%1” is the workshop open now; choose another name.</source>
        <translation>„%1“ ist der gerade geöffnete Workshop; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Opened version %1 of “%2” from the library as “%3”.</source>
        <translation>Version %1 von „%2“ aus der Bibliothek als „%3“ geöffnet.</translation>
    </message>
    <message>
        <source>House template, version %1 by %2, %3</source>
        <translation>Hausvorlage, Version %1 von %2, %3</translation>
    </message>
    <message>
        <source>That template is no longer in the library.</source>
        <translation>Diese Vorlage ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>Library not changed</source>
        <translation>Bibliothek nicht geändert</translation>
    </message>
    <message>
        <source>Journeyline now uses %1.</source>
        <translation>Journeyline verwendet jetzt %1.</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsDialog</name>
    <message>
        <source>Library settings</source>
        <translation>Bibliothekseinstellungen</translation>
    </message>
    <message>
        <source>The local library on this computer</source>
        <translation>Die lokale Bibliothek auf diesem Computer</translation>
    </message>
    <message>
        <source>A team library (PostgreSQL):</source>
        <translation>Eine Team-Bibliothek (PostgreSQL):</translation>
    </message>
    <message>
        <source>Keep the password out of the address: PostgreSQL reads it from ~/.pgpass. The command line uses the same library.</source>
        <translation>Das Passwort gehört nicht in die Adresse: PostgreSQL liest es aus ~/.pgpass. Die Kommandozeile verwendet dieselbe Bibliothek.</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Sprache des Systems (%1)</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Journeyline.</source>
        <translation>Das Fenster verwendet die neue Sprache beim nächsten Start von Journeyline.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>Show the station alone</source>
        <translation>Die Station allein zeigen</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Eine Station auswählen, dann mit der Eingabetaste allein zeigen</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>In der Bibliothek veröffentlichen</translation>
    </message>
    <message>
        <source>Publish “%1” to %2.</source>
        <translation>„%1“ in %2 veröffentlichen.</translation>
    </message>
    <message>
        <source>As version %1 of “%2” (this copy is version %3)</source>
        <translation>Als Version %1 von „%2“ (diese Kopie ist Version %3)</translation>
    </message>
    <message>
        <source>As a new version (this copy is not from the library)</source>
        <translation>Als neue Version (diese Kopie stammt nicht aus der Bibliothek)</translation>
    </message>
    <message>
        <source>As a new map</source>
        <translation>Als neue Karte</translation>
    </message>
    <message>
        <source>One journey as a house template:</source>
        <translation>Eine Journey als Hausvorlage:</translation>
    </message>
    <message>
        <source>What changed, e.g. after workshop 2</source>
        <translation>Was sich geändert hat, z. B. nach Workshop 2</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
</context>
<context>
    <name>QuotesEditor</name>
    <message>
        <source>Customer quotes</source>
        <translation>Kundenzitate</translation>
    </message>
    <message>
        <source>Add what a customer said…</source>
        <translation>Hinzufügen, was ein Kunde gesagt hat…</translation>
    </message>
    <message>
        <source>New customer quote</source>
        <translation>Neues Kundenzitat</translation>
    </message>
    <message>
        <source>Source of the quote</source>
        <translation>Quelle des Zitats</translation>
    </message>
    <message>
        <source>Add the quote</source>
        <translation>Zitat hinzufügen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove the quote</source>
        <translation>Zitat entfernen</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
</context>
</TS>
