<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
    <message>
        <source>{file} cannot be used: {problems}; nothing was changed.</source>
        <translation>{file} kan niet worden gebruikt: {problems}; er is niets gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n probleem</numerusform>
            <numerusform>%n problemen</numerusform>
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
        <source>… and {n} more (see Show Details).</source>
        <translation>… en nog {n} (zie Details tonen).</translation>
    </message>
    <message>
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Bijgewerkt vanuit {file}: {changes}, {new}, {owners}.</translation>
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
        <source>Open from li&amp;brary…</source>
        <translation>Openen uit &amp;bibliotheek…</translation>
    </message>
    <message>
        <source>Find a published map or search across every map in the library</source>
        <translation>Zoek een gepubliceerde kaart of zoek in alle kaarten van de bibliotheek</translation>
    </message>
    <message>
        <source>P&amp;ublish to library…</source>
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
        <source>Save a &amp;copy…</source>
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
        <translation>K&amp;nippen</translation>
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
        <translation>&amp;Voorkeuren…</translation>
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
        <translation>Kaart &amp;passend maken</translation>
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
        <source>Show o&amp;wners</source>
        <translation>&amp;Eigenaren tonen</translation>
    </message>
    <message>
        <source>Show the emotion &amp;curve</source>
        <translation>&amp;Emotiecurve tonen</translation>
    </message>
    <message>
        <source>Show the map &amp;title</source>
        <translation>Kaart&amp;titel tonen</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panelen</translation>
    </message>
    <message>
        <source>&amp;Compare today and future…</source>
        <translation>&amp;Vergelijk nu en straks…</translation>
    </message>
    <message>
        <source>Today&apos;s and the future journey one above the other</source>
        <translation>De huidige en de toekomstige reis boven elkaar</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentatiemodus</translation>
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
    <name>Fields</name>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
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
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
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
        <source>Frustrations</source>
        <translation>Frustraties</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
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
        <translation>Soort</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
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
        <source>Needs</source>
        <translation>Behoeften</translation>
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
        <source>Observation</source>
        <translation>Observatie</translation>
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
        <source>Pain points</source>
        <translation>Pijnpunten</translation>
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
        <source>Quote</source>
        <translation>Citaat</translation>
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
        <source>Segment</source>
        <translation>Segment</translation>
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
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
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
        <translation>doel</translation>
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
    <name>LibraryBrowser</name>
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
        <source>template</source>
        <translation>sjabloon</translation>
    </message>
    <message>
        <source>map</source>
        <translation>kaart</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the %3 in %4.</source>
        <translation>‘%1’ gepubliceerd als versie %2 van de %3 in %4.</translation>
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
        <source>Journeyline now uses %1.</source>
        <translation>Journeyline gebruikt nu %1.</translation>
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
    <name>PersonaDialog</name>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Kleur:</translation>
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
        <source>Show the station alone</source>
        <translation>Toon het station alleen</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Selecteer een station en druk op Enter om het alleen te tonen</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>Publiceren in bibliotheek</translation>
    </message>
    <message>
        <source>Publish “%1” to %2.</source>
        <translation>‘%1’ publiceren in %2.</translation>
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
    <name>WelcomeOverlay</name>
    <message>
        <source>Got it</source>
        <translation>Begrepen</translation>
    </message>
</context>
</TS>
