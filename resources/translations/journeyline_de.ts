<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Journeyline uses Qt unmodified, as shared libraries that can be replaced with another build of the same version.</source>
        <translation>Journeyline verwendet Qt unverändert als gemeinsam genutzte Bibliotheken, die durch einen anderen Build derselben Version ersetzt werden können.</translation>
    </message>
    <message>
        <source>Used by ReportLab.</source>
        <translation>Wird von ReportLab verwendet.</translation>
    </message>
    <message>
        <source>Journeyline bundles the following software.</source>
        <translation>Journeyline enthält die folgende Software.</translation>
    </message>
    <message>
        <source>The DejaVu Sans font (resources/fonts):</source>
        <translation>Die Schrift DejaVu Sans (resources/fonts):</translation>
    </message>
    <message>
        <source>DejaVu fonts licence: {url}</source>
        <translation>Lizenz der DejaVu-Schriften: {url}</translation>
    </message>
    <message>
        <source>The Noto Emoji font (resources/fonts):</source>
        <translation>Die Schrift Noto Emoji (resources/fonts):</translation>
    </message>
    <message>
        <source>Noto Emoji font licence: {url}</source>
        <translation>Lizenz der Schrift Noto Emoji: {url}</translation>
    </message>
    <message>
        <source>Libraries:</source>
        <translation>Bibliotheken:</translation>
    </message>
    <message>
        <source>About Journeyline</source>
        <translation>Über Journeyline</translation>
    </message>
    <message>
        <source>Journeyline</source>
        <translation>Journeyline</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Customer-journey maps, drawn as subway maps, for workshops.</source>
        <translation>Customer-Journey-Karten im Stil von U-Bahn-Plänen, für Workshops.</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
</context>
<context>
    <name>ActionBoard</name>
    <message>
        <source>Add improvement idea…</source>
        <translation>Verbesserungsidee hinzufügen…</translation>
    </message>
    <message>
        <source>Add an idea to the journey on the map (Insert)</source>
        <translation>Eine Idee zur Journey auf der Karte hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Show station</source>
        <translation>Station zeigen</translation>
    </message>
    <message>
        <source>Show the action&apos;s station on the map (Ctrl+Return)</source>
        <translation>Die Station der Maßnahme auf der Karte zeigen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Pick station on map</source>
        <translation>Station auf der Karte wählen</translation>
    </message>
    <message>
        <source>Link the action to a station you click on the map (Ctrl+L)</source>
        <translation>Die Maßnahme mit einer Station verknüpfen, die Sie auf der Karte anklicken (Strg+L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected actions (Delete)</source>
        <translation>Ausgewählte Maßnahmen löschen (Entf)</translation>
    </message>
    <message>
        <source>Show station on the map</source>
        <translation>Station auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Link to station…</source>
        <translation>Mit Station verknüpfen…</translation>
    </message>
    <message>
        <source>Pick station on the map</source>
        <translation>Station auf der Karte wählen</translation>
    </message>
    <message>
        <source>Unlink station</source>
        <translation>Station lösen</translation>
    </message>
</context>
<context>
    <name>ActionFilters</name>
    <message>
        <source>Search actions (Ctrl+F)</source>
        <translation>Maßnahmen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Maßnahmen suchen</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Journey:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorität:</translation>
    </message>
    <message>
        <source>{name} filter</source>
        <translation>Filter: {name}</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle Journeys</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Journey auf der Karte</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown} von %n Maßnahme</numerusform>
            <numerusform>{shown} von %n Maßnahmen</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>{file} cannot be used: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>{file} kann nicht verwendet werden: %n Problem; nichts wurde geändert.</numerusform>
            <numerusform>{file} kann nicht verwendet werden: %n Probleme; nichts wurde geändert.</numerusform>
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
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Aus {file} aktualisiert: {changes}, {new}, {owners}.</translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Keine Station</translation>
    </message>
    <message>
        <source>Quick wins first, then big bets, fill-ins, time sinks, unrated</source>
        <translation>Zuerst schnelle Erfolge, dann große Vorhaben, Lückenfüller, Zeitfresser, nicht bewertete</translation>
    </message>
    <message>
        <source>{column} (F2 or double-click to edit)</source>
        <translation>{column} (F2 oder Doppelklick zum Bearbeiten)</translation>
    </message>
    <message>
        <source>Not linked to a station (F2 to choose, Ctrl+L to pick on the map)</source>
        <translation>Mit keiner Station verknüpft (F2 zum Wählen, Strg+L zum Auswählen auf der Karte)</translation>
    </message>
    <message>
        <source>{station}
Double-click or Ctrl+Return: show on the map</source>
        <translation>{station}
Doppelklick oder Strg+Eingabe: auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Überfällig seit {date}</translation>
    </message>
    <message>
        <source>Effort {n}: {word}</source>
        <translation>Aufwand {n}: {word}</translation>
    </message>
    <message>
        <source>Value {n}: {word}</source>
        <translation>Nutzen {n}: {word}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
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
        <source>&amp;Import JSON document…</source>
        <translation>&amp;JSON-Dokument importieren…</translation>
    </message>
    <message>
        <source>Make a new workshop file from a JSON interchange document</source>
        <translation>Eine neue Workshop-Datei aus einem JSON-Dokument im Austauschformat anlegen</translation>
    </message>
    <message>
        <source>Open from li&amp;brary…</source>
        <translation>Aus &amp;der Bibliothek öffnen…</translation>
    </message>
    <message>
        <source>Find a published map or search across every map in the library</source>
        <translation>Eine veröffentlichte Karte finden oder alle Karten der Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Publis&amp;h to library…</source>
        <translation>In der Bibliothek &amp;veröffentlichen…</translation>
    </message>
    <message>
        <source>Publish this workshop (or a journey as a house template)</source>
        <translation>Diesen Workshop veröffentlichen (oder eine Journey als Hausvorlage)</translation>
    </message>
    <message>
        <source>Library se&amp;ttings…</source>
        <translation>B&amp;ibliothekseinstellungen…</translation>
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
        <source>Save a cop&amp;y…</source>
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
        <translation>Aus &amp;Maßnahmenliste aktualisieren…</translation>
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
        <translation>Alles aus&amp;wählen</translation>
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
        <translation>Linie &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>E&amp;instellungen…</translation>
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
        <translation>Ve&amp;rkleinern</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>Karte e&amp;inpassen</translation>
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
        <source>Show &amp;pain points</source>
        <translation>&amp;Schmerzpunkte anzeigen</translation>
    </message>
    <message>
        <source>Show i&amp;deas</source>
        <translation>I&amp;deen anzeigen</translation>
    </message>
    <message>
        <source>A mark with the number of improvement ideas of each station; their titles when the pointer rests on it</source>
        <translation>Ein Zeichen mit der Zahl der Verbesserungsideen jeder Station; ihre Titel, wenn der Mauszeiger darauf ruht</translation>
    </message>
    <message>
        <source>Show &amp;quotes</source>
        <translation>&amp;Zitate anzeigen</translation>
    </message>
    <message>
        <source>Show o&amp;wners</source>
        <translation>&amp;Verantwortliche anzeigen</translation>
    </message>
    <message>
        <source>Show fi&amp;gures</source>
        <translation>&amp;Kennzahlen anzeigen</translation>
    </message>
    <message>
        <source>Day, customers, duration and drop-off under each station</source>
        <translation>Tag, Kunden, Dauer und Abbruchrate unter jeder Station</translation>
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
        <source>Foc&amp;us on the map</source>
        <translation>Auf die Karte ko&amp;nzentrieren</translation>
    </message>
    <message>
        <source>Hide every panel so the map has the whole window; the same again brings them back (Ctrl+Shift+H)</source>
        <translation>Alle Bereiche ausblenden, damit die Karte das ganze Fenster hat; noch einmal holt sie zurück (Strg+Umschalt+H)</translation>
    </message>
    <message>
        <source>Pane&amp;ls</source>
        <translation>Berei&amp;che</translation>
    </message>
    <message>
        <source>Compa&amp;re today and future…</source>
        <translation>Heute &amp;und Zukunft vergleichen…</translation>
    </message>
    <message>
        <source>Today&apos;s and the future journey one above the other</source>
        <translation>Die heutige und die künftige Journey übereinander</translation>
    </message>
    <message>
        <source>Presentation &amp;mode</source>
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
    <name>CanvasMenus</name>
    <message>
        <source>Add station here</source>
        <translation>Station hier hinzufügen</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Linie hinzufügen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>Select all stations</source>
        <translation>Alle Stationen auswählen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>Add improvement idea…</source>
        <translation>Verbesserungsidee hinzufügen…</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Linie löschen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farbe…</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Standardfarbe</translation>
    </message>
    <message>
        <source>Add phase before</source>
        <translation>Phase davor hinzufügen</translation>
    </message>
    <message>
        <source>Add phase after</source>
        <translation>Phase danach hinzufügen</translation>
    </message>
    <message>
        <source>Add line above</source>
        <translation>Linie darüber hinzufügen</translation>
    </message>
    <message>
        <source>Add line below</source>
        <translation>Linie darunter hinzufügen</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Andere Farbe…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <source>Custom colour</source>
        <translation>Eigene Farbe</translation>
    </message>
    <message>
        <source>Custom colour ({code})</source>
        <translation>Eigene Farbe ({code})</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>Emotion, today and in the future</source>
        <translation>Emotion, heute und künftig</translation>
    </message>
    <message>
        <source>▲ {change} better</source>
        <translation>▲ {change} besser</translation>
    </message>
    <message>
        <source>▼ {change} worse</source>
        <translation>▼ {change} schlechter</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= keine Veränderung</translation>
    </message>
    <message>
        <source>{name}: average {value}</source>
        <translation>{name}: Durchschnitt {value}</translation>
    </message>
    <message>
        <source>{name}: not assessed</source>
        <translation>{name}: nicht bewertet</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Import JSON document</source>
        <translation>JSON-Dokument importieren</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Importierten Workshop speichern unter</translation>
    </message>
    <message>
        <source>The document could not be imported</source>
        <translation>Das Dokument konnte nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add action {name}</source>
        <translation>Maßnahme {name} hinzufügen</translation>
    </message>
    <message>
        <source>Add journey {name}</source>
        <translation>Journey {name} hinzufügen</translation>
    </message>
    <message>
        <source>Add line {name}</source>
        <translation>Linie {name} hinzufügen</translation>
    </message>
    <message>
        <source>Add owner {name}</source>
        <translation>Verantwortliche Person {name} hinzufügen</translation>
    </message>
    <message>
        <source>Add persona {name}</source>
        <translation>Persona {name} hinzufügen</translation>
    </message>
    <message>
        <source>Add phase {name}</source>
        <translation>Phase {name} hinzufügen</translation>
    </message>
    <message>
        <source>Add station {name}</source>
        <translation>Station {name} hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Clear moment of truth of %n station(s)</source>
        <translation>
            <numerusform>Moment der Wahrheit bei Station entfernen</numerusform>
            <numerusform>Moment der Wahrheit bei %n Stationen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Maßnahme löschen</numerusform>
            <numerusform>%n Maßnahmen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation>
            <numerusform>Linie löschen</numerusform>
            <numerusform>%n Linien löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phase(s)</source>
        <translation>
            <numerusform>Phase löschen</numerusform>
            <numerusform>%n Phasen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n station(s)</source>
        <translation>
            <numerusform>Station löschen</numerusform>
            <numerusform>%n Stationen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Journey löschen</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Linie löschen</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Verantwortliche Person löschen</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Persona löschen</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Die künftige Journey entwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n station(s)</source>
        <translation>
            <numerusform>Station duplizieren</numerusform>
            <numerusform>%n Stationen duplizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit action {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>Edit journey&apos;s {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>Edit line {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>Edit owner&apos;s {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>Edit persona&apos;s {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>Edit phase {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>Edit station {field}</source>
        <translation>{field} bearbeiten</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Workshop-Angaben bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n station(s) as moment of truth</source>
        <translation>
            <numerusform>Station als Moment der Wahrheit markieren</numerusform>
            <numerusform>%n Stationen als Moment der Wahrheit markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge owners</source>
        <translation>Verantwortliche zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n station(s)</source>
        <translation>
            <numerusform>Station verschieben</numerusform>
            <numerusform>%n Stationen verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Move line to backstage</source>
        <translation>Linie hinter die Kulissen verschieben</translation>
    </message>
    <message>
        <source>Move line to frontstage</source>
        <translation>Linie für Kunden sichtbar machen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n station(s)</source>
        <translation>
            <numerusform>Station einfügen</numerusform>
            <numerusform>%n Stationen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename station</source>
        <translation>Station umbenennen</translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation>Journeys neu anordnen</translation>
    </message>
    <message>
        <source>Reorder lines</source>
        <translation>Linien neu anordnen</translation>
    </message>
    <message>
        <source>Reorder phases</source>
        <translation>Phasen neu anordnen</translation>
    </message>
    <message numerus="yes">
        <source>Set emotion of %n station(s)</source>
        <translation>
            <numerusform>Emotion für Station festlegen</numerusform>
            <numerusform>Emotion für %n Stationen festlegen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set owner to new {name}</source>
        <translation>Neue verantwortliche Person {name} festlegen</translation>
    </message>
    <message>
        <source>Update from {file}</source>
        <translation>Aus {file} aktualisieren</translation>
    </message>
</context>
<context>
    <name>EmotionPicker</name>
    <message>
        <source>{label} ({sign})</source>
        <translation>{label} ({sign})</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>The room has not judged this moment yet</source>
        <translation>Die Runde hat diesen Moment noch nicht bewertet</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the {label} as</source>
        <translation>{label} exportieren unter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;All journeys</source>
        <translation>&amp;Alle Journeys</translation>
    </message>
    <message>
        <source>O&amp;ne:</source>
        <translation>&amp;Eine:</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Journeys:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>An image shows one journey&apos;s map</source>
        <translation>Ein Bild zeigt die Karte einer Journey</translation>
    </message>
    <message>
        <source>Every journey&apos;s map</source>
        <translation>Die Karte jeder Journey</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“{name}” already exists in “{folder}”. Replace it?</source>
        <translation>„{name}“ gibt es bereits in „{folder}“. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>ExportNotices</name>
    <message>
        <source>No installed font has the character {characters}, so it shows as an empty box. Install a font that has it (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Keine installierte Schrift enthält das Zeichen {characters}, daher erscheint es als leeres Kästchen. Installieren Sie eine Schrift, die es enthält (z. B. Noto Sans CJK oder Droid Sans Fallback als TrueType), und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>No installed font has these {count} characters, so they show as empty boxes: {characters}. Install a font that has them (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Keine installierte Schrift enthält diese {count} Zeichen, daher erscheinen sie als leere Kästchen: {characters}. Installieren Sie eine Schrift, die sie enthält (z. B. Noto Sans CJK oder Droid Sans Fallback als TrueType), und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>The map of {journey} is printed at {percent}% on {paper}: its smallest text is {size} pt. Choose a larger paper for print; on screen it can be zoomed.</source>
        <translation>Die Karte {journey} wird mit {percent} % auf {paper} gedruckt; ihr kleinster Text misst {size} pt. Wählen Sie für den Druck ein größeres Papier; am Bildschirm lässt sie sich zoomen.</translation>
    </message>
    <message>
        <source>The map of {journey} is too large for the chosen resolution; it was drawn at {dpi} dpi instead. Use the PDF or SVG for a sharper copy.</source>
        <translation>Die Karte {journey} ist für die gewählte Auflösung zu groß; sie wurde stattdessen mit {dpi} dpi gezeichnet. Verwenden Sie das PDF oder SVG für eine schärfere Kopie.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting the {label} “{name}”…</source>
        <translation>{label} „{name}“ wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <source>Exported {what}.</source>
        <translation>{what} exportiert.</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>In {folder}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message numerus="yes">
        <source>Please check %n note(s):</source>
        <translation>
            <numerusform>Bitte %n Hinweis prüfen:</numerusform>
            <numerusform>Bitte %n Hinweise prüfen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Kennzahlen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Zitate</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source>150 dpi suits slides; 300 dpi suits print</source>
        <translation>150 dpi eignen sich für Folien, 300 dpi für den Druck</translation>
    </message>
    <message>
        <source>A0 · 841 × 1189 mm</source>
        <translation>A0 · 841 × 1189 mm</translation>
    </message>
    <message>
        <source>A1 · 594 × 841 mm</source>
        <translation>A1 · 594 × 841 mm</translation>
    </message>
    <message>
        <source>A2 · 420 × 594 mm</source>
        <translation>A2 · 420 × 594 mm</translation>
    </message>
    <message>
        <source>A3 · 297 × 420 mm</source>
        <translation>A3 · 297 × 420 mm</translation>
    </message>
    <message>
        <source>A4 sheets, to tape together</source>
        <translation>A4-Blätter zum Zusammenkleben</translation>
    </message>
    <message>
        <source>A4 · 210 × 297 mm</source>
        <translation>A4 · 210 × 297 mm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Actions, stations and owners as sheets, to plan the follow-up.</source>
        <translation>Maßnahmen, Stationen und Verantwortliche als Tabellenblätter, um die Nacharbeit zu planen.</translation>
    </message>
    <message>
        <source>As View ▸ Show… has it; a change here is for this export only</source>
        <translation>Wie unter Ansicht ▸ … anzeigen; eine Änderung hier gilt nur für diesen Export</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Hinter den Kulissen</translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation>Großes Vorhaben</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Blaugrün</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
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
        <source>Dark brown</source>
        <translation>Dunkelbraun</translation>
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
        <source>Doing</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
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
        <source>Dropped</source>
        <translation>Verworfen</translation>
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
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Excel action list</source>
        <translation>Maßnahmenliste (Excel)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Für Kunden sichtbar</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationen</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Zukunft</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>I&amp;deas</source>
        <translation>I&amp;deen</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>JSON-Dokument</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>JSON-Dokumente (*.json)</translation>
    </message>
    <message>
        <source>Journeyline export</source>
        <translation>Journeyline-Export</translation>
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
        <source>Letter sheets, to tape together</source>
        <translation>Letter-Blätter zum Zusammenkleben</translation>
    </message>
    <message>
        <source>Letter · 8.5 × 11 in</source>
        <translation>Letter · 8,5 × 11 Zoll</translation>
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
        <source>Ne&amp;eds</source>
        <translation>&amp;Bedürfnisse</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
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
        <source>O&amp;wners</source>
        <translation>&amp;Verantwortliche</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a drawing that stays sharp at any size.</source>
        <translation>Die Karte einer Journey als Zeichnung, die in jeder Größe scharf bleibt.</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a picture, for slides and documents.</source>
        <translation>Die Karte einer Journey als Bild, für Folien und Dokumente.</translation>
    </message>
    <message>
        <source>One sheet of that size</source>
        <translation>Ein Blatt dieser Größe</translation>
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
        <source>PDF poster</source>
        <translation>PDF-Poster</translation>
    </message>
    <message>
        <source>PDF posters (*.pdf)</source>
        <translation>PDF-Poster (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Pain po&amp;ints</source>
        <translation>Sc&amp;hmerzpunkte</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Pale blue</source>
        <translation>Hellblau</translation>
    </message>
    <message>
        <source>Pale green</source>
        <translation>Hellgrün</translation>
    </message>
    <message>
        <source>Pale grey</source>
        <translation>Hellgrau</translation>
    </message>
    <message>
        <source>Pale lavender</source>
        <translation>Helles Lavendel</translation>
    </message>
    <message>
        <source>Pale peach</source>
        <translation>Helles Pfirsich</translation>
    </message>
    <message>
        <source>Pale pink</source>
        <translation>Zartrosa</translation>
    </message>
    <message>
        <source>Pale turquoise</source>
        <translation>Helltürkis</translation>
    </message>
    <message>
        <source>Pale yellow</source>
        <translation>Hellgelb</translation>
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
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Print &amp;on:</source>
        <translation>&amp;Drucken auf:</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Schneller Erfolg</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Rotviolett</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Berichtet</translation>
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
        <source>S&amp;how:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-Bild</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Himmelblau</translation>
    </message>
    <message>
        <source>Slate grey</source>
        <translation>Schiefergrau</translation>
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
        <source>Steel blue</source>
        <translation>Stahlblau</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Storyline</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Supportanfrage</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Tabloid · 11 × 17 in</source>
        <translation>Tabloid · 11 × 17 Zoll</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>The map, the action list and the station details, ready to print.</source>
        <translation>Die Karte, die Maßnahmenliste und die Details der Stationen, fertig zum Drucken.</translation>
    </message>
    <message>
        <source>The whole workshop as an interchange document, to import elsewhere.</source>
        <translation>Der ganze Workshop als Austauschdokument, zum Import an anderer Stelle.</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>Die Sprache des Workshops</translation>
    </message>
    <message>
        <source>Time sink</source>
        <translation>Zeitfresser</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>Vermilion</source>
        <translation>Zinnoberrot</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Sehr negativ</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>Sehr positiv</translation>
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
        <source>details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
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
        <translation>Beleg</translation>
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
        <translation>Bedeutung</translation>
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
        <translation>Verantwortlich</translation>
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
        <translation>Storyline</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Kontaktpunkt</translation>
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
    <name>FileProblems</name>
    <message>
        <source>Another program is writing to the library “{library}”; try again in a moment. Nothing was changed.</source>
        <translation>Ein anderes Programm schreibt gerade in die Bibliothek „{library}“; versuchen Sie es gleich noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop (“{exported}”); nothing was changed.</source>
        <translation>Keine der {count} Maßnahmen in {file} ist in diesem Workshop: Die Liste wurde aus einem anderen Workshop exportiert („{exported}“); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop; nothing was changed.</source>
        <translation>Keine der {count} Maßnahmen in {file} ist in diesem Workshop: Die Liste wurde aus einem anderen Workshop exportiert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Row {row}: the new action “{title}” gets no owner, as “{needed}” is not created.</source>
        <translation>Zeile {row}: Die neue Maßnahme „{title}“ erhält keine verantwortliche Person, da „{needed}“ nicht angelegt wird.</translation>
    </message>
    <message>
        <source>Row {row}: the {field} of “{action}” was changed both in the list (to {listed}) and in the workshop since the export (to {current}); the list&apos;s value is the one applied.</source>
        <translation>Zeile {row}: Das Feld „{field}“ von „{action}“ wurde sowohl in der Liste (zu {listed}) als auch seit dem Export im Workshop (zu {current}) geändert; der Wert der Liste wird übernommen.</translation>
    </message>
    <message>
        <source>Row {row}: “{action}” keeps its owner {owner}, as “{needed}” is not created.</source>
        <translation>Zeile {row}: „{action}“ behält die verantwortliche Person {owner}, da „{needed}“ nicht angelegt wird.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has no “{header}” column (row {row} is its header), so every action keeps its {field}.</source>
        <translation>Das Blatt „{sheet}“ hat keine Spalte „{header}“ (Zeile {row} ist seine Kopfzeile), daher behält jede Maßnahme ihr Feld „{field}“.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} has no action key: it is taken as the action “{title}” of the workshop, which has the same title.</source>
        <translation>Blatt „{sheet}“, Zeile {row} hat keinen Maßnahmenschlüssel: Sie wird als die Maßnahme „{title}“ des Workshops gelesen, die denselben Titel hat.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} holds only formulas (a totals row?), so it is not read as an action.</source>
        <translation>Blatt „{sheet}“, Zeile {row} enthält nur Formeln (eine Summenzeile?), daher wird sie nicht als Maßnahme gelesen.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} is a new action, but the sheet has no “{header}” column to give it a title.</source>
        <translation>Blatt „{sheet}“, Zeile {row} ist eine neue Maßnahme, aber das Blatt hat keine Spalte „{header}“, die ihr einen Titel gibt.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} names no journey: the list needs a “{header}” column naming the journey of the new action ({journeys}).</source>
        <translation>Blatt „{sheet}“, Zeile {row} nennt keine Journey: Die Liste braucht eine Spalte „{header}“, die die Journey der neuen Maßnahme nennt ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the Excel error “{value}”.</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte {column} ({header}) enthält den Excel-Fehler „{value}“.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}” with no value computed by Excel: it is read as that text, never run.</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte {column} ({header}) enthält die Formel „{formula}“ ohne von Excel berechneten Wert: Sie wird als dieser Text gelesen und nie ausgeführt.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}”: its value as Excel last showed it, “{value}”, is read.</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte {column} ({header}) enthält die Formel „{formula}“: Ihr Wert, wie Excel ihn zuletzt zeigte, „{value}“, wird gelesen.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, the name of {count} journeys: rename one of them in Journeyline first.</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte {column} ({header}) enthält „{name}“, den Namen von {count} Journeys: Benennen Sie zuerst eine davon in Journeyline um.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, which is no journey of this workshop ({journeys}).</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte {column} ({header}) enthält „{name}“, keine Journey dieses Workshops ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but no station has that title: the action&apos;s station is left as it is.</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte {column} ({header}) enthält „{title}“, aber keine Station hat diesen Titel: Die Station der Maßnahme bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but {count} stations have that title: the action&apos;s station is left as it is.</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte {column} ({header}) enthält „{title}“, aber {count} Stationen haben diesen Titel: Die Station der Maßnahme bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”, which is not an action key Journeyline wrote: clear that hidden cell to add the row as a new action.</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte {column} ({header}) enthält „{value}“, keinen Maßnahmenschlüssel, den Journeyline geschrieben hat: Leeren Sie diese verborgene Zelle, um die Zeile als neue Maßnahme hinzuzufügen.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”.</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte {column} ({header}) enthält „{value}“.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty.</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte {column} ({header}) ist leer.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: name the journey of the new action ({journeys}).</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte {column} ({header}) ist leer: Nennen Sie die Journey der neuen Maßnahme ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: the status of “{action}” stays “{status}”.</source>
        <translation>Blatt „{sheet}“, Zeile {row}, Spalte {column} ({header}) ist leer: Der Status von „{action}“ bleibt „{status}“.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: its action is no longer in the workshop (deleted after the export?), so the row is left out.</source>
        <translation>Blatt „{sheet}“, Zeile {row}: Ihre Maßnahme ist nicht mehr im Workshop (nach dem Export gelöscht?), daher wird die Zeile ausgelassen.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: the “{header}” column names “{named}”, but the action is in “{actual}”, where it stays.</source>
        <translation>Blatt „{sheet}“, Zeile {row}: Die Spalte „{header}“ nennt „{named}“, aber die Maßnahme ist in „{actual}“ und bleibt dort.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, rows {first} and {second} carry the same hidden action key in column {column}: one row was copied from the other, so clear that cell in the copy to add it as a new action.</source>
        <translation>Blatt „{sheet}“, Zeilen {first} und {second} tragen denselben verborgenen Maßnahmenschlüssel in Spalte {column}: Eine Zeile wurde aus der anderen kopiert; leeren Sie diese Zelle in der Kopie, um sie als neue Maßnahme hinzuzufügen.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, {count} rows ({rows}): the “{header}” column names “{named}”, but the actions are in “{actual}”, where they stay.</source>
        <translation>Blatt „{sheet}“, {count} Zeilen ({rows}): Die Spalte „{header}“ nennt „{named}“, aber die Maßnahmen sind in „{actual}“ und bleiben dort.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved in {folder}: {reason}.</source>
        <translation>Die Wahl der Bibliothek konnte nicht in {folder} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved. {problem}</source>
        <translation>Die Wahl der Bibliothek konnte nicht gespeichert werden. {problem}</translation>
    </message>
    <message>
        <source>The connection to the library “{library}” was lost; nothing was changed.</source>
        <translation>Die Verbindung zur Bibliothek „{library}“ ist abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The copy {file} failed its check.</source>
        <translation>Die Kopie {file} hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be reached; nothing was changed.</source>
        <translation>Die Bibliothek „{library}“ ist nicht erreichbar; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be used: {module} is not installed.</source>
        <translation>Die Bibliothek „{library}“ kann nicht verwendet werden: {module} ist nicht installiert.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: it is read-only; nothing was changed.</source>
        <translation>In die Bibliothek „{library}“ kann nicht geschrieben werden: Sie ist schreibgeschützt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: the disk is full; nothing was changed.</source>
        <translation>In die Bibliothek „{library}“ kann nicht geschrieben werden: Der Datenträger ist voll; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The library “{library}” could not be used: {reason}. Nothing was changed.</source>
        <translation>Die Bibliothek „{library}“ konnte nicht verwendet werden: {reason}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The library “{library}” is not set up for this Journeyline yet, and your database role may not set it up; ask the library&apos;s owner to run &apos;journeyline library setup&apos; once.</source>
        <translation>Die Bibliothek „{library}“ ist für diese Journeyline-Version noch nicht eingerichtet, und Ihre Datenbankrolle darf sie nicht einrichten; bitten Sie den Eigentümer der Bibliothek, einmal &apos;journeyline library setup&apos; auszuführen.</translation>
    </message>
    <message>
        <source>The library “{library}” was set up by a newer Journeyline; please update Journeyline to use it.</source>
        <translation>Die Bibliothek „{library}“ wurde von einer neueren Journeyline-Version eingerichtet; bitte aktualisieren Sie Journeyline, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” has no such database; nothing was changed.</source>
        <translation>Der Server der Bibliothek „{library}“ hat keine solche Datenbank; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” refused the sign-in (user or password); nothing was changed.</source>
        <translation>Der Server der Bibliothek „{library}“ hat die Anmeldung abgelehnt (Benutzer oder Passwort); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The workshop could not be prepared for export: {reason}.</source>
        <translation>Der Workshop konnte nicht für den Export vorbereitet werden: {reason}.</translation>
    </message>
    <message>
        <source>Version {number} of “{title}” in the library “{library}” cannot be read: {place}: {rule}</source>
        <translation>Version {number} von „{title}“ in der Bibliothek „{library}“ kann nicht gelesen werden: {place}: {rule}</translation>
    </message>
    <message>
        <source>Your database role may not publish to the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Ihre Datenbankrolle darf nicht in der Bibliothek „{library}“ veröffentlichen: Bitten Sie den Eigentümer der Bibliothek, ihr das Recht zu geben; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your database role may not read the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Ihre Datenbankrolle darf die Bibliothek „{library}“ nicht lesen: Bitten Sie den Eigentümer der Bibliothek, ihr das Recht zu geben; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>action {id}</source>
        <translation>Maßnahme {id}</translation>
    </message>
    <message>
        <source>binary data ({count} bytes)</source>
        <translation>Binärdaten ({count} Bytes)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>journey {id}</source>
        <translation>Journey {id}</translation>
    </message>
    <message>
        <source>line {id}</source>
        <translation>Linie {id}</translation>
    </message>
    <message>
        <source>owner {id}</source>
        <translation>Verantwortliche(r) {id}</translation>
    </message>
    <message>
        <source>persona {id}</source>
        <translation>Persona {id}</translation>
    </message>
    <message>
        <source>phase {id}</source>
        <translation>Phase {id}</translation>
    </message>
    <message>
        <source>row {id} of the table {table}</source>
        <translation>Zeile {id} der Tabelle {table}</translation>
    </message>
    <message>
        <source>station {id}</source>
        <translation>Station {id}</translation>
    </message>
    <message>
        <source>the workshop record</source>
        <translation>die Grunddaten des Workshops</translation>
    </message>
    <message>
        <source>{file} already exists; it was not overwritten.</source>
        <translation>{file} existiert bereits; die Datei wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} actions, and a workshop holds at most {max}.</source>
        <translation>{file} kann nicht geöffnet werden: Die Datei enthält {count} Maßnahmen, ein Workshop höchstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} journeys, and a workshop holds at most {max}.</source>
        <translation>{file} kann nicht geöffnet werden: Die Datei enthält {count} Journeys, ein Workshop höchstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} lines, and a workshop holds at most {max}.</source>
        <translation>{file} kann nicht geöffnet werden: Die Datei enthält {count} Linien, ein Workshop höchstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} owners, and a workshop holds at most {max}.</source>
        <translation>{file} kann nicht geöffnet werden: Die Datei enthält {count} Verantwortliche, ein Workshop höchstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} personas, and a workshop holds at most {max}.</source>
        <translation>{file} kann nicht geöffnet werden: Die Datei enthält {count} Personas, ein Workshop höchstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} phases, and a workshop holds at most {max}.</source>
        <translation>{file} kann nicht geöffnet werden: Die Datei enthält {count} Phasen, ein Workshop höchstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} quotes, and a workshop holds at most {max}.</source>
        <translation>{file} kann nicht geöffnet werden: Die Datei enthält {count} Zitate, ein Workshop höchstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} stations, and a workshop holds at most {max}.</source>
        <translation>{file} kann nicht geöffnet werden: Die Datei enthält {count} Stationen, ein Workshop höchstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it is {size}, and Journeyline reads files of at most {limit}.</source>
        <translation>{file} kann nicht geöffnet werden: Die Datei ist {size} groß, Journeyline liest Dateien bis höchstens {limit}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: its side file {side} is not a regular file.</source>
        <translation>{file} kann nicht geöffnet werden: Die zugehörige Datei {side} ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>{file} kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} cannot be used: action {row} belongs to station {other} of another journey.</source>
        <translation>{file} kann nicht verwendet werden: Maßnahme {row} gehört zu Station {other} einer anderen Journey.</translation>
    </message>
    <message>
        <source>{file} cannot be used: it has no workshop record.</source>
        <translation>{file} kann nicht verwendet werden: Die Grunddaten des Workshops fehlen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: its side files change it into something that is not this workshop file.</source>
        <translation>{file} kann nicht verwendet werden: Die zugehörigen Dateien machen daraus etwas anderes als diese Workshop-Datei.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on line {other} of another journey.</source>
        <translation>{file} kann nicht verwendet werden: Station {row} liegt auf Linie {other} einer anderen Journey.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on phase {other} of another journey.</source>
        <translation>{file} kann nicht verwendet werden: Station {row} liegt in Phase {other} einer anderen Journey.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the column {column} of {row} is {value}, which is not a valid value.</source>
        <translation>{file} kann nicht verwendet werden: Die Spalte {column} von {row} enthält {value}, und das ist kein gültiger Wert.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a list.</source>
        <translation>{file} kann nicht verwendet werden: Das Feld „{field}“ von {row} enthält {value}, und das ist keine Liste.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a valid value.</source>
        <translation>{file} kann nicht verwendet werden: Das Feld „{field}“ von {row} enthält {value}, und das ist kein gültiger Wert.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}. {rule}</source>
        <translation>{file} kann nicht verwendet werden: Das Feld „{field}“ von {row} enthält {value}. {rule}</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a journey that is not in the file.</source>
        <translation>{file} kann nicht verwendet werden: {row} verweist auf eine Journey, die nicht in der Datei ist.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a line that is not in the file.</source>
        <translation>{file} kann nicht verwendet werden: {row} verweist auf eine Linie, die nicht in der Datei ist.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a persona that is not in the file.</source>
        <translation>{file} kann nicht verwendet werden: {row} verweist auf eine Persona, die nicht in der Datei ist.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a phase that is not in the file.</source>
        <translation>{file} kann nicht verwendet werden: {row} verweist auf eine Phase, die nicht in der Datei ist.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a row of the table {table} that is not in the file.</source>
        <translation>{file} kann nicht verwendet werden: {row} verweist auf eine Zeile der Tabelle {table}, die nicht in der Datei ist.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a station that is not in the file.</source>
        <translation>{file} kann nicht verwendet werden: {row} verweist auf eine Station, die nicht in der Datei ist.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an action that is not in the file.</source>
        <translation>{file} kann nicht verwendet werden: {row} verweist auf eine Maßnahme, die nicht in der Datei ist.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an owner that is not in the file.</source>
        <translation>{file} kann nicht verwendet werden: {row} verweist auf eine verantwortliche Person, die nicht in der Datei ist.</translation>
    </message>
    <message>
        <source>{file} could not be checked: {reason}.</source>
        <translation>{file} konnte nicht geprüft werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk is full.</source>
        <translation>{file} konnte nicht geöffnet werden: der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk reported an error.</source>
        <translation>{file} konnte nicht geöffnet werden: der Datenträger hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the file or its folder is read-only.</source>
        <translation>{file} konnte nicht geöffnet werden: die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>{file} could not be opened: {reason}.</source>
        <translation>{file} konnte nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk is full.</source>
        <translation>{file} konnte nicht gelesen werden: der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk reported an error.</source>
        <translation>{file} konnte nicht gelesen werden: der Datenträger hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>{file} could not be read: the file or its folder is read-only.</source>
        <translation>{file} konnte nicht gelesen werden: die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>{file} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk is full.</source>
        <translation>{file} konnte nicht gespeichert werden: der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk reported an error.</source>
        <translation>{file} konnte nicht gespeichert werden: der Datenträger hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the file or its folder is read-only.</source>
        <translation>{file} konnte nicht gespeichert werden: die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}.</source>
        <translation>{file} konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded: it holds values this Journeyline does not accept; the file is unchanged.</source>
        <translation>{file} konnte nicht aktualisiert werden: Die Datei enthält Werte, die diese Journeyline-Version nicht akzeptiert; die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>{file} could not be written: a folder has that name; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: ein Ordner trägt diesen Namen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is a Journeyline workshop file, and an export never replaces a workshop; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: es ist eine Journeyline-Workshop-Datei, und ein Export ersetzt nie einen Workshop; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is the workshop file being exported; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: es ist die Workshop-Datei, die exportiert wird; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: its name is {size} bytes long, and the folder allows at most {limit}; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: der Name ist {size} Byte lang, und der Ordner erlaubt höchstens {limit}; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: part of the path is not a folder; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: ein Teil des Pfads ist kein Ordner; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: permission was denied; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: der Zugriff wurde verweigert; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full.</source>
        <translation>{file} konnte nicht geschrieben werden: der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: der Datenträger ist voll; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is read-only; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: der Datenträger ist schreibgeschützt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error.</source>
        <translation>{file} konnte nicht geschrieben werden: der Datenträger hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: der Datenträger hat einen Fehler gemeldet; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is open in another program; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: die Datei ist in einem anderen Programm geöffnet; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only or open in another program; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: die Datei ist schreibgeschützt oder in einem anderen Programm geöffnet; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: die Datei ist schreibgeschützt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file or its folder is read-only.</source>
        <translation>{file} konnte nicht geschrieben werden: die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder does not exist; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: der Ordner existiert nicht; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder is read-only; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: der Ordner ist schreibgeschützt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is not allowed here; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: der Name ist hier nicht erlaubt; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is too long; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: der Name ist zu lang; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journey with id {id}; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: der Workshop hat keine Journey mit der ID {id}; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journeys, so there is no map to draw; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: der Workshop hat keine Journeys, es gibt also keine Karte zu zeichnen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop holds data the interchange format does not allow ({place}: {rule}); nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: der Workshop enthält Daten, die das Austauschformat nicht zulässt ({place}: {rule}); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: there is no export format {format}; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: es gibt kein Exportformat {format}; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}; nothing was written.</source>
        <translation>{file} konnte nicht geschrieben werden: {reason}; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} existiert nicht.</translation>
    </message>
    <message>
        <source>{file} has file version {version}, which this Journeyline cannot upgrade.</source>
        <translation>{file} hat die Dateiversion {version}, die diese Journeyline-Version nicht aktualisieren kann.</translation>
    </message>
    <message>
        <source>{file} has no record of the values as exported (its hidden sheet is gone), so every difference from the workshop counts as a change in the list, including changes made in the workshop since the export.</source>
        <translation>{file} enthält keine Aufzeichnung der Werte, wie sie exportiert wurden (das verborgene Blatt fehlt), daher zählt jeder Unterschied zum Workshop als Änderung in der Liste, auch Änderungen, die seit dem Export im Workshop gemacht wurden.</translation>
    </message>
    <message>
        <source>{file} holds the action list twice (sheets “{first}” and “{second}”): keep one of them and try again; nothing was changed.</source>
        <translation>{file} enthält die Maßnahmenliste zweimal (Blätter „{first}“ und „{second}“): Behalten Sie eines davon und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} is a database of another program, not a Journeyline workshop file.</source>
        <translation>{file} ist eine Datenbank eines anderen Programms, keine Journeyline-Workshop-Datei.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a workshop file.</source>
        <translation>{file} ist ein Ordner, keine Workshop-Datei.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an Excel workbook.</source>
        <translation>{file} ist ein Ordner, keine Excel-Arbeitsmappe.</translation>
    </message>
    <message>
        <source>{file} is a workshop file, not an interchange JSON document; nothing was written.</source>
        <translation>{file} ist eine Workshop-Datei, kein JSON-Dokument im Austauschformat; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} is a zip archive but not an Excel workbook, so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} ist ein Zip-Archiv, aber keine Excel-Arbeitsmappe, also keine Maßnahmenliste von Journeyline; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not a Journeyline workshop file.</source>
        <translation>{file} ist ein Zip-Archiv, keine Journeyline-Workshop-Datei.</translation>
    </message>
    <message>
        <source>{file} is an old-format Excel (.xls) or other Office file, not a Journeyline action list (.xlsx); nothing was changed.</source>
        <translation>{file} ist eine Excel-Datei im alten Format (.xls) oder eine andere Office-Datei, keine Maßnahmenliste von Journeyline (.xlsx); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} is closed.</source>
        <translation>{file} ist geschlossen.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read.</source>
        <translation>{file} ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{file} is damaged: Excel&apos;s parts inside it cannot be read; nothing was changed.</source>
        <translation>{file} ist beschädigt: Die Excel-Bestandteile darin können nicht gelesen werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} is damaged: SQLite&apos;s check of the file failed.</source>
        <translation>{file} ist beschädigt: Die Prüfung der Datei durch SQLite ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>{file} is damaged: a sheet inside it cannot be read; nothing was changed.</source>
        <translation>{file} ist beschädigt: Ein Blatt darin kann nicht gelesen werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} is damaged: it has no valid file version.</source>
        <translation>{file} ist beschädigt: Die Datei hat keine gültige Dateiversion.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete Excel workbook; nothing was changed.</source>
        <translation>{file} ist beschädigt: Sie ist keine vollständige Excel-Arbeitsmappe; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} is damaged: some of its rows refer to rows that do not exist.</source>
        <translation>{file} ist beschädigt: Einige Zeilen verweisen auf Zeilen, die es nicht gibt.</translation>
    </message>
    <message>
        <source>{file} is damaged: the file is truncated.</source>
        <translation>{file} ist beschädigt: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not a Journeyline workshop file.</source>
        <translation>{file} ist leer und daher keine Journeyline-Workshop-Datei.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not an Excel action list.</source>
        <translation>{file} ist leer, also keine Maßnahmenliste in Excel.</translation>
    </message>
    <message>
        <source>{file} is in a read-only folder, so it cannot be edited.</source>
        <translation>{file} liegt in einem schreibgeschützten Ordner und kann daher nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline action list: no sheet has the hidden action key column that Journeyline&apos;s export writes; nothing was changed.</source>
        <translation>{file} ist keine Maßnahmenliste von Journeyline: Kein Blatt hat die verborgene Spalte mit Maßnahmenschlüsseln, die der Export von Journeyline schreibt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline workshop file.</source>
        <translation>{file} ist keine Journeyline-Workshop-Datei.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say), so it is not a workshop file.</source>
        <translation>{file} ist keine gewöhnliche Datei (sondern etwa eine Pipe oder ein Gerät) und daher keine Workshop-Datei.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say).</source>
        <translation>{file} ist keine gewöhnliche Datei (sondern etwa eine Pipe oder ein Gerät).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx), so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} ist keine Excel-Arbeitsmappe (.xlsx), also keine Maßnahmenliste von Journeyline; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} is open in Journeyline or another program, so it was not replaced; close it there first. Nothing was written.</source>
        <translation>{file} ist in Journeyline oder einem anderen Programm geöffnet und wurde daher nicht ersetzt; schließen Sie die Datei dort zuerst. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} is open in another Journeyline window or program; close it there first.</source>
        <translation>{file} ist in einem anderen Journeyline-Fenster oder Programm geöffnet; schließen Sie die Datei dort zuerst.</translation>
    </message>
    <message>
        <source>{file} is protected with a password: open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook), save it and try again; nothing was changed.</source>
        <translation>{file} ist mit einem Kennwort geschützt: Öffnen Sie die Datei in Excel, entfernen Sie das Kennwort (Datei ▸ Informationen ▸ Arbeitsmappe schützen), speichern Sie sie und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} is read-only, so it cannot be edited.</source>
        <translation>{file} ist schreibgeschützt und kann daher nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB, far more than any action list; it was not read and nothing was changed.</source>
        <translation>{file} wird auf mehr als {limit} MB entpackt, weit mehr als jede Maßnahmenliste; die Datei wurde nicht gelesen und es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: file version {version} is not one Journeyline has made.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Die Dateiversion {version} hat Journeyline nie erzeugt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a table {name} that Journeyline does not make.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Sie enthält eine Tabelle {name}, die Journeyline nicht anlegt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a trigger {name} that Journeyline does not make.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Sie enthält einen Trigger {name}, den Journeyline nicht anlegt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a view {name} that Journeyline does not make.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Sie enthält eine Sicht {name}, die Journeyline nicht anlegt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds an index {name} that Journeyline does not make.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Sie enthält einen Index {name}, den Journeyline nicht anlegt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is missing.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Der Index {name} fehlt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is not the one Journeyline makes.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Der Index {name} ist nicht der, den Journeyline anlegt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is missing.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Die Tabelle {name} fehlt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is not the one Journeyline makes.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Die Tabelle {name} ist nicht die, die Journeyline anlegt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its tables are not those of a workshop file.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Ihre Tabellen sind nicht die einer Workshop-Datei.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is missing.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Der Trigger {name} fehlt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is not the one Journeyline makes.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Der Trigger {name} ist nicht der, den Journeyline anlegt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is missing.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Die Sicht {name} fehlt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is not the one Journeyline makes.</source>
        <translation>{file} wurde außerhalb von Journeyline geändert und kann nicht verwendet werden: Die Sicht {name} ist nicht die, die Journeyline anlegt.</translation>
    </message>
    <message>
        <source>{file} was exported from the workshop “{exported}”; this one is “{current}”.</source>
        <translation>{file} wurde aus dem Workshop „{exported}“ exportiert; dieser ist „{current}“.</translation>
    </message>
    <message>
        <source>{file} was moved, deleted or replaced by another program, so changes can no longer be saved into it; use Save a copy… to keep the workshop.</source>
        <translation>{file} wurde von einem anderen Programm verschoben, gelöscht oder ersetzt, daher können Änderungen nicht mehr darin gespeichert werden; sichern Sie den Workshop mit „Kopie speichern…“.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); Journeyline recovered it as it was before that change.</source>
        <translation>{file} wurde nicht ordnungsgemäß geschlossen (eine Änderung wurde abgebrochen, vielleicht durch einen Absturz); Journeyline hat die Datei im Zustand vor dieser Änderung wiederhergestellt.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); it is read as it was before that change, and the file is left as it is until the editor opens it.</source>
        <translation>{file} wurde nicht ordnungsgemäß geschlossen (eine Änderung wurde abgebrochen, vielleicht durch einen Absturz); sie wird im Zustand vor dieser Änderung gelesen, und die Datei bleibt unverändert, bis der Editor sie öffnet.</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing was written.</source>
        <translation>{file} wurde nicht importiert; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer Journeyline (file version {version}); this Journeyline reads file versions up to {newest}, so please update it.</source>
        <translation>{file} wurde von einer neueren Journeyline-Version gespeichert (Dateiversion {version}); diese Version liest Dateiversionen bis {newest}, bitte aktualisieren Sie Journeyline.</translation>
    </message>
    <message>
        <source>{file} was saved by an older Journeyline; open it in the editor once to bring it up to date.</source>
        <translation>{file} wurde von einer älteren Journeyline-Version gespeichert; öffnen Sie die Datei einmal im Editor, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>The library cannot be made in {folder}: {reason}.</source>
        <translation>Die Bibliothek kann nicht in {folder} angelegt werden: {reason}.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>The sample workshop could not be created</source>
        <translation>Der Beispiel-Workshop konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Add improvement idea</source>
        <translation>Verbesserungsidee hinzufügen</translation>
    </message>
    <message>
        <source>What could be better?</source>
        <translation>Was könnte besser sein?</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idee:</translation>
    </message>
    <message>
        <source>At station:</source>
        <translation>An Station:</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Keine Station</translation>
    </message>
    <message>
        <source>At &amp;station:</source>
        <translation>An &amp;Station:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Aufwand:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Nutzen:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Idee hinzufügen</translation>
    </message>
</context>
<context>
    <name>JourneyComparison</name>
    <message>
        <source>Today and the future</source>
        <translation>Heute und Zukunft</translation>
    </message>
    <message>
        <source>Today&apos;s journey</source>
        <translation>Heutige Journey</translation>
    </message>
    <message>
        <source>Future journey</source>
        <translation>Künftige Journey</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Große Schrift</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Show everything (Ctrl+0)</source>
        <translation>Alles zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>&amp;Today:</source>
        <translation>&amp;Heute:</translation>
    </message>
    <message>
        <source>F&amp;uture:</source>
        <translation>&amp;Zukunft:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>{name} · {state}</source>
        <translation>{name} · {state}</translation>
    </message>
    <message>
        <source>Choose a today&apos;s journey and a future journey to compare. No future journey yet? Use “Design the future journey” in the journeys panel.</source>
        <translation>Wählen Sie eine heutige und eine künftige Journey zum Vergleich. Noch keine künftige Journey? Nutzen Sie „Künftige Journey entwerfen“ im Bereich Journeys.</translation>
    </message>
</context>
<context>
    <name>JourneySwitcher</name>
    <message>
        <source>Journey shown on the map</source>
        <translation>Auf der Karte gezeigte Journey</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Diese Journey gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>JourneyTextsDialog</name>
    <message>
        <source>The journey on the map</source>
        <translation>Die Journey auf der Karte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Storyline:</source>
        <translation>&amp;Handlungsstrang:</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Create a journey from a template or a blank map (Insert)</source>
        <translation>Journey aus einer Vorlage oder leeren Karte anlegen (Einfg)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Rename the selected journey (F2)</source>
        <translation>Ausgewählte Journey umbenennen (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected journey (Delete)</source>
        <translation>Ausgewählte Journey löschen (Entf)</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Künftige Journey entwerfen</translation>
    </message>
    <message>
        <source>Copy this journey as the future journey, to redesign it (Ctrl+Shift+F)</source>
        <translation>Diese Journey als künftige Journey kopieren, um sie neu zu gestalten (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Compare today and future…</source>
        <translation>Heute und Zukunft vergleichen…</translation>
    </message>
    <message>
        <source>Show today&apos;s and the future journey one above the other, with both emotion curves</source>
        <translation>Die heutige und die künftige Journey übereinander zeigen, mit beiden Emotionskurven</translation>
    </message>
    <message>
        <source>About this journey</source>
        <translation>Über diese Journey</translation>
    </message>
    <message>
        <source>{state} · no persona</source>
        <translation>{state} · keine Persona</translation>
    </message>
    <message>
        <source>What this journey covers, in words the client will read.</source>
        <translation>Was diese Journey umfasst, in Worten, die der Kunde lesen wird.</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Handlungsstrang</translation>
    </message>
    <message>
        <source>The story of this journey as the room tells it.</source>
        <translation>Die Geschichte dieser Journey, wie der Raum sie erzählt.</translation>
    </message>
    <message>
        <source>{name}
{subtitle}</source>
        <translation>{name}
{subtitle}</translation>
    </message>
    <message>
        <source>The journey could not be created.</source>
        <translation>Die Journey konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Delete the journey “{name}” with its {stations} and {actions}? Undo brings it back.</source>
        <translation>Die Journey „{name}“ mit ihren {stations} und {actions} löschen? Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Journey löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n Station</numerusform>
            <numerusform>%n Stationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>need</source>
        <translation>Bedürfnis</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
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
        <source>The local library</source>
        <translation>Die lokale Bibliothek</translation>
    </message>
    <message>
        <source>The library at %1</source>
        <translation>Die Bibliothek unter %1</translation>
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
        <source>Published “%1” as version %2 of the template in the local library.</source>
        <translation>„%1“ als Version %2 der Vorlage in der lokalen Bibliothek veröffentlicht.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the template in the library at %3.</source>
        <translation>„%1“ als Version %2 der Vorlage in der Bibliothek unter %3 veröffentlicht.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the local library.</source>
        <translation>„%1“ als Version %2 der Karte in der lokalen Bibliothek veröffentlicht.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the library at %3.</source>
        <translation>„%1“ als Version %2 der Karte in der Bibliothek unter %3 veröffentlicht.</translation>
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
        <source>{name} (library version {number})</source>
        <translation>{name} (Bibliotheksversion {number})</translation>
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
        <source>Journeyline now uses the local library.</source>
        <translation>Journeyline verwendet jetzt die lokale Bibliothek.</translation>
    </message>
    <message>
        <source>Journeyline now uses the library at %1.</source>
        <translation>Journeyline verwendet jetzt die Bibliothek unter %1.</translation>
    </message>
    <message>
        <source>Working copy.journey</source>
        <translation>Arbeitskopie.journey</translation>
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
    <name>LinePage</name>
    <message>
        <source>Where the customer meets us</source>
        <translation>Wo die Kunden uns begegnen</translation>
    </message>
    <message>
        <source>What happens behind the line of visibility</source>
        <translation>Was hinter der Sichtbarkeitslinie geschieht</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Line name</source>
        <translation>Name der Linie</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Journeyline</source>
        <translation>Journeyline</translation>
    </message>
    <message>
        <source>Saved a copy as “{name}”</source>
        <translation>Kopie als „{name}“ gespeichert</translation>
    </message>
    <message>
        <source>Add to the map</source>
        <translation>Zur Karte hinzufügen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Rückgängig: {what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Wiederholen: {what}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Add to the &amp;map</source>
        <translation>Zur &amp;Karte hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
</context>
<context>
    <name>MapOperations</name>
    <message>
        <source>New station</source>
        <translation>Neue Station</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Neue Linie</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Linie löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the phase {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Die Phase {name} und ihre %n Station löschen?</numerusform>
            <numerusform>Die Phase {name} und ihre %n Stationen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the line {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Die Linie {name} und ihre %n Station löschen?</numerusform>
            <numerusform>Die Linie {name} und ihre %n Stationen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} phases and their %n station(s)?</source>
        <translation>
            <numerusform>{count} Phasen und ihre %n Station löschen?</numerusform>
            <numerusform>{count} Phasen und ihre %n Stationen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} lines and their %n station(s)?</source>
        <translation>
            <numerusform>{count} Linien und ihre %n Station löschen?</numerusform>
            <numerusform>{count} Linien und ihre %n Stationen löschen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n Schmerzpunkt</numerusform>
            <numerusform>%n Schmerzpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n Idee</numerusform>
            <numerusform>%n Ideen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) of truth</source>
        <translation>
            <numerusform>%n Moment der Wahrheit</numerusform>
            <numerusform>%n Momente der Wahrheit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more in the spotlight</source>
        <translation>
            <numerusform>+%n weitere in der Einzelansicht</numerusform>
            <numerusform>+%n weitere in der Einzelansicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotion</translation>
    </message>
    <message>
        <source>▸ more in the spotlight</source>
        <translation>▸ mehr in der Einzelansicht</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Sichtbarkeitslinie</translation>
    </message>
</context>
<context>
    <name>MapTooltips</name>
    <message>
        <source>Emotion: not assessed</source>
        <translation>Emotion: nicht bewertet</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Emotion: {label} ({value})</translation>
    </message>
    <message>
        <source>★ Moment of truth</source>
        <translation>★ Moment der Wahrheit</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Verantwortlich: {name}</translation>
    </message>
    <message>
        <source>Touchpoint: {text}</source>
        <translation>Kontaktpunkt: {text}</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Improvement ideas</source>
        <translation>Verbesserungsideen</translation>
    </message>
    <message>
        <source>Backstage line</source>
        <translation>Linie hinter den Kulissen</translation>
    </message>
    <message>
        <source>Frontstage line</source>
        <translation>Für Kunden sichtbare Linie</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n weiterer</numerusform>
            <numerusform>… %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>Click to edit the journey’s name, description and storyline</source>
        <translation>Klicken, um Name, Beschreibung und Handlungsstrang der Journey zu bearbeiten</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Effort and value matrix</source>
        <translation>Aufwand-Nutzen-Matrix</translation>
    </message>
</context>
<context>
    <name>MergeOwnersDialog</name>
    <message>
        <source>Merge owners</source>
        <translation>Verantwortliche zusammenführen</translation>
    </message>
    <message>
        <source>Owner to keep</source>
        <translation>Verbleibende verantwortliche Person</translation>
    </message>
    <message>
        <source>“{name}” ({work}) is merged into the owner you choose: its stations and actions move there and “{name}” is removed.</source>
        <translation>„{name}“ ({work}) wird mit der gewählten verantwortlichen Person zusammengeführt: Stationen und Maßnahmen gehen dorthin, „{name}“ wird entfernt.</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Zusammenführen &amp;mit:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message numerus="yes">
        <source>… and %n more (see Show Details).</source>
        <translation>
            <numerusform>… und %n weiteres (siehe Details einblenden).</numerusform>
            <numerusform>… und %n weitere (siehe Details einblenden).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoreChip</name>
    <message>
        <source>Show the next cards of this cell</source>
        <translation>Die nächsten Karten dieser Zelle zeigen</translation>
    </message>
</context>
<context>
    <name>NewJourneyDialog</name>
    <message>
        <source>New journey</source>
        <translation>Neue Journey</translation>
    </message>
    <message>
        <source>e.g. Moving house</source>
        <translation>z. B. Umzug</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Leere Karte</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Keine Persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Ausgehen von:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona:</translation>
    </message>
</context>
<context>
    <name>OpenWorkshop</name>
    <message>
        <source>Journeyline workshops (*.journey);;All files (*)</source>
        <translation>Journeyline-Workshops (*.journey);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Workshops and JSON documents (*.journey *.json)</source>
        <translation>Workshops und JSON-Dokumente (*.journey *.json)</translation>
    </message>
    <message>
        <source>The workshop could not be opened</source>
        <translation>Der Workshop konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {e}</source>
        <translation>„{name}“ konnte nicht geöffnet werden: {e}</translation>
    </message>
    <message>
        <source>The workshop was recovered</source>
        <translation>Der Workshop wurde wiederhergestellt</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Workshop öffnen</translation>
    </message>
    <message>
        <source>New workshop.journey</source>
        <translation>Neuer Workshop.journey</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Neuen Workshop speichern unter</translation>
    </message>
    <message>
        <source>The workshop could not be created</source>
        <translation>Der Workshop konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>“{name}” is the workshop open now; choose another name.</source>
        <translation>„{name}“ ist der gerade geöffnete Workshop; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>{name} copy.journey</source>
        <translation>{name} Kopie.journey</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie speichern unter</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Die Kopie konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Edit owner</source>
        <translation>Verantwortliche Person bearbeiten</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Neue verantwortliche Person</translation>
    </message>
    <message>
        <source>A person or a department</source>
        <translation>Eine Person oder eine Abteilung</translation>
    </message>
    <message>
        <source>e.g. Product owner</source>
        <translation>z. B. Product Owner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
</context>
<context>
    <name>OwnerField</name>
    <message>
        <source>No owner</source>
        <translation>Niemand verantwortlich</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Pick an owner or type a new name</source>
        <translation>Verantwortliche Person wählen oder neuen Namen eingeben</translation>
    </message>
</context>
<context>
    <name>OwnersPanel</name>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add an owner (Insert)</source>
        <translation>Verantwortliche Person hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected owner (Enter)</source>
        <translation>Ausgewählte verantwortliche Person bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Merge the selected owner into another one (Ctrl+M)</source>
        <translation>Ausgewählte verantwortliche Person mit einer anderen zusammenführen (Strg+M)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected owner; their work becomes unowned</source>
        <translation>Ausgewählte verantwortliche Person löschen; ihre Aufgaben sind dann ohne Verantwortliche</translation>
    </message>
    <message>
        <source>Stations and actions of the owner</source>
        <translation>Stationen und Maßnahmen der verantwortlichen Person</translation>
    </message>
    <message>
        <source>Enter or double-click: show the station on the map</source>
        <translation>Eingabe oder Doppelklick: die Station auf der Karte zeigen</translation>
    </message>
    <message>
        <source>No role or email yet</source>
        <translation>Noch keine Rolle oder E-Mail</translation>
    </message>
    <message>
        <source>Select an owner to see their stations and actions.</source>
        <translation>Eine verantwortliche Person auswählen, um ihre Stationen und Maßnahmen zu sehen.</translation>
    </message>
    <message>
        <source>Stations and actions of {name}</source>
        <translation>Stationen und Maßnahmen von {name}</translation>
    </message>
    <message>
        <source>Stations ({count})</source>
        <translation>Stationen ({count})</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Maßnahmen ({count})</translation>
    </message>
    <message>
        <source>{priority} · {status} · at {station}</source>
        <translation>{priority} · {status} · bei {station}</translation>
    </message>
    <message>
        <source>{stations}, {actions}</source>
        <translation>{stations}, {actions}</translation>
    </message>
    <message>
        <source>Delete “{name}”? Their {stations} and {actions} become unowned. To hand them to someone else, merge instead.</source>
        <translation>„{name}“ löschen? Ihre {stations} und {actions} sind dann ohne Verantwortliche. Um sie jemand anderem zu übergeben, stattdessen zusammenführen.</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>„{name}“ löschen?</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Verantwortliche Person löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n Station</numerusform>
            <numerusform>%n Stationen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Drag a tile onto the map, or click it to add at the selection.</source>
        <translation>Eine Kachel auf die Karte ziehen oder klicken, um sie bei der Auswahl hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message>
        <source>Persona {name}</source>
        <translation>Persona {name}</translation>
    </message>
    <message>
        <source>This journey</source>
        <translation>Diese Journey</translation>
    </message>
    <message>
        <source>The persona of the journey on the map</source>
        <translation>Die Persona der Journey auf der Karte</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>„{quote}“</translation>
    </message>
    <message>
        <source>In: {journeys}</source>
        <translation>In: {journeys}</translation>
    </message>
    <message>
        <source>Not used by any journey yet</source>
        <translation>Noch in keiner Journey verwendet</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>Edit persona</source>
        <translation>Persona bearbeiten</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Neue Persona</translation>
    </message>
    <message>
        <source>e.g. Kari, the busy parent</source>
        <translation>z. B. Kari, das vielbeschäftigte Elternteil</translation>
    </message>
    <message>
        <source>Choose the persona&apos;s colour</source>
        <translation>Farbe der Persona wählen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Eine pro Zeile</translation>
    </message>
    <message>
        <source>In the persona&apos;s own words</source>
        <translation>In den eigenen Worten der Persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>&amp;Bedürfnisse:</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Frustrationen:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Zitat:</translation>
    </message>
    <message>
        <source> Choose…</source>
        <translation> Wählen…</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Farbe der Persona</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>New persona…</source>
        <translation>Neue Persona…</translation>
    </message>
    <message>
        <source>Create a persona (Insert)</source>
        <translation>Persona anlegen (Einfg)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected persona (Enter)</source>
        <translation>Ausgewählte Persona bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected persona (Delete)</source>
        <translation>Ausgewählte Persona löschen (Entf)</translation>
    </message>
    <message>
        <source>Use for this journey</source>
        <translation>Für diese Journey verwenden</translation>
    </message>
    <message>
        <source>Make the selected persona the persona of the journey on the map (Ctrl+Return)</source>
        <translation>Die ausgewählte Persona zur Persona der Journey auf der Karte machen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>No personas yet. Create one with “New persona…”.</source>
        <translation>Noch keine Personas. Legen Sie eine mit „Neue Persona…“ an.</translation>
    </message>
    <message>
        <source>Remove from this journey</source>
        <translation>Aus dieser Journey entfernen</translation>
    </message>
    <message>
        <source>“{name}” is the persona of {journeys}. Delete it anyway? The journeys keep their maps, without a persona.</source>
        <translation>„{name}“ ist die Persona von {journeys}. Trotzdem löschen? Die Journeys behalten ihre Karten, ohne Persona.</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Persona löschen</translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Phase name</source>
        <translation>Name der Phase</translation>
    </message>
    <message>
        <source>What this stage of the journey is about</source>
        <translation>Worum es in diesem Abschnitt der Journey geht</translation>
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
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Vorherige Phase</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Ganze Karte</translation>
    </message>
    <message>
        <source>Last phase</source>
        <translation>Letzte Phase</translation>
    </message>
    <message>
        <source>Show the station alone</source>
        <translation>Die Station allein zeigen</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Präsentation beenden</translation>
    </message>
    <message>
        <source>Emotion: {label} ({sign})</source>
        <translation>Emotion: {label} ({sign})</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Eine Station auswählen, dann mit der Eingabetaste allein zeigen</translation>
    </message>
    <message>
        <source>Select a station to set its emotion</source>
        <translation>Eine Station auswählen, um ihre Emotion festzulegen</translation>
    </message>
    <message>
        <source>Backstage work has no customer emotion: select a customer’s station</source>
        <translation>Arbeit hinter den Kulissen hat keine Kundenemotion: eine Station des Kunden auswählen</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Actions shown</source>
        <translation>Angezeigte Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Große Schrift</translation>
    </message>
    <message>
        <source>Drag a card to rate it · Ctrl+arrows move the selected card</source>
        <translation>Karte ziehen, um sie zu bewerten · Strg+Pfeiltasten verschieben die ausgewählte Karte</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle Journeys</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Journey auf der Karte</translation>
    </message>
    <message>
        <source>{first}–{last} of {count}  ▸</source>
        <translation>{first}–{last} von {count}  ▸</translation>
    </message>
    <message>
        <source>Unrated: clear effort and value</source>
        <translation>Nicht bewertet: Aufwand und Nutzen löschen</translation>
    </message>
    <message>
        <source>Effort {effort} · value {value}: {priority}</source>
        <translation>Aufwand {effort} · Nutzen {value}: {priority}</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Schnelle Erfolge</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Große Vorhaben</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Lückenfüller</translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation>Zeitfresser</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Aufwand →</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>Nutzen →</translation>
    </message>
    <message>
        <source>Unrated  ·  {count}</source>
        <translation>Nicht bewertet  ·  {count}</translation>
    </message>
    <message>
        <source>Drag an idea onto the matrix to rate its effort and value</source>
        <translation>Ziehen Sie eine Idee auf die Matrix, um Aufwand und Nutzen zu bewerten</translation>
    </message>
    <message>
        <source>{priority} · effort {effort} · value {value}</source>
        <translation>{priority} · Aufwand {effort} · Nutzen {value}</translation>
    </message>
    <message>
        <source>{status} · no owner</source>
        <translation>{status} · niemand verantwortlich</translation>
    </message>
    <message>
        <source>Click to show its station on the map</source>
        <translation>Klicken, um die Station auf der Karte zu zeigen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select one item to see and edit its details.</source>
        <translation>Ein Element auswählen, um seine Details zu sehen und zu bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n stations selected</source>
        <translation>
            <numerusform>%n Station ausgewählt</numerusform>
            <numerusform>%n Stationen ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phases selected</source>
        <translation>
            <numerusform>%n Phase ausgewählt</numerusform>
            <numerusform>%n Phasen ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines selected</source>
        <translation>
            <numerusform>%n Linie ausgewählt</numerusform>
            <numerusform>%n Linien ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a station, a phase header or a line name on the map to see and edit its details here.</source>
        <translation>Klicken Sie auf der Karte auf eine Station, eine Phasenüberschrift oder einen Liniennamen, um die Details hier zu sehen und zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>In der Bibliothek veröffentlichen</translation>
    </message>
    <message>
        <source>Publish “%1” to the local library.</source>
        <translation>„%1“ in der lokalen Bibliothek veröffentlichen.</translation>
    </message>
    <message>
        <source>Publish “%1” to the library at %2.</source>
        <translation>„%1“ in der Bibliothek unter %2 veröffentlichen.</translation>
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
        <translation>Kundenzitat hinzufügen…</translation>
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
    <name>RatingPicker</name>
    <message>
        <source>{name}: {n} of 5 (click again to clear)</source>
        <translation>{name}: {n} von 5 (erneut klicken zum Löschen)</translation>
    </message>
    <message>
        <source>{name} {n}</source>
        <translation>{name} {n}</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>trivial</source>
        <translation>trivial</translation>
    </message>
    <message>
        <source>small</source>
        <translation>klein</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>large</source>
        <translation>groß</translation>
    </message>
    <message>
        <source>very large</source>
        <translation>sehr groß</translation>
    </message>
    <message>
        <source>little</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>some</source>
        <translation>etwas</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Quick win: value 4 or more, effort 2 or less</source>
        <translation>Schneller Erfolg: Nutzen 4 oder mehr, Aufwand 2 oder weniger</translation>
    </message>
    <message>
        <source>Big bet: value 4 or more, effort 3 or more</source>
        <translation>Großes Vorhaben: Nutzen 4 oder mehr, Aufwand 3 oder mehr</translation>
    </message>
    <message>
        <source>Fill-in: value 3 or less, effort 2 or less</source>
        <translation>Lückenfüller: Nutzen 3 oder weniger, Aufwand 2 oder weniger</translation>
    </message>
    <message>
        <source>Time sink: value 3 or less, effort 3 or more</source>
        <translation>Zeitfresser: Nutzen 3 oder weniger, Aufwand 3 oder mehr</translation>
    </message>
    <message>
        <source>Unrated: effort or value not set yet</source>
        <translation>Nicht bewertet: Aufwand oder Nutzen noch nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>No recent workshops</source>
        <translation>Keine zuletzt geöffneten Workshops</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>A customer quote contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Ein Kundenzitat enthält das Steuerzeichen {code}; Text darf Tabulatoren und Zeilenumbrüche enthalten, aber keine anderen Steuerzeichen.</translation>
    </message>
    <message>
        <source>A customer quote must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Ein Kundenzitat muss mindestens ein sichtbares Zeichen enthalten, nicht nur Leerzeichen oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>A journey keeps at least one line.</source>
        <translation>Eine Journey behält mindestens eine Linie.</translation>
    </message>
    <message>
        <source>A journey keeps at least one phase.</source>
        <translation>Eine Journey behält mindestens eine Phase.</translation>
    </message>
    <message>
        <source>A journey needs at least one phase and one line.</source>
        <translation>Eine Journey braucht mindestens eine Phase und eine Linie.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} actions; this one is full.</source>
        <translation>Ein Workshop fasst höchstens {max} Maßnahmen; dieser ist voll.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} journeys; this one is full.</source>
        <translation>Ein Workshop fasst höchstens {max} Journeys; dieser ist voll.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} lines; this one is full.</source>
        <translation>Ein Workshop fasst höchstens {max} Linien; dieser ist voll.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} owners; this one is full.</source>
        <translation>Ein Workshop fasst höchstens {max} Verantwortliche; dieser ist voll.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} personas; this one is full.</source>
        <translation>Ein Workshop fasst höchstens {max} Personas; dieser ist voll.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} phases; this one is full.</source>
        <translation>Ein Workshop fasst höchstens {max} Phasen; dieser ist voll.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} quotes; this one is full.</source>
        <translation>Ein Workshop fasst höchstens {max} Zitate; dieser ist voll.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} stations; this one is full.</source>
        <translation>Ein Workshop fasst höchstens {max} Stationen; dieser ist voll.</translation>
    </message>
    <message>
        <source>A workshop keeps at least one journey.</source>
        <translation>Ein Workshop behält mindestens eine Journey.</translation>
    </message>
    <message>
        <source>Choose two different owners to merge.</source>
        <translation>Wählen Sie zwei verschiedene Verantwortliche zum Zusammenführen.</translation>
    </message>
    <message>
        <source>Each customer quote must be 1 to {max} characters long.</source>
        <translation>Jedes Kundenzitat muss 1 bis {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Each of the {field} can be at most {max} characters.</source>
        <translation>Jeder Eintrag im Feld „{field}“ darf höchstens {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>No station to delete.</source>
        <translation>Keine Station zum Löschen.</translation>
    </message>
    <message>
        <source>No station to duplicate.</source>
        <translation>Keine Station zum Duplizieren.</translation>
    </message>
    <message>
        <source>No station to move.</source>
        <translation>Keine Station zum Verschieben.</translation>
    </message>
    <message>
        <source>One of the {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Ein Eintrag im Feld „{field}“ enthält das Steuerzeichen {code}; Text darf Tabulatoren und Zeilenumbrüche enthalten, aber keine anderen Steuerzeichen.</translation>
    </message>
    <message>
        <source>One of the {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Ein Eintrag im Feld „{field}“ muss mindestens ein sichtbares Zeichen enthalten, nicht nur Leerzeichen oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>Stations of different journeys cannot be moved together.</source>
        <translation>Stationen verschiedener Journeys können nicht zusammen verschoben werden.</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>Diese Maßnahme gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Diese Journey gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That line belongs to another journey.</source>
        <translation>Diese Linie gehört zu einer anderen Journey.</translation>
    </message>
    <message>
        <source>That line no longer exists.</source>
        <translation>Diese Linie gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That owner no longer exists.</source>
        <translation>Diesen Verantwortlichen gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That persona no longer exists.</source>
        <translation>Diese Persona gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That phase belongs to another journey.</source>
        <translation>Diese Phase gehört zu einer anderen Journey.</translation>
    </message>
    <message>
        <source>That phase no longer exists.</source>
        <translation>Diese Phase gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That station belongs to another journey.</source>
        <translation>Diese Station gehört zu einer anderen Journey.</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Diese Station gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The due date must be a date ({format}).</source>
        <translation>Das Fälligkeitsdatum muss ein Datum sein ({format}).</translation>
    </message>
    <message>
        <source>The journey of this search hit is not in the working copy.</source>
        <translation>Die Journey dieses Suchtreffers ist nicht in der Arbeitskopie.</translation>
    </message>
    <message>
        <source>The library “{library}” has no map {map}.</source>
        <translation>Die Bibliothek „{library}“ hat keine Karte {map}.</translation>
    </message>
    <message>
        <source>The library “{library}” has no version {number} of map {map}.</source>
        <translation>Die Bibliothek „{library}“ hat keine Version {number} der Karte {map}.</translation>
    </message>
    <message>
        <source>The map you opened (number {map}) is no longer in the library “{library}”; publish yours as a new map.</source>
        <translation>Die Karte, die Sie geöffnet haben (Nummer {map}), ist nicht mehr in der Bibliothek „{library}“; veröffentlichen Sie Ihre als neue Karte.</translation>
    </message>
    <message>
        <source>The source of a customer quote must be one of: {choices}.</source>
        <translation>Die Quelle eines Kundenzitats muss eine der folgenden sein: {choices}.</translation>
    </message>
    <message>
        <source>The template “{name}” that came with Journeyline cannot be read; installing Journeyline again should mend it.</source>
        <translation>Die mit Journeyline gelieferte Vorlage „{name}“ kann nicht gelesen werden; eine erneute Installation von Journeyline sollte das beheben.</translation>
    </message>
    <message>
        <source>The workshop holds data the interchange format does not allow, so it was not published: {place}: {rule}</source>
        <translation>Der Workshop enthält Daten, die das Austauschformat nicht erlaubt, daher wurde er nicht veröffentlicht: {place}: {rule}</translation>
    </message>
    <message>
        <source>The {field} can be at most {max} characters long.</source>
        <translation>Das Feld „{field}“ darf höchstens {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} items.</source>
        <translation>Das Feld „{field}“ kann höchstens {max} Einträge enthalten.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} quotes.</source>
        <translation>Das Feld „{field}“ kann höchstens {max} Zitate enthalten.</translation>
    </message>
    <message>
        <source>The {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Das Feld „{field}“ enthält das Steuerzeichen {code}; Text darf Tabulatoren und Zeilenumbrüche enthalten, aber keine anderen Steuerzeichen.</translation>
    </message>
    <message>
        <source>The {field} is not valid.</source>
        <translation>Das Feld „{field}“ ist nicht gültig.</translation>
    </message>
    <message>
        <source>The {field} is too large a number to store.</source>
        <translation>Das Feld „{field}“ enthält eine zu große Zahl zum Speichern.</translation>
    </message>
    <message>
        <source>The {field} must be 1 to {max} characters long.</source>
        <translation>Das Feld „{field}“ muss 1 bis {max} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The {field} must be a colour like {example}.</source>
        <translation>Das Feld „{field}“ muss eine Farbe wie {example} sein.</translation>
    </message>
    <message>
        <source>The {field} must be a date (YYYY-MM-DD).</source>
        <translation>Das Feld „{field}“ muss ein Datum sein (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The {field} must be a language tag like en, nb-NO or pt-BR.</source>
        <translation>Das Feld „{field}“ muss ein Sprachkürzel wie en, nb-NO oder pt-BR sein.</translation>
    </message>
    <message>
        <source>The {field} must be a number from {low} to {high}.</source>
        <translation>Das Feld „{field}“ muss eine Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>The {field} must be a number of at least {low}.</source>
        <translation>Das Feld „{field}“ muss eine Zahl von mindestens {low} sein.</translation>
    </message>
    <message>
        <source>The {field} must be a number.</source>
        <translation>Das Feld „{field}“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high} or empty.</source>
        <translation>Das Feld „{field}“ muss eine ganze Zahl von {low} bis {high} sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high}.</source>
        <translation>Das Feld „{field}“ muss eine ganze Zahl von {low} bis {high} sein.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low} or empty.</source>
        <translation>Das Feld „{field}“ muss eine ganze Zahl von mindestens {low} sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low}.</source>
        <translation>Das Feld „{field}“ muss eine ganze Zahl von mindestens {low} sein.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number or empty.</source>
        <translation>Das Feld „{field}“ muss eine ganze Zahl sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number.</source>
        <translation>Das Feld „{field}“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The {field} must be one of: {choices}.</source>
        <translation>Das Feld „{field}“ muss einer dieser Werte sein: {choices}.</translation>
    </message>
    <message>
        <source>The {field} must be yes or no.</source>
        <translation>Das Feld „{field}“ muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <source>The {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Das Feld „{field}“ muss mindestens ein sichtbares Zeichen enthalten, nicht nur Leerzeichen oder unsichtbare Zeichen.</translation>
    </message>
    <message>
        <source>There is no template called “{name}”.</source>
        <translation>Es gibt keine Vorlage namens „{name}“.</translation>
    </message>
    <message>
        <source>“{address}” is not a library Journeyline can use: the library is PostgreSQL (postgresql+psycopg://HOST/DATABASE) or SQLite (sqlite:///PATH).</source>
        <translation>„{address}“ ist keine Bibliothek, die Journeyline verwenden kann: Die Bibliothek ist PostgreSQL (postgresql+psycopg://HOST/DATENBANK) oder SQLite (sqlite:///PFAD).</translation>
    </message>
    <message>
        <source>“{address}” is not a library address; use postgresql+psycopg://HOST/DATABASE or sqlite:///PATH as the address.</source>
        <translation>„{address}“ ist keine Bibliotheksadresse; verwenden Sie postgresql+psycopg://HOST/DATENBANK oder sqlite:///PFAD als Adresse.</translation>
    </message>
    <message>
        <source>“{file}” is open read-only.</source>
        <translation>„{file}“ ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} (“{message}”) on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>„{title}“ wurde in der Bibliothek seit Ihrer Version {base} geändert: {author} hat am {when} Version {number} veröffentlicht („{message}“). Veröffentlichen Sie Ihre als neue Karte, oder öffnen Sie die neueste Version neben Ihrer.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>„{title}“ wurde in der Bibliothek seit Ihrer Version {base} geändert: {author} hat am {when} Version {number} veröffentlicht. Veröffentlichen Sie Ihre als neue Karte, oder öffnen Sie die neueste Version neben Ihrer.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>und %Ln weiteres Problem</numerusform>
            <numerusform>und %Ln weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>appears more than once in the same object; keep only one</source>
        <translation>kommt im selben Objekt mehr als einmal vor; behalten Sie nur einen</translation>
    </message>
    <message>
        <source>contains a broken character (an unpaired surrogate)</source>
        <translation>enthält ein beschädigtes Zeichen (ein ungepaartes Surrogat)</translation>
    </message>
    <message>
        <source>contains a number with too many digits to read</source>
        <translation>enthält eine Zahl mit zu vielen Ziffern, um sie zu lesen</translation>
    </message>
    <message>
        <source>contains the control character {code}; text may hold tabs and line breaks but no other control characters</source>
        <translation>enthält das Steuerzeichen {code}; Text darf Tabulatoren und Zeilenumbrüche enthalten, aber keine anderen Steuerzeichen</translation>
    </message>
    <message>
        <source>is a key of format version {since}; this document says it is version {version}, so change its version to {since}</source>
        <translation>ist ein Schlüssel der Formatversion {since}; dieses Dokument gibt Version {version} an, ändern Sie also seine Version in {since}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>ist zu tief verschachtelt, um es zu lesen</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} at line {line}, column {column}); save the file as UTF-8</source>
        <translation>ist kein UTF-8-Text (Byte {byte} in Zeile {line}, Spalte {column}); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>is not a known key of a journey; check the spelling</source>
        <translation>ist kein bekannter Schlüssel einer Journey; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>is not a known key of a line; check the spelling</source>
        <translation>ist kein bekannter Schlüssel einer Linie; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>is not a known key of a persona; check the spelling</source>
        <translation>ist kein bekannter Schlüssel einer Persona; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>is not a known key of a phase; check the spelling</source>
        <translation>ist kein bekannter Schlüssel einer Phase; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>is not a known key of a quote; check the spelling</source>
        <translation>ist kein bekannter Schlüssel eines Zitats; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>is not a known key of a station; check the spelling</source>
        <translation>ist kein bekannter Schlüssel einer Station; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>is not a known key of an action; check the spelling</source>
        <translation>ist kein bekannter Schlüssel einer Maßnahme; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>is not a known key of an owner; check the spelling</source>
        <translation>ist kein bekannter Schlüssel eines Verantwortlichen; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>is not a known key of the document; check the spelling</source>
        <translation>ist kein bekannter Schlüssel des Dokuments; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>is not a known key of the workshop; check the spelling</source>
        <translation>ist kein bekannter Schlüssel des Workshops; prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;,&apos; delimiter</source>
        <translation>ist kein gültiges JSON in Zeile {line}, Spalte {column}: das Trennzeichen &apos;,&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;:&apos; delimiter</source>
        <translation>ist kein gültiges JSON in Zeile {line}, Spalte {column}: das Trennzeichen &apos;:&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting property name enclosed in double quotes</source>
        <translation>ist kein gültiges JSON in Zeile {line}, Spalte {column}: ein Eigenschaftsname in doppelten Anführungszeichen wurde erwartet</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting value</source>
        <translation>ist kein gültiges JSON in Zeile {line}, Spalte {column}: ein Wert wurde erwartet</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Extra data</source>
        <translation>ist kein gültiges JSON in Zeile {line}, Spalte {column}: zusätzliche Daten nach dem Ende des Dokuments</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \escape</source>
        <translation>ist kein gültiges JSON in Zeile {line}, Spalte {column}: ungültige \-Escape-Sequenz</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \uXXXX escape</source>
        <translation>ist kein gültiges JSON in Zeile {line}, Spalte {column}: ungültige \uXXXX-Escape-Sequenz</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid control character at</source>
        <translation>ist kein gültiges JSON in Zeile {line}, Spalte {column}: ungültiges Steuerzeichen an dieser Stelle</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Unterminated string starting at</source>
        <translation>ist kein gültiges JSON in Zeile {line}, Spalte {column}: eine hier beginnende Zeichenkette wird nicht beendet</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: {reason}</source>
        <translation>ist kein gültiges JSON in Zeile {line}, Spalte {column}: {reason}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is too large a number for a workshop file to store</source>
        <translation>ist eine zu große Zahl, um sie in einer Workshopdatei zu speichern</translation>
    </message>
    <message>
        <source>it has {count} JSON objects (every “{”), far more than a workshop within the limits has (at most {max})</source>
        <translation>es hat {count} JSON-Objekte (jedes „{“), weit mehr als ein Workshop innerhalb der Grenzen hat (höchstens {max})</translation>
    </message>
    <message>
        <source>it holds {count} actions, and a workshop holds at most {max}</source>
        <translation>es enthält {count} Maßnahmen, und ein Workshop fasst höchstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} journeys, and a workshop holds at most {max}</source>
        <translation>es enthält {count} Journeys, und ein Workshop fasst höchstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} lines, and a workshop holds at most {max}</source>
        <translation>es enthält {count} Linien, und ein Workshop fasst höchstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} owners, and a workshop holds at most {max}</source>
        <translation>es enthält {count} Verantwortliche, und ein Workshop fasst höchstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} personas, and a workshop holds at most {max}</source>
        <translation>es enthält {count} Personas, und ein Workshop fasst höchstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} phases, and a workshop holds at most {max}</source>
        <translation>es enthält {count} Phasen, und ein Workshop fasst höchstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} quotes, and a workshop holds at most {max}</source>
        <translation>es enthält {count} Zitate, und ein Workshop fasst höchstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} stations, and a workshop holds at most {max}</source>
        <translation>es enthält {count} Stationen, und ein Workshop fasst höchstens {max}</translation>
    </message>
    <message>
        <source>it is {size}, and Journeyline reads files of at most {limit}</source>
        <translation>es ist {size} groß, und Journeyline liest Dateien von höchstens {limit}</translation>
    </message>
    <message>
        <source>must be &quot;current&quot; or &quot;future&quot;</source>
        <translation>muss &quot;current&quot; oder &quot;future&quot; sein</translation>
    </message>
    <message>
        <source>must be &quot;frontstage&quot; or &quot;backstage&quot;</source>
        <translation>muss &quot;frontstage&quot; oder &quot;backstage&quot; sein</translation>
    </message>
    <message>
        <source>must be &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; or &quot;dropped&quot;</source>
        <translation>muss &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; oder &quot;dropped&quot; sein</translation>
    </message>
    <message>
        <source>must be &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; or &quot;other&quot;</source>
        <translation>muss &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; oder &quot;other&quot; sein</translation>
    </message>
    <message>
        <source>must be &quot;observed&quot;, &quot;reported&quot; or &quot;assumed&quot;</source>
        <translation>muss &quot;observed&quot;, &quot;reported&quot; oder &quot;assumed&quot; sein</translation>
    </message>
    <message>
        <source>must be &quot;{name}&quot;</source>
        <translation>muss &quot;{name}&quot; sein</translation>
    </message>
    <message>
        <source>must be a BCP 47 language tag, e.g. &quot;en&quot;, &quot;nb-NO&quot; or &quot;pt-BR&quot;</source>
        <translation>muss ein Sprachkennzeichen nach BCP 47 sein, z. B. &quot;en&quot;, &quot;nb-NO&quot; oder &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, at the top level</source>
        <translation>muss auf der obersten Ebene ein JSON-Objekt sein, { ... }</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a journey</source>
        <translation>muss ein JSON-Objekt sein, { ... }, das eine Journey beschreibt</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a line</source>
        <translation>muss ein JSON-Objekt sein, { ... }, das eine Linie beschreibt</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a persona</source>
        <translation>muss ein JSON-Objekt sein, { ... }, das eine Persona beschreibt</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a phase</source>
        <translation>muss ein JSON-Objekt sein, { ... }, das eine Phase beschreibt</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a quote</source>
        <translation>muss ein JSON-Objekt sein, { ... }, das ein Zitat beschreibt</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a station</source>
        <translation>muss ein JSON-Objekt sein, { ... }, das eine Station beschreibt</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an action</source>
        <translation>muss ein JSON-Objekt sein, { ... }, das eine Maßnahme beschreibt</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an owner</source>
        <translation>muss ein JSON-Objekt sein, { ... }, das einen Verantwortlichen beschreibt</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the document</source>
        <translation>muss ein JSON-Objekt sein, { ... }, das das Dokument beschreibt</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the workshop</source>
        <translation>muss ein JSON-Objekt sein, { ... }, das den Workshop beschreibt</translation>
    </message>
    <message>
        <source>must be a colour written as &quot;#RRGGBB&quot;, e.g. &quot;{example}&quot;</source>
        <translation>muss eine Farbe in der Form &quot;#RRGGBB&quot; sein, z. B. &quot;{example}&quot;</translation>
    </message>
    <message>
        <source>must be a date written as &quot;YYYY-MM-DD&quot;, e.g. &quot;2025-03-31&quot;</source>
        <translation>muss ein Datum in der Form &quot;YYYY-MM-DD&quot; sein, z. B. &quot;2025-03-31&quot;</translation>
    </message>
    <message>
        <source>must be a finite number, not NaN or Infinity</source>
        <translation>muss eine endliche Zahl sein, nicht NaN oder Infinity</translation>
    </message>
    <message>
        <source>must be a format version this Journeyline reads, 1 to {newest}</source>
        <translation>muss eine Formatversion sein, die dieses Journeyline liest, 1 bis {newest}</translation>
    </message>
    <message>
        <source>must be a list of actions, [ ... ]</source>
        <translation>muss eine Liste von Maßnahmen sein, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of journeys, [ ... ]</source>
        <translation>muss eine Liste von Journeys sein, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of lines, [ ... ]</source>
        <translation>muss eine Liste von Linien sein, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of owners, [ ... ]</source>
        <translation>muss eine Liste von Verantwortlichen sein, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of personas, [ ... ]</source>
        <translation>muss eine Liste von Personas sein, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of phases, [ ... ]</source>
        <translation>muss eine Liste von Phasen sein, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of quotes, [ ... ]</source>
        <translation>muss eine Liste von Zitaten sein, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of stations, [ ... ]</source>
        <translation>muss eine Liste von Stationen sein, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of text, [ ... ]</source>
        <translation>muss eine Liste von Texten sein, [ ... ]</translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation>muss eine Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>must be a number of {low} or more</source>
        <translation>muss eine Zahl von {low} oder mehr sein</translation>
    </message>
    <message>
        <source>must be a real calendar date; there is no {value}</source>
        <translation>muss ein echtes Kalenderdatum sein; einen {value} gibt es nicht</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be an integer from {low} to {high}</source>
        <translation>muss eine ganze Zahl von {low} bis {high} sein</translation>
    </message>
    <message>
        <source>must be an integer of {low} or more</source>
        <translation>muss eine ganze Zahl von {low} oder mehr sein</translation>
    </message>
    <message>
        <source>must be at most {max} characters long (it has {length})</source>
        <translation>darf höchstens {max} Zeichen lang sein (es sind {length})</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be text of 1 to {max} characters</source>
        <translation>muss ein Text von 1 bis {max} Zeichen sein</translation>
    </message>
    <message>
        <source>must be the id of a line</source>
        <translation>muss die ID einer Linie sein</translation>
    </message>
    <message>
        <source>must be the id of a persona</source>
        <translation>muss die ID einer Persona sein</translation>
    </message>
    <message>
        <source>must be the id of a phase</source>
        <translation>muss die ID einer Phase sein</translation>
    </message>
    <message>
        <source>must be the id of a station</source>
        <translation>muss die ID einer Station sein</translation>
    </message>
    <message>
        <source>must be the id of an owner</source>
        <translation>muss die ID eines Verantwortlichen sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must contain at least one visible character, not only spaces or invisible ones</source>
        <translation>muss mindestens ein sichtbares Zeichen enthalten, nicht nur Leerzeichen oder unsichtbare Zeichen</translation>
    </message>
    <message>
        <source>must have at least one journey</source>
        <translation>muss mindestens eine Journey enthalten</translation>
    </message>
    <message>
        <source>must have at least one line</source>
        <translation>muss mindestens eine Linie enthalten</translation>
    </message>
    <message>
        <source>must have at least one phase</source>
        <translation>muss mindestens eine Phase enthalten</translation>
    </message>
    <message>
        <source>must have at most {max} items (it has {count})</source>
        <translation>darf höchstens {max} Einträge haben (es sind {count})</translation>
    </message>
    <message>
        <source>must have at most {max} quotes (it has {count})</source>
        <translation>darf höchstens {max} Zitate haben (es sind {count})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>this document is format version {version}, but this Journeyline reads format versions 1 to {newest} only</source>
        <translation>dieses Dokument hat die Formatversion {version}, aber dieses Journeyline liest nur die Formatversionen 1 bis {newest}</translation>
    </message>
    <message>
        <source>{value} is a line of another journey; use a line of this journey</source>
        <translation>{value} ist eine Linie einer anderen Journey; verwenden Sie eine Linie dieser Journey</translation>
    </message>
    <message>
        <source>{value} is a phase of another journey; use a phase of this journey</source>
        <translation>{value} ist eine Phase einer anderen Journey; verwenden Sie eine Phase dieser Journey</translation>
    </message>
    <message>
        <source>{value} is a station of another journey; use a station of this journey</source>
        <translation>{value} ist eine Station einer anderen Journey; verwenden Sie eine Station dieser Journey</translation>
    </message>
    <message>
        <source>{value} is already used as the id at {place}; ids must be unique across the whole document</source>
        <translation>{value} wird bereits als ID bei {place} verwendet; IDs müssen im ganzen Dokument eindeutig sein</translation>
    </message>
    <message>
        <source>{value} is not the id of a line of this journey</source>
        <translation>{value} ist nicht die ID einer Linie dieser Journey</translation>
    </message>
    <message>
        <source>{value} is not the id of a persona in this document</source>
        <translation>{value} ist nicht die ID einer Persona in diesem Dokument</translation>
    </message>
    <message>
        <source>{value} is not the id of a phase of this journey</source>
        <translation>{value} ist nicht die ID einer Phase dieser Journey</translation>
    </message>
    <message>
        <source>{value} is not the id of a station of this journey</source>
        <translation>{value} ist nicht die ID einer Station dieser Journey</translation>
    </message>
    <message>
        <source>{value} is not the id of an owner in this document</source>
        <translation>{value} ist nicht die ID eines Verantwortlichen in diesem Dokument</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Zoom (Ctrl and the mouse wheel, or pinch)</source>
        <translation>Zoom (Strg und Mausrad oder Zusammenziehen)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <source>Owner: {name}</source>
        <translation>Verantwortlich: {name}</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Emotion: {label} ({value})</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Bedürfnisse</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Schmerzpunkte</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Kundenzitate</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
    <message>
        <source>No needs, pain points, quotes or ideas yet.</source>
        <translation>Noch keine Bedürfnisse, Schmerzpunkte, Zitate oder Ideen.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No workshop open</source>
        <translation>Kein Workshop geöffnet</translation>
    </message>
    <message>
        <source>Open a workshop file, or start a new one from a template.</source>
        <translation>Öffnen Sie eine Workshop-Datei oder beginnen Sie eine neue aus einer Vorlage.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Neu aus Vorlage…</translation>
    </message>
    <message>
        <source>RECENT</source>
        <translation>ZULETZT</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Station title</source>
        <translation>Titel der Station</translation>
    </message>
    <message>
        <source>What the customer does here</source>
        <translation>Was der Kunde hier tut</translation>
    </message>
    <message>
        <source>Website, phone, letter, store…</source>
        <translation>Website, Telefon, Brief, Geschäft…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Add a need…</source>
        <translation>Bedürfnis hinzufügen…</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Neues Bedürfnis</translation>
    </message>
    <message>
        <source>Add the need</source>
        <translation>Bedürfnis hinzufügen</translation>
    </message>
    <message>
        <source>Remove the need</source>
        <translation>Bedürfnis entfernen</translation>
    </message>
    <message>
        <source>Add a pain point…</source>
        <translation>Schmerzpunkt hinzufügen…</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Neuer Schmerzpunkt</translation>
    </message>
    <message>
        <source>Add the pain point</source>
        <translation>Schmerzpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Remove the pain point</source>
        <translation>Schmerzpunkt entfernen</translation>
    </message>
    <message>
        <source>Ownership and evidence</source>
        <translation>Verantwortung und Belege</translation>
    </message>
    <message>
        <source>A moment that decides how the customer feels about us</source>
        <translation>Ein Moment, der entscheidet, wie der Kunde über uns denkt</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Gap: rate performance and target to see it</source>
        <translation>Lücke: Leistung und Zielwert bewerten, um sie zu sehen</translation>
    </message>
    <message>
        <source>Gap {gap}: performance is {gap} below target</source>
        <translation>Lücke {gap}: Leistung liegt {gap} unter dem Zielwert</translation>
    </message>
    <message>
        <source>No gap: performance meets the target</source>
        <translation>Keine Lücke: Leistung erreicht den Zielwert</translation>
    </message>
    <message>
        <source>Ahead by {gap}: performance beats the target</source>
        <translation>{gap} voraus: Leistung übertrifft den Zielwert</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>The classic eight phases, from awareness to advocacy; frontstage and backstage lines.</source>
        <translation>Die klassischen acht Phasen, von der Wahrnehmung bis zur Weiterempfehlung; Linien für Kunden sichtbar und hinter den Kulissen.</translation>
    </message>
    <message>
        <source>A new customer&apos;s first 90 days, with placeholder stations to fill in together.</source>
        <translation>Die ersten 90 Tage neuer Kunden, mit Platzhalter-Stationen zum gemeinsamen Ausfüllen.</translation>
    </message>
    <message>
        <source>One phase and one line: draw the journey from scratch.</source>
        <translation>Eine Phase und eine Linie: die Journey von Grund auf zeichnen.</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Leere Karte</translation>
    </message>
    <message>
        <source>New workshop from template</source>
        <translation>Neuer Workshop aus Vorlage</translation>
    </message>
    <message>
        <source>Start a new workshop file from one of these templates.</source>
        <translation>Beginnen Sie eine neue Workshop-Datei aus einer dieser Vorlagen.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>New station</source>
        <translation>Neue Station</translation>
    </message>
    <message>
        <source>A customer activity</source>
        <translation>Eine Kundenaktivität</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Neue Linie</translation>
    </message>
    <message>
        <source>Drag onto the map to add it there, or click to add it at the selection</source>
        <translation>Auf die Karte ziehen, um es dort hinzuzufügen, oder klicken, um es bei der Auswahl hinzuzufügen</translation>
    </message>
    <message>
        <source>A stage, left to right</source>
        <translation>Ein Abschnitt, von links nach rechts</translation>
    </message>
    <message>
        <source>A channel or process</source>
        <translation>Ein Kanal oder Prozess</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <source>Welcome to Journeyline</source>
        <translation>Willkommen bei Journeyline</translation>
    </message>
    <message>
        <source>Build the map</source>
        <translation>Karte aufbauen</translation>
    </message>
    <message>
        <source>Drag a phase, a line or a station from the palette onto the canvas.</source>
        <translation>Ziehen Sie eine Phase, eine Linie oder eine Station aus der Palette auf die Fläche.</translation>
    </message>
    <message>
        <source>Edit a station</source>
        <translation>Station bearbeiten</translation>
    </message>
    <message>
        <source>Select it and fill in the properties panel; double-click it to rename it.</source>
        <translation>Wählen Sie sie aus und füllen Sie die Eigenschaften aus; Doppelklick benennt sie um.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Press F5 to show the map full screen to the room; Esc comes back.</source>
        <translation>Drücken Sie F5, um die Karte der Runde im Vollbild zu zeigen; Esc kehrt zurück.</translation>
    </message>
    <message>
        <source>Hand it over</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>File ▸ Export makes the PDF poster and the Excel action list.</source>
        <translation>Datei ▸ Exportieren erstellt das PDF-Poster und die Excel-Maßnahmenliste.</translation>
    </message>
    <message>
        <source>Every change is saved in the workshop file the moment you make it. Help ▸ Welcome card shows this card again.</source>
        <translation>Jede Änderung wird sofort in der Workshop-Datei gespeichert. Hilfe ▸ Willkommenskarte zeigt diese Karte wieder.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Verstanden</translation>
    </message>
</context>
<context>
    <name>WindowPanels</name>
    <message>
        <source>Click the station for “{}” on the map · Esc cancels</source>
        <translation>Klicken Sie auf der Karte auf die Station für „{}“ · Esc bricht ab</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Journeys</translation>
    </message>
    <message>
        <source>Open a workshop to see its journeys.</source>
        <translation>Öffnen Sie einen Workshop, um seine Journeys zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Journeys</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Open a workshop to see its personas.</source>
        <translation>Öffnen Sie einen Workshop, um seine Personas zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Open a workshop to see its owners.</source>
        <translation>Öffnen Sie einen Workshop, um seine Verantwortlichen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Verantwortliche</translation>
    </message>
    <message>
        <source>Action board</source>
        <translation>Maßnahmenboard</translation>
    </message>
    <message>
        <source>Open a workshop to see its actions.</source>
        <translation>Öffnen Sie einen Workshop, um seine Maßnahmen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Action board</source>
        <translation>&amp;Maßnahmenboard</translation>
    </message>
    <message>
        <source>Effort/value matrix</source>
        <translation>Aufwand/Nutzen-Matrix</translation>
    </message>
    <message>
        <source>Open a workshop to see its priorities.</source>
        <translation>Öffnen Sie einen Workshop, um seine Prioritäten zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Effort/value matrix</source>
        <translation>&amp;Aufwand/Nutzen-Matrix</translation>
    </message>
    <message>
        <source>Show the panel “{title}” ({shortcut})</source>
        <translation>Bereich „{title}“ zeigen ({shortcut})</translation>
    </message>
    <message>
        <source>Show the panel “{title}”</source>
        <translation>Bereich „{title}“ zeigen</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Diese Station gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Linked “{title}” to the station “{title_}”</source>
        <translation>„{title}“ mit der Station „{title_}“ verknüpft</translation>
    </message>
    <message>
        <source>That is not a station: click a station on the map · Esc cancels</source>
        <translation>Das ist keine Station: Klicken Sie auf eine Station auf der Karte · Esc bricht ab</translation>
    </message>
    <message>
        <source>The matrix is on the projector; F6 brings it back.</source>
        <translation>Die Matrix ist am Beamer; F6 holt sie zurück.</translation>
    </message>
    <message>
        <source>Close the panel “{title}”</source>
        <translation>Bereich „{title}“ schließen</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Workshop-Details</translation>
    </message>
    <message>
        <source>Name of the workshop or engagement</source>
        <translation>Name des Workshops oder Auftrags</translation>
    </message>
    <message>
        <source>The client company</source>
        <translation>Das Unternehmen des Kunden</translation>
    </message>
    <message>
        <source>Target group in focus</source>
        <translation>Zielgruppe im Fokus</translation>
    </message>
    <message>
        <source>e.g. Lower customer departures</source>
        <translation>z. B. Weniger Kundenabgänge</translation>
    </message>
    <message>
        <source>The workshop&apos;s language: its exports (poster, action list) are in this language. Another language tag (nb-NO, de-CH, pt-BR) may be typed; exports in a language Journeyline does not speak are in English.</source>
        <translation>Die Sprache des Workshops: Exporte (Poster, Maßnahmenliste) sind in dieser Sprache. Sie können einen anderen Sprachcode eingeben (nb-NO, de-CH, pt-BR); Exporte in einer Sprache, die Journeyline nicht spricht, sind auf Englisch.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>Business &amp;goal:</source>
        <translation>Geschäfts&amp;ziel:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
</TS>
