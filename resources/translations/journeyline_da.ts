<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Journeyline uses Qt unmodified, as shared libraries that can be replaced with another build of the same version.</source>
        <translation>Journeyline bruger Qt uændret, som delte biblioteker, der kan erstattes med et andet build af samme version.</translation>
    </message>
    <message>
        <source>Used by ReportLab.</source>
        <translation>Bruges af ReportLab.</translation>
    </message>
    <message>
        <source>Journeyline bundles the following software.</source>
        <translation>Journeyline leveres med følgende software.</translation>
    </message>
    <message>
        <source>The DejaVu Sans font (resources/fonts):</source>
        <translation>Skrifttypen DejaVu Sans (resources/fonts):</translation>
    </message>
    <message>
        <source>DejaVu fonts licence: {url}</source>
        <translation>Licens for DejaVu-skrifttyperne: {url}</translation>
    </message>
    <message>
        <source>The Noto Emoji font (resources/fonts):</source>
        <translation>Skrifttypen Noto Emoji (resources/fonts):</translation>
    </message>
    <message>
        <source>Noto Emoji font licence: {url}</source>
        <translation>Licens for skrifttypen Noto Emoji: {url}</translation>
    </message>
    <message>
        <source>Libraries:</source>
        <translation>Biblioteker:</translation>
    </message>
    <message>
        <source>About Journeyline</source>
        <translation>Om Journeyline</translation>
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
        <translation>Kunderejsekort, tegnet som metrokort, til workshops.</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
</context>
<context>
    <name>ActionBoard</name>
    <message>
        <source>Add improvement idea…</source>
        <translation>Tilføj forbedringsidé…</translation>
    </message>
    <message>
        <source>Add an idea to the journey on the map (Insert)</source>
        <translation>Tilføj en idé til rejsen på kortet (Insert)</translation>
    </message>
    <message>
        <source>Show station</source>
        <translation>Vis station</translation>
    </message>
    <message>
        <source>Show the action&apos;s station on the map (Ctrl+Return)</source>
        <translation>Vis handlingens station på kortet (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Pick station on map</source>
        <translation>Vælg station på kortet</translation>
    </message>
    <message>
        <source>Link the action to a station you click on the map (Ctrl+L)</source>
        <translation>Knyt handlingen til en station, du klikker på på kortet (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete the selected actions (Delete)</source>
        <translation>Slet de markerede handlinger (Delete)</translation>
    </message>
    <message>
        <source>Show station on the map</source>
        <translation>Vis stationen på kortet</translation>
    </message>
    <message>
        <source>Link to station…</source>
        <translation>Knyt til station…</translation>
    </message>
    <message>
        <source>Pick station on the map</source>
        <translation>Vælg station på kortet</translation>
    </message>
    <message>
        <source>Unlink station</source>
        <translation>Fjern kobling til station</translation>
    </message>
</context>
<context>
    <name>ActionFilters</name>
    <message>
        <source>Search actions (Ctrl+F)</source>
        <translation>Søg i handlinger (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Søg i handlinger</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Rejse</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Ryd filtre</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Rejse:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarlig:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioritet:</translation>
    </message>
    <message>
        <source>{name} filter</source>
        <translation>Filter: {name}</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle rejser</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Rejsen på kortet</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle ansvarlige</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ingen ansvarlig</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle prioriteter</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n handling</numerusform>
            <numerusform>%n handlinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown} af %n handling</numerusform>
            <numerusform>{shown} af %n handlinger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionListUpdate</name>
    <message>
        <source>Update from action list</source>
        <translation>Opdater fra handlingsplanen</translation>
    </message>
    <message>
        <source>Excel action lists (*.xlsx);;All files (*)</source>
        <translation>Excel-handlingsplaner (*.xlsx);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>{file} cannot be used: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>{file} kan ikke bruges: %n problem; intet blev ændret.</numerusform>
            <numerusform>{file} kan ikke bruges: %n problemer; intet blev ændret.</numerusform>
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
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Opdateret fra {file}: {changes}, {new}, {owners}.</translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>No owner</source>
        <translation>Ingen ansvarlig</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Ingen station</translation>
    </message>
    <message>
        <source>Quick wins first, then big bets, fill-ins, time sinks, unrated</source>
        <translation>Hurtige gevinster først, så store satsninger, småopgaver, tidsrøvere, ikke vurderede</translation>
    </message>
    <message>
        <source>{column} (F2 or double-click to edit)</source>
        <translation>{column} (F2 eller dobbeltklik for at redigere)</translation>
    </message>
    <message>
        <source>Not linked to a station (F2 to choose, Ctrl+L to pick on the map)</source>
        <translation>Ikke knyttet til en station (F2 for at vælge, Ctrl+L for at udpege på kortet)</translation>
    </message>
    <message>
        <source>{station}
Double-click or Ctrl+Return: show on the map</source>
        <translation>{station}
Dobbeltklik eller Ctrl+Retur: vis på kortet</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Forsinket siden {date}</translation>
    </message>
    <message>
        <source>Effort {n}: {word}</source>
        <translation>Indsats {n}: {word}</translation>
    </message>
    <message>
        <source>Value {n}: {word}</source>
        <translation>Værdi {n}: {word}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Rejse</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <source>Update from action list</source>
        <translation>Opdater fra handlingsplanen</translation>
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
        <source>&amp;Import JSON document…</source>
        <translation>Importér &amp;JSON-dokument…</translation>
    </message>
    <message>
        <source>Make a new workshop file from a JSON interchange document</source>
        <translation>Opret en ny workshopfil ud fra et JSON-dokument i udvekslingsformatet</translation>
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
        <source>Publis&amp;h to library…</source>
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
        <source>Save a cop&amp;y…</source>
        <translation>Gem en &amp;kopi…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>Export a PDF poster, an Excel action list, an image or JSON (Ctrl+E)</source>
        <translation>Eksportér en PDF-plakat, en handlingsplan i Excel, et billede eller JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export PDF &amp;poster…</source>
        <translation>Eksportér PDF-&amp;plakat…</translation>
    </message>
    <message>
        <source>Export Excel action &amp;list…</source>
        <translation>Eksportér &amp;handlingsplan i Excel…</translation>
    </message>
    <message>
        <source>&amp;Update from action list…</source>
        <translation>&amp;Opdater fra handlingsplanen…</translation>
    </message>
    <message>
        <source>Read back the Excel action list the client edited: preview every change, then apply it as one step</source>
        <translation>Indlæs handlingsplanen i Excel, som kunden har redigeret: se hver ændring, og anvend dem så i ét trin</translation>
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
        <translation>Sl&amp;et</translation>
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
        <translation>&amp;Tilføj station</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>Tilføj &amp;fase</translation>
    </message>
    <message>
        <source>Add li&amp;ne</source>
        <translation>Tilføj li&amp;nje</translation>
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
        <source>Show &amp;pain points</source>
        <translation>&amp;Vis smertepunkter</translation>
    </message>
    <message>
        <source>Show i&amp;deas</source>
        <translation>Vis i&amp;déer</translation>
    </message>
    <message>
        <source>A mark with the number of improvement ideas of each station; their titles when the pointer rests on it</source>
        <translation>Et mærke med antallet af forbedringsidéer ved hver station; deres titler, når markøren hviler på det</translation>
    </message>
    <message>
        <source>Show &amp;quotes</source>
        <translation>Vis &amp;citater</translation>
    </message>
    <message>
        <source>Show o&amp;wners</source>
        <translation>Vis &amp;ansvarlige</translation>
    </message>
    <message>
        <source>Show fi&amp;gures</source>
        <translation>Vis ta&amp;l</translation>
    </message>
    <message>
        <source>Day, customers, duration and drop-off under each station</source>
        <translation>Dag, kunder, varighed og frafald under hver station</translation>
    </message>
    <message>
        <source>Show the emotion &amp;curve</source>
        <translation>Vis f&amp;ølelseskurven</translation>
    </message>
    <message>
        <source>Show the map &amp;title</source>
        <translation>Vis &amp;kortets titel</translation>
    </message>
    <message>
        <source>Foc&amp;us on the map</source>
        <translation>F&amp;okus på kortet</translation>
    </message>
    <message>
        <source>Hide every panel so the map has the whole window; the same again brings them back (Ctrl+Shift+H)</source>
        <translation>Skjul alle paneler, så kortet får hele vinduet; det samme igen bringer dem tilbage (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Pane&amp;ls</source>
        <translation>&amp;Paneler</translation>
    </message>
    <message>
        <source>Compa&amp;re today and future…</source>
        <translation>&amp;Sammenlign i dag og fremtid…</translation>
    </message>
    <message>
        <source>Today&apos;s and the future journey one above the other</source>
        <translation>Dagens og den fremtidige rejse over hinanden</translation>
    </message>
    <message>
        <source>Presentation &amp;mode</source>
        <translation>P&amp;ræsentationstilstand</translation>
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
    <name>CanvasMenus</name>
    <message>
        <source>Add station here</source>
        <translation>Tilføj station her</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Tilføj fase</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Tilføj linje</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Sæt ind</translation>
    </message>
    <message>
        <source>Select all stations</source>
        <translation>Markér alle stationer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikér</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Følelse</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Sandhedens øjeblik</translation>
    </message>
    <message>
        <source>Add improvement idea…</source>
        <translation>Tilføj forbedringsidé…</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Slet fase</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Slet linje</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farve…</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Standardfarve</translation>
    </message>
    <message>
        <source>Add phase before</source>
        <translation>Tilføj fase før</translation>
    </message>
    <message>
        <source>Add phase after</source>
        <translation>Tilføj fase efter</translation>
    </message>
    <message>
        <source>Add line above</source>
        <translation>Tilføj linje ovenfor</translation>
    </message>
    <message>
        <source>Add line below</source>
        <translation>Tilføj linje nedenfor</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Anden farve…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Vælg en farve</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <source>Custom colour</source>
        <translation>Egen farve</translation>
    </message>
    <message>
        <source>Custom colour ({code})</source>
        <translation>Egen farve ({code})</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>Emotion, today and in the future</source>
        <translation>Følelse, i dag og i fremtiden</translation>
    </message>
    <message>
        <source>▲ {change} better</source>
        <translation>▲ {change} bedre</translation>
    </message>
    <message>
        <source>▼ {change} worse</source>
        <translation>▼ {change} dårligere</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= ingen ændring</translation>
    </message>
    <message>
        <source>{name}: average {value}</source>
        <translation>{name}: gennemsnit {value}</translation>
    </message>
    <message>
        <source>{name}: not assessed</source>
        <translation>{name}: ikke vurderet</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Import JSON document</source>
        <translation>Importér JSON-dokument</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Gem den importerede workshop som</translation>
    </message>
    <message>
        <source>The document could not be imported</source>
        <translation>Dokumentet kunne ikke importeres</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add action {name}</source>
        <translation>Tilføj handling {name}</translation>
    </message>
    <message>
        <source>Add journey {name}</source>
        <translation>Tilføj rejse {name}</translation>
    </message>
    <message>
        <source>Add line {name}</source>
        <translation>Tilføj linje {name}</translation>
    </message>
    <message>
        <source>Add owner {name}</source>
        <translation>Tilføj ansvarlig {name}</translation>
    </message>
    <message>
        <source>Add persona {name}</source>
        <translation>Tilføj persona {name}</translation>
    </message>
    <message>
        <source>Add phase {name}</source>
        <translation>Tilføj fase {name}</translation>
    </message>
    <message>
        <source>Add station {name}</source>
        <translation>Tilføj station {name}</translation>
    </message>
    <message numerus="yes">
        <source>Clear moment of truth of %n station(s)</source>
        <translation>
            <numerusform>Fjern sandhedens øjeblik fra station</numerusform>
            <numerusform>Fjern sandhedens øjeblik fra %n stationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Slet handling</numerusform>
            <numerusform>Slet %n handlinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation>
            <numerusform>Slet linje</numerusform>
            <numerusform>Slet %n linjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phase(s)</source>
        <translation>
            <numerusform>Slet fase</numerusform>
            <numerusform>Slet %n faser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n station(s)</source>
        <translation>
            <numerusform>Slet station</numerusform>
            <numerusform>Slet %n stationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Slet rejse</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Slet linje</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Slet ansvarlig</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Slet persona</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Slet fase</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Design den fremtidige rejse</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n station(s)</source>
        <translation>
            <numerusform>Dupliker station</numerusform>
            <numerusform>Dupliker %n stationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit action {field}</source>
        <translation>Rediger {field}</translation>
    </message>
    <message>
        <source>Edit journey&apos;s {field}</source>
        <translation>Rediger {field}</translation>
    </message>
    <message>
        <source>Edit line {field}</source>
        <translation>Rediger {field}</translation>
    </message>
    <message>
        <source>Edit owner&apos;s {field}</source>
        <translation>Rediger {field}</translation>
    </message>
    <message>
        <source>Edit persona&apos;s {field}</source>
        <translation>Rediger {field}</translation>
    </message>
    <message>
        <source>Edit phase {field}</source>
        <translation>Rediger {field}</translation>
    </message>
    <message>
        <source>Edit station {field}</source>
        <translation>Rediger {field}</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Rediger workshoppens oplysninger</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n station(s) as moment of truth</source>
        <translation>
            <numerusform>Markér station som sandhedens øjeblik</numerusform>
            <numerusform>Markér %n stationer som sandhedens øjeblik</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge owners</source>
        <translation>Flet ansvarlige</translation>
    </message>
    <message numerus="yes">
        <source>Move %n station(s)</source>
        <translation>
            <numerusform>Flyt station</numerusform>
            <numerusform>Flyt %n stationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Move line to backstage</source>
        <translation>Flyt linjen bag kulisserne</translation>
    </message>
    <message>
        <source>Move line to frontstage</source>
        <translation>Gør linjen synlig for kunden</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n station(s)</source>
        <translation>
            <numerusform>Indsæt station</numerusform>
            <numerusform>Indsæt %n stationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename station</source>
        <translation>Omdøb station</translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation>Skift rækkefølge på rejser</translation>
    </message>
    <message>
        <source>Reorder lines</source>
        <translation>Skift rækkefølge på linjer</translation>
    </message>
    <message>
        <source>Reorder phases</source>
        <translation>Skift rækkefølge på faser</translation>
    </message>
    <message numerus="yes">
        <source>Set emotion of %n station(s)</source>
        <translation>
            <numerusform>Angiv følelse for station</numerusform>
            <numerusform>Angiv følelse for %n stationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Set owner to new {name}</source>
        <translation>Angiv ny ansvarlig {name}</translation>
    </message>
    <message>
        <source>Update from {file}</source>
        <translation>Opdater fra {file}</translation>
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
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>The room has not judged this moment yet</source>
        <translation>Rummet har ikke vurderet dette øjeblik endnu</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ikke vurderet endnu</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the {label} as</source>
        <translation>Eksportér {label} som</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>&amp;All journeys</source>
        <translation>&amp;Alle rejser</translation>
    </message>
    <message>
        <source>O&amp;ne:</source>
        <translation>&amp;Én:</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Rejse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Rejser:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Gem som:</translation>
    </message>
    <message>
        <source>An image shows one journey&apos;s map</source>
        <translation>Et billede viser én rejses kort</translation>
    </message>
    <message>
        <source>Every journey&apos;s map</source>
        <translation>Kortet for hver rejse</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Erstat filen?</translation>
    </message>
    <message>
        <source>“{name}” already exists in “{folder}”. Replace it?</source>
        <translation>“{name}” findes allerede i “{folder}”. Vil du erstatte den?</translation>
    </message>
</context>
<context>
    <name>ExportNotices</name>
    <message>
        <source>No installed font has the character {characters}, so it shows as an empty box. Install a font that has it (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Ingen installeret skrifttype har tegnet {characters}, så det vises som en tom firkant. Installer en skrifttype, der har det (f.eks. Noto Sans CJK eller Droid Sans Fallback som TrueType), og eksportér igen.</translation>
    </message>
    <message>
        <source>No installed font has these {count} characters, so they show as empty boxes: {characters}. Install a font that has them (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Ingen installeret skrifttype har disse {count} tegn, så de vises som tomme firkanter: {characters}. Installer en skrifttype, der har dem (f.eks. Noto Sans CJK eller Droid Sans Fallback som TrueType), og eksportér igen.</translation>
    </message>
    <message>
        <source>The map of {journey} is printed at {percent}% on {paper}: its smallest text is {size} pt. Choose a larger paper for print; on screen it can be zoomed.</source>
        <translation>Kortet over {journey} udskrives i {percent} % på {paper}: dets mindste tekst er {size} pt. Vælg et større papir til tryk; på skærmen kan det zoomes.</translation>
    </message>
    <message>
        <source>The map of {journey} is too large for the chosen resolution; it was drawn at {dpi} dpi instead. Use the PDF or SVG for a sharper copy.</source>
        <translation>Kortet over {journey} er for stort til den valgte opløsning; det blev i stedet tegnet med {dpi} dpi. Brug PDF eller SVG for en skarpere kopi.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting the {label} “{name}”…</source>
        <translation>Eksporterer {label} “{name}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Eksporten er færdig</translation>
    </message>
    <message>
        <source>Exported {what}.</source>
        <translation>Eksporterede {what}.</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>I {folder}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Vis i mappen</translation>
    </message>
    <message numerus="yes">
        <source>Please check %n note(s):</source>
        <translation>
            <numerusform>Kontrollér %n bemærkning:</numerusform>
            <numerusform>Kontrollér %n bemærkninger:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Tal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papir:</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Citater</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Opløsning:</translation>
    </message>
    <message>
        <source>150 dpi suits slides; 300 dpi suits print</source>
        <translation>150 dpi passer til præsentationer; 300 dpi passer til tryk</translation>
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
        <translation>A4-ark, der tapes sammen</translation>
    </message>
    <message>
        <source>A4 · 210 × 297 mm</source>
        <translation>A4 · 210 × 297 mm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Actions, stations and owners as sheets, to plan the follow-up.</source>
        <translation>Handlinger, stationer og ansvarlige som ark, til at planlægge opfølgningen.</translation>
    </message>
    <message>
        <source>As View ▸ Show… has it; a change here is for this export only</source>
        <translation>Som i Vis ▸ Vis …; en ændring her gælder kun denne eksport</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Antaget</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Bag kulisserne</translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation>Stor satsning</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Blågrøn</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
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
        <source>Dark brown</source>
        <translation>Mørkebrun</translation>
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
        <source>Doing</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Færdig</translation>
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
        <source>Dropped</source>
        <translation>Droppet</translation>
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
        <source>Excel action list</source>
        <translation>Handlingsplan i Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>Småopgave</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Synligt for kunden</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationer</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Fremtid</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>I&amp;deas</source>
        <translation>I&amp;déer</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Betydning</translation>
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
        <translation>JSON-dokument</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>JSON-dokumenter (*.json)</translation>
    </message>
    <message>
        <source>Journeyline export</source>
        <translation>Journeyline-eksport</translation>
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
        <source>Letter sheets, to tape together</source>
        <translation>Letter-ark, der tapes sammen</translation>
    </message>
    <message>
        <source>Letter · 8.5 × 11 in</source>
        <translation>Letter · 8,5 × 11 tommer</translation>
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
        <source>Ne&amp;eds</source>
        <translation>&amp;Behov</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
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
        <translation>Nej</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>O&amp;wners</source>
        <translation>&amp;Ansvarlige</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observeret</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a drawing that stays sharp at any size.</source>
        <translation>Én rejses kort som en tegning, der forbliver skarp i enhver størrelse.</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a picture, for slides and documents.</source>
        <translation>Én rejses kort som et billede til præsentationer og dokumenter.</translation>
    </message>
    <message>
        <source>One sheet of that size</source>
        <translation>Ét ark i den størrelse</translation>
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
        <source>PDF poster</source>
        <translation>PDF-plakat</translation>
    </message>
    <message>
        <source>PDF posters (*.pdf)</source>
        <translation>PDF-plakater (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-billede</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-billeder (*.png)</translation>
    </message>
    <message>
        <source>Pain po&amp;ints</source>
        <translation>&amp;Smertepunkter</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Smertepunkter</translation>
    </message>
    <message>
        <source>Pale blue</source>
        <translation>Lyseblå</translation>
    </message>
    <message>
        <source>Pale green</source>
        <translation>Lysegrøn</translation>
    </message>
    <message>
        <source>Pale grey</source>
        <translation>Lysegrå</translation>
    </message>
    <message>
        <source>Pale lavender</source>
        <translation>Lys lavendel</translation>
    </message>
    <message>
        <source>Pale peach</source>
        <translation>Lys fersken</translation>
    </message>
    <message>
        <source>Pale pink</source>
        <translation>Lyserød</translation>
    </message>
    <message>
        <source>Pale turquoise</source>
        <translation>Lys turkis</translation>
    </message>
    <message>
        <source>Pale yellow</source>
        <translation>Lysegul</translation>
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
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Print &amp;on:</source>
        <translation>&amp;Udskriv på:</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Hurtig gevinst</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Rødlilla</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapporteret</translation>
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
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-billede</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-billeder (*.svg)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Himmelblå</translation>
    </message>
    <message>
        <source>Slate grey</source>
        <translation>Skifergrå</translation>
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
        <source>Steel blue</source>
        <translation>Stålblå</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Fortælling</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Supporthenvendelse</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Spørgeskema</translation>
    </message>
    <message>
        <source>Tabloid · 11 × 17 in</source>
        <translation>Tabloid · 11 × 17 tommer</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målniveau</translation>
    </message>
    <message>
        <source>The map, the action list and the station details, ready to print.</source>
        <translation>Kortet, handlingsplanen og stationernes detaljer, klar til udskrift.</translation>
    </message>
    <message>
        <source>The whole workshop as an interchange document, to import elsewhere.</source>
        <translation>Hele workshoppen som et udvekslingsdokument, der kan importeres andre steder.</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>Workshoppens sprog</translation>
    </message>
    <message>
        <source>Time sink</source>
        <translation>Tidsrøver</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Vermilion</source>
        <translation>Cinnober</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Meget negativ</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>Meget positiv</translation>
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
        <source>details</source>
        <translation>oplysninger</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
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
        <translation>betydning</translation>
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
        <translation>målniveau</translation>
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
    <name>FileProblems</name>
    <message>
        <source>Another program is writing to the library “{library}”; try again in a moment. Nothing was changed.</source>
        <translation>Et andet program skriver til biblioteket “{library}”; prøv igen om et øjeblik. Intet blev ændret.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop (“{exported}”); nothing was changed.</source>
        <translation>Ingen af de {count} handlinger i {file} findes i denne workshop: listen blev eksporteret fra en anden workshop (“{exported}”); intet blev ændret.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop; nothing was changed.</source>
        <translation>Ingen af de {count} handlinger i {file} findes i denne workshop: listen blev eksporteret fra en anden workshop; intet blev ændret.</translation>
    </message>
    <message>
        <source>Row {row}: the new action “{title}” gets no owner, as “{needed}” is not created.</source>
        <translation>Række {row}: den nye handling “{title}” får ingen ansvarlig, da “{needed}” ikke oprettes.</translation>
    </message>
    <message>
        <source>Row {row}: the {field} of “{action}” was changed both in the list (to {listed}) and in the workshop since the export (to {current}); the list&apos;s value is the one applied.</source>
        <translation>Række {row}: feltet “{field}” for “{action}” blev ændret både i listen (til {listed}) og i workshoppen efter eksporten (til {current}); listens værdi er den, der anvendes.</translation>
    </message>
    <message>
        <source>Row {row}: “{action}” keeps its owner {owner}, as “{needed}” is not created.</source>
        <translation>Række {row}: “{action}” beholder sin ansvarlige {owner}, da “{needed}” ikke oprettes.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has no “{header}” column (row {row} is its header), so every action keeps its {field}.</source>
        <translation>Arket “{sheet}” har ingen kolonne “{header}” (række {row} er dets overskriftsrække), så hver handling beholder feltet “{field}”.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} has no action key: it is taken as the action “{title}” of the workshop, which has the same title.</source>
        <translation>Arket “{sheet}”, række {row} har ingen handlingsnøgle: den opfattes som workshoppens handling “{title}”, der har samme titel.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} holds only formulas (a totals row?), so it is not read as an action.</source>
        <translation>Arket “{sheet}”, række {row} indeholder kun formler (en sumrække?), så den læses ikke som en handling.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} is a new action, but the sheet has no “{header}” column to give it a title.</source>
        <translation>Arket “{sheet}”, række {row} er en ny handling, men arket har ingen kolonne “{header}”, der kan give den en titel.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} names no journey: the list needs a “{header}” column naming the journey of the new action ({journeys}).</source>
        <translation>Arket “{sheet}”, række {row} angiver ingen rejse: listen skal have en kolonne “{header}”, der angiver den nye handlings rejse ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the Excel error “{value}”.</source>
        <translation>Arket “{sheet}”, række {row}, kolonne {column} ({header}) indeholder Excel-fejlen “{value}”.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}” with no value computed by Excel: it is read as that text, never run.</source>
        <translation>Arket “{sheet}”, række {row}, kolonne {column} ({header}) indeholder formlen “{formula}” uden en værdi beregnet af Excel: den læses som den tekst og køres aldrig.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}”: its value as Excel last showed it, “{value}”, is read.</source>
        <translation>Arket “{sheet}”, række {row}, kolonne {column} ({header}) indeholder formlen “{formula}”: dens værdi, som Excel sidst viste den, “{value}”, læses.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, the name of {count} journeys: rename one of them in Journeyline first.</source>
        <translation>Arket “{sheet}”, række {row}, kolonne {column} ({header}) indeholder “{name}”, navnet på {count} rejser: omdøb først en af dem i Journeyline.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, which is no journey of this workshop ({journeys}).</source>
        <translation>Arket “{sheet}”, række {row}, kolonne {column} ({header}) indeholder “{name}”, som ikke er en rejse i denne workshop ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but no station has that title: the action&apos;s station is left as it is.</source>
        <translation>Arket “{sheet}”, række {row}, kolonne {column} ({header}) indeholder “{title}”, men ingen station har den titel: handlingens station forbliver, som den er.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but {count} stations have that title: the action&apos;s station is left as it is.</source>
        <translation>Arket “{sheet}”, række {row}, kolonne {column} ({header}) indeholder “{title}”, men {count} stationer har den titel: handlingens station forbliver, som den er.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”, which is not an action key Journeyline wrote: clear that hidden cell to add the row as a new action.</source>
        <translation>Arket “{sheet}”, række {row}, kolonne {column} ({header}) indeholder “{value}”, som ikke er en handlingsnøgle, Journeyline har skrevet: ryd den skjulte celle for at tilføje rækken som en ny handling.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”.</source>
        <translation>Arket “{sheet}”, række {row}, kolonne {column} ({header}) indeholder “{value}”.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty.</source>
        <translation>Arket “{sheet}”, række {row}, kolonne {column} ({header}) er tom.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: name the journey of the new action ({journeys}).</source>
        <translation>Arket “{sheet}”, række {row}, kolonne {column} ({header}) er tom: angiv den nye handlings rejse ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: the status of “{action}” stays “{status}”.</source>
        <translation>Arket “{sheet}”, række {row}, kolonne {column} ({header}) er tom: status for “{action}” forbliver “{status}”.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: its action is no longer in the workshop (deleted after the export?), so the row is left out.</source>
        <translation>Arket “{sheet}”, række {row}: dens handling findes ikke længere i workshoppen (slettet efter eksporten?), så rækken udelades.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: the “{header}” column names “{named}”, but the action is in “{actual}”, where it stays.</source>
        <translation>Arket “{sheet}”, række {row}: kolonnen “{header}” angiver “{named}”, men handlingen ligger i “{actual}”, hvor den bliver.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, rows {first} and {second} carry the same hidden action key in column {column}: one row was copied from the other, so clear that cell in the copy to add it as a new action.</source>
        <translation>Arket “{sheet}”, rækkerne {first} og {second} har samme skjulte handlingsnøgle i kolonne {column}: den ene række blev kopieret fra den anden, så ryd den celle i kopien for at tilføje den som en ny handling.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, {count} rows ({rows}): the “{header}” column names “{named}”, but the actions are in “{actual}”, where they stay.</source>
        <translation>Arket “{sheet}”, {count} rækker ({rows}): kolonnen “{header}” angiver “{named}”, men handlingerne ligger i “{actual}”, hvor de bliver.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved in {folder}: {reason}.</source>
        <translation>Valget af bibliotek kunne ikke gemmes i {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved. {problem}</source>
        <translation>Valget af bibliotek kunne ikke gemmes. {problem}</translation>
    </message>
    <message>
        <source>The connection to the library “{library}” was lost; nothing was changed.</source>
        <translation>Forbindelsen til biblioteket “{library}” blev afbrudt; intet blev ændret.</translation>
    </message>
    <message>
        <source>The copy {file} failed its check.</source>
        <translation>Kopien {file} bestod ikke kontrollen.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be reached; nothing was changed.</source>
        <translation>Biblioteket “{library}” kan ikke nås; intet blev ændret.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be used: {module} is not installed.</source>
        <translation>Biblioteket “{library}” kan ikke bruges: {module} er ikke installeret.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: it is read-only; nothing was changed.</source>
        <translation>Der kan ikke skrives til biblioteket “{library}”: det er skrivebeskyttet; intet blev ændret.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: the disk is full; nothing was changed.</source>
        <translation>Der kan ikke skrives til biblioteket “{library}”: disken er fuld; intet blev ændret.</translation>
    </message>
    <message>
        <source>The library “{library}” could not be used: {reason}. Nothing was changed.</source>
        <translation>Biblioteket “{library}” kunne ikke bruges: {reason}. Intet blev ændret.</translation>
    </message>
    <message>
        <source>The library “{library}” is not set up for this Journeyline yet, and your database role may not set it up; ask the library&apos;s owner to run &apos;journeyline library setup&apos; once.</source>
        <translation>Biblioteket “{library}” er endnu ikke sat op til denne Journeyline, og din databaserolle må ikke sætte det op; bed bibliotekets ejer om at køre &apos;journeyline library setup&apos; én gang.</translation>
    </message>
    <message>
        <source>The library “{library}” was set up by a newer Journeyline; please update Journeyline to use it.</source>
        <translation>Biblioteket “{library}” blev sat op af en nyere Journeyline; opdater Journeyline for at bruge det.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” has no such database; nothing was changed.</source>
        <translation>Serveren for biblioteket “{library}” har ingen sådan database; intet blev ændret.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” refused the sign-in (user or password); nothing was changed.</source>
        <translation>Serveren for biblioteket “{library}” afviste login (bruger eller adgangskode); intet blev ændret.</translation>
    </message>
    <message>
        <source>The workshop could not be prepared for export: {reason}.</source>
        <translation>Workshoppen kunne ikke gøres klar til eksport: {reason}.</translation>
    </message>
    <message>
        <source>Version {number} of “{title}” in the library “{library}” cannot be read: {place}: {rule}</source>
        <translation>Version {number} af “{title}” i biblioteket “{library}” kan ikke læses: {place}: {rule}</translation>
    </message>
    <message>
        <source>Your database role may not publish to the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Din databaserolle må ikke udgive i biblioteket “{library}”: bed bibliotekets ejer om at give den rettigheden; intet blev ændret.</translation>
    </message>
    <message>
        <source>Your database role may not read the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Din databaserolle må ikke læse biblioteket “{library}”: bed bibliotekets ejer om at give den rettigheden; intet blev ændret.</translation>
    </message>
    <message>
        <source>action {id}</source>
        <translation>handling {id}</translation>
    </message>
    <message>
        <source>binary data ({count} bytes)</source>
        <translation>binære data ({count} byte)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>journey {id}</source>
        <translation>rejse {id}</translation>
    </message>
    <message>
        <source>line {id}</source>
        <translation>linje {id}</translation>
    </message>
    <message>
        <source>owner {id}</source>
        <translation>ansvarlig {id}</translation>
    </message>
    <message>
        <source>persona {id}</source>
        <translation>persona {id}</translation>
    </message>
    <message>
        <source>phase {id}</source>
        <translation>fase {id}</translation>
    </message>
    <message>
        <source>row {id} of the table {table}</source>
        <translation>række {id} i tabellen {table}</translation>
    </message>
    <message>
        <source>station {id}</source>
        <translation>station {id}</translation>
    </message>
    <message>
        <source>the workshop record</source>
        <translation>workshoppens grundoplysninger</translation>
    </message>
    <message>
        <source>{file} already exists; it was not overwritten.</source>
        <translation>{file} findes allerede; den blev ikke overskrevet.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} actions, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åbnes: den indeholder {count} handlinger, og en workshop kan højst rumme {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} journeys, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åbnes: den indeholder {count} rejser, og en workshop kan højst rumme {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} lines, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åbnes: den indeholder {count} linjer, og en workshop kan højst rumme {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} owners, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åbnes: den indeholder {count} ansvarlige, og en workshop kan højst rumme {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} personas, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åbnes: den indeholder {count} personaer, og en workshop kan højst rumme {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} phases, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åbnes: den indeholder {count} faser, og en workshop kan højst rumme {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} quotes, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åbnes: den indeholder {count} citater, og en workshop kan højst rumme {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} stations, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åbnes: den indeholder {count} stationer, og en workshop kan højst rumme {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it is {size}, and Journeyline reads files of at most {limit}.</source>
        <translation>{file} kan ikke åbnes: den fylder {size}, og Journeyline læser filer på højst {limit}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: its side file {side} is not a regular file.</source>
        <translation>{file} kan ikke åbnes: dens sidefil {side} er ikke en almindelig fil.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>{file} kan ikke læses: adgang nægtet.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} kan ikke læses: {reason}.</translation>
    </message>
    <message>
        <source>{file} cannot be used: action {row} belongs to station {other} of another journey.</source>
        <translation>{file} kan ikke bruges: handling {row} hører til station {other} på en anden rejse.</translation>
    </message>
    <message>
        <source>{file} cannot be used: it has no workshop record.</source>
        <translation>{file} kan ikke bruges: den mangler workshoppens grundoplysninger.</translation>
    </message>
    <message>
        <source>{file} cannot be used: its side files change it into something that is not this workshop file.</source>
        <translation>{file} kan ikke bruges: dens sidefiler ændrer den til noget, der ikke er denne workshopfil.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on line {other} of another journey.</source>
        <translation>{file} kan ikke bruges: station {row} ligger på linje {other} på en anden rejse.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on phase {other} of another journey.</source>
        <translation>{file} kan ikke bruges: station {row} ligger i fase {other} på en anden rejse.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the column {column} of {row} is {value}, which is not a valid value.</source>
        <translation>{file} kan ikke bruges: kolonnen {column} i {row} er {value}, hvilket ikke er en gyldig værdi.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a list.</source>
        <translation>{file} kan ikke bruges: feltet “{field}” i {row} er {value}, hvilket ikke er en liste.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a valid value.</source>
        <translation>{file} kan ikke bruges: feltet “{field}” i {row} er {value}, hvilket ikke er en gyldig værdi.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}. {rule}</source>
        <translation>{file} kan ikke bruges: feltet “{field}” i {row} er {value}. {rule}</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a journey that is not in the file.</source>
        <translation>{file} kan ikke bruges: {row} henviser til en rejse, der ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a line that is not in the file.</source>
        <translation>{file} kan ikke bruges: {row} henviser til en linje, der ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a persona that is not in the file.</source>
        <translation>{file} kan ikke bruges: {row} henviser til en persona, der ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a phase that is not in the file.</source>
        <translation>{file} kan ikke bruges: {row} henviser til en fase, der ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a row of the table {table} that is not in the file.</source>
        <translation>{file} kan ikke bruges: {row} henviser til en række i tabellen {table}, der ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a station that is not in the file.</source>
        <translation>{file} kan ikke bruges: {row} henviser til en station, der ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an action that is not in the file.</source>
        <translation>{file} kan ikke bruges: {row} henviser til en handling, der ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an owner that is not in the file.</source>
        <translation>{file} kan ikke bruges: {row} henviser til en ansvarlig, der ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} could not be checked: {reason}.</source>
        <translation>{file} kunne ikke kontrolleres: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk is full.</source>
        <translation>{file} kunne ikke åbnes: disken er fuld.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk reported an error.</source>
        <translation>{file} kunne ikke åbnes: disken rapporterede en fejl.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the file or its folder is read-only.</source>
        <translation>{file} kunne ikke åbnes: filen eller dens mappe er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>{file} could not be opened: {reason}.</source>
        <translation>{file} kunne ikke åbnes: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk is full.</source>
        <translation>{file} kunne ikke læses: disken er fuld.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk reported an error.</source>
        <translation>{file} kunne ikke læses: disken rapporterede en fejl.</translation>
    </message>
    <message>
        <source>{file} could not be read: the file or its folder is read-only.</source>
        <translation>{file} kunne ikke læses: filen eller dens mappe er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>{file} kunne ikke læses: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk is full.</source>
        <translation>{file} kunne ikke gemmes: disken er fuld.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk reported an error.</source>
        <translation>{file} kunne ikke gemmes: disken rapporterede en fejl.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the file or its folder is read-only.</source>
        <translation>{file} kunne ikke gemmes: filen eller dens mappe er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}.</source>
        <translation>{file} kunne ikke gemmes: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded: it holds values this Journeyline does not accept; the file is unchanged.</source>
        <translation>{file} kunne ikke opgraderes: den indeholder værdier, som denne Journeyline ikke accepterer; filen er uændret.</translation>
    </message>
    <message>
        <source>{file} could not be written: a folder has that name; nothing was written.</source>
        <translation>{file} kunne ikke skrives: en mappe har det navn; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is a Journeyline workshop file, and an export never replaces a workshop; nothing was written.</source>
        <translation>{file} kunne ikke skrives: det er en Journeyline-workshopfil, og en eksport erstatter aldrig en workshop; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is the workshop file being exported; nothing was written.</source>
        <translation>{file} kunne ikke skrives: det er den workshopfil, der eksporteres; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: its name is {size} bytes long, and the folder allows at most {limit}; nothing was written.</source>
        <translation>{file} kunne ikke skrives: navnet er {size} byte langt, og mappen tillader højst {limit}; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: part of the path is not a folder; nothing was written.</source>
        <translation>{file} kunne ikke skrives: en del af stien er ikke en mappe; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: permission was denied; nothing was written.</source>
        <translation>{file} kunne ikke skrives: adgang blev nægtet; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full.</source>
        <translation>{file} kunne ikke skrives: disken er fuld.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full; nothing was written.</source>
        <translation>{file} kunne ikke skrives: disken er fuld; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is read-only; nothing was written.</source>
        <translation>{file} kunne ikke skrives: disken er skrivebeskyttet; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error.</source>
        <translation>{file} kunne ikke skrives: disken rapporterede en fejl.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error; nothing was written.</source>
        <translation>{file} kunne ikke skrives: disken rapporterede en fejl; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is open in another program; nothing was written.</source>
        <translation>{file} kunne ikke skrives: filen er åben i et andet program; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only or open in another program; nothing was written.</source>
        <translation>{file} kunne ikke skrives: filen er skrivebeskyttet eller åben i et andet program; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only; nothing was written.</source>
        <translation>{file} kunne ikke skrives: filen er skrivebeskyttet; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file or its folder is read-only.</source>
        <translation>{file} kunne ikke skrives: filen eller dens mappe er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder does not exist; nothing was written.</source>
        <translation>{file} kunne ikke skrives: mappen findes ikke; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder is read-only; nothing was written.</source>
        <translation>{file} kunne ikke skrives: mappen er skrivebeskyttet; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is not allowed here; nothing was written.</source>
        <translation>{file} kunne ikke skrives: navnet er ikke tilladt her; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is too long; nothing was written.</source>
        <translation>{file} kunne ikke skrives: navnet er for langt; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journey with id {id}; nothing was written.</source>
        <translation>{file} kunne ikke skrives: workshoppen har ingen rejse med id {id}; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journeys, so there is no map to draw; nothing was written.</source>
        <translation>{file} kunne ikke skrives: workshoppen har ingen rejser, så der er intet kort at tegne; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop holds data the interchange format does not allow ({place}: {rule}); nothing was written.</source>
        <translation>{file} kunne ikke skrives: workshoppen indeholder data, som udvekslingsformatet ikke tillader ({place}: {rule}); intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: there is no export format {format}; nothing was written.</source>
        <translation>{file} kunne ikke skrives: der findes intet eksportformat {format}; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>{file} kunne ikke skrives: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}; nothing was written.</source>
        <translation>{file} kunne ikke skrives: {reason}; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} findes ikke.</translation>
    </message>
    <message>
        <source>{file} has file version {version}, which this Journeyline cannot upgrade.</source>
        <translation>{file} har filversion {version}, som denne Journeyline ikke kan opgradere.</translation>
    </message>
    <message>
        <source>{file} has no record of the values as exported (its hidden sheet is gone), so every difference from the workshop counts as a change in the list, including changes made in the workshop since the export.</source>
        <translation>{file} har ingen registrering af værdierne, som de blev eksporteret (dets skjulte ark er væk), så enhver forskel fra workshoppen tæller som en ændring i listen, også ændringer foretaget i workshoppen efter eksporten.</translation>
    </message>
    <message>
        <source>{file} holds the action list twice (sheets “{first}” and “{second}”): keep one of them and try again; nothing was changed.</source>
        <translation>{file} indeholder handlingsplanen to gange (arkene “{first}” og “{second}”): behold et af dem, og prøv igen; intet blev ændret.</translation>
    </message>
    <message>
        <source>{file} is a database of another program, not a Journeyline workshop file.</source>
        <translation>{file} er en database fra et andet program, ikke en Journeyline-workshopfil.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} er en mappe, ikke en fil.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a workshop file.</source>
        <translation>{file} er en mappe, ikke en workshopfil.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an Excel workbook.</source>
        <translation>{file} er en mappe, ikke en Excel-projektmappe.</translation>
    </message>
    <message>
        <source>{file} is a workshop file, not an interchange JSON document; nothing was written.</source>
        <translation>{file} er en workshopfil, ikke et JSON-dokument i udvekslingsformatet; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} is a zip archive but not an Excel workbook, so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} er et zip-arkiv, men ikke en Excel-projektmappe, så det er ikke en handlingsplan fra Journeyline; intet blev ændret.</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not a Journeyline workshop file.</source>
        <translation>{file} er et zip-arkiv, ikke en Journeyline-workshopfil.</translation>
    </message>
    <message>
        <source>{file} is an old-format Excel (.xls) or other Office file, not a Journeyline action list (.xlsx); nothing was changed.</source>
        <translation>{file} er en Excel-fil i gammelt format (.xls) eller en anden Office-fil, ikke en handlingsplan fra Journeyline (.xlsx); intet blev ændret.</translation>
    </message>
    <message>
        <source>{file} is closed.</source>
        <translation>{file} er lukket.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read.</source>
        <translation>{file} er beskadiget og kan ikke læses.</translation>
    </message>
    <message>
        <source>{file} is damaged: Excel&apos;s parts inside it cannot be read; nothing was changed.</source>
        <translation>{file} er beskadiget: Excel-delene i den kan ikke læses; intet blev ændret.</translation>
    </message>
    <message>
        <source>{file} is damaged: SQLite&apos;s check of the file failed.</source>
        <translation>{file} er beskadiget: SQLites kontrol af filen mislykkedes.</translation>
    </message>
    <message>
        <source>{file} is damaged: a sheet inside it cannot be read; nothing was changed.</source>
        <translation>{file} er beskadiget: et ark i den kan ikke læses; intet blev ændret.</translation>
    </message>
    <message>
        <source>{file} is damaged: it has no valid file version.</source>
        <translation>{file} er beskadiget: den har ingen gyldig filversion.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete Excel workbook; nothing was changed.</source>
        <translation>{file} er beskadiget: den er ikke en fuldstændig Excel-projektmappe; intet blev ændret.</translation>
    </message>
    <message>
        <source>{file} is damaged: some of its rows refer to rows that do not exist.</source>
        <translation>{file} er beskadiget: nogle af dens rækker henviser til rækker, der ikke findes.</translation>
    </message>
    <message>
        <source>{file} is damaged: the file is truncated.</source>
        <translation>{file} er beskadiget: filen er afkortet.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not a Journeyline workshop file.</source>
        <translation>{file} er tom, så den er ikke en Journeyline-workshopfil.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not an Excel action list.</source>
        <translation>{file} er tom, så den er ikke en handlingsplan i Excel.</translation>
    </message>
    <message>
        <source>{file} is in a read-only folder, so it cannot be edited.</source>
        <translation>{file} ligger i en skrivebeskyttet mappe, så den kan ikke redigeres.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline action list: no sheet has the hidden action key column that Journeyline&apos;s export writes; nothing was changed.</source>
        <translation>{file} er ikke en handlingsplan fra Journeyline: intet ark har den skjulte kolonne med handlingsnøgler, som Journeylines eksport skriver; intet blev ændret.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline workshop file.</source>
        <translation>{file} er ikke en Journeyline-workshopfil.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say), so it is not a workshop file.</source>
        <translation>{file} er ikke en almindelig fil (men for eksempel en pipe eller en enhed), så den er ikke en workshopfil.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say).</source>
        <translation>{file} er ikke en almindelig fil (men for eksempel en pipe eller en enhed).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx), so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} er ikke en Excel-projektmappe (.xlsx), så den er ikke en handlingsplan fra Journeyline; intet blev ændret.</translation>
    </message>
    <message>
        <source>{file} is open in Journeyline or another program, so it was not replaced; close it there first. Nothing was written.</source>
        <translation>{file} er åben i Journeyline eller et andet program, så den blev ikke erstattet; luk den der først. Intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} is open in another Journeyline window or program; close it there first.</source>
        <translation>{file} er åben i et andet Journeyline-vindue eller program; luk den der først.</translation>
    </message>
    <message>
        <source>{file} is protected with a password: open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook), save it and try again; nothing was changed.</source>
        <translation>{file} er beskyttet med en adgangskode: åbn den i Excel, fjern adgangskoden (Filer ▸ Oplysninger ▸ Beskyt projektmappe), gem den, og prøv igen; intet blev ændret.</translation>
    </message>
    <message>
        <source>{file} is read-only, so it cannot be edited.</source>
        <translation>{file} er skrivebeskyttet, så den kan ikke redigeres.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB, far more than any action list; it was not read and nothing was changed.</source>
        <translation>{file} udpakkes til mere end {limit} MB, langt mere end nogen handlingsplan; den blev ikke læst, og intet blev ændret.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: file version {version} is not one Journeyline has made.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: filversion {version} er ikke en, Journeyline har lavet.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a table {name} that Journeyline does not make.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: den indeholder en tabel {name}, som Journeyline ikke laver.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a trigger {name} that Journeyline does not make.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: den indeholder en trigger {name}, som Journeyline ikke laver.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a view {name} that Journeyline does not make.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: den indeholder et view {name}, som Journeyline ikke laver.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds an index {name} that Journeyline does not make.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: den indeholder et indeks {name}, som Journeyline ikke laver.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is missing.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: dens indeks {name} mangler.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is not the one Journeyline makes.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: dens indeks {name} er ikke det, Journeyline laver.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is missing.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: dens tabel {name} mangler.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is not the one Journeyline makes.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: dens tabel {name} er ikke den, Journeyline laver.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its tables are not those of a workshop file.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: dens tabeller er ikke en workshopfils tabeller.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is missing.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: dens trigger {name} mangler.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is not the one Journeyline makes.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: dens trigger {name} er ikke den, Journeyline laver.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is missing.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: dens view {name} mangler.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is not the one Journeyline makes.</source>
        <translation>{file} er ændret uden for Journeyline og kan ikke bruges: dens view {name} er ikke det, Journeyline laver.</translation>
    </message>
    <message>
        <source>{file} was exported from the workshop “{exported}”; this one is “{current}”.</source>
        <translation>{file} blev eksporteret fra workshoppen “{exported}”; denne er “{current}”.</translation>
    </message>
    <message>
        <source>{file} was moved, deleted or replaced by another program, so changes can no longer be saved into it; use Save a copy… to keep the workshop.</source>
        <translation>{file} er blevet flyttet, slettet eller erstattet af et andet program, så ændringer kan ikke længere gemmes i den; brug Gem en kopi… for at beholde workshoppen.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); Journeyline recovered it as it was before that change.</source>
        <translation>{file} blev ikke lukket korrekt (en ændring blev afbrudt, måske af et nedbrud); Journeyline har gendannet den, som den var før ændringen.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); it is read as it was before that change, and the file is left as it is until the editor opens it.</source>
        <translation>{file} blev ikke lukket korrekt (en ændring blev afbrudt, måske af et nedbrud); den læses, som den var før ændringen, og filen lades urørt, indtil editoren åbner den.</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing was written.</source>
        <translation>{file} blev ikke importeret; intet blev skrevet.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer Journeyline (file version {version}); this Journeyline reads file versions up to {newest}, so please update it.</source>
        <translation>{file} blev gemt af en nyere Journeyline (filversion {version}); denne version læser filversioner op til {newest}, så opdater venligst Journeyline.</translation>
    </message>
    <message>
        <source>{file} was saved by an older Journeyline; open it in the editor once to bring it up to date.</source>
        <translation>{file} blev gemt af en ældre Journeyline; åbn den én gang i editoren for at opdatere den.</translation>
    </message>
    <message>
        <source>The library cannot be made in {folder}: {reason}.</source>
        <translation>Biblioteket kan ikke oprettes i {folder}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>The sample workshop could not be created</source>
        <translation>Eksempelworkshoppen kunne ikke oprettes</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Add improvement idea</source>
        <translation>Tilføj forbedringsidé</translation>
    </message>
    <message>
        <source>What could be better?</source>
        <translation>Hvad kunne være bedre?</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idé:</translation>
    </message>
    <message>
        <source>At station:</source>
        <translation>Ved station:</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Ingen station</translation>
    </message>
    <message>
        <source>At &amp;station:</source>
        <translation>Ved &amp;station:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Indsats:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Værdi:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioritet:</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Tilføj idé</translation>
    </message>
</context>
<context>
    <name>JourneyComparison</name>
    <message>
        <source>Today and the future</source>
        <translation>I dag og fremtiden</translation>
    </message>
    <message>
        <source>Today&apos;s journey</source>
        <translation>Nuværende rejse</translation>
    </message>
    <message>
        <source>Future journey</source>
        <translation>Fremtidig rejse</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Stor tekst</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Tilpas</translation>
    </message>
    <message>
        <source>Show everything (Ctrl+0)</source>
        <translation>Vis alt (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Today:</source>
        <translation>&amp;I dag:</translation>
    </message>
    <message>
        <source>F&amp;uture:</source>
        <translation>F&amp;remtid:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>{name} · {state}</source>
        <translation>{name} · {state}</translation>
    </message>
    <message>
        <source>Choose a today&apos;s journey and a future journey to compare. No future journey yet? Use “Design the future journey” in the journeys panel.</source>
        <translation>Vælg en nuværende rejse og en fremtidig rejse at sammenligne. Ingen fremtidig rejse endnu? Brug “Design den fremtidige rejse” i panelet Rejser.</translation>
    </message>
</context>
<context>
    <name>JourneySwitcher</name>
    <message>
        <source>Journey shown on the map</source>
        <translation>Rejsen, der vises på kortet</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Rejse</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Den rejse findes ikke længere.</translation>
    </message>
</context>
<context>
    <name>JourneyTextsDialog</name>
    <message>
        <source>The journey on the map</source>
        <translation>Rejsen på kortet</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>&amp;Storyline:</source>
        <translation>&amp;Fortælling:</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Rejser</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <source>Create a journey from a template or a blank map (Insert)</source>
        <translation>Opret en rejse fra en skabelon eller et tomt kort (Insert)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Omdøb</translation>
    </message>
    <message>
        <source>Rename the selected journey (F2)</source>
        <translation>Omdøb den markerede rejse (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete the selected journey (Delete)</source>
        <translation>Slet den markerede rejse (Delete)</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Design den fremtidige rejse</translation>
    </message>
    <message>
        <source>Copy this journey as the future journey, to redesign it (Ctrl+Shift+F)</source>
        <translation>Kopiér rejsen som den fremtidige rejse for at omforme den (Ctrl+Skift+F)</translation>
    </message>
    <message>
        <source>Compare today and future…</source>
        <translation>Sammenlign i dag og fremtid…</translation>
    </message>
    <message>
        <source>Show today&apos;s and the future journey one above the other, with both emotion curves</source>
        <translation>Vis den nuværende og den fremtidige rejse over hinanden, med begge følelseskurver</translation>
    </message>
    <message>
        <source>About this journey</source>
        <translation>Om denne rejse</translation>
    </message>
    <message>
        <source>{state} · no persona</source>
        <translation>{state} · ingen persona</translation>
    </message>
    <message>
        <source>What this journey covers, in words the client will read.</source>
        <translation>Hvad rejsen omfatter, med ord kunden vil læse.</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Fortælling</translation>
    </message>
    <message>
        <source>The story of this journey as the room tells it.</source>
        <translation>Rejsens historie, som rummet fortæller den.</translation>
    </message>
    <message>
        <source>{name}
{subtitle}</source>
        <translation>{name}
{subtitle}</translation>
    </message>
    <message>
        <source>The journey could not be created.</source>
        <translation>Rejsen kunne ikke oprettes.</translation>
    </message>
    <message>
        <source>Delete the journey “{name}” with its {stations} and {actions}? Undo brings it back.</source>
        <translation>Slet rejsen “{name}” med dens {stations} og {actions}? Fortryd bringer den tilbage.</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Slet rejse</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n handling</numerusform>
            <numerusform>%n handlinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stationer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>station</source>
        <translation>station</translation>
    </message>
    <message>
        <source>need</source>
        <translation>behov</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>smertepunkt</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citat</translation>
    </message>
    <message>
        <source>action</source>
        <translation>handling</translation>
    </message>
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
        <source>The local library</source>
        <translation>Det lokale bibliotek</translation>
    </message>
    <message>
        <source>The library at %1</source>
        <translation>Biblioteket på %1</translation>
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
        <source>Published “%1” as version %2 of the template in the local library.</source>
        <translation>Udgav “%1” som version %2 af skabelonen i det lokale bibliotek.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the template in the library at %3.</source>
        <translation>Udgav “%1” som version %2 af skabelonen i biblioteket på %3.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the local library.</source>
        <translation>Udgav “%1” som version %2 af kortet i det lokale bibliotek.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the library at %3.</source>
        <translation>Udgav “%1” som version %2 af kortet i biblioteket på %3.</translation>
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
        <source>{name} (library version {number})</source>
        <translation>{name} (biblioteksversion {number})</translation>
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
        <source>Journeyline now uses the local library.</source>
        <translation>Journeyline bruger nu det lokale bibliotek.</translation>
    </message>
    <message>
        <source>Journeyline now uses the library at %1.</source>
        <translation>Journeyline bruger nu biblioteket på %1.</translation>
    </message>
    <message>
        <source>Working copy.journey</source>
        <translation>Arbejdskopi.journey</translation>
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
    <name>LinePage</name>
    <message>
        <source>Where the customer meets us</source>
        <translation>Hvor kunden møder os</translation>
    </message>
    <message>
        <source>What happens behind the line of visibility</source>
        <translation>Det, der sker bag synlighedslinjen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Line name</source>
        <translation>Linjens navn</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
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
        <translation>Gemte en kopi som “{name}”</translation>
    </message>
    <message>
        <source>Add to the map</source>
        <translation>Tilføj til kortet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Fortryd: {what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Gentag: {what}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Add to the &amp;map</source>
        <translation>Tilføj til &amp;kortet</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Rejse</translation>
    </message>
</context>
<context>
    <name>MapOperations</name>
    <message>
        <source>New station</source>
        <translation>Ny station</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Ny fase</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Ny linje</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Slet fase</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Slet linje</translation>
    </message>
    <message numerus="yes">
        <source>Delete the phase {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Slet fasen {name} og dens %n station?</numerusform>
            <numerusform>Slet fasen {name} og dens %n stationer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the line {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Slet linjen {name} og dens %n station?</numerusform>
            <numerusform>Slet linjen {name} og dens %n stationer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} phases and their %n station(s)?</source>
        <translation>
            <numerusform>Slet {count} faser og deres %n station?</numerusform>
            <numerusform>Slet {count} faser og deres %n stationer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} lines and their %n station(s)?</source>
        <translation>
            <numerusform>Slet {count} linjer og deres %n station?</numerusform>
            <numerusform>Slet {count} linjer og deres %n stationer?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n smertepunkt</numerusform>
            <numerusform>%n smertepunkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idé</numerusform>
            <numerusform>%n idéer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) of truth</source>
        <translation>
            <numerusform>%n sandhedens øjeblik</numerusform>
            <numerusform>%n sandhedens øjeblikke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more in the spotlight</source>
        <translation>
            <numerusform>+%n mere i nærbilledet</numerusform>
            <numerusform>+%n mere i nærbilledet</numerusform>
        </translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Følelse</translation>
    </message>
    <message>
        <source>▸ more in the spotlight</source>
        <translation>▸ mere i nærbilledet</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Synlighedslinje</translation>
    </message>
</context>
<context>
    <name>MapTooltips</name>
    <message>
        <source>Emotion: not assessed</source>
        <translation>Følelse: ikke vurderet</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Følelse: {label} ({value})</translation>
    </message>
    <message>
        <source>★ Moment of truth</source>
        <translation>★ Sandhedens øjeblik</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Ansvarlig: {name}</translation>
    </message>
    <message>
        <source>Touchpoint: {text}</source>
        <translation>Kontaktpunkt: {text}</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Smertepunkter</translation>
    </message>
    <message>
        <source>Improvement ideas</source>
        <translation>Forbedringsidéer</translation>
    </message>
    <message>
        <source>Backstage line</source>
        <translation>Linje bag kulisserne</translation>
    </message>
    <message>
        <source>Frontstage line</source>
        <translation>Linje synlig for kunden</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n mere</numerusform>
            <numerusform>… %n mere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Choose a colour</source>
        <translation>Vælg en farve</translation>
    </message>
    <message>
        <source>Click to edit the journey’s name, description and storyline</source>
        <translation>Klik for at redigere rejsens navn, beskrivelse og fortælling</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Effort and value matrix</source>
        <translation>Matrix for indsats og værdi</translation>
    </message>
</context>
<context>
    <name>MergeOwnersDialog</name>
    <message>
        <source>Merge owners</source>
        <translation>Flet ansvarlige</translation>
    </message>
    <message>
        <source>Owner to keep</source>
        <translation>Ansvarlig, der beholdes</translation>
    </message>
    <message>
        <source>“{name}” ({work}) is merged into the owner you choose: its stations and actions move there and “{name}” is removed.</source>
        <translation>“{name}” ({work}) flettes ind i den ansvarlige, du vælger: stationerne og handlingerne flyttes dertil, og “{name}” fjernes.</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Flet &amp;ind i:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Flet</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message numerus="yes">
        <source>… and %n more (see Show Details).</source>
        <translation>
            <numerusform>… og %n mere (se Vis detaljer).</numerusform>
            <numerusform>… og %n mere (se Vis detaljer).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoreChip</name>
    <message>
        <source>Show the next cards of this cell</source>
        <translation>Vis de næste kort i denne celle</translation>
    </message>
</context>
<context>
    <name>NewJourneyDialog</name>
    <message>
        <source>New journey</source>
        <translation>Ny rejse</translation>
    </message>
    <message>
        <source>e.g. Moving house</source>
        <translation>f.eks. Flytning</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Tomt kort</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Ingen persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Start fra:</translation>
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
        <translation>Journeyline-workshops (*.journey);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Workshops and JSON documents (*.journey *.json)</source>
        <translation>Workshops og JSON-dokumenter (*.journey *.json)</translation>
    </message>
    <message>
        <source>The workshop could not be opened</source>
        <translation>Workshoppen kunne ikke åbnes</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {e}</source>
        <translation>“{name}” kunne ikke åbnes: {e}</translation>
    </message>
    <message>
        <source>The workshop was recovered</source>
        <translation>Workshoppen blev gendannet</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Åbn workshop</translation>
    </message>
    <message>
        <source>New workshop.journey</source>
        <translation>Ny workshop.journey</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Gem den nye workshop som</translation>
    </message>
    <message>
        <source>The workshop could not be created</source>
        <translation>Workshoppen kunne ikke oprettes</translation>
    </message>
    <message>
        <source>“{name}” is the workshop open now; choose another name.</source>
        <translation>“{name}” er den workshop, der er åben nu; vælg et andet navn.</translation>
    </message>
    <message>
        <source>{name} copy.journey</source>
        <translation>{name} kopi.journey</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Gem en kopi som</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Kopien kunne ikke gemmes</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Edit owner</source>
        <translation>Rediger ansvarlig</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Ny ansvarlig</translation>
    </message>
    <message>
        <source>A person or a department</source>
        <translation>En person eller en afdeling</translation>
    </message>
    <message>
        <source>e.g. Product owner</source>
        <translation>f.eks. Produktejer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
</context>
<context>
    <name>OwnerField</name>
    <message>
        <source>No owner</source>
        <translation>Ingen ansvarlig</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Pick an owner or type a new name</source>
        <translation>Vælg en ansvarlig, eller skriv et nyt navn</translation>
    </message>
</context>
<context>
    <name>OwnersPanel</name>
    <message>
        <source>Owners</source>
        <translation>Ansvarlige</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tilføj…</translation>
    </message>
    <message>
        <source>Add an owner (Insert)</source>
        <translation>Tilføj en ansvarlig (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Edit the selected owner (Enter)</source>
        <translation>Rediger den markerede ansvarlige (Enter)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Flet…</translation>
    </message>
    <message>
        <source>Merge the selected owner into another one (Ctrl+M)</source>
        <translation>Flet den markerede ansvarlige ind i en anden (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete the selected owner; their work becomes unowned</source>
        <translation>Slet den markerede ansvarlige; deres arbejde får ingen ansvarlig</translation>
    </message>
    <message>
        <source>Stations and actions of the owner</source>
        <translation>Den ansvarliges stationer og handlinger</translation>
    </message>
    <message>
        <source>Enter or double-click: show the station on the map</source>
        <translation>Enter eller dobbeltklik: vis stationen på kortet</translation>
    </message>
    <message>
        <source>No role or email yet</source>
        <translation>Ingen rolle eller e-mail endnu</translation>
    </message>
    <message>
        <source>Select an owner to see their stations and actions.</source>
        <translation>Markér en ansvarlig for at se vedkommendes stationer og handlinger.</translation>
    </message>
    <message>
        <source>Stations and actions of {name}</source>
        <translation>Stationer og handlinger for {name}</translation>
    </message>
    <message>
        <source>Stations ({count})</source>
        <translation>Stationer ({count})</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Handlinger ({count})</translation>
    </message>
    <message>
        <source>{priority} · {status} · at {station}</source>
        <translation>{priority} · {status} · ved {station}</translation>
    </message>
    <message>
        <source>{stations}, {actions}</source>
        <translation>{stations}, {actions}</translation>
    </message>
    <message>
        <source>Delete “{name}”? Their {stations} and {actions} become unowned. To hand them to someone else, merge instead.</source>
        <translation>Slet “{name}”? Deres {stations} og {actions} står derefter uden ansvarlig. Flet i stedet for at overdrage dem til en anden.</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Slet “{name}”?</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Slet ansvarlig</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n handling</numerusform>
            <numerusform>%n handlinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stationer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Drag a tile onto the map, or click it to add at the selection.</source>
        <translation>Træk en brik hen på kortet, eller klik for at tilføje ved markeringen.</translation>
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
        <translation>Denne rejse</translation>
    </message>
    <message>
        <source>The persona of the journey on the map</source>
        <translation>Persona for rejsen på kortet</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>“{quote}”</translation>
    </message>
    <message>
        <source>In: {journeys}</source>
        <translation>I: {journeys}</translation>
    </message>
    <message>
        <source>Not used by any journey yet</source>
        <translation>Bruges endnu ikke i nogen rejse</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>Edit persona</source>
        <translation>Rediger persona</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Ny persona</translation>
    </message>
    <message>
        <source>e.g. Kari, the busy parent</source>
        <translation>f.eks. Kari, den travle forælder</translation>
    </message>
    <message>
        <source>Choose the persona&apos;s colour</source>
        <translation>Vælg personaens farve</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Én pr. linje</translation>
    </message>
    <message>
        <source>In the persona&apos;s own words</source>
        <translation>Med personaens egne ord</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farve:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>&amp;Behov:</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Frustrationer:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citat:</translation>
    </message>
    <message>
        <source> Choose…</source>
        <translation> Vælg…</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Personaens farve</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>New persona…</source>
        <translation>Ny persona…</translation>
    </message>
    <message>
        <source>Create a persona (Insert)</source>
        <translation>Opret en persona (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Edit the selected persona (Enter)</source>
        <translation>Rediger den markerede persona (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete the selected persona (Delete)</source>
        <translation>Slet den markerede persona (Delete)</translation>
    </message>
    <message>
        <source>Use for this journey</source>
        <translation>Brug til denne rejse</translation>
    </message>
    <message>
        <source>Make the selected persona the persona of the journey on the map (Ctrl+Return)</source>
        <translation>Gør den markerede persona til rejsens persona på kortet (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No personas yet. Create one with “New persona…”.</source>
        <translation>Ingen personaer endnu. Opret en med “Ny persona…”.</translation>
    </message>
    <message>
        <source>Remove from this journey</source>
        <translation>Fjern fra denne rejse</translation>
    </message>
    <message>
        <source>“{name}” is the persona of {journeys}. Delete it anyway? The journeys keep their maps, without a persona.</source>
        <translation>“{name}” er persona for {journeys}. Slet alligevel? Rejserne beholder deres kort, uden persona.</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Slet persona</translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Phase name</source>
        <translation>Fasens navn</translation>
    </message>
    <message>
        <source>What this stage of the journey is about</source>
        <translation>Hvad denne del af rejsen handler om</translation>
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
        <source>Presentation</source>
        <translation>Præsentation</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Næste fase</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Forrige fase</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Hele kortet</translation>
    </message>
    <message>
        <source>Last phase</source>
        <translation>Sidste fase</translation>
    </message>
    <message>
        <source>Show the station alone</source>
        <translation>Vis stationen alene</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Afslut præsentationen</translation>
    </message>
    <message>
        <source>Emotion: {label} ({sign})</source>
        <translation>Følelse: {label} ({sign})</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Markér en station, og tryk på Enter for at vise den alene</translation>
    </message>
    <message>
        <source>Select a station to set its emotion</source>
        <translation>Markér en station for at angive følelsen</translation>
    </message>
    <message>
        <source>Backstage work has no customer emotion: select a customer’s station</source>
        <translation>Arbejde bag kulisserne har ingen kundefølelse: vælg en kundes station</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Actions shown</source>
        <translation>Viste handlinger</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Stor tekst</translation>
    </message>
    <message>
        <source>Drag a card to rate it · Ctrl+arrows move the selected card</source>
        <translation>Træk et kort for at vurdere det · Ctrl+piletaster flytter det markerede kort</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle rejser</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Rejsen på kortet</translation>
    </message>
    <message>
        <source>{first}–{last} of {count}  ▸</source>
        <translation>{first}–{last} af {count}  ▸</translation>
    </message>
    <message>
        <source>Unrated: clear effort and value</source>
        <translation>Ikke vurderet: ryd indsats og værdi</translation>
    </message>
    <message>
        <source>Effort {effort} · value {value}: {priority}</source>
        <translation>Indsats {effort} · værdi {value}: {priority}</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Hurtige gevinster</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Store satsninger</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Småopgaver</translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation>Tidsrøvere</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Indsats →</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>Værdi →</translation>
    </message>
    <message>
        <source>Unrated  ·  {count}</source>
        <translation>Ikke vurderet  ·  {count}</translation>
    </message>
    <message>
        <source>Drag an idea onto the matrix to rate its effort and value</source>
        <translation>Træk en idé ind på matricen for at vurdere indsats og værdi</translation>
    </message>
    <message>
        <source>{priority} · effort {effort} · value {value}</source>
        <translation>{priority} · indsats {effort} · værdi {value}</translation>
    </message>
    <message>
        <source>{status} · no owner</source>
        <translation>{status} · ingen ansvarlig</translation>
    </message>
    <message>
        <source>Click to show its station on the map</source>
        <translation>Klik for at vise dens station på kortet</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Nothing selected</source>
        <translation>Intet markeret</translation>
    </message>
    <message>
        <source>Select one item to see and edit its details.</source>
        <translation>Markér ét element for at se og redigere detaljerne.</translation>
    </message>
    <message numerus="yes">
        <source>%n stations selected</source>
        <translation>
            <numerusform>%n station markeret</numerusform>
            <numerusform>%n stationer markeret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phases selected</source>
        <translation>
            <numerusform>%n fase markeret</numerusform>
            <numerusform>%n faser markeret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines selected</source>
        <translation>
            <numerusform>%n linje markeret</numerusform>
            <numerusform>%n linjer markeret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n markeret</numerusform>
            <numerusform>%n markeret</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a station, a phase header or a line name on the map to see and edit its details here.</source>
        <translation>Klik på en station, en faseoverskrift eller et linjenavn på kortet for at se og redigere detaljerne her.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>Udgiv i biblioteket</translation>
    </message>
    <message>
        <source>Publish “%1” to the local library.</source>
        <translation>Udgiv “%1” i det lokale bibliotek.</translation>
    </message>
    <message>
        <source>Publish “%1” to the library at %2.</source>
        <translation>Udgiv “%1” i biblioteket på %2.</translation>
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
    <name>RatingPicker</name>
    <message>
        <source>{name}: {n} of 5 (click again to clear)</source>
        <translation>{name}: {n} af 5 (klik igen for at rydde)</translation>
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
        <translation>ubetydelig</translation>
    </message>
    <message>
        <source>small</source>
        <translation>lille</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middel</translation>
    </message>
    <message>
        <source>large</source>
        <translation>stor</translation>
    </message>
    <message>
        <source>very large</source>
        <translation>meget stor</translation>
    </message>
    <message>
        <source>little</source>
        <translation>lidt</translation>
    </message>
    <message>
        <source>some</source>
        <translation>noget</translation>
    </message>
    <message>
        <source>high</source>
        <translation>højt</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>meget højt</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>Quick win: value 4 or more, effort 2 or less</source>
        <translation>Hurtig gevinst: værdi 4 eller mere, indsats 2 eller mindre</translation>
    </message>
    <message>
        <source>Big bet: value 4 or more, effort 3 or more</source>
        <translation>Stor satsning: værdi 4 eller mere, indsats 3 eller mere</translation>
    </message>
    <message>
        <source>Fill-in: value 3 or less, effort 2 or less</source>
        <translation>Småopgave: værdi 3 eller mindre, indsats 2 eller mindre</translation>
    </message>
    <message>
        <source>Time sink: value 3 or less, effort 3 or more</source>
        <translation>Tidsrøver: værdi 3 eller mindre, indsats 3 eller mere</translation>
    </message>
    <message>
        <source>Unrated: effort or value not set yet</source>
        <translation>Ikke vurderet: indsats eller værdi er ikke angivet endnu</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>No recent workshops</source>
        <translation>Ingen seneste workshops</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Ryd listen</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>A customer quote contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Et kundecitat indeholder kontroltegnet {code}; tekst må indeholde tabulatorer og linjeskift, men ingen andre kontroltegn.</translation>
    </message>
    <message>
        <source>A customer quote must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Et kundecitat skal indeholde mindst ét synligt tegn, ikke kun mellemrum eller usynlige tegn.</translation>
    </message>
    <message>
        <source>A journey keeps at least one line.</source>
        <translation>En rejse beholder mindst én linje.</translation>
    </message>
    <message>
        <source>A journey keeps at least one phase.</source>
        <translation>En rejse beholder mindst én fase.</translation>
    </message>
    <message>
        <source>A journey needs at least one phase and one line.</source>
        <translation>En rejse skal have mindst én fase og én linje.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} actions; this one is full.</source>
        <translation>En workshop kan højst rumme {max} handlinger; denne er fuld.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} journeys; this one is full.</source>
        <translation>En workshop kan højst rumme {max} rejser; denne er fuld.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} lines; this one is full.</source>
        <translation>En workshop kan højst rumme {max} linjer; denne er fuld.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} owners; this one is full.</source>
        <translation>En workshop kan højst rumme {max} ansvarlige; denne er fuld.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} personas; this one is full.</source>
        <translation>En workshop kan højst rumme {max} personaer; denne er fuld.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} phases; this one is full.</source>
        <translation>En workshop kan højst rumme {max} faser; denne er fuld.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} quotes; this one is full.</source>
        <translation>En workshop kan højst rumme {max} citater; denne er fuld.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} stations; this one is full.</source>
        <translation>En workshop kan højst rumme {max} stationer; denne er fuld.</translation>
    </message>
    <message>
        <source>A workshop keeps at least one journey.</source>
        <translation>En workshop beholder mindst én rejse.</translation>
    </message>
    <message>
        <source>Choose two different owners to merge.</source>
        <translation>Vælg to forskellige ansvarlige, der skal lægges sammen.</translation>
    </message>
    <message>
        <source>Each customer quote must be 1 to {max} characters long.</source>
        <translation>Hvert kundecitat skal være 1 til {max} tegn langt.</translation>
    </message>
    <message>
        <source>Each of the {field} can be at most {max} characters.</source>
        <translation>Hvert punkt i feltet »{field}« må højst være {max} tegn.</translation>
    </message>
    <message>
        <source>No station to delete.</source>
        <translation>Ingen station at slette.</translation>
    </message>
    <message>
        <source>No station to duplicate.</source>
        <translation>Ingen station at duplikere.</translation>
    </message>
    <message>
        <source>No station to move.</source>
        <translation>Ingen station at flytte.</translation>
    </message>
    <message>
        <source>One of the {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Et punkt i feltet »{field}« indeholder kontroltegnet {code}; tekst må indeholde tabulatorer og linjeskift, men ingen andre kontroltegn.</translation>
    </message>
    <message>
        <source>One of the {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Et punkt i feltet »{field}« skal indeholde mindst ét synligt tegn, ikke kun mellemrum eller usynlige tegn.</translation>
    </message>
    <message>
        <source>Stations of different journeys cannot be moved together.</source>
        <translation>Stationer fra forskellige rejser kan ikke flyttes sammen.</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>Den handling findes ikke længere.</translation>
    </message>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Den rejse findes ikke længere.</translation>
    </message>
    <message>
        <source>That line belongs to another journey.</source>
        <translation>Den linje hører til en anden rejse.</translation>
    </message>
    <message>
        <source>That line no longer exists.</source>
        <translation>Den linje findes ikke længere.</translation>
    </message>
    <message>
        <source>That owner no longer exists.</source>
        <translation>Den ansvarlige findes ikke længere.</translation>
    </message>
    <message>
        <source>That persona no longer exists.</source>
        <translation>Den persona findes ikke længere.</translation>
    </message>
    <message>
        <source>That phase belongs to another journey.</source>
        <translation>Den fase hører til en anden rejse.</translation>
    </message>
    <message>
        <source>That phase no longer exists.</source>
        <translation>Den fase findes ikke længere.</translation>
    </message>
    <message>
        <source>That station belongs to another journey.</source>
        <translation>Den station hører til en anden rejse.</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Den station findes ikke længere.</translation>
    </message>
    <message>
        <source>The due date must be a date ({format}).</source>
        <translation>Forfaldsdatoen skal være en dato ({format}).</translation>
    </message>
    <message>
        <source>The journey of this search hit is not in the working copy.</source>
        <translation>Rejsen for dette søgeresultat findes ikke i arbejdskopien.</translation>
    </message>
    <message>
        <source>The library “{library}” has no map {map}.</source>
        <translation>Biblioteket “{library}” har intet kort {map}.</translation>
    </message>
    <message>
        <source>The library “{library}” has no version {number} of map {map}.</source>
        <translation>Biblioteket “{library}” har ingen version {number} af kort {map}.</translation>
    </message>
    <message>
        <source>The map you opened (number {map}) is no longer in the library “{library}”; publish yours as a new map.</source>
        <translation>Kortet, du åbnede (nummer {map}), findes ikke længere i biblioteket “{library}”; udgiv dit som et nyt kort.</translation>
    </message>
    <message>
        <source>The source of a customer quote must be one of: {choices}.</source>
        <translation>Kilden til et kundecitat skal være en af: {choices}.</translation>
    </message>
    <message>
        <source>The template “{name}” that came with Journeyline cannot be read; installing Journeyline again should mend it.</source>
        <translation>Skabelonen »{name}«, der følger med Journeyline, kan ikke læses; installer Journeyline igen for at rette det.</translation>
    </message>
    <message>
        <source>The workshop holds data the interchange format does not allow, so it was not published: {place}: {rule}</source>
        <translation>Workshoppen indeholder data, som udvekslingsformatet ikke tillader, så den blev ikke udgivet: {place}: {rule}</translation>
    </message>
    <message>
        <source>The {field} can be at most {max} characters long.</source>
        <translation>Feltet »{field}« må højst være {max} tegn langt.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} items.</source>
        <translation>Feltet »{field}« kan højst rumme {max} punkter.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} quotes.</source>
        <translation>Feltet »{field}« kan højst rumme {max} citater.</translation>
    </message>
    <message>
        <source>The {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Feltet »{field}« indeholder kontroltegnet {code}; tekst må indeholde tabulatorer og linjeskift, men ingen andre kontroltegn.</translation>
    </message>
    <message>
        <source>The {field} is not valid.</source>
        <translation>Feltet »{field}« er ikke gyldigt.</translation>
    </message>
    <message>
        <source>The {field} is too large a number to store.</source>
        <translation>Feltet »{field}« er et for stort tal til at blive gemt.</translation>
    </message>
    <message>
        <source>The {field} must be 1 to {max} characters long.</source>
        <translation>Feltet »{field}« skal være 1 til {max} tegn langt.</translation>
    </message>
    <message>
        <source>The {field} must be a colour like {example}.</source>
        <translation>Feltet »{field}« skal være en farve som {example}.</translation>
    </message>
    <message>
        <source>The {field} must be a date (YYYY-MM-DD).</source>
        <translation>Feltet »{field}« skal være en dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The {field} must be a language tag like en, nb-NO or pt-BR.</source>
        <translation>Feltet »{field}« skal være en sprogkode som en, nb-NO eller pt-BR.</translation>
    </message>
    <message>
        <source>The {field} must be a number from {low} to {high}.</source>
        <translation>Feltet »{field}« skal være et tal fra {low} til {high}.</translation>
    </message>
    <message>
        <source>The {field} must be a number of at least {low}.</source>
        <translation>Feltet »{field}« skal være et tal på mindst {low}.</translation>
    </message>
    <message>
        <source>The {field} must be a number.</source>
        <translation>Feltet »{field}« skal være et tal.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high} or empty.</source>
        <translation>Feltet »{field}« skal være et heltal fra {low} til {high} eller tomt.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high}.</source>
        <translation>Feltet »{field}« skal være et heltal fra {low} til {high}.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low} or empty.</source>
        <translation>Feltet »{field}« skal være et heltal på mindst {low} eller tomt.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low}.</source>
        <translation>Feltet »{field}« skal være et heltal på mindst {low}.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number or empty.</source>
        <translation>Feltet »{field}« skal være et heltal eller tomt.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number.</source>
        <translation>Feltet »{field}« skal være et heltal.</translation>
    </message>
    <message>
        <source>The {field} must be one of: {choices}.</source>
        <translation>Feltet »{field}« skal være en af: {choices}.</translation>
    </message>
    <message>
        <source>The {field} must be yes or no.</source>
        <translation>Feltet »{field}« skal være ja eller nej.</translation>
    </message>
    <message>
        <source>The {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Feltet »{field}« skal indeholde mindst ét synligt tegn, ikke kun mellemrum eller usynlige tegn.</translation>
    </message>
    <message>
        <source>There is no template called “{name}”.</source>
        <translation>Der findes ingen skabelon med navnet »{name}«.</translation>
    </message>
    <message>
        <source>“{address}” is not a library Journeyline can use: the library is PostgreSQL (postgresql+psycopg://HOST/DATABASE) or SQLite (sqlite:///PATH).</source>
        <translation>“{address}” er ikke et bibliotek, Journeyline kan bruge: biblioteket er PostgreSQL (postgresql+psycopg://VÆRT/DATABASE) eller SQLite (sqlite:///STI).</translation>
    </message>
    <message>
        <source>“{address}” is not a library address; use postgresql+psycopg://HOST/DATABASE or sqlite:///PATH as the address.</source>
        <translation>“{address}” er ikke en biblioteksadresse; brug postgresql+psycopg://VÆRT/DATABASE eller sqlite:///STI som adresse.</translation>
    </message>
    <message>
        <source>“{file}” is open read-only.</source>
        <translation>»{file}« er åbnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} (“{message}”) on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>“{title}” er ændret i biblioteket siden din version {base}: {author} udgav version {number} (“{message}”) {when}. Udgiv dit som et nyt kort, eller åbn den seneste version ved siden af dit.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>“{title}” er ændret i biblioteket siden din version {base}: {author} udgav version {number} {when}. Udgiv dit som et nyt kort, eller åbn den seneste version ved siden af dit.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>og %Ln problem mere</numerusform>
            <numerusform>og %Ln problemer mere</numerusform>
        </translation>
    </message>
    <message>
        <source>appears more than once in the same object; keep only one</source>
        <translation>forekommer mere end én gang i samme objekt; behold kun én</translation>
    </message>
    <message>
        <source>contains a broken character (an unpaired surrogate)</source>
        <translation>indeholder et ødelagt tegn (et uparret surrogattegn)</translation>
    </message>
    <message>
        <source>contains a number with too many digits to read</source>
        <translation>indeholder et tal med for mange cifre til at kunne læses</translation>
    </message>
    <message>
        <source>contains the control character {code}; text may hold tabs and line breaks but no other control characters</source>
        <translation>indeholder kontroltegnet {code}; tekst må indeholde tabulatorer og linjeskift, men ingen andre kontroltegn</translation>
    </message>
    <message>
        <source>is a key of format version {since}; this document says it is version {version}, so change its version to {since}</source>
        <translation>er en nøgle i formatversion {since}; dokumentet siger, at det er version {version}, så ret dets version til {since}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>er tomt</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>er indlejret for dybt til at kunne læses</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} at line {line}, column {column}); save the file as UTF-8</source>
        <translation>er ikke UTF-8-tekst (byte {byte} i linje {line}, kolonne {column}); gem filen som UTF-8</translation>
    </message>
    <message>
        <source>is not a known key of a journey; check the spelling</source>
        <translation>er ikke en kendt nøgle for en rejse; kontrollér stavemåden</translation>
    </message>
    <message>
        <source>is not a known key of a line; check the spelling</source>
        <translation>er ikke en kendt nøgle for en linje; kontrollér stavemåden</translation>
    </message>
    <message>
        <source>is not a known key of a persona; check the spelling</source>
        <translation>er ikke en kendt nøgle for en persona; kontrollér stavemåden</translation>
    </message>
    <message>
        <source>is not a known key of a phase; check the spelling</source>
        <translation>er ikke en kendt nøgle for en fase; kontrollér stavemåden</translation>
    </message>
    <message>
        <source>is not a known key of a quote; check the spelling</source>
        <translation>er ikke en kendt nøgle for et citat; kontrollér stavemåden</translation>
    </message>
    <message>
        <source>is not a known key of a station; check the spelling</source>
        <translation>er ikke en kendt nøgle for en station; kontrollér stavemåden</translation>
    </message>
    <message>
        <source>is not a known key of an action; check the spelling</source>
        <translation>er ikke en kendt nøgle for en handling; kontrollér stavemåden</translation>
    </message>
    <message>
        <source>is not a known key of an owner; check the spelling</source>
        <translation>er ikke en kendt nøgle for en ansvarlig; kontrollér stavemåden</translation>
    </message>
    <message>
        <source>is not a known key of the document; check the spelling</source>
        <translation>er ikke en kendt nøgle for dokumentet; kontrollér stavemåden</translation>
    </message>
    <message>
        <source>is not a known key of the workshop; check the spelling</source>
        <translation>er ikke en kendt nøgle for workshoppen; kontrollér stavemåden</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;,&apos; delimiter</source>
        <translation>er ikke gyldig JSON i linje {line}, kolonne {column}: skilletegnet &apos;,&apos; forventedes</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;:&apos; delimiter</source>
        <translation>er ikke gyldig JSON i linje {line}, kolonne {column}: skilletegnet &apos;:&apos; forventedes</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting property name enclosed in double quotes</source>
        <translation>er ikke gyldig JSON i linje {line}, kolonne {column}: der forventedes et egenskabsnavn i dobbelte anførselstegn</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting value</source>
        <translation>er ikke gyldig JSON i linje {line}, kolonne {column}: der forventedes en værdi</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Extra data</source>
        <translation>er ikke gyldig JSON i linje {line}, kolonne {column}: ekstra data efter dokumentets slutning</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \escape</source>
        <translation>er ikke gyldig JSON i linje {line}, kolonne {column}: ugyldig \-sekvens</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \uXXXX escape</source>
        <translation>er ikke gyldig JSON i linje {line}, kolonne {column}: ugyldig \uXXXX-sekvens</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid control character at</source>
        <translation>er ikke gyldig JSON i linje {line}, kolonne {column}: ugyldigt kontroltegn her</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Unterminated string starting at</source>
        <translation>er ikke gyldig JSON i linje {line}, kolonne {column}: en streng, der begynder her, afsluttes aldrig</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: {reason}</source>
        <translation>er ikke gyldig JSON i linje {line}, kolonne {column}: {reason}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>er påkrævet</translation>
    </message>
    <message>
        <source>is too large a number for a workshop file to store</source>
        <translation>er et for stort tal til, at en workshopfil kan gemme det</translation>
    </message>
    <message>
        <source>it has {count} JSON objects (every “{”), far more than a workshop within the limits has (at most {max})</source>
        <translation>det har {count} JSON-objekter (hvert »{«), langt flere end en workshop inden for grænserne har (højst {max})</translation>
    </message>
    <message>
        <source>it holds {count} actions, and a workshop holds at most {max}</source>
        <translation>det rummer {count} handlinger, og en workshop kan højst rumme {max}</translation>
    </message>
    <message>
        <source>it holds {count} journeys, and a workshop holds at most {max}</source>
        <translation>det rummer {count} rejser, og en workshop kan højst rumme {max}</translation>
    </message>
    <message>
        <source>it holds {count} lines, and a workshop holds at most {max}</source>
        <translation>det rummer {count} linjer, og en workshop kan højst rumme {max}</translation>
    </message>
    <message>
        <source>it holds {count} owners, and a workshop holds at most {max}</source>
        <translation>det rummer {count} ansvarlige, og en workshop kan højst rumme {max}</translation>
    </message>
    <message>
        <source>it holds {count} personas, and a workshop holds at most {max}</source>
        <translation>det rummer {count} personaer, og en workshop kan højst rumme {max}</translation>
    </message>
    <message>
        <source>it holds {count} phases, and a workshop holds at most {max}</source>
        <translation>det rummer {count} faser, og en workshop kan højst rumme {max}</translation>
    </message>
    <message>
        <source>it holds {count} quotes, and a workshop holds at most {max}</source>
        <translation>det rummer {count} citater, og en workshop kan højst rumme {max}</translation>
    </message>
    <message>
        <source>it holds {count} stations, and a workshop holds at most {max}</source>
        <translation>det rummer {count} stationer, og en workshop kan højst rumme {max}</translation>
    </message>
    <message>
        <source>it is {size}, and Journeyline reads files of at most {limit}</source>
        <translation>den er {size}, og Journeyline læser filer på højst {limit}</translation>
    </message>
    <message>
        <source>must be &quot;current&quot; or &quot;future&quot;</source>
        <translation>skal være &quot;current&quot; eller &quot;future&quot;</translation>
    </message>
    <message>
        <source>must be &quot;frontstage&quot; or &quot;backstage&quot;</source>
        <translation>skal være &quot;frontstage&quot; eller &quot;backstage&quot;</translation>
    </message>
    <message>
        <source>must be &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; or &quot;dropped&quot;</source>
        <translation>skal være &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; eller &quot;dropped&quot;</translation>
    </message>
    <message>
        <source>must be &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; or &quot;other&quot;</source>
        <translation>skal være &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; eller &quot;other&quot;</translation>
    </message>
    <message>
        <source>must be &quot;observed&quot;, &quot;reported&quot; or &quot;assumed&quot;</source>
        <translation>skal være &quot;observed&quot;, &quot;reported&quot; eller &quot;assumed&quot;</translation>
    </message>
    <message>
        <source>must be &quot;{name}&quot;</source>
        <translation>skal være &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>must be a BCP 47 language tag, e.g. &quot;en&quot;, &quot;nb-NO&quot; or &quot;pt-BR&quot;</source>
        <translation>skal være et sprogmærke efter BCP 47, f.eks. &quot;en&quot;, &quot;nb-NO&quot; eller &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, at the top level</source>
        <translation>skal være et JSON-objekt, { ... }, på øverste niveau</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a journey</source>
        <translation>skal være et JSON-objekt, { ... }, der beskriver en rejse</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a line</source>
        <translation>skal være et JSON-objekt, { ... }, der beskriver en linje</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a persona</source>
        <translation>skal være et JSON-objekt, { ... }, der beskriver en persona</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a phase</source>
        <translation>skal være et JSON-objekt, { ... }, der beskriver en fase</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a quote</source>
        <translation>skal være et JSON-objekt, { ... }, der beskriver et citat</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a station</source>
        <translation>skal være et JSON-objekt, { ... }, der beskriver en station</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an action</source>
        <translation>skal være et JSON-objekt, { ... }, der beskriver en handling</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an owner</source>
        <translation>skal være et JSON-objekt, { ... }, der beskriver en ansvarlig</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the document</source>
        <translation>skal være et JSON-objekt, { ... }, der beskriver dokumentet</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the workshop</source>
        <translation>skal være et JSON-objekt, { ... }, der beskriver workshoppen</translation>
    </message>
    <message>
        <source>must be a colour written as &quot;#RRGGBB&quot;, e.g. &quot;{example}&quot;</source>
        <translation>skal være en farve skrevet som &quot;#RRGGBB&quot;, f.eks. &quot;{example}&quot;</translation>
    </message>
    <message>
        <source>must be a date written as &quot;YYYY-MM-DD&quot;, e.g. &quot;2025-03-31&quot;</source>
        <translation>skal være en dato skrevet som &quot;YYYY-MM-DD&quot;, f.eks. &quot;2025-03-31&quot;</translation>
    </message>
    <message>
        <source>must be a finite number, not NaN or Infinity</source>
        <translation>skal være et endeligt tal, ikke NaN eller Infinity</translation>
    </message>
    <message>
        <source>must be a format version this Journeyline reads, 1 to {newest}</source>
        <translation>skal være en formatversion, som denne Journeyline læser, 1 til {newest}</translation>
    </message>
    <message>
        <source>must be a list of actions, [ ... ]</source>
        <translation>skal være en liste med handlinger, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of journeys, [ ... ]</source>
        <translation>skal være en liste med rejser, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of lines, [ ... ]</source>
        <translation>skal være en liste med linjer, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of owners, [ ... ]</source>
        <translation>skal være en liste med ansvarlige, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of personas, [ ... ]</source>
        <translation>skal være en liste med personaer, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of phases, [ ... ]</source>
        <translation>skal være en liste med faser, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of quotes, [ ... ]</source>
        <translation>skal være en liste med citater, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of stations, [ ... ]</source>
        <translation>skal være en liste med stationer, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of text, [ ... ]</source>
        <translation>skal være en liste med tekst, [ ... ]</translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation>skal være et tal fra {low} til {high}</translation>
    </message>
    <message>
        <source>must be a number of {low} or more</source>
        <translation>skal være et tal på {low} eller mere</translation>
    </message>
    <message>
        <source>must be a real calendar date; there is no {value}</source>
        <translation>skal være en rigtig dato; der findes ingen {value}</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>skal være et heltal</translation>
    </message>
    <message>
        <source>must be an integer from {low} to {high}</source>
        <translation>skal være et heltal fra {low} til {high}</translation>
    </message>
    <message>
        <source>must be an integer of {low} or more</source>
        <translation>skal være et heltal på {low} eller mere</translation>
    </message>
    <message>
        <source>must be at most {max} characters long (it has {length})</source>
        <translation>må højst være {max} tegn lang (den har {length})</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>skal være tekst</translation>
    </message>
    <message>
        <source>must be text of 1 to {max} characters</source>
        <translation>skal være tekst på 1 til {max} tegn</translation>
    </message>
    <message>
        <source>must be the id of a line</source>
        <translation>skal være id&apos;et for en linje</translation>
    </message>
    <message>
        <source>must be the id of a persona</source>
        <translation>skal være id&apos;et for en persona</translation>
    </message>
    <message>
        <source>must be the id of a phase</source>
        <translation>skal være id&apos;et for en fase</translation>
    </message>
    <message>
        <source>must be the id of a station</source>
        <translation>skal være id&apos;et for en station</translation>
    </message>
    <message>
        <source>must be the id of an owner</source>
        <translation>skal være id&apos;et for en ansvarlig</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>skal være true eller false</translation>
    </message>
    <message>
        <source>must contain at least one visible character, not only spaces or invisible ones</source>
        <translation>skal indeholde mindst ét synligt tegn, ikke kun mellemrum eller usynlige tegn</translation>
    </message>
    <message>
        <source>must have at least one journey</source>
        <translation>skal have mindst én rejse</translation>
    </message>
    <message>
        <source>must have at least one line</source>
        <translation>skal have mindst én linje</translation>
    </message>
    <message>
        <source>must have at least one phase</source>
        <translation>skal have mindst én fase</translation>
    </message>
    <message>
        <source>must have at most {max} items (it has {count})</source>
        <translation>må højst have {max} punkter (den har {count})</translation>
    </message>
    <message>
        <source>must have at most {max} quotes (it has {count})</source>
        <translation>må højst have {max} citater (den har {count})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>må ikke være tom</translation>
    </message>
    <message>
        <source>this document is format version {version}, but this Journeyline reads format versions 1 to {newest} only</source>
        <translation>dokumentet har formatversion {version}, men denne Journeyline læser kun formatversion 1 til {newest}</translation>
    </message>
    <message>
        <source>{value} is a line of another journey; use a line of this journey</source>
        <translation>{value} er en linje i en anden rejse; brug en linje i denne rejse</translation>
    </message>
    <message>
        <source>{value} is a phase of another journey; use a phase of this journey</source>
        <translation>{value} er en fase i en anden rejse; brug en fase i denne rejse</translation>
    </message>
    <message>
        <source>{value} is a station of another journey; use a station of this journey</source>
        <translation>{value} er en station i en anden rejse; brug en station i denne rejse</translation>
    </message>
    <message>
        <source>{value} is already used as the id at {place}; ids must be unique across the whole document</source>
        <translation>{value} bruges allerede som id ved {place}; id&apos;er skal være entydige i hele dokumentet</translation>
    </message>
    <message>
        <source>{value} is not the id of a line of this journey</source>
        <translation>{value} er ikke id&apos;et for en linje i denne rejse</translation>
    </message>
    <message>
        <source>{value} is not the id of a persona in this document</source>
        <translation>{value} er ikke id&apos;et for en persona i dette dokument</translation>
    </message>
    <message>
        <source>{value} is not the id of a phase of this journey</source>
        <translation>{value} er ikke id&apos;et for en fase i denne rejse</translation>
    </message>
    <message>
        <source>{value} is not the id of a station of this journey</source>
        <translation>{value} er ikke id&apos;et for en station i denne rejse</translation>
    </message>
    <message>
        <source>{value} is not the id of an owner in this document</source>
        <translation>{value} er ikke id&apos;et for en ansvarlig i dette dokument</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation>Alle ændringer er gemt</translation>
    </message>
    <message>
        <source>Zoom (Ctrl and the mouse wheel, or pinch)</source>
        <translation>Zoom (Ctrl og musehjulet, eller knib)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genvej</translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <source>Owner: {name}</source>
        <translation>Ansvarlig: {name}</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Følelse: {label} ({value})</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Sandhedens øjeblik</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Smertepunkter</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Kundecitater</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>No needs, pain points, quotes or ideas yet.</source>
        <translation>Ingen behov, smertepunkter, citater eller idéer endnu.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No workshop open</source>
        <translation>Ingen workshop åben</translation>
    </message>
    <message>
        <source>Open a workshop file, or start a new one from a template.</source>
        <translation>Åbn en workshopfil, eller start en ny fra en skabelon.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Åbn…</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Ny fra skabelon…</translation>
    </message>
    <message>
        <source>RECENT</source>
        <translation>SENESTE</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Not stated</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Station title</source>
        <translation>Stationens titel</translation>
    </message>
    <message>
        <source>What the customer does here</source>
        <translation>Hvad kunden gør her</translation>
    </message>
    <message>
        <source>Website, phone, letter, store…</source>
        <translation>Websted, telefon, brev, butik…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Add a need…</source>
        <translation>Tilføj et behov…</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nyt behov</translation>
    </message>
    <message>
        <source>Add the need</source>
        <translation>Tilføj behovet</translation>
    </message>
    <message>
        <source>Remove the need</source>
        <translation>Fjern behovet</translation>
    </message>
    <message>
        <source>Add a pain point…</source>
        <translation>Tilføj et smertepunkt…</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Nyt smertepunkt</translation>
    </message>
    <message>
        <source>Add the pain point</source>
        <translation>Tilføj smertepunktet</translation>
    </message>
    <message>
        <source>Remove the pain point</source>
        <translation>Fjern smertepunktet</translation>
    </message>
    <message>
        <source>Ownership and evidence</source>
        <translation>Ansvar og dokumentation</translation>
    </message>
    <message>
        <source>A moment that decides how the customer feels about us</source>
        <translation>Et øjeblik, der afgør, hvad kunden synes om os</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Gap: rate performance and target to see it</source>
        <translation>Gab: vurdér præstation og målniveau for at se det</translation>
    </message>
    <message>
        <source>Gap {gap}: performance is {gap} below target</source>
        <translation>Gab {gap}: præstationen ligger {gap} under målniveauet</translation>
    </message>
    <message>
        <source>No gap: performance meets the target</source>
        <translation>Intet gab: præstationen når målniveauet</translation>
    </message>
    <message>
        <source>Ahead by {gap}: performance beats the target</source>
        <translation>{gap} foran: præstationen overgår målniveauet</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>The classic eight phases, from awareness to advocacy; frontstage and backstage lines.</source>
        <translation>De klassiske otte faser, fra opmærksomhed til anbefaling; linjer synlige for kunden og bag kulisserne.</translation>
    </message>
    <message>
        <source>A new customer&apos;s first 90 days, with placeholder stations to fill in together.</source>
        <translation>En ny kundes første 90 dage, med pladsholderstationer, I udfylder sammen.</translation>
    </message>
    <message>
        <source>One phase and one line: draw the journey from scratch.</source>
        <translation>Én fase og én linje: tegn rejsen fra bunden.</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Tomt kort</translation>
    </message>
    <message>
        <source>New workshop from template</source>
        <translation>Ny workshop fra skabelon</translation>
    </message>
    <message>
        <source>Start a new workshop file from one of these templates.</source>
        <translation>Start en ny workshopfil fra en af disse skabeloner.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Vælg, hvor der skal gemmes…</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>New station</source>
        <translation>Ny station</translation>
    </message>
    <message>
        <source>A customer activity</source>
        <translation>En kundeaktivitet</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Ny fase</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Ny linje</translation>
    </message>
    <message>
        <source>Drag onto the map to add it there, or click to add it at the selection</source>
        <translation>Træk hen på kortet for at tilføje der, eller klik for at tilføje ved markeringen</translation>
    </message>
    <message>
        <source>A stage, left to right</source>
        <translation>Et trin, fra venstre mod højre</translation>
    </message>
    <message>
        <source>A channel or process</source>
        <translation>En kanal eller proces</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <source>Welcome to Journeyline</source>
        <translation>Velkommen til Journeyline</translation>
    </message>
    <message>
        <source>Build the map</source>
        <translation>Byg kortet</translation>
    </message>
    <message>
        <source>Drag a phase, a line or a station from the palette onto the canvas.</source>
        <translation>Træk en fase, en linje eller en station fra paletten hen på lærredet.</translation>
    </message>
    <message>
        <source>Edit a station</source>
        <translation>Rediger en station</translation>
    </message>
    <message>
        <source>Select it and fill in the properties panel; double-click it to rename it.</source>
        <translation>Markér den, og udfyld egenskabspanelet; dobbeltklik for at omdøbe den.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Præsentér</translation>
    </message>
    <message>
        <source>Press F5 to show the map full screen to the room; Esc comes back.</source>
        <translation>Tryk på F5 for at vise kortet i fuld skærm for rummet; Esc vender tilbage.</translation>
    </message>
    <message>
        <source>Hand it over</source>
        <translation>Overdrag</translation>
    </message>
    <message>
        <source>File ▸ Export makes the PDF poster and the Excel action list.</source>
        <translation>Filer ▸ Eksportér laver PDF-plakaten og handlingsplanen i Excel.</translation>
    </message>
    <message>
        <source>Every change is saved in the workshop file the moment you make it. Help ▸ Welcome card shows this card again.</source>
        <translation>Hver ændring gemmes i workshopfilen i det øjeblik, du laver den. Hjælp ▸ Velkomstkort viser kortet igen.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Forstået</translation>
    </message>
</context>
<context>
    <name>WindowPanels</name>
    <message>
        <source>Click the station for “{}” on the map · Esc cancels</source>
        <translation>Klik på stationen for “{}” på kortet · Esc annullerer</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Rejser</translation>
    </message>
    <message>
        <source>Open a workshop to see its journeys.</source>
        <translation>Åbn en workshop for at se dens rejser.</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Rejser</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personaer</translation>
    </message>
    <message>
        <source>Open a workshop to see its personas.</source>
        <translation>Åbn en workshop for at se dens personaer.</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Personaer</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Ansvarlige</translation>
    </message>
    <message>
        <source>Open a workshop to see its owners.</source>
        <translation>Åbn en workshop for at se dens ansvarlige.</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Ansvarlige</translation>
    </message>
    <message>
        <source>Action board</source>
        <translation>Handlingstavle</translation>
    </message>
    <message>
        <source>Open a workshop to see its actions.</source>
        <translation>Åbn en workshop for at se dens handlinger.</translation>
    </message>
    <message>
        <source>&amp;Action board</source>
        <translation>&amp;Handlingstavle</translation>
    </message>
    <message>
        <source>Effort/value matrix</source>
        <translation>Matrix indsats/værdi</translation>
    </message>
    <message>
        <source>Open a workshop to see its priorities.</source>
        <translation>Åbn en workshop for at se dens prioriteringer.</translation>
    </message>
    <message>
        <source>&amp;Effort/value matrix</source>
        <translation>&amp;Matrix indsats/værdi</translation>
    </message>
    <message>
        <source>Show the panel “{title}” ({shortcut})</source>
        <translation>Vis panelet “{title}” ({shortcut})</translation>
    </message>
    <message>
        <source>Show the panel “{title}”</source>
        <translation>Vis panelet “{title}”</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Den station findes ikke længere.</translation>
    </message>
    <message>
        <source>Linked “{title}” to the station “{title_}”</source>
        <translation>Knyttede “{title}” til stationen “{title_}”</translation>
    </message>
    <message>
        <source>That is not a station: click a station on the map · Esc cancels</source>
        <translation>Det er ikke en station: klik på en station på kortet · Esc annullerer</translation>
    </message>
    <message>
        <source>The matrix is on the projector; F6 brings it back.</source>
        <translation>Matricen vises på projektoren; F6 henter den tilbage.</translation>
    </message>
    <message>
        <source>Close the panel “{title}”</source>
        <translation>Luk panelet “{title}”</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Workshopdetaljer</translation>
    </message>
    <message>
        <source>Name of the workshop or engagement</source>
        <translation>Navnet på workshoppen eller opgaven</translation>
    </message>
    <message>
        <source>The client company</source>
        <translation>Kundens virksomhed</translation>
    </message>
    <message>
        <source>Target group in focus</source>
        <translation>Målgruppe i fokus</translation>
    </message>
    <message>
        <source>e.g. Lower customer departures</source>
        <translation>f.eks. Færre kunder, der forlader os</translation>
    </message>
    <message>
        <source>The workshop&apos;s language: its exports (poster, action list) are in this language. Another language tag (nb-NO, de-CH, pt-BR) may be typed; exports in a language Journeyline does not speak are in English.</source>
        <translation>Workshoppens sprog: eksporterne (plakat, handlingsplan) bliver på dette sprog. Du kan skrive en anden sprogkode (nb-NO, de-CH, pt-BR); eksporter på et sprog, Journeyline ikke taler, bliver på engelsk.</translation>
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
        <translation>Forretnings&amp;mål:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
</context>
</TS>
