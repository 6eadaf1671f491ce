<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Journeyline uses Qt unmodified, as shared libraries that can be replaced with another build of the same version.</source>
        <translation>Journeyline gebruikt Qt ongewijzigd, als gedeelde bibliotheken die door een andere build van dezelfde versie vervangen kunnen worden.</translation>
    </message>
    <message>
        <source>Used by ReportLab.</source>
        <translation>Gebruikt door ReportLab.</translation>
    </message>
    <message>
        <source>Journeyline bundles the following software.</source>
        <translation>Journeyline wordt geleverd met de volgende software.</translation>
    </message>
    <message>
        <source>The DejaVu Sans font (resources/fonts):</source>
        <translation>Het lettertype DejaVu Sans (resources/fonts):</translation>
    </message>
    <message>
        <source>DejaVu fonts licence: {url}</source>
        <translation>Licentie van de DejaVu-lettertypen: {url}</translation>
    </message>
    <message>
        <source>The Noto Emoji font (resources/fonts):</source>
        <translation>Het lettertype Noto Emoji (resources/fonts):</translation>
    </message>
    <message>
        <source>Noto Emoji font licence: {url}</source>
        <translation>Licentie van het lettertype Noto Emoji: {url}</translation>
    </message>
    <message>
        <source>Libraries:</source>
        <translation>Bibliotheken:</translation>
    </message>
    <message>
        <source>About Journeyline</source>
        <translation>Over Journeyline</translation>
    </message>
    <message>
        <source>Journeyline</source>
        <translation>Journeyline</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>Customer-journey maps, drawn as subway maps, for workshops.</source>
        <translation>Customer-journeykaarten, getekend als metrokaarten, voor workshops.</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenties</translation>
    </message>
</context>
<context>
    <name>ActionBoard</name>
    <message>
        <source>Add improvement idea…</source>
        <translation>Verbeteridee toevoegen…</translation>
    </message>
    <message>
        <source>Add an idea to the journey on the map (Insert)</source>
        <translation>Voeg een idee toe aan de reis op de kaart (Insert)</translation>
    </message>
    <message>
        <source>Show station</source>
        <translation>Station tonen</translation>
    </message>
    <message>
        <source>Show the action&apos;s station on the map (Ctrl+Return)</source>
        <translation>Toon het station van de actie op de kaart (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Pick station on map</source>
        <translation>Station op kaart kiezen</translation>
    </message>
    <message>
        <source>Link the action to a station you click on the map (Ctrl+L)</source>
        <translation>Koppel de actie aan een station waarop u op de kaart klikt (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected actions (Delete)</source>
        <translation>Geselecteerde acties verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Show station on the map</source>
        <translation>Station op de kaart tonen</translation>
    </message>
    <message>
        <source>Link to station…</source>
        <translation>Koppelen aan station…</translation>
    </message>
    <message>
        <source>Pick station on the map</source>
        <translation>Station op de kaart kiezen</translation>
    </message>
    <message>
        <source>Unlink station</source>
        <translation>Station ontkoppelen</translation>
    </message>
</context>
<context>
    <name>ActionFilters</name>
    <message>
        <source>Search actions (Ctrl+F)</source>
        <translation>Acties zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Acties zoeken</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reis</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Reis:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Eigenaar:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioriteit:</translation>
    </message>
    <message>
        <source>{name} filter</source>
        <translation>Filter: {name}</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle reizen</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Reis op de kaart</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle eigenaren</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Geen eigenaar</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle prioriteiten</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown} van %n actie</numerusform>
            <numerusform>{shown} van %n acties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionListUpdate</name>
    <message>
        <source>Update from action list</source>
        <translation>Bijwerken vanuit actielijst</translation>
    </message>
    <message>
        <source>Excel action lists (*.xlsx);;All files (*)</source>
        <translation>Excel-actielijsten (*.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message numerus="yes">
        <source>{file} cannot be used: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>{file} kan niet worden gebruikt: %n probleem; er is niets gewijzigd.</numerusform>
            <numerusform>{file} kan niet worden gebruikt: %n problemen; er is niets gewijzigd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n nieuwe actie</numerusform>
            <numerusform>%n nieuwe acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new owner(s)</source>
        <translation>
            <numerusform>%n nieuwe eigenaar</numerusform>
            <numerusform>%n nieuwe eigenaren</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Bijgewerkt vanuit {file}: {changes}, {new}, {owners}.</translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>No owner</source>
        <translation>Geen eigenaar</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Geen station</translation>
    </message>
    <message>
        <source>Quick wins first, then big bets, fill-ins, time sinks, unrated</source>
        <translation>Eerst snelle winsten, dan grote gokken, opvullers, tijdvreters, niet beoordeelde</translation>
    </message>
    <message>
        <source>{column} (F2 or double-click to edit)</source>
        <translation>{column} (F2 of dubbelklik om te bewerken)</translation>
    </message>
    <message>
        <source>Not linked to a station (F2 to choose, Ctrl+L to pick on the map)</source>
        <translation>Niet gekoppeld aan een station (F2 om te kiezen, Ctrl+L om op de kaart aan te wijzen)</translation>
    </message>
    <message>
        <source>{station}
Double-click or Ctrl+Return: show on the map</source>
        <translation>{station}
Dubbelklik of Ctrl+Enter: toon op de kaart</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Over tijd sinds {date}</translation>
    </message>
    <message>
        <source>Effort {n}: {word}</source>
        <translation>Inspanning {n}: {word}</translation>
    </message>
    <message>
        <source>Value {n}: {word}</source>
        <translation>Waarde {n}: {word}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
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
        <translation>Reis</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <source>Update from action list</source>
        <translation>Bijwerken vanuit actielijst</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”, {rows}</source>
        <translation>{file}, blad ‘{sheet}’, {rows}</translation>
    </message>
    <message>
        <source>the list changes nothing in the workshop.</source>
        <translation>de lijst verandert niets in de workshop.</translation>
    </message>
    <message>
        <source>{changes} to {actions}</source>
        <translation>{changes} in {actions}</translation>
    </message>
    <message>
        <source>new action</source>
        <translation>nieuwe actie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message numerus="yes">
        <source>%n action row(s)</source>
        <translation>
            <numerusform>%n actierij</numerusform>
            <numerusform>%n actierijen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n wijziging</numerusform>
            <numerusform>%n wijzigingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n nieuwe actie</numerusform>
            <numerusform>%n nieuwe acties</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is changed until you apply; Edit ▸ Undo takes it all back.</source>
        <translation>Er verandert niets tot u toepast; Bewerken ▸ Ongedaan maken draait alles terug.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>&amp;Apply {n}</source>
        <translation>{n} &amp;toepassen</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Wijzigingen ({n})</translation>
    </message>
    <message>
        <source>New actions ({n})</source>
        <translation>Nieuwe acties ({n})</translation>
    </message>
    <message>
        <source>journey {name}</source>
        <translation>reis {name}</translation>
    </message>
    <message>
        <source> (new owner)</source>
        <translation> (nieuwe eigenaar)</translation>
    </message>
    <message>
        <source>Not in the list ({n}): kept in the workshop, as rows deleted in Excel never delete an action</source>
        <translation>Niet in de lijst ({n}): blijven in de workshop, want in Excel verwijderde rijen verwijderen nooit een actie</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>reis</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Opmerkingen ({n})</translation>
    </message>
    <message>
        <source>Owners the workshop does not have: create them?</source>
        <translation>Eigenaren die de workshop niet heeft: aanmaken?</translation>
    </message>
</context>
<context>
    <name>Actions</name>
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
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Nieuw vanuit sjabloon…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Import JSON document…</source>
        <translation>&amp;JSON-document importeren…</translation>
    </message>
    <message>
        <source>Make a new workshop file from a JSON interchange document</source>
        <translation>Een nieuw workshopbestand maken van een JSON-document in het uitwisselingsformaat</translation>
    </message>
    <message>
        <source>Open from li&amp;brary…</source>
        <translation>Openen ui&amp;t bibliotheek…</translation>
    </message>
    <message>
        <source>Find a published map or search across every map in the library</source>
        <translation>Zoek een gepubliceerde kaart of zoek in alle kaarten van de bibliotheek</translation>
    </message>
    <message>
        <source>Publis&amp;h to library…</source>
        <translation>P&amp;ubliceren in bibliotheek…</translation>
    </message>
    <message>
        <source>Publish this workshop (or a journey as a house template)</source>
        <translation>Publiceer deze workshop (of een reis als huissjabloon)</translation>
    </message>
    <message>
        <source>Library se&amp;ttings…</source>
        <translation>Bibliotheek&amp;instellingen…</translation>
    </message>
    <message>
        <source>The local library on this computer, or a team library</source>
        <translation>De lokale bibliotheek op deze computer of een teambibliotheek</translation>
    </message>
    <message>
        <source>&amp;Workshop details…</source>
        <translation>&amp;Workshopgegevens…</translation>
    </message>
    <message>
        <source>The workshop&apos;s title, organisation, segment, business goal and notes</source>
        <translation>Titel, organisatie, segment, bedrijfsdoel en notities van de workshop</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>&amp;Kopie opslaan…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Export a PDF poster, an Excel action list, an image or JSON (Ctrl+E)</source>
        <translation>Exporteer een PDF-poster, een Excel-actielijst, een afbeelding of JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export PDF &amp;poster…</source>
        <translation>PDF-&amp;poster exporteren…</translation>
    </message>
    <message>
        <source>Export Excel action &amp;list…</source>
        <translation>Excel-actie&amp;lijst exporteren…</translation>
    </message>
    <message>
        <source>&amp;Update from action list…</source>
        <translation>&amp;Bijwerken vanuit actielijst…</translation>
    </message>
    <message>
        <source>Read back the Excel action list the client edited: preview every change, then apply it as one step</source>
        <translation>Lees de door de klant bewerkte Excel-actielijst in: bekijk elke wijziging en pas alles in één stap toe</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>Workshop &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Kn&amp;ippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Naam wijzigen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>Add &amp;station</source>
        <translation>&amp;Station toevoegen</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>&amp;Fase toevoegen</translation>
    </message>
    <message>
        <source>Add li&amp;ne</source>
        <translation>&amp;Lijn toevoegen</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>V&amp;oorkeuren…</translation>
    </message>
    <message>
        <source>The window&apos;s language and other settings</source>
        <translation>De taal van het venster en andere instellingen</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>Kaart passend &amp;maken</translation>
    </message>
    <message>
        <source>Fit &amp;selection</source>
        <translation>&amp;Selectie passend maken</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Werkelijke grootte</translation>
    </message>
    <message>
        <source>Show &amp;needs</source>
        <translation>&amp;Behoeften tonen</translation>
    </message>
    <message>
        <source>Show &amp;pain points</source>
        <translation>&amp;Pijnpunten tonen</translation>
    </message>
    <message>
        <source>Show i&amp;deas</source>
        <translation>I&amp;deeën tonen</translation>
    </message>
    <message>
        <source>A mark with the number of improvement ideas of each station; their titles when the pointer rests on it</source>
        <translation>Een teken met het aantal verbeterideeën van elk station; hun titels als de aanwijzer erop rust</translation>
    </message>
    <message>
        <source>Show &amp;quotes</source>
        <translation>&amp;Citaten tonen</translation>
    </message>
    <message>
        <source>Show o&amp;wners</source>
        <translation>&amp;Eigenaren tonen</translation>
    </message>
    <message>
        <source>Show fi&amp;gures</source>
        <translation>Cij&amp;fers tonen</translation>
    </message>
    <message>
        <source>Day, customers, duration and drop-off under each station</source>
        <translation>Dag, klanten, duur en uitval onder elk station</translation>
    </message>
    <message>
        <source>Show the emotion &amp;curve</source>
        <translation>Emotiecurve to&amp;nen</translation>
    </message>
    <message>
        <source>Show the map &amp;title</source>
        <translation>Kaart&amp;titel tonen</translation>
    </message>
    <message>
        <source>Foc&amp;us on the map</source>
        <translation>F&amp;ocus op de kaart</translation>
    </message>
    <message>
        <source>Hide every panel so the map has the whole window; the same again brings them back (Ctrl+Shift+H)</source>
        <translation>Verberg alle panelen zodat de kaart het hele venster heeft; nogmaals haalt ze terug (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Pane&amp;ls</source>
        <translation>P&amp;anelen</translation>
    </message>
    <message>
        <source>Compa&amp;re today and future…</source>
        <translation>&amp;Vergelijk nu en straks…</translation>
    </message>
    <message>
        <source>Today&apos;s and the future journey one above the other</source>
        <translation>De huidige en de toekomstige reis boven elkaar</translation>
    </message>
    <message>
        <source>Presentation &amp;mode</source>
        <translation>P&amp;resentatiemodus</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <source>Present the map full screen (F5); Esc leaves</source>
        <translation>Toon de kaart schermvullend (F5); Esc stopt</translation>
    </message>
    <message>
        <source>Prioritise on the projector</source>
        <translation>Prioriteren op de projector</translation>
    </message>
    <message>
        <source>Show the effort/value matrix full screen in large type (F6); F6 again returns to the map</source>
        <translation>Toon de inspanning/waarde-matrix schermvullend in grote letters (F6); F6 opnieuw keert terug naar de kaart</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;Welcome card</source>
        <translation>&amp;Welkomstkaart</translation>
    </message>
    <message>
        <source>What goes where on the map, and how a workshop goes</source>
        <translation>Wat waar op de kaart komt en hoe een workshop verloopt</translation>
    </message>
    <message>
        <source>&amp;About Journeyline</source>
        <translation>&amp;Over Journeyline</translation>
    </message>
</context>
<context>
    <name>CanvasMenus</name>
    <message>
        <source>Add station here</source>
        <translation>Station hier toevoegen</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lijn toevoegen</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Plakken</translation>
    </message>
    <message>
        <source>Select all stations</source>
        <translation>Alle stations selecteren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotie</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment van de waarheid</translation>
    </message>
    <message>
        <source>Add improvement idea…</source>
        <translation>Verbeteridee toevoegen…</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Lijn verwijderen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Kleur…</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Standaardkleur</translation>
    </message>
    <message>
        <source>Add phase before</source>
        <translation>Fase ervoor toevoegen</translation>
    </message>
    <message>
        <source>Add phase after</source>
        <translation>Fase erna toevoegen</translation>
    </message>
    <message>
        <source>Add line above</source>
        <translation>Lijn erboven toevoegen</translation>
    </message>
    <message>
        <source>Add line below</source>
        <translation>Lijn eronder toevoegen</translation>
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
        <translation>Andere kleur…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <source>Custom colour</source>
        <translation>Eigen kleur</translation>
    </message>
    <message>
        <source>Custom colour ({code})</source>
        <translation>Eigen kleur ({code})</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>Emotion, today and in the future</source>
        <translation>Emotie, nu en in de toekomst</translation>
    </message>
    <message>
        <source>▲ {change} better</source>
        <translation>▲ {change} beter</translation>
    </message>
    <message>
        <source>▼ {change} worse</source>
        <translation>▼ {change} slechter</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= geen verandering</translation>
    </message>
    <message>
        <source>{name}: average {value}</source>
        <translation>{name}: gemiddeld {value}</translation>
    </message>
    <message>
        <source>{name}: not assessed</source>
        <translation>{name}: niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Import JSON document</source>
        <translation>JSON-document importeren</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Geïmporteerde workshop opslaan als</translation>
    </message>
    <message>
        <source>The document could not be imported</source>
        <translation>Het document kon niet worden geïmporteerd</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add action {name}</source>
        <translation>Actie {name} toevoegen</translation>
    </message>
    <message>
        <source>Add journey {name}</source>
        <translation>Reis {name} toevoegen</translation>
    </message>
    <message>
        <source>Add line {name}</source>
        <translation>Lijn {name} toevoegen</translation>
    </message>
    <message>
        <source>Add owner {name}</source>
        <translation>Eigenaar {name} toevoegen</translation>
    </message>
    <message>
        <source>Add persona {name}</source>
        <translation>Persona {name} toevoegen</translation>
    </message>
    <message>
        <source>Add phase {name}</source>
        <translation>Fase {name} toevoegen</translation>
    </message>
    <message>
        <source>Add station {name}</source>
        <translation>Station {name} toevoegen</translation>
    </message>
    <message numerus="yes">
        <source>Clear moment of truth of %n station(s)</source>
        <translation>
            <numerusform>Moment van de waarheid wissen bij station</numerusform>
            <numerusform>Moment van de waarheid wissen bij %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>actie verwijderen</numerusform>
            <numerusform>%n acties verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation>
            <numerusform>lijn verwijderen</numerusform>
            <numerusform>%n lijnen verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phase(s)</source>
        <translation>
            <numerusform>fase verwijderen</numerusform>
            <numerusform>%n fasen verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n station(s)</source>
        <translation>
            <numerusform>station verwijderen</numerusform>
            <numerusform>%n stations verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Reis verwijderen</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Lijn verwijderen</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Eigenaar verwijderen</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Persona verwijderen</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>De toekomstige reis ontwerpen</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n station(s)</source>
        <translation>
            <numerusform>station dupliceren</numerusform>
            <numerusform>%n stations dupliceren</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit action {field}</source>
        <translation>{field} bewerken</translation>
    </message>
    <message>
        <source>Edit journey&apos;s {field}</source>
        <translation>{field} bewerken</translation>
    </message>
    <message>
        <source>Edit line {field}</source>
        <translation>{field} bewerken</translation>
    </message>
    <message>
        <source>Edit owner&apos;s {field}</source>
        <translation>{field} bewerken</translation>
    </message>
    <message>
        <source>Edit persona&apos;s {field}</source>
        <translation>{field} bewerken</translation>
    </message>
    <message>
        <source>Edit phase {field}</source>
        <translation>{field} bewerken</translation>
    </message>
    <message>
        <source>Edit station {field}</source>
        <translation>{field} bewerken</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Workshopgegevens bewerken</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n station(s) as moment of truth</source>
        <translation>
            <numerusform>station markeren als moment van de waarheid</numerusform>
            <numerusform>%n stations markeren als moment van de waarheid</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge owners</source>
        <translation>Eigenaren samenvoegen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n station(s)</source>
        <translation>
            <numerusform>station verplaatsen</numerusform>
            <numerusform>%n stations verplaatsen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move line to backstage</source>
        <translation>Lijn achter de schermen plaatsen</translation>
    </message>
    <message>
        <source>Move line to frontstage</source>
        <translation>Lijn zichtbaar maken voor de klant</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n station(s)</source>
        <translation>
            <numerusform>station plakken</numerusform>
            <numerusform>%n stations plakken</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename station</source>
        <translation>Station hernoemen</translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation>Volgorde van reizen wijzigen</translation>
    </message>
    <message>
        <source>Reorder lines</source>
        <translation>Volgorde van lijnen wijzigen</translation>
    </message>
    <message>
        <source>Reorder phases</source>
        <translation>Volgorde van fasen wijzigen</translation>
    </message>
    <message numerus="yes">
        <source>Set emotion of %n station(s)</source>
        <translation>
            <numerusform>Emotie instellen voor station</numerusform>
            <numerusform>Emotie instellen voor %n stations</numerusform>
        </translation>
    </message>
    <message>
        <source>Set owner to new {name}</source>
        <translation>Nieuwe eigenaar {name} instellen</translation>
    </message>
    <message>
        <source>Update from {file}</source>
        <translation>Bijwerken vanuit {file}</translation>
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
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>The room has not judged this moment yet</source>
        <translation>De groep heeft dit moment nog niet beoordeeld</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the {label} as</source>
        <translation>{label} exporteren als</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>&amp;All journeys</source>
        <translation>&amp;Alle reizen</translation>
    </message>
    <message>
        <source>O&amp;ne:</source>
        <translation>&amp;Eén:</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Reizen:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Opslaan als:</translation>
    </message>
    <message>
        <source>An image shows one journey&apos;s map</source>
        <translation>Een afbeelding toont de kaart van één reis</translation>
    </message>
    <message>
        <source>Every journey&apos;s map</source>
        <translation>De kaart van elke reis</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Het bestand vervangen?</translation>
    </message>
    <message>
        <source>“{name}” already exists in “{folder}”. Replace it?</source>
        <translation>‘{name}’ bestaat al in ‘{folder}’. Vervangen?</translation>
    </message>
</context>
<context>
    <name>ExportNotices</name>
    <message>
        <source>No installed font has the character {characters}, so it shows as an empty box. Install a font that has it (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Geen geïnstalleerd lettertype bevat het teken {characters}, dus het wordt als een leeg vakje weergegeven. Installeer een lettertype dat het bevat (bijv. Noto Sans CJK of Droid Sans Fallback als TrueType) en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>No installed font has these {count} characters, so they show as empty boxes: {characters}. Install a font that has them (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Geen geïnstalleerd lettertype bevat deze {count} tekens, dus ze worden als lege vakjes weergegeven: {characters}. Installeer een lettertype dat ze bevat (bijv. Noto Sans CJK of Droid Sans Fallback als TrueType) en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>The map of {journey} is printed at {percent}% on {paper}: its smallest text is {size} pt. Choose a larger paper for print; on screen it can be zoomed.</source>
        <translation>De kaart van {journey} wordt op {percent}% afgedrukt op {paper}: de kleinste tekst is {size} pt. Kies groter papier om af te drukken; op het scherm kunt u inzoomen.</translation>
    </message>
    <message>
        <source>The map of {journey} is too large for the chosen resolution; it was drawn at {dpi} dpi instead. Use the PDF or SVG for a sharper copy.</source>
        <translation>De kaart van {journey} is te groot voor de gekozen resolutie; hij is in plaats daarvan getekend op {dpi} dpi. Gebruik de PDF of SVG voor een scherpere kopie.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting the {label} “{name}”…</source>
        <translation>{label} ‘{name}’ wordt geëxporteerd…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exporteren voltooid</translation>
    </message>
    <message>
        <source>Exported {what}.</source>
        <translation>{what} geëxporteerd.</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>In {folder}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Tonen in map</translation>
    </message>
    <message numerus="yes">
        <source>Please check %n note(s):</source>
        <translation>
            <numerusform>Controleer %n opmerking:</numerusform>
            <numerusform>Controleer %n opmerkingen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&amp;Figures</source>
        <translation>Cij&amp;fers</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Citaten</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolutie:</translation>
    </message>
    <message>
        <source>150 dpi suits slides; 300 dpi suits print</source>
        <translation>150 dpi past bij presentaties; 300 dpi past bij drukwerk</translation>
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
        <translation>A4-vellen, om aan elkaar te plakken</translation>
    </message>
    <message>
        <source>A4 · 210 × 297 mm</source>
        <translation>A4 · 210 × 297 mm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Actions, stations and owners as sheets, to plan the follow-up.</source>
        <translation>Acties, stations en eigenaren als werkbladen, om de opvolging te plannen.</translation>
    </message>
    <message>
        <source>As View ▸ Show… has it; a change here is for this export only</source>
        <translation>Zoals in Beeld ▸ … tonen; een wijziging hier geldt alleen voor deze export</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Aangenomen</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Achter de schermen</translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation>Grote gok</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Zwart</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blauw</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Blauwgroen</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Brons</translation>
    </message>
    <message>
        <source>Business goal</source>
        <translation>Bedrijfsdoel</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Klantcitaten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Klanten</translation>
    </message>
    <message>
        <source>Dark brown</source>
        <translation>Donkerbruin</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Uitval</translation>
    </message>
    <message>
        <source>Drop-off (%)</source>
        <translation>Uitval (%)</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Geschrapt</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duur (min)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Inspanning</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotie</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Excel action list</source>
        <translation>Actielijst in Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>Opvuller</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Zichtbaar voor de klant</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustraties</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Toekomst</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>I&amp;deas</source>
        <translation>I&amp;deeën</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
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
        <translation>JSON-document</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>JSON-documenten (*.json)</translation>
    </message>
    <message>
        <source>Journeyline export</source>
        <translation>Journeyline-export</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Letter sheets, to tape together</source>
        <translation>Letter-vellen, om aan elkaar te plakken</translation>
    </message>
    <message>
        <source>Letter · 8.5 × 11 in</source>
        <translation>Letter · 8,5 × 11 inch</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment van de waarheid</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Ne&amp;eds</source>
        <translation>&amp;Behoeften</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>O&amp;wners</source>
        <translation>&amp;Eigenaren</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Waargenomen</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a drawing that stays sharp at any size.</source>
        <translation>De kaart van één reis als tekening die op elk formaat scherp blijft.</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a picture, for slides and documents.</source>
        <translation>De kaart van één reis als afbeelding, voor presentaties en documenten.</translation>
    </message>
    <message>
        <source>One sheet of that size</source>
        <translation>Eén vel van dat formaat</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>PDF poster</source>
        <translation>PDF-poster</translation>
    </message>
    <message>
        <source>PDF posters (*.pdf)</source>
        <translation>PDF-posters (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Pain po&amp;ints</source>
        <translation>&amp;Pijnpunten</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pijnpunten</translation>
    </message>
    <message>
        <source>Pale blue</source>
        <translation>Lichtblauw</translation>
    </message>
    <message>
        <source>Pale green</source>
        <translation>Lichtgroen</translation>
    </message>
    <message>
        <source>Pale grey</source>
        <translation>Lichtgrijs</translation>
    </message>
    <message>
        <source>Pale lavender</source>
        <translation>Lichtlavendel</translation>
    </message>
    <message>
        <source>Pale peach</source>
        <translation>Lichtperzik</translation>
    </message>
    <message>
        <source>Pale pink</source>
        <translation>Lichtroze</translation>
    </message>
    <message>
        <source>Pale turquoise</source>
        <translation>Lichtturquoise</translation>
    </message>
    <message>
        <source>Pale yellow</source>
        <translation>Lichtgeel</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Prestatie</translation>
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
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <source>Print &amp;on:</source>
        <translation>Af&amp;drukken op:</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Snelle winst</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Roodpaars</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Recensie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-afbeelding</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-afbeeldingen (*.svg)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Hemelsblauw</translation>
    </message>
    <message>
        <source>Slate grey</source>
        <translation>Leigrijs</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
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
        <translation>Staalblauw</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Verhaallijn</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Supportcontact</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Tabloid · 11 × 17 in</source>
        <translation>Tabloid · 11 × 17 inch</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <source>The map, the action list and the station details, ready to print.</source>
        <translation>De kaart, de actielijst en de details van de stations, klaar om af te drukken.</translation>
    </message>
    <message>
        <source>The whole workshop as an interchange document, to import elsewhere.</source>
        <translation>De hele workshop als uitwisselingsdocument, om elders te importeren.</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>De taal van de workshop</translation>
    </message>
    <message>
        <source>Time sink</source>
        <translation>Tijdvreter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Vermilion</source>
        <translation>Vermiljoen</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Zeer negatief</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>Zeer positief</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>action title</source>
        <translation>titel van de actie</translation>
    </message>
    <message>
        <source>business goal</source>
        <translation>bedrijfsdoel</translation>
    </message>
    <message>
        <source>customer quotes</source>
        <translation>klantcitaten</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dag</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>details</source>
        <translation>gegevens</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation>uitval</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duur</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>inspanning</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>emotie</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>onderbouwing</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>frustraties</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>doelen</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>journey state</source>
        <translation>toestand van de reis</translation>
    </message>
    <message>
        <source>journey&apos;s name</source>
        <translation>naam van de reis</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>line</source>
        <translation>lijn</translation>
    </message>
    <message>
        <source>line colour</source>
        <translation>kleur van de lijn</translation>
    </message>
    <message>
        <source>line kind</source>
        <translation>soort lijn</translation>
    </message>
    <message>
        <source>line name</source>
        <translation>naam van de lijn</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>moment van de waarheid</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>behoeften</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>number of customers</source>
        <translation>aantal klanten</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>naam van de eigenaar</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>pijnpunten</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>prestatie</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>persona colour</source>
        <translation>kleur van de persona</translation>
    </message>
    <message>
        <source>persona&apos;s name</source>
        <translation>naam van de persona</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>phase colour</source>
        <translation>kleur van de fase</translation>
    </message>
    <message>
        <source>phase name</source>
        <translation>naam van de fase</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citaat</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
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
        <translation>titel van het station</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>storyline</source>
        <translation>verhaallijn</translation>
    </message>
    <message>
        <source>target</source>
        <translation>streefwaarde</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>contactmoment</translation>
    </message>
    <message>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <source>workshop title</source>
        <translation>titel van de workshop</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>The workshop file is gone</source>
        <translation>Het workshopbestand is verdwenen</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Kopie opslaan…</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>Another program is writing to the library “{library}”; try again in a moment. Nothing was changed.</source>
        <translation>Een ander programma schrijft naar de bibliotheek ‘{library}’; probeer het zo opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop (“{exported}”); nothing was changed.</source>
        <translation>Geen van de {count} acties in {file} staat in deze workshop: de lijst is geëxporteerd uit een andere workshop (‘{exported}’); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop; nothing was changed.</source>
        <translation>Geen van de {count} acties in {file} staat in deze workshop: de lijst is geëxporteerd uit een andere workshop; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Row {row}: the new action “{title}” gets no owner, as “{needed}” is not created.</source>
        <translation>Rij {row}: de nieuwe actie ‘{title}’ krijgt geen eigenaar, omdat ‘{needed}’ niet wordt aangemaakt.</translation>
    </message>
    <message>
        <source>Row {row}: the {field} of “{action}” was changed both in the list (to {listed}) and in the workshop since the export (to {current}); the list&apos;s value is the one applied.</source>
        <translation>Rij {row}: het veld ‘{field}’ van ‘{action}’ is zowel in de lijst (naar {listed}) als in de workshop sinds de export (naar {current}) gewijzigd; de waarde uit de lijst wordt toegepast.</translation>
    </message>
    <message>
        <source>Row {row}: “{action}” keeps its owner {owner}, as “{needed}” is not created.</source>
        <translation>Rij {row}: ‘{action}’ houdt zijn eigenaar {owner}, omdat ‘{needed}’ niet wordt aangemaakt.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has no “{header}” column (row {row} is its header), so every action keeps its {field}.</source>
        <translation>Blad ‘{sheet}’ heeft geen kolom ‘{header}’ (rij {row} is de kopregel), dus elke actie houdt haar veld ‘{field}’.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} has no action key: it is taken as the action “{title}” of the workshop, which has the same title.</source>
        <translation>Blad ‘{sheet}’, rij {row} heeft geen actiesleutel: de rij wordt gezien als de actie ‘{title}’ van de workshop, die dezelfde titel heeft.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} holds only formulas (a totals row?), so it is not read as an action.</source>
        <translation>Blad ‘{sheet}’, rij {row} bevat alleen formules (een totaalrij?), dus die wordt niet als actie gelezen.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} is a new action, but the sheet has no “{header}” column to give it a title.</source>
        <translation>Blad ‘{sheet}’, rij {row} is een nieuwe actie, maar het blad heeft geen kolom ‘{header}’ om haar een titel te geven.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} names no journey: the list needs a “{header}” column naming the journey of the new action ({journeys}).</source>
        <translation>Blad ‘{sheet}’, rij {row} noemt geen reis: de lijst heeft een kolom ‘{header}’ nodig die de reis van de nieuwe actie noemt ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the Excel error “{value}”.</source>
        <translation>Blad ‘{sheet}’, rij {row}, kolom {column} ({header}) bevat de Excel-fout ‘{value}’.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}” with no value computed by Excel: it is read as that text, never run.</source>
        <translation>Blad ‘{sheet}’, rij {row}, kolom {column} ({header}) bevat de formule ‘{formula}’ zonder een door Excel berekende waarde: die wordt als die tekst gelezen en nooit uitgevoerd.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}”: its value as Excel last showed it, “{value}”, is read.</source>
        <translation>Blad ‘{sheet}’, rij {row}, kolom {column} ({header}) bevat de formule ‘{formula}’: de waarde zoals Excel die het laatst toonde, ‘{value}’, wordt gelezen.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, the name of {count} journeys: rename one of them in Journeyline first.</source>
        <translation>Blad ‘{sheet}’, rij {row}, kolom {column} ({header}) bevat ‘{name}’, de naam van {count} reizen: geef eerst een van hen een andere naam in Journeyline.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, which is no journey of this workshop ({journeys}).</source>
        <translation>Blad ‘{sheet}’, rij {row}, kolom {column} ({header}) bevat ‘{name}’, geen reis van deze workshop ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but no station has that title: the action&apos;s station is left as it is.</source>
        <translation>Blad ‘{sheet}’, rij {row}, kolom {column} ({header}) bevat ‘{title}’, maar geen station heeft die titel: het station van de actie blijft zoals het is.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but {count} stations have that title: the action&apos;s station is left as it is.</source>
        <translation>Blad ‘{sheet}’, rij {row}, kolom {column} ({header}) bevat ‘{title}’, maar {count} stations hebben die titel: het station van de actie blijft zoals het is.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”, which is not an action key Journeyline wrote: clear that hidden cell to add the row as a new action.</source>
        <translation>Blad ‘{sheet}’, rij {row}, kolom {column} ({header}) bevat ‘{value}’, wat geen actiesleutel is die Journeyline schreef: maak die verborgen cel leeg om de rij als nieuwe actie toe te voegen.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”.</source>
        <translation>Blad ‘{sheet}’, rij {row}, kolom {column} ({header}) bevat ‘{value}’.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty.</source>
        <translation>Blad ‘{sheet}’, rij {row}, kolom {column} ({header}) is leeg.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: name the journey of the new action ({journeys}).</source>
        <translation>Blad ‘{sheet}’, rij {row}, kolom {column} ({header}) is leeg: noem de reis van de nieuwe actie ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: the status of “{action}” stays “{status}”.</source>
        <translation>Blad ‘{sheet}’, rij {row}, kolom {column} ({header}) is leeg: de status van ‘{action}’ blijft ‘{status}’.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: its action is no longer in the workshop (deleted after the export?), so the row is left out.</source>
        <translation>Blad ‘{sheet}’, rij {row}: de actie ervan staat niet meer in de workshop (verwijderd na de export?), dus de rij wordt overgeslagen.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: the “{header}” column names “{named}”, but the action is in “{actual}”, where it stays.</source>
        <translation>Blad ‘{sheet}’, rij {row}: de kolom ‘{header}’ noemt ‘{named}’, maar de actie staat in ‘{actual}’, waar ze blijft.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, rows {first} and {second} carry the same hidden action key in column {column}: one row was copied from the other, so clear that cell in the copy to add it as a new action.</source>
        <translation>Blad ‘{sheet}’, rijen {first} en {second} hebben dezelfde verborgen actiesleutel in kolom {column}: de ene rij is van de andere gekopieerd, dus maak die cel in de kopie leeg om haar als nieuwe actie toe te voegen.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, {count} rows ({rows}): the “{header}” column names “{named}”, but the actions are in “{actual}”, where they stay.</source>
        <translation>Blad ‘{sheet}’, {count} rijen ({rows}): de kolom ‘{header}’ noemt ‘{named}’, maar de acties staan in ‘{actual}’, waar ze blijven.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved in {folder}: {reason}.</source>
        <translation>De keuze van de bibliotheek kon niet worden opgeslagen in {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved. {problem}</source>
        <translation>De keuze van de bibliotheek kon niet worden bewaard. {problem}</translation>
    </message>
    <message>
        <source>The connection to the library “{library}” was lost; nothing was changed.</source>
        <translation>De verbinding met de bibliotheek ‘{library}’ is verbroken; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The copy {file} failed its check.</source>
        <translation>De kopie {file} is niet door de controle gekomen.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be reached; nothing was changed.</source>
        <translation>De bibliotheek ‘{library}’ is niet bereikbaar; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be used: {module} is not installed.</source>
        <translation>De bibliotheek ‘{library}’ kan niet worden gebruikt: {module} is niet geïnstalleerd.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: it is read-only; nothing was changed.</source>
        <translation>Er kan niet naar de bibliotheek ‘{library}’ worden geschreven: die is alleen-lezen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: the disk is full; nothing was changed.</source>
        <translation>Er kan niet naar de bibliotheek ‘{library}’ worden geschreven: de schijf is vol; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The library “{library}” could not be used: {reason}. Nothing was changed.</source>
        <translation>De bibliotheek ‘{library}’ kon niet worden gebruikt: {reason}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The library “{library}” is not set up for this Journeyline yet, and your database role may not set it up; ask the library&apos;s owner to run &apos;journeyline library setup&apos; once.</source>
        <translation>De bibliotheek ‘{library}’ is nog niet ingericht voor deze Journeyline, en uw databaserol mag haar niet inrichten; vraag de eigenaar van de bibliotheek om eenmaal &apos;journeyline library setup&apos; uit te voeren.</translation>
    </message>
    <message>
        <source>The library “{library}” was set up by a newer Journeyline; please update Journeyline to use it.</source>
        <translation>De bibliotheek ‘{library}’ is ingericht door een nieuwere Journeyline; werk Journeyline bij om haar te gebruiken.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” has no such database; nothing was changed.</source>
        <translation>De server van de bibliotheek ‘{library}’ heeft zo’n database niet; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” refused the sign-in (user or password); nothing was changed.</source>
        <translation>De server van de bibliotheek ‘{library}’ weigerde de aanmelding (gebruiker of wachtwoord); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The workshop could not be prepared for export: {reason}.</source>
        <translation>De workshop kon niet worden voorbereid voor export: {reason}.</translation>
    </message>
    <message>
        <source>Version {number} of “{title}” in the library “{library}” cannot be read: {place}: {rule}</source>
        <translation>Versie {number} van ‘{title}’ in de bibliotheek ‘{library}’ kan niet worden gelezen: {place}: {rule}</translation>
    </message>
    <message>
        <source>Your database role may not publish to the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Uw databaserol mag niet publiceren in de bibliotheek ‘{library}’: vraag de eigenaar van de bibliotheek om dat recht toe te kennen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Your database role may not read the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Uw databaserol mag de bibliotheek ‘{library}’ niet lezen: vraag de eigenaar van de bibliotheek om dat recht toe te kennen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>action {id}</source>
        <translation>actie {id}</translation>
    </message>
    <message>
        <source>binary data ({count} bytes)</source>
        <translation>binaire gegevens ({count} bytes)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>journey {id}</source>
        <translation>reis {id}</translation>
    </message>
    <message>
        <source>line {id}</source>
        <translation>lijn {id}</translation>
    </message>
    <message>
        <source>owner {id}</source>
        <translation>eigenaar {id}</translation>
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
        <translation>rij {id} van de tabel {table}</translation>
    </message>
    <message>
        <source>station {id}</source>
        <translation>station {id}</translation>
    </message>
    <message>
        <source>the workshop record</source>
        <translation>de basisgegevens van de workshop</translation>
    </message>
    <message>
        <source>{file} already exists; it was not overwritten.</source>
        <translation>{file} bestaat al; het is niet overschreven.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} actions, and a workshop holds at most {max}.</source>
        <translation>{file} kan niet worden geopend: het bevat {count} acties, en een workshop bevat er hoogstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} journeys, and a workshop holds at most {max}.</source>
        <translation>{file} kan niet worden geopend: het bevat {count} reizen, en een workshop bevat er hoogstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} lines, and a workshop holds at most {max}.</source>
        <translation>{file} kan niet worden geopend: het bevat {count} lijnen, en een workshop bevat er hoogstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} owners, and a workshop holds at most {max}.</source>
        <translation>{file} kan niet worden geopend: het bevat {count} eigenaren, en een workshop bevat er hoogstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} personas, and a workshop holds at most {max}.</source>
        <translation>{file} kan niet worden geopend: het bevat {count} persona’s, en een workshop bevat er hoogstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} phases, and a workshop holds at most {max}.</source>
        <translation>{file} kan niet worden geopend: het bevat {count} fasen, en een workshop bevat er hoogstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} quotes, and a workshop holds at most {max}.</source>
        <translation>{file} kan niet worden geopend: het bevat {count} citaten, en een workshop bevat er hoogstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} stations, and a workshop holds at most {max}.</source>
        <translation>{file} kan niet worden geopend: het bevat {count} stations, en een workshop bevat er hoogstens {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it is {size}, and Journeyline reads files of at most {limit}.</source>
        <translation>{file} kan niet worden geopend: het is {size}, en Journeyline leest bestanden van hoogstens {limit}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: its side file {side} is not a regular file.</source>
        <translation>{file} kan niet worden geopend: het bijbehorende bestand {side} is geen gewoon bestand.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>{file} kan niet worden gelezen: toegang geweigerd.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} kan niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>{file} cannot be used: action {row} belongs to station {other} of another journey.</source>
        <translation>{file} kan niet worden gebruikt: actie {row} hoort bij station {other} van een andere reis.</translation>
    </message>
    <message>
        <source>{file} cannot be used: it has no workshop record.</source>
        <translation>{file} kan niet worden gebruikt: de basisgegevens van de workshop ontbreken.</translation>
    </message>
    <message>
        <source>{file} cannot be used: its side files change it into something that is not this workshop file.</source>
        <translation>{file} kan niet worden gebruikt: de bijbehorende bestanden maken er iets anders van dan dit workshopbestand.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on line {other} of another journey.</source>
        <translation>{file} kan niet worden gebruikt: station {row} ligt op lijn {other} van een andere reis.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on phase {other} of another journey.</source>
        <translation>{file} kan niet worden gebruikt: station {row} ligt in fase {other} van een andere reis.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the column {column} of {row} is {value}, which is not a valid value.</source>
        <translation>{file} kan niet worden gebruikt: de kolom {column} van {row} is {value}, en dat is geen geldige waarde.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a list.</source>
        <translation>{file} kan niet worden gebruikt: het veld ‘{field}’ van {row} is {value}, en dat is geen lijst.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a valid value.</source>
        <translation>{file} kan niet worden gebruikt: het veld ‘{field}’ van {row} is {value}, en dat is geen geldige waarde.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}. {rule}</source>
        <translation>{file} kan niet worden gebruikt: het veld ‘{field}’ van {row} is {value}. {rule}</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a journey that is not in the file.</source>
        <translation>{file} kan niet worden gebruikt: {row} verwijst naar een reis die niet in het bestand staat.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a line that is not in the file.</source>
        <translation>{file} kan niet worden gebruikt: {row} verwijst naar een lijn die niet in het bestand staat.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a persona that is not in the file.</source>
        <translation>{file} kan niet worden gebruikt: {row} verwijst naar een persona die niet in het bestand staat.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a phase that is not in the file.</source>
        <translation>{file} kan niet worden gebruikt: {row} verwijst naar een fase die niet in het bestand staat.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a row of the table {table} that is not in the file.</source>
        <translation>{file} kan niet worden gebruikt: {row} verwijst naar een rij van de tabel {table} die niet in het bestand staat.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a station that is not in the file.</source>
        <translation>{file} kan niet worden gebruikt: {row} verwijst naar een station dat niet in het bestand staat.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an action that is not in the file.</source>
        <translation>{file} kan niet worden gebruikt: {row} verwijst naar een actie die niet in het bestand staat.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an owner that is not in the file.</source>
        <translation>{file} kan niet worden gebruikt: {row} verwijst naar een eigenaar die niet in het bestand staat.</translation>
    </message>
    <message>
        <source>{file} could not be checked: {reason}.</source>
        <translation>{file} kon niet worden gecontroleerd: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk is full.</source>
        <translation>{file} kon niet worden geopend: de schijf is vol.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk reported an error.</source>
        <translation>{file} kon niet worden geopend: de schijf meldde een fout.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the file or its folder is read-only.</source>
        <translation>{file} kon niet worden geopend: het bestand of de map is alleen-lezen.</translation>
    </message>
    <message>
        <source>{file} could not be opened: {reason}.</source>
        <translation>{file} kon niet worden geopend: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk is full.</source>
        <translation>{file} kon niet worden gelezen: de schijf is vol.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk reported an error.</source>
        <translation>{file} kon niet worden gelezen: de schijf meldde een fout.</translation>
    </message>
    <message>
        <source>{file} could not be read: the file or its folder is read-only.</source>
        <translation>{file} kon niet worden gelezen: het bestand of de map is alleen-lezen.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>{file} kon niet worden gelezen: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk is full.</source>
        <translation>{file} kon niet worden opgeslagen: de schijf is vol.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk reported an error.</source>
        <translation>{file} kon niet worden opgeslagen: de schijf meldde een fout.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the file or its folder is read-only.</source>
        <translation>{file} kon niet worden opgeslagen: het bestand of de map is alleen-lezen.</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}.</source>
        <translation>{file} kon niet worden opgeslagen: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded: it holds values this Journeyline does not accept; the file is unchanged.</source>
        <translation>{file} kon niet worden bijgewerkt: het bevat waarden die deze Journeyline niet accepteert; het bestand is ongewijzigd.</translation>
    </message>
    <message>
        <source>{file} could not be written: a folder has that name; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: er bestaat een map met die naam; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is a Journeyline workshop file, and an export never replaces a workshop; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: het is een Journeyline-workshopbestand, en een export vervangt nooit een workshop; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is the workshop file being exported; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: het is het workshopbestand dat wordt geëxporteerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: its name is {size} bytes long, and the folder allows at most {limit}; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: de naam is {size} bytes lang, en de map staat hoogstens {limit} toe; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: part of the path is not a folder; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: een deel van het pad is geen map; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: permission was denied; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: toegang werd geweigerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full.</source>
        <translation>{file} kon niet worden geschreven: de schijf is vol.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: de schijf is vol; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is read-only; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: de schijf is alleen-lezen; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error.</source>
        <translation>{file} kon niet worden geschreven: de schijf meldde een fout.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: de schijf meldde een fout; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is open in another program; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: het bestand is geopend in een ander programma; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only or open in another program; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: het bestand is alleen-lezen of geopend in een ander programma; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: het bestand is alleen-lezen; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file or its folder is read-only.</source>
        <translation>{file} kon niet worden geschreven: het bestand of de map is alleen-lezen.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder does not exist; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: de map bestaat niet; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder is read-only; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: de map is alleen-lezen; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is not allowed here; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: de naam is hier niet toegestaan; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is too long; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: de naam is te lang; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journey with id {id}; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: de workshop heeft geen reis met id {id}; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journeys, so there is no map to draw; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: de workshop heeft geen reizen, dus er is geen kaart om te tekenen; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop holds data the interchange format does not allow ({place}: {rule}); nothing was written.</source>
        <translation>{file} kon niet worden geschreven: de workshop bevat gegevens die het uitwisselingsformaat niet toestaat ({place}: {rule}); er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: there is no export format {format}; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: er bestaat geen exportformaat {format}; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>{file} kon niet worden geschreven: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}; nothing was written.</source>
        <translation>{file} kon niet worden geschreven: {reason}; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} bestaat niet.</translation>
    </message>
    <message>
        <source>{file} has file version {version}, which this Journeyline cannot upgrade.</source>
        <translation>{file} heeft bestandsversie {version}, die deze Journeyline niet kan bijwerken.</translation>
    </message>
    <message>
        <source>{file} has no record of the values as exported (its hidden sheet is gone), so every difference from the workshop counts as a change in the list, including changes made in the workshop since the export.</source>
        <translation>{file} bevat geen vastlegging van de waarden zoals ze zijn geëxporteerd (het verborgen blad is weg), dus elk verschil met de workshop telt als een wijziging in de lijst, ook wijzigingen die sinds de export in de workshop zijn gemaakt.</translation>
    </message>
    <message>
        <source>{file} holds the action list twice (sheets “{first}” and “{second}”): keep one of them and try again; nothing was changed.</source>
        <translation>{file} bevat de actielijst twee keer (bladen ‘{first}’ en ‘{second}’): houd er één van en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{file} is a database of another program, not a Journeyline workshop file.</source>
        <translation>{file} is een database van een ander programma, geen Journeyline-workshopbestand.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} is een map, geen bestand.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a workshop file.</source>
        <translation>{file} is een map, geen workshopbestand.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an Excel workbook.</source>
        <translation>{file} is een map, geen Excel-werkmap.</translation>
    </message>
    <message>
        <source>{file} is a workshop file, not an interchange JSON document; nothing was written.</source>
        <translation>{file} is een workshopbestand, geen JSON-document in het uitwisselingsformaat; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} is a zip archive but not an Excel workbook, so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} is een zip-archief maar geen Excel-werkmap, dus het is geen actielijst van Journeyline; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not a Journeyline workshop file.</source>
        <translation>{file} is een zip-archief, geen Journeyline-workshopbestand.</translation>
    </message>
    <message>
        <source>{file} is an old-format Excel (.xls) or other Office file, not a Journeyline action list (.xlsx); nothing was changed.</source>
        <translation>{file} is een Excel-bestand in oud formaat (.xls) of een ander Office-bestand, geen actielijst van Journeyline (.xlsx); er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{file} is closed.</source>
        <translation>{file} is gesloten.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read.</source>
        <translation>{file} is beschadigd en kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>{file} is damaged: Excel&apos;s parts inside it cannot be read; nothing was changed.</source>
        <translation>{file} is beschadigd: de Excel-onderdelen erin kunnen niet worden gelezen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{file} is damaged: SQLite&apos;s check of the file failed.</source>
        <translation>{file} is beschadigd: de controle van het bestand door SQLite is mislukt.</translation>
    </message>
    <message>
        <source>{file} is damaged: a sheet inside it cannot be read; nothing was changed.</source>
        <translation>{file} is beschadigd: een blad erin kan niet worden gelezen; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{file} is damaged: it has no valid file version.</source>
        <translation>{file} is beschadigd: het heeft geen geldige bestandsversie.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete Excel workbook; nothing was changed.</source>
        <translation>{file} is beschadigd: het is geen volledige Excel-werkmap; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{file} is damaged: some of its rows refer to rows that do not exist.</source>
        <translation>{file} is beschadigd: sommige rijen verwijzen naar rijen die niet bestaan.</translation>
    </message>
    <message>
        <source>{file} is damaged: the file is truncated.</source>
        <translation>{file} is beschadigd: het bestand is afgekapt.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not a Journeyline workshop file.</source>
        <translation>{file} is leeg, dus het is geen Journeyline-workshopbestand.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not an Excel action list.</source>
        <translation>{file} is leeg, dus het is geen actielijst in Excel.</translation>
    </message>
    <message>
        <source>{file} is in a read-only folder, so it cannot be edited.</source>
        <translation>{file} staat in een alleen-lezen map en kan dus niet worden bewerkt.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline action list: no sheet has the hidden action key column that Journeyline&apos;s export writes; nothing was changed.</source>
        <translation>{file} is geen actielijst van Journeyline: geen enkel blad heeft de verborgen kolom met actiesleutels die de export van Journeyline schrijft; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline workshop file.</source>
        <translation>{file} is geen Journeyline-workshopbestand.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say), so it is not a workshop file.</source>
        <translation>{file} is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat), dus het is geen workshopbestand.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say).</source>
        <translation>{file} is geen gewoon bestand (maar bijvoorbeeld een pipe of een apparaat).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx), so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} is geen Excel-werkmap (.xlsx), dus het is geen actielijst van Journeyline; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{file} is open in Journeyline or another program, so it was not replaced; close it there first. Nothing was written.</source>
        <translation>{file} is geopend in Journeyline of een ander programma en is dus niet vervangen; sluit het daar eerst. Er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} is open in another Journeyline window or program; close it there first.</source>
        <translation>{file} is geopend in een ander Journeyline-venster of programma; sluit het daar eerst.</translation>
    </message>
    <message>
        <source>{file} is protected with a password: open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook), save it and try again; nothing was changed.</source>
        <translation>{file} is beveiligd met een wachtwoord: open het in Excel, verwijder het wachtwoord (Bestand ▸ Info ▸ Werkmap beveiligen), sla het op en probeer het opnieuw; er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{file} is read-only, so it cannot be edited.</source>
        <translation>{file} is alleen-lezen en kan dus niet worden bewerkt.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB, far more than any action list; it was not read and nothing was changed.</source>
        <translation>{file} pakt uit tot meer dan {limit} MB, veel meer dan welke actielijst ook; het is niet gelezen en er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: file version {version} is not one Journeyline has made.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: bestandsversie {version} is er geen die Journeyline heeft gemaakt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a table {name} that Journeyline does not make.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: het bevat een tabel {name} die Journeyline niet maakt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a trigger {name} that Journeyline does not make.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: het bevat een trigger {name} die Journeyline niet maakt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a view {name} that Journeyline does not make.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: het bevat een view {name} die Journeyline niet maakt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds an index {name} that Journeyline does not make.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: het bevat een index {name} die Journeyline niet maakt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is missing.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: de index {name} ontbreekt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is not the one Journeyline makes.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: de index {name} is niet de index die Journeyline maakt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is missing.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: de tabel {name} ontbreekt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is not the one Journeyline makes.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: de tabel {name} is niet de tabel die Journeyline maakt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its tables are not those of a workshop file.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: de tabellen zijn niet die van een workshopbestand.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is missing.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: de trigger {name} ontbreekt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is not the one Journeyline makes.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: de trigger {name} is niet de trigger die Journeyline maakt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is missing.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: de view {name} ontbreekt.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is not the one Journeyline makes.</source>
        <translation>{file} is buiten Journeyline gewijzigd en kan niet worden gebruikt: de view {name} is niet de view die Journeyline maakt.</translation>
    </message>
    <message>
        <source>{file} was exported from the workshop “{exported}”; this one is “{current}”.</source>
        <translation>{file} is geëxporteerd uit de workshop ‘{exported}’; deze is ‘{current}’.</translation>
    </message>
    <message>
        <source>{file} was moved, deleted or replaced by another program, so changes can no longer be saved into it; use Save a copy… to keep the workshop.</source>
        <translation>{file} is verplaatst, verwijderd of vervangen door een ander programma, dus wijzigingen kunnen er niet meer in worden opgeslagen; gebruik Kopie opslaan… om de workshop te bewaren.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); Journeyline recovered it as it was before that change.</source>
        <translation>{file} is niet goed afgesloten (een wijziging werd afgebroken, misschien door een crash); Journeyline heeft het hersteld zoals het vóór die wijziging was.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); it is read as it was before that change, and the file is left as it is until the editor opens it.</source>
        <translation>{file} is niet goed afgesloten (een wijziging werd afgebroken, misschien door een crash); het wordt gelezen zoals het vóór die wijziging was, en het bestand blijft ongemoeid tot de editor het opent.</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing was written.</source>
        <translation>{file} is niet geïmporteerd; er is niets geschreven.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer Journeyline (file version {version}); this Journeyline reads file versions up to {newest}, so please update it.</source>
        <translation>{file} is opgeslagen door een nieuwere Journeyline (bestandsversie {version}); deze versie leest bestandsversies tot en met {newest}, dus werk Journeyline bij.</translation>
    </message>
    <message>
        <source>{file} was saved by an older Journeyline; open it in the editor once to bring it up to date.</source>
        <translation>{file} is opgeslagen door een oudere Journeyline; open het één keer in de editor om het bij te werken.</translation>
    </message>
    <message>
        <source>The library cannot be made in {folder}: {reason}.</source>
        <translation>De bibliotheek kan niet worden aangemaakt in {folder}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>The sample workshop could not be created</source>
        <translation>De voorbeeldworkshop kon niet worden gemaakt</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Add improvement idea</source>
        <translation>Verbeteridee toevoegen</translation>
    </message>
    <message>
        <source>What could be better?</source>
        <translation>Wat kan beter?</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idee:</translation>
    </message>
    <message>
        <source>At station:</source>
        <translation>Bij station:</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Geen station</translation>
    </message>
    <message>
        <source>At &amp;station:</source>
        <translation>Bij &amp;station:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Inspanning:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Waarde:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioriteit:</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Idee toevoegen</translation>
    </message>
</context>
<context>
    <name>JourneyComparison</name>
    <message>
        <source>Today and the future</source>
        <translation>Nu en straks</translation>
    </message>
    <message>
        <source>Today&apos;s journey</source>
        <translation>Huidige reis</translation>
    </message>
    <message>
        <source>Future journey</source>
        <translation>Toekomstige reis</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Grote letters</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Passend</translation>
    </message>
    <message>
        <source>Show everything (Ctrl+0)</source>
        <translation>Alles tonen (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Today:</source>
        <translation>&amp;Nu:</translation>
    </message>
    <message>
        <source>F&amp;uture:</source>
        <translation>&amp;Toekomst:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>{name} · {state}</source>
        <translation>{name} · {state}</translation>
    </message>
    <message>
        <source>Choose a today&apos;s journey and a future journey to compare. No future journey yet? Use “Design the future journey” in the journeys panel.</source>
        <translation>Kies een huidige en een toekomstige reis om te vergelijken. Nog geen toekomstige reis? Gebruik ‘Toekomstige reis ontwerpen’ in het paneel Reizen.</translation>
    </message>
</context>
<context>
    <name>JourneySwitcher</name>
    <message>
        <source>Journey shown on the map</source>
        <translation>Reis die op de kaart staat</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reis</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Die reis bestaat niet meer.</translation>
    </message>
</context>
<context>
    <name>JourneyTextsDialog</name>
    <message>
        <source>The journey on the map</source>
        <translation>De reis op de kaart</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>&amp;Storyline:</source>
        <translation>&amp;Verhaallijn:</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <source>Create a journey from a template or a blank map (Insert)</source>
        <translation>Maak een reis vanuit een sjabloon of een lege kaart (Insert)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Rename the selected journey (F2)</source>
        <translation>Naam van de geselecteerde reis wijzigen (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected journey (Delete)</source>
        <translation>Geselecteerde reis verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Toekomstige reis ontwerpen</translation>
    </message>
    <message>
        <source>Copy this journey as the future journey, to redesign it (Ctrl+Shift+F)</source>
        <translation>Kopieer deze reis als toekomstige reis om hem te herontwerpen (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Compare today and future…</source>
        <translation>Vergelijk nu en straks…</translation>
    </message>
    <message>
        <source>Show today&apos;s and the future journey one above the other, with both emotion curves</source>
        <translation>Toon de huidige en de toekomstige reis boven elkaar, met beide emotiecurves</translation>
    </message>
    <message>
        <source>About this journey</source>
        <translation>Over deze journey</translation>
    </message>
    <message>
        <source>{state} · no persona</source>
        <translation>{state} · geen persona</translation>
    </message>
    <message>
        <source>What this journey covers, in words the client will read.</source>
        <translation>Wat deze journey omvat, in woorden die de klant zal lezen.</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Verhaallijn</translation>
    </message>
    <message>
        <source>The story of this journey as the room tells it.</source>
        <translation>Het verhaal van deze journey zoals de zaal het vertelt.</translation>
    </message>
    <message>
        <source>{name}
{subtitle}</source>
        <translation>{name}
{subtitle}</translation>
    </message>
    <message>
        <source>The journey could not be created.</source>
        <translation>De reis kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>Delete the journey “{name}” with its {stations} and {actions}? Undo brings it back.</source>
        <translation>De reis ‘{name}’ met {stations} en {actions} verwijderen? Ongedaan maken brengt hem terug.</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Reis verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
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
        <translation>behoefte</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>pijnpunt</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citaat</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>Open from library</source>
        <translation>Openen uit bibliotheek</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klant</translation>
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
        <translation>Versie</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Search stations, needs, pain points, quotes and actions of every map</source>
        <translation>Zoek in stations, behoeften, pijnpunten, citaten en acties van alle kaarten</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reis</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gevonden in</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>The local library</source>
        <translation>De lokale bibliotheek</translation>
    </message>
    <message>
        <source>The library at %1</source>
        <translation>De bibliotheek op %1</translation>
    </message>
    <message>
        <source>The library has no published maps yet.</source>
        <translation>De bibliotheek heeft nog geen gepubliceerde kaarten.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versie %1</translation>
    </message>
    <message>
        <source>Nothing in the library matches what you searched for.</source>
        <translation>Niets in de bibliotheek komt overeen met uw zoekopdracht.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The library cannot be used</source>
        <translation>De bibliotheek kan niet worden gebruikt</translation>
    </message>
    <message>
        <source>%1 (offline)…</source>
        <translation>%1 (offline)…</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Niet gepubliceerd</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the template in the local library.</source>
        <translation>‘%1’ gepubliceerd als versie %2 van het sjabloon in de lokale bibliotheek.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the template in the library at %3.</source>
        <translation>‘%1’ gepubliceerd als versie %2 van het sjabloon in de bibliotheek op %3.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the local library.</source>
        <translation>‘%1’ gepubliceerd als versie %2 van de kaart in de lokale bibliotheek.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the library at %3.</source>
        <translation>‘%1’ gepubliceerd als versie %2 van de kaart in de bibliotheek op %3.</translation>
    </message>
    <message>
        <source>Publish as a new map</source>
        <translation>Publiceren als nieuwe kaart</translation>
    </message>
    <message>
        <source>Open the latest version</source>
        <translation>De nieuwste versie openen</translation>
    </message>
    <message>
        <source>{name} (library version {number})</source>
        <translation>{name} (bibliotheekversie {number})</translation>
    </message>
    <message>
        <source>Save the working copy as</source>
        <translation>Werkkopie opslaan als</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Niet geopend</translation>
    </message>
    <message>
        <source>“%1” is the workshop open now; choose another name.</source>
        <translation>‘%1’ is de workshop die nu open is; kies een andere naam.</translation>
    </message>
    <message>
        <source>Opened version %1 of “%2” from the library as “%3”.</source>
        <translation>Versie %1 van ‘%2’ uit de bibliotheek geopend als ‘%3’.</translation>
    </message>
    <message>
        <source>House template, version %1 by %2, %3</source>
        <translation>Huissjabloon, versie %1 door %2, %3</translation>
    </message>
    <message>
        <source>That template is no longer in the library.</source>
        <translation>Dat sjabloon staat niet meer in de bibliotheek.</translation>
    </message>
    <message>
        <source>Library not changed</source>
        <translation>Bibliotheek niet gewijzigd</translation>
    </message>
    <message>
        <source>Journeyline now uses the local library.</source>
        <translation>Journeyline gebruikt nu de lokale bibliotheek.</translation>
    </message>
    <message>
        <source>Journeyline now uses the library at %1.</source>
        <translation>Journeyline gebruikt nu de bibliotheek op %1.</translation>
    </message>
    <message>
        <source>Working copy.journey</source>
        <translation>Werkkopie.journey</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsDialog</name>
    <message>
        <source>Library settings</source>
        <translation>Bibliotheekinstellingen</translation>
    </message>
    <message>
        <source>The local library on this computer</source>
        <translation>De lokale bibliotheek op deze computer</translation>
    </message>
    <message>
        <source>A team library (PostgreSQL):</source>
        <translation>Een teambibliotheek (PostgreSQL):</translation>
    </message>
    <message>
        <source>Keep the password out of the address: PostgreSQL reads it from ~/.pgpass. The command line uses the same library.</source>
        <translation>Zet het wachtwoord niet in het adres: PostgreSQL leest het uit ~/.pgpass. De opdrachtregel gebruikt dezelfde bibliotheek.</translation>
    </message>
</context>
<context>
    <name>LinePage</name>
    <message>
        <source>Where the customer meets us</source>
        <translation>Waar de klant ons ontmoet</translation>
    </message>
    <message>
        <source>What happens behind the line of visibility</source>
        <translation>Wat er achter de zichtbaarheidslijn gebeurt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <source>Line name</source>
        <translation>Naam van de lijn</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
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
        <translation>Kopie opgeslagen als ‘{name}’</translation>
    </message>
    <message>
        <source>Add to the map</source>
        <translation>Toevoegen aan de kaart</translation>
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
        <translation>Ongedaan maken: {what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Opnieuw: {what}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Add to the &amp;map</source>
        <translation>Toevoegen aan de &amp;kaart</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reis</translation>
    </message>
</context>
<context>
    <name>MapOperations</name>
    <message>
        <source>New station</source>
        <translation>Nieuw station</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nieuwe lijn</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Lijn verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the phase {name} and its %n station(s)?</source>
        <translation>
            <numerusform>De fase {name} en het %n station erin verwijderen?</numerusform>
            <numerusform>De fase {name} en de %n stations erin verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the line {name} and its %n station(s)?</source>
        <translation>
            <numerusform>De lijn {name} en het %n station erop verwijderen?</numerusform>
            <numerusform>De lijn {name} en de %n stations erop verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} phases and their %n station(s)?</source>
        <translation>
            <numerusform>{count} fasen en het %n station erin verwijderen?</numerusform>
            <numerusform>{count} fasen en de %n stations erin verwijderen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} lines and their %n station(s)?</source>
        <translation>
            <numerusform>{count} lijnen en het %n station erop verwijderen?</numerusform>
            <numerusform>{count} lijnen en de %n stations erop verwijderen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n pijnpunt</numerusform>
            <numerusform>%n pijnpunten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idee</numerusform>
            <numerusform>%n ideeën</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) of truth</source>
        <translation>
            <numerusform>%n moment van de waarheid</numerusform>
            <numerusform>%n momenten van de waarheid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more in the spotlight</source>
        <translation>
            <numerusform>+%n meer in de close-up</numerusform>
            <numerusform>+%n meer in de close-up</numerusform>
        </translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotie</translation>
    </message>
    <message>
        <source>▸ more in the spotlight</source>
        <translation>▸ meer in de close-up</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Zichtbaarheidslijn</translation>
    </message>
</context>
<context>
    <name>MapTooltips</name>
    <message>
        <source>Emotion: not assessed</source>
        <translation>Emotie: niet beoordeeld</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Emotie: {label} ({value})</translation>
    </message>
    <message>
        <source>★ Moment of truth</source>
        <translation>★ Moment van de waarheid</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Eigenaar: {name}</translation>
    </message>
    <message>
        <source>Touchpoint: {text}</source>
        <translation>Contactmoment: {text}</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pijnpunten</translation>
    </message>
    <message>
        <source>Improvement ideas</source>
        <translation>Verbeterideeën</translation>
    </message>
    <message>
        <source>Backstage line</source>
        <translation>Lijn achter de schermen</translation>
    </message>
    <message>
        <source>Frontstage line</source>
        <translation>Lijn zichtbaar voor de klant</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… nog %n</numerusform>
            <numerusform>… nog %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
    <message>
        <source>Click to edit the journey’s name, description and storyline</source>
        <translation>Klik om de naam, beschrijving en verhaallijn van de reis te bewerken</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Effort and value matrix</source>
        <translation>Matrix van inspanning en waarde</translation>
    </message>
</context>
<context>
    <name>MergeOwnersDialog</name>
    <message>
        <source>Merge owners</source>
        <translation>Eigenaren samenvoegen</translation>
    </message>
    <message>
        <source>Owner to keep</source>
        <translation>Eigenaar die blijft</translation>
    </message>
    <message>
        <source>“{name}” ({work}) is merged into the owner you choose: its stations and actions move there and “{name}” is removed.</source>
        <translation>‘{name}’ ({work}) wordt samengevoegd met de eigenaar die u kiest: de stations en acties gaan daarheen en ‘{name}’ wordt verwijderd.</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Samenvoegen &amp;met:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message numerus="yes">
        <source>… and %n more (see Show Details).</source>
        <translation>
            <numerusform>… en nog %n (zie Details tonen).</numerusform>
            <numerusform>… en nog %n (zie Details tonen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoreChip</name>
    <message>
        <source>Show the next cards of this cell</source>
        <translation>De volgende kaarten van deze cel tonen</translation>
    </message>
</context>
<context>
    <name>NewJourneyDialog</name>
    <message>
        <source>New journey</source>
        <translation>Nieuwe reis</translation>
    </message>
    <message>
        <source>e.g. Moving house</source>
        <translation>bijv. Verhuizen</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Lege kaart</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Geen persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Beginnen met:</translation>
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
        <translation>Journeyline-workshops (*.journey);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Workshops and JSON documents (*.journey *.json)</source>
        <translation>Workshops en JSON-documenten (*.journey *.json)</translation>
    </message>
    <message>
        <source>The workshop could not be opened</source>
        <translation>De workshop kon niet worden geopend</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {e}</source>
        <translation>‘{name}’ kon niet worden geopend: {e}</translation>
    </message>
    <message>
        <source>The workshop was recovered</source>
        <translation>De workshop is hersteld</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Workshop openen</translation>
    </message>
    <message>
        <source>New workshop.journey</source>
        <translation>Nieuwe workshop.journey</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Nieuwe workshop opslaan als</translation>
    </message>
    <message>
        <source>The workshop could not be created</source>
        <translation>De workshop kon niet worden gemaakt</translation>
    </message>
    <message>
        <source>“{name}” is the workshop open now; choose another name.</source>
        <translation>‘{name}’ is de workshop die nu open is; kies een andere naam.</translation>
    </message>
    <message>
        <source>{name} copy.journey</source>
        <translation>{name} kopie.journey</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Kopie opslaan als</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>De kopie kon niet worden opgeslagen</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Edit owner</source>
        <translation>Eigenaar bewerken</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nieuwe eigenaar</translation>
    </message>
    <message>
        <source>A person or a department</source>
        <translation>Een persoon of een afdeling</translation>
    </message>
    <message>
        <source>e.g. Product owner</source>
        <translation>bijv. Product owner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
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
        <translation>Geen eigenaar</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Pick an owner or type a new name</source>
        <translation>Kies een eigenaar of typ een nieuwe naam</translation>
    </message>
</context>
<context>
    <name>OwnersPanel</name>
    <message>
        <source>Owners</source>
        <translation>Eigenaren</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <source>Add an owner (Insert)</source>
        <translation>Een eigenaar toevoegen (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Edit the selected owner (Enter)</source>
        <translation>Geselecteerde eigenaar bewerken (Enter)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <source>Merge the selected owner into another one (Ctrl+M)</source>
        <translation>Geselecteerde eigenaar samenvoegen met een andere (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected owner; their work becomes unowned</source>
        <translation>Geselecteerde eigenaar verwijderen; zijn werk krijgt geen eigenaar</translation>
    </message>
    <message>
        <source>Stations and actions of the owner</source>
        <translation>Stations en acties van de eigenaar</translation>
    </message>
    <message>
        <source>Enter or double-click: show the station on the map</source>
        <translation>Enter of dubbelklikken: toon het station op de kaart</translation>
    </message>
    <message>
        <source>No role or email yet</source>
        <translation>Nog geen rol of e-mail</translation>
    </message>
    <message>
        <source>Select an owner to see their stations and actions.</source>
        <translation>Selecteer een eigenaar om zijn stations en acties te zien.</translation>
    </message>
    <message>
        <source>Stations and actions of {name}</source>
        <translation>Stations en acties van {name}</translation>
    </message>
    <message>
        <source>Stations ({count})</source>
        <translation>Stations ({count})</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Acties ({count})</translation>
    </message>
    <message>
        <source>{priority} · {status} · at {station}</source>
        <translation>{priority} · {status} · bij {station}</translation>
    </message>
    <message>
        <source>{stations}, {actions}</source>
        <translation>{stations}, {actions}</translation>
    </message>
    <message>
        <source>Delete “{name}”? Their {stations} and {actions} become unowned. To hand them to someone else, merge instead.</source>
        <translation>‘{name}’ verwijderen? Hun {stations} en {actions} hebben dan geen eigenaar. Voeg samen om ze aan iemand anders over te dragen.</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>‘{name}’ verwijderen?</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Eigenaar verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n station</numerusform>
            <numerusform>%n stations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Drag a tile onto the map, or click it to add at the selection.</source>
        <translation>Sleep een tegel naar de kaart, of klik om bij de selectie toe te voegen.</translation>
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
        <translation>Deze reis</translation>
    </message>
    <message>
        <source>The persona of the journey on the map</source>
        <translation>De persona van de reis op de kaart</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>‘{quote}’</translation>
    </message>
    <message>
        <source>In: {journeys}</source>
        <translation>In: {journeys}</translation>
    </message>
    <message>
        <source>Not used by any journey yet</source>
        <translation>Nog door geen enkele reis gebruikt</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>Edit persona</source>
        <translation>Persona bewerken</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nieuwe persona</translation>
    </message>
    <message>
        <source>e.g. Kari, the busy parent</source>
        <translation>bijv. Kari, de drukke ouder</translation>
    </message>
    <message>
        <source>Choose the persona&apos;s colour</source>
        <translation>Kies de kleur van de persona</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Eén per regel</translation>
    </message>
    <message>
        <source>In the persona&apos;s own words</source>
        <translation>In de woorden van de persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Kleur:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Doelen:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>&amp;Behoeften:</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Frustraties:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citaat:</translation>
    </message>
    <message>
        <source> Choose…</source>
        <translation> Kiezen…</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Kleur van de persona</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>New persona…</source>
        <translation>Nieuwe persona…</translation>
    </message>
    <message>
        <source>Create a persona (Insert)</source>
        <translation>Een persona maken (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Edit the selected persona (Enter)</source>
        <translation>Geselecteerde persona bewerken (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected persona (Delete)</source>
        <translation>Geselecteerde persona verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Use for this journey</source>
        <translation>Gebruiken voor deze reis</translation>
    </message>
    <message>
        <source>Make the selected persona the persona of the journey on the map (Ctrl+Return)</source>
        <translation>Maak de geselecteerde persona de persona van de reis op de kaart (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No personas yet. Create one with “New persona…”.</source>
        <translation>Nog geen persona’s. Maak er een met ‘Nieuwe persona…’.</translation>
    </message>
    <message>
        <source>Remove from this journey</source>
        <translation>Verwijderen uit deze reis</translation>
    </message>
    <message>
        <source>“{name}” is the persona of {journeys}. Delete it anyway? The journeys keep their maps, without a persona.</source>
        <translation>‘{name}’ is de persona van {journeys}. Toch verwijderen? De reizen houden hun kaarten, zonder persona.</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Persona verwijderen</translation>
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
        <translation>Naam van de fase</translation>
    </message>
    <message>
        <source>What this stage of the journey is about</source>
        <translation>Waar deze fase van de reis over gaat</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>De taal van het systeem (%1)</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Journeyline.</source>
        <translation>Het venster gebruikt de nieuwe taal de volgende keer dat u Journeyline start.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Taal:</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Volgende fase</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Vorige fase</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Hele kaart</translation>
    </message>
    <message>
        <source>Last phase</source>
        <translation>Laatste fase</translation>
    </message>
    <message>
        <source>Show the station alone</source>
        <translation>Toon het station alleen</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Presentatie verlaten</translation>
    </message>
    <message>
        <source>Emotion: {label} ({sign})</source>
        <translation>Emotie: {label} ({sign})</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Selecteer een station en druk op Enter om het alleen te tonen</translation>
    </message>
    <message>
        <source>Select a station to set its emotion</source>
        <translation>Selecteer een station om de emotie in te stellen</translation>
    </message>
    <message>
        <source>Backstage work has no customer emotion: select a customer’s station</source>
        <translation>Werk achter de schermen heeft geen klantemotie: kies een station van de klant</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Actions shown</source>
        <translation>Getoonde acties</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Grote letters</translation>
    </message>
    <message>
        <source>Drag a card to rate it · Ctrl+arrows move the selected card</source>
        <translation>Sleep een kaart om hem te beoordelen · Ctrl+pijltjes verplaatsen de geselecteerde kaart</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Tonen:</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle reizen</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Reis op de kaart</translation>
    </message>
    <message>
        <source>{first}–{last} of {count}  ▸</source>
        <translation>{first}–{last} van {count}  ▸</translation>
    </message>
    <message>
        <source>Unrated: clear effort and value</source>
        <translation>Niet beoordeeld: inspanning en waarde wissen</translation>
    </message>
    <message>
        <source>Effort {effort} · value {value}: {priority}</source>
        <translation>Inspanning {effort} · waarde {value}: {priority}</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Snelle winsten</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Grote gokken</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Opvullers</translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation>Tijdvreters</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Inspanning →</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>Waarde →</translation>
    </message>
    <message>
        <source>Unrated  ·  {count}</source>
        <translation>Niet beoordeeld  ·  {count}</translation>
    </message>
    <message>
        <source>Drag an idea onto the matrix to rate its effort and value</source>
        <translation>Sleep een idee naar de matrix om inspanning en waarde te beoordelen</translation>
    </message>
    <message>
        <source>{priority} · effort {effort} · value {value}</source>
        <translation>{priority} · inspanning {effort} · waarde {value}</translation>
    </message>
    <message>
        <source>{status} · no owner</source>
        <translation>{status} · geen eigenaar</translation>
    </message>
    <message>
        <source>Click to show its station on the map</source>
        <translation>Klik om het station op de kaart te tonen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <source>Select one item to see and edit its details.</source>
        <translation>Selecteer één item om de details te zien en te bewerken.</translation>
    </message>
    <message numerus="yes">
        <source>%n stations selected</source>
        <translation>
            <numerusform>%n station geselecteerd</numerusform>
            <numerusform>%n stations geselecteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phases selected</source>
        <translation>
            <numerusform>%n fase geselecteerd</numerusform>
            <numerusform>%n fasen geselecteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines selected</source>
        <translation>
            <numerusform>%n lijn geselecteerd</numerusform>
            <numerusform>%n lijnen geselecteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n geselecteerd</numerusform>
            <numerusform>%n geselecteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a station, a phase header or a line name on the map to see and edit its details here.</source>
        <translation>Klik op een station, een fasekop of een lijnnaam op de kaart om de details hier te zien en te bewerken.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>Publiceren in bibliotheek</translation>
    </message>
    <message>
        <source>Publish “%1” to the local library.</source>
        <translation>‘%1’ publiceren in de lokale bibliotheek.</translation>
    </message>
    <message>
        <source>Publish “%1” to the library at %2.</source>
        <translation>‘%1’ publiceren in de bibliotheek op %2.</translation>
    </message>
    <message>
        <source>As version %1 of “%2” (this copy is version %3)</source>
        <translation>Als versie %1 van ‘%2’ (deze kopie is versie %3)</translation>
    </message>
    <message>
        <source>As a new version (this copy is not from the library)</source>
        <translation>Als nieuwe versie (deze kopie komt niet uit de bibliotheek)</translation>
    </message>
    <message>
        <source>As a new map</source>
        <translation>Als nieuwe kaart</translation>
    </message>
    <message>
        <source>One journey as a house template:</source>
        <translation>Eén reis als huissjabloon:</translation>
    </message>
    <message>
        <source>What changed, e.g. after workshop 2</source>
        <translation>Wat er veranderd is, bijv. na workshop 2</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Bericht:</translation>
    </message>
</context>
<context>
    <name>QuotesEditor</name>
    <message>
        <source>Customer quotes</source>
        <translation>Klantcitaten</translation>
    </message>
    <message>
        <source>Add what a customer said…</source>
        <translation>Voeg toe wat een klant zei…</translation>
    </message>
    <message>
        <source>New customer quote</source>
        <translation>Nieuw klantcitaat</translation>
    </message>
    <message>
        <source>Source of the quote</source>
        <translation>Bron van het citaat</translation>
    </message>
    <message>
        <source>Add the quote</source>
        <translation>Citaat toevoegen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Remove the quote</source>
        <translation>Citaat verwijderen</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Bron: %1</translation>
    </message>
</context>
<context>
    <name>RatingPicker</name>
    <message>
        <source>{name}: {n} of 5 (click again to clear)</source>
        <translation>{name}: {n} van 5 (klik nogmaals om te wissen)</translation>
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
        <translation>triviaal</translation>
    </message>
    <message>
        <source>small</source>
        <translation>klein</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>gemiddeld</translation>
    </message>
    <message>
        <source>large</source>
        <translation>groot</translation>
    </message>
    <message>
        <source>very large</source>
        <translation>zeer groot</translation>
    </message>
    <message>
        <source>little</source>
        <translation>weinig</translation>
    </message>
    <message>
        <source>some</source>
        <translation>enige</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoog</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>zeer hoog</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Niet beoordeeld</translation>
    </message>
    <message>
        <source>Quick win: value 4 or more, effort 2 or less</source>
        <translation>Snelle winst: waarde 4 of meer, inspanning 2 of minder</translation>
    </message>
    <message>
        <source>Big bet: value 4 or more, effort 3 or more</source>
        <translation>Grote gok: waarde 4 of meer, inspanning 3 of meer</translation>
    </message>
    <message>
        <source>Fill-in: value 3 or less, effort 2 or less</source>
        <translation>Opvuller: waarde 3 of minder, inspanning 2 of minder</translation>
    </message>
    <message>
        <source>Time sink: value 3 or less, effort 3 or more</source>
        <translation>Tijdvreter: waarde 3 of minder, inspanning 3 of meer</translation>
    </message>
    <message>
        <source>Unrated: effort or value not set yet</source>
        <translation>Niet beoordeeld: inspanning of waarde nog niet ingesteld</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>No recent workshops</source>
        <translation>Geen recente workshops</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Lijst wissen</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>A customer quote contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Een klantcitaat bevat het stuurteken {code}; tekst mag tabs en regeleinden bevatten, maar geen andere stuurtekens.</translation>
    </message>
    <message>
        <source>A customer quote must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Een klantcitaat moet minstens één zichtbaar teken bevatten, niet alleen spaties of onzichtbare tekens.</translation>
    </message>
    <message>
        <source>A journey keeps at least one line.</source>
        <translation>Een reis houdt minstens één lijn.</translation>
    </message>
    <message>
        <source>A journey keeps at least one phase.</source>
        <translation>Een reis houdt minstens één fase.</translation>
    </message>
    <message>
        <source>A journey needs at least one phase and one line.</source>
        <translation>Een reis heeft minstens één fase en één lijn nodig.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} actions; this one is full.</source>
        <translation>Een workshop bevat hoogstens {max} acties; deze is vol.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} journeys; this one is full.</source>
        <translation>Een workshop bevat hoogstens {max} reizen; deze is vol.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} lines; this one is full.</source>
        <translation>Een workshop bevat hoogstens {max} lijnen; deze is vol.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} owners; this one is full.</source>
        <translation>Een workshop bevat hoogstens {max} eigenaren; deze is vol.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} personas; this one is full.</source>
        <translation>Een workshop bevat hoogstens {max} persona&apos;s; deze is vol.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} phases; this one is full.</source>
        <translation>Een workshop bevat hoogstens {max} fasen; deze is vol.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} quotes; this one is full.</source>
        <translation>Een workshop bevat hoogstens {max} citaten; deze is vol.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} stations; this one is full.</source>
        <translation>Een workshop bevat hoogstens {max} stations; deze is vol.</translation>
    </message>
    <message>
        <source>A workshop keeps at least one journey.</source>
        <translation>Een workshop houdt minstens één reis.</translation>
    </message>
    <message>
        <source>Choose two different owners to merge.</source>
        <translation>Kies twee verschillende eigenaren om samen te voegen.</translation>
    </message>
    <message>
        <source>Each customer quote must be 1 to {max} characters long.</source>
        <translation>Elk klantcitaat moet 1 tot {max} tekens lang zijn.</translation>
    </message>
    <message>
        <source>Each of the {field} can be at most {max} characters.</source>
        <translation>Elk item in het veld ‘{field}’ mag hoogstens {max} tekens lang zijn.</translation>
    </message>
    <message>
        <source>No station to delete.</source>
        <translation>Geen station om te verwijderen.</translation>
    </message>
    <message>
        <source>No station to duplicate.</source>
        <translation>Geen station om te dupliceren.</translation>
    </message>
    <message>
        <source>No station to move.</source>
        <translation>Geen station om te verplaatsen.</translation>
    </message>
    <message>
        <source>One of the {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Een item in het veld ‘{field}’ bevat het stuurteken {code}; tekst mag tabs en regeleinden bevatten, maar geen andere stuurtekens.</translation>
    </message>
    <message>
        <source>One of the {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Een item in het veld ‘{field}’ moet minstens één zichtbaar teken bevatten, niet alleen spaties of onzichtbare tekens.</translation>
    </message>
    <message>
        <source>Stations of different journeys cannot be moved together.</source>
        <translation>Stations van verschillende reizen kunnen niet samen worden verplaatst.</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>Die actie bestaat niet meer.</translation>
    </message>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Die reis bestaat niet meer.</translation>
    </message>
    <message>
        <source>That line belongs to another journey.</source>
        <translation>Die lijn hoort bij een andere reis.</translation>
    </message>
    <message>
        <source>That line no longer exists.</source>
        <translation>Die lijn bestaat niet meer.</translation>
    </message>
    <message>
        <source>That owner no longer exists.</source>
        <translation>Die eigenaar bestaat niet meer.</translation>
    </message>
    <message>
        <source>That persona no longer exists.</source>
        <translation>Die persona bestaat niet meer.</translation>
    </message>
    <message>
        <source>That phase belongs to another journey.</source>
        <translation>Die fase hoort bij een andere reis.</translation>
    </message>
    <message>
        <source>That phase no longer exists.</source>
        <translation>Die fase bestaat niet meer.</translation>
    </message>
    <message>
        <source>That station belongs to another journey.</source>
        <translation>Dat station hoort bij een andere reis.</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Dat station bestaat niet meer.</translation>
    </message>
    <message>
        <source>The due date must be a date ({format}).</source>
        <translation>De vervaldatum moet een datum zijn ({format}).</translation>
    </message>
    <message>
        <source>The journey of this search hit is not in the working copy.</source>
        <translation>De journey van dit zoekresultaat staat niet in de werkkopie.</translation>
    </message>
    <message>
        <source>The library “{library}” has no map {map}.</source>
        <translation>De bibliotheek ‘{library}’ heeft geen kaart {map}.</translation>
    </message>
    <message>
        <source>The library “{library}” has no version {number} of map {map}.</source>
        <translation>De bibliotheek ‘{library}’ heeft geen versie {number} van kaart {map}.</translation>
    </message>
    <message>
        <source>The map you opened (number {map}) is no longer in the library “{library}”; publish yours as a new map.</source>
        <translation>De kaart die u opende (nummer {map}) staat niet meer in de bibliotheek ‘{library}’; publiceer de uwe als nieuwe kaart.</translation>
    </message>
    <message>
        <source>The source of a customer quote must be one of: {choices}.</source>
        <translation>De bron van een klantcitaat moet een van deze zijn: {choices}.</translation>
    </message>
    <message>
        <source>The template “{name}” that came with Journeyline cannot be read; installing Journeyline again should mend it.</source>
        <translation>Het sjabloon ‘{name}’ dat bij Journeyline hoort, kan niet worden gelezen; installeer Journeyline opnieuw om dit te herstellen.</translation>
    </message>
    <message>
        <source>The workshop holds data the interchange format does not allow, so it was not published: {place}: {rule}</source>
        <translation>De workshop bevat gegevens die het uitwisselingsformaat niet toestaat, dus hij is niet gepubliceerd: {place}: {rule}</translation>
    </message>
    <message>
        <source>The {field} can be at most {max} characters long.</source>
        <translation>Het veld ‘{field}’ mag hoogstens {max} tekens lang zijn.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} items.</source>
        <translation>Het veld ‘{field}’ kan hoogstens {max} items bevatten.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} quotes.</source>
        <translation>Het veld ‘{field}’ kan hoogstens {max} citaten bevatten.</translation>
    </message>
    <message>
        <source>The {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Het veld ‘{field}’ bevat het stuurteken {code}; tekst mag tabs en regeleinden bevatten, maar geen andere stuurtekens.</translation>
    </message>
    <message>
        <source>The {field} is not valid.</source>
        <translation>Het veld ‘{field}’ is niet geldig.</translation>
    </message>
    <message>
        <source>The {field} is too large a number to store.</source>
        <translation>Het veld ‘{field}’ bevat een te groot getal om op te slaan.</translation>
    </message>
    <message>
        <source>The {field} must be 1 to {max} characters long.</source>
        <translation>Het veld ‘{field}’ moet 1 tot {max} tekens lang zijn.</translation>
    </message>
    <message>
        <source>The {field} must be a colour like {example}.</source>
        <translation>Het veld ‘{field}’ moet een kleur zijn zoals {example}.</translation>
    </message>
    <message>
        <source>The {field} must be a date (YYYY-MM-DD).</source>
        <translation>Het veld ‘{field}’ moet een datum zijn (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>The {field} must be a language tag like en, nb-NO or pt-BR.</source>
        <translation>Het veld ‘{field}’ moet een taalcode zijn zoals en, nb-NO of pt-BR.</translation>
    </message>
    <message>
        <source>The {field} must be a number from {low} to {high}.</source>
        <translation>Het veld ‘{field}’ moet een getal van {low} tot {high} zijn.</translation>
    </message>
    <message>
        <source>The {field} must be a number of at least {low}.</source>
        <translation>Het veld ‘{field}’ moet een getal van minstens {low} zijn.</translation>
    </message>
    <message>
        <source>The {field} must be a number.</source>
        <translation>Het veld ‘{field}’ moet een getal zijn.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high} or empty.</source>
        <translation>Het veld ‘{field}’ moet een geheel getal van {low} tot {high} zijn of leeg blijven.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high}.</source>
        <translation>Het veld ‘{field}’ moet een geheel getal van {low} tot {high} zijn.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low} or empty.</source>
        <translation>Het veld ‘{field}’ moet een geheel getal van minstens {low} zijn of leeg blijven.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low}.</source>
        <translation>Het veld ‘{field}’ moet een geheel getal van minstens {low} zijn.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number or empty.</source>
        <translation>Het veld ‘{field}’ moet een geheel getal zijn of leeg blijven.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number.</source>
        <translation>Het veld ‘{field}’ moet een geheel getal zijn.</translation>
    </message>
    <message>
        <source>The {field} must be one of: {choices}.</source>
        <translation>Het veld ‘{field}’ moet een van deze zijn: {choices}.</translation>
    </message>
    <message>
        <source>The {field} must be yes or no.</source>
        <translation>Het veld ‘{field}’ moet ja of nee zijn.</translation>
    </message>
    <message>
        <source>The {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Het veld ‘{field}’ moet minstens één zichtbaar teken bevatten, niet alleen spaties of onzichtbare tekens.</translation>
    </message>
    <message>
        <source>There is no template called “{name}”.</source>
        <translation>Er is geen sjabloon met de naam ‘{name}’.</translation>
    </message>
    <message>
        <source>“{address}” is not a library Journeyline can use: the library is PostgreSQL (postgresql+psycopg://HOST/DATABASE) or SQLite (sqlite:///PATH).</source>
        <translation>‘{address}’ is geen bibliotheek die Journeyline kan gebruiken: de bibliotheek is PostgreSQL (postgresql+psycopg://HOST/DATABASE) of SQLite (sqlite:///PAD).</translation>
    </message>
    <message>
        <source>“{address}” is not a library address; use postgresql+psycopg://HOST/DATABASE or sqlite:///PATH as the address.</source>
        <translation>‘{address}’ is geen bibliotheekadres; gebruik postgresql+psycopg://HOST/DATABASE of sqlite:///PAD als adres.</translation>
    </message>
    <message>
        <source>“{file}” is open read-only.</source>
        <translation>‘{file}’ is alleen-lezen geopend.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} (“{message}”) on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>‘{title}’ is in de bibliotheek gewijzigd sinds uw versie {base}: {author} publiceerde versie {number} (‘{message}’) op {when}. Publiceer de uwe als nieuwe kaart, of open de nieuwste versie naast de uwe.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>‘{title}’ is in de bibliotheek gewijzigd sinds uw versie {base}: {author} publiceerde versie {number} op {when}. Publiceer de uwe als nieuwe kaart, of open de nieuwste versie naast de uwe.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>en nog %Ln probleem</numerusform>
            <numerusform>en nog %Ln problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>appears more than once in the same object; keep only one</source>
        <translation>komt meer dan eens voor in hetzelfde object; houd er maar één</translation>
    </message>
    <message>
        <source>contains a broken character (an unpaired surrogate)</source>
        <translation>bevat een beschadigd teken (een ongepaard surrogaatteken)</translation>
    </message>
    <message>
        <source>contains a number with too many digits to read</source>
        <translation>bevat een getal met te veel cijfers om te lezen</translation>
    </message>
    <message>
        <source>contains the control character {code}; text may hold tabs and line breaks but no other control characters</source>
        <translation>bevat het stuurteken {code}; tekst mag tabs en regeleinden bevatten, maar geen andere stuurtekens</translation>
    </message>
    <message>
        <source>is a key of format version {since}; this document says it is version {version}, so change its version to {since}</source>
        <translation>is een sleutel van formaatversie {since}; dit document zegt dat het versie {version} is, dus verander de versie in {since}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>is te diep genest om te lezen</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} at line {line}, column {column}); save the file as UTF-8</source>
        <translation>is geen UTF-8-tekst (byte {byte} op regel {line}, kolom {column}); sla het bestand op als UTF-8</translation>
    </message>
    <message>
        <source>is not a known key of a journey; check the spelling</source>
        <translation>is geen bekende sleutel van een reis; controleer de spelling</translation>
    </message>
    <message>
        <source>is not a known key of a line; check the spelling</source>
        <translation>is geen bekende sleutel van een lijn; controleer de spelling</translation>
    </message>
    <message>
        <source>is not a known key of a persona; check the spelling</source>
        <translation>is geen bekende sleutel van een persona; controleer de spelling</translation>
    </message>
    <message>
        <source>is not a known key of a phase; check the spelling</source>
        <translation>is geen bekende sleutel van een fase; controleer de spelling</translation>
    </message>
    <message>
        <source>is not a known key of a quote; check the spelling</source>
        <translation>is geen bekende sleutel van een citaat; controleer de spelling</translation>
    </message>
    <message>
        <source>is not a known key of a station; check the spelling</source>
        <translation>is geen bekende sleutel van een station; controleer de spelling</translation>
    </message>
    <message>
        <source>is not a known key of an action; check the spelling</source>
        <translation>is geen bekende sleutel van een actie; controleer de spelling</translation>
    </message>
    <message>
        <source>is not a known key of an owner; check the spelling</source>
        <translation>is geen bekende sleutel van een eigenaar; controleer de spelling</translation>
    </message>
    <message>
        <source>is not a known key of the document; check the spelling</source>
        <translation>is geen bekende sleutel van het document; controleer de spelling</translation>
    </message>
    <message>
        <source>is not a known key of the workshop; check the spelling</source>
        <translation>is geen bekende sleutel van de workshop; controleer de spelling</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;,&apos; delimiter</source>
        <translation>is geen geldige JSON op regel {line}, kolom {column}: het scheidingsteken &apos;,&apos; werd verwacht</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;:&apos; delimiter</source>
        <translation>is geen geldige JSON op regel {line}, kolom {column}: het scheidingsteken &apos;:&apos; werd verwacht</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting property name enclosed in double quotes</source>
        <translation>is geen geldige JSON op regel {line}, kolom {column}: er werd een eigenschapsnaam tussen dubbele aanhalingstekens verwacht</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting value</source>
        <translation>is geen geldige JSON op regel {line}, kolom {column}: er werd een waarde verwacht</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Extra data</source>
        <translation>is geen geldige JSON op regel {line}, kolom {column}: extra gegevens na het einde van het document</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \escape</source>
        <translation>is geen geldige JSON op regel {line}, kolom {column}: ongeldige \-escape</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \uXXXX escape</source>
        <translation>is geen geldige JSON op regel {line}, kolom {column}: ongeldige \uXXXX-escape</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid control character at</source>
        <translation>is geen geldige JSON op regel {line}, kolom {column}: ongeldig stuurteken hier</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Unterminated string starting at</source>
        <translation>is geen geldige JSON op regel {line}, kolom {column}: een tekenreeks die hier begint, wordt niet afgesloten</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: {reason}</source>
        <translation>is geen geldige JSON op regel {line}, kolom {column}: {reason}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is verplicht</translation>
    </message>
    <message>
        <source>is too large a number for a workshop file to store</source>
        <translation>is een te groot getal om in een workshopbestand op te slaan</translation>
    </message>
    <message>
        <source>it has {count} JSON objects (every “{”), far more than a workshop within the limits has (at most {max})</source>
        <translation>het heeft {count} JSON-objecten (elke ‘{’), veel meer dan een workshop binnen de grenzen heeft (hoogstens {max})</translation>
    </message>
    <message>
        <source>it holds {count} actions, and a workshop holds at most {max}</source>
        <translation>het bevat {count} acties, en een workshop bevat hoogstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} journeys, and a workshop holds at most {max}</source>
        <translation>het bevat {count} reizen, en een workshop bevat hoogstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} lines, and a workshop holds at most {max}</source>
        <translation>het bevat {count} lijnen, en een workshop bevat hoogstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} owners, and a workshop holds at most {max}</source>
        <translation>het bevat {count} eigenaren, en een workshop bevat hoogstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} personas, and a workshop holds at most {max}</source>
        <translation>het bevat {count} persona&apos;s, en een workshop bevat hoogstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} phases, and a workshop holds at most {max}</source>
        <translation>het bevat {count} fasen, en een workshop bevat hoogstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} quotes, and a workshop holds at most {max}</source>
        <translation>het bevat {count} citaten, en een workshop bevat hoogstens {max}</translation>
    </message>
    <message>
        <source>it holds {count} stations, and a workshop holds at most {max}</source>
        <translation>het bevat {count} stations, en een workshop bevat hoogstens {max}</translation>
    </message>
    <message>
        <source>it is {size}, and Journeyline reads files of at most {limit}</source>
        <translation>het is {size}, en Journeyline leest bestanden van hoogstens {limit}</translation>
    </message>
    <message>
        <source>must be &quot;current&quot; or &quot;future&quot;</source>
        <translation>moet &quot;current&quot; of &quot;future&quot; zijn</translation>
    </message>
    <message>
        <source>must be &quot;frontstage&quot; or &quot;backstage&quot;</source>
        <translation>moet &quot;frontstage&quot; of &quot;backstage&quot; zijn</translation>
    </message>
    <message>
        <source>must be &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; or &quot;dropped&quot;</source>
        <translation>moet &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; of &quot;dropped&quot; zijn</translation>
    </message>
    <message>
        <source>must be &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; or &quot;other&quot;</source>
        <translation>moet &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; of &quot;other&quot; zijn</translation>
    </message>
    <message>
        <source>must be &quot;observed&quot;, &quot;reported&quot; or &quot;assumed&quot;</source>
        <translation>moet &quot;observed&quot;, &quot;reported&quot; of &quot;assumed&quot; zijn</translation>
    </message>
    <message>
        <source>must be &quot;{name}&quot;</source>
        <translation>moet &quot;{name}&quot; zijn</translation>
    </message>
    <message>
        <source>must be a BCP 47 language tag, e.g. &quot;en&quot;, &quot;nb-NO&quot; or &quot;pt-BR&quot;</source>
        <translation>moet een taalcode volgens BCP 47 zijn, bijv. &quot;en&quot;, &quot;nb-NO&quot; of &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, at the top level</source>
        <translation>moet op het hoogste niveau een JSON-object zijn, { ... }</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a journey</source>
        <translation>moet een JSON-object zijn, { ... }, dat een reis beschrijft</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a line</source>
        <translation>moet een JSON-object zijn, { ... }, dat een lijn beschrijft</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a persona</source>
        <translation>moet een JSON-object zijn, { ... }, dat een persona beschrijft</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a phase</source>
        <translation>moet een JSON-object zijn, { ... }, dat een fase beschrijft</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a quote</source>
        <translation>moet een JSON-object zijn, { ... }, dat een citaat beschrijft</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a station</source>
        <translation>moet een JSON-object zijn, { ... }, dat een station beschrijft</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an action</source>
        <translation>moet een JSON-object zijn, { ... }, dat een actie beschrijft</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an owner</source>
        <translation>moet een JSON-object zijn, { ... }, dat een eigenaar beschrijft</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the document</source>
        <translation>moet een JSON-object zijn, { ... }, dat het document beschrijft</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the workshop</source>
        <translation>moet een JSON-object zijn, { ... }, dat de workshop beschrijft</translation>
    </message>
    <message>
        <source>must be a colour written as &quot;#RRGGBB&quot;, e.g. &quot;{example}&quot;</source>
        <translation>moet een kleur zijn, geschreven als &quot;#RRGGBB&quot;, bijv. &quot;{example}&quot;</translation>
    </message>
    <message>
        <source>must be a date written as &quot;YYYY-MM-DD&quot;, e.g. &quot;2025-03-31&quot;</source>
        <translation>moet een datum zijn, geschreven als &quot;YYYY-MM-DD&quot;, bijv. &quot;2025-03-31&quot;</translation>
    </message>
    <message>
        <source>must be a finite number, not NaN or Infinity</source>
        <translation>moet een eindig getal zijn, geen NaN of Infinity</translation>
    </message>
    <message>
        <source>must be a format version this Journeyline reads, 1 to {newest}</source>
        <translation>moet een formaatversie zijn die deze Journeyline leest, 1 tot en met {newest}</translation>
    </message>
    <message>
        <source>must be a list of actions, [ ... ]</source>
        <translation>moet een lijst met acties zijn, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of journeys, [ ... ]</source>
        <translation>moet een lijst met reizen zijn, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of lines, [ ... ]</source>
        <translation>moet een lijst met lijnen zijn, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of owners, [ ... ]</source>
        <translation>moet een lijst met eigenaren zijn, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of personas, [ ... ]</source>
        <translation>moet een lijst met persona&apos;s zijn, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of phases, [ ... ]</source>
        <translation>moet een lijst met fasen zijn, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of quotes, [ ... ]</source>
        <translation>moet een lijst met citaten zijn, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of stations, [ ... ]</source>
        <translation>moet een lijst met stations zijn, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of text, [ ... ]</source>
        <translation>moet een lijst met tekst zijn, [ ... ]</translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation>moet een getal van {low} tot en met {high} zijn</translation>
    </message>
    <message>
        <source>must be a number of {low} or more</source>
        <translation>moet een getal van {low} of meer zijn</translation>
    </message>
    <message>
        <source>must be a real calendar date; there is no {value}</source>
        <translation>moet een bestaande datum zijn; {value} bestaat niet</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>must be an integer from {low} to {high}</source>
        <translation>moet een geheel getal van {low} tot en met {high} zijn</translation>
    </message>
    <message>
        <source>must be an integer of {low} or more</source>
        <translation>moet een geheel getal van {low} of meer zijn</translation>
    </message>
    <message>
        <source>must be at most {max} characters long (it has {length})</source>
        <translation>mag hoogstens {max} tekens lang zijn (het heeft er {length})</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <source>must be text of 1 to {max} characters</source>
        <translation>moet tekst van 1 tot en met {max} tekens zijn</translation>
    </message>
    <message>
        <source>must be the id of a line</source>
        <translation>moet de id van een lijn zijn</translation>
    </message>
    <message>
        <source>must be the id of a persona</source>
        <translation>moet de id van een persona zijn</translation>
    </message>
    <message>
        <source>must be the id of a phase</source>
        <translation>moet de id van een fase zijn</translation>
    </message>
    <message>
        <source>must be the id of a station</source>
        <translation>moet de id van een station zijn</translation>
    </message>
    <message>
        <source>must be the id of an owner</source>
        <translation>moet de id van een eigenaar zijn</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>moet true of false zijn</translation>
    </message>
    <message>
        <source>must contain at least one visible character, not only spaces or invisible ones</source>
        <translation>moet minstens één zichtbaar teken bevatten, niet alleen spaties of onzichtbare tekens</translation>
    </message>
    <message>
        <source>must have at least one journey</source>
        <translation>moet minstens één reis hebben</translation>
    </message>
    <message>
        <source>must have at least one line</source>
        <translation>moet minstens één lijn hebben</translation>
    </message>
    <message>
        <source>must have at least one phase</source>
        <translation>moet minstens één fase hebben</translation>
    </message>
    <message>
        <source>must have at most {max} items (it has {count})</source>
        <translation>mag hoogstens {max} items hebben (het heeft er {count})</translation>
    </message>
    <message>
        <source>must have at most {max} quotes (it has {count})</source>
        <translation>mag hoogstens {max} citaten hebben (het heeft er {count})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>this document is format version {version}, but this Journeyline reads format versions 1 to {newest} only</source>
        <translation>dit document heeft formaatversie {version}, maar deze Journeyline leest alleen formaatversies 1 tot en met {newest}</translation>
    </message>
    <message>
        <source>{value} is a line of another journey; use a line of this journey</source>
        <translation>{value} is een lijn van een andere reis; gebruik een lijn van deze reis</translation>
    </message>
    <message>
        <source>{value} is a phase of another journey; use a phase of this journey</source>
        <translation>{value} is een fase van een andere reis; gebruik een fase van deze reis</translation>
    </message>
    <message>
        <source>{value} is a station of another journey; use a station of this journey</source>
        <translation>{value} is een station van een andere reis; gebruik een station van deze reis</translation>
    </message>
    <message>
        <source>{value} is already used as the id at {place}; ids must be unique across the whole document</source>
        <translation>{value} wordt al als id gebruikt bij {place}; id&apos;s moeten in het hele document uniek zijn</translation>
    </message>
    <message>
        <source>{value} is not the id of a line of this journey</source>
        <translation>{value} is niet de id van een lijn van deze reis</translation>
    </message>
    <message>
        <source>{value} is not the id of a persona in this document</source>
        <translation>{value} is niet de id van een persona in dit document</translation>
    </message>
    <message>
        <source>{value} is not the id of a phase of this journey</source>
        <translation>{value} is niet de id van een fase van deze reis</translation>
    </message>
    <message>
        <source>{value} is not the id of a station of this journey</source>
        <translation>{value} is niet de id van een station van deze reis</translation>
    </message>
    <message>
        <source>{value} is not the id of an owner in this document</source>
        <translation>{value} is niet de id van een eigenaar in dit document</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation>Alle wijzigingen opgeslagen</translation>
    </message>
    <message>
        <source>Zoom (Ctrl and the mouse wheel, or pinch)</source>
        <translation>Zoom (Ctrl en het muiswiel, of knijpen)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <source>Owner: {name}</source>
        <translation>Eigenaar: {name}</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Emotie: {label} ({value})</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment van de waarheid</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pijnpunten</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Klantcitaten</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <source>No needs, pain points, quotes or ideas yet.</source>
        <translation>Nog geen behoeften, pijnpunten, citaten of ideeën.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No workshop open</source>
        <translation>Geen workshop geopend</translation>
    </message>
    <message>
        <source>Open a workshop file, or start a new one from a template.</source>
        <translation>Open een workshopbestand of begin een nieuw vanuit een sjabloon.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Nieuw vanuit sjabloon…</translation>
    </message>
    <message>
        <source>RECENT</source>
        <translation>RECENT</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Not stated</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Station title</source>
        <translation>Titel van het station</translation>
    </message>
    <message>
        <source>What the customer does here</source>
        <translation>Wat de klant hier doet</translation>
    </message>
    <message>
        <source>Website, phone, letter, store…</source>
        <translation>Website, telefoon, brief, winkel…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Add a need…</source>
        <translation>Behoefte toevoegen…</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nieuwe behoefte</translation>
    </message>
    <message>
        <source>Add the need</source>
        <translation>Behoefte toevoegen</translation>
    </message>
    <message>
        <source>Remove the need</source>
        <translation>Behoefte verwijderen</translation>
    </message>
    <message>
        <source>Add a pain point…</source>
        <translation>Pijnpunt toevoegen…</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Nieuw pijnpunt</translation>
    </message>
    <message>
        <source>Add the pain point</source>
        <translation>Pijnpunt toevoegen</translation>
    </message>
    <message>
        <source>Remove the pain point</source>
        <translation>Pijnpunt verwijderen</translation>
    </message>
    <message>
        <source>Ownership and evidence</source>
        <translation>Eigenaarschap en onderbouwing</translation>
    </message>
    <message>
        <source>A moment that decides how the customer feels about us</source>
        <translation>Een moment dat bepaalt hoe de klant over ons denkt</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Gap: rate performance and target to see it</source>
        <translation>Kloof: beoordeel prestatie en streefwaarde om hem te zien</translation>
    </message>
    <message>
        <source>Gap {gap}: performance is {gap} below target</source>
        <translation>Kloof {gap}: prestatie ligt {gap} onder de streefwaarde</translation>
    </message>
    <message>
        <source>No gap: performance meets the target</source>
        <translation>Geen kloof: prestatie haalt de streefwaarde</translation>
    </message>
    <message>
        <source>Ahead by {gap}: performance beats the target</source>
        <translation>{gap} voor: prestatie overtreft de streefwaarde</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>The classic eight phases, from awareness to advocacy; frontstage and backstage lines.</source>
        <translation>De klassieke acht fasen, van bekendheid tot aanbeveling; lijnen zichtbaar voor de klant en achter de schermen.</translation>
    </message>
    <message>
        <source>A new customer&apos;s first 90 days, with placeholder stations to fill in together.</source>
        <translation>De eerste 90 dagen van een nieuwe klant, met voorbeeldstations om samen in te vullen.</translation>
    </message>
    <message>
        <source>One phase and one line: draw the journey from scratch.</source>
        <translation>Eén fase en één lijn: teken de reis vanaf nul.</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Lege kaart</translation>
    </message>
    <message>
        <source>New workshop from template</source>
        <translation>Nieuwe workshop vanuit sjabloon</translation>
    </message>
    <message>
        <source>Start a new workshop file from one of these templates.</source>
        <translation>Begin een nieuw workshopbestand vanuit een van deze sjablonen.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Kies waar u wilt opslaan…</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>New station</source>
        <translation>Nieuw station</translation>
    </message>
    <message>
        <source>A customer activity</source>
        <translation>Een klantactiviteit</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nieuwe lijn</translation>
    </message>
    <message>
        <source>Drag onto the map to add it there, or click to add it at the selection</source>
        <translation>Sleep naar de kaart om daar toe te voegen, of klik om bij de selectie toe te voegen</translation>
    </message>
    <message>
        <source>A stage, left to right</source>
        <translation>Een fase, van links naar rechts</translation>
    </message>
    <message>
        <source>A channel or process</source>
        <translation>Een kanaal of proces</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <source>Welcome to Journeyline</source>
        <translation>Welkom bij Journeyline</translation>
    </message>
    <message>
        <source>Build the map</source>
        <translation>Bouw de kaart</translation>
    </message>
    <message>
        <source>Drag a phase, a line or a station from the palette onto the canvas.</source>
        <translation>Sleep een fase, een lijn of een station uit het palet naar het canvas.</translation>
    </message>
    <message>
        <source>Edit a station</source>
        <translation>Een station bewerken</translation>
    </message>
    <message>
        <source>Select it and fill in the properties panel; double-click it to rename it.</source>
        <translation>Selecteer het en vul het eigenschappenpaneel in; dubbelklik om de naam te wijzigen.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenteren</translation>
    </message>
    <message>
        <source>Press F5 to show the map full screen to the room; Esc comes back.</source>
        <translation>Druk op F5 om de kaart schermvullend aan de groep te tonen; Esc keert terug.</translation>
    </message>
    <message>
        <source>Hand it over</source>
        <translation>Overdragen</translation>
    </message>
    <message>
        <source>File ▸ Export makes the PDF poster and the Excel action list.</source>
        <translation>Bestand ▸ Exporteren maakt de PDF-poster en de Excel-actielijst.</translation>
    </message>
    <message>
        <source>Every change is saved in the workshop file the moment you make it. Help ▸ Welcome card shows this card again.</source>
        <translation>Elke wijziging wordt direct in het workshopbestand opgeslagen. Help ▸ Welkomstkaart toont deze kaart opnieuw.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Begrepen</translation>
    </message>
</context>
<context>
    <name>WindowPanels</name>
    <message>
        <source>Click the station for “{}” on the map · Esc cancels</source>
        <translation>Klik op het station voor ‘{}’ op de kaart · Esc annuleert</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Reizen</translation>
    </message>
    <message>
        <source>Open a workshop to see its journeys.</source>
        <translation>Open een workshop om de reizen te zien.</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Reizen</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persona’s</translation>
    </message>
    <message>
        <source>Open a workshop to see its personas.</source>
        <translation>Open een workshop om de persona’s te zien.</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Persona’s</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Eigenaren</translation>
    </message>
    <message>
        <source>Open a workshop to see its owners.</source>
        <translation>Open een workshop om de eigenaren te zien.</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Eigenaren</translation>
    </message>
    <message>
        <source>Action board</source>
        <translation>Actiebord</translation>
    </message>
    <message>
        <source>Open a workshop to see its actions.</source>
        <translation>Open een workshop om de acties te zien.</translation>
    </message>
    <message>
        <source>&amp;Action board</source>
        <translation>&amp;Actiebord</translation>
    </message>
    <message>
        <source>Effort/value matrix</source>
        <translation>Matrix inspanning/waarde</translation>
    </message>
    <message>
        <source>Open a workshop to see its priorities.</source>
        <translation>Open een workshop om de prioriteiten te zien.</translation>
    </message>
    <message>
        <source>&amp;Effort/value matrix</source>
        <translation>&amp;Matrix inspanning/waarde</translation>
    </message>
    <message>
        <source>Show the panel “{title}” ({shortcut})</source>
        <translation>Het paneel ‘{title}’ tonen ({shortcut})</translation>
    </message>
    <message>
        <source>Show the panel “{title}”</source>
        <translation>Het paneel ‘{title}’ tonen</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Dat station bestaat niet meer.</translation>
    </message>
    <message>
        <source>Linked “{title}” to the station “{title_}”</source>
        <translation>‘{title}’ gekoppeld aan het station ‘{title_}’</translation>
    </message>
    <message>
        <source>That is not a station: click a station on the map · Esc cancels</source>
        <translation>Dat is geen station: klik op een station op de kaart · Esc annuleert</translation>
    </message>
    <message>
        <source>The matrix is on the projector; F6 brings it back.</source>
        <translation>De matrix staat op de projector; F6 haalt hem terug.</translation>
    </message>
    <message>
        <source>Close the panel “{title}”</source>
        <translation>Het paneel ‘{title}’ sluiten</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Workshopgegevens</translation>
    </message>
    <message>
        <source>Name of the workshop or engagement</source>
        <translation>Naam van de workshop of opdracht</translation>
    </message>
    <message>
        <source>The client company</source>
        <translation>Het bedrijf van de klant</translation>
    </message>
    <message>
        <source>Target group in focus</source>
        <translation>Doelgroep in beeld</translation>
    </message>
    <message>
        <source>e.g. Lower customer departures</source>
        <translation>bijv. Minder klanten die vertrekken</translation>
    </message>
    <message>
        <source>The workshop&apos;s language: its exports (poster, action list) are in this language. Another language tag (nb-NO, de-CH, pt-BR) may be typed; exports in a language Journeyline does not speak are in English.</source>
        <translation>De taal van de workshop: de exports (poster, actielijst) zijn in deze taal. U kunt een andere taalcode typen (nb-NO, de-CH, pt-BR); exports in een taal die Journeyline niet spreekt, zijn in het Engels.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>Business &amp;goal:</source>
        <translation>Bedrijfs&amp;doel:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notities:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
</TS>
