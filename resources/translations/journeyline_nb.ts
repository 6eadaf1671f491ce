<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Journeyline uses Qt unmodified, as shared libraries that can be replaced with another build of the same version.</source>
        <translation>Journeyline bruker Qt uendret, som delte biblioteker som kan erstattes med et annet bygg av samme versjon.</translation>
    </message>
    <message>
        <source>Used by ReportLab.</source>
        <translation>Brukes av ReportLab.</translation>
    </message>
    <message>
        <source>Journeyline bundles the following software.</source>
        <translation>Journeyline leveres med følgende programvare.</translation>
    </message>
    <message>
        <source>The DejaVu Sans font (resources/fonts):</source>
        <translation>Skrifttypen DejaVu Sans (resources/fonts):</translation>
    </message>
    <message>
        <source>DejaVu fonts licence: {url}</source>
        <translation>Lisens for DejaVu-skriftene: {url}</translation>
    </message>
    <message>
        <source>The Noto Emoji font (resources/fonts):</source>
        <translation>Skrifttypen Noto Emoji (resources/fonts):</translation>
    </message>
    <message>
        <source>Noto Emoji font licence: {url}</source>
        <translation>Lisens for skriften Noto Emoji: {url}</translation>
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
        <translation>Versjon {version}</translation>
    </message>
    <message>
        <source>Customer-journey maps, drawn as subway maps, for workshops.</source>
        <translation>Kundereisekart, tegnet som T-banekart, for workshoper.</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisenser</translation>
    </message>
</context>
<context>
    <name>ActionBoard</name>
    <message>
        <source>Add improvement idea…</source>
        <translation>Legg til forbedringsidé…</translation>
    </message>
    <message>
        <source>Add an idea to the journey on the map (Insert)</source>
        <translation>Legg til en idé i reisen på kartet (Insert)</translation>
    </message>
    <message>
        <source>Show station</source>
        <translation>Vis stasjon</translation>
    </message>
    <message>
        <source>Show the action&apos;s station on the map (Ctrl+Return)</source>
        <translation>Vis tiltakets stasjon på kartet (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Pick station on map</source>
        <translation>Velg stasjon på kartet</translation>
    </message>
    <message>
        <source>Link the action to a station you click on the map (Ctrl+L)</source>
        <translation>Knytt tiltaket til en stasjon du klikker på på kartet (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the selected actions (Delete)</source>
        <translation>Slett de merkede tiltakene (Delete)</translation>
    </message>
    <message>
        <source>Show station on the map</source>
        <translation>Vis stasjonen på kartet</translation>
    </message>
    <message>
        <source>Link to station…</source>
        <translation>Knytt til stasjon…</translation>
    </message>
    <message>
        <source>Pick station on the map</source>
        <translation>Velg stasjon på kartet</translation>
    </message>
    <message>
        <source>Unlink station</source>
        <translation>Fjern kobling til stasjon</translation>
    </message>
</context>
<context>
    <name>ActionFilters</name>
    <message>
        <source>Search actions (Ctrl+F)</source>
        <translation>Søk i tiltak (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Søk i tiltak</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reise</translation>
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
        <translation>Fjern filtre</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Reise:</translation>
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
        <translation>Alle reiser</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Reisen på kartet</translation>
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
        <translation>Alle statuser</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Alle prioriteter</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n tiltak</numerusform>
            <numerusform>%n tiltak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown} av %n tiltak</numerusform>
            <numerusform>{shown} av %n tiltak</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionListUpdate</name>
    <message>
        <source>Update from action list</source>
        <translation>Oppdater fra tiltakslisten</translation>
    </message>
    <message>
        <source>Excel action lists (*.xlsx);;All files (*)</source>
        <translation>Excel-tiltakslister (*.xlsx);;Alle filer (*)</translation>
    </message>
    <message numerus="yes">
        <source>{file} cannot be used: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>{file} kan ikke brukes: %n problem; ingenting ble endret.</numerusform>
            <numerusform>{file} kan ikke brukes: %n problemer; ingenting ble endret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n endring</numerusform>
            <numerusform>%n endringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n nytt tiltak</numerusform>
            <numerusform>%n nye tiltak</numerusform>
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
        <translation>Oppdatert fra {file}: {changes}, {new}, {owners}.</translation>
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
        <translation>Ingen stasjon</translation>
    </message>
    <message>
        <source>Quick wins first, then big bets, fill-ins, time sinks, unrated</source>
        <translation>Raske gevinster først, så store satsinger, småjobber, tidstyver, ikke vurderte</translation>
    </message>
    <message>
        <source>{column} (F2 or double-click to edit)</source>
        <translation>{column} (F2 eller dobbeltklikk for å redigere)</translation>
    </message>
    <message>
        <source>Not linked to a station (F2 to choose, Ctrl+L to pick on the map)</source>
        <translation>Ikke knyttet til en stasjon (F2 for å velge, Ctrl+L for å peke ut på kartet)</translation>
    </message>
    <message>
        <source>{station}
Double-click or Ctrl+Return: show on the map</source>
        <translation>{station}
Dobbeltklikk eller Ctrl+Retur: vis på kartet</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Forsinket siden {date}</translation>
    </message>
    <message>
        <source>Effort {n}: {word}</source>
        <translation>Innsats {n}: {word}</translation>
    </message>
    <message>
        <source>Value {n}: {word}</source>
        <translation>Verdi {n}: {word}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Innsats</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
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
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reise</translation>
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
        <translation>Oppdater fra tiltakslisten</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”, {rows}</source>
        <translation>{file}, ark «{sheet}», {rows}</translation>
    </message>
    <message>
        <source>the list changes nothing in the workshop.</source>
        <translation>listen endrer ingenting i workshopen.</translation>
    </message>
    <message>
        <source>{changes} to {actions}</source>
        <translation>{changes} i {actions}</translation>
    </message>
    <message>
        <source>new action</source>
        <translation>nytt tiltak</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltak</translation>
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
        <translation>Etter</translation>
    </message>
    <message numerus="yes">
        <source>%n action row(s)</source>
        <translation>
            <numerusform>%n tiltaksrad</numerusform>
            <numerusform>%n tiltaksrader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n endring</numerusform>
            <numerusform>%n endringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n tiltak</numerusform>
            <numerusform>%n tiltak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n nytt tiltak</numerusform>
            <numerusform>%n nye tiltak</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is changed until you apply; Edit ▸ Undo takes it all back.</source>
        <translation>Ingenting endres før du bruker endringene; Rediger ▸ Angre tar alt tilbake.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Bruk</translation>
    </message>
    <message>
        <source>&amp;Apply {n}</source>
        <translation>&amp;Bruk {n}</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Endringer ({n})</translation>
    </message>
    <message>
        <source>New actions ({n})</source>
        <translation>Nye tiltak ({n})</translation>
    </message>
    <message>
        <source>journey {name}</source>
        <translation>reise {name}</translation>
    </message>
    <message>
        <source> (new owner)</source>
        <translation> (ny ansvarlig)</translation>
    </message>
    <message>
        <source>Not in the list ({n}): kept in the workshop, as rows deleted in Excel never delete an action</source>
        <translation>Ikke i listen ({n}): beholdes i workshopen, fordi rader slettet i Excel aldri sletter et tiltak</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>reise</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Merknader ({n})</translation>
    </message>
    <message>
        <source>Owners the workshop does not have: create them?</source>
        <translation>Ansvarlige som workshopen mangler: opprette dem?</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
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
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Ny fra mal…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åpne…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åpne n&amp;ylige</translation>
    </message>
    <message>
        <source>&amp;Import JSON document…</source>
        <translation>Importer &amp;JSON-dokument…</translation>
    </message>
    <message>
        <source>Make a new workshop file from a JSON interchange document</source>
        <translation>Lag en ny workshopfil av et JSON-dokument i utvekslingsformatet</translation>
    </message>
    <message>
        <source>Open from li&amp;brary…</source>
        <translation>Åpne fra &amp;biblioteket…</translation>
    </message>
    <message>
        <source>Find a published map or search across every map in the library</source>
        <translation>Finn et publisert kart eller søk i alle kartene i biblioteket</translation>
    </message>
    <message>
        <source>Publis&amp;h to library…</source>
        <translation>P&amp;ubliser i biblioteket…</translation>
    </message>
    <message>
        <source>Publish this workshop (or a journey as a house template)</source>
        <translation>Publiser denne workshopen (eller en reise som husmal)</translation>
    </message>
    <message>
        <source>Library se&amp;ttings…</source>
        <translation>Biblioteks&amp;innstillinger…</translation>
    </message>
    <message>
        <source>The local library on this computer, or a team library</source>
        <translation>Det lokale biblioteket på denne datamaskinen eller et teambibliotek</translation>
    </message>
    <message>
        <source>&amp;Workshop details…</source>
        <translation>&amp;Workshopdetaljer…</translation>
    </message>
    <message>
        <source>The workshop&apos;s title, organisation, segment, business goal and notes</source>
        <translation>Workshopens tittel, organisasjon, segment, forretningsmål og notater</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Lagre en &amp;kopi…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>Export a PDF poster, an Excel action list, an image or JSON (Ctrl+E)</source>
        <translation>Eksporter en PDF-plakat, en tiltaksliste i Excel, et bilde eller JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export PDF &amp;poster…</source>
        <translation>Eksporter PDF-&amp;plakat…</translation>
    </message>
    <message>
        <source>Export Excel action &amp;list…</source>
        <translation>Eksporter &amp;tiltaksliste i Excel…</translation>
    </message>
    <message>
        <source>&amp;Update from action list…</source>
        <translation>&amp;Oppdater fra tiltakslisten…</translation>
    </message>
    <message>
        <source>Read back the Excel action list the client edited: preview every change, then apply it as one step</source>
        <translation>Les inn tiltakslisten i Excel som kunden har redigert: se hver endring, og bruk dem så i ett steg</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Lukk workshopen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliser</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Sl&amp;ett</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Gi nytt navn</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Merk &amp;alt</translation>
    </message>
    <message>
        <source>Add &amp;station</source>
        <translation>Legg til &amp;stasjon</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>Legg til &amp;fase</translation>
    </message>
    <message>
        <source>Add li&amp;ne</source>
        <translation>Legg &amp;til linje</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>The window&apos;s language and other settings</source>
        <translation>Vinduets språk og andre innstillinger</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;inn</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>&amp;Tilpass kartet</translation>
    </message>
    <message>
        <source>Fit &amp;selection</source>
        <translation>Tilpass ut&amp;valget</translation>
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
        <translation>Vis s&amp;mertepunkter</translation>
    </message>
    <message>
        <source>Show i&amp;deas</source>
        <translation>Vis i&amp;deer</translation>
    </message>
    <message>
        <source>A mark with the number of improvement ideas of each station; their titles when the pointer rests on it</source>
        <translation>Et merke med antall forbedringsideer for hver stasjon; titlene deres når pekeren hviler på det</translation>
    </message>
    <message>
        <source>Show &amp;quotes</source>
        <translation>Vis sitat&amp;er</translation>
    </message>
    <message>
        <source>Show o&amp;wners</source>
        <translation>Vis &amp;ansvarlige</translation>
    </message>
    <message>
        <source>Show fi&amp;gures</source>
        <translation>Vis ta&amp;ll</translation>
    </message>
    <message>
        <source>Day, customers, duration and drop-off under each station</source>
        <translation>Dag, kunder, varighet og frafall under hver stasjon</translation>
    </message>
    <message>
        <source>Show the emotion &amp;curve</source>
        <translation>Vis f&amp;ølelseskurven</translation>
    </message>
    <message>
        <source>Show the map &amp;title</source>
        <translation>Vis &amp;kartets tittel</translation>
    </message>
    <message>
        <source>Foc&amp;us on the map</source>
        <translation>F&amp;okus på kartet</translation>
    </message>
    <message>
        <source>Hide every panel so the map has the whole window; the same again brings them back (Ctrl+Shift+H)</source>
        <translation>Skjul alle paneler så kartet får hele vinduet; det samme igjen henter dem tilbake (Ctrl+Shift+H)</translation>
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
        <translation>Dagens og den fremtidige reisen over hverandre</translation>
    </message>
    <message>
        <source>Presentation &amp;mode</source>
        <translation>P&amp;resentasjonsmodus</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Present the map full screen (F5); Esc leaves</source>
        <translation>Vis kartet i fullskjerm (F5); Esc avslutter</translation>
    </message>
    <message>
        <source>Prioritise on the projector</source>
        <translation>Prioriter på projektoren</translation>
    </message>
    <message>
        <source>Show the effort/value matrix full screen in large type (F6); F6 again returns to the map</source>
        <translation>Vis innsats/verdi-matrisen i fullskjerm med stor tekst (F6); F6 igjen går tilbake til kartet</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>&amp;Welcome card</source>
        <translation>&amp;Velkomstkort</translation>
    </message>
    <message>
        <source>What goes where on the map, and how a workshop goes</source>
        <translation>Hva som hører hjemme hvor på kartet, og hvordan en workshop foregår</translation>
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
        <translation>Legg til stasjon her</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Legg til fase</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Legg til linje</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Lim inn</translation>
    </message>
    <message>
        <source>Select all stations</source>
        <translation>Merk alle stasjoner</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliser</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Følelse</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Sannhetens øyeblikk</translation>
    </message>
    <message>
        <source>Add improvement idea…</source>
        <translation>Legg til forbedringsidé…</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Slett fase</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Slett linje</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Farge…</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Standardfarge</translation>
    </message>
    <message>
        <source>Add phase before</source>
        <translation>Legg til fase før</translation>
    </message>
    <message>
        <source>Add phase after</source>
        <translation>Legg til fase etter</translation>
    </message>
    <message>
        <source>Add line above</source>
        <translation>Legg til linje over</translation>
    </message>
    <message>
        <source>Add line below</source>
        <translation>Legg til linje under</translation>
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
        <translation>Annen farge…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Velg en farge</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <source>Custom colour</source>
        <translation>Egen farge</translation>
    </message>
    <message>
        <source>Custom colour ({code})</source>
        <translation>Egen farge ({code})</translation>
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
        <translation>= ingen endring</translation>
    </message>
    <message>
        <source>{name}: average {value}</source>
        <translation>{name}: snitt {value}</translation>
    </message>
    <message>
        <source>{name}: not assessed</source>
        <translation>{name}: ikke vurdert</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Import JSON document</source>
        <translation>Importer JSON-dokument</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Lagre den importerte workshopen som</translation>
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
        <translation>Legg til tiltak {name}</translation>
    </message>
    <message>
        <source>Add journey {name}</source>
        <translation>Legg til reise {name}</translation>
    </message>
    <message>
        <source>Add line {name}</source>
        <translation>Legg til linje {name}</translation>
    </message>
    <message>
        <source>Add owner {name}</source>
        <translation>Legg til ansvarlig {name}</translation>
    </message>
    <message>
        <source>Add persona {name}</source>
        <translation>Legg til persona {name}</translation>
    </message>
    <message>
        <source>Add phase {name}</source>
        <translation>Legg til fase {name}</translation>
    </message>
    <message>
        <source>Add station {name}</source>
        <translation>Legg til stasjon {name}</translation>
    </message>
    <message numerus="yes">
        <source>Clear moment of truth of %n station(s)</source>
        <translation>
            <numerusform>Fjern sannhetens øyeblikk fra stasjon</numerusform>
            <numerusform>Fjern sannhetens øyeblikk fra %n stasjoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Slett tiltak</numerusform>
            <numerusform>Slett %n tiltak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation>
            <numerusform>Slett linje</numerusform>
            <numerusform>Slett %n linjer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phase(s)</source>
        <translation>
            <numerusform>Slett fase</numerusform>
            <numerusform>Slett %n faser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n station(s)</source>
        <translation>
            <numerusform>Slett stasjon</numerusform>
            <numerusform>Slett %n stasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Slett reise</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Slett linje</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Slett ansvarlig</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Slett persona</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Slett fase</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Utform den fremtidige reisen</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n station(s)</source>
        <translation>
            <numerusform>Dupliser stasjon</numerusform>
            <numerusform>Dupliser %n stasjoner</numerusform>
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
        <translation>Rediger workshopens opplysninger</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n station(s) as moment of truth</source>
        <translation>
            <numerusform>Merk stasjon som sannhetens øyeblikk</numerusform>
            <numerusform>Merk %n stasjoner som sannhetens øyeblikk</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge owners</source>
        <translation>Slå sammen ansvarlige</translation>
    </message>
    <message numerus="yes">
        <source>Move %n station(s)</source>
        <translation>
            <numerusform>Flytt stasjon</numerusform>
            <numerusform>Flytt %n stasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>Move line to backstage</source>
        <translation>Flytt linjen bak kulissene</translation>
    </message>
    <message>
        <source>Move line to frontstage</source>
        <translation>Gjør linjen synlig for kunden</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n station(s)</source>
        <translation>
            <numerusform>Lim inn stasjon</numerusform>
            <numerusform>Lim inn %n stasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename station</source>
        <translation>Gi stasjonen nytt navn</translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation>Endre rekkefølgen på reiser</translation>
    </message>
    <message>
        <source>Reorder lines</source>
        <translation>Endre rekkefølgen på linjer</translation>
    </message>
    <message>
        <source>Reorder phases</source>
        <translation>Endre rekkefølgen på faser</translation>
    </message>
    <message numerus="yes">
        <source>Set emotion of %n station(s)</source>
        <translation>
            <numerusform>Angi følelse for stasjon</numerusform>
            <numerusform>Angi følelse for %n stasjoner</numerusform>
        </translation>
    </message>
    <message>
        <source>Set owner to new {name}</source>
        <translation>Angi ny ansvarlig {name}</translation>
    </message>
    <message>
        <source>Update from {file}</source>
        <translation>Oppdater fra {file}</translation>
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
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>The room has not judged this moment yet</source>
        <translation>Rommet har ikke vurdert dette øyeblikket ennå</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ikke vurdert ennå</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the {label} as</source>
        <translation>Eksporter {label} som</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>&amp;All journeys</source>
        <translation>&amp;Alle reiser</translation>
    </message>
    <message>
        <source>O&amp;ne:</source>
        <translation>&amp;Én:</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Reiser:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Lagre som:</translation>
    </message>
    <message>
        <source>An image shows one journey&apos;s map</source>
        <translation>Et bilde viser kartet til én reise</translation>
    </message>
    <message>
        <source>Every journey&apos;s map</source>
        <translation>Kartet for hver reise</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <source>“{name}” already exists in “{folder}”. Replace it?</source>
        <translation>«{name}» finnes allerede i «{folder}». Vil du erstatte den?</translation>
    </message>
</context>
<context>
    <name>ExportNotices</name>
    <message>
        <source>No installed font has the character {characters}, so it shows as an empty box. Install a font that has it (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Ingen installert skrift har tegnet {characters}, så det vises som en tom boks. Installer en skrift som har det (f.eks. Noto Sans CJK eller Droid Sans Fallback som TrueType), og eksporter på nytt.</translation>
    </message>
    <message>
        <source>No installed font has these {count} characters, so they show as empty boxes: {characters}. Install a font that has them (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Ingen installert skrift har disse {count} tegnene, så de vises som tomme bokser: {characters}. Installer en skrift som har dem (f.eks. Noto Sans CJK eller Droid Sans Fallback som TrueType), og eksporter på nytt.</translation>
    </message>
    <message>
        <source>The map of {journey} is printed at {percent}% on {paper}: its smallest text is {size} pt. Choose a larger paper for print; on screen it can be zoomed.</source>
        <translation>Kartet over {journey} skrives ut i {percent} % på {paper}: den minste teksten er {size} pt. Velg et større papir for utskrift; på skjermen kan det zoomes.</translation>
    </message>
    <message>
        <source>The map of {journey} is too large for the chosen resolution; it was drawn at {dpi} dpi instead. Use the PDF or SVG for a sharper copy.</source>
        <translation>Kartet over {journey} er for stort for den valgte oppløsningen; det ble i stedet tegnet med {dpi} dpi. Bruk PDF eller SVG for en skarpere kopi.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting the {label} “{name}”…</source>
        <translation>Eksporterer {label} «{name}»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Eksporten er ferdig</translation>
    </message>
    <message>
        <source>Exported {what}.</source>
        <translation>Eksporterte {what}.</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>I {folder}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Vis i mappen</translation>
    </message>
    <message numerus="yes">
        <source>Please check %n note(s):</source>
        <translation>
            <numerusform>Kontroller %n merknad:</numerusform>
            <numerusform>Kontroller %n merknader:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislyktes</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Tall</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;pråk:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papir:</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Sitater</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Oppløsning:</translation>
    </message>
    <message>
        <source>150 dpi suits slides; 300 dpi suits print</source>
        <translation>150 dpi passer til presentasjoner; 300 dpi passer til trykk</translation>
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
        <translation>A4-ark som teipes sammen</translation>
    </message>
    <message>
        <source>A4 · 210 × 297 mm</source>
        <translation>A4 · 210 × 297 mm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Actions, stations and owners as sheets, to plan the follow-up.</source>
        <translation>Tiltak, stasjoner og ansvarlige som ark, for å planlegge oppfølgingen.</translation>
    </message>
    <message>
        <source>As View ▸ Show… has it; a change here is for this export only</source>
        <translation>Som i Vis ▸ Vis …; en endring her gjelder bare denne eksporten</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Antatt</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Bak kulissene</translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation>Stor satsing</translation>
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
        <translation>Blågrønn</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronse</translation>
    </message>
    <message>
        <source>Business goal</source>
        <translation>Forretningsmål</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Kundesitater</translation>
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
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ferdig</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Frafall</translation>
    </message>
    <message>
        <source>Drop-off (%)</source>
        <translation>Frafall (%)</translation>
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
        <translation>Varighet</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Varighet (min)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Innsats</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Følelse</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belegg</translation>
    </message>
    <message>
        <source>Excel action list</source>
        <translation>Tiltaksliste i Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>Småjobb</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Synlig for kunden</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrasjoner</translation>
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
        <translation>I&amp;deer</translation>
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
        <translation>Intervju</translation>
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
        <translation>Språk</translation>
    </message>
    <message>
        <source>Letter sheets, to tape together</source>
        <translation>Letter-ark som teipes sammen</translation>
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
        <translation>Sannhetens øyeblikk</translation>
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
        <translation>Nøytral</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>O&amp;wners</source>
        <translation>&amp;Ansvarlige</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observasjon</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observert</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a drawing that stays sharp at any size.</source>
        <translation>Kartet til én reise som en tegning som holder seg skarp i alle størrelser.</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a picture, for slides and documents.</source>
        <translation>Kartet til én reise som et bilde, for presentasjoner og dokumenter.</translation>
    </message>
    <message>
        <source>One sheet of that size</source>
        <translation>Ett ark i den størrelsen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
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
        <translation>PNG-bilde</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
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
        <translation>Lysegrønn</translation>
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
        <translation>Lyserosa</translation>
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
        <translation>Ytelse</translation>
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
        <translation>Skriv &amp;ut på:</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Rask gevinst</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sitat</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Rødlilla</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapportert</translation>
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
        <translation>SVG-bilde</translation>
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
        <translation>Stasjon</translation>
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
        <translation>Fortelling</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Kundeservicehenvendelse</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Spørreundersøkelse</translation>
    </message>
    <message>
        <source>Tabloid · 11 × 17 in</source>
        <translation>Tabloid · 11 × 17 tommer</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Målnivå</translation>
    </message>
    <message>
        <source>The map, the action list and the station details, ready to print.</source>
        <translation>Kartet, tiltakslisten og stasjonenes detaljer, klare til utskrift.</translation>
    </message>
    <message>
        <source>The whole workshop as an interchange document, to import elsewhere.</source>
        <translation>Hele workshopen som et utvekslingsdokument, for import andre steder.</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>Workshopens språk</translation>
    </message>
    <message>
        <source>Time sink</source>
        <translation>Tidstyv</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
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
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Vermilion</source>
        <translation>Sinober</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Svært negativ</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>Svært positiv</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>action title</source>
        <translation>tiltakets tittel</translation>
    </message>
    <message>
        <source>business goal</source>
        <translation>forretningsmål</translation>
    </message>
    <message>
        <source>customer quotes</source>
        <translation>kundesitater</translation>
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
        <translation>opplysninger</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation>frafall</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>frist</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>varighet</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>innsats</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-post</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>følelse</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>belegg</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>frustrasjoner</translation>
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
        <translation>reisens tilstand</translation>
    </message>
    <message>
        <source>journey&apos;s name</source>
        <translation>reisens navn</translation>
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
        <translation>linjens farge</translation>
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
        <translation>sannhetens øyeblikk</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>behov</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notater</translation>
    </message>
    <message>
        <source>number of customers</source>
        <translation>antall kunder</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisasjon</translation>
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
        <translation>ytelse</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>persona colour</source>
        <translation>personaens farge</translation>
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
        <translation>fasens farge</translation>
    </message>
    <message>
        <source>phase name</source>
        <translation>fasens navn</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>sitat</translation>
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
        <translation>stasjon</translation>
    </message>
    <message>
        <source>station title</source>
        <translation>stasjonens tittel</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>storyline</source>
        <translation>fortelling</translation>
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
        <translation>verdi</translation>
    </message>
    <message>
        <source>workshop title</source>
        <translation>workshopens tittel</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>The workshop file is gone</source>
        <translation>Workshopfilen er borte</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lagre en kopi…</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>Another program is writing to the library “{library}”; try again in a moment. Nothing was changed.</source>
        <translation>Et annet program skriver til biblioteket «{library}»; prøv igjen om et øyeblikk. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop (“{exported}”); nothing was changed.</source>
        <translation>Ingen av de {count} tiltakene i {file} finnes i denne workshopen: listen ble eksportert fra en annen workshop («{exported}»); ingenting ble endret.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop; nothing was changed.</source>
        <translation>Ingen av de {count} tiltakene i {file} finnes i denne workshopen: listen ble eksportert fra en annen workshop; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Row {row}: the new action “{title}” gets no owner, as “{needed}” is not created.</source>
        <translation>Rad {row}: det nye tiltaket «{title}» får ingen ansvarlig, fordi «{needed}» ikke opprettes.</translation>
    </message>
    <message>
        <source>Row {row}: the {field} of “{action}” was changed both in the list (to {listed}) and in the workshop since the export (to {current}); the list&apos;s value is the one applied.</source>
        <translation>Rad {row}: feltet «{field}» for «{action}» ble endret både i listen (til {listed}) og i workshopen etter eksporten (til {current}); listens verdi er den som brukes.</translation>
    </message>
    <message>
        <source>Row {row}: “{action}” keeps its owner {owner}, as “{needed}” is not created.</source>
        <translation>Rad {row}: «{action}» beholder sin ansvarlige {owner}, fordi «{needed}» ikke opprettes.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has no “{header}” column (row {row} is its header), so every action keeps its {field}.</source>
        <translation>Arket «{sheet}» har ingen kolonne «{header}» (rad {row} er overskriftsraden), så hvert tiltak beholder feltet «{field}».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} has no action key: it is taken as the action “{title}” of the workshop, which has the same title.</source>
        <translation>Arket «{sheet}», rad {row} har ingen tiltaksnøkkel: den tolkes som workshopens tiltak «{title}», som har samme tittel.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} holds only formulas (a totals row?), so it is not read as an action.</source>
        <translation>Arket «{sheet}», rad {row} inneholder bare formler (en summerad?), så den leses ikke som et tiltak.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} is a new action, but the sheet has no “{header}” column to give it a title.</source>
        <translation>Arket «{sheet}», rad {row} er et nytt tiltak, men arket har ingen kolonne «{header}» som kan gi det en tittel.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} names no journey: the list needs a “{header}” column naming the journey of the new action ({journeys}).</source>
        <translation>Arket «{sheet}», rad {row} oppgir ingen reise: listen trenger en kolonne «{header}» som oppgir reisen til det nye tiltaket ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the Excel error “{value}”.</source>
        <translation>Arket «{sheet}», rad {row}, kolonne {column} ({header}) inneholder Excel-feilen «{value}».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}” with no value computed by Excel: it is read as that text, never run.</source>
        <translation>Arket «{sheet}», rad {row}, kolonne {column} ({header}) inneholder formelen «{formula}» uten en verdi beregnet av Excel: den leses som den teksten og kjøres aldri.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}”: its value as Excel last showed it, “{value}”, is read.</source>
        <translation>Arket «{sheet}», rad {row}, kolonne {column} ({header}) inneholder formelen «{formula}»: verdien slik Excel sist viste den, «{value}», leses.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, the name of {count} journeys: rename one of them in Journeyline first.</source>
        <translation>Arket «{sheet}», rad {row}, kolonne {column} ({header}) inneholder «{name}», navnet på {count} reiser: gi en av dem nytt navn i Journeyline først.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, which is no journey of this workshop ({journeys}).</source>
        <translation>Arket «{sheet}», rad {row}, kolonne {column} ({header}) inneholder «{name}», som ikke er en reise i denne workshopen ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but no station has that title: the action&apos;s station is left as it is.</source>
        <translation>Arket «{sheet}», rad {row}, kolonne {column} ({header}) inneholder «{title}», men ingen stasjon har den tittelen: tiltakets stasjon blir som den er.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but {count} stations have that title: the action&apos;s station is left as it is.</source>
        <translation>Arket «{sheet}», rad {row}, kolonne {column} ({header}) inneholder «{title}», men {count} stasjoner har den tittelen: tiltakets stasjon blir som den er.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”, which is not an action key Journeyline wrote: clear that hidden cell to add the row as a new action.</source>
        <translation>Arket «{sheet}», rad {row}, kolonne {column} ({header}) inneholder «{value}», som ikke er en tiltaksnøkkel Journeyline skrev: tøm den skjulte cellen for å legge til raden som et nytt tiltak.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”.</source>
        <translation>Arket «{sheet}», rad {row}, kolonne {column} ({header}) inneholder «{value}».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty.</source>
        <translation>Arket «{sheet}», rad {row}, kolonne {column} ({header}) er tom.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: name the journey of the new action ({journeys}).</source>
        <translation>Arket «{sheet}», rad {row}, kolonne {column} ({header}) er tom: oppgi reisen til det nye tiltaket ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: the status of “{action}” stays “{status}”.</source>
        <translation>Arket «{sheet}», rad {row}, kolonne {column} ({header}) er tom: statusen for «{action}» forblir «{status}».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: its action is no longer in the workshop (deleted after the export?), so the row is left out.</source>
        <translation>Arket «{sheet}», rad {row}: tiltaket finnes ikke lenger i workshopen (slettet etter eksporten?), så raden utelates.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: the “{header}” column names “{named}”, but the action is in “{actual}”, where it stays.</source>
        <translation>Arket «{sheet}», rad {row}: kolonnen «{header}» oppgir «{named}», men tiltaket ligger i «{actual}», der det blir.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, rows {first} and {second} carry the same hidden action key in column {column}: one row was copied from the other, so clear that cell in the copy to add it as a new action.</source>
        <translation>Arket «{sheet}», radene {first} og {second} har samme skjulte tiltaksnøkkel i kolonne {column}: den ene raden ble kopiert fra den andre, så tøm den cellen i kopien for å legge den til som et nytt tiltak.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, {count} rows ({rows}): the “{header}” column names “{named}”, but the actions are in “{actual}”, where they stay.</source>
        <translation>Arket «{sheet}», {count} rader ({rows}): kolonnen «{header}» oppgir «{named}», men tiltakene ligger i «{actual}», der de blir.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved in {folder}: {reason}.</source>
        <translation>Valget av bibliotek kunne ikke lagres i {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved. {problem}</source>
        <translation>Valget av bibliotek kunne ikke lagres. {problem}</translation>
    </message>
    <message>
        <source>The connection to the library “{library}” was lost; nothing was changed.</source>
        <translation>Forbindelsen til biblioteket «{library}» ble brutt; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The copy {file} failed its check.</source>
        <translation>Kopien {file} besto ikke kontrollen.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be reached; nothing was changed.</source>
        <translation>Biblioteket «{library}» kan ikke nås; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be used: {module} is not installed.</source>
        <translation>Biblioteket «{library}» kan ikke brukes: {module} er ikke installert.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: it is read-only; nothing was changed.</source>
        <translation>Det kan ikke skrives til biblioteket «{library}»: det er skrivebeskyttet; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: the disk is full; nothing was changed.</source>
        <translation>Det kan ikke skrives til biblioteket «{library}»: disken er full; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The library “{library}” could not be used: {reason}. Nothing was changed.</source>
        <translation>Biblioteket «{library}» kunne ikke brukes: {reason}. Ingenting ble endret.</translation>
    </message>
    <message>
        <source>The library “{library}” is not set up for this Journeyline yet, and your database role may not set it up; ask the library&apos;s owner to run &apos;journeyline library setup&apos; once.</source>
        <translation>Biblioteket «{library}» er ennå ikke satt opp for denne Journeyline, og databaserollen din har ikke lov til å sette det opp; be bibliotekets eier om å kjøre &apos;journeyline library setup&apos; én gang.</translation>
    </message>
    <message>
        <source>The library “{library}” was set up by a newer Journeyline; please update Journeyline to use it.</source>
        <translation>Biblioteket «{library}» ble satt opp av en nyere Journeyline; oppdater Journeyline for å bruke det.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” has no such database; nothing was changed.</source>
        <translation>Serveren for biblioteket «{library}» har ingen slik database; ingenting ble endret.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” refused the sign-in (user or password); nothing was changed.</source>
        <translation>Serveren for biblioteket «{library}» avviste påloggingen (bruker eller passord); ingenting ble endret.</translation>
    </message>
    <message>
        <source>The workshop could not be prepared for export: {reason}.</source>
        <translation>Workshopen kunne ikke gjøres klar for eksport: {reason}.</translation>
    </message>
    <message>
        <source>Version {number} of “{title}” in the library “{library}” cannot be read: {place}: {rule}</source>
        <translation>Versjon {number} av «{title}» i biblioteket «{library}» kan ikke leses: {place}: {rule}</translation>
    </message>
    <message>
        <source>Your database role may not publish to the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Databaserollen din har ikke lov til å publisere i biblioteket «{library}»: be bibliotekets eier om å gi den rettigheten; ingenting ble endret.</translation>
    </message>
    <message>
        <source>Your database role may not read the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Databaserollen din har ikke lov til å lese biblioteket «{library}»: be bibliotekets eier om å gi den rettigheten; ingenting ble endret.</translation>
    </message>
    <message>
        <source>action {id}</source>
        <translation>tiltak {id}</translation>
    </message>
    <message>
        <source>binary data ({count} bytes)</source>
        <translation>binære data ({count} byte)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tomt</translation>
    </message>
    <message>
        <source>journey {id}</source>
        <translation>reise {id}</translation>
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
        <translation>rad {id} i tabellen {table}</translation>
    </message>
    <message>
        <source>station {id}</source>
        <translation>stasjon {id}</translation>
    </message>
    <message>
        <source>the workshop record</source>
        <translation>workshopens grunnopplysninger</translation>
    </message>
    <message>
        <source>{file} already exists; it was not overwritten.</source>
        <translation>{file} finnes allerede; den ble ikke overskrevet.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} actions, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åpnes: den inneholder {count} tiltak, og en workshop kan ha høyst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} journeys, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åpnes: den inneholder {count} reiser, og en workshop kan ha høyst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} lines, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åpnes: den inneholder {count} linjer, og en workshop kan ha høyst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} owners, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åpnes: den inneholder {count} ansvarlige, og en workshop kan ha høyst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} personas, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åpnes: den inneholder {count} personaer, og en workshop kan ha høyst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} phases, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åpnes: den inneholder {count} faser, og en workshop kan ha høyst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} quotes, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åpnes: den inneholder {count} sitater, og en workshop kan ha høyst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} stations, and a workshop holds at most {max}.</source>
        <translation>{file} kan ikke åpnes: den inneholder {count} stasjoner, og en workshop kan ha høyst {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it is {size}, and Journeyline reads files of at most {limit}.</source>
        <translation>{file} kan ikke åpnes: den er på {size}, og Journeyline leser filer på høyst {limit}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: its side file {side} is not a regular file.</source>
        <translation>{file} kan ikke åpnes: sidefilen {side} er ikke en vanlig fil.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>{file} kan ikke leses: ingen tilgang.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>{file} kan ikke leses: {reason}.</translation>
    </message>
    <message>
        <source>{file} cannot be used: action {row} belongs to station {other} of another journey.</source>
        <translation>{file} kan ikke brukes: tiltak {row} hører til stasjon {other} på en annen reise.</translation>
    </message>
    <message>
        <source>{file} cannot be used: it has no workshop record.</source>
        <translation>{file} kan ikke brukes: den mangler workshopens grunnopplysninger.</translation>
    </message>
    <message>
        <source>{file} cannot be used: its side files change it into something that is not this workshop file.</source>
        <translation>{file} kan ikke brukes: sidefilene gjør den om til noe som ikke er denne workshopfilen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on line {other} of another journey.</source>
        <translation>{file} kan ikke brukes: stasjon {row} ligger på linje {other} på en annen reise.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on phase {other} of another journey.</source>
        <translation>{file} kan ikke brukes: stasjon {row} ligger i fase {other} på en annen reise.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the column {column} of {row} is {value}, which is not a valid value.</source>
        <translation>{file} kan ikke brukes: kolonnen {column} i {row} er {value}, som ikke er en gyldig verdi.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a list.</source>
        <translation>{file} kan ikke brukes: feltet «{field}» i {row} er {value}, som ikke er en liste.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a valid value.</source>
        <translation>{file} kan ikke brukes: feltet «{field}» i {row} er {value}, som ikke er en gyldig verdi.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}. {rule}</source>
        <translation>{file} kan ikke brukes: feltet «{field}» i {row} er {value}. {rule}</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a journey that is not in the file.</source>
        <translation>{file} kan ikke brukes: {row} viser til en reise som ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a line that is not in the file.</source>
        <translation>{file} kan ikke brukes: {row} viser til en linje som ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a persona that is not in the file.</source>
        <translation>{file} kan ikke brukes: {row} viser til en persona som ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a phase that is not in the file.</source>
        <translation>{file} kan ikke brukes: {row} viser til en fase som ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a row of the table {table} that is not in the file.</source>
        <translation>{file} kan ikke brukes: {row} viser til en rad i tabellen {table} som ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a station that is not in the file.</source>
        <translation>{file} kan ikke brukes: {row} viser til en stasjon som ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an action that is not in the file.</source>
        <translation>{file} kan ikke brukes: {row} viser til et tiltak som ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an owner that is not in the file.</source>
        <translation>{file} kan ikke brukes: {row} viser til en ansvarlig som ikke er i filen.</translation>
    </message>
    <message>
        <source>{file} could not be checked: {reason}.</source>
        <translation>{file} kunne ikke kontrolleres: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk is full.</source>
        <translation>{file} kunne ikke åpnes: disken er full.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk reported an error.</source>
        <translation>{file} kunne ikke åpnes: disken rapporterte en feil.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the file or its folder is read-only.</source>
        <translation>{file} kunne ikke åpnes: filen eller mappen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>{file} could not be opened: {reason}.</source>
        <translation>{file} kunne ikke åpnes: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk is full.</source>
        <translation>{file} kunne ikke leses: disken er full.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk reported an error.</source>
        <translation>{file} kunne ikke leses: disken rapporterte en feil.</translation>
    </message>
    <message>
        <source>{file} could not be read: the file or its folder is read-only.</source>
        <translation>{file} kunne ikke leses: filen eller mappen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>{file} kunne ikke leses: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk is full.</source>
        <translation>{file} kunne ikke lagres: disken er full.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk reported an error.</source>
        <translation>{file} kunne ikke lagres: disken rapporterte en feil.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the file or its folder is read-only.</source>
        <translation>{file} kunne ikke lagres: filen eller mappen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}.</source>
        <translation>{file} kunne ikke lagres: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded: it holds values this Journeyline does not accept; the file is unchanged.</source>
        <translation>{file} kunne ikke oppgraderes: den inneholder verdier som denne Journeyline ikke godtar; filen er uendret.</translation>
    </message>
    <message>
        <source>{file} could not be written: a folder has that name; nothing was written.</source>
        <translation>{file} kunne ikke skrives: en mappe har det navnet; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is a Journeyline workshop file, and an export never replaces a workshop; nothing was written.</source>
        <translation>{file} kunne ikke skrives: det er en Journeyline-workshopfil, og en eksport erstatter aldri en workshop; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is the workshop file being exported; nothing was written.</source>
        <translation>{file} kunne ikke skrives: det er workshopfilen som eksporteres; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: its name is {size} bytes long, and the folder allows at most {limit}; nothing was written.</source>
        <translation>{file} kunne ikke skrives: navnet er {size} byte langt, og mappen tillater høyst {limit}; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: part of the path is not a folder; nothing was written.</source>
        <translation>{file} kunne ikke skrives: en del av banen er ikke en mappe; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: permission was denied; nothing was written.</source>
        <translation>{file} kunne ikke skrives: tilgang ble nektet; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full.</source>
        <translation>{file} kunne ikke skrives: disken er full.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full; nothing was written.</source>
        <translation>{file} kunne ikke skrives: disken er full; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is read-only; nothing was written.</source>
        <translation>{file} kunne ikke skrives: disken er skrivebeskyttet; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error.</source>
        <translation>{file} kunne ikke skrives: disken rapporterte en feil.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error; nothing was written.</source>
        <translation>{file} kunne ikke skrives: disken rapporterte en feil; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is open in another program; nothing was written.</source>
        <translation>{file} kunne ikke skrives: filen er åpen i et annet program; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only or open in another program; nothing was written.</source>
        <translation>{file} kunne ikke skrives: filen er skrivebeskyttet eller åpen i et annet program; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only; nothing was written.</source>
        <translation>{file} kunne ikke skrives: filen er skrivebeskyttet; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file or its folder is read-only.</source>
        <translation>{file} kunne ikke skrives: filen eller mappen er skrivebeskyttet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder does not exist; nothing was written.</source>
        <translation>{file} kunne ikke skrives: mappen finnes ikke; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder is read-only; nothing was written.</source>
        <translation>{file} kunne ikke skrives: mappen er skrivebeskyttet; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is not allowed here; nothing was written.</source>
        <translation>{file} kunne ikke skrives: navnet er ikke tillatt her; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is too long; nothing was written.</source>
        <translation>{file} kunne ikke skrives: navnet er for langt; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journey with id {id}; nothing was written.</source>
        <translation>{file} kunne ikke skrives: workshopen har ingen reise med id {id}; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journeys, so there is no map to draw; nothing was written.</source>
        <translation>{file} kunne ikke skrives: workshopen har ingen reiser, så det finnes ikke noe kart å tegne; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop holds data the interchange format does not allow ({place}: {rule}); nothing was written.</source>
        <translation>{file} kunne ikke skrives: workshopen inneholder data som utvekslingsformatet ikke tillater ({place}: {rule}); ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: there is no export format {format}; nothing was written.</source>
        <translation>{file} kunne ikke skrives: det finnes ikke noe eksportformat {format}; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>{file} kunne ikke skrives: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}; nothing was written.</source>
        <translation>{file} kunne ikke skrives: {reason}; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} finnes ikke.</translation>
    </message>
    <message>
        <source>{file} has file version {version}, which this Journeyline cannot upgrade.</source>
        <translation>{file} har filversjon {version}, som denne Journeyline ikke kan oppgradere.</translation>
    </message>
    <message>
        <source>{file} has no record of the values as exported (its hidden sheet is gone), so every difference from the workshop counts as a change in the list, including changes made in the workshop since the export.</source>
        <translation>{file} har ingen oversikt over verdiene slik de ble eksportert (det skjulte arket er borte), så hver forskjell fra workshopen regnes som en endring i listen, også endringer gjort i workshopen etter eksporten.</translation>
    </message>
    <message>
        <source>{file} holds the action list twice (sheets “{first}” and “{second}”): keep one of them and try again; nothing was changed.</source>
        <translation>{file} inneholder tiltakslisten to ganger (arkene «{first}» og «{second}»): behold ett av dem og prøv igjen; ingenting ble endret.</translation>
    </message>
    <message>
        <source>{file} is a database of another program, not a Journeyline workshop file.</source>
        <translation>{file} er en database fra et annet program, ikke en Journeyline-workshopfil.</translation>
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
        <translation>{file} er en mappe, ikke en Excel-arbeidsbok.</translation>
    </message>
    <message>
        <source>{file} is a workshop file, not an interchange JSON document; nothing was written.</source>
        <translation>{file} er en workshopfil, ikke et JSON-dokument i utvekslingsformatet; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} is a zip archive but not an Excel workbook, so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} er et zip-arkiv, men ikke en Excel-arbeidsbok, så det er ikke en tiltaksliste fra Journeyline; ingenting ble endret.</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not a Journeyline workshop file.</source>
        <translation>{file} er et zip-arkiv, ikke en Journeyline-workshopfil.</translation>
    </message>
    <message>
        <source>{file} is an old-format Excel (.xls) or other Office file, not a Journeyline action list (.xlsx); nothing was changed.</source>
        <translation>{file} er en Excel-fil i gammelt format (.xls) eller en annen Office-fil, ikke en tiltaksliste fra Journeyline (.xlsx); ingenting ble endret.</translation>
    </message>
    <message>
        <source>{file} is closed.</source>
        <translation>{file} er lukket.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read.</source>
        <translation>{file} er skadet og kan ikke leses.</translation>
    </message>
    <message>
        <source>{file} is damaged: Excel&apos;s parts inside it cannot be read; nothing was changed.</source>
        <translation>{file} er skadet: Excel-delene i den kan ikke leses; ingenting ble endret.</translation>
    </message>
    <message>
        <source>{file} is damaged: SQLite&apos;s check of the file failed.</source>
        <translation>{file} er skadet: SQLites kontroll av filen mislyktes.</translation>
    </message>
    <message>
        <source>{file} is damaged: a sheet inside it cannot be read; nothing was changed.</source>
        <translation>{file} er skadet: et ark i den kan ikke leses; ingenting ble endret.</translation>
    </message>
    <message>
        <source>{file} is damaged: it has no valid file version.</source>
        <translation>{file} er skadet: den har ingen gyldig filversjon.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete Excel workbook; nothing was changed.</source>
        <translation>{file} er skadet: den er ikke en fullstendig Excel-arbeidsbok; ingenting ble endret.</translation>
    </message>
    <message>
        <source>{file} is damaged: some of its rows refer to rows that do not exist.</source>
        <translation>{file} er skadet: noen av radene viser til rader som ikke finnes.</translation>
    </message>
    <message>
        <source>{file} is damaged: the file is truncated.</source>
        <translation>{file} er skadet: filen er avkortet.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not a Journeyline workshop file.</source>
        <translation>{file} er tom, så den er ikke en Journeyline-workshopfil.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not an Excel action list.</source>
        <translation>{file} er tom, så den er ikke en tiltaksliste i Excel.</translation>
    </message>
    <message>
        <source>{file} is in a read-only folder, so it cannot be edited.</source>
        <translation>{file} ligger i en skrivebeskyttet mappe, så den kan ikke redigeres.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline action list: no sheet has the hidden action key column that Journeyline&apos;s export writes; nothing was changed.</source>
        <translation>{file} er ikke en tiltaksliste fra Journeyline: ingen ark har den skjulte kolonnen med tiltaksnøkler som Journeylines eksport skriver; ingenting ble endret.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline workshop file.</source>
        <translation>{file} er ikke en Journeyline-workshopfil.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say), so it is not a workshop file.</source>
        <translation>{file} er ikke en vanlig fil (men for eksempel en pipe eller en enhet), så den er ikke en workshopfil.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say).</source>
        <translation>{file} er ikke en vanlig fil (men for eksempel en pipe eller en enhet).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx), so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} er ikke en Excel-arbeidsbok (.xlsx), så den er ikke en tiltaksliste fra Journeyline; ingenting ble endret.</translation>
    </message>
    <message>
        <source>{file} is open in Journeyline or another program, so it was not replaced; close it there first. Nothing was written.</source>
        <translation>{file} er åpen i Journeyline eller et annet program, så den ble ikke erstattet; lukk den der først. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} is open in another Journeyline window or program; close it there first.</source>
        <translation>{file} er åpen i et annet Journeyline-vindu eller program; lukk den der først.</translation>
    </message>
    <message>
        <source>{file} is protected with a password: open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook), save it and try again; nothing was changed.</source>
        <translation>{file} er beskyttet med et passord: åpne den i Excel, fjern passordet (Fil ▸ Informasjon ▸ Beskytt arbeidsbok), lagre den og prøv igjen; ingenting ble endret.</translation>
    </message>
    <message>
        <source>{file} is read-only, so it cannot be edited.</source>
        <translation>{file} er skrivebeskyttet, så den kan ikke redigeres.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB, far more than any action list; it was not read and nothing was changed.</source>
        <translation>{file} pakkes ut til mer enn {limit} MB, langt mer enn noen tiltaksliste; den ble ikke lest, og ingenting ble endret.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: file version {version} is not one Journeyline has made.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: filversjon {version} er ikke en Journeyline har laget.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a table {name} that Journeyline does not make.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: den inneholder en tabell {name} som Journeyline ikke lager.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a trigger {name} that Journeyline does not make.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: den inneholder en trigger {name} som Journeyline ikke lager.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a view {name} that Journeyline does not make.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: den inneholder en visning {name} som Journeyline ikke lager.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds an index {name} that Journeyline does not make.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: den inneholder en indeks {name} som Journeyline ikke lager.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is missing.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: indeksen {name} mangler.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is not the one Journeyline makes.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: indeksen {name} er ikke den Journeyline lager.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is missing.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: tabellen {name} mangler.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is not the one Journeyline makes.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: tabellen {name} er ikke den Journeyline lager.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its tables are not those of a workshop file.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: tabellene er ikke tabellene til en workshopfil.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is missing.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: triggeren {name} mangler.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is not the one Journeyline makes.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: triggeren {name} er ikke den Journeyline lager.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is missing.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: visningen {name} mangler.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is not the one Journeyline makes.</source>
        <translation>{file} er endret utenfor Journeyline og kan ikke brukes: visningen {name} er ikke den Journeyline lager.</translation>
    </message>
    <message>
        <source>{file} was exported from the workshop “{exported}”; this one is “{current}”.</source>
        <translation>{file} ble eksportert fra workshopen «{exported}»; denne er «{current}».</translation>
    </message>
    <message>
        <source>{file} was moved, deleted or replaced by another program, so changes can no longer be saved into it; use Save a copy… to keep the workshop.</source>
        <translation>{file} er flyttet, slettet eller erstattet av et annet program, så endringer kan ikke lenger lagres i den; bruk Lagre en kopi… for å beholde workshopen.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); Journeyline recovered it as it was before that change.</source>
        <translation>{file} ble ikke lukket riktig (en endring ble avbrutt, kanskje av et krasj); Journeyline har gjenopprettet den slik den var før endringen.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); it is read as it was before that change, and the file is left as it is until the editor opens it.</source>
        <translation>{file} ble ikke lukket riktig (en endring ble avbrutt, kanskje av et krasj); den leses slik den var før endringen, og filen står urørt til redigeringsprogrammet åpner den.</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing was written.</source>
        <translation>{file} ble ikke importert; ingenting ble skrevet.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer Journeyline (file version {version}); this Journeyline reads file versions up to {newest}, so please update it.</source>
        <translation>{file} ble lagret av en nyere Journeyline (filversjon {version}); denne versjonen leser filversjoner opptil {newest}, så oppdater Journeyline.</translation>
    </message>
    <message>
        <source>{file} was saved by an older Journeyline; open it in the editor once to bring it up to date.</source>
        <translation>{file} ble lagret av en eldre Journeyline; åpne den én gang i redigeringsprogrammet for å oppdatere den.</translation>
    </message>
    <message>
        <source>The library cannot be made in {folder}: {reason}.</source>
        <translation>Biblioteket kan ikke opprettes i {folder}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>The sample workshop could not be created</source>
        <translation>Eksempelworkshopen kunne ikke opprettes</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Add improvement idea</source>
        <translation>Legg til forbedringsidé</translation>
    </message>
    <message>
        <source>What could be better?</source>
        <translation>Hva kunne vært bedre?</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idé:</translation>
    </message>
    <message>
        <source>At station:</source>
        <translation>Ved stasjon:</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Ingen stasjon</translation>
    </message>
    <message>
        <source>At &amp;station:</source>
        <translation>Ved &amp;stasjon:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Innsats:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Verdi:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioritet:</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Legg til idé</translation>
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
        <translation>Dagens reise</translation>
    </message>
    <message>
        <source>Future journey</source>
        <translation>Fremtidig reise</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Stor tekst</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Tilpass</translation>
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
        <translation>Velg en nåværende reise og en fremtidig reise å sammenligne. Ingen fremtidig reise ennå? Bruk «Utform den fremtidige reisen» i panelet Reiser.</translation>
    </message>
</context>
<context>
    <name>JourneySwitcher</name>
    <message>
        <source>Journey shown on the map</source>
        <translation>Reisen som vises på kartet</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reise</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Den reisen finnes ikke lenger.</translation>
    </message>
</context>
<context>
    <name>JourneyTextsDialog</name>
    <message>
        <source>The journey on the map</source>
        <translation>Reisen på kartet</translation>
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
        <translation>&amp;Fortelling:</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Reiser</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Ny…</translation>
    </message>
    <message>
        <source>Create a journey from a template or a blank map (Insert)</source>
        <translation>Opprett en reise fra en mal eller et tomt kart (Insert)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Gi nytt navn</translation>
    </message>
    <message>
        <source>Rename the selected journey (F2)</source>
        <translation>Gi den merkede reisen nytt navn (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the selected journey (Delete)</source>
        <translation>Slett den merkede reisen (Delete)</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Utform den fremtidige reisen</translation>
    </message>
    <message>
        <source>Copy this journey as the future journey, to redesign it (Ctrl+Shift+F)</source>
        <translation>Kopier reisen som den fremtidige reisen for å utforme den på nytt (Ctrl+Skift+F)</translation>
    </message>
    <message>
        <source>Compare today and future…</source>
        <translation>Sammenlign i dag og fremtid…</translation>
    </message>
    <message>
        <source>Show today&apos;s and the future journey one above the other, with both emotion curves</source>
        <translation>Vis dagens og den fremtidige reisen over hverandre, med begge følelseskurvene</translation>
    </message>
    <message>
        <source>About this journey</source>
        <translation>Om denne reisen</translation>
    </message>
    <message>
        <source>{state} · no persona</source>
        <translation>{state} · ingen persona</translation>
    </message>
    <message>
        <source>What this journey covers, in words the client will read.</source>
        <translation>Hva reisen omfatter, med ord kunden vil lese.</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Fortelling</translation>
    </message>
    <message>
        <source>The story of this journey as the room tells it.</source>
        <translation>Historien om reisen slik rommet forteller den.</translation>
    </message>
    <message>
        <source>{name}
{subtitle}</source>
        <translation>{name}
{subtitle}</translation>
    </message>
    <message>
        <source>The journey could not be created.</source>
        <translation>Reisen kunne ikke opprettes.</translation>
    </message>
    <message>
        <source>Delete the journey “{name}” with its {stations} and {actions}? Undo brings it back.</source>
        <translation>Slette reisen «{name}» med dens {stations} og {actions}? Angre henter den tilbake.</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Slett reise</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n tiltak</numerusform>
            <numerusform>%n tiltak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n stasjon</numerusform>
            <numerusform>%n stasjoner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>station</source>
        <translation>stasjon</translation>
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
        <translation>sitat</translation>
    </message>
    <message>
        <source>action</source>
        <translation>tiltak</translation>
    </message>
    <message>
        <source>Open from library</source>
        <translation>Åpne fra biblioteket</translation>
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
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Search stations, needs, pain points, quotes and actions of every map</source>
        <translation>Søk i stasjoner, behov, smertepunkter, sitater og tiltak i alle kart</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søk</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kart</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Funnet i</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Kart</translation>
    </message>
    <message>
        <source>The local library</source>
        <translation>Det lokale biblioteket</translation>
    </message>
    <message>
        <source>The library at %1</source>
        <translation>Biblioteket på %1</translation>
    </message>
    <message>
        <source>The library has no published maps yet.</source>
        <translation>Biblioteket har ingen publiserte kart ennå.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versjon %1</translation>
    </message>
    <message>
        <source>Nothing in the library matches what you searched for.</source>
        <translation>Ingenting i biblioteket samsvarer med søket ditt.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The library cannot be used</source>
        <translation>Biblioteket kan ikke brukes</translation>
    </message>
    <message>
        <source>%1 (offline)…</source>
        <translation>%1 (frakoblet)…</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Ikke publisert</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the template in the local library.</source>
        <translation>Publiserte «%1» som versjon %2 av malen i det lokale biblioteket.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the template in the library at %3.</source>
        <translation>Publiserte «%1» som versjon %2 av malen i biblioteket på %3.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the local library.</source>
        <translation>Publiserte «%1» som versjon %2 av kartet i det lokale biblioteket.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the library at %3.</source>
        <translation>Publiserte «%1» som versjon %2 av kartet i biblioteket på %3.</translation>
    </message>
    <message>
        <source>Publish as a new map</source>
        <translation>Publiser som et nytt kart</translation>
    </message>
    <message>
        <source>Open the latest version</source>
        <translation>Åpne den nyeste versjonen</translation>
    </message>
    <message>
        <source>{name} (library version {number})</source>
        <translation>{name} (bibliotekversjon {number})</translation>
    </message>
    <message>
        <source>Save the working copy as</source>
        <translation>Lagre arbeidskopien som</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Ikke åpnet</translation>
    </message>
    <message>
        <source>“%1” is the workshop open now; choose another name.</source>
        <translation>«%1» er workshopen som er åpen nå; velg et annet navn.</translation>
    </message>
    <message>
        <source>Opened version %1 of “%2” from the library as “%3”.</source>
        <translation>Åpnet versjon %1 av «%2» fra biblioteket som «%3».</translation>
    </message>
    <message>
        <source>House template, version %1 by %2, %3</source>
        <translation>Husmal, versjon %1 av %2, %3</translation>
    </message>
    <message>
        <source>That template is no longer in the library.</source>
        <translation>Den malen finnes ikke lenger i biblioteket.</translation>
    </message>
    <message>
        <source>Library not changed</source>
        <translation>Biblioteket ble ikke endret</translation>
    </message>
    <message>
        <source>Journeyline now uses the local library.</source>
        <translation>Journeyline bruker nå det lokale biblioteket.</translation>
    </message>
    <message>
        <source>Journeyline now uses the library at %1.</source>
        <translation>Journeyline bruker nå biblioteket på %1.</translation>
    </message>
    <message>
        <source>Working copy.journey</source>
        <translation>Arbeidskopi.journey</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsDialog</name>
    <message>
        <source>Library settings</source>
        <translation>Biblioteksinnstillinger</translation>
    </message>
    <message>
        <source>The local library on this computer</source>
        <translation>Det lokale biblioteket på denne datamaskinen</translation>
    </message>
    <message>
        <source>A team library (PostgreSQL):</source>
        <translation>Et teambibliotek (PostgreSQL):</translation>
    </message>
    <message>
        <source>Keep the password out of the address: PostgreSQL reads it from ~/.pgpass. The command line uses the same library.</source>
        <translation>Ikke skriv passordet i adressen: PostgreSQL leser det fra ~/.pgpass. Kommandolinjen bruker det samme biblioteket.</translation>
    </message>
</context>
<context>
    <name>LinePage</name>
    <message>
        <source>Where the customer meets us</source>
        <translation>Der kunden møter oss</translation>
    </message>
    <message>
        <source>What happens behind the line of visibility</source>
        <translation>Det som skjer bak synlighetslinjen</translation>
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
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
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
        <translation>Lagret en kopi som «{name}»</translation>
    </message>
    <message>
        <source>Add to the map</source>
        <translation>Legg til på kartet</translation>
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
        <translation>Angre: {what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Gjør om: {what}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Add to the &amp;map</source>
        <translation>Legg til på &amp;kartet</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detaljer</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Verktøylinje</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reise</translation>
    </message>
</context>
<context>
    <name>MapOperations</name>
    <message>
        <source>New station</source>
        <translation>Ny stasjon</translation>
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
        <translation>Slett fase</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Slett linje</translation>
    </message>
    <message numerus="yes">
        <source>Delete the phase {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Slette fasen {name} og dens %n stasjon?</numerusform>
            <numerusform>Slette fasen {name} og dens %n stasjoner?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the line {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Slette linjen {name} og dens %n stasjon?</numerusform>
            <numerusform>Slette linjen {name} og dens %n stasjoner?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} phases and their %n station(s)?</source>
        <translation>
            <numerusform>Slette {count} faser og deres %n stasjon?</numerusform>
            <numerusform>Slette {count} faser og deres %n stasjoner?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} lines and their %n station(s)?</source>
        <translation>
            <numerusform>Slette {count} linjer og deres %n stasjon?</numerusform>
            <numerusform>Slette {count} linjer og deres %n stasjoner?</numerusform>
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
            <numerusform>%n sannhetens øyeblikk</numerusform>
            <numerusform>%n sannhetens øyeblikk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more in the spotlight</source>
        <translation>
            <numerusform>+%n til i nærbildet</numerusform>
            <numerusform>+%n til i nærbildet</numerusform>
        </translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Følelse</translation>
    </message>
    <message>
        <source>▸ more in the spotlight</source>
        <translation>▸ mer i nærbildet</translation>
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
        <translation>Følelse: ikke vurdert</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Følelse: {label} ({value})</translation>
    </message>
    <message>
        <source>★ Moment of truth</source>
        <translation>★ Sannhetens øyeblikk</translation>
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
        <translation>Linje bak kulissene</translation>
    </message>
    <message>
        <source>Frontstage line</source>
        <translation>Linje synlig for kunden</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n til</numerusform>
            <numerusform>… %n til</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Choose a colour</source>
        <translation>Velg en farge</translation>
    </message>
    <message>
        <source>Click to edit the journey’s name, description and storyline</source>
        <translation>Klikk for å redigere reisens navn, beskrivelse og fortelling</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Effort and value matrix</source>
        <translation>Matrise for innsats og verdi</translation>
    </message>
</context>
<context>
    <name>MergeOwnersDialog</name>
    <message>
        <source>Merge owners</source>
        <translation>Slå sammen ansvarlige</translation>
    </message>
    <message>
        <source>Owner to keep</source>
        <translation>Ansvarlig som beholdes</translation>
    </message>
    <message>
        <source>“{name}” ({work}) is merged into the owner you choose: its stations and actions move there and “{name}” is removed.</source>
        <translation>«{name}» ({work}) slås sammen med den ansvarlige du velger: stasjonene og tiltakene flyttes dit, og «{name}» fjernes.</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Slå &amp;sammen med:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message numerus="yes">
        <source>… and %n more (see Show Details).</source>
        <translation>
            <numerusform>… og %n til (se Vis detaljer).</numerusform>
            <numerusform>… og %n til (se Vis detaljer).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoreChip</name>
    <message>
        <source>Show the next cards of this cell</source>
        <translation>Vis de neste kortene i denne cellen</translation>
    </message>
</context>
<context>
    <name>NewJourneyDialog</name>
    <message>
        <source>New journey</source>
        <translation>Ny reise</translation>
    </message>
    <message>
        <source>e.g. Moving house</source>
        <translation>f.eks. Flytting</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Tomt kart</translation>
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
        <translation>Journeyline-workshoper (*.journey);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Workshops and JSON documents (*.journey *.json)</source>
        <translation>Workshoper og JSON-dokumenter (*.journey *.json)</translation>
    </message>
    <message>
        <source>The workshop could not be opened</source>
        <translation>Workshopen kunne ikke åpnes</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {e}</source>
        <translation>«{name}» kunne ikke åpnes: {e}</translation>
    </message>
    <message>
        <source>The workshop was recovered</source>
        <translation>Workshopen ble gjenopprettet</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Åpne workshop</translation>
    </message>
    <message>
        <source>New workshop.journey</source>
        <translation>Ny workshop.journey</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Lagre den nye workshopen som</translation>
    </message>
    <message>
        <source>The workshop could not be created</source>
        <translation>Workshopen kunne ikke opprettes</translation>
    </message>
    <message>
        <source>“{name}” is the workshop open now; choose another name.</source>
        <translation>«{name}» er workshopen som er åpen nå; velg et annet navn.</translation>
    </message>
    <message>
        <source>{name} copy.journey</source>
        <translation>{name} kopi.journey</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Lagre en kopi som</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Kopien kunne ikke lagres</translation>
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
        <translation>En person eller en avdeling</translation>
    </message>
    <message>
        <source>e.g. Product owner</source>
        <translation>f.eks. Produkteier</translation>
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
        <translation>&amp;E-post:</translation>
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
        <translation>Velg en ansvarlig eller skriv et nytt navn</translation>
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
        <translation>Legg til…</translation>
    </message>
    <message>
        <source>Add an owner (Insert)</source>
        <translation>Legg til en ansvarlig (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Edit the selected owner (Enter)</source>
        <translation>Rediger den merkede ansvarlige (Enter)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Slå sammen…</translation>
    </message>
    <message>
        <source>Merge the selected owner into another one (Ctrl+M)</source>
        <translation>Slå sammen den merkede ansvarlige med en annen (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the selected owner; their work becomes unowned</source>
        <translation>Slett den merkede ansvarlige; arbeidet deres får ingen ansvarlig</translation>
    </message>
    <message>
        <source>Stations and actions of the owner</source>
        <translation>Den ansvarliges stasjoner og tiltak</translation>
    </message>
    <message>
        <source>Enter or double-click: show the station on the map</source>
        <translation>Enter eller dobbeltklikk: vis stasjonen på kartet</translation>
    </message>
    <message>
        <source>No role or email yet</source>
        <translation>Ingen rolle eller e-post ennå</translation>
    </message>
    <message>
        <source>Select an owner to see their stations and actions.</source>
        <translation>Merk en ansvarlig for å se stasjonene og tiltakene til vedkommende.</translation>
    </message>
    <message>
        <source>Stations and actions of {name}</source>
        <translation>Stasjoner og tiltak for {name}</translation>
    </message>
    <message>
        <source>Stations ({count})</source>
        <translation>Stasjoner ({count})</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Tiltak ({count})</translation>
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
        <translation>Slette «{name}»? Deres {stations} og {actions} blir uten ansvarlig. Slå sammen i stedet for å overlate dem til noen andre.</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Slette «{name}»?</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Slett ansvarlig</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n tiltak</numerusform>
            <numerusform>%n tiltak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n stasjon</numerusform>
            <numerusform>%n stasjoner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Drag a tile onto the map, or click it to add at the selection.</source>
        <translation>Dra en brikke til kartet, eller klikk for å legge til ved utvalget.</translation>
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
        <translation>Denne reisen</translation>
    </message>
    <message>
        <source>The persona of the journey on the map</source>
        <translation>Personaen for reisen på kartet</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>«{quote}»</translation>
    </message>
    <message>
        <source>In: {journeys}</source>
        <translation>I: {journeys}</translation>
    </message>
    <message>
        <source>Not used by any journey yet</source>
        <translation>Brukes ikke i noen reise ennå</translation>
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
        <translation>f.eks. Kari, den travle forelderen</translation>
    </message>
    <message>
        <source>Choose the persona&apos;s colour</source>
        <translation>Velg personaens farge</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Én per linje</translation>
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
        <translation>&amp;Farge:</translation>
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
        <translation>&amp;Frustrasjoner:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Sitat:</translation>
    </message>
    <message>
        <source> Choose…</source>
        <translation> Velg…</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Personaens farge</translation>
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
        <translation>Opprett en persona (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Edit the selected persona (Enter)</source>
        <translation>Rediger den merkede personaen (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Delete the selected persona (Delete)</source>
        <translation>Slett den merkede personaen (Delete)</translation>
    </message>
    <message>
        <source>Use for this journey</source>
        <translation>Bruk for denne reisen</translation>
    </message>
    <message>
        <source>Make the selected persona the persona of the journey on the map (Ctrl+Return)</source>
        <translation>Gjør den merkede personaen til personaen for reisen på kartet (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No personas yet. Create one with “New persona…”.</source>
        <translation>Ingen personaer ennå. Opprett en med «Ny persona…».</translation>
    </message>
    <message>
        <source>Remove from this journey</source>
        <translation>Fjern fra denne reisen</translation>
    </message>
    <message>
        <source>“{name}” is the persona of {journeys}. Delete it anyway? The journeys keep their maps, without a persona.</source>
        <translation>«{name}» er persona for {journeys}. Slette likevel? Reisene beholder kartene sine, uten persona.</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Slett persona</translation>
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
        <translation>Hva denne delen av reisen handler om</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Systemets språk (%1)</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Journeyline.</source>
        <translation>Vinduet bruker det nye språket neste gang du starter Journeyline.</translation>
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
        <translation>Presentasjon</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Neste fase</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Forrige fase</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Hele kartet</translation>
    </message>
    <message>
        <source>Last phase</source>
        <translation>Siste fase</translation>
    </message>
    <message>
        <source>Show the station alone</source>
        <translation>Vis stasjonen alene</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Avslutt presentasjonen</translation>
    </message>
    <message>
        <source>Emotion: {label} ({sign})</source>
        <translation>Følelse: {label} ({sign})</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Merk en stasjon, og trykk Enter for å vise den alene</translation>
    </message>
    <message>
        <source>Select a station to set its emotion</source>
        <translation>Merk en stasjon for å angi følelsen</translation>
    </message>
    <message>
        <source>Backstage work has no customer emotion: select a customer’s station</source>
        <translation>Arbeid bak kulissene har ingen kundefølelse: velg en kundes stasjon</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Actions shown</source>
        <translation>Viste tiltak</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Stor tekst</translation>
    </message>
    <message>
        <source>Drag a card to rate it · Ctrl+arrows move the selected card</source>
        <translation>Dra et kort for å vurdere det · Ctrl+piltaster flytter det merkede kortet</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle reiser</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Reisen på kartet</translation>
    </message>
    <message>
        <source>{first}–{last} of {count}  ▸</source>
        <translation>{first}–{last} av {count}  ▸</translation>
    </message>
    <message>
        <source>Unrated: clear effort and value</source>
        <translation>Ikke vurdert: fjern innsats og verdi</translation>
    </message>
    <message>
        <source>Effort {effort} · value {value}: {priority}</source>
        <translation>Innsats {effort} · verdi {value}: {priority}</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Raske gevinster</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Store satsinger</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Småjobber</translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation>Tidstyver</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Innsats →</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>Verdi →</translation>
    </message>
    <message>
        <source>Unrated  ·  {count}</source>
        <translation>Ikke vurdert  ·  {count}</translation>
    </message>
    <message>
        <source>Drag an idea onto the matrix to rate its effort and value</source>
        <translation>Dra en idé inn på matrisen for å vurdere innsats og verdi</translation>
    </message>
    <message>
        <source>{priority} · effort {effort} · value {value}</source>
        <translation>{priority} · innsats {effort} · verdi {value}</translation>
    </message>
    <message>
        <source>{status} · no owner</source>
        <translation>{status} · ingen ansvarlig</translation>
    </message>
    <message>
        <source>Click to show its station on the map</source>
        <translation>Klikk for å vise stasjonen på kartet</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ikke angitt</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Nothing selected</source>
        <translation>Ingenting merket</translation>
    </message>
    <message>
        <source>Select one item to see and edit its details.</source>
        <translation>Merk ett element for å se og redigere detaljene.</translation>
    </message>
    <message numerus="yes">
        <source>%n stations selected</source>
        <translation>
            <numerusform>%n stasjon merket</numerusform>
            <numerusform>%n stasjoner merket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phases selected</source>
        <translation>
            <numerusform>%n fase merket</numerusform>
            <numerusform>%n faser merket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines selected</source>
        <translation>
            <numerusform>%n linje merket</numerusform>
            <numerusform>%n linjer merket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n merket</numerusform>
            <numerusform>%n merket</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a station, a phase header or a line name on the map to see and edit its details here.</source>
        <translation>Klikk på en stasjon, en faseoverskrift eller et linjenavn på kartet for å se og redigere detaljene her.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>Publiser i biblioteket</translation>
    </message>
    <message>
        <source>Publish “%1” to the local library.</source>
        <translation>Publiser «%1» i det lokale biblioteket.</translation>
    </message>
    <message>
        <source>Publish “%1” to the library at %2.</source>
        <translation>Publiser «%1» i biblioteket på %2.</translation>
    </message>
    <message>
        <source>As version %1 of “%2” (this copy is version %3)</source>
        <translation>Som versjon %1 av «%2» (denne kopien er versjon %3)</translation>
    </message>
    <message>
        <source>As a new version (this copy is not from the library)</source>
        <translation>Som en ny versjon (denne kopien er ikke fra biblioteket)</translation>
    </message>
    <message>
        <source>As a new map</source>
        <translation>Som et nytt kart</translation>
    </message>
    <message>
        <source>One journey as a house template:</source>
        <translation>Én reise som husmal:</translation>
    </message>
    <message>
        <source>What changed, e.g. after workshop 2</source>
        <translation>Hva som er endret, f.eks. etter workshop 2</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publiser</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Melding:</translation>
    </message>
</context>
<context>
    <name>QuotesEditor</name>
    <message>
        <source>Customer quotes</source>
        <translation>Kundesitater</translation>
    </message>
    <message>
        <source>Add what a customer said…</source>
        <translation>Legg til hva en kunde sa…</translation>
    </message>
    <message>
        <source>New customer quote</source>
        <translation>Nytt kundesitat</translation>
    </message>
    <message>
        <source>Source of the quote</source>
        <translation>Sitatets kilde</translation>
    </message>
    <message>
        <source>Add the quote</source>
        <translation>Legg til sitatet</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytt opp</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytt ned</translation>
    </message>
    <message>
        <source>Remove the quote</source>
        <translation>Fjern sitatet</translation>
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
        <translation>{name}: {n} av 5 (klikk igjen for å fjerne)</translation>
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
        <translation>liten</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>middels</translation>
    </message>
    <message>
        <source>large</source>
        <translation>stor</translation>
    </message>
    <message>
        <source>very large</source>
        <translation>svært stor</translation>
    </message>
    <message>
        <source>little</source>
        <translation>lite</translation>
    </message>
    <message>
        <source>some</source>
        <translation>noe</translation>
    </message>
    <message>
        <source>high</source>
        <translation>høy</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>svært høy</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Ikke vurdert</translation>
    </message>
    <message>
        <source>Quick win: value 4 or more, effort 2 or less</source>
        <translation>Rask gevinst: verdi 4 eller mer, innsats 2 eller mindre</translation>
    </message>
    <message>
        <source>Big bet: value 4 or more, effort 3 or more</source>
        <translation>Stor satsing: verdi 4 eller mer, innsats 3 eller mer</translation>
    </message>
    <message>
        <source>Fill-in: value 3 or less, effort 2 or less</source>
        <translation>Småjobb: verdi 3 eller mindre, innsats 2 eller mindre</translation>
    </message>
    <message>
        <source>Time sink: value 3 or less, effort 3 or more</source>
        <translation>Tidstyv: verdi 3 eller mindre, innsats 3 eller mer</translation>
    </message>
    <message>
        <source>Unrated: effort or value not set yet</source>
        <translation>Ikke vurdert: innsats eller verdi er ikke angitt ennå</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>No recent workshops</source>
        <translation>Ingen nylige workshoper</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Tøm listen</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>A customer quote contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Et kundesitat inneholder kontrolltegnet {code}; tekst kan inneholde tabulatorer og linjeskift, men ingen andre kontrolltegn.</translation>
    </message>
    <message>
        <source>A customer quote must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Et kundesitat må inneholde minst ett synlig tegn, ikke bare mellomrom eller usynlige tegn.</translation>
    </message>
    <message>
        <source>A journey keeps at least one line.</source>
        <translation>En reise beholder minst én linje.</translation>
    </message>
    <message>
        <source>A journey keeps at least one phase.</source>
        <translation>En reise beholder minst én fase.</translation>
    </message>
    <message>
        <source>A journey needs at least one phase and one line.</source>
        <translation>En reise trenger minst én fase og én linje.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} actions; this one is full.</source>
        <translation>En workshop kan romme høyst {max} tiltak; denne er full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} journeys; this one is full.</source>
        <translation>En workshop kan romme høyst {max} reiser; denne er full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} lines; this one is full.</source>
        <translation>En workshop kan romme høyst {max} linjer; denne er full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} owners; this one is full.</source>
        <translation>En workshop kan romme høyst {max} ansvarlige; denne er full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} personas; this one is full.</source>
        <translation>En workshop kan romme høyst {max} personaer; denne er full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} phases; this one is full.</source>
        <translation>En workshop kan romme høyst {max} faser; denne er full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} quotes; this one is full.</source>
        <translation>En workshop kan romme høyst {max} sitater; denne er full.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} stations; this one is full.</source>
        <translation>En workshop kan romme høyst {max} stasjoner; denne er full.</translation>
    </message>
    <message>
        <source>A workshop keeps at least one journey.</source>
        <translation>En workshop beholder minst én reise.</translation>
    </message>
    <message>
        <source>Choose two different owners to merge.</source>
        <translation>Velg to forskjellige ansvarlige som skal slås sammen.</translation>
    </message>
    <message>
        <source>Each customer quote must be 1 to {max} characters long.</source>
        <translation>Hvert kundesitat må være 1 til {max} tegn langt.</translation>
    </message>
    <message>
        <source>Each of the {field} can be at most {max} characters.</source>
        <translation>Hvert punkt i feltet «{field}» kan være høyst {max} tegn.</translation>
    </message>
    <message>
        <source>No station to delete.</source>
        <translation>Ingen stasjon å slette.</translation>
    </message>
    <message>
        <source>No station to duplicate.</source>
        <translation>Ingen stasjon å duplisere.</translation>
    </message>
    <message>
        <source>No station to move.</source>
        <translation>Ingen stasjon å flytte.</translation>
    </message>
    <message>
        <source>One of the {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Et punkt i feltet «{field}» inneholder kontrolltegnet {code}; tekst kan inneholde tabulatorer og linjeskift, men ingen andre kontrolltegn.</translation>
    </message>
    <message>
        <source>One of the {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Et punkt i feltet «{field}» må inneholde minst ett synlig tegn, ikke bare mellomrom eller usynlige tegn.</translation>
    </message>
    <message>
        <source>Stations of different journeys cannot be moved together.</source>
        <translation>Stasjoner fra ulike reiser kan ikke flyttes sammen.</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>Det tiltaket finnes ikke lenger.</translation>
    </message>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Den reisen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>That line belongs to another journey.</source>
        <translation>Den linjen hører til en annen reise.</translation>
    </message>
    <message>
        <source>That line no longer exists.</source>
        <translation>Den linjen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>That owner no longer exists.</source>
        <translation>Den ansvarlige finnes ikke lenger.</translation>
    </message>
    <message>
        <source>That persona no longer exists.</source>
        <translation>Den personaen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>That phase belongs to another journey.</source>
        <translation>Den fasen hører til en annen reise.</translation>
    </message>
    <message>
        <source>That phase no longer exists.</source>
        <translation>Den fasen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>That station belongs to another journey.</source>
        <translation>Den stasjonen hører til en annen reise.</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Den stasjonen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>The due date must be a date ({format}).</source>
        <translation>Forfallsdatoen må være en dato ({format}).</translation>
    </message>
    <message>
        <source>The journey of this search hit is not in the working copy.</source>
        <translation>Reisen for dette søketreffet finnes ikke i arbeidskopien.</translation>
    </message>
    <message>
        <source>The library “{library}” has no map {map}.</source>
        <translation>Biblioteket «{library}» har ikke noe kart {map}.</translation>
    </message>
    <message>
        <source>The library “{library}” has no version {number} of map {map}.</source>
        <translation>Biblioteket «{library}» har ingen versjon {number} av kart {map}.</translation>
    </message>
    <message>
        <source>The map you opened (number {map}) is no longer in the library “{library}”; publish yours as a new map.</source>
        <translation>Kartet du åpnet (nummer {map}), finnes ikke lenger i biblioteket «{library}»; publiser ditt som et nytt kart.</translation>
    </message>
    <message>
        <source>The source of a customer quote must be one of: {choices}.</source>
        <translation>Kilden til et kundesitat må være en av: {choices}.</translation>
    </message>
    <message>
        <source>The template “{name}” that came with Journeyline cannot be read; installing Journeyline again should mend it.</source>
        <translation>Malen «{name}» som følger med Journeyline, kan ikke leses; installer Journeyline på nytt for å rette det.</translation>
    </message>
    <message>
        <source>The workshop holds data the interchange format does not allow, so it was not published: {place}: {rule}</source>
        <translation>Workshopen inneholder data som utvekslingsformatet ikke tillater, så den ble ikke publisert: {place}: {rule}</translation>
    </message>
    <message>
        <source>The {field} can be at most {max} characters long.</source>
        <translation>Feltet «{field}» kan være høyst {max} tegn langt.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} items.</source>
        <translation>Feltet «{field}» kan romme høyst {max} punkter.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} quotes.</source>
        <translation>Feltet «{field}» kan romme høyst {max} sitater.</translation>
    </message>
    <message>
        <source>The {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Feltet «{field}» inneholder kontrolltegnet {code}; tekst kan inneholde tabulatorer og linjeskift, men ingen andre kontrolltegn.</translation>
    </message>
    <message>
        <source>The {field} is not valid.</source>
        <translation>Feltet «{field}» er ikke gyldig.</translation>
    </message>
    <message>
        <source>The {field} is too large a number to store.</source>
        <translation>Feltet «{field}» er et for stort tall til å lagres.</translation>
    </message>
    <message>
        <source>The {field} must be 1 to {max} characters long.</source>
        <translation>Feltet «{field}» må være 1 til {max} tegn langt.</translation>
    </message>
    <message>
        <source>The {field} must be a colour like {example}.</source>
        <translation>Feltet «{field}» må være en farge som {example}.</translation>
    </message>
    <message>
        <source>The {field} must be a date (YYYY-MM-DD).</source>
        <translation>Feltet «{field}» må være en dato (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>The {field} must be a language tag like en, nb-NO or pt-BR.</source>
        <translation>Feltet «{field}» må være en språkkode som en, nb-NO eller pt-BR.</translation>
    </message>
    <message>
        <source>The {field} must be a number from {low} to {high}.</source>
        <translation>Feltet «{field}» må være et tall fra {low} til {high}.</translation>
    </message>
    <message>
        <source>The {field} must be a number of at least {low}.</source>
        <translation>Feltet «{field}» må være et tall på minst {low}.</translation>
    </message>
    <message>
        <source>The {field} must be a number.</source>
        <translation>Feltet «{field}» må være et tall.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high} or empty.</source>
        <translation>Feltet «{field}» må være et heltall fra {low} til {high} eller tomt.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high}.</source>
        <translation>Feltet «{field}» må være et heltall fra {low} til {high}.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low} or empty.</source>
        <translation>Feltet «{field}» må være et heltall på minst {low} eller tomt.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low}.</source>
        <translation>Feltet «{field}» må være et heltall på minst {low}.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number or empty.</source>
        <translation>Feltet «{field}» må være et heltall eller tomt.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number.</source>
        <translation>Feltet «{field}» må være et heltall.</translation>
    </message>
    <message>
        <source>The {field} must be one of: {choices}.</source>
        <translation>Feltet «{field}» må være en av: {choices}.</translation>
    </message>
    <message>
        <source>The {field} must be yes or no.</source>
        <translation>Feltet «{field}» må være ja eller nei.</translation>
    </message>
    <message>
        <source>The {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Feltet «{field}» må inneholde minst ett synlig tegn, ikke bare mellomrom eller usynlige tegn.</translation>
    </message>
    <message>
        <source>There is no template called “{name}”.</source>
        <translation>Det finnes ingen mal som heter «{name}».</translation>
    </message>
    <message>
        <source>“{address}” is not a library Journeyline can use: the library is PostgreSQL (postgresql+psycopg://HOST/DATABASE) or SQLite (sqlite:///PATH).</source>
        <translation>«{address}» er ikke et bibliotek Journeyline kan bruke: biblioteket er PostgreSQL (postgresql+psycopg://VERT/DATABASE) eller SQLite (sqlite:///STI).</translation>
    </message>
    <message>
        <source>“{address}” is not a library address; use postgresql+psycopg://HOST/DATABASE or sqlite:///PATH as the address.</source>
        <translation>«{address}» er ikke en biblioteksadresse; bruk postgresql+psycopg://VERT/DATABASE eller sqlite:///STI som adresse.</translation>
    </message>
    <message>
        <source>“{file}” is open read-only.</source>
        <translation>«{file}» er åpnet skrivebeskyttet.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} (“{message}”) on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>«{title}» er endret i biblioteket siden din versjon {base}: {author} publiserte versjon {number} («{message}») {when}. Publiser ditt som et nytt kart, eller åpne den nyeste versjonen ved siden av ditt.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>«{title}» er endret i biblioteket siden din versjon {base}: {author} publiserte versjon {number} {when}. Publiser ditt som et nytt kart, eller åpne den nyeste versjonen ved siden av ditt.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>og %Ln problem til</numerusform>
            <numerusform>og %Ln problemer til</numerusform>
        </translation>
    </message>
    <message>
        <source>appears more than once in the same object; keep only one</source>
        <translation>forekommer mer enn én gang i samme objekt; behold bare én</translation>
    </message>
    <message>
        <source>contains a broken character (an unpaired surrogate)</source>
        <translation>inneholder et ødelagt tegn (et uparet surrogattegn)</translation>
    </message>
    <message>
        <source>contains a number with too many digits to read</source>
        <translation>inneholder et tall med for mange sifre til å kunne leses</translation>
    </message>
    <message>
        <source>contains the control character {code}; text may hold tabs and line breaks but no other control characters</source>
        <translation>inneholder kontrolltegnet {code}; tekst kan inneholde tabulatorer og linjeskift, men ingen andre kontrolltegn</translation>
    </message>
    <message>
        <source>is a key of format version {since}; this document says it is version {version}, so change its version to {since}</source>
        <translation>er en nøkkel i formatversjon {since}; dokumentet sier at det er versjon {version}, så endre versjonen til {since}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>er tomt</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>er nøstet for dypt til å kunne leses</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} at line {line}, column {column}); save the file as UTF-8</source>
        <translation>er ikke UTF-8-tekst (byte {byte} på linje {line}, kolonne {column}); lagre filen som UTF-8</translation>
    </message>
    <message>
        <source>is not a known key of a journey; check the spelling</source>
        <translation>er ikke en kjent nøkkel for en reise; kontroller stavemåten</translation>
    </message>
    <message>
        <source>is not a known key of a line; check the spelling</source>
        <translation>er ikke en kjent nøkkel for en linje; kontroller stavemåten</translation>
    </message>
    <message>
        <source>is not a known key of a persona; check the spelling</source>
        <translation>er ikke en kjent nøkkel for en persona; kontroller stavemåten</translation>
    </message>
    <message>
        <source>is not a known key of a phase; check the spelling</source>
        <translation>er ikke en kjent nøkkel for en fase; kontroller stavemåten</translation>
    </message>
    <message>
        <source>is not a known key of a quote; check the spelling</source>
        <translation>er ikke en kjent nøkkel for et sitat; kontroller stavemåten</translation>
    </message>
    <message>
        <source>is not a known key of a station; check the spelling</source>
        <translation>er ikke en kjent nøkkel for en stasjon; kontroller stavemåten</translation>
    </message>
    <message>
        <source>is not a known key of an action; check the spelling</source>
        <translation>er ikke en kjent nøkkel for et tiltak; kontroller stavemåten</translation>
    </message>
    <message>
        <source>is not a known key of an owner; check the spelling</source>
        <translation>er ikke en kjent nøkkel for en ansvarlig; kontroller stavemåten</translation>
    </message>
    <message>
        <source>is not a known key of the document; check the spelling</source>
        <translation>er ikke en kjent nøkkel for dokumentet; kontroller stavemåten</translation>
    </message>
    <message>
        <source>is not a known key of the workshop; check the spelling</source>
        <translation>er ikke en kjent nøkkel for workshopen; kontroller stavemåten</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;,&apos; delimiter</source>
        <translation>er ikke gyldig JSON på linje {line}, kolonne {column}: skilletegnet &apos;,&apos; var ventet</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;:&apos; delimiter</source>
        <translation>er ikke gyldig JSON på linje {line}, kolonne {column}: skilletegnet &apos;:&apos; var ventet</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting property name enclosed in double quotes</source>
        <translation>er ikke gyldig JSON på linje {line}, kolonne {column}: et egenskapsnavn i doble anførselstegn var ventet</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting value</source>
        <translation>er ikke gyldig JSON på linje {line}, kolonne {column}: en verdi var ventet</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Extra data</source>
        <translation>er ikke gyldig JSON på linje {line}, kolonne {column}: ekstra data etter slutten av dokumentet</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \escape</source>
        <translation>er ikke gyldig JSON på linje {line}, kolonne {column}: ugyldig \-sekvens</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \uXXXX escape</source>
        <translation>er ikke gyldig JSON på linje {line}, kolonne {column}: ugyldig \uXXXX-sekvens</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid control character at</source>
        <translation>er ikke gyldig JSON på linje {line}, kolonne {column}: ugyldig kontrolltegn her</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Unterminated string starting at</source>
        <translation>er ikke gyldig JSON på linje {line}, kolonne {column}: en streng som begynner her, avsluttes aldri</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: {reason}</source>
        <translation>er ikke gyldig JSON på linje {line}, kolonne {column}: {reason}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>er påkrevd</translation>
    </message>
    <message>
        <source>is too large a number for a workshop file to store</source>
        <translation>er et for stort tall til at en workshopfil kan lagre det</translation>
    </message>
    <message>
        <source>it has {count} JSON objects (every “{”), far more than a workshop within the limits has (at most {max})</source>
        <translation>det har {count} JSON-objekter (hver «{»), langt flere enn en workshop innenfor grensene har (høyst {max})</translation>
    </message>
    <message>
        <source>it holds {count} actions, and a workshop holds at most {max}</source>
        <translation>det rommer {count} tiltak, og en workshop kan romme høyst {max}</translation>
    </message>
    <message>
        <source>it holds {count} journeys, and a workshop holds at most {max}</source>
        <translation>det rommer {count} reiser, og en workshop kan romme høyst {max}</translation>
    </message>
    <message>
        <source>it holds {count} lines, and a workshop holds at most {max}</source>
        <translation>det rommer {count} linjer, og en workshop kan romme høyst {max}</translation>
    </message>
    <message>
        <source>it holds {count} owners, and a workshop holds at most {max}</source>
        <translation>det rommer {count} ansvarlige, og en workshop kan romme høyst {max}</translation>
    </message>
    <message>
        <source>it holds {count} personas, and a workshop holds at most {max}</source>
        <translation>det rommer {count} personaer, og en workshop kan romme høyst {max}</translation>
    </message>
    <message>
        <source>it holds {count} phases, and a workshop holds at most {max}</source>
        <translation>det rommer {count} faser, og en workshop kan romme høyst {max}</translation>
    </message>
    <message>
        <source>it holds {count} quotes, and a workshop holds at most {max}</source>
        <translation>det rommer {count} sitater, og en workshop kan romme høyst {max}</translation>
    </message>
    <message>
        <source>it holds {count} stations, and a workshop holds at most {max}</source>
        <translation>det rommer {count} stasjoner, og en workshop kan romme høyst {max}</translation>
    </message>
    <message>
        <source>it is {size}, and Journeyline reads files of at most {limit}</source>
        <translation>den er {size}, og Journeyline leser filer på høyst {limit}</translation>
    </message>
    <message>
        <source>must be &quot;current&quot; or &quot;future&quot;</source>
        <translation>må være &quot;current&quot; eller &quot;future&quot;</translation>
    </message>
    <message>
        <source>must be &quot;frontstage&quot; or &quot;backstage&quot;</source>
        <translation>må være &quot;frontstage&quot; eller &quot;backstage&quot;</translation>
    </message>
    <message>
        <source>must be &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; or &quot;dropped&quot;</source>
        <translation>må være &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; eller &quot;dropped&quot;</translation>
    </message>
    <message>
        <source>must be &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; or &quot;other&quot;</source>
        <translation>må være &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; eller &quot;other&quot;</translation>
    </message>
    <message>
        <source>must be &quot;observed&quot;, &quot;reported&quot; or &quot;assumed&quot;</source>
        <translation>må være &quot;observed&quot;, &quot;reported&quot; eller &quot;assumed&quot;</translation>
    </message>
    <message>
        <source>must be &quot;{name}&quot;</source>
        <translation>må være &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>must be a BCP 47 language tag, e.g. &quot;en&quot;, &quot;nb-NO&quot; or &quot;pt-BR&quot;</source>
        <translation>må være en språkkode etter BCP 47, f.eks. &quot;en&quot;, &quot;nb-NO&quot; eller &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, at the top level</source>
        <translation>må være et JSON-objekt, { ... }, på øverste nivå</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a journey</source>
        <translation>må være et JSON-objekt, { ... }, som beskriver en reise</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a line</source>
        <translation>må være et JSON-objekt, { ... }, som beskriver en linje</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a persona</source>
        <translation>må være et JSON-objekt, { ... }, som beskriver en persona</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a phase</source>
        <translation>må være et JSON-objekt, { ... }, som beskriver en fase</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a quote</source>
        <translation>må være et JSON-objekt, { ... }, som beskriver et sitat</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a station</source>
        <translation>må være et JSON-objekt, { ... }, som beskriver en stasjon</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an action</source>
        <translation>må være et JSON-objekt, { ... }, som beskriver et tiltak</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an owner</source>
        <translation>må være et JSON-objekt, { ... }, som beskriver en ansvarlig</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the document</source>
        <translation>må være et JSON-objekt, { ... }, som beskriver dokumentet</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the workshop</source>
        <translation>må være et JSON-objekt, { ... }, som beskriver workshopen</translation>
    </message>
    <message>
        <source>must be a colour written as &quot;#RRGGBB&quot;, e.g. &quot;{example}&quot;</source>
        <translation>må være en farge skrevet som &quot;#RRGGBB&quot;, f.eks. &quot;{example}&quot;</translation>
    </message>
    <message>
        <source>must be a date written as &quot;YYYY-MM-DD&quot;, e.g. &quot;2025-03-31&quot;</source>
        <translation>må være en dato skrevet som &quot;YYYY-MM-DD&quot;, f.eks. &quot;2025-03-31&quot;</translation>
    </message>
    <message>
        <source>must be a finite number, not NaN or Infinity</source>
        <translation>må være et endelig tall, ikke NaN eller Infinity</translation>
    </message>
    <message>
        <source>must be a format version this Journeyline reads, 1 to {newest}</source>
        <translation>må være en formatversjon som denne Journeyline leser, 1 til {newest}</translation>
    </message>
    <message>
        <source>must be a list of actions, [ ... ]</source>
        <translation>må være en liste med tiltak, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of journeys, [ ... ]</source>
        <translation>må være en liste med reiser, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of lines, [ ... ]</source>
        <translation>må være en liste med linjer, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of owners, [ ... ]</source>
        <translation>må være en liste med ansvarlige, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of personas, [ ... ]</source>
        <translation>må være en liste med personaer, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of phases, [ ... ]</source>
        <translation>må være en liste med faser, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of quotes, [ ... ]</source>
        <translation>må være en liste med sitater, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of stations, [ ... ]</source>
        <translation>må være en liste med stasjoner, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of text, [ ... ]</source>
        <translation>må være en liste med tekst, [ ... ]</translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation>må være et tall fra {low} til {high}</translation>
    </message>
    <message>
        <source>must be a number of {low} or more</source>
        <translation>må være et tall på {low} eller mer</translation>
    </message>
    <message>
        <source>must be a real calendar date; there is no {value}</source>
        <translation>må være en virkelig dato; det finnes ingen {value}</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>må være et heltall</translation>
    </message>
    <message>
        <source>must be an integer from {low} to {high}</source>
        <translation>må være et heltall fra {low} til {high}</translation>
    </message>
    <message>
        <source>must be an integer of {low} or more</source>
        <translation>må være et heltall på {low} eller mer</translation>
    </message>
    <message>
        <source>must be at most {max} characters long (it has {length})</source>
        <translation>kan være høyst {max} tegn lang (den har {length})</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>må være tekst</translation>
    </message>
    <message>
        <source>must be text of 1 to {max} characters</source>
        <translation>må være tekst på 1 til {max} tegn</translation>
    </message>
    <message>
        <source>must be the id of a line</source>
        <translation>må være id-en til en linje</translation>
    </message>
    <message>
        <source>must be the id of a persona</source>
        <translation>må være id-en til en persona</translation>
    </message>
    <message>
        <source>must be the id of a phase</source>
        <translation>må være id-en til en fase</translation>
    </message>
    <message>
        <source>must be the id of a station</source>
        <translation>må være id-en til en stasjon</translation>
    </message>
    <message>
        <source>must be the id of an owner</source>
        <translation>må være id-en til en ansvarlig</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>må være true eller false</translation>
    </message>
    <message>
        <source>must contain at least one visible character, not only spaces or invisible ones</source>
        <translation>må inneholde minst ett synlig tegn, ikke bare mellomrom eller usynlige tegn</translation>
    </message>
    <message>
        <source>must have at least one journey</source>
        <translation>må ha minst én reise</translation>
    </message>
    <message>
        <source>must have at least one line</source>
        <translation>må ha minst én linje</translation>
    </message>
    <message>
        <source>must have at least one phase</source>
        <translation>må ha minst én fase</translation>
    </message>
    <message>
        <source>must have at most {max} items (it has {count})</source>
        <translation>kan ha høyst {max} punkter (den har {count})</translation>
    </message>
    <message>
        <source>must have at most {max} quotes (it has {count})</source>
        <translation>kan ha høyst {max} sitater (den har {count})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>kan ikke være tom</translation>
    </message>
    <message>
        <source>this document is format version {version}, but this Journeyline reads format versions 1 to {newest} only</source>
        <translation>dokumentet har formatversjon {version}, men denne Journeyline leser bare formatversjon 1 til {newest}</translation>
    </message>
    <message>
        <source>{value} is a line of another journey; use a line of this journey</source>
        <translation>{value} er en linje i en annen reise; bruk en linje i denne reisen</translation>
    </message>
    <message>
        <source>{value} is a phase of another journey; use a phase of this journey</source>
        <translation>{value} er en fase i en annen reise; bruk en fase i denne reisen</translation>
    </message>
    <message>
        <source>{value} is a station of another journey; use a station of this journey</source>
        <translation>{value} er en stasjon i en annen reise; bruk en stasjon i denne reisen</translation>
    </message>
    <message>
        <source>{value} is already used as the id at {place}; ids must be unique across the whole document</source>
        <translation>{value} brukes allerede som id ved {place}; id-er må være unike i hele dokumentet</translation>
    </message>
    <message>
        <source>{value} is not the id of a line of this journey</source>
        <translation>{value} er ikke id-en til en linje i denne reisen</translation>
    </message>
    <message>
        <source>{value} is not the id of a persona in this document</source>
        <translation>{value} er ikke id-en til en persona i dette dokumentet</translation>
    </message>
    <message>
        <source>{value} is not the id of a phase of this journey</source>
        <translation>{value} er ikke id-en til en fase i denne reisen</translation>
    </message>
    <message>
        <source>{value} is not the id of a station of this journey</source>
        <translation>{value} er ikke id-en til en stasjon i denne reisen</translation>
    </message>
    <message>
        <source>{value} is not the id of an owner in this document</source>
        <translation>{value} er ikke id-en til en ansvarlig i dette dokumentet</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation>Alle endringer er lagret</translation>
    </message>
    <message>
        <source>Zoom (Ctrl and the mouse wheel, or pinch)</source>
        <translation>Zoom (Ctrl og musehjulet, eller klyp)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Hurtigtast</translation>
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
        <translation>Sannhetens øyeblikk</translation>
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
        <translation>Kundesitater</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>No needs, pain points, quotes or ideas yet.</source>
        <translation>Ingen behov, smertepunkter, sitater eller idéer ennå.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No workshop open</source>
        <translation>Ingen workshop åpen</translation>
    </message>
    <message>
        <source>Open a workshop file, or start a new one from a template.</source>
        <translation>Åpne en workshopfil, eller start en ny fra en mal.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Åpne…</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Ny fra mal…</translation>
    </message>
    <message>
        <source>RECENT</source>
        <translation>NYLIGE</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Not stated</source>
        <translation>Ikke oppgitt</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Station title</source>
        <translation>Stasjonens tittel</translation>
    </message>
    <message>
        <source>What the customer does here</source>
        <translation>Hva kunden gjør her</translation>
    </message>
    <message>
        <source>Website, phone, letter, store…</source>
        <translation>Nettsted, telefon, brev, butikk…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Add a need…</source>
        <translation>Legg til et behov…</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nytt behov</translation>
    </message>
    <message>
        <source>Add the need</source>
        <translation>Legg til behovet</translation>
    </message>
    <message>
        <source>Remove the need</source>
        <translation>Fjern behovet</translation>
    </message>
    <message>
        <source>Add a pain point…</source>
        <translation>Legg til et smertepunkt…</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Nytt smertepunkt</translation>
    </message>
    <message>
        <source>Add the pain point</source>
        <translation>Legg til smertepunktet</translation>
    </message>
    <message>
        <source>Remove the pain point</source>
        <translation>Fjern smertepunktet</translation>
    </message>
    <message>
        <source>Ownership and evidence</source>
        <translation>Ansvar og belegg</translation>
    </message>
    <message>
        <source>A moment that decides how the customer feels about us</source>
        <translation>Et øyeblikk som avgjør hva kunden synes om oss</translation>
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
        <translation>Gap: vurder ytelse og målnivå for å se det</translation>
    </message>
    <message>
        <source>Gap {gap}: performance is {gap} below target</source>
        <translation>Gap {gap}: ytelsen ligger {gap} under målnivået</translation>
    </message>
    <message>
        <source>No gap: performance meets the target</source>
        <translation>Ingen gap: ytelsen når målnivået</translation>
    </message>
    <message>
        <source>Ahead by {gap}: performance beats the target</source>
        <translation>{gap} foran: ytelsen overgår målnivået</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>The classic eight phases, from awareness to advocacy; frontstage and backstage lines.</source>
        <translation>De klassiske åtte fasene, fra oppmerksomhet til anbefaling; linjer synlige for kunden og bak kulissene.</translation>
    </message>
    <message>
        <source>A new customer&apos;s first 90 days, with placeholder stations to fill in together.</source>
        <translation>En ny kundes første 90 dager, med plassholderstasjoner dere fyller ut sammen.</translation>
    </message>
    <message>
        <source>One phase and one line: draw the journey from scratch.</source>
        <translation>Én fase og én linje: tegn reisen fra bunnen av.</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Tomt kart</translation>
    </message>
    <message>
        <source>New workshop from template</source>
        <translation>Ny workshop fra mal</translation>
    </message>
    <message>
        <source>Start a new workshop file from one of these templates.</source>
        <translation>Start en ny workshopfil fra en av disse malene.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Velg hvor du vil lagre…</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>New station</source>
        <translation>Ny stasjon</translation>
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
        <translation>Dra til kartet for å legge til der, eller klikk for å legge til ved utvalget</translation>
    </message>
    <message>
        <source>A stage, left to right</source>
        <translation>Et trinn, fra venstre mot høyre</translation>
    </message>
    <message>
        <source>A channel or process</source>
        <translation>En kanal eller prosess</translation>
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
        <translation>Bygg kartet</translation>
    </message>
    <message>
        <source>Drag a phase, a line or a station from the palette onto the canvas.</source>
        <translation>Dra en fase, en linje eller en stasjon fra paletten til lerretet.</translation>
    </message>
    <message>
        <source>Edit a station</source>
        <translation>Rediger en stasjon</translation>
    </message>
    <message>
        <source>Select it and fill in the properties panel; double-click it to rename it.</source>
        <translation>Merk den og fyll ut egenskapspanelet; dobbeltklikk for å gi den nytt navn.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Press F5 to show the map full screen to the room; Esc comes back.</source>
        <translation>Trykk F5 for å vise kartet i fullskjerm for rommet; Esc går tilbake.</translation>
    </message>
    <message>
        <source>Hand it over</source>
        <translation>Overlever</translation>
    </message>
    <message>
        <source>File ▸ Export makes the PDF poster and the Excel action list.</source>
        <translation>Fil ▸ Eksporter lager PDF-plakaten og tiltakslisten i Excel.</translation>
    </message>
    <message>
        <source>Every change is saved in the workshop file the moment you make it. Help ▸ Welcome card shows this card again.</source>
        <translation>Hver endring lagres i workshopfilen i det øyeblikket du gjør den. Hjelp ▸ Velkomstkort viser kortet igjen.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Skjønner</translation>
    </message>
</context>
<context>
    <name>WindowPanels</name>
    <message>
        <source>Click the station for “{}” on the map · Esc cancels</source>
        <translation>Klikk på stasjonen for «{}» på kartet · Esc avbryter</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Reiser</translation>
    </message>
    <message>
        <source>Open a workshop to see its journeys.</source>
        <translation>Åpne en workshop for å se reisene.</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Reiser</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personaer</translation>
    </message>
    <message>
        <source>Open a workshop to see its personas.</source>
        <translation>Åpne en workshop for å se personaene.</translation>
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
        <translation>Åpne en workshop for å se de ansvarlige.</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Ansvarlige</translation>
    </message>
    <message>
        <source>Action board</source>
        <translation>Tiltakstavle</translation>
    </message>
    <message>
        <source>Open a workshop to see its actions.</source>
        <translation>Åpne en workshop for å se tiltakene.</translation>
    </message>
    <message>
        <source>&amp;Action board</source>
        <translation>&amp;Tiltakstavle</translation>
    </message>
    <message>
        <source>Effort/value matrix</source>
        <translation>Matrise innsats/verdi</translation>
    </message>
    <message>
        <source>Open a workshop to see its priorities.</source>
        <translation>Åpne en workshop for å se prioriteringene.</translation>
    </message>
    <message>
        <source>&amp;Effort/value matrix</source>
        <translation>&amp;Matrise innsats/verdi</translation>
    </message>
    <message>
        <source>Show the panel “{title}” ({shortcut})</source>
        <translation>Vis panelet «{title}» ({shortcut})</translation>
    </message>
    <message>
        <source>Show the panel “{title}”</source>
        <translation>Vis panelet «{title}»</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Den stasjonen finnes ikke lenger.</translation>
    </message>
    <message>
        <source>Linked “{title}” to the station “{title_}”</source>
        <translation>Knyttet «{title}» til stasjonen «{title_}»</translation>
    </message>
    <message>
        <source>That is not a station: click a station on the map · Esc cancels</source>
        <translation>Det er ikke en stasjon: klikk på en stasjon på kartet · Esc avbryter</translation>
    </message>
    <message>
        <source>The matrix is on the projector; F6 brings it back.</source>
        <translation>Matrisen vises på projektoren; F6 henter den tilbake.</translation>
    </message>
    <message>
        <source>Close the panel “{title}”</source>
        <translation>Lukk panelet «{title}»</translation>
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
        <translation>Navnet på workshopen eller oppdraget</translation>
    </message>
    <message>
        <source>The client company</source>
        <translation>Kundens bedrift</translation>
    </message>
    <message>
        <source>Target group in focus</source>
        <translation>Målgruppe i fokus</translation>
    </message>
    <message>
        <source>e.g. Lower customer departures</source>
        <translation>f.eks. Færre kunder som slutter</translation>
    </message>
    <message>
        <source>The workshop&apos;s language: its exports (poster, action list) are in this language. Another language tag (nb-NO, de-CH, pt-BR) may be typed; exports in a language Journeyline does not speak are in English.</source>
        <translation>Workshopens språk: eksportene (plakat, tiltaksliste) blir på dette språket. Du kan skrive en annen språkkode (nb-NO, de-CH, pt-BR); eksporter på et språk Journeyline ikke snakker, blir på engelsk.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasjon:</translation>
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
        <translation>&amp;Notater:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
</context>
</TS>
