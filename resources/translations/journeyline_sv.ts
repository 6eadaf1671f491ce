<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Journeyline uses Qt unmodified, as shared libraries that can be replaced with another build of the same version.</source>
        <translation>Journeyline använder Qt oförändrat, som delade bibliotek som kan ersättas med en annan version av samma utgåva.</translation>
    </message>
    <message>
        <source>Used by ReportLab.</source>
        <translation>Används av ReportLab.</translation>
    </message>
    <message>
        <source>Journeyline bundles the following software.</source>
        <translation>Journeyline levereras med följande programvara.</translation>
    </message>
    <message>
        <source>The DejaVu Sans font (resources/fonts):</source>
        <translation>Typsnittet DejaVu Sans (resources/fonts):</translation>
    </message>
    <message>
        <source>DejaVu fonts licence: {url}</source>
        <translation>Licens för DejaVu-typsnitten: {url}</translation>
    </message>
    <message>
        <source>The Noto Emoji font (resources/fonts):</source>
        <translation>Typsnittet Noto Emoji (resources/fonts):</translation>
    </message>
    <message>
        <source>Noto Emoji font licence: {url}</source>
        <translation>Licens för typsnittet Noto Emoji: {url}</translation>
    </message>
    <message>
        <source>Libraries:</source>
        <translation>Bibliotek:</translation>
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
        <translation>Kundresekartor, ritade som tunnelbanekartor, för workshoppar.</translation>
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
        <translation>Lägg till förbättringsidé…</translation>
    </message>
    <message>
        <source>Add an idea to the journey on the map (Insert)</source>
        <translation>Lägg till en idé i resan på kartan (Insert)</translation>
    </message>
    <message>
        <source>Show station</source>
        <translation>Visa station</translation>
    </message>
    <message>
        <source>Show the action&apos;s station on the map (Ctrl+Return)</source>
        <translation>Visa åtgärdens station på kartan (Ctrl+Retur)</translation>
    </message>
    <message>
        <source>Pick station on map</source>
        <translation>Välj station på kartan</translation>
    </message>
    <message>
        <source>Link the action to a station you click on the map (Ctrl+L)</source>
        <translation>Koppla åtgärden till en station du klickar på på kartan (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected actions (Delete)</source>
        <translation>Ta bort markerade åtgärder (Delete)</translation>
    </message>
    <message>
        <source>Show station on the map</source>
        <translation>Visa stationen på kartan</translation>
    </message>
    <message>
        <source>Link to station…</source>
        <translation>Koppla till station…</translation>
    </message>
    <message>
        <source>Pick station on the map</source>
        <translation>Välj station på kartan</translation>
    </message>
    <message>
        <source>Unlink station</source>
        <translation>Koppla bort station</translation>
    </message>
</context>
<context>
    <name>ActionFilters</name>
    <message>
        <source>Search actions (Ctrl+F)</source>
        <translation>Sök åtgärder (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Sök åtgärder</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Resa</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
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
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Resa:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Fas:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ansvarig:</translation>
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
        <translation>Alla resor</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Resan på kartan</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Alla faser</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alla ansvariga</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ingen ansvarig</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alla prioriteter</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown} av %n åtgärd</numerusform>
            <numerusform>{shown} av %n åtgärder</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>{file} cannot be used: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>{file} kan inte användas: %n problem; inget ändrades.</numerusform>
            <numerusform>{file} kan inte användas: %n problem; inget ändrades.</numerusform>
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
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Uppdaterad från {file}: {changes}, {new}, {owners}.</translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>No owner</source>
        <translation>Ingen ansvarig</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Ingen station</translation>
    </message>
    <message>
        <source>Quick wins first, then big bets, fill-ins, time sinks, unrated</source>
        <translation>Snabba vinster först, sedan stora satsningar, utfyllnad, tidstjuvar, ej bedömda</translation>
    </message>
    <message>
        <source>{column} (F2 or double-click to edit)</source>
        <translation>{column} (F2 eller dubbelklicka för att redigera)</translation>
    </message>
    <message>
        <source>Not linked to a station (F2 to choose, Ctrl+L to pick on the map)</source>
        <translation>Inte kopplad till någon station (F2 för att välja, Ctrl+L för att peka ut på kartan)</translation>
    </message>
    <message>
        <source>{station}
Double-click or Ctrl+Return: show on the map</source>
        <translation>{station}
Dubbelklicka eller Ctrl+Retur: visa på kartan</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Försenad sedan {date}</translation>
    </message>
    <message>
        <source>Effort {n}: {word}</source>
        <translation>Insats {n}: {word}</translation>
    </message>
    <message>
        <source>Value {n}: {word}</source>
        <translation>Värde {n}: {word}</translation>
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
        <translation>Insats</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Resa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
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
        <source>&amp;Import JSON document…</source>
        <translation>Importera &amp;JSON-dokument…</translation>
    </message>
    <message>
        <source>Make a new workshop file from a JSON interchange document</source>
        <translation>Skapa en ny workshopfil av ett JSON-dokument i utbytesformatet</translation>
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
        <source>Publis&amp;h to library…</source>
        <translation>&amp;Publicera i biblioteket…</translation>
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
        <source>Save a cop&amp;y…</source>
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
        <translation>Exportera P&amp;DF-affisch…</translation>
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
        <translation>Klistra i&amp;n</translation>
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
        <source>Show &amp;pain points</source>
        <translation>Visa &amp;smärtpunkter</translation>
    </message>
    <message>
        <source>Show i&amp;deas</source>
        <translation>Visa i&amp;déer</translation>
    </message>
    <message>
        <source>A mark with the number of improvement ideas of each station; their titles when the pointer rests on it</source>
        <translation>Ett märke med antalet förbättringsidéer för varje station; deras titlar när pekaren vilar på det</translation>
    </message>
    <message>
        <source>Show &amp;quotes</source>
        <translation>Visa &amp;citat</translation>
    </message>
    <message>
        <source>Show o&amp;wners</source>
        <translation>Visa a&amp;nsvariga</translation>
    </message>
    <message>
        <source>Show fi&amp;gures</source>
        <translation>Visa si&amp;ffror</translation>
    </message>
    <message>
        <source>Day, customers, duration and drop-off under each station</source>
        <translation>Dag, kunder, varaktighet och bortfall under varje station</translation>
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
        <source>Foc&amp;us on the map</source>
        <translation>F&amp;okusera på kartan</translation>
    </message>
    <message>
        <source>Hide every panel so the map has the whole window; the same again brings them back (Ctrl+Shift+H)</source>
        <translation>Dölj alla paneler så att kartan får hela fönstret; samma sak igen tar tillbaka dem (Ctrl+Skift+H)</translation>
    </message>
    <message>
        <source>Pane&amp;ls</source>
        <translation>&amp;Paneler</translation>
    </message>
    <message>
        <source>Compa&amp;re today and future…</source>
        <translation>&amp;Jämför i dag och framtid…</translation>
    </message>
    <message>
        <source>Today&apos;s and the future journey one above the other</source>
        <translation>Dagens och den framtida resan ovanför varandra</translation>
    </message>
    <message>
        <source>Presentation &amp;mode</source>
        <translation>P&amp;resentationsläge</translation>
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
    <name>CanvasMenus</name>
    <message>
        <source>Add station here</source>
        <translation>Lägg till station här</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Lägg till fas</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lägg till linje</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Klistra in</translation>
    </message>
    <message>
        <source>Select all stations</source>
        <translation>Markera alla stationer</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Sanningens ögonblick</translation>
    </message>
    <message>
        <source>Add improvement idea…</source>
        <translation>Lägg till förbättringsidé…</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Ta bort fas</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Ta bort linje</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Färg…</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Standardfärg</translation>
    </message>
    <message>
        <source>Add phase before</source>
        <translation>Lägg till fas före</translation>
    </message>
    <message>
        <source>Add phase after</source>
        <translation>Lägg till fas efter</translation>
    </message>
    <message>
        <source>Add line above</source>
        <translation>Lägg till linje ovanför</translation>
    </message>
    <message>
        <source>Add line below</source>
        <translation>Lägg till linje nedanför</translation>
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
        <translation>Annan färg…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Välj en färg</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <source>Custom colour</source>
        <translation>Egen färg</translation>
    </message>
    <message>
        <source>Custom colour ({code})</source>
        <translation>Egen färg ({code})</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>Emotion, today and in the future</source>
        <translation>Känsla, i dag och i framtiden</translation>
    </message>
    <message>
        <source>▲ {change} better</source>
        <translation>▲ {change} bättre</translation>
    </message>
    <message>
        <source>▼ {change} worse</source>
        <translation>▼ {change} sämre</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= ingen förändring</translation>
    </message>
    <message>
        <source>{name}: average {value}</source>
        <translation>{name}: medel {value}</translation>
    </message>
    <message>
        <source>{name}: not assessed</source>
        <translation>{name}: inte bedömd</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Import JSON document</source>
        <translation>Importera JSON-dokument</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Spara den importerade workshoppen som</translation>
    </message>
    <message>
        <source>The document could not be imported</source>
        <translation>Dokumentet kunde inte importeras</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add action {name}</source>
        <translation>Lägg till åtgärd {name}</translation>
    </message>
    <message>
        <source>Add journey {name}</source>
        <translation>Lägg till resa {name}</translation>
    </message>
    <message>
        <source>Add line {name}</source>
        <translation>Lägg till linje {name}</translation>
    </message>
    <message>
        <source>Add owner {name}</source>
        <translation>Lägg till ansvarig {name}</translation>
    </message>
    <message>
        <source>Add persona {name}</source>
        <translation>Lägg till persona {name}</translation>
    </message>
    <message>
        <source>Add phase {name}</source>
        <translation>Lägg till fas {name}</translation>
    </message>
    <message>
        <source>Add station {name}</source>
        <translation>Lägg till station {name}</translation>
    </message>
    <message numerus="yes">
        <source>Clear moment of truth of %n station(s)</source>
        <translation>
            <numerusform>Ta bort sanningens ögonblick från station</numerusform>
            <numerusform>Ta bort sanningens ögonblick från %n stationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Ta bort åtgärd</numerusform>
            <numerusform>Ta bort %n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation>
            <numerusform>Ta bort linje</numerusform>
            <numerusform>Ta bort %n linjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phase(s)</source>
        <translation>
            <numerusform>Ta bort fas</numerusform>
            <numerusform>Ta bort %n faser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n station(s)</source>
        <translation>
            <numerusform>Ta bort station</numerusform>
            <numerusform>Ta bort %n stationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Ta bort resa</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Ta bort linje</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Ta bort ansvarig</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Ta bort persona</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Ta bort fas</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Utforma den framtida resan</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n station(s)</source>
        <translation>
            <numerusform>Duplicera station</numerusform>
            <numerusform>Duplicera %n stationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit action {field}</source>
        <translation>Redigera {field}</translation>
    </message>
    <message>
        <source>Edit journey&apos;s {field}</source>
        <translation>Redigera {field}</translation>
    </message>
    <message>
        <source>Edit line {field}</source>
        <translation>Redigera {field}</translation>
    </message>
    <message>
        <source>Edit owner&apos;s {field}</source>
        <translation>Redigera {field}</translation>
    </message>
    <message>
        <source>Edit persona&apos;s {field}</source>
        <translation>Redigera {field}</translation>
    </message>
    <message>
        <source>Edit phase {field}</source>
        <translation>Redigera {field}</translation>
    </message>
    <message>
        <source>Edit station {field}</source>
        <translation>Redigera {field}</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Redigera workshopens uppgifter</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n station(s) as moment of truth</source>
        <translation>
            <numerusform>Markera station som sanningens ögonblick</numerusform>
            <numerusform>Markera %n stationer som sanningens ögonblick</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge owners</source>
        <translation>Slå ihop ansvariga</translation>
    </message>
    <message numerus="yes">
        <source>Move %n station(s)</source>
        <translation>
            <numerusform>Flytta station</numerusform>
            <numerusform>Flytta %n stationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Move line to backstage</source>
        <translation>Flytta linjen bakom kulisserna</translation>
    </message>
    <message>
        <source>Move line to frontstage</source>
        <translation>Gör linjen synlig för kunden</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n station(s)</source>
        <translation>
            <numerusform>Klistra in station</numerusform>
            <numerusform>Klistra in %n stationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename station</source>
        <translation>Byt namn på station</translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation>Ändra ordning på resor</translation>
    </message>
    <message>
        <source>Reorder lines</source>
        <translation>Ändra ordning på linjer</translation>
    </message>
    <message>
        <source>Reorder phases</source>
        <translation>Ändra ordning på faser</translation>
    </message>
    <message numerus="yes">
        <source>Set emotion of %n station(s)</source>
        <translation>
            <numerusform>Ange känsla för station</numerusform>
            <numerusform>Ange känsla för %n stationer</numerusform>
        </translation>
    </message>
    <message>
        <source>Set owner to new {name}</source>
        <translation>Ange ny ansvarig {name}</translation>
    </message>
    <message>
        <source>Update from {file}</source>
        <translation>Uppdatera från {file}</translation>
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
        <translation>Inte bedömd</translation>
    </message>
    <message>
        <source>The room has not judged this moment yet</source>
        <translation>Rummet har inte bedömt det här ögonblicket än</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Inte bedömd än</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the {label} as</source>
        <translation>Exportera {label} som</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>&amp;All journeys</source>
        <translation>&amp;Alla resor</translation>
    </message>
    <message>
        <source>O&amp;ne:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Resa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Resor:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Spara som:</translation>
    </message>
    <message>
        <source>An image shows one journey&apos;s map</source>
        <translation>En bild visar en resas karta</translation>
    </message>
    <message>
        <source>Every journey&apos;s map</source>
        <translation>Kartan för varje resa</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <source>“{name}” already exists in “{folder}”. Replace it?</source>
        <translation>”{name}” finns redan i ”{folder}”. Vill du ersätta den?</translation>
    </message>
</context>
<context>
    <name>ExportNotices</name>
    <message>
        <source>No installed font has the character {characters}, so it shows as an empty box. Install a font that has it (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Inget installerat typsnitt har tecknet {characters}, så det visas som en tom ruta. Installera ett typsnitt som har det (t.ex. Noto Sans CJK eller Droid Sans Fallback som TrueType) och exportera igen.</translation>
    </message>
    <message>
        <source>No installed font has these {count} characters, so they show as empty boxes: {characters}. Install a font that has them (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Inget installerat typsnitt har dessa {count} tecken, så de visas som tomma rutor: {characters}. Installera ett typsnitt som har dem (t.ex. Noto Sans CJK eller Droid Sans Fallback som TrueType) och exportera igen.</translation>
    </message>
    <message>
        <source>The map of {journey} is printed at {percent}% on {paper}: its smallest text is {size} pt. Choose a larger paper for print; on screen it can be zoomed.</source>
        <translation>Kartan över {journey} skrivs ut i {percent} % på {paper}: dess minsta text är {size} pt. Välj ett större papper för utskrift; på skärmen går den att zooma.</translation>
    </message>
    <message>
        <source>The map of {journey} is too large for the chosen resolution; it was drawn at {dpi} dpi instead. Use the PDF or SVG for a sharper copy.</source>
        <translation>Kartan över {journey} är för stor för den valda upplösningen; den ritades i stället med {dpi} dpi. Använd PDF eller SVG för en skarpare kopia.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting the {label} “{name}”…</source>
        <translation>Exporterar {label} ”{name}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exporten är klar</translation>
    </message>
    <message>
        <source>Exported {what}.</source>
        <translation>Exporterade {what}.</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>I {folder}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Visa i mappen</translation>
    </message>
    <message numerus="yes">
        <source>Please check %n note(s):</source>
        <translation>
            <numerusform>Kontrollera %n anmärkning:</numerusform>
            <numerusform>Kontrollera %n anmärkningar:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Siffror</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papper:</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Citat</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Upplösning:</translation>
    </message>
    <message>
        <source>150 dpi suits slides; 300 dpi suits print</source>
        <translation>150 dpi passar för bilder i presentationer; 300 dpi passar för tryck</translation>
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
        <translation>A4-ark att tejpa ihop</translation>
    </message>
    <message>
        <source>A4 · 210 × 297 mm</source>
        <translation>A4 · 210 × 297 mm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Actions, stations and owners as sheets, to plan the follow-up.</source>
        <translation>Åtgärder, stationer och ansvariga som blad, för att planera uppföljningen.</translation>
    </message>
    <message>
        <source>As View ▸ Show… has it; a change here is for this export only</source>
        <translation>Som i Visa ▸ Visa …; en ändring här gäller bara den här exporten</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Antaget</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Bakom kulisserna</translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation>Stor satsning</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Svart</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blå</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Blågrön</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Brons</translation>
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
        <source>Dark brown</source>
        <translation>Mörkbrun</translation>
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
        <source>Doing</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
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
        <source>Dropped</source>
        <translation>Struken</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
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
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Excel action list</source>
        <translation>Åtgärdslista i Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>Utfyllnad</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Synligt för kunden</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationer</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Framtid</translation>
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
        <translation>Betydelse</translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>JSON-dokument</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>JSON-dokument (*.json)</translation>
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
        <translation>Typ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Letter sheets, to tape together</source>
        <translation>Letter-ark att tejpa ihop</translation>
    </message>
    <message>
        <source>Letter · 8.5 × 11 in</source>
        <translation>Letter · 8,5 × 11 tum</translation>
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
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>O&amp;wners</source>
        <translation>&amp;Ansvariga</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observerat</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a drawing that stays sharp at any size.</source>
        <translation>En resas karta som en ritning som förblir skarp i alla storlekar.</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a picture, for slides and documents.</source>
        <translation>En resas karta som en bild, för presentationer och dokument.</translation>
    </message>
    <message>
        <source>One sheet of that size</source>
        <translation>Ett ark i den storleken</translation>
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
        <source>PDF poster</source>
        <translation>PDF-affisch</translation>
    </message>
    <message>
        <source>PDF posters (*.pdf)</source>
        <translation>PDF-affischer (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-bild</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Pain po&amp;ints</source>
        <translation>&amp;Smärtpunkter</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Smärtpunkter</translation>
    </message>
    <message>
        <source>Pale blue</source>
        <translation>Ljusblå</translation>
    </message>
    <message>
        <source>Pale green</source>
        <translation>Ljusgrön</translation>
    </message>
    <message>
        <source>Pale grey</source>
        <translation>Ljusgrå</translation>
    </message>
    <message>
        <source>Pale lavender</source>
        <translation>Ljus lavendel</translation>
    </message>
    <message>
        <source>Pale peach</source>
        <translation>Ljus persika</translation>
    </message>
    <message>
        <source>Pale pink</source>
        <translation>Ljusrosa</translation>
    </message>
    <message>
        <source>Pale turquoise</source>
        <translation>Ljusturkos</translation>
    </message>
    <message>
        <source>Pale yellow</source>
        <translation>Ljusgul</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Prestation</translation>
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
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Print &amp;on:</source>
        <translation>Skriv &amp;ut på:</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Snabb vinst</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Rödlila</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapporterat</translation>
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
        <source>S&amp;how:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-bild</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-bilder (*.svg)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Himmelsblå</translation>
    </message>
    <message>
        <source>Slate grey</source>
        <translation>Skiffergrå</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
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
        <translation>Berättelse</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Supportärende</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>Tabloid · 11 × 17 in</source>
        <translation>Tabloid · 11 × 17 tum</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <source>The map, the action list and the station details, ready to print.</source>
        <translation>Kartan, åtgärdslistan och stationernas detaljer, klara att skriva ut.</translation>
    </message>
    <message>
        <source>The whole workshop as an interchange document, to import elsewhere.</source>
        <translation>Hela workshopen som utbytesdokument, att importera någon annanstans.</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>Workshopens språk</translation>
    </message>
    <message>
        <source>Time sink</source>
        <translation>Tidstjuv</translation>
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
        <translation>Ej bedömd</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Vermilion</source>
        <translation>Cinnober</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Mycket negativ</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>Mycket positiv</translation>
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
        <source>details</source>
        <translation>uppgifter</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation>bortfall</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>sista datum</translation>
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
        <translation>underlag</translation>
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
        <translation>betydelse</translation>
    </message>
    <message>
        <source>journey state</source>
        <translation>resans läge</translation>
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
        <translation>prestation</translation>
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
        <translation>målnivå</translation>
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
    <name>FileProblems</name>
    <message>
        <source>Another program is writing to the library “{library}”; try again in a moment. Nothing was changed.</source>
        <translation>Ett annat program skriver till biblioteket ”{library}”; försök igen om en stund. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop (“{exported}”); nothing was changed.</source>
        <translation>Ingen av de {count} åtgärderna i {file} finns i denna workshop: listan exporterades från en annan workshop (”{exported}”); ingenting ändrades.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop; nothing was changed.</source>
        <translation>Ingen av de {count} åtgärderna i {file} finns i denna workshop: listan exporterades från en annan workshop; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Row {row}: the new action “{title}” gets no owner, as “{needed}” is not created.</source>
        <translation>Rad {row}: den nya åtgärden ”{title}” får ingen ansvarig, eftersom ”{needed}” inte skapas.</translation>
    </message>
    <message>
        <source>Row {row}: the {field} of “{action}” was changed both in the list (to {listed}) and in the workshop since the export (to {current}); the list&apos;s value is the one applied.</source>
        <translation>Rad {row}: fältet ”{field}” för ”{action}” ändrades både i listan (till {listed}) och i workshoppen efter exporten (till {current}); listans värde är det som används.</translation>
    </message>
    <message>
        <source>Row {row}: “{action}” keeps its owner {owner}, as “{needed}” is not created.</source>
        <translation>Rad {row}: ”{action}” behåller sin ansvarige {owner}, eftersom ”{needed}” inte skapas.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has no “{header}” column (row {row} is its header), so every action keeps its {field}.</source>
        <translation>Bladet ”{sheet}” har ingen kolumn ”{header}” (rad {row} är dess rubrikrad), så varje åtgärd behåller fältet ”{field}”.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} has no action key: it is taken as the action “{title}” of the workshop, which has the same title.</source>
        <translation>Bladet ”{sheet}”, rad {row} har ingen åtgärdsnyckel: den tas som workshoppens åtgärd ”{title}”, som har samma titel.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} holds only formulas (a totals row?), so it is not read as an action.</source>
        <translation>Bladet ”{sheet}”, rad {row} innehåller bara formler (en summarad?), så den läses inte som en åtgärd.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} is a new action, but the sheet has no “{header}” column to give it a title.</source>
        <translation>Bladet ”{sheet}”, rad {row} är en ny åtgärd, men bladet har ingen kolumn ”{header}” som ger den en titel.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} names no journey: the list needs a “{header}” column naming the journey of the new action ({journeys}).</source>
        <translation>Bladet ”{sheet}”, rad {row} anger ingen resa: listan behöver en kolumn ”{header}” som anger den nya åtgärdens resa ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the Excel error “{value}”.</source>
        <translation>Bladet ”{sheet}”, rad {row}, kolumn {column} ({header}) innehåller Excel-felet ”{value}”.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}” with no value computed by Excel: it is read as that text, never run.</source>
        <translation>Bladet ”{sheet}”, rad {row}, kolumn {column} ({header}) innehåller formeln ”{formula}” utan något värde beräknat av Excel: den läses som den texten och körs aldrig.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}”: its value as Excel last showed it, “{value}”, is read.</source>
        <translation>Bladet ”{sheet}”, rad {row}, kolumn {column} ({header}) innehåller formeln ”{formula}”: dess värde som Excel senast visade det, ”{value}”, läses.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, the name of {count} journeys: rename one of them in Journeyline first.</source>
        <translation>Bladet ”{sheet}”, rad {row}, kolumn {column} ({header}) innehåller ”{name}”, namnet på {count} resor: byt namn på en av dem i Journeyline först.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, which is no journey of this workshop ({journeys}).</source>
        <translation>Bladet ”{sheet}”, rad {row}, kolumn {column} ({header}) innehåller ”{name}”, som inte är någon resa i denna workshop ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but no station has that title: the action&apos;s station is left as it is.</source>
        <translation>Bladet ”{sheet}”, rad {row}, kolumn {column} ({header}) innehåller ”{title}”, men ingen station har den titeln: åtgärdens station lämnas som den är.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but {count} stations have that title: the action&apos;s station is left as it is.</source>
        <translation>Bladet ”{sheet}”, rad {row}, kolumn {column} ({header}) innehåller ”{title}”, men {count} stationer har den titeln: åtgärdens station lämnas som den är.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”, which is not an action key Journeyline wrote: clear that hidden cell to add the row as a new action.</source>
        <translation>Bladet ”{sheet}”, rad {row}, kolumn {column} ({header}) innehåller ”{value}”, som inte är en åtgärdsnyckel som Journeyline skrev: töm den dolda cellen för att lägga till raden som en ny åtgärd.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”.</source>
        <translation>Bladet ”{sheet}”, rad {row}, kolumn {column} ({header}) innehåller ”{value}”.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty.</source>
        <translation>Bladet ”{sheet}”, rad {row}, kolumn {column} ({header}) är tom.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: name the journey of the new action ({journeys}).</source>
        <translation>Bladet ”{sheet}”, rad {row}, kolumn {column} ({header}) är tom: ange den nya åtgärdens resa ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: the status of “{action}” stays “{status}”.</source>
        <translation>Bladet ”{sheet}”, rad {row}, kolumn {column} ({header}) är tom: statusen för ”{action}” förblir ”{status}”.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: its action is no longer in the workshop (deleted after the export?), so the row is left out.</source>
        <translation>Bladet ”{sheet}”, rad {row}: dess åtgärd finns inte längre i workshoppen (borttagen efter exporten?), så raden utelämnas.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: the “{header}” column names “{named}”, but the action is in “{actual}”, where it stays.</source>
        <translation>Bladet ”{sheet}”, rad {row}: kolumnen ”{header}” anger ”{named}”, men åtgärden ligger i ”{actual}”, där den stannar.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, rows {first} and {second} carry the same hidden action key in column {column}: one row was copied from the other, so clear that cell in the copy to add it as a new action.</source>
        <translation>Bladet ”{sheet}”, raderna {first} och {second} har samma dolda åtgärdsnyckel i kolumn {column}: en rad kopierades från den andra, så töm den cellen i kopian för att lägga till den som en ny åtgärd.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, {count} rows ({rows}): the “{header}” column names “{named}”, but the actions are in “{actual}”, where they stay.</source>
        <translation>Bladet ”{sheet}”, {count} rader ({rows}): kolumnen ”{header}” anger ”{named}”, men åtgärderna ligger i ”{actual}”, där de stannar.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved in {folder}: {reason}.</source>
        <translation>Valet av bibliotek kunde inte sparas i {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved. {problem}</source>
        <translation>Valet av bibliotek kunde inte sparas. {problem}</translation>
    </message>
    <message>
        <source>The connection to the library “{library}” was lost; nothing was changed.</source>
        <translation>Anslutningen till biblioteket ”{library}” bröts; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The copy {file} failed its check.</source>
        <translation>Kopian {file} klarade inte kontrollen.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be reached; nothing was changed.</source>
        <translation>Biblioteket ”{library}” kan inte nås; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be used: {module} is not installed.</source>
        <translation>Biblioteket ”{library}” kan inte användas: {module} är inte installerat.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: it is read-only; nothing was changed.</source>
        <translation>Det går inte att skriva till biblioteket ”{library}”: det är skrivskyddat; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: the disk is full; nothing was changed.</source>
        <translation>Det går inte att skriva till biblioteket ”{library}”: disken är full; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The library “{library}” could not be used: {reason}. Nothing was changed.</source>
        <translation>Biblioteket ”{library}” kunde inte användas: {reason}. Ingenting ändrades.</translation>
    </message>
    <message>
        <source>The library “{library}” is not set up for this Journeyline yet, and your database role may not set it up; ask the library&apos;s owner to run &apos;journeyline library setup&apos; once.</source>
        <translation>Biblioteket ”{library}” är ännu inte konfigurerat för denna Journeyline, och din databasroll får inte konfigurera det; be bibliotekets ägare att köra &apos;journeyline library setup&apos; en gång.</translation>
    </message>
    <message>
        <source>The library “{library}” was set up by a newer Journeyline; please update Journeyline to use it.</source>
        <translation>Biblioteket ”{library}” konfigurerades av en nyare Journeyline; uppdatera Journeyline för att använda det.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” has no such database; nothing was changed.</source>
        <translation>Servern för biblioteket ”{library}” har ingen sådan databas; ingenting ändrades.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” refused the sign-in (user or password); nothing was changed.</source>
        <translation>Servern för biblioteket ”{library}” avvisade inloggningen (användare eller lösenord); ingenting ändrades.</translation>
    </message>
    <message>
        <source>The workshop could not be prepared for export: {reason}.</source>
        <translation>Workshoppen kunde inte förberedas för export: {reason}.</translation>
    </message>
    <message>
        <source>Version {number} of “{title}” in the library “{library}” cannot be read: {place}: {rule}</source>
        <translation>Version {number} av ”{title}” i biblioteket ”{library}” kan inte läsas: {place}: {rule}</translation>
    </message>
    <message>
        <source>Your database role may not publish to the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Din databasroll får inte publicera i biblioteket ”{library}”: be bibliotekets ägare att ge den rättigheten; ingenting ändrades.</translation>
    </message>
    <message>
        <source>Your database role may not read the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Din databasroll får inte läsa biblioteket ”{library}”: be bibliotekets ägare att ge den rättigheten; ingenting ändrades.</translation>
    </message>
    <message>
        <source>action {id}</source>
        <translation>åtgärd {id}</translation>
    </message>
    <message>
        <source>binary data ({count} bytes)</source>
        <translation>binära data ({count} byte)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
    <message>
        <source>journey {id}</source>
        <translation>resa {id}</translation>
    </message>
    <message>
        <source>line {id}</source>
        <translation>linje {id}</translation>
    </message>
    <message>
        <source>owner {id}</source>
        <translation>ansvarig {id}</translation>
    </message>
    <message>
        <source>persona {id}</source>
        <translation>persona {id}</translation>
    </message>
    <message>
        <source>phase {id}</source>
        <translation>fas {id}</translation>
    </message>
    <message>
        <source>row {id} of the table {table}</source>
        <translation>rad {id} i tabellen {table}</translation>
    </message>
    <message>
        <source>station {id}</source>
        <translation>station {id}</translation>
    </message>
    <message>
        <source>the workshop record</source>
        <translation>workshoppens grunduppgifter</translation>
    </message>
    <message>
        <source>{file} already exists; it was not overwritten.</source>
        <translation>{file} finns redan; den skrevs inte över.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} actions, and a workshop holds at most {max}.</source>
        <translation>{file} kan inte öppnas: den innehåller {count} åtgärder, och en workshop rymmer högst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} journeys, and a workshop holds at most {max}.</source>
        <translation>{file} kan inte öppnas: den innehåller {count} resor, och en workshop rymmer högst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} lines, and a workshop holds at most {max}.</source>
        <translation>{file} kan inte öppnas: den innehåller {count} linjer, och en workshop rymmer högst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} owners, and a workshop holds at most {max}.</source>
        <translation>{file} kan inte öppnas: den innehåller {count} ansvariga, och en workshop rymmer högst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} personas, and a workshop holds at most {max}.</source>
        <translation>{file} kan inte öppnas: den innehåller {count} personor, och en workshop rymmer högst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} phases, and a workshop holds at most {max}.</source>
        <translation>{file} kan inte öppnas: den innehåller {count} faser, och en workshop rymmer högst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} quotes, and a workshop holds at most {max}.</source>
        <translation>{file} kan inte öppnas: den innehåller {count} citat, och en workshop rymmer högst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} stations, and a workshop holds at most {max}.</source>
        <translation>{file} kan inte öppnas: den innehåller {count} stationer, och en workshop rymmer högst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it is {size}, and Journeyline reads files of at most {limit}.</source>
        <translation>{file} kan inte öppnas: den är {size}, och Journeyline läser filer på högst {limit}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: its side file {side} is not a regular file.</source>
        <translation>{file} kan inte öppnas: dess sidofil {side} är inte en vanlig fil.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>{file} kan inte läsas: åtkomst nekad.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>{file} cannot be used: action {row} belongs to station {other} of another journey.</source>
        <translation>{file} kan inte användas: åtgärd {row} hör till station {other} i en annan resa.</translation>
    </message>
    <message>
        <source>{file} cannot be used: it has no workshop record.</source>
        <translation>{file} kan inte användas: den saknar workshoppens grunduppgifter.</translation>
    </message>
    <message>
        <source>{file} cannot be used: its side files change it into something that is not this workshop file.</source>
        <translation>{file} kan inte användas: dess sidofiler gör om den till något som inte är den här workshopfilen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on line {other} of another journey.</source>
        <translation>{file} kan inte användas: station {row} ligger på linje {other} i en annan resa.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on phase {other} of another journey.</source>
        <translation>{file} kan inte användas: station {row} ligger i fas {other} i en annan resa.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the column {column} of {row} is {value}, which is not a valid value.</source>
        <translation>{file} kan inte användas: kolumnen {column} i {row} är {value}, vilket inte är ett giltigt värde.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a list.</source>
        <translation>{file} kan inte användas: fältet ”{field}” i {row} är {value}, vilket inte är en lista.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a valid value.</source>
        <translation>{file} kan inte användas: fältet ”{field}” i {row} är {value}, vilket inte är ett giltigt värde.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}. {rule}</source>
        <translation>{file} kan inte användas: fältet ”{field}” i {row} är {value}. {rule}</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a journey that is not in the file.</source>
        <translation>{file} kan inte användas: {row} hänvisar till en resa som inte finns i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a line that is not in the file.</source>
        <translation>{file} kan inte användas: {row} hänvisar till en linje som inte finns i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a persona that is not in the file.</source>
        <translation>{file} kan inte användas: {row} hänvisar till en persona som inte finns i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a phase that is not in the file.</source>
        <translation>{file} kan inte användas: {row} hänvisar till en fas som inte finns i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a row of the table {table} that is not in the file.</source>
        <translation>{file} kan inte användas: {row} hänvisar till en rad i tabellen {table} som inte finns i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a station that is not in the file.</source>
        <translation>{file} kan inte användas: {row} hänvisar till en station som inte finns i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an action that is not in the file.</source>
        <translation>{file} kan inte användas: {row} hänvisar till en åtgärd som inte finns i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an owner that is not in the file.</source>
        <translation>{file} kan inte användas: {row} hänvisar till en ansvarig som inte finns i filen.</translation>
    </message>
    <message>
        <source>{file} could not be checked: {reason}.</source>
        <translation>{file} kunde inte kontrolleras: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk is full.</source>
        <translation>{file} kunde inte öppnas: disken är full.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk reported an error.</source>
        <translation>{file} kunde inte öppnas: disken rapporterade ett fel.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the file or its folder is read-only.</source>
        <translation>{file} kunde inte öppnas: filen eller dess mapp är skrivskyddad.</translation>
    </message>
    <message>
        <source>{file} could not be opened: {reason}.</source>
        <translation>{file} kunde inte öppnas: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk is full.</source>
        <translation>{file} kunde inte läsas: disken är full.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk reported an error.</source>
        <translation>{file} kunde inte läsas: disken rapporterade ett fel.</translation>
    </message>
    <message>
        <source>{file} could not be read: the file or its folder is read-only.</source>
        <translation>{file} kunde inte läsas: filen eller dess mapp är skrivskyddad.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>{file} kunde inte läsas: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk is full.</source>
        <translation>{file} kunde inte sparas: disken är full.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk reported an error.</source>
        <translation>{file} kunde inte sparas: disken rapporterade ett fel.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the file or its folder is read-only.</source>
        <translation>{file} kunde inte sparas: filen eller dess mapp är skrivskyddad.</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}.</source>
        <translation>{file} kunde inte sparas: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded: it holds values this Journeyline does not accept; the file is unchanged.</source>
        <translation>{file} kunde inte uppgraderas: den innehåller värden som den här versionen av Journeyline inte godtar; filen är oförändrad.</translation>
    </message>
    <message>
        <source>{file} could not be written: a folder has that name; nothing was written.</source>
        <translation>{file} kunde inte skrivas: en mapp har det namnet; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is a Journeyline workshop file, and an export never replaces a workshop; nothing was written.</source>
        <translation>{file} kunde inte skrivas: det är en workshopfil från Journeyline, och en export ersätter aldrig en workshop; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is the workshop file being exported; nothing was written.</source>
        <translation>{file} kunde inte skrivas: det är workshopfilen som exporteras; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: its name is {size} bytes long, and the folder allows at most {limit}; nothing was written.</source>
        <translation>{file} kunde inte skrivas: namnet är {size} byte långt, och mappen tillåter högst {limit}; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: part of the path is not a folder; nothing was written.</source>
        <translation>{file} kunde inte skrivas: en del av sökvägen är inte en mapp; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: permission was denied; nothing was written.</source>
        <translation>{file} kunde inte skrivas: åtkomst nekades; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full.</source>
        <translation>{file} kunde inte skrivas: disken är full.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full; nothing was written.</source>
        <translation>{file} kunde inte skrivas: disken är full; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is read-only; nothing was written.</source>
        <translation>{file} kunde inte skrivas: disken är skrivskyddad; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error.</source>
        <translation>{file} kunde inte skrivas: disken rapporterade ett fel.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error; nothing was written.</source>
        <translation>{file} kunde inte skrivas: disken rapporterade ett fel; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is open in another program; nothing was written.</source>
        <translation>{file} kunde inte skrivas: filen är öppen i ett annat program; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only or open in another program; nothing was written.</source>
        <translation>{file} kunde inte skrivas: filen är skrivskyddad eller öppen i ett annat program; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only; nothing was written.</source>
        <translation>{file} kunde inte skrivas: filen är skrivskyddad; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file or its folder is read-only.</source>
        <translation>{file} kunde inte skrivas: filen eller dess mapp är skrivskyddad.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder does not exist; nothing was written.</source>
        <translation>{file} kunde inte skrivas: mappen finns inte; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder is read-only; nothing was written.</source>
        <translation>{file} kunde inte skrivas: mappen är skrivskyddad; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is not allowed here; nothing was written.</source>
        <translation>{file} kunde inte skrivas: namnet är inte tillåtet här; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is too long; nothing was written.</source>
        <translation>{file} kunde inte skrivas: namnet är för långt; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journey with id {id}; nothing was written.</source>
        <translation>{file} kunde inte skrivas: workshoppen har ingen resa med id {id}; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journeys, so there is no map to draw; nothing was written.</source>
        <translation>{file} kunde inte skrivas: workshoppen har inga resor, så det finns ingen karta att rita; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop holds data the interchange format does not allow ({place}: {rule}); nothing was written.</source>
        <translation>{file} kunde inte skrivas: workshoppen innehåller data som utbytesformatet inte tillåter ({place}: {rule}); inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: there is no export format {format}; nothing was written.</source>
        <translation>{file} kunde inte skrivas: det finns inget exportformat {format}; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>{file} kunde inte skrivas: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}; nothing was written.</source>
        <translation>{file} kunde inte skrivas: {reason}; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} finns inte.</translation>
    </message>
    <message>
        <source>{file} has file version {version}, which this Journeyline cannot upgrade.</source>
        <translation>{file} har filversion {version}, som den här versionen av Journeyline inte kan uppgradera.</translation>
    </message>
    <message>
        <source>{file} has no record of the values as exported (its hidden sheet is gone), so every difference from the workshop counts as a change in the list, including changes made in the workshop since the export.</source>
        <translation>{file} saknar uppgift om värdena som de exporterades (dess dolda blad är borta), så varje skillnad mot workshoppen räknas som en ändring i listan, även ändringar som gjorts i workshoppen efter exporten.</translation>
    </message>
    <message>
        <source>{file} holds the action list twice (sheets “{first}” and “{second}”): keep one of them and try again; nothing was changed.</source>
        <translation>{file} innehåller åtgärdslistan två gånger (bladen ”{first}” och ”{second}”): behåll ett av dem och försök igen; ingenting ändrades.</translation>
    </message>
    <message>
        <source>{file} is a database of another program, not a Journeyline workshop file.</source>
        <translation>{file} är en databas från ett annat program, inte en workshopfil från Journeyline.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a workshop file.</source>
        <translation>{file} är en mapp, inte en workshopfil.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an Excel workbook.</source>
        <translation>{file} är en mapp, inte en Excel-arbetsbok.</translation>
    </message>
    <message>
        <source>{file} is a workshop file, not an interchange JSON document; nothing was written.</source>
        <translation>{file} är en workshopfil, inte ett JSON-dokument i utbytesformatet; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} is a zip archive but not an Excel workbook, so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} är ett zip-arkiv men ingen Excel-arbetsbok, så det är ingen åtgärdslista från Journeyline; ingenting ändrades.</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not a Journeyline workshop file.</source>
        <translation>{file} är ett zip-arkiv, inte en workshopfil från Journeyline.</translation>
    </message>
    <message>
        <source>{file} is an old-format Excel (.xls) or other Office file, not a Journeyline action list (.xlsx); nothing was changed.</source>
        <translation>{file} är en Excel-fil i gammalt format (.xls) eller en annan Office-fil, inte en åtgärdslista från Journeyline (.xlsx); ingenting ändrades.</translation>
    </message>
    <message>
        <source>{file} is closed.</source>
        <translation>{file} är stängd.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read.</source>
        <translation>{file} är skadad och kan inte läsas.</translation>
    </message>
    <message>
        <source>{file} is damaged: Excel&apos;s parts inside it cannot be read; nothing was changed.</source>
        <translation>{file} är skadad: Excel-delarna i den kan inte läsas; ingenting ändrades.</translation>
    </message>
    <message>
        <source>{file} is damaged: SQLite&apos;s check of the file failed.</source>
        <translation>{file} är skadad: SQLites kontroll av filen misslyckades.</translation>
    </message>
    <message>
        <source>{file} is damaged: a sheet inside it cannot be read; nothing was changed.</source>
        <translation>{file} är skadad: ett blad i den kan inte läsas; ingenting ändrades.</translation>
    </message>
    <message>
        <source>{file} is damaged: it has no valid file version.</source>
        <translation>{file} är skadad: den har ingen giltig filversion.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete Excel workbook; nothing was changed.</source>
        <translation>{file} är skadad: den är ingen fullständig Excel-arbetsbok; ingenting ändrades.</translation>
    </message>
    <message>
        <source>{file} is damaged: some of its rows refer to rows that do not exist.</source>
        <translation>{file} är skadad: några av dess rader hänvisar till rader som inte finns.</translation>
    </message>
    <message>
        <source>{file} is damaged: the file is truncated.</source>
        <translation>{file} är skadad: filen är avkortad.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not a Journeyline workshop file.</source>
        <translation>{file} är tom, så den är inte en workshopfil från Journeyline.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not an Excel action list.</source>
        <translation>{file} är tom, så den är ingen åtgärdslista i Excel.</translation>
    </message>
    <message>
        <source>{file} is in a read-only folder, so it cannot be edited.</source>
        <translation>{file} ligger i en skrivskyddad mapp, så den kan inte redigeras.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline action list: no sheet has the hidden action key column that Journeyline&apos;s export writes; nothing was changed.</source>
        <translation>{file} är ingen åtgärdslista från Journeyline: inget blad har den dolda kolumnen med åtgärdsnycklar som Journeylines export skriver; ingenting ändrades.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline workshop file.</source>
        <translation>{file} är inte en workshopfil från Journeyline.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say), so it is not a workshop file.</source>
        <translation>{file} är inte en vanlig fil (utan till exempel en pipe eller en enhet), så den är inte en workshopfil.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say).</source>
        <translation>{file} är inte en vanlig fil (utan till exempel en pipe eller en enhet).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx), so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} är ingen Excel-arbetsbok (.xlsx), så den är ingen åtgärdslista från Journeyline; ingenting ändrades.</translation>
    </message>
    <message>
        <source>{file} is open in Journeyline or another program, so it was not replaced; close it there first. Nothing was written.</source>
        <translation>{file} är öppen i Journeyline eller ett annat program, så den ersattes inte; stäng den där först. Inget skrevs.</translation>
    </message>
    <message>
        <source>{file} is open in another Journeyline window or program; close it there first.</source>
        <translation>{file} är öppen i ett annat Journeyline-fönster eller program; stäng den där först.</translation>
    </message>
    <message>
        <source>{file} is protected with a password: open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook), save it and try again; nothing was changed.</source>
        <translation>{file} är skyddad med ett lösenord: öppna den i Excel, ta bort lösenordet (Arkiv ▸ Info ▸ Skydda arbetsbok), spara den och försök igen; ingenting ändrades.</translation>
    </message>
    <message>
        <source>{file} is read-only, so it cannot be edited.</source>
        <translation>{file} är skrivskyddad, så den kan inte redigeras.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB, far more than any action list; it was not read and nothing was changed.</source>
        <translation>{file} packas upp till mer än {limit} MB, långt mer än någon åtgärdslista; den lästes inte och ingenting ändrades.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: file version {version} is not one Journeyline has made.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: filversion {version} har aldrig skapats av Journeyline.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a table {name} that Journeyline does not make.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: den innehåller en tabell {name} som Journeyline inte skapar.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a trigger {name} that Journeyline does not make.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: den innehåller en trigger {name} som Journeyline inte skapar.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a view {name} that Journeyline does not make.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: den innehåller en vy {name} som Journeyline inte skapar.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds an index {name} that Journeyline does not make.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: den innehåller ett index {name} som Journeyline inte skapar.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is missing.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: dess index {name} saknas.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is not the one Journeyline makes.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: dess index {name} är inte det som Journeyline skapar.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is missing.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: dess tabell {name} saknas.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is not the one Journeyline makes.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: dess tabell {name} är inte den som Journeyline skapar.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its tables are not those of a workshop file.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: dess tabeller är inte en workshopfils tabeller.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is missing.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: dess trigger {name} saknas.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is not the one Journeyline makes.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: dess trigger {name} är inte den som Journeyline skapar.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is missing.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: dess vy {name} saknas.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is not the one Journeyline makes.</source>
        <translation>{file} har ändrats utanför Journeyline och kan inte användas: dess vy {name} är inte den som Journeyline skapar.</translation>
    </message>
    <message>
        <source>{file} was exported from the workshop “{exported}”; this one is “{current}”.</source>
        <translation>{file} exporterades från workshoppen ”{exported}”; denna är ”{current}”.</translation>
    </message>
    <message>
        <source>{file} was moved, deleted or replaced by another program, so changes can no longer be saved into it; use Save a copy… to keep the workshop.</source>
        <translation>{file} har flyttats, raderats eller ersatts av ett annat program, så ändringar kan inte längre sparas i den; använd Spara en kopia… för att behålla workshoppen.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); Journeyline recovered it as it was before that change.</source>
        <translation>{file} stängdes inte ordentligt (en ändring avbröts, kanske av en krasch); Journeyline har återställt den som den var före ändringen.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); it is read as it was before that change, and the file is left as it is until the editor opens it.</source>
        <translation>{file} stängdes inte ordentligt (en ändring avbröts, kanske av en krasch); den läses som den var före ändringen, och filen lämnas orörd tills redigeraren öppnar den.</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing was written.</source>
        <translation>{file} importerades inte; inget skrevs.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer Journeyline (file version {version}); this Journeyline reads file versions up to {newest}, so please update it.</source>
        <translation>{file} sparades av en nyare Journeyline (filversion {version}); den här versionen läser filversioner upp till {newest}, så uppdatera Journeyline.</translation>
    </message>
    <message>
        <source>{file} was saved by an older Journeyline; open it in the editor once to bring it up to date.</source>
        <translation>{file} sparades av en äldre Journeyline; öppna den en gång i redigeraren för att uppdatera den.</translation>
    </message>
    <message>
        <source>The library cannot be made in {folder}: {reason}.</source>
        <translation>Biblioteket kan inte skapas i {folder}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>The sample workshop could not be created</source>
        <translation>Exempelworkshoppen kunde inte skapas</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Add improvement idea</source>
        <translation>Lägg till förbättringsidé</translation>
    </message>
    <message>
        <source>What could be better?</source>
        <translation>Vad kunde bli bättre?</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idé:</translation>
    </message>
    <message>
        <source>At station:</source>
        <translation>Vid station:</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Ingen station</translation>
    </message>
    <message>
        <source>At &amp;station:</source>
        <translation>Vid &amp;station:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Insats:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioritet:</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Lägg till idé</translation>
    </message>
</context>
<context>
    <name>JourneyComparison</name>
    <message>
        <source>Today and the future</source>
        <translation>I dag och framtiden</translation>
    </message>
    <message>
        <source>Today&apos;s journey</source>
        <translation>Dagens resa</translation>
    </message>
    <message>
        <source>Future journey</source>
        <translation>Framtida resa</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Stor text</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Anpassa</translation>
    </message>
    <message>
        <source>Show everything (Ctrl+0)</source>
        <translation>Visa allt (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Today:</source>
        <translation>&amp;I dag:</translation>
    </message>
    <message>
        <source>F&amp;uture:</source>
        <translation>F&amp;ramtid:</translation>
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
        <translation>Välj en dagens resa och en framtida resa att jämföra. Ingen framtida resa än? Använd ”Utforma den framtida resan” i panelen Resor.</translation>
    </message>
</context>
<context>
    <name>JourneySwitcher</name>
    <message>
        <source>Journey shown on the map</source>
        <translation>Resan som visas på kartan</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Resa</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Den resan finns inte längre.</translation>
    </message>
</context>
<context>
    <name>JourneyTextsDialog</name>
    <message>
        <source>The journey on the map</source>
        <translation>Resan på kartan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
    </message>
    <message>
        <source>&amp;Storyline:</source>
        <translation>&amp;Berättelse:</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Resor</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <source>Create a journey from a template or a blank map (Insert)</source>
        <translation>Skapa en resa från en mall eller en tom karta (Insert)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <source>Rename the selected journey (F2)</source>
        <translation>Byt namn på markerad resa (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected journey (Delete)</source>
        <translation>Ta bort markerad resa (Delete)</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Utforma den framtida resan</translation>
    </message>
    <message>
        <source>Copy this journey as the future journey, to redesign it (Ctrl+Shift+F)</source>
        <translation>Kopiera resan som den framtida resan för att omforma den (Ctrl+Skift+F)</translation>
    </message>
    <message>
        <source>Compare today and future…</source>
        <translation>Jämför i dag och framtid…</translation>
    </message>
    <message>
        <source>Show today&apos;s and the future journey one above the other, with both emotion curves</source>
        <translation>Visa dagens och den framtida resan ovanför varandra, med båda känslokurvorna</translation>
    </message>
    <message>
        <source>About this journey</source>
        <translation>Om den här resan</translation>
    </message>
    <message>
        <source>{state} · no persona</source>
        <translation>{state} · ingen persona</translation>
    </message>
    <message>
        <source>What this journey covers, in words the client will read.</source>
        <translation>Vad resan omfattar, med ord som kunden kommer att läsa.</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Berättelse</translation>
    </message>
    <message>
        <source>The story of this journey as the room tells it.</source>
        <translation>Resans berättelse så som rummet berättar den.</translation>
    </message>
    <message>
        <source>{name}
{subtitle}</source>
        <translation>{name}
{subtitle}</translation>
    </message>
    <message>
        <source>The journey could not be created.</source>
        <translation>Resan kunde inte skapas.</translation>
    </message>
    <message>
        <source>Delete the journey “{name}” with its {stations} and {actions}? Undo brings it back.</source>
        <translation>Ta bort resan ”{name}” med dess {stations} och {actions}? Ångra återställer den.</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Ta bort resa</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
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
        <translation>smärtpunkt</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citat</translation>
    </message>
    <message>
        <source>action</source>
        <translation>åtgärd</translation>
    </message>
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
        <source>The local library</source>
        <translation>Det lokala biblioteket</translation>
    </message>
    <message>
        <source>The library at %1</source>
        <translation>Biblioteket på %1</translation>
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
        <source>Published “%1” as version %2 of the template in the local library.</source>
        <translation>Publicerade ”%1” som version %2 av mallen i det lokala biblioteket.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the template in the library at %3.</source>
        <translation>Publicerade ”%1” som version %2 av mallen i biblioteket på %3.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the local library.</source>
        <translation>Publicerade ”%1” som version %2 av kartan i det lokala biblioteket.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the library at %3.</source>
        <translation>Publicerade ”%1” som version %2 av kartan i biblioteket på %3.</translation>
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
        <source>{name} (library version {number})</source>
        <translation>{name} (biblioteksversion {number})</translation>
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
        <source>Journeyline now uses the local library.</source>
        <translation>Journeyline använder nu det lokala biblioteket.</translation>
    </message>
    <message>
        <source>Journeyline now uses the library at %1.</source>
        <translation>Journeyline använder nu biblioteket på %1.</translation>
    </message>
    <message>
        <source>Working copy.journey</source>
        <translation>Arbetskopia.journey</translation>
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
    <name>LinePage</name>
    <message>
        <source>Where the customer meets us</source>
        <translation>Där kunden möter oss</translation>
    </message>
    <message>
        <source>What happens behind the line of visibility</source>
        <translation>Det som händer bakom synlighetslinjen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Line name</source>
        <translation>Linjens namn</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
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
        <translation>Sparade en kopia som ”{name}”</translation>
    </message>
    <message>
        <source>Add to the map</source>
        <translation>Lägg till på kartan</translation>
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
        <translation>Ångra: {what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Gör om: {what}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Add to the &amp;map</source>
        <translation>Lägg till på &amp;kartan</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktygsfält</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Resa</translation>
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
        <translation>Ny fas</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Ny linje</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Ta bort fas</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Ta bort linje</translation>
    </message>
    <message numerus="yes">
        <source>Delete the phase {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Ta bort fasen {name} och dess %n station?</numerusform>
            <numerusform>Ta bort fasen {name} och dess %n stationer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the line {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Ta bort linjen {name} och dess %n station?</numerusform>
            <numerusform>Ta bort linjen {name} och dess %n stationer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} phases and their %n station(s)?</source>
        <translation>
            <numerusform>Ta bort {count} faser och deras %n station?</numerusform>
            <numerusform>Ta bort {count} faser och deras %n stationer?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} lines and their %n station(s)?</source>
        <translation>
            <numerusform>Ta bort {count} linjer och deras %n station?</numerusform>
            <numerusform>Ta bort {count} linjer och deras %n stationer?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n smärtpunkt</numerusform>
            <numerusform>%n smärtpunkter</numerusform>
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
            <numerusform>%n sanningens ögonblick</numerusform>
            <numerusform>%n sanningens ögonblick</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more in the spotlight</source>
        <translation>
            <numerusform>+%n till i närbilden</numerusform>
            <numerusform>+%n till i närbilden</numerusform>
        </translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>▸ more in the spotlight</source>
        <translation>▸ mer i närbilden</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Synlighetslinje</translation>
    </message>
</context>
<context>
    <name>MapTooltips</name>
    <message>
        <source>Emotion: not assessed</source>
        <translation>Känsla: inte bedömd</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Känsla: {label} ({value})</translation>
    </message>
    <message>
        <source>★ Moment of truth</source>
        <translation>★ Sanningens ögonblick</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Ansvarig: {name}</translation>
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
        <translation>Smärtpunkter</translation>
    </message>
    <message>
        <source>Improvement ideas</source>
        <translation>Förbättringsidéer</translation>
    </message>
    <message>
        <source>Backstage line</source>
        <translation>Linje bakom kulisserna</translation>
    </message>
    <message>
        <source>Frontstage line</source>
        <translation>Linje synlig för kunden</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n till</numerusform>
            <numerusform>… %n till</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Choose a colour</source>
        <translation>Välj en färg</translation>
    </message>
    <message>
        <source>Click to edit the journey’s name, description and storyline</source>
        <translation>Klicka för att redigera resans namn, beskrivning och berättelse</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Effort and value matrix</source>
        <translation>Matris för insats och värde</translation>
    </message>
</context>
<context>
    <name>MergeOwnersDialog</name>
    <message>
        <source>Merge owners</source>
        <translation>Slå ihop ansvariga</translation>
    </message>
    <message>
        <source>Owner to keep</source>
        <translation>Ansvarig att behålla</translation>
    </message>
    <message>
        <source>“{name}” ({work}) is merged into the owner you choose: its stations and actions move there and “{name}” is removed.</source>
        <translation>”{name}” ({work}) slås ihop med den ansvarige du väljer: stationerna och åtgärderna flyttas dit och ”{name}” tas bort.</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Slå &amp;ihop med:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå ihop</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message numerus="yes">
        <source>… and %n more (see Show Details).</source>
        <translation>
            <numerusform>… och %n till (se Visa detaljer).</numerusform>
            <numerusform>… och %n till (se Visa detaljer).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoreChip</name>
    <message>
        <source>Show the next cards of this cell</source>
        <translation>Visa nästa kort i den här cellen</translation>
    </message>
</context>
<context>
    <name>NewJourneyDialog</name>
    <message>
        <source>New journey</source>
        <translation>Ny resa</translation>
    </message>
    <message>
        <source>e.g. Moving house</source>
        <translation>t.ex. Flytta</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Tom karta</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Ingen persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Utgå från:</translation>
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
        <translation>Journeyline-workshoppar (*.journey);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Workshops and JSON documents (*.journey *.json)</source>
        <translation>Workshoppar och JSON-dokument (*.journey *.json)</translation>
    </message>
    <message>
        <source>The workshop could not be opened</source>
        <translation>Workshoppen kunde inte öppnas</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {e}</source>
        <translation>”{name}” kunde inte öppnas: {e}</translation>
    </message>
    <message>
        <source>The workshop was recovered</source>
        <translation>Workshoppen återställdes</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Öppna workshop</translation>
    </message>
    <message>
        <source>New workshop.journey</source>
        <translation>Ny workshop.journey</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Spara den nya workshoppen som</translation>
    </message>
    <message>
        <source>The workshop could not be created</source>
        <translation>Workshoppen kunde inte skapas</translation>
    </message>
    <message>
        <source>“{name}” is the workshop open now; choose another name.</source>
        <translation>”{name}” är den workshop som är öppen nu; välj ett annat namn.</translation>
    </message>
    <message>
        <source>{name} copy.journey</source>
        <translation>{name} kopia.journey</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Kopian kunde inte sparas</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Edit owner</source>
        <translation>Redigera ansvarig</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Ny ansvarig</translation>
    </message>
    <message>
        <source>A person or a department</source>
        <translation>En person eller en avdelning</translation>
    </message>
    <message>
        <source>e.g. Product owner</source>
        <translation>t.ex. Produktägare</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
    </message>
</context>
<context>
    <name>OwnerField</name>
    <message>
        <source>No owner</source>
        <translation>Ingen ansvarig</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Pick an owner or type a new name</source>
        <translation>Välj en ansvarig eller skriv ett nytt namn</translation>
    </message>
</context>
<context>
    <name>OwnersPanel</name>
    <message>
        <source>Owners</source>
        <translation>Ansvariga</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Add an owner (Insert)</source>
        <translation>Lägg till en ansvarig (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Edit the selected owner (Enter)</source>
        <translation>Redigera markerad ansvarig (Retur)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Slå ihop…</translation>
    </message>
    <message>
        <source>Merge the selected owner into another one (Ctrl+M)</source>
        <translation>Slå ihop markerad ansvarig med en annan (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected owner; their work becomes unowned</source>
        <translation>Ta bort markerad ansvarig; deras arbete blir utan ansvarig</translation>
    </message>
    <message>
        <source>Stations and actions of the owner</source>
        <translation>Den ansvariges stationer och åtgärder</translation>
    </message>
    <message>
        <source>Enter or double-click: show the station on the map</source>
        <translation>Retur eller dubbelklick: visa stationen på kartan</translation>
    </message>
    <message>
        <source>No role or email yet</source>
        <translation>Ingen roll eller e-post än</translation>
    </message>
    <message>
        <source>Select an owner to see their stations and actions.</source>
        <translation>Markera en ansvarig för att se dennes stationer och åtgärder.</translation>
    </message>
    <message>
        <source>Stations and actions of {name}</source>
        <translation>Stationer och åtgärder för {name}</translation>
    </message>
    <message>
        <source>Stations ({count})</source>
        <translation>Stationer ({count})</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Åtgärder ({count})</translation>
    </message>
    <message>
        <source>{priority} · {status} · at {station}</source>
        <translation>{priority} · {status} · vid {station}</translation>
    </message>
    <message>
        <source>{stations}, {actions}</source>
        <translation>{stations}, {actions}</translation>
    </message>
    <message>
        <source>Delete “{name}”? Their {stations} and {actions} become unowned. To hand them to someone else, merge instead.</source>
        <translation>Ta bort ”{name}”? Deras {stations} och {actions} blir utan ansvarig. Slå ihop i stället för att lämna över dem till någon annan.</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Ta bort ”{name}”?</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Ta bort ansvarig</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
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
        <translation>Dra en bricka till kartan, eller klicka för att lägga till vid markeringen.</translation>
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
        <translation>Den här resan</translation>
    </message>
    <message>
        <source>The persona of the journey on the map</source>
        <translation>Personan för resan på kartan</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>”{quote}”</translation>
    </message>
    <message>
        <source>In: {journeys}</source>
        <translation>I: {journeys}</translation>
    </message>
    <message>
        <source>Not used by any journey yet</source>
        <translation>Används inte i någon resa än</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>Edit persona</source>
        <translation>Redigera persona</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Ny persona</translation>
    </message>
    <message>
        <source>e.g. Kari, the busy parent</source>
        <translation>t.ex. Kari, den upptagna föräldern</translation>
    </message>
    <message>
        <source>Choose the persona&apos;s colour</source>
        <translation>Välj personans färg</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>En per rad</translation>
    </message>
    <message>
        <source>In the persona&apos;s own words</source>
        <translation>Med personans egna ord</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Färg:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivning:</translation>
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
        <translation> Välj…</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Personans färg</translation>
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
        <translation>Skapa en persona (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Edit the selected persona (Enter)</source>
        <translation>Redigera markerad persona (Retur)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected persona (Delete)</source>
        <translation>Ta bort markerad persona (Delete)</translation>
    </message>
    <message>
        <source>Use for this journey</source>
        <translation>Använd för den här resan</translation>
    </message>
    <message>
        <source>Make the selected persona the persona of the journey on the map (Ctrl+Return)</source>
        <translation>Gör markerad persona till personan för resan på kartan (Ctrl+Retur)</translation>
    </message>
    <message>
        <source>No personas yet. Create one with “New persona…”.</source>
        <translation>Inga personas än. Skapa en med ”Ny persona…”.</translation>
    </message>
    <message>
        <source>Remove from this journey</source>
        <translation>Ta bort från den här resan</translation>
    </message>
    <message>
        <source>“{name}” is the persona of {journeys}. Delete it anyway? The journeys keep their maps, without a persona.</source>
        <translation>”{name}” är persona för {journeys}. Ta bort ändå? Resorna behåller sina kartor, utan persona.</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Ta bort persona</translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Phase name</source>
        <translation>Fasens namn</translation>
    </message>
    <message>
        <source>What this stage of the journey is about</source>
        <translation>Vad det här skedet av resan handlar om</translation>
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
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Nästa fas</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Föregående fas</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Hela kartan</translation>
    </message>
    <message>
        <source>Last phase</source>
        <translation>Sista fasen</translation>
    </message>
    <message>
        <source>Show the station alone</source>
        <translation>Visa stationen ensam</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Avsluta presentationen</translation>
    </message>
    <message>
        <source>Emotion: {label} ({sign})</source>
        <translation>Känsla: {label} ({sign})</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Markera en station och tryck på Retur för att visa den ensam</translation>
    </message>
    <message>
        <source>Select a station to set its emotion</source>
        <translation>Markera en station för att ange känslan</translation>
    </message>
    <message>
        <source>Backstage work has no customer emotion: select a customer’s station</source>
        <translation>Arbete bakom kulisserna har ingen kundkänsla: välj en kunds station</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Actions shown</source>
        <translation>Visade åtgärder</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Stor text</translation>
    </message>
    <message>
        <source>Drag a card to rate it · Ctrl+arrows move the selected card</source>
        <translation>Dra ett kort för att bedöma det · Ctrl+piltangenter flyttar markerat kort</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alla resor</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Resan på kartan</translation>
    </message>
    <message>
        <source>{first}–{last} of {count}  ▸</source>
        <translation>{first}–{last} av {count}  ▸</translation>
    </message>
    <message>
        <source>Unrated: clear effort and value</source>
        <translation>Ej bedömd: rensa insats och värde</translation>
    </message>
    <message>
        <source>Effort {effort} · value {value}: {priority}</source>
        <translation>Insats {effort} · värde {value}: {priority}</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Snabba vinster</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Stora satsningar</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Utfyllnad</translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation>Tidstjuvar</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Insats →</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>Värde →</translation>
    </message>
    <message>
        <source>Unrated  ·  {count}</source>
        <translation>Ej bedömda  ·  {count}</translation>
    </message>
    <message>
        <source>Drag an idea onto the matrix to rate its effort and value</source>
        <translation>Dra en idé till matrisen för att bedöma insats och värde</translation>
    </message>
    <message>
        <source>{priority} · effort {effort} · value {value}</source>
        <translation>{priority} · insats {effort} · värde {value}</translation>
    </message>
    <message>
        <source>{status} · no owner</source>
        <translation>{status} · ingen ansvarig</translation>
    </message>
    <message>
        <source>Click to show its station on the map</source>
        <translation>Klicka för att visa dess station på kartan</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ej angiven</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Nothing selected</source>
        <translation>Inget markerat</translation>
    </message>
    <message>
        <source>Select one item to see and edit its details.</source>
        <translation>Markera ett objekt för att se och redigera detaljerna.</translation>
    </message>
    <message numerus="yes">
        <source>%n stations selected</source>
        <translation>
            <numerusform>%n station markerad</numerusform>
            <numerusform>%n stationer markerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phases selected</source>
        <translation>
            <numerusform>%n fas markerad</numerusform>
            <numerusform>%n faser markerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines selected</source>
        <translation>
            <numerusform>%n linje markerad</numerusform>
            <numerusform>%n linjer markerade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n markerad</numerusform>
            <numerusform>%n markerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a station, a phase header or a line name on the map to see and edit its details here.</source>
        <translation>Klicka på en station, en fasrubrik eller ett linjenamn på kartan för att se och redigera detaljerna här.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>Publicera i biblioteket</translation>
    </message>
    <message>
        <source>Publish “%1” to the local library.</source>
        <translation>Publicera ”%1” i det lokala biblioteket.</translation>
    </message>
    <message>
        <source>Publish “%1” to the library at %2.</source>
        <translation>Publicera ”%1” i biblioteket på %2.</translation>
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
    <name>RatingPicker</name>
    <message>
        <source>{name}: {n} of 5 (click again to clear)</source>
        <translation>{name}: {n} av 5 (klicka igen för att rensa)</translation>
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
        <translation>obetydlig</translation>
    </message>
    <message>
        <source>small</source>
        <translation>liten</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medel</translation>
    </message>
    <message>
        <source>large</source>
        <translation>stor</translation>
    </message>
    <message>
        <source>very large</source>
        <translation>mycket stor</translation>
    </message>
    <message>
        <source>little</source>
        <translation>litet</translation>
    </message>
    <message>
        <source>some</source>
        <translation>visst</translation>
    </message>
    <message>
        <source>high</source>
        <translation>högt</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>mycket högt</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ej bedömd</translation>
    </message>
    <message>
        <source>Quick win: value 4 or more, effort 2 or less</source>
        <translation>Snabb vinst: värde 4 eller mer, insats 2 eller mindre</translation>
    </message>
    <message>
        <source>Big bet: value 4 or more, effort 3 or more</source>
        <translation>Stor satsning: värde 4 eller mer, insats 3 eller mer</translation>
    </message>
    <message>
        <source>Fill-in: value 3 or less, effort 2 or less</source>
        <translation>Utfyllnad: värde 3 eller mindre, insats 2 eller mindre</translation>
    </message>
    <message>
        <source>Time sink: value 3 or less, effort 3 or more</source>
        <translation>Tidstjuv: värde 3 eller mindre, insats 3 eller mer</translation>
    </message>
    <message>
        <source>Unrated: effort or value not set yet</source>
        <translation>Ej bedömd: insats eller värde är inte angivet än</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>No recent workshops</source>
        <translation>Inga senaste workshoppar</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Rensa listan</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>A customer quote contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Ett kundcitat innehåller styrtecknet {code}; text får innehålla tabbar och radbrytningar men inga andra styrtecken.</translation>
    </message>
    <message>
        <source>A customer quote must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Ett kundcitat måste innehålla minst ett synligt tecken, inte bara mellanslag eller osynliga tecken.</translation>
    </message>
    <message>
        <source>A journey keeps at least one line.</source>
        <translation>En resa behåller minst en linje.</translation>
    </message>
    <message>
        <source>A journey keeps at least one phase.</source>
        <translation>En resa behåller minst en fas.</translation>
    </message>
    <message>
        <source>A journey needs at least one phase and one line.</source>
        <translation>En resa behöver minst en fas och en linje.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} actions; this one is full.</source>
        <translation>En workshop rymmer högst {max} åtgärder; den här är full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} journeys; this one is full.</source>
        <translation>En workshop rymmer högst {max} resor; den här är full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} lines; this one is full.</source>
        <translation>En workshop rymmer högst {max} linjer; den här är full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} owners; this one is full.</source>
        <translation>En workshop rymmer högst {max} ansvariga; den här är full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} personas; this one is full.</source>
        <translation>En workshop rymmer högst {max} personas; den här är full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} phases; this one is full.</source>
        <translation>En workshop rymmer högst {max} faser; den här är full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} quotes; this one is full.</source>
        <translation>En workshop rymmer högst {max} citat; den här är full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} stations; this one is full.</source>
        <translation>En workshop rymmer högst {max} stationer; den här är full.</translation>
    </message>
    <message>
        <source>A workshop keeps at least one journey.</source>
        <translation>En workshop behåller minst en resa.</translation>
    </message>
    <message>
        <source>Choose two different owners to merge.</source>
        <translation>Välj två olika ansvariga att slå ihop.</translation>
    </message>
    <message>
        <source>Each customer quote must be 1 to {max} characters long.</source>
        <translation>Varje kundcitat måste vara 1 till {max} tecken långt.</translation>
    </message>
    <message>
        <source>Each of the {field} can be at most {max} characters.</source>
        <translation>Varje post i fältet ”{field}” får vara högst {max} tecken.</translation>
    </message>
    <message>
        <source>No station to delete.</source>
        <translation>Ingen station att ta bort.</translation>
    </message>
    <message>
        <source>No station to duplicate.</source>
        <translation>Ingen station att duplicera.</translation>
    </message>
    <message>
        <source>No station to move.</source>
        <translation>Ingen station att flytta.</translation>
    </message>
    <message>
        <source>One of the {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>En post i fältet ”{field}” innehåller styrtecknet {code}; text får innehålla tabbar och radbrytningar men inga andra styrtecken.</translation>
    </message>
    <message>
        <source>One of the {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>En post i fältet ”{field}” måste innehålla minst ett synligt tecken, inte bara mellanslag eller osynliga tecken.</translation>
    </message>
    <message>
        <source>Stations of different journeys cannot be moved together.</source>
        <translation>Stationer från olika resor kan inte flyttas tillsammans.</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>Den åtgärden finns inte längre.</translation>
    </message>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Den resan finns inte längre.</translation>
    </message>
    <message>
        <source>That line belongs to another journey.</source>
        <translation>Den linjen hör till en annan resa.</translation>
    </message>
    <message>
        <source>That line no longer exists.</source>
        <translation>Den linjen finns inte längre.</translation>
    </message>
    <message>
        <source>That owner no longer exists.</source>
        <translation>Den ansvariga finns inte längre.</translation>
    </message>
    <message>
        <source>That persona no longer exists.</source>
        <translation>Den personan finns inte längre.</translation>
    </message>
    <message>
        <source>That phase belongs to another journey.</source>
        <translation>Den fasen hör till en annan resa.</translation>
    </message>
    <message>
        <source>That phase no longer exists.</source>
        <translation>Den fasen finns inte längre.</translation>
    </message>
    <message>
        <source>That station belongs to another journey.</source>
        <translation>Den stationen hör till en annan resa.</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Den stationen finns inte längre.</translation>
    </message>
    <message>
        <source>The due date must be a date ({format}).</source>
        <translation>Förfallodatumet måste vara ett datum ({format}).</translation>
    </message>
    <message>
        <source>The journey of this search hit is not in the working copy.</source>
        <translation>Resan för denna sökträff finns inte i arbetskopian.</translation>
    </message>
    <message>
        <source>The library “{library}” has no map {map}.</source>
        <translation>Biblioteket ”{library}” har ingen karta {map}.</translation>
    </message>
    <message>
        <source>The library “{library}” has no version {number} of map {map}.</source>
        <translation>Biblioteket ”{library}” har ingen version {number} av karta {map}.</translation>
    </message>
    <message>
        <source>The map you opened (number {map}) is no longer in the library “{library}”; publish yours as a new map.</source>
        <translation>Kartan du öppnade (nummer {map}) finns inte längre i biblioteket ”{library}”; publicera din som en ny karta.</translation>
    </message>
    <message>
        <source>The source of a customer quote must be one of: {choices}.</source>
        <translation>Källan till ett kundcitat måste vara en av: {choices}.</translation>
    </message>
    <message>
        <source>The template “{name}” that came with Journeyline cannot be read; installing Journeyline again should mend it.</source>
        <translation>Mallen ”{name}” som följer med Journeyline kan inte läsas; installera Journeyline på nytt så bör det bli rätt.</translation>
    </message>
    <message>
        <source>The workshop holds data the interchange format does not allow, so it was not published: {place}: {rule}</source>
        <translation>Workshoppen innehåller data som utbytesformatet inte tillåter, så den publicerades inte: {place}: {rule}</translation>
    </message>
    <message>
        <source>The {field} can be at most {max} characters long.</source>
        <translation>Fältet ”{field}” får vara högst {max} tecken långt.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} items.</source>
        <translation>Fältet ”{field}” kan rymma högst {max} poster.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} quotes.</source>
        <translation>Fältet ”{field}” kan rymma högst {max} citat.</translation>
    </message>
    <message>
        <source>The {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Fältet ”{field}” innehåller styrtecknet {code}; text får innehålla tabbar och radbrytningar men inga andra styrtecken.</translation>
    </message>
    <message>
        <source>The {field} is not valid.</source>
        <translation>Fältet ”{field}” är inte giltigt.</translation>
    </message>
    <message>
        <source>The {field} is too large a number to store.</source>
        <translation>Fältet ”{field}” är ett för stort tal för att sparas.</translation>
    </message>
    <message>
        <source>The {field} must be 1 to {max} characters long.</source>
        <translation>Fältet ”{field}” måste vara 1 till {max} tecken långt.</translation>
    </message>
    <message>
        <source>The {field} must be a colour like {example}.</source>
        <translation>Fältet ”{field}” måste vara en färg som {example}.</translation>
    </message>
    <message>
        <source>The {field} must be a date (YYYY-MM-DD).</source>
        <translation>Fältet ”{field}” måste vara ett datum (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The {field} must be a language tag like en, nb-NO or pt-BR.</source>
        <translation>Fältet ”{field}” måste vara en språkkod som en, nb-NO eller pt-BR.</translation>
    </message>
    <message>
        <source>The {field} must be a number from {low} to {high}.</source>
        <translation>Fältet ”{field}” måste vara ett tal från {low} till {high}.</translation>
    </message>
    <message>
        <source>The {field} must be a number of at least {low}.</source>
        <translation>Fältet ”{field}” måste vara ett tal på minst {low}.</translation>
    </message>
    <message>
        <source>The {field} must be a number.</source>
        <translation>Fältet ”{field}” måste vara ett tal.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high} or empty.</source>
        <translation>Fältet ”{field}” måste vara ett heltal från {low} till {high} eller tomt.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high}.</source>
        <translation>Fältet ”{field}” måste vara ett heltal från {low} till {high}.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low} or empty.</source>
        <translation>Fältet ”{field}” måste vara ett heltal på minst {low} eller tomt.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low}.</source>
        <translation>Fältet ”{field}” måste vara ett heltal på minst {low}.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number or empty.</source>
        <translation>Fältet ”{field}” måste vara ett heltal eller tomt.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number.</source>
        <translation>Fältet ”{field}” måste vara ett heltal.</translation>
    </message>
    <message>
        <source>The {field} must be one of: {choices}.</source>
        <translation>Fältet ”{field}” måste vara ett av: {choices}.</translation>
    </message>
    <message>
        <source>The {field} must be yes or no.</source>
        <translation>Fältet ”{field}” måste vara ja eller nej.</translation>
    </message>
    <message>
        <source>The {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Fältet ”{field}” måste innehålla minst ett synligt tecken, inte bara mellanslag eller osynliga tecken.</translation>
    </message>
    <message>
        <source>There is no template called “{name}”.</source>
        <translation>Det finns ingen mall som heter ”{name}”.</translation>
    </message>
    <message>
        <source>“{address}” is not a library Journeyline can use: the library is PostgreSQL (postgresql+psycopg://HOST/DATABASE) or SQLite (sqlite:///PATH).</source>
        <translation>”{address}” är inget bibliotek som Journeyline kan använda: biblioteket är PostgreSQL (postgresql+psycopg://VÄRD/DATABAS) eller SQLite (sqlite:///SÖKVÄG).</translation>
    </message>
    <message>
        <source>“{address}” is not a library address; use postgresql+psycopg://HOST/DATABASE or sqlite:///PATH as the address.</source>
        <translation>”{address}” är ingen biblioteksadress; använd postgresql+psycopg://VÄRD/DATABAS eller sqlite:///SÖKVÄG som adress.</translation>
    </message>
    <message>
        <source>“{file}” is open read-only.</source>
        <translation>”{file}” är öppnad skrivskyddad.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} (“{message}”) on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>”{title}” har ändrats i biblioteket sedan din version {base}: {author} publicerade version {number} (”{message}”) {when}. Publicera din som en ny karta, eller öppna den senaste versionen bredvid din.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>”{title}” har ändrats i biblioteket sedan din version {base}: {author} publicerade version {number} {when}. Publicera din som en ny karta, eller öppna den senaste versionen bredvid din.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>och %Ln problem till</numerusform>
            <numerusform>och %Ln problem till</numerusform>
        </translation>
    </message>
    <message>
        <source>appears more than once in the same object; keep only one</source>
        <translation>förekommer mer än en gång i samma objekt; behåll bara en</translation>
    </message>
    <message>
        <source>contains a broken character (an unpaired surrogate)</source>
        <translation>innehåller ett trasigt tecken (ett oparat surrogattecken)</translation>
    </message>
    <message>
        <source>contains a number with too many digits to read</source>
        <translation>innehåller ett tal med för många siffror för att kunna läsas</translation>
    </message>
    <message>
        <source>contains the control character {code}; text may hold tabs and line breaks but no other control characters</source>
        <translation>innehåller styrtecknet {code}; text får innehålla tabbar och radbrytningar men inga andra styrtecken</translation>
    </message>
    <message>
        <source>is a key of format version {since}; this document says it is version {version}, so change its version to {since}</source>
        <translation>är en nyckel i formatversion {since}; dokumentet säger att det är version {version}, så ändra dess version till {since}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>är tomt</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>är för djupt nästlat för att kunna läsas</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} at line {line}, column {column}); save the file as UTF-8</source>
        <translation>är inte UTF-8-text (byte {byte} på rad {line}, kolumn {column}); spara filen som UTF-8</translation>
    </message>
    <message>
        <source>is not a known key of a journey; check the spelling</source>
        <translation>är inte en känd nyckel för en resa; kontrollera stavningen</translation>
    </message>
    <message>
        <source>is not a known key of a line; check the spelling</source>
        <translation>är inte en känd nyckel för en linje; kontrollera stavningen</translation>
    </message>
    <message>
        <source>is not a known key of a persona; check the spelling</source>
        <translation>är inte en känd nyckel för en persona; kontrollera stavningen</translation>
    </message>
    <message>
        <source>is not a known key of a phase; check the spelling</source>
        <translation>är inte en känd nyckel för en fas; kontrollera stavningen</translation>
    </message>
    <message>
        <source>is not a known key of a quote; check the spelling</source>
        <translation>är inte en känd nyckel för ett citat; kontrollera stavningen</translation>
    </message>
    <message>
        <source>is not a known key of a station; check the spelling</source>
        <translation>är inte en känd nyckel för en station; kontrollera stavningen</translation>
    </message>
    <message>
        <source>is not a known key of an action; check the spelling</source>
        <translation>är inte en känd nyckel för en åtgärd; kontrollera stavningen</translation>
    </message>
    <message>
        <source>is not a known key of an owner; check the spelling</source>
        <translation>är inte en känd nyckel för en ansvarig; kontrollera stavningen</translation>
    </message>
    <message>
        <source>is not a known key of the document; check the spelling</source>
        <translation>är inte en känd nyckel för dokumentet; kontrollera stavningen</translation>
    </message>
    <message>
        <source>is not a known key of the workshop; check the spelling</source>
        <translation>är inte en känd nyckel för workshoppen; kontrollera stavningen</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;,&apos; delimiter</source>
        <translation>är inte giltig JSON på rad {line}, kolumn {column}: avgränsaren &apos;,&apos; väntades</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;:&apos; delimiter</source>
        <translation>är inte giltig JSON på rad {line}, kolumn {column}: avgränsaren &apos;:&apos; väntades</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting property name enclosed in double quotes</source>
        <translation>är inte giltig JSON på rad {line}, kolumn {column}: ett egenskapsnamn inom dubbla citattecken väntades</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting value</source>
        <translation>är inte giltig JSON på rad {line}, kolumn {column}: ett värde väntades</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Extra data</source>
        <translation>är inte giltig JSON på rad {line}, kolumn {column}: extra data efter dokumentets slut</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \escape</source>
        <translation>är inte giltig JSON på rad {line}, kolumn {column}: ogiltig \-sekvens</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \uXXXX escape</source>
        <translation>är inte giltig JSON på rad {line}, kolumn {column}: ogiltig \uXXXX-sekvens</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid control character at</source>
        <translation>är inte giltig JSON på rad {line}, kolumn {column}: ogiltigt styrtecken här</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Unterminated string starting at</source>
        <translation>är inte giltig JSON på rad {line}, kolumn {column}: en sträng som börjar här avslutas aldrig</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: {reason}</source>
        <translation>är inte giltig JSON på rad {line}, kolumn {column}: {reason}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>krävs</translation>
    </message>
    <message>
        <source>is too large a number for a workshop file to store</source>
        <translation>är ett för stort tal för att en workshopfil ska kunna lagra det</translation>
    </message>
    <message>
        <source>it has {count} JSON objects (every “{”), far more than a workshop within the limits has (at most {max})</source>
        <translation>det har {count} JSON-objekt (varje ”{”), långt fler än en workshop inom gränserna har (högst {max})</translation>
    </message>
    <message>
        <source>it holds {count} actions, and a workshop holds at most {max}</source>
        <translation>det rymmer {count} åtgärder, och en workshop rymmer högst {max}</translation>
    </message>
    <message>
        <source>it holds {count} journeys, and a workshop holds at most {max}</source>
        <translation>det rymmer {count} resor, och en workshop rymmer högst {max}</translation>
    </message>
    <message>
        <source>it holds {count} lines, and a workshop holds at most {max}</source>
        <translation>det rymmer {count} linjer, och en workshop rymmer högst {max}</translation>
    </message>
    <message>
        <source>it holds {count} owners, and a workshop holds at most {max}</source>
        <translation>det rymmer {count} ansvariga, och en workshop rymmer högst {max}</translation>
    </message>
    <message>
        <source>it holds {count} personas, and a workshop holds at most {max}</source>
        <translation>det rymmer {count} personas, och en workshop rymmer högst {max}</translation>
    </message>
    <message>
        <source>it holds {count} phases, and a workshop holds at most {max}</source>
        <translation>det rymmer {count} faser, och en workshop rymmer högst {max}</translation>
    </message>
    <message>
        <source>it holds {count} quotes, and a workshop holds at most {max}</source>
        <translation>det rymmer {count} citat, och en workshop rymmer högst {max}</translation>
    </message>
    <message>
        <source>it holds {count} stations, and a workshop holds at most {max}</source>
        <translation>det rymmer {count} stationer, och en workshop rymmer högst {max}</translation>
    </message>
    <message>
        <source>it is {size}, and Journeyline reads files of at most {limit}</source>
        <translation>den är {size}, och Journeyline läser filer på högst {limit}</translation>
    </message>
    <message>
        <source>must be &quot;current&quot; or &quot;future&quot;</source>
        <translation>måste vara &quot;current&quot; eller &quot;future&quot;</translation>
    </message>
    <message>
        <source>must be &quot;frontstage&quot; or &quot;backstage&quot;</source>
        <translation>måste vara &quot;frontstage&quot; eller &quot;backstage&quot;</translation>
    </message>
    <message>
        <source>must be &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; or &quot;dropped&quot;</source>
        <translation>måste vara &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; eller &quot;dropped&quot;</translation>
    </message>
    <message>
        <source>must be &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; or &quot;other&quot;</source>
        <translation>måste vara &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; eller &quot;other&quot;</translation>
    </message>
    <message>
        <source>must be &quot;observed&quot;, &quot;reported&quot; or &quot;assumed&quot;</source>
        <translation>måste vara &quot;observed&quot;, &quot;reported&quot; eller &quot;assumed&quot;</translation>
    </message>
    <message>
        <source>must be &quot;{name}&quot;</source>
        <translation>måste vara &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>must be a BCP 47 language tag, e.g. &quot;en&quot;, &quot;nb-NO&quot; or &quot;pt-BR&quot;</source>
        <translation>måste vara en språktagg enligt BCP 47, t.ex. &quot;en&quot;, &quot;nb-NO&quot; eller &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, at the top level</source>
        <translation>måste vara ett JSON-objekt, { ... }, på översta nivån</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a journey</source>
        <translation>måste vara ett JSON-objekt, { ... }, som beskriver en resa</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a line</source>
        <translation>måste vara ett JSON-objekt, { ... }, som beskriver en linje</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a persona</source>
        <translation>måste vara ett JSON-objekt, { ... }, som beskriver en persona</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a phase</source>
        <translation>måste vara ett JSON-objekt, { ... }, som beskriver en fas</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a quote</source>
        <translation>måste vara ett JSON-objekt, { ... }, som beskriver ett citat</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a station</source>
        <translation>måste vara ett JSON-objekt, { ... }, som beskriver en station</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an action</source>
        <translation>måste vara ett JSON-objekt, { ... }, som beskriver en åtgärd</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an owner</source>
        <translation>måste vara ett JSON-objekt, { ... }, som beskriver en ansvarig</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the document</source>
        <translation>måste vara ett JSON-objekt, { ... }, som beskriver dokumentet</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the workshop</source>
        <translation>måste vara ett JSON-objekt, { ... }, som beskriver workshoppen</translation>
    </message>
    <message>
        <source>must be a colour written as &quot;#RRGGBB&quot;, e.g. &quot;{example}&quot;</source>
        <translation>måste vara en färg skriven som &quot;#RRGGBB&quot;, t.ex. &quot;{example}&quot;</translation>
    </message>
    <message>
        <source>must be a date written as &quot;YYYY-MM-DD&quot;, e.g. &quot;2025-03-31&quot;</source>
        <translation>måste vara ett datum skrivet som &quot;YYYY-MM-DD&quot;, t.ex. &quot;2025-03-31&quot;</translation>
    </message>
    <message>
        <source>must be a finite number, not NaN or Infinity</source>
        <translation>måste vara ett ändligt tal, inte NaN eller Infinity</translation>
    </message>
    <message>
        <source>must be a format version this Journeyline reads, 1 to {newest}</source>
        <translation>måste vara en formatversion som denna Journeyline läser, 1 till {newest}</translation>
    </message>
    <message>
        <source>must be a list of actions, [ ... ]</source>
        <translation>måste vara en lista med åtgärder, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of journeys, [ ... ]</source>
        <translation>måste vara en lista med resor, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of lines, [ ... ]</source>
        <translation>måste vara en lista med linjer, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of owners, [ ... ]</source>
        <translation>måste vara en lista med ansvariga, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of personas, [ ... ]</source>
        <translation>måste vara en lista med personas, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of phases, [ ... ]</source>
        <translation>måste vara en lista med faser, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of quotes, [ ... ]</source>
        <translation>måste vara en lista med citat, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of stations, [ ... ]</source>
        <translation>måste vara en lista med stationer, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of text, [ ... ]</source>
        <translation>måste vara en lista med text, [ ... ]</translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation>måste vara ett tal från {low} till {high}</translation>
    </message>
    <message>
        <source>must be a number of {low} or more</source>
        <translation>måste vara ett tal på {low} eller mer</translation>
    </message>
    <message>
        <source>must be a real calendar date; there is no {value}</source>
        <translation>måste vara ett verkligt datum; det finns inget {value}</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>måste vara ett heltal</translation>
    </message>
    <message>
        <source>must be an integer from {low} to {high}</source>
        <translation>måste vara ett heltal från {low} till {high}</translation>
    </message>
    <message>
        <source>must be an integer of {low} or more</source>
        <translation>måste vara ett heltal på {low} eller mer</translation>
    </message>
    <message>
        <source>must be at most {max} characters long (it has {length})</source>
        <translation>får vara högst {max} tecken lång (den har {length})</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <source>must be text of 1 to {max} characters</source>
        <translation>måste vara text på 1 till {max} tecken</translation>
    </message>
    <message>
        <source>must be the id of a line</source>
        <translation>måste vara id:t för en linje</translation>
    </message>
    <message>
        <source>must be the id of a persona</source>
        <translation>måste vara id:t för en persona</translation>
    </message>
    <message>
        <source>must be the id of a phase</source>
        <translation>måste vara id:t för en fas</translation>
    </message>
    <message>
        <source>must be the id of a station</source>
        <translation>måste vara id:t för en station</translation>
    </message>
    <message>
        <source>must be the id of an owner</source>
        <translation>måste vara id:t för en ansvarig</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>måste vara true eller false</translation>
    </message>
    <message>
        <source>must contain at least one visible character, not only spaces or invisible ones</source>
        <translation>måste innehålla minst ett synligt tecken, inte bara mellanslag eller osynliga tecken</translation>
    </message>
    <message>
        <source>must have at least one journey</source>
        <translation>måste ha minst en resa</translation>
    </message>
    <message>
        <source>must have at least one line</source>
        <translation>måste ha minst en linje</translation>
    </message>
    <message>
        <source>must have at least one phase</source>
        <translation>måste ha minst en fas</translation>
    </message>
    <message>
        <source>must have at most {max} items (it has {count})</source>
        <translation>får ha högst {max} poster (den har {count})</translation>
    </message>
    <message>
        <source>must have at most {max} quotes (it has {count})</source>
        <translation>får ha högst {max} citat (den har {count})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tom</translation>
    </message>
    <message>
        <source>this document is format version {version}, but this Journeyline reads format versions 1 to {newest} only</source>
        <translation>dokumentet har formatversion {version}, men denna Journeyline läser bara formatversion 1 till {newest}</translation>
    </message>
    <message>
        <source>{value} is a line of another journey; use a line of this journey</source>
        <translation>{value} är en linje i en annan resa; använd en linje i den här resan</translation>
    </message>
    <message>
        <source>{value} is a phase of another journey; use a phase of this journey</source>
        <translation>{value} är en fas i en annan resa; använd en fas i den här resan</translation>
    </message>
    <message>
        <source>{value} is a station of another journey; use a station of this journey</source>
        <translation>{value} är en station i en annan resa; använd en station i den här resan</translation>
    </message>
    <message>
        <source>{value} is already used as the id at {place}; ids must be unique across the whole document</source>
        <translation>{value} används redan som id vid {place}; id:n måste vara unika i hela dokumentet</translation>
    </message>
    <message>
        <source>{value} is not the id of a line of this journey</source>
        <translation>{value} är inte id:t för en linje i den här resan</translation>
    </message>
    <message>
        <source>{value} is not the id of a persona in this document</source>
        <translation>{value} är inte id:t för en persona i det här dokumentet</translation>
    </message>
    <message>
        <source>{value} is not the id of a phase of this journey</source>
        <translation>{value} är inte id:t för en fas i den här resan</translation>
    </message>
    <message>
        <source>{value} is not the id of a station of this journey</source>
        <translation>{value} är inte id:t för en station i den här resan</translation>
    </message>
    <message>
        <source>{value} is not the id of an owner in this document</source>
        <translation>{value} är inte id:t för en ansvarig i det här dokumentet</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation>Alla ändringar sparade</translation>
    </message>
    <message>
        <source>Zoom (Ctrl and the mouse wheel, or pinch)</source>
        <translation>Zoom (Ctrl och mushjulet, eller nyp)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Övrigt</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kortkommando</translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <source>Owner: {name}</source>
        <translation>Ansvarig: {name}</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Känsla: {label} ({value})</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Sanningens ögonblick</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Smärtpunkter</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Kundcitat</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>No needs, pain points, quotes or ideas yet.</source>
        <translation>Inga behov, smärtpunkter, citat eller idéer än.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No workshop open</source>
        <translation>Ingen workshop öppen</translation>
    </message>
    <message>
        <source>Open a workshop file, or start a new one from a template.</source>
        <translation>Öppna en workshopfil eller starta en ny från en mall.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öppna…</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Ny från mall…</translation>
    </message>
    <message>
        <source>RECENT</source>
        <translation>SENASTE</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Not stated</source>
        <translation>Inte angivet</translation>
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
        <translation>Vad kunden gör här</translation>
    </message>
    <message>
        <source>Website, phone, letter, store…</source>
        <translation>Webbplats, telefon, brev, butik…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Add a need…</source>
        <translation>Lägg till ett behov…</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nytt behov</translation>
    </message>
    <message>
        <source>Add the need</source>
        <translation>Lägg till behovet</translation>
    </message>
    <message>
        <source>Remove the need</source>
        <translation>Ta bort behovet</translation>
    </message>
    <message>
        <source>Add a pain point…</source>
        <translation>Lägg till en smärtpunkt…</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Ny smärtpunkt</translation>
    </message>
    <message>
        <source>Add the pain point</source>
        <translation>Lägg till smärtpunkten</translation>
    </message>
    <message>
        <source>Remove the pain point</source>
        <translation>Ta bort smärtpunkten</translation>
    </message>
    <message>
        <source>Ownership and evidence</source>
        <translation>Ansvar och belägg</translation>
    </message>
    <message>
        <source>A moment that decides how the customer feels about us</source>
        <translation>Ett ögonblick som avgör vad kunden tycker om oss</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bedömning</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Gap: rate performance and target to see it</source>
        <translation>Gap: bedöm prestation och målnivå för att se det</translation>
    </message>
    <message>
        <source>Gap {gap}: performance is {gap} below target</source>
        <translation>Gap {gap}: prestationen ligger {gap} under målnivån</translation>
    </message>
    <message>
        <source>No gap: performance meets the target</source>
        <translation>Inget gap: prestationen når målnivån</translation>
    </message>
    <message>
        <source>Ahead by {gap}: performance beats the target</source>
        <translation>{gap} före: prestationen överträffar målnivån</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>The classic eight phases, from awareness to advocacy; frontstage and backstage lines.</source>
        <translation>De klassiska åtta faserna, från medvetenhet till ambassadörskap; linjer synliga för kunden och bakom kulisserna.</translation>
    </message>
    <message>
        <source>A new customer&apos;s first 90 days, with placeholder stations to fill in together.</source>
        <translation>En ny kunds första 90 dagar, med platshållarstationer att fylla i tillsammans.</translation>
    </message>
    <message>
        <source>One phase and one line: draw the journey from scratch.</source>
        <translation>En fas och en linje: rita resan från grunden.</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Tom karta</translation>
    </message>
    <message>
        <source>New workshop from template</source>
        <translation>Ny workshop från mall</translation>
    </message>
    <message>
        <source>Start a new workshop file from one of these templates.</source>
        <translation>Starta en ny workshopfil från en av de här mallarna.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Välj var du vill spara…</translation>
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
        <translation>En kundaktivitet</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Ny fas</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Ny linje</translation>
    </message>
    <message>
        <source>Drag onto the map to add it there, or click to add it at the selection</source>
        <translation>Dra till kartan för att lägga till där, eller klicka för att lägga till vid markeringen</translation>
    </message>
    <message>
        <source>A stage, left to right</source>
        <translation>Ett skede, från vänster till höger</translation>
    </message>
    <message>
        <source>A channel or process</source>
        <translation>En kanal eller process</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <source>Welcome to Journeyline</source>
        <translation>Välkommen till Journeyline</translation>
    </message>
    <message>
        <source>Build the map</source>
        <translation>Bygg kartan</translation>
    </message>
    <message>
        <source>Drag a phase, a line or a station from the palette onto the canvas.</source>
        <translation>Dra en fas, en linje eller en station från paletten till ytan.</translation>
    </message>
    <message>
        <source>Edit a station</source>
        <translation>Redigera en station</translation>
    </message>
    <message>
        <source>Select it and fill in the properties panel; double-click it to rename it.</source>
        <translation>Markera den och fyll i egenskapspanelen; dubbelklicka för att byta namn.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentera</translation>
    </message>
    <message>
        <source>Press F5 to show the map full screen to the room; Esc comes back.</source>
        <translation>Tryck på F5 för att visa kartan i helskärm för rummet; Esc tar dig tillbaka.</translation>
    </message>
    <message>
        <source>Hand it over</source>
        <translation>Lämna över</translation>
    </message>
    <message>
        <source>File ▸ Export makes the PDF poster and the Excel action list.</source>
        <translation>Arkiv ▸ Exportera skapar PDF-affischen och åtgärdslistan i Excel.</translation>
    </message>
    <message>
        <source>Every change is saved in the workshop file the moment you make it. Help ▸ Welcome card shows this card again.</source>
        <translation>Varje ändring sparas i workshopfilen i samma stund som du gör den. Hjälp ▸ Välkomstkort visar kortet igen.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Uppfattat</translation>
    </message>
</context>
<context>
    <name>WindowPanels</name>
    <message>
        <source>Click the station for “{}” on the map · Esc cancels</source>
        <translation>Klicka på stationen för ”{}” på kartan · Esc avbryter</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Resor</translation>
    </message>
    <message>
        <source>Open a workshop to see its journeys.</source>
        <translation>Öppna en workshop för att se dess resor.</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Resor</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Open a workshop to see its personas.</source>
        <translation>Öppna en workshop för att se dess personas.</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Ansvariga</translation>
    </message>
    <message>
        <source>Open a workshop to see its owners.</source>
        <translation>Öppna en workshop för att se dess ansvariga.</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Ansvariga</translation>
    </message>
    <message>
        <source>Action board</source>
        <translation>Åtgärdstavla</translation>
    </message>
    <message>
        <source>Open a workshop to see its actions.</source>
        <translation>Öppna en workshop för att se dess åtgärder.</translation>
    </message>
    <message>
        <source>&amp;Action board</source>
        <translation>&amp;Åtgärdstavla</translation>
    </message>
    <message>
        <source>Effort/value matrix</source>
        <translation>Matris insats/värde</translation>
    </message>
    <message>
        <source>Open a workshop to see its priorities.</source>
        <translation>Öppna en workshop för att se dess prioriteringar.</translation>
    </message>
    <message>
        <source>&amp;Effort/value matrix</source>
        <translation>&amp;Matris insats/värde</translation>
    </message>
    <message>
        <source>Show the panel “{title}” ({shortcut})</source>
        <translation>Visa panelen ”{title}” ({shortcut})</translation>
    </message>
    <message>
        <source>Show the panel “{title}”</source>
        <translation>Visa panelen ”{title}”</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Den stationen finns inte längre.</translation>
    </message>
    <message>
        <source>Linked “{title}” to the station “{title_}”</source>
        <translation>Kopplade ”{title}” till stationen ”{title_}”</translation>
    </message>
    <message>
        <source>That is not a station: click a station on the map · Esc cancels</source>
        <translation>Det är ingen station: klicka på en station på kartan · Esc avbryter</translation>
    </message>
    <message>
        <source>The matrix is on the projector; F6 brings it back.</source>
        <translation>Matrisen visas på projektorn; F6 tar tillbaka den.</translation>
    </message>
    <message>
        <source>Close the panel “{title}”</source>
        <translation>Stäng panelen ”{title}”</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Workshopuppgifter</translation>
    </message>
    <message>
        <source>Name of the workshop or engagement</source>
        <translation>Namnet på workshoppen eller uppdraget</translation>
    </message>
    <message>
        <source>The client company</source>
        <translation>Kundföretaget</translation>
    </message>
    <message>
        <source>Target group in focus</source>
        <translation>Målgrupp i fokus</translation>
    </message>
    <message>
        <source>e.g. Lower customer departures</source>
        <translation>t.ex. Färre kunder som lämnar</translation>
    </message>
    <message>
        <source>The workshop&apos;s language: its exports (poster, action list) are in this language. Another language tag (nb-NO, de-CH, pt-BR) may be typed; exports in a language Journeyline does not speak are in English.</source>
        <translation>Workshoppens språk: exporterna (affisch, åtgärdslista) blir på det här språket. Du kan skriva en annan språkkod (nb-NO, de-CH, pt-BR); exporter på ett språk som Journeyline inte talar blir på engelska.</translation>
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
        <translation>Affärs&amp;mål:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Anteckningar:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
</context>
</TS>
