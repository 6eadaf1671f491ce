<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Journeyline uses Qt unmodified, as shared libraries that can be replaced with another build of the same version.</source>
        <translation>Journeyline käyttää Qt:ta muuttamattomana jaettuina kirjastoina, jotka voi korvata saman version toisella käännöksellä.</translation>
    </message>
    <message>
        <source>Used by ReportLab.</source>
        <translation>ReportLabin käyttämä.</translation>
    </message>
    <message>
        <source>Journeyline bundles the following software.</source>
        <translation>Journeylinen mukana toimitetaan seuraavat ohjelmistot.</translation>
    </message>
    <message>
        <source>The DejaVu Sans font (resources/fonts):</source>
        <translation>DejaVu Sans -fontti (resources/fonts):</translation>
    </message>
    <message>
        <source>DejaVu fonts licence: {url}</source>
        <translation>DejaVu-fonttien lisenssi: {url}</translation>
    </message>
    <message>
        <source>The Noto Emoji font (resources/fonts):</source>
        <translation>Noto Emoji -fontti (resources/fonts):</translation>
    </message>
    <message>
        <source>Noto Emoji font licence: {url}</source>
        <translation>Noto Emoji -fontin lisenssi: {url}</translation>
    </message>
    <message>
        <source>Libraries:</source>
        <translation>Kirjastot:</translation>
    </message>
    <message>
        <source>About Journeyline</source>
        <translation>Tietoja Journeylinesta</translation>
    </message>
    <message>
        <source>Journeyline</source>
        <translation>Journeyline</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versio {version}</translation>
    </message>
    <message>
        <source>Customer-journey maps, drawn as subway maps, for workshops.</source>
        <translation>Asiakaspolkukartat metrokarttoina työpajoja varten.</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisenssit</translation>
    </message>
</context>
<context>
    <name>ActionBoard</name>
    <message>
        <source>Add improvement idea…</source>
        <translation>Lisää parannusidea…</translation>
    </message>
    <message>
        <source>Add an idea to the journey on the map (Insert)</source>
        <translation>Lisää idea kartalla näkyvään polkuun (Insert)</translation>
    </message>
    <message>
        <source>Show station</source>
        <translation>Näytä asema</translation>
    </message>
    <message>
        <source>Show the action&apos;s station on the map (Ctrl+Return)</source>
        <translation>Näytä toimenpiteen asema kartalla (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Pick station on map</source>
        <translation>Valitse asema kartalta</translation>
    </message>
    <message>
        <source>Link the action to a station you click on the map (Ctrl+L)</source>
        <translation>Liitä toimenpide asemaan, jota napsautat kartalla (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete the selected actions (Delete)</source>
        <translation>Poista valitut toimenpiteet (Delete)</translation>
    </message>
    <message>
        <source>Show station on the map</source>
        <translation>Näytä asema kartalla</translation>
    </message>
    <message>
        <source>Link to station…</source>
        <translation>Liitä asemaan…</translation>
    </message>
    <message>
        <source>Pick station on the map</source>
        <translation>Valitse asema kartalta</translation>
    </message>
    <message>
        <source>Unlink station</source>
        <translation>Irrota asema</translation>
    </message>
</context>
<context>
    <name>ActionFilters</name>
    <message>
        <source>Search actions (Ctrl+F)</source>
        <translation>Hae toimenpiteitä (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Hae toimenpiteitä</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Polku</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteetti</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Polku:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Vaihe:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Vastuuhenkilö:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioriteetti:</translation>
    </message>
    <message>
        <source>{name} filter</source>
        <translation>Suodatin: {name}</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Kaikki polut</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Kartalla oleva polku</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Kaikki vaiheet</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Kaikki vastuuhenkilöt</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Ei vastuuhenkilöä</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Kaikki prioriteetit</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n toimenpide</numerusform>
            <numerusform>%n toimenpidettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown}/%n toimenpide</numerusform>
            <numerusform>{shown}/%n toimenpidettä</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionListUpdate</name>
    <message>
        <source>Update from action list</source>
        <translation>Päivitä toimenpidelistasta</translation>
    </message>
    <message>
        <source>Excel action lists (*.xlsx);;All files (*)</source>
        <translation>Excel-toimenpidelistat (*.xlsx);;Kaikki tiedostot (*)</translation>
    </message>
    <message numerus="yes">
        <source>{file} cannot be used: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>Tiedostoa {file} ei voi käyttää: %n ongelma; mitään ei muutettu.</numerusform>
            <numerusform>Tiedostoa {file} ei voi käyttää: %n ongelmaa; mitään ei muutettu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n muutos</numerusform>
            <numerusform>%n muutosta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n uusi toimenpide</numerusform>
            <numerusform>%n uutta toimenpidettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new owner(s)</source>
        <translation>
            <numerusform>%n uusi vastuuhenkilö</numerusform>
            <numerusform>%n uutta vastuuhenkilöä</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Päivitetty tiedostosta {file}: {changes}, {new}, {owners}.</translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>No owner</source>
        <translation>Ei vastuuhenkilöä</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Ei asemaa</translation>
    </message>
    <message>
        <source>Quick wins first, then big bets, fill-ins, time sinks, unrated</source>
        <translation>Nopeat voitot ensin, sitten isot panostukset, täytteet, ajanhukat ja arvioimattomat</translation>
    </message>
    <message>
        <source>{column} (F2 or double-click to edit)</source>
        <translation>{column} (muokkaa F2:lla tai kaksoisnapsauttamalla)</translation>
    </message>
    <message>
        <source>Not linked to a station (F2 to choose, Ctrl+L to pick on the map)</source>
        <translation>Ei liitetty asemaan (valitse F2:lla, osoita kartalta Ctrl+L:llä)</translation>
    </message>
    <message>
        <source>{station}
Double-click or Ctrl+Return: show on the map</source>
        <translation>{station}
Kaksoisnapsautus tai Ctrl+Enter: näytä kartalla</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Myöhässä {date} alkaen</translation>
    </message>
    <message>
        <source>Effort {n}: {word}</source>
        <translation>Työmäärä {n}: {word}</translation>
    </message>
    <message>
        <source>Value {n}: {word}</source>
        <translation>Hyöty {n}: {word}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioriteetti</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Työmäärä</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hyöty</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Polku</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <source>Update from action list</source>
        <translation>Päivitä toimenpidelistasta</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”, {rows}</source>
        <translation>{file}, taulukko ”{sheet}”, {rows}</translation>
    </message>
    <message>
        <source>the list changes nothing in the workshop.</source>
        <translation>lista ei muuta työpajassa mitään.</translation>
    </message>
    <message>
        <source>{changes} to {actions}</source>
        <translation>{changes}: {actions}</translation>
    </message>
    <message>
        <source>new action</source>
        <translation>uusi toimenpide</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message numerus="yes">
        <source>%n action row(s)</source>
        <translation>
            <numerusform>%n toimenpiderivi</numerusform>
            <numerusform>%n toimenpideriviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n muutos</numerusform>
            <numerusform>%n muutosta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n toimenpide</numerusform>
            <numerusform>%n toimenpidettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n uusi toimenpide</numerusform>
            <numerusform>%n uutta toimenpidettä</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is changed until you apply; Edit ▸ Undo takes it all back.</source>
        <translation>Mitään ei muuteta ennen kuin otat muutokset käyttöön; Muokkaa ▸ Kumoa peruu kaiken.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Ota käyttöön</translation>
    </message>
    <message>
        <source>&amp;Apply {n}</source>
        <translation>&amp;Ota käyttöön {n}</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Muutokset ({n})</translation>
    </message>
    <message>
        <source>New actions ({n})</source>
        <translation>Uudet toimenpiteet ({n})</translation>
    </message>
    <message>
        <source>journey {name}</source>
        <translation>polku {name}</translation>
    </message>
    <message>
        <source> (new owner)</source>
        <translation> (uusi vastuuhenkilö)</translation>
    </message>
    <message>
        <source>Not in the list ({n}): kept in the workshop, as rows deleted in Excel never delete an action</source>
        <translation>Ei listassa ({n}): säilyvät työpajassa, sillä Excelistä poistettu rivi ei koskaan poista toimenpidettä</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>polku</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Huomautukset ({n})</translation>
    </message>
    <message>
        <source>Owners the workshop does not have: create them?</source>
        <translation>Vastuuhenkilöt, joita työpajassa ei ole: luodaanko ne?</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Uusi mallipohjasta…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Avaa v&amp;iimeaikainen</translation>
    </message>
    <message>
        <source>&amp;Import JSON document…</source>
        <translation>Tuo JSO&amp;N-dokumentti…</translation>
    </message>
    <message>
        <source>Make a new workshop file from a JSON interchange document</source>
        <translation>Luo uusi työpajatiedosto siirtomuotoisesta JSON-dokumentista</translation>
    </message>
    <message>
        <source>Open from li&amp;brary…</source>
        <translation>Avaa &amp;kirjastosta…</translation>
    </message>
    <message>
        <source>Find a published map or search across every map in the library</source>
        <translation>Etsi julkaistu kartta tai hae kaikista kirjaston kartoista</translation>
    </message>
    <message>
        <source>Publis&amp;h to library…</source>
        <translation>&amp;Julkaise kirjastoon…</translation>
    </message>
    <message>
        <source>Publish this workshop (or a journey as a house template)</source>
        <translation>Julkaise tämä työpaja (tai polku talon mallipohjana)</translation>
    </message>
    <message>
        <source>Library se&amp;ttings…</source>
        <translation>Kirjaston as&amp;etukset…</translation>
    </message>
    <message>
        <source>The local library on this computer, or a team library</source>
        <translation>Tämän tietokoneen paikallinen kirjasto tai tiimin kirjasto</translation>
    </message>
    <message>
        <source>&amp;Workshop details…</source>
        <translation>Työpajan &amp;tiedot…</translation>
    </message>
    <message>
        <source>The workshop&apos;s title, organisation, segment, business goal and notes</source>
        <translation>Työpajan otsikko, organisaatio, segmentti, liiketoiminnan tavoite ja muistiinpanot</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Tallenna k&amp;opio…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>Export a PDF poster, an Excel action list, an image or JSON (Ctrl+E)</source>
        <translation>Vie PDF-juliste, Excel-toimenpidelista, kuva tai JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export PDF &amp;poster…</source>
        <translation>Vie P&amp;DF-juliste…</translation>
    </message>
    <message>
        <source>Export Excel action &amp;list…</source>
        <translation>Vie E&amp;xcel-toimenpidelista…</translation>
    </message>
    <message>
        <source>&amp;Update from action list…</source>
        <translation>&amp;Päivitä toimenpidelistasta…</translation>
    </message>
    <message>
        <source>Read back the Excel action list the client edited: preview every change, then apply it as one step</source>
        <translation>Lue asiakkaan muokkaama Excel-toimenpidelista: esikatsele jokainen muutos ja ota ne käyttöön yhdellä kertaa</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Sulje työpaja</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Monista</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>P&amp;oista</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Nimeä uudelleen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Vali&amp;tse kaikki</translation>
    </message>
    <message>
        <source>Add &amp;station</source>
        <translation>Lisää a&amp;sema</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>Lisää &amp;vaihe</translation>
    </message>
    <message>
        <source>Add li&amp;ne</source>
        <translation>Lisää lin&amp;ja</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>The window&apos;s language and other settings</source>
        <translation>Ikkunan kieli ja muut asetukset</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Lähe&amp;nnä</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>L&amp;oitonna</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>&amp;Sovita kartta</translation>
    </message>
    <message>
        <source>Fit &amp;selection</source>
        <translation>Sovita v&amp;alinta</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Todellinen koko</translation>
    </message>
    <message>
        <source>Show &amp;needs</source>
        <translation>Näytä ta&amp;rpeet</translation>
    </message>
    <message>
        <source>Show &amp;pain points</source>
        <translation>Näytä k&amp;ipupisteet</translation>
    </message>
    <message>
        <source>Show i&amp;deas</source>
        <translation>Näytä i&amp;deat</translation>
    </message>
    <message>
        <source>A mark with the number of improvement ideas of each station; their titles when the pointer rests on it</source>
        <translation>Merkki, jossa on kunkin aseman parannusideoiden määrä; niiden otsikot, kun osoitin on sen päällä</translation>
    </message>
    <message>
        <source>Show &amp;quotes</source>
        <translation>N&amp;äytä sitaatit</translation>
    </message>
    <message>
        <source>Show o&amp;wners</source>
        <translation>Näytä vast&amp;uuhenkilöt</translation>
    </message>
    <message>
        <source>Show fi&amp;gures</source>
        <translation>Näytä &amp;luvut</translation>
    </message>
    <message>
        <source>Day, customers, duration and drop-off under each station</source>
        <translation>Päivä, asiakkaat, kesto ja poistuma kunkin aseman alla</translation>
    </message>
    <message>
        <source>Show the emotion &amp;curve</source>
        <translation>Näytä tunnekä&amp;yrä</translation>
    </message>
    <message>
        <source>Show the map &amp;title</source>
        <translation>Näytä kartan otsikko</translation>
    </message>
    <message>
        <source>Foc&amp;us on the map</source>
        <translation>&amp;Keskity karttaan</translation>
    </message>
    <message>
        <source>Hide every panel so the map has the whole window; the same again brings them back (Ctrl+Shift+H)</source>
        <translation>Piilota kaikki paneelit, jotta kartta saa koko ikkunan; sama uudelleen tuo ne takaisin (Ctrl+Vaihto+H)</translation>
    </message>
    <message>
        <source>Pane&amp;ls</source>
        <translation>&amp;Paneelit</translation>
    </message>
    <message>
        <source>Compa&amp;re today and future…</source>
        <translation>&amp;Vertaa nykyistä ja tulevaa…</translation>
    </message>
    <message>
        <source>Today&apos;s and the future journey one above the other</source>
        <translation>Nykyinen ja tuleva polku päällekkäin</translation>
    </message>
    <message>
        <source>Presentation &amp;mode</source>
        <translation>&amp;Esitystila</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Esitä</translation>
    </message>
    <message>
        <source>Present the map full screen (F5); Esc leaves</source>
        <translation>Näytä kartta koko näytöllä (F5); Esc lopettaa</translation>
    </message>
    <message>
        <source>Prioritise on the projector</source>
        <translation>Priorisoi projektorilla</translation>
    </message>
    <message>
        <source>Show the effort/value matrix full screen in large type (F6); F6 again returns to the map</source>
        <translation>Näytä työmäärä–hyöty-matriisi koko näytöllä isolla tekstillä (F6); F6 uudelleen palaa karttaan</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;Welcome card</source>
        <translation>&amp;Tervetulokortti</translation>
    </message>
    <message>
        <source>What goes where on the map, and how a workshop goes</source>
        <translation>Mitä kartalle tulee mihinkin ja miten työpaja etenee</translation>
    </message>
    <message>
        <source>&amp;About Journeyline</source>
        <translation>Tietoja &amp;Journeylinesta</translation>
    </message>
</context>
<context>
    <name>CanvasMenus</name>
    <message>
        <source>Add station here</source>
        <translation>Lisää asema tähän</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Lisää vaihe</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Lisää linja</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Liitä</translation>
    </message>
    <message>
        <source>Select all stations</source>
        <translation>Valitse kaikki asemat</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Monista</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Tunne</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ei arvioitu</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Totuuden hetki</translation>
    </message>
    <message>
        <source>Add improvement idea…</source>
        <translation>Lisää parannusidea…</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Poista vaihe</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Poista linja</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Väri…</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Oletusväri</translation>
    </message>
    <message>
        <source>Add phase before</source>
        <translation>Lisää vaihe ennen</translation>
    </message>
    <message>
        <source>Add phase after</source>
        <translation>Lisää vaihe jälkeen</translation>
    </message>
    <message>
        <source>Add line above</source>
        <translation>Lisää linja yläpuolelle</translation>
    </message>
    <message>
        <source>Add line below</source>
        <translation>Lisää linja alapuolelle</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Automatic</source>
        <translation>Automaattinen</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Muu väri…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Valitse väri</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <source>Custom colour</source>
        <translation>Oma väri</translation>
    </message>
    <message>
        <source>Custom colour ({code})</source>
        <translation>Oma väri ({code})</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>Emotion, today and in the future</source>
        <translation>Tunne nyt ja tulevaisuudessa</translation>
    </message>
    <message>
        <source>▲ {change} better</source>
        <translation>▲ {change} parempi</translation>
    </message>
    <message>
        <source>▼ {change} worse</source>
        <translation>▼ {change} huonompi</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= ei muutosta</translation>
    </message>
    <message>
        <source>{name}: average {value}</source>
        <translation>{name}: keskiarvo {value}</translation>
    </message>
    <message>
        <source>{name}: not assessed</source>
        <translation>{name}: ei arvioitu</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Import JSON document</source>
        <translation>Tuo JSON-dokumentti</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Tallenna tuotu työpaja nimellä</translation>
    </message>
    <message>
        <source>The document could not be imported</source>
        <translation>Dokumenttia ei voitu tuoda</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add action {name}</source>
        <translation>Lisää toimenpide {name}</translation>
    </message>
    <message>
        <source>Add journey {name}</source>
        <translation>Lisää polku {name}</translation>
    </message>
    <message>
        <source>Add line {name}</source>
        <translation>Lisää linja {name}</translation>
    </message>
    <message>
        <source>Add owner {name}</source>
        <translation>Lisää vastuuhenkilö {name}</translation>
    </message>
    <message>
        <source>Add persona {name}</source>
        <translation>Lisää persoona {name}</translation>
    </message>
    <message>
        <source>Add phase {name}</source>
        <translation>Lisää vaihe {name}</translation>
    </message>
    <message>
        <source>Add station {name}</source>
        <translation>Lisää asema {name}</translation>
    </message>
    <message numerus="yes">
        <source>Clear moment of truth of %n station(s)</source>
        <translation>
            <numerusform>Poista totuuden hetki asemalta</numerusform>
            <numerusform>Poista totuuden hetki %n asemalta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Poista toimenpide</numerusform>
            <numerusform>Poista %n toimenpidettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation>
            <numerusform>Poista linja</numerusform>
            <numerusform>Poista %n linjaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phase(s)</source>
        <translation>
            <numerusform>Poista vaihe</numerusform>
            <numerusform>Poista %n vaihetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n station(s)</source>
        <translation>
            <numerusform>Poista asema</numerusform>
            <numerusform>Poista %n asemaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Poista polku</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Poista linja</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Poista vastuuhenkilö</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Poista persoona</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Poista vaihe</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Suunnittele tuleva polku</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n station(s)</source>
        <translation>
            <numerusform>Monista asema</numerusform>
            <numerusform>Monista %n asemaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit action {field}</source>
        <translation>Muokkaa kenttää ”{field}”</translation>
    </message>
    <message>
        <source>Edit journey&apos;s {field}</source>
        <translation>Muokkaa kenttää ”{field}”</translation>
    </message>
    <message>
        <source>Edit line {field}</source>
        <translation>Muokkaa kenttää ”{field}”</translation>
    </message>
    <message>
        <source>Edit owner&apos;s {field}</source>
        <translation>Muokkaa kenttää ”{field}”</translation>
    </message>
    <message>
        <source>Edit persona&apos;s {field}</source>
        <translation>Muokkaa kenttää ”{field}”</translation>
    </message>
    <message>
        <source>Edit phase {field}</source>
        <translation>Muokkaa kenttää ”{field}”</translation>
    </message>
    <message>
        <source>Edit station {field}</source>
        <translation>Muokkaa kenttää ”{field}”</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Muokkaa työpajan tietoja</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n station(s) as moment of truth</source>
        <translation>
            <numerusform>Merkitse asema totuuden hetkeksi</numerusform>
            <numerusform>Merkitse %n asemaa totuuden hetkiksi</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge owners</source>
        <translation>Yhdistä vastuuhenkilöt</translation>
    </message>
    <message numerus="yes">
        <source>Move %n station(s)</source>
        <translation>
            <numerusform>Siirrä asema</numerusform>
            <numerusform>Siirrä %n asemaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Move line to backstage</source>
        <translation>Siirrä linja kulissien taakse</translation>
    </message>
    <message>
        <source>Move line to frontstage</source>
        <translation>Siirrä linja asiakkaan näkyville</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n station(s)</source>
        <translation>
            <numerusform>Liitä asema</numerusform>
            <numerusform>Liitä %n asemaa</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename station</source>
        <translation>Nimeä asema uudelleen</translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation>Järjestä polut uudelleen</translation>
    </message>
    <message>
        <source>Reorder lines</source>
        <translation>Järjestä linjat uudelleen</translation>
    </message>
    <message>
        <source>Reorder phases</source>
        <translation>Järjestä vaiheet uudelleen</translation>
    </message>
    <message numerus="yes">
        <source>Set emotion of %n station(s)</source>
        <translation>
            <numerusform>Aseta tunne asemalle</numerusform>
            <numerusform>Aseta tunne %n asemalle</numerusform>
        </translation>
    </message>
    <message>
        <source>Set owner to new {name}</source>
        <translation>Aseta uusi vastuuhenkilö {name}</translation>
    </message>
    <message>
        <source>Update from {file}</source>
        <translation>Päivitä tiedostosta {file}</translation>
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
        <translation>Ei arvioitu</translation>
    </message>
    <message>
        <source>The room has not judged this moment yet</source>
        <translation>Ryhmä ei ole vielä arvioinut tätä hetkeä</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ei vielä arvioitu</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the {label} as</source>
        <translation>Vie {label} nimellä</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>&amp;All journeys</source>
        <translation>&amp;Kaikki polut</translation>
    </message>
    <message>
        <source>O&amp;ne:</source>
        <translation>&amp;Yksi:</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Polku</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Muoto:</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Polut:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Tallenna nimellä:</translation>
    </message>
    <message>
        <source>An image shows one journey&apos;s map</source>
        <translation>Kuva näyttää yhden polun kartan</translation>
    </message>
    <message>
        <source>Every journey&apos;s map</source>
        <translation>Jokaisen polun kartta</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Korvataanko tiedosto?</translation>
    </message>
    <message>
        <source>“{name}” already exists in “{folder}”. Replace it?</source>
        <translation>”{name}” on jo kansiossa ”{folder}”. Korvataanko se?</translation>
    </message>
</context>
<context>
    <name>ExportNotices</name>
    <message>
        <source>No installed font has the character {characters}, so it shows as an empty box. Install a font that has it (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Mikään asennettu fontti ei sisällä merkkiä {characters}, joten se näkyy tyhjänä ruutuna. Asenna fontti, jossa merkki on (esim. Noto Sans CJK tai Droid Sans Fallback TrueType-muodossa), ja vie uudelleen.</translation>
    </message>
    <message>
        <source>No installed font has these {count} characters, so they show as empty boxes: {characters}. Install a font that has them (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Mikään asennettu fontti ei sisällä näitä {count} merkkiä, joten ne näkyvät tyhjinä ruutuina: {characters}. Asenna fontti, jossa ne ovat (esim. Noto Sans CJK tai Droid Sans Fallback TrueType-muodossa), ja vie uudelleen.</translation>
    </message>
    <message>
        <source>The map of {journey} is printed at {percent}% on {paper}: its smallest text is {size} pt. Choose a larger paper for print; on screen it can be zoomed.</source>
        <translation>Kartta {journey} tulostetaan paperille {paper} {percent} %:n koossa: sen pienin teksti on {size} pt. Valitse tulosteeseen suurempi paperi; näytöllä karttaa voi zoomata.</translation>
    </message>
    <message>
        <source>The map of {journey} is too large for the chosen resolution; it was drawn at {dpi} dpi instead. Use the PDF or SVG for a sharper copy.</source>
        <translation>Kartta {journey} on liian suuri valitulle tarkkuudelle; se piirrettiin sen sijaan {dpi} dpi:n tarkkuudella. Käytä PDF- tai SVG-tiedostoa terävämpään kopioon.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting the {label} “{name}”…</source>
        <translation>Viedään: {label} ”{name}”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Vienti valmis</translation>
    </message>
    <message>
        <source>Exported {what}.</source>
        <translation>Vietiin {what}.</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>Kansiossa {folder}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Näytä kansiossa</translation>
    </message>
    <message numerus="yes">
        <source>Please check %n note(s):</source>
        <translation>
            <numerusform>Tarkista %n huomautus:</numerusform>
            <numerusform>Tarkista %n huomautusta:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Luvut</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Paperi:</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Sitaatit</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Ta&amp;rkkuus:</translation>
    </message>
    <message>
        <source>150 dpi suits slides; 300 dpi suits print</source>
        <translation>150 dpi sopii esityksiin, 300 dpi tulostukseen</translation>
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
        <translation>A4-arkeille, teipattavaksi yhteen</translation>
    </message>
    <message>
        <source>A4 · 210 × 297 mm</source>
        <translation>A4 · 210 × 297 mm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Actions, stations and owners as sheets, to plan the follow-up.</source>
        <translation>Toimenpiteet, asemat ja vastuuhenkilöt omille välilehdilleen jatkotyön suunnittelua varten.</translation>
    </message>
    <message>
        <source>As View ▸ Show… has it; a change here is for this export only</source>
        <translation>Kuten Näytä ▸ Näytä … -valikossa; tässä tehty muutos koskee vain tätä vientiä</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Oletettu</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Kulissien takana</translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation>Iso panostus</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Musta</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Sininen</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Sinivihreä</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Pronssi</translation>
    </message>
    <message>
        <source>Business goal</source>
        <translation>Liiketoiminnan tavoite</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Asiakkaiden sitaatit</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Dark brown</source>
        <translation>Tummanruskea</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>Työn alla</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Valmis</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Poistuma</translation>
    </message>
    <message>
        <source>Drop-off (%)</source>
        <translation>Poistuma (%)</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Kesto (min)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Työmäärä</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Tunne</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Näyttö</translation>
    </message>
    <message>
        <source>Excel action list</source>
        <translation>Excel-toimenpidelista</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-työkirjat (*.xlsx)</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>Täyte</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Asiakkaalle näkyvä</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Turhautumiset</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Tulevaisuus</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>I&amp;deas</source>
        <translation>I&amp;deat</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Merkitys</translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation>Indigo</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Haastattelu</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>JSON-dokumentti</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>JSON-dokumentit (*.json)</translation>
    </message>
    <message>
        <source>Journeyline export</source>
        <translation>Journeyline-vienti</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Letter sheets, to tape together</source>
        <translation>Letter-arkeille, teipattavaksi yhteen</translation>
    </message>
    <message>
        <source>Letter · 8.5 × 11 in</source>
        <translation>Letter · 8,5 × 11 tuumaa</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linja</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Totuuden hetki</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Ne&amp;eds</source>
        <translation>Tar&amp;peet</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Tarpeet</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Kielteinen</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutraali</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>O&amp;wners</source>
        <translation>&amp;Vastuuhenkilöt</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Havainnointi</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a drawing that stays sharp at any size.</source>
        <translation>Yhden polun kartta piirroksena, joka pysyy terävänä kaikissa koissa.</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a picture, for slides and documents.</source>
        <translation>Yhden polun kartta kuvana esityksiin ja asiakirjoihin.</translation>
    </message>
    <message>
        <source>One sheet of that size</source>
        <translation>Yksi arkki tätä kokoa</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>PDF poster</source>
        <translation>PDF-juliste</translation>
    </message>
    <message>
        <source>PDF posters (*.pdf)</source>
        <translation>PDF-julisteet (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-kuva</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-kuvat (*.png)</translation>
    </message>
    <message>
        <source>Pain po&amp;ints</source>
        <translation>&amp;Kipupisteet</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Kipupisteet</translation>
    </message>
    <message>
        <source>Pale blue</source>
        <translation>Vaaleansininen</translation>
    </message>
    <message>
        <source>Pale green</source>
        <translation>Vaaleanvihreä</translation>
    </message>
    <message>
        <source>Pale grey</source>
        <translation>Vaaleanharmaa</translation>
    </message>
    <message>
        <source>Pale lavender</source>
        <translation>Vaalea laventeli</translation>
    </message>
    <message>
        <source>Pale peach</source>
        <translation>Vaalea persikka</translation>
    </message>
    <message>
        <source>Pale pink</source>
        <translation>Vaaleanpunainen</translation>
    </message>
    <message>
        <source>Pale turquoise</source>
        <translation>Vaalea turkoosi</translation>
    </message>
    <message>
        <source>Pale yellow</source>
        <translation>Vaaleankeltainen</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Suoriutuminen</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persoona</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Myönteinen</translation>
    </message>
    <message>
        <source>Print &amp;on:</source>
        <translation>T&amp;ulosta:</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Nopea voitto</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sitaatti</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Punavioletti</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Raportoitu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Arvostelu</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-kuva</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-kuvat (*.svg)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Taivaansininen</translation>
    </message>
    <message>
        <source>Slate grey</source>
        <translation>Liuskeenharmaa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Steel blue</source>
        <translation>Teräksensininen</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Tarina</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Tukipyyntö</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Kysely</translation>
    </message>
    <message>
        <source>Tabloid · 11 × 17 in</source>
        <translation>Tabloid · 11 × 17 tuumaa</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Tavoitetaso</translation>
    </message>
    <message>
        <source>The map, the action list and the station details, ready to print.</source>
        <translation>Kartta, toimenpidelista ja asemien tiedot tulostusvalmiina.</translation>
    </message>
    <message>
        <source>The whole workshop as an interchange document, to import elsewhere.</source>
        <translation>Koko työpaja siirtoasiakirjana, tuotavaksi muualle.</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>Työpajan kieli</translation>
    </message>
    <message>
        <source>Time sink</source>
        <translation>Ajanhukka</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Nyt</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kohtaamispiste</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Arvioimatta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hyöty</translation>
    </message>
    <message>
        <source>Vermilion</source>
        <translation>Oranssinpunainen</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Hyvin kielteinen</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>Hyvin myönteinen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>action title</source>
        <translation>toimenpiteen otsikko</translation>
    </message>
    <message>
        <source>business goal</source>
        <translation>liiketoiminnan tavoite</translation>
    </message>
    <message>
        <source>customer quotes</source>
        <translation>asiakkaiden sitaatit</translation>
    </message>
    <message>
        <source>day</source>
        <translation>päivä</translation>
    </message>
    <message>
        <source>description</source>
        <translation>kuvaus</translation>
    </message>
    <message>
        <source>details</source>
        <translation>tiedot</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation>poistuma</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>määräpäivä</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>kesto</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>työmäärä</translation>
    </message>
    <message>
        <source>email</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>tunne</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>näyttö</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>turhautumiset</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>tavoitteet</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>merkitys</translation>
    </message>
    <message>
        <source>journey state</source>
        <translation>polun tila</translation>
    </message>
    <message>
        <source>journey&apos;s name</source>
        <translation>polun nimi</translation>
    </message>
    <message>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <source>line</source>
        <translation>linja</translation>
    </message>
    <message>
        <source>line colour</source>
        <translation>linjan väri</translation>
    </message>
    <message>
        <source>line kind</source>
        <translation>linjan tyyppi</translation>
    </message>
    <message>
        <source>line name</source>
        <translation>linjan nimi</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>totuuden hetki</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>tarpeet</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>muistiinpanot</translation>
    </message>
    <message>
        <source>number of customers</source>
        <translation>asiakkaiden määrä</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisaatio</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>vastuuhenkilö</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>vastuuhenkilön nimi</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>kipupisteet</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>suoriutuminen</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persoona</translation>
    </message>
    <message>
        <source>persona colour</source>
        <translation>persoonan väri</translation>
    </message>
    <message>
        <source>persona&apos;s name</source>
        <translation>persoonan nimi</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>vaihe</translation>
    </message>
    <message>
        <source>phase colour</source>
        <translation>vaiheen väri</translation>
    </message>
    <message>
        <source>phase name</source>
        <translation>vaiheen nimi</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>sitaatti</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rooli</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmentti</translation>
    </message>
    <message>
        <source>station</source>
        <translation>asema</translation>
    </message>
    <message>
        <source>station title</source>
        <translation>aseman otsikko</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>storyline</source>
        <translation>tarina</translation>
    </message>
    <message>
        <source>target</source>
        <translation>tavoitetaso</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>kohtaamispiste</translation>
    </message>
    <message>
        <source>value</source>
        <translation>hyöty</translation>
    </message>
    <message>
        <source>workshop title</source>
        <translation>työpajan otsikko</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>The workshop file is gone</source>
        <translation>Työpajatiedosto on kadonnut</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Tallenna kopio…</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>Another program is writing to the library “{library}”; try again in a moment. Nothing was changed.</source>
        <translation>Toinen ohjelma kirjoittaa kirjastoon ”{library}”; yritä hetken kuluttua uudelleen. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop (“{exported}”); nothing was changed.</source>
        <translation>Yksikään tiedoston {file} {count} toimenpiteestä ei ole tässä työpajassa: lista vietiin toisesta työpajasta (”{exported}”); mitään ei muutettu.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop; nothing was changed.</source>
        <translation>Yksikään tiedoston {file} {count} toimenpiteestä ei ole tässä työpajassa: lista vietiin toisesta työpajasta; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Row {row}: the new action “{title}” gets no owner, as “{needed}” is not created.</source>
        <translation>Rivi {row}: uusi toimenpide ”{title}” jää ilman vastuuhenkilöä, koska vastuuhenkilöä ”{needed}” ei luoda.</translation>
    </message>
    <message>
        <source>Row {row}: the {field} of “{action}” was changed both in the list (to {listed}) and in the workshop since the export (to {current}); the list&apos;s value is the one applied.</source>
        <translation>Rivi {row}: toimenpiteen ”{action}” kenttää ”{field}” muutettiin sekä listassa (arvoon {listed}) että työpajassa viennin jälkeen (arvoon {current}); käyttöön otetaan listan arvo.</translation>
    </message>
    <message>
        <source>Row {row}: “{action}” keeps its owner {owner}, as “{needed}” is not created.</source>
        <translation>Rivi {row}: ”{action}” pitää vastuuhenkilönsä {owner}, koska vastuuhenkilöä ”{needed}” ei luoda.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has no “{header}” column (row {row} is its header), so every action keeps its {field}.</source>
        <translation>Taulukossa ”{sheet}” ei ole saraketta ”{header}” (rivi {row} on sen otsikkorivi), joten jokainen toimenpide pitää kentän ”{field}” ennallaan.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} has no action key: it is taken as the action “{title}” of the workshop, which has the same title.</source>
        <translation>Taulukon ”{sheet}” rivillä {row} ei ole toimenpideavainta: se tulkitaan työpajan toimenpiteeksi ”{title}”, jolla on sama otsikko.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} holds only formulas (a totals row?), so it is not read as an action.</source>
        <translation>Taulukon ”{sheet}” rivillä {row} on vain kaavoja (summarivi?), joten sitä ei lueta toimenpiteeksi.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} is a new action, but the sheet has no “{header}” column to give it a title.</source>
        <translation>Taulukon ”{sheet}” rivi {row} on uusi toimenpide, mutta taulukossa ei ole saraketta ”{header}”, josta se saisi otsikon.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} names no journey: the list needs a “{header}” column naming the journey of the new action ({journeys}).</source>
        <translation>Taulukon ”{sheet}” rivi {row} ei nimeä polkua: listassa on oltava sarake ”{header}”, joka nimeää uuden toimenpiteen polun ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the Excel error “{value}”.</source>
        <translation>Taulukon ”{sheet}” rivillä {row}, sarakkeessa {column} ({header}) on Excel-virhe ”{value}”.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}” with no value computed by Excel: it is read as that text, never run.</source>
        <translation>Taulukon ”{sheet}” rivillä {row}, sarakkeessa {column} ({header}) on kaava ”{formula}” ilman Excelin laskemaa arvoa: se luetaan tekstinä eikä sitä koskaan suoriteta.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}”: its value as Excel last showed it, “{value}”, is read.</source>
        <translation>Taulukon ”{sheet}” rivillä {row}, sarakkeessa {column} ({header}) on kaava ”{formula}”: sen arvo sellaisena kuin Excel sen viimeksi näytti, ”{value}”, luetaan.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, the name of {count} journeys: rename one of them in Journeyline first.</source>
        <translation>Taulukon ”{sheet}” rivillä {row}, sarakkeessa {column} ({header}) on ”{name}”, joka on {count} polun nimi: nimeä ensin yksi niistä uudelleen Journeylinessa.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, which is no journey of this workshop ({journeys}).</source>
        <translation>Taulukon ”{sheet}” rivillä {row}, sarakkeessa {column} ({header}) on ”{name}”, joka ei ole tämän työpajan polku ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but no station has that title: the action&apos;s station is left as it is.</source>
        <translation>Taulukon ”{sheet}” rivillä {row}, sarakkeessa {column} ({header}) on ”{title}”, mutta millään asemalla ei ole sitä otsikkoa: toimenpiteen asema jätetään ennalleen.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but {count} stations have that title: the action&apos;s station is left as it is.</source>
        <translation>Taulukon ”{sheet}” rivillä {row}, sarakkeessa {column} ({header}) on ”{title}”, mutta {count} asemalla on sama otsikko: toimenpiteen asema jätetään ennalleen.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”, which is not an action key Journeyline wrote: clear that hidden cell to add the row as a new action.</source>
        <translation>Taulukon ”{sheet}” rivillä {row}, sarakkeessa {column} ({header}) on ”{value}”, joka ei ole Journeylinen kirjoittama toimenpideavain: tyhjennä tämä piilotettu solu, niin rivi lisätään uutena toimenpiteenä.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”.</source>
        <translation>Taulukon ”{sheet}” rivillä {row}, sarakkeessa {column} ({header}) on ”{value}”.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty.</source>
        <translation>Taulukon ”{sheet}” rivin {row} sarake {column} ({header}) on tyhjä.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: name the journey of the new action ({journeys}).</source>
        <translation>Taulukon ”{sheet}” rivin {row} sarake {column} ({header}) on tyhjä: nimeä uuden toimenpiteen polku ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: the status of “{action}” stays “{status}”.</source>
        <translation>Taulukon ”{sheet}” rivin {row} sarake {column} ({header}) on tyhjä: toimenpiteen ”{action}” tila pysyy arvossa ”{status}”.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: its action is no longer in the workshop (deleted after the export?), so the row is left out.</source>
        <translation>Taulukon ”{sheet}” rivi {row}: sen toimenpide ei ole enää työpajassa (poistettu viennin jälkeen?), joten rivi jätetään pois.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: the “{header}” column names “{named}”, but the action is in “{actual}”, where it stays.</source>
        <translation>Taulukon ”{sheet}” rivi {row}: sarake ”{header}” nimeää ”{named}”, mutta toimenpide on polussa ”{actual}”, jossa se pysyy.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, rows {first} and {second} carry the same hidden action key in column {column}: one row was copied from the other, so clear that cell in the copy to add it as a new action.</source>
        <translation>Taulukon ”{sheet}” riveillä {first} ja {second} on sama piilotettu toimenpideavain sarakkeessa {column}: toinen rivi on kopioitu toisesta, joten tyhjennä se solu kopiosta, niin se lisätään uutena toimenpiteenä.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, {count} rows ({rows}): the “{header}” column names “{named}”, but the actions are in “{actual}”, where they stay.</source>
        <translation>Taulukon ”{sheet}” {count} riviä ({rows}): sarake ”{header}” nimeää ”{named}”, mutta toimenpiteet ovat polussa ”{actual}”, jossa ne pysyvät.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved in {folder}: {reason}.</source>
        <translation>Kirjaston valintaa ei voitu tallentaa kansioon {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved. {problem}</source>
        <translation>Kirjaston valintaa ei voitu tallentaa. {problem}</translation>
    </message>
    <message>
        <source>The connection to the library “{library}” was lost; nothing was changed.</source>
        <translation>Yhteys kirjastoon ”{library}” katkesi; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The copy {file} failed its check.</source>
        <translation>Kopio {file} ei läpäissyt tarkistusta.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be reached; nothing was changed.</source>
        <translation>Kirjastoon ”{library}” ei saada yhteyttä; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be used: {module} is not installed.</source>
        <translation>Kirjastoa ”{library}” ei voi käyttää: {module} ei ole asennettu.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: it is read-only; nothing was changed.</source>
        <translation>Kirjastoon ”{library}” ei voi kirjoittaa: se on kirjoitussuojattu; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: the disk is full; nothing was changed.</source>
        <translation>Kirjastoon ”{library}” ei voi kirjoittaa: levy on täynnä; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The library “{library}” could not be used: {reason}. Nothing was changed.</source>
        <translation>Kirjastoa ”{library}” ei voitu käyttää: {reason}. Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The library “{library}” is not set up for this Journeyline yet, and your database role may not set it up; ask the library&apos;s owner to run &apos;journeyline library setup&apos; once.</source>
        <translation>Kirjastoa ”{library}” ei ole vielä otettu käyttöön tälle Journeylinelle, eikä tietokantaroolisi saa ottaa sitä käyttöön; pyydä kirjaston omistajaa ajamaan &apos;journeyline library setup&apos; kerran.</translation>
    </message>
    <message>
        <source>The library “{library}” was set up by a newer Journeyline; please update Journeyline to use it.</source>
        <translation>Kirjasto ”{library}” on otettu käyttöön uudemmalla Journeylinella; päivitä Journeyline käyttääksesi sitä.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” has no such database; nothing was changed.</source>
        <translation>Kirjaston ”{library}” palvelimella ei ole tällaista tietokantaa; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” refused the sign-in (user or password); nothing was changed.</source>
        <translation>Kirjaston ”{library}” palvelin hylkäsi kirjautumisen (käyttäjä tai salasana); mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The workshop could not be prepared for export: {reason}.</source>
        <translation>Työpajaa ei voitu valmistella vientiä varten: {reason}.</translation>
    </message>
    <message>
        <source>Version {number} of “{title}” in the library “{library}” cannot be read: {place}: {rule}</source>
        <translation>Version {number} kohteesta ”{title}” kirjastossa ”{library}” ei voi lukea: {place}: {rule}</translation>
    </message>
    <message>
        <source>Your database role may not publish to the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Tietokantaroolisi ei saa julkaista kirjastoon ”{library}”: pyydä kirjaston omistajaa myöntämään sille oikeus; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Your database role may not read the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Tietokantaroolisi ei saa lukea kirjastoa ”{library}”: pyydä kirjaston omistajaa myöntämään sille oikeus; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>action {id}</source>
        <translation>toimenpide {id}</translation>
    </message>
    <message>
        <source>binary data ({count} bytes)</source>
        <translation>binääridataa ({count} tavua)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tyhjä</translation>
    </message>
    <message>
        <source>journey {id}</source>
        <translation>polku {id}</translation>
    </message>
    <message>
        <source>line {id}</source>
        <translation>linja {id}</translation>
    </message>
    <message>
        <source>owner {id}</source>
        <translation>vastuuhenkilö {id}</translation>
    </message>
    <message>
        <source>persona {id}</source>
        <translation>persoona {id}</translation>
    </message>
    <message>
        <source>phase {id}</source>
        <translation>vaihe {id}</translation>
    </message>
    <message>
        <source>row {id} of the table {table}</source>
        <translation>taulun {table} rivi {id}</translation>
    </message>
    <message>
        <source>station {id}</source>
        <translation>asema {id}</translation>
    </message>
    <message>
        <source>the workshop record</source>
        <translation>työpajan perustiedot</translation>
    </message>
    <message>
        <source>{file} already exists; it was not overwritten.</source>
        <translation>Tiedosto {file} on jo olemassa; sitä ei korvattu.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} actions, and a workshop holds at most {max}.</source>
        <translation>Tiedostoa {file} ei voi avata: siinä on {count} toimenpidettä, ja työpajassa voi olla enintään {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} journeys, and a workshop holds at most {max}.</source>
        <translation>Tiedostoa {file} ei voi avata: siinä on {count} polkua, ja työpajassa voi olla enintään {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} lines, and a workshop holds at most {max}.</source>
        <translation>Tiedostoa {file} ei voi avata: siinä on {count} linjaa, ja työpajassa voi olla enintään {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} owners, and a workshop holds at most {max}.</source>
        <translation>Tiedostoa {file} ei voi avata: siinä on {count} vastuuhenkilöä, ja työpajassa voi olla enintään {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} personas, and a workshop holds at most {max}.</source>
        <translation>Tiedostoa {file} ei voi avata: siinä on {count} persoonaa, ja työpajassa voi olla enintään {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} phases, and a workshop holds at most {max}.</source>
        <translation>Tiedostoa {file} ei voi avata: siinä on {count} vaihetta, ja työpajassa voi olla enintään {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} quotes, and a workshop holds at most {max}.</source>
        <translation>Tiedostoa {file} ei voi avata: siinä on {count} sitaattia, ja työpajassa voi olla enintään {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} stations, and a workshop holds at most {max}.</source>
        <translation>Tiedostoa {file} ei voi avata: siinä on {count} asemaa, ja työpajassa voi olla enintään {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it is {size}, and Journeyline reads files of at most {limit}.</source>
        <translation>Tiedostoa {file} ei voi avata: sen koko on {size}, ja Journeyline lukee enintään {limit}:n tiedostoja.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: its side file {side} is not a regular file.</source>
        <translation>Tiedostoa {file} ei voi avata: sen rinnakkaistiedosto {side} ei ole tavallinen tiedosto.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>Tiedostoa {file} ei voi lukea: käyttöoikeus puuttuu.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Tiedostoa {file} ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <source>{file} cannot be used: action {row} belongs to station {other} of another journey.</source>
        <translation>Tiedostoa {file} ei voi käyttää: toimenpide {row} kuuluu toisen polun asemaan {other}.</translation>
    </message>
    <message>
        <source>{file} cannot be used: it has no workshop record.</source>
        <translation>Tiedostoa {file} ei voi käyttää: siitä puuttuvat työpajan perustiedot.</translation>
    </message>
    <message>
        <source>{file} cannot be used: its side files change it into something that is not this workshop file.</source>
        <translation>Tiedostoa {file} ei voi käyttää: sen rinnakkaistiedostot muuttaisivat sen joksikin muuksi kuin tämäksi työpajatiedostoksi.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on line {other} of another journey.</source>
        <translation>Tiedostoa {file} ei voi käyttää: asema {row} on toisen polun linjalla {other}.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on phase {other} of another journey.</source>
        <translation>Tiedostoa {file} ei voi käyttää: asema {row} on toisen polun vaiheessa {other}.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the column {column} of {row} is {value}, which is not a valid value.</source>
        <translation>Tiedostoa {file} ei voi käyttää: kohteessa {row} sarakkeen {column} arvo on {value}, joka ei ole kelvollinen arvo.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a list.</source>
        <translation>Tiedostoa {file} ei voi käyttää: kohteessa {row} kentän ”{field}” arvo on {value}, joka ei ole luettelo.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a valid value.</source>
        <translation>Tiedostoa {file} ei voi käyttää: kohteessa {row} kentän ”{field}” arvo on {value}, joka ei ole kelvollinen arvo.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}. {rule}</source>
        <translation>Tiedostoa {file} ei voi käyttää: kohteessa {row} kentän ”{field}” arvo on {value}. {rule}</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a journey that is not in the file.</source>
        <translation>Tiedostoa {file} ei voi käyttää: {row} viittaa polkuun, jota tiedostossa ei ole.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a line that is not in the file.</source>
        <translation>Tiedostoa {file} ei voi käyttää: {row} viittaa linjaan, jota tiedostossa ei ole.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a persona that is not in the file.</source>
        <translation>Tiedostoa {file} ei voi käyttää: {row} viittaa persoonaan, jota tiedostossa ei ole.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a phase that is not in the file.</source>
        <translation>Tiedostoa {file} ei voi käyttää: {row} viittaa vaiheeseen, jota tiedostossa ei ole.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a row of the table {table} that is not in the file.</source>
        <translation>Tiedostoa {file} ei voi käyttää: {row} viittaa taulun {table} riviin, jota tiedostossa ei ole.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a station that is not in the file.</source>
        <translation>Tiedostoa {file} ei voi käyttää: {row} viittaa asemaan, jota tiedostossa ei ole.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an action that is not in the file.</source>
        <translation>Tiedostoa {file} ei voi käyttää: {row} viittaa toimenpiteeseen, jota tiedostossa ei ole.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an owner that is not in the file.</source>
        <translation>Tiedostoa {file} ei voi käyttää: {row} viittaa vastuuhenkilöön, jota tiedostossa ei ole.</translation>
    </message>
    <message>
        <source>{file} could not be checked: {reason}.</source>
        <translation>Tiedostoa {file} ei voitu tarkistaa: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk is full.</source>
        <translation>Tiedostoa {file} ei voitu avata: levy on täynnä.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk reported an error.</source>
        <translation>Tiedostoa {file} ei voitu avata: levy ilmoitti virheestä.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the file or its folder is read-only.</source>
        <translation>Tiedostoa {file} ei voitu avata: tiedosto tai sen kansio on kirjoitussuojattu.</translation>
    </message>
    <message>
        <source>{file} could not be opened: {reason}.</source>
        <translation>Tiedostoa {file} ei voitu avata: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk is full.</source>
        <translation>Tiedostoa {file} ei voitu lukea: levy on täynnä.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk reported an error.</source>
        <translation>Tiedostoa {file} ei voitu lukea: levy ilmoitti virheestä.</translation>
    </message>
    <message>
        <source>{file} could not be read: the file or its folder is read-only.</source>
        <translation>Tiedostoa {file} ei voitu lukea: tiedosto tai sen kansio on kirjoitussuojattu.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>Tiedostoa {file} ei voitu lukea: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk is full.</source>
        <translation>Tiedostoa {file} ei voitu tallentaa: levy on täynnä.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk reported an error.</source>
        <translation>Tiedostoa {file} ei voitu tallentaa: levy ilmoitti virheestä.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the file or its folder is read-only.</source>
        <translation>Tiedostoa {file} ei voitu tallentaa: tiedosto tai sen kansio on kirjoitussuojattu.</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}.</source>
        <translation>Tiedostoa {file} ei voitu tallentaa: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded: it holds values this Journeyline does not accept; the file is unchanged.</source>
        <translation>Tiedostoa {file} ei voitu päivittää: siinä on arvoja, joita tämä Journeyline ei hyväksy; tiedosto on ennallaan.</translation>
    </message>
    <message>
        <source>{file} could not be written: a folder has that name; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: samanniminen kansio on jo olemassa; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is a Journeyline workshop file, and an export never replaces a workshop; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: se on Journeylinen työpajatiedosto, eikä vienti koskaan korvaa työpajaa; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is the workshop file being exported; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: se on vietävä työpajatiedosto itse; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: its name is {size} bytes long, and the folder allows at most {limit}; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: nimi on {size} tavua pitkä, ja kansio sallii enintään {limit}; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: part of the path is not a folder; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: osa polusta ei ole kansio; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: permission was denied; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: käyttöoikeus evättiin; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: levy on täynnä.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: levy on täynnä; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is read-only; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: levy on kirjoitussuojattu; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: levy ilmoitti virheestä.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: levy ilmoitti virheestä; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is open in another program; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: tiedosto on auki toisessa ohjelmassa; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only or open in another program; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: tiedosto on kirjoitussuojattu tai auki toisessa ohjelmassa; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: tiedosto on kirjoitussuojattu; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file or its folder is read-only.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: tiedosto tai sen kansio on kirjoitussuojattu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder does not exist; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: kansiota ei ole olemassa; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder is read-only; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: kansio on kirjoitussuojattu; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is not allowed here; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: nimi ei ole sallittu tässä; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is too long; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: nimi on liian pitkä; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journey with id {id}; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: työpajassa ei ole polkua, jonka tunniste on {id}; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journeys, so there is no map to draw; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: työpajassa ei ole polkuja, joten piirrettävää karttaa ei ole; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop holds data the interchange format does not allow ({place}: {rule}); nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: työpajassa on tietoja, joita siirtomuoto ei salli ({place}: {rule}); mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: there is no export format {format}; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: vientimuotoa {format} ei ole; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}; nothing was written.</source>
        <translation>Tiedostoa {file} ei voitu kirjoittaa: {reason}; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>Tiedostoa {file} ei ole olemassa.</translation>
    </message>
    <message>
        <source>{file} has file version {version}, which this Journeyline cannot upgrade.</source>
        <translation>Tiedoston {file} tiedostoversio on {version}, eikä tämä Journeyline osaa päivittää sitä.</translation>
    </message>
    <message>
        <source>{file} has no record of the values as exported (its hidden sheet is gone), so every difference from the workshop counts as a change in the list, including changes made in the workshop since the export.</source>
        <translation>Tiedostossa {file} ei ole tietoa arvoista sellaisina kuin ne vietiin (sen piilotettu taulukko puuttuu), joten jokainen ero työpajaan lasketaan listan muutokseksi, myös työpajassa viennin jälkeen tehdyt muutokset.</translation>
    </message>
    <message>
        <source>{file} holds the action list twice (sheets “{first}” and “{second}”): keep one of them and try again; nothing was changed.</source>
        <translation>Tiedostossa {file} on toimenpidelista kahdesti (taulukot ”{first}” ja ”{second}”): säilytä niistä toinen ja yritä uudelleen; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{file} is a database of another program, not a Journeyline workshop file.</source>
        <translation>{file} on toisen ohjelman tietokanta eikä Journeylinen työpajatiedosto.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} on kansio eikä tiedosto.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a workshop file.</source>
        <translation>{file} on kansio eikä työpajatiedosto.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an Excel workbook.</source>
        <translation>{file} on kansio eikä Excel-työkirja.</translation>
    </message>
    <message>
        <source>{file} is a workshop file, not an interchange JSON document; nothing was written.</source>
        <translation>{file} on työpajatiedosto eikä siirtomuotoinen JSON-dokumentti; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} is a zip archive but not an Excel workbook, so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} on zip-arkisto mutta ei Excel-työkirja, joten se ei ole Journeylinen toimenpidelista; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not a Journeyline workshop file.</source>
        <translation>{file} on zip-arkisto eikä Journeylinen työpajatiedosto.</translation>
    </message>
    <message>
        <source>{file} is an old-format Excel (.xls) or other Office file, not a Journeyline action list (.xlsx); nothing was changed.</source>
        <translation>{file} on vanhamuotoinen Excel-tiedosto (.xls) tai muu Office-tiedosto eikä Journeylinen toimenpidelista (.xlsx); mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{file} is closed.</source>
        <translation>Tiedosto {file} on suljettu.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read.</source>
        <translation>Tiedosto {file} on vioittunut, eikä sitä voi lukea.</translation>
    </message>
    <message>
        <source>{file} is damaged: Excel&apos;s parts inside it cannot be read; nothing was changed.</source>
        <translation>{file} on vioittunut: sen sisältämiä Excel-osia ei voi lukea; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{file} is damaged: SQLite&apos;s check of the file failed.</source>
        <translation>Tiedosto {file} on vioittunut: SQLiten tarkistus epäonnistui.</translation>
    </message>
    <message>
        <source>{file} is damaged: a sheet inside it cannot be read; nothing was changed.</source>
        <translation>{file} on vioittunut: sen taulukkoa ei voi lukea; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{file} is damaged: it has no valid file version.</source>
        <translation>Tiedosto {file} on vioittunut: siinä ei ole kelvollista tiedostoversiota.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete Excel workbook; nothing was changed.</source>
        <translation>{file} on vioittunut: se ei ole kokonainen Excel-työkirja; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{file} is damaged: some of its rows refer to rows that do not exist.</source>
        <translation>Tiedosto {file} on vioittunut: osa sen riveistä viittaa riveihin, joita ei ole.</translation>
    </message>
    <message>
        <source>{file} is damaged: the file is truncated.</source>
        <translation>Tiedosto {file} on vioittunut: tiedosto on katkennut.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not a Journeyline workshop file.</source>
        <translation>Tiedosto {file} on tyhjä, joten se ei ole Journeylinen työpajatiedosto.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not an Excel action list.</source>
        <translation>{file} on tyhjä, joten se ei ole Excel-toimenpidelista.</translation>
    </message>
    <message>
        <source>{file} is in a read-only folder, so it cannot be edited.</source>
        <translation>Tiedosto {file} on kirjoitussuojatussa kansiossa, joten sitä ei voi muokata.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline action list: no sheet has the hidden action key column that Journeyline&apos;s export writes; nothing was changed.</source>
        <translation>{file} ei ole Journeylinen toimenpidelista: missään taulukossa ei ole piilotettua toimenpideavainten saraketta, jonka Journeylinen vienti kirjoittaa; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline workshop file.</source>
        <translation>{file} ei ole Journeylinen työpajatiedosto.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say), so it is not a workshop file.</source>
        <translation>{file} ei ole tavallinen tiedosto (vaan esimerkiksi putki tai laite), joten se ei ole työpajatiedosto.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say).</source>
        <translation>{file} ei ole tavallinen tiedosto (vaan esimerkiksi putki tai laite).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx), so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} ei ole Excel-työkirja (.xlsx), joten se ei ole Journeylinen toimenpidelista; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{file} is open in Journeyline or another program, so it was not replaced; close it there first. Nothing was written.</source>
        <translation>Tiedosto {file} on auki Journeylinessa tai toisessa ohjelmassa, joten sitä ei korvattu; sulje se ensin siellä. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} is open in another Journeyline window or program; close it there first.</source>
        <translation>Tiedosto {file} on auki toisessa Journeyline-ikkunassa tai ohjelmassa; sulje se ensin siellä.</translation>
    </message>
    <message>
        <source>{file} is protected with a password: open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook), save it and try again; nothing was changed.</source>
        <translation>{file} on suojattu salasanalla: avaa se Excelissä, poista salasana (Tiedosto ▸ Tiedot ▸ Suojaa työkirja), tallenna ja yritä uudelleen; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>{file} is read-only, so it cannot be edited.</source>
        <translation>Tiedosto {file} on kirjoitussuojattu, joten sitä ei voi muokata.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB, far more than any action list; it was not read and nothing was changed.</source>
        <translation>{file} purkautuu yli {limit} megatavuksi, paljon suuremmaksi kuin mikään toimenpidelista; sitä ei luettu eikä mitään muutettu.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: file version {version} is not one Journeyline has made.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: tiedostoversiota {version} ei ole koskaan tehty Journeylinella.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a table {name} that Journeyline does not make.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: siinä on taulu {name}, jota Journeyline ei tee.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a trigger {name} that Journeyline does not make.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: siinä on liipaisin {name}, jota Journeyline ei tee.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a view {name} that Journeyline does not make.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: siinä on näkymä {name}, jota Journeyline ei tee.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds an index {name} that Journeyline does not make.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: siinä on indeksi {name}, jota Journeyline ei tee.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is missing.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: sen indeksi {name} puuttuu.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is not the one Journeyline makes.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: sen indeksi {name} ei vastaa Journeylinen tekemää.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is missing.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: sen taulu {name} puuttuu.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is not the one Journeyline makes.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: sen taulu {name} ei vastaa Journeylinen tekemää.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its tables are not those of a workshop file.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: sen taulut eivät ole työpajatiedoston taulut.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is missing.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: sen liipaisin {name} puuttuu.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is not the one Journeyline makes.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: sen liipaisin {name} ei vastaa Journeylinen tekemää.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is missing.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: sen näkymä {name} puuttuu.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is not the one Journeyline makes.</source>
        <translation>Tiedostoa {file} on muutettu Journeylinen ulkopuolella, eikä sitä voi käyttää: sen näkymä {name} ei vastaa Journeylinen tekemää.</translation>
    </message>
    <message>
        <source>{file} was exported from the workshop “{exported}”; this one is “{current}”.</source>
        <translation>{file} vietiin työpajasta ”{exported}”; tämä on ”{current}”.</translation>
    </message>
    <message>
        <source>{file} was moved, deleted or replaced by another program, so changes can no longer be saved into it; use Save a copy… to keep the workshop.</source>
        <translation>Toinen ohjelma on siirtänyt, poistanut tai korvannut tiedoston {file}, joten muutoksia ei voi enää tallentaa siihen; valitse Tallenna kopio… säilyttääksesi työpajan.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); Journeyline recovered it as it was before that change.</source>
        <translation>Tiedostoa {file} ei suljettu oikein (muutos siihen keskeytyi, ehkä kaatumisen vuoksi); Journeyline palautti sen muutosta edeltäneeseen tilaan.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); it is read as it was before that change, and the file is left as it is until the editor opens it.</source>
        <translation>Tiedostoa {file} ei suljettu oikein (muutos siihen keskeytyi, ehkä kaatumisen vuoksi); se luetaan muutosta edeltäneessä tilassa, ja tiedosto jätetään ennalleen, kunnes editori avaa sen.</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing was written.</source>
        <translation>Tiedostoa {file} ei tuotu; mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer Journeyline (file version {version}); this Journeyline reads file versions up to {newest}, so please update it.</source>
        <translation>Tiedosto {file} on tallennettu uudemmalla Journeylinella (tiedostoversio {version}); tämä versio lukee tiedostoversioita {newest} asti, joten päivitä Journeyline.</translation>
    </message>
    <message>
        <source>{file} was saved by an older Journeyline; open it in the editor once to bring it up to date.</source>
        <translation>Tiedosto {file} on tallennettu vanhemmalla Journeylinella; avaa se kerran editorissa, niin se päivittyy.</translation>
    </message>
    <message>
        <source>The library cannot be made in {folder}: {reason}.</source>
        <translation>Kirjastoa ei voi luoda kansioon {folder}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>The sample workshop could not be created</source>
        <translation>Esimerkkityöpajaa ei voitu luoda</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Add improvement idea</source>
        <translation>Lisää parannusidea</translation>
    </message>
    <message>
        <source>What could be better?</source>
        <translation>Mikä voisi olla paremmin?</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idea:</translation>
    </message>
    <message>
        <source>At station:</source>
        <translation>Asemalla:</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Ei asemaa</translation>
    </message>
    <message>
        <source>At &amp;station:</source>
        <translation>&amp;Asemalla:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Työmäärä:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Hyöty:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioriteetti:</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Lisää idea</translation>
    </message>
</context>
<context>
    <name>JourneyComparison</name>
    <message>
        <source>Today and the future</source>
        <translation>Nykyinen ja tuleva</translation>
    </message>
    <message>
        <source>Today&apos;s journey</source>
        <translation>Nykyinen polku</translation>
    </message>
    <message>
        <source>Future journey</source>
        <translation>Tuleva polku</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Iso teksti</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Sovita</translation>
    </message>
    <message>
        <source>Show everything (Ctrl+0)</source>
        <translation>Näytä kaikki (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Today:</source>
        <translation>&amp;Nyt:</translation>
    </message>
    <message>
        <source>F&amp;uture:</source>
        <translation>&amp;Tulevaisuus:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>{name} · {state}</source>
        <translation>{name} · {state}</translation>
    </message>
    <message>
        <source>Choose a today&apos;s journey and a future journey to compare. No future journey yet? Use “Design the future journey” in the journeys panel.</source>
        <translation>Valitse vertailtavaksi nykyinen ja tuleva polku. Eikö tulevaa polkua vielä ole? Valitse Polut-paneelista ”Suunnittele tuleva polku”.</translation>
    </message>
</context>
<context>
    <name>JourneySwitcher</name>
    <message>
        <source>Journey shown on the map</source>
        <translation>Kartalla näytettävä polku</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Polku</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Sitä polkua ei enää ole.</translation>
    </message>
</context>
<context>
    <name>JourneyTextsDialog</name>
    <message>
        <source>The journey on the map</source>
        <translation>Kartan polku</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Kuvaus:</translation>
    </message>
    <message>
        <source>&amp;Storyline:</source>
        <translation>&amp;Tarina:</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Polut</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Uusi…</translation>
    </message>
    <message>
        <source>Create a journey from a template or a blank map (Insert)</source>
        <translation>Luo polku mallipohjasta tai tyhjästä kartasta (Insert)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <source>Rename the selected journey (F2)</source>
        <translation>Nimeä valittu polku uudelleen (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete the selected journey (Delete)</source>
        <translation>Poista valittu polku (Delete)</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Suunnittele tuleva polku</translation>
    </message>
    <message>
        <source>Copy this journey as the future journey, to redesign it (Ctrl+Shift+F)</source>
        <translation>Kopioi polku tulevaksi poluksi ja suunnittele se uudelleen (Ctrl+Vaihto+F)</translation>
    </message>
    <message>
        <source>Compare today and future…</source>
        <translation>Vertaa nykyistä ja tulevaa…</translation>
    </message>
    <message>
        <source>Show today&apos;s and the future journey one above the other, with both emotion curves</source>
        <translation>Näytä nykyinen ja tuleva polku päällekkäin molempine tunnekäyrineen</translation>
    </message>
    <message>
        <source>About this journey</source>
        <translation>Tästä polusta</translation>
    </message>
    <message>
        <source>{state} · no persona</source>
        <translation>{state} · ei persoonaa</translation>
    </message>
    <message>
        <source>What this journey covers, in words the client will read.</source>
        <translation>Mitä tämä polku kattaa, sanoin jotka asiakas lukee.</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Tarina</translation>
    </message>
    <message>
        <source>The story of this journey as the room tells it.</source>
        <translation>Tämän polun tarina niin kuin huone sen kertoo.</translation>
    </message>
    <message>
        <source>{name}
{subtitle}</source>
        <translation>{name}
{subtitle}</translation>
    </message>
    <message>
        <source>The journey could not be created.</source>
        <translation>Polkua ei voitu luoda.</translation>
    </message>
    <message>
        <source>Delete the journey “{name}” with its {stations} and {actions}? Undo brings it back.</source>
        <translation>Poistetaanko polku ”{name}”, sen {stations} ja {actions}? Kumoa palauttaa sen.</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Poista polku</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n toimenpide</numerusform>
            <numerusform>%n toimenpidettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n asema</numerusform>
            <numerusform>%n asemaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>station</source>
        <translation>asema</translation>
    </message>
    <message>
        <source>need</source>
        <translation>tarve</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>kipupiste</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>sitaatti</translation>
    </message>
    <message>
        <source>action</source>
        <translation>toimenpide</translation>
    </message>
    <message>
        <source>Open from library</source>
        <translation>Avaa kirjastosta</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>Search stations, needs, pain points, quotes and actions of every map</source>
        <translation>Hae kaikkien karttojen asemista, tarpeista, kipupisteistä, sitaateista ja toimenpiteistä</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Hae</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kartta</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Polku</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Löytyi kohdasta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teksti</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Kartat</translation>
    </message>
    <message>
        <source>The local library</source>
        <translation>Paikallinen kirjasto</translation>
    </message>
    <message>
        <source>The library at %1</source>
        <translation>Kirjasto osoitteessa %1</translation>
    </message>
    <message>
        <source>The library has no published maps yet.</source>
        <translation>Kirjastossa ei ole vielä julkaistuja karttoja.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versio %1</translation>
    </message>
    <message>
        <source>Nothing in the library matches what you searched for.</source>
        <translation>Kirjastosta ei löytynyt mitään hakuasi vastaavaa.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The library cannot be used</source>
        <translation>Kirjastoa ei voi käyttää</translation>
    </message>
    <message>
        <source>%1 (offline)…</source>
        <translation>%1 (ei yhteyttä)…</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Ei julkaistu</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the template in the local library.</source>
        <translation>”%1” julkaistiin pohjan versiona %2 paikalliseen kirjastoon.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the template in the library at %3.</source>
        <translation>”%1” julkaistiin pohjan versiona %2 kirjastoon osoitteessa %3.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the local library.</source>
        <translation>”%1” julkaistiin kartan versiona %2 paikalliseen kirjastoon.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the library at %3.</source>
        <translation>”%1” julkaistiin kartan versiona %2 kirjastoon osoitteessa %3.</translation>
    </message>
    <message>
        <source>Publish as a new map</source>
        <translation>Julkaise uutena karttana</translation>
    </message>
    <message>
        <source>Open the latest version</source>
        <translation>Avaa uusin versio</translation>
    </message>
    <message>
        <source>{name} (library version {number})</source>
        <translation>{name} (kirjaston versio {number})</translation>
    </message>
    <message>
        <source>Save the working copy as</source>
        <translation>Tallenna työkopio nimellä</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Ei avattu</translation>
    </message>
    <message>
        <source>“%1” is the workshop open now; choose another name.</source>
        <translation>”%1” on nyt avoinna oleva työpaja; valitse toinen nimi.</translation>
    </message>
    <message>
        <source>Opened version %1 of “%2” from the library as “%3”.</source>
        <translation>Avattiin kohteen ”%2” versio %1 kirjastosta nimellä ”%3”.</translation>
    </message>
    <message>
        <source>House template, version %1 by %2, %3</source>
        <translation>Talon mallipohja, versio %1, tekijä %2, %3</translation>
    </message>
    <message>
        <source>That template is no longer in the library.</source>
        <translation>Mallipohjaa ei ole enää kirjastossa.</translation>
    </message>
    <message>
        <source>Library not changed</source>
        <translation>Kirjastoa ei vaihdettu</translation>
    </message>
    <message>
        <source>Journeyline now uses the local library.</source>
        <translation>Journeyline käyttää nyt paikallista kirjastoa.</translation>
    </message>
    <message>
        <source>Journeyline now uses the library at %1.</source>
        <translation>Journeyline käyttää nyt kirjastoa osoitteessa %1.</translation>
    </message>
    <message>
        <source>Working copy.journey</source>
        <translation>Työkopio.journey</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsDialog</name>
    <message>
        <source>Library settings</source>
        <translation>Kirjaston asetukset</translation>
    </message>
    <message>
        <source>The local library on this computer</source>
        <translation>Tämän tietokoneen paikallinen kirjasto</translation>
    </message>
    <message>
        <source>A team library (PostgreSQL):</source>
        <translation>Tiimin kirjasto (PostgreSQL):</translation>
    </message>
    <message>
        <source>Keep the password out of the address: PostgreSQL reads it from ~/.pgpass. The command line uses the same library.</source>
        <translation>Älä kirjoita salasanaa osoitteeseen: PostgreSQL lukee sen tiedostosta ~/.pgpass. Komentorivi käyttää samaa kirjastoa.</translation>
    </message>
</context>
<context>
    <name>LinePage</name>
    <message>
        <source>Where the customer meets us</source>
        <translation>Missä asiakas kohtaa meidät</translation>
    </message>
    <message>
        <source>What happens behind the line of visibility</source>
        <translation>Mitä tapahtuu näkyvyysrajan takana</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linja</translation>
    </message>
    <message>
        <source>Line name</source>
        <translation>Linjan nimi</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
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
        <translation>Kopio tallennettiin nimellä ”{name}”</translation>
    </message>
    <message>
        <source>Add to the map</source>
        <translation>Lisää kartalle</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Kumoa: {what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Tee uudelleen: {what}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Add to the &amp;map</source>
        <translation>Lisää &amp;kartalle</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Tiedot</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Työkalurivi</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Polku</translation>
    </message>
</context>
<context>
    <name>MapOperations</name>
    <message>
        <source>New station</source>
        <translation>Uusi asema</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Uusi vaihe</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Uusi linja</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Poista vaihe</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Poista linja</translation>
    </message>
    <message numerus="yes">
        <source>Delete the phase {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Poistetaanko vaihe {name} ja sen %n asema?</numerusform>
            <numerusform>Poistetaanko vaihe {name} ja sen %n asemaa?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the line {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Poistetaanko linja {name} ja sen %n asema?</numerusform>
            <numerusform>Poistetaanko linja {name} ja sen %n asemaa?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} phases and their %n station(s)?</source>
        <translation>
            <numerusform>Poistetaanko {count} vaihetta ja niiden %n asema?</numerusform>
            <numerusform>Poistetaanko {count} vaihetta ja niiden %n asemaa?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} lines and their %n station(s)?</source>
        <translation>
            <numerusform>Poistetaanko {count} linjaa ja niiden %n asema?</numerusform>
            <numerusform>Poistetaanko {count} linjaa ja niiden %n asemaa?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n kipupiste</numerusform>
            <numerusform>%n kipupistettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) of truth</source>
        <translation>
            <numerusform>%n totuuden hetki</numerusform>
            <numerusform>%n totuuden hetkeä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more in the spotlight</source>
        <translation>
            <numerusform>+%n lisää lähikuvassa</numerusform>
            <numerusform>+%n lisää lähikuvassa</numerusform>
        </translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Tunne</translation>
    </message>
    <message>
        <source>▸ more in the spotlight</source>
        <translation>▸ lisää lähikuvassa</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Näkyvyysraja</translation>
    </message>
</context>
<context>
    <name>MapTooltips</name>
    <message>
        <source>Emotion: not assessed</source>
        <translation>Tunne: ei arvioitu</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Tunne: {label} ({value})</translation>
    </message>
    <message>
        <source>★ Moment of truth</source>
        <translation>★ Totuuden hetki</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Vastuuhenkilö: {name}</translation>
    </message>
    <message>
        <source>Touchpoint: {text}</source>
        <translation>Kohtaamispiste: {text}</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Tarpeet</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Kipupisteet</translation>
    </message>
    <message>
        <source>Improvement ideas</source>
        <translation>Parannusideat</translation>
    </message>
    <message>
        <source>Backstage line</source>
        <translation>Kulissien takainen linja</translation>
    </message>
    <message>
        <source>Frontstage line</source>
        <translation>Asiakkaalle näkyvä linja</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n lisää</numerusform>
            <numerusform>… %n lisää</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Choose a colour</source>
        <translation>Valitse väri</translation>
    </message>
    <message>
        <source>Click to edit the journey’s name, description and storyline</source>
        <translation>Muokkaa polun nimeä, kuvausta ja tarinaa napsauttamalla</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Effort and value matrix</source>
        <translation>Työmäärä–hyöty-matriisi</translation>
    </message>
</context>
<context>
    <name>MergeOwnersDialog</name>
    <message>
        <source>Merge owners</source>
        <translation>Yhdistä vastuuhenkilöt</translation>
    </message>
    <message>
        <source>Owner to keep</source>
        <translation>Säilytettävä vastuuhenkilö</translation>
    </message>
    <message>
        <source>“{name}” ({work}) is merged into the owner you choose: its stations and actions move there and “{name}” is removed.</source>
        <translation>”{name}” ({work}) yhdistetään valitsemaasi vastuuhenkilöön: asemat ja toimenpiteet siirtyvät hänelle ja ”{name}” poistetaan.</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>&amp;Yhdistä kohteeseen:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Yhdistä</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message numerus="yes">
        <source>… and %n more (see Show Details).</source>
        <translation>
            <numerusform>… ja %n muu (katso Näytä tiedot).</numerusform>
            <numerusform>… ja %n muuta (katso Näytä tiedot).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoreChip</name>
    <message>
        <source>Show the next cards of this cell</source>
        <translation>Näytä tämän solun seuraavat kortit</translation>
    </message>
</context>
<context>
    <name>NewJourneyDialog</name>
    <message>
        <source>New journey</source>
        <translation>Uusi polku</translation>
    </message>
    <message>
        <source>e.g. Moving house</source>
        <translation>esim. Muutto</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Tyhjä kartta</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Ei persoonaa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Lähtökohta:</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persoona:</translation>
    </message>
</context>
<context>
    <name>OpenWorkshop</name>
    <message>
        <source>Journeyline workshops (*.journey);;All files (*)</source>
        <translation>Journeyline-työpajat (*.journey);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Workshops and JSON documents (*.journey *.json)</source>
        <translation>Työpajat ja JSON-dokumentit (*.journey *.json)</translation>
    </message>
    <message>
        <source>The workshop could not be opened</source>
        <translation>Työpajaa ei voitu avata</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {e}</source>
        <translation>Tiedostoa ”{name}” ei voitu avata: {e}</translation>
    </message>
    <message>
        <source>The workshop was recovered</source>
        <translation>Työpaja palautettiin</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Avaa työpaja</translation>
    </message>
    <message>
        <source>New workshop.journey</source>
        <translation>Uusi työpaja.journey</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Tallenna uusi työpaja nimellä</translation>
    </message>
    <message>
        <source>The workshop could not be created</source>
        <translation>Työpajaa ei voitu luoda</translation>
    </message>
    <message>
        <source>“{name}” is the workshop open now; choose another name.</source>
        <translation>”{name}” on nyt avoinna oleva työpaja; valitse toinen nimi.</translation>
    </message>
    <message>
        <source>{name} copy.journey</source>
        <translation>{name} kopio.journey</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Tallenna kopio nimellä</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Kopiota ei voitu tallentaa</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Ei päivämäärää</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Edit owner</source>
        <translation>Muokkaa vastuuhenkilöä</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Uusi vastuuhenkilö</translation>
    </message>
    <message>
        <source>A person or a department</source>
        <translation>Henkilö tai osasto</translation>
    </message>
    <message>
        <source>e.g. Product owner</source>
        <translation>esim. Tuoteomistaja</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rooli:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
</context>
<context>
    <name>OwnerField</name>
    <message>
        <source>No owner</source>
        <translation>Ei vastuuhenkilöä</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Vastuuhenkilö</translation>
    </message>
    <message>
        <source>Pick an owner or type a new name</source>
        <translation>Valitse vastuuhenkilö tai kirjoita uusi nimi</translation>
    </message>
</context>
<context>
    <name>OwnersPanel</name>
    <message>
        <source>Owners</source>
        <translation>Vastuuhenkilöt</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <source>Add an owner (Insert)</source>
        <translation>Lisää vastuuhenkilö (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Edit the selected owner (Enter)</source>
        <translation>Muokkaa valittua vastuuhenkilöä (Enter)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Yhdistä…</translation>
    </message>
    <message>
        <source>Merge the selected owner into another one (Ctrl+M)</source>
        <translation>Yhdistä valittu vastuuhenkilö toiseen (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete the selected owner; their work becomes unowned</source>
        <translation>Poista valittu vastuuhenkilö; hänen tehtävänsä jäävät ilman vastuuhenkilöä</translation>
    </message>
    <message>
        <source>Stations and actions of the owner</source>
        <translation>Vastuuhenkilön asemat ja toimenpiteet</translation>
    </message>
    <message>
        <source>Enter or double-click: show the station on the map</source>
        <translation>Enter tai kaksoisnapsautus: näytä asema kartalla</translation>
    </message>
    <message>
        <source>No role or email yet</source>
        <translation>Ei vielä roolia eikä sähköpostia</translation>
    </message>
    <message>
        <source>Select an owner to see their stations and actions.</source>
        <translation>Valitse vastuuhenkilö nähdäksesi hänen asemansa ja toimenpiteensä.</translation>
    </message>
    <message>
        <source>Stations and actions of {name}</source>
        <translation>Asemat ja toimenpiteet: {name}</translation>
    </message>
    <message>
        <source>Stations ({count})</source>
        <translation>Asemat ({count})</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Toimenpiteet ({count})</translation>
    </message>
    <message>
        <source>{priority} · {status} · at {station}</source>
        <translation>{priority} · {status} · asemalla {station}</translation>
    </message>
    <message>
        <source>{stations}, {actions}</source>
        <translation>{stations}, {actions}</translation>
    </message>
    <message>
        <source>Delete “{name}”? Their {stations} and {actions} become unowned. To hand them to someone else, merge instead.</source>
        <translation>Poistetaanko ”{name}”? Hänen {stations} ja {actions} jäävät ilman vastuuhenkilöä. Jos haluat siirtää ne jollekulle toiselle, yhdistä sen sijaan.</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Poistetaanko ”{name}”?</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Poista vastuuhenkilö</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n toimenpide</numerusform>
            <numerusform>%n toimenpidettä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n asema</numerusform>
            <numerusform>%n asemaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Drag a tile onto the map, or click it to add at the selection.</source>
        <translation>Vedä laatta kartalle tai lisää valinnan kohdalle napsauttamalla.</translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message>
        <source>Persona {name}</source>
        <translation>Persoona {name}</translation>
    </message>
    <message>
        <source>This journey</source>
        <translation>Tämä polku</translation>
    </message>
    <message>
        <source>The persona of the journey on the map</source>
        <translation>Kartalla näkyvän polun persoona</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>”{quote}”</translation>
    </message>
    <message>
        <source>In: {journeys}</source>
        <translation>Poluilla: {journeys}</translation>
    </message>
    <message>
        <source>Not used by any journey yet</source>
        <translation>Ei vielä käytössä millään polulla</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>Edit persona</source>
        <translation>Muokkaa persoonaa</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Uusi persoona</translation>
    </message>
    <message>
        <source>e.g. Kari, the busy parent</source>
        <translation>esim. Kari, kiireinen vanhempi</translation>
    </message>
    <message>
        <source>Choose the persona&apos;s colour</source>
        <translation>Valitse persoonan väri</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Yksi riviä kohden</translation>
    </message>
    <message>
        <source>In the persona&apos;s own words</source>
        <translation>Persoonan omin sanoin</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Väri:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Kuvaus:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Tavoitteet:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>&amp;Tarpeet:</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Turhautumiset:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Sitaatti:</translation>
    </message>
    <message>
        <source> Choose…</source>
        <translation> Valitse…</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Persoonan väri</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>New persona…</source>
        <translation>Uusi persoona…</translation>
    </message>
    <message>
        <source>Create a persona (Insert)</source>
        <translation>Luo persoona (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Edit the selected persona (Enter)</source>
        <translation>Muokkaa valittua persoonaa (Enter)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete the selected persona (Delete)</source>
        <translation>Poista valittu persoona (Delete)</translation>
    </message>
    <message>
        <source>Use for this journey</source>
        <translation>Käytä tällä polulla</translation>
    </message>
    <message>
        <source>Make the selected persona the persona of the journey on the map (Ctrl+Return)</source>
        <translation>Tee valitusta persoonasta kartalla näkyvän polun persoona (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No personas yet. Create one with “New persona…”.</source>
        <translation>Persoonia ei vielä ole. Luo sellainen valitsemalla ”Uusi persoona…”.</translation>
    </message>
    <message>
        <source>Remove from this journey</source>
        <translation>Poista tältä polulta</translation>
    </message>
    <message>
        <source>“{name}” is the persona of {journeys}. Delete it anyway? The journeys keep their maps, without a persona.</source>
        <translation>”{name}” on persoona poluissa {journeys}. Poistetaanko silti? Polut säilyttävät karttansa ilman persoonaa.</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Poista persoona</translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Phase name</source>
        <translation>Vaiheen nimi</translation>
    </message>
    <message>
        <source>What this stage of the journey is about</source>
        <translation>Mistä tässä polun vaiheessa on kyse</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Järjestelmän kieli (%1)</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Journeyline.</source>
        <translation>Ikkuna käyttää uutta kieltä, kun käynnistät Journeylinen seuraavan kerran.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kieli:</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>Presentation</source>
        <translation>Esitys</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Seuraava vaihe</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Edellinen vaihe</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Koko kartta</translation>
    </message>
    <message>
        <source>Last phase</source>
        <translation>Viimeinen vaihe</translation>
    </message>
    <message>
        <source>Show the station alone</source>
        <translation>Näytä asema yksinään</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Lopeta esitys</translation>
    </message>
    <message>
        <source>Emotion: {label} ({sign})</source>
        <translation>Tunne: {label} ({sign})</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Valitse asema ja näytä se yksinään painamalla Enter</translation>
    </message>
    <message>
        <source>Select a station to set its emotion</source>
        <translation>Valitse asema asettaaksesi sen tunteen</translation>
    </message>
    <message>
        <source>Backstage work has no customer emotion: select a customer’s station</source>
        <translation>Kulissien takaisella työllä ei ole asiakkaan tunnetta: valitse asiakkaan asema</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Actions shown</source>
        <translation>Näytetyt toimenpiteet</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Iso teksti</translation>
    </message>
    <message>
        <source>Drag a card to rate it · Ctrl+arrows move the selected card</source>
        <translation>Arvioi kortti vetämällä · Ctrl+nuolet siirtävät valittua korttia</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Näytä:</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Kaikki polut</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Kartalla näkyvä polku</translation>
    </message>
    <message>
        <source>{first}–{last} of {count}  ▸</source>
        <translation>{first}–{last}/{count}  ▸</translation>
    </message>
    <message>
        <source>Unrated: clear effort and value</source>
        <translation>Arvioimatta: tyhjennä työmäärä ja hyöty</translation>
    </message>
    <message>
        <source>Effort {effort} · value {value}: {priority}</source>
        <translation>Työmäärä {effort} · hyöty {value}: {priority}</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Nopeat voitot</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Isot panostukset</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Täytteet</translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation>Ajanhukat</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Työmäärä →</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>Hyöty →</translation>
    </message>
    <message>
        <source>Unrated  ·  {count}</source>
        <translation>Arvioimatta  ·  {count}</translation>
    </message>
    <message>
        <source>Drag an idea onto the matrix to rate its effort and value</source>
        <translation>Vedä idea matriisiin arvioidaksesi sen työmäärän ja hyödyn</translation>
    </message>
    <message>
        <source>{priority} · effort {effort} · value {value}</source>
        <translation>{priority} · työmäärä {effort} · hyöty {value}</translation>
    </message>
    <message>
        <source>{status} · no owner</source>
        <translation>{status} · ei vastuuhenkilöä</translation>
    </message>
    <message>
        <source>Click to show its station on the map</source>
        <translation>Napsauta näyttääksesi sen aseman kartalla</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ei asetettu</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Nothing selected</source>
        <translation>Ei mitään valittuna</translation>
    </message>
    <message>
        <source>Select one item to see and edit its details.</source>
        <translation>Valitse yksi kohde nähdäksesi ja muokataksesi sen tietoja.</translation>
    </message>
    <message numerus="yes">
        <source>%n stations selected</source>
        <translation>
            <numerusform>%n asema valittu</numerusform>
            <numerusform>%n asemaa valittu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phases selected</source>
        <translation>
            <numerusform>%n vaihe valittu</numerusform>
            <numerusform>%n vaihetta valittu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines selected</source>
        <translation>
            <numerusform>%n linja valittu</numerusform>
            <numerusform>%n linjaa valittu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n valittu</numerusform>
            <numerusform>%n valittu</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a station, a phase header or a line name on the map to see and edit its details here.</source>
        <translation>Napsauta kartalla asemaa, vaiheen otsikkoa tai linjan nimeä nähdäksesi ja muokataksesi sen tietoja tässä.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>Julkaise kirjastoon</translation>
    </message>
    <message>
        <source>Publish “%1” to the local library.</source>
        <translation>Julkaise ”%1” paikalliseen kirjastoon.</translation>
    </message>
    <message>
        <source>Publish “%1” to the library at %2.</source>
        <translation>Julkaise ”%1” kirjastoon osoitteessa %2.</translation>
    </message>
    <message>
        <source>As version %1 of “%2” (this copy is version %3)</source>
        <translation>Kohteen ”%2” versiona %1 (tämä kopio on versio %3)</translation>
    </message>
    <message>
        <source>As a new version (this copy is not from the library)</source>
        <translation>Uutena versiona (tämä kopio ei ole kirjastosta)</translation>
    </message>
    <message>
        <source>As a new map</source>
        <translation>Uutena karttana</translation>
    </message>
    <message>
        <source>One journey as a house template:</source>
        <translation>Yksi polku talon mallipohjaksi:</translation>
    </message>
    <message>
        <source>What changed, e.g. after workshop 2</source>
        <translation>Mitä muuttui, esim. työpajan 2 jälkeen</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Julkaise</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Viesti:</translation>
    </message>
</context>
<context>
    <name>QuotesEditor</name>
    <message>
        <source>Customer quotes</source>
        <translation>Asiakkaiden sitaatit</translation>
    </message>
    <message>
        <source>Add what a customer said…</source>
        <translation>Lisää, mitä asiakas sanoi…</translation>
    </message>
    <message>
        <source>New customer quote</source>
        <translation>Uusi asiakkaan sitaatti</translation>
    </message>
    <message>
        <source>Source of the quote</source>
        <translation>Sitaatin lähde</translation>
    </message>
    <message>
        <source>Add the quote</source>
        <translation>Lisää sitaatti</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Remove the quote</source>
        <translation>Poista sitaatti</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Lähde: %1</translation>
    </message>
</context>
<context>
    <name>RatingPicker</name>
    <message>
        <source>{name}: {n} of 5 (click again to clear)</source>
        <translation>{name}: {n}/5 (tyhjennä napsauttamalla uudelleen)</translation>
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
        <translation>mitätön</translation>
    </message>
    <message>
        <source>small</source>
        <translation>pieni</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>kohtalainen</translation>
    </message>
    <message>
        <source>large</source>
        <translation>suuri</translation>
    </message>
    <message>
        <source>very large</source>
        <translation>erittäin suuri</translation>
    </message>
    <message>
        <source>little</source>
        <translation>vähäinen</translation>
    </message>
    <message>
        <source>some</source>
        <translation>jonkin verran</translation>
    </message>
    <message>
        <source>high</source>
        <translation>suuri</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>erittäin suuri</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Arvioimatta</translation>
    </message>
    <message>
        <source>Quick win: value 4 or more, effort 2 or less</source>
        <translation>Nopea voitto: hyöty vähintään 4, työmäärä enintään 2</translation>
    </message>
    <message>
        <source>Big bet: value 4 or more, effort 3 or more</source>
        <translation>Iso panostus: hyöty vähintään 4, työmäärä vähintään 3</translation>
    </message>
    <message>
        <source>Fill-in: value 3 or less, effort 2 or less</source>
        <translation>Täyte: hyöty enintään 3, työmäärä enintään 2</translation>
    </message>
    <message>
        <source>Time sink: value 3 or less, effort 3 or more</source>
        <translation>Ajanhukka: hyöty enintään 3, työmäärä vähintään 3</translation>
    </message>
    <message>
        <source>Unrated: effort or value not set yet</source>
        <translation>Arvioimatta: työmäärää tai hyötyä ei ole vielä asetettu</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>No recent workshops</source>
        <translation>Ei viimeaikaisia työpajoja</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Tyhjennä luettelo</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>A customer quote contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Asiakassitaatti sisältää ohjausmerkin {code}; tekstissä saa olla sarkaimia ja rivinvaihtoja mutta ei muita ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>A customer quote must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Asiakassitaatissa on oltava vähintään yksi näkyvä merkki, ei pelkkiä välilyöntejä tai näkymättömiä merkkejä.</translation>
    </message>
    <message>
        <source>A journey keeps at least one line.</source>
        <translation>Polulla on aina vähintään yksi linja.</translation>
    </message>
    <message>
        <source>A journey keeps at least one phase.</source>
        <translation>Polulla on aina vähintään yksi vaihe.</translation>
    </message>
    <message>
        <source>A journey needs at least one phase and one line.</source>
        <translation>Polku tarvitsee vähintään yhden vaiheen ja yhden linjan.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} actions; this one is full.</source>
        <translation>Työpajassa voi olla enintään {max} toimenpidettä; tämä on täynnä.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} journeys; this one is full.</source>
        <translation>Työpajassa voi olla enintään {max} polkua; tämä on täynnä.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} lines; this one is full.</source>
        <translation>Työpajassa voi olla enintään {max} linjaa; tämä on täynnä.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} owners; this one is full.</source>
        <translation>Työpajassa voi olla enintään {max} vastuuhenkilöä; tämä on täynnä.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} personas; this one is full.</source>
        <translation>Työpajassa voi olla enintään {max} personaa; tämä on täynnä.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} phases; this one is full.</source>
        <translation>Työpajassa voi olla enintään {max} vaihetta; tämä on täynnä.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} quotes; this one is full.</source>
        <translation>Työpajassa voi olla enintään {max} sitaattia; tämä on täynnä.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} stations; this one is full.</source>
        <translation>Työpajassa voi olla enintään {max} asemaa; tämä on täynnä.</translation>
    </message>
    <message>
        <source>A workshop keeps at least one journey.</source>
        <translation>Työpajassa on aina vähintään yksi polku.</translation>
    </message>
    <message>
        <source>Choose two different owners to merge.</source>
        <translation>Valitse kaksi eri vastuuhenkilöä yhdistettäväksi.</translation>
    </message>
    <message>
        <source>Each customer quote must be 1 to {max} characters long.</source>
        <translation>Jokaisen asiakassitaatin on oltava 1–{max} merkkiä pitkä.</translation>
    </message>
    <message>
        <source>Each of the {field} can be at most {max} characters.</source>
        <translation>Kentän ”{field}” jokainen kohta voi olla enintään {max} merkkiä.</translation>
    </message>
    <message>
        <source>No station to delete.</source>
        <translation>Ei poistettavaa asemaa.</translation>
    </message>
    <message>
        <source>No station to duplicate.</source>
        <translation>Ei monistettavaa asemaa.</translation>
    </message>
    <message>
        <source>No station to move.</source>
        <translation>Ei siirrettävää asemaa.</translation>
    </message>
    <message>
        <source>One of the {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Yksi kentän ”{field}” kohdista sisältää ohjausmerkin {code}; tekstissä saa olla sarkaimia ja rivinvaihtoja mutta ei muita ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>One of the {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Jokaisessa kentän ”{field}” kohdassa on oltava vähintään yksi näkyvä merkki, ei pelkkiä välilyöntejä tai näkymättömiä merkkejä.</translation>
    </message>
    <message>
        <source>Stations of different journeys cannot be moved together.</source>
        <translation>Eri polkujen asemia ei voi siirtää yhdessä.</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>Sitä toimenpidettä ei enää ole.</translation>
    </message>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Sitä polkua ei enää ole.</translation>
    </message>
    <message>
        <source>That line belongs to another journey.</source>
        <translation>Se linja kuuluu toiseen polkuun.</translation>
    </message>
    <message>
        <source>That line no longer exists.</source>
        <translation>Sitä linjaa ei enää ole.</translation>
    </message>
    <message>
        <source>That owner no longer exists.</source>
        <translation>Sitä vastuuhenkilöä ei enää ole.</translation>
    </message>
    <message>
        <source>That persona no longer exists.</source>
        <translation>Sitä personaa ei enää ole.</translation>
    </message>
    <message>
        <source>That phase belongs to another journey.</source>
        <translation>Se vaihe kuuluu toiseen polkuun.</translation>
    </message>
    <message>
        <source>That phase no longer exists.</source>
        <translation>Sitä vaihetta ei enää ole.</translation>
    </message>
    <message>
        <source>That station belongs to another journey.</source>
        <translation>Se asema kuuluu toiseen polkuun.</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Sitä asemaa ei enää ole.</translation>
    </message>
    <message>
        <source>The due date must be a date ({format}).</source>
        <translation>Määräpäivän on oltava päivämäärä ({format}).</translation>
    </message>
    <message>
        <source>The journey of this search hit is not in the working copy.</source>
        <translation>Tämän hakutuloksen polku ei ole työkopiossa.</translation>
    </message>
    <message>
        <source>The library “{library}” has no map {map}.</source>
        <translation>Kirjastossa ”{library}” ei ole karttaa {map}.</translation>
    </message>
    <message>
        <source>The library “{library}” has no version {number} of map {map}.</source>
        <translation>Kirjastossa ”{library}” ei ole kartan {map} versiota {number}.</translation>
    </message>
    <message>
        <source>The map you opened (number {map}) is no longer in the library “{library}”; publish yours as a new map.</source>
        <translation>Avaamaasi karttaa (numero {map}) ei ole enää kirjastossa ”{library}”; julkaise omasi uutena karttana.</translation>
    </message>
    <message>
        <source>The source of a customer quote must be one of: {choices}.</source>
        <translation>Asiakassitaatin lähteen on oltava jokin näistä: {choices}.</translation>
    </message>
    <message>
        <source>The template “{name}” that came with Journeyline cannot be read; installing Journeyline again should mend it.</source>
        <translation>Journeylinen mukana tulevaa mallipohjaa ”{name}” ei voi lukea; Journeylinen asentaminen uudelleen korjaa asian.</translation>
    </message>
    <message>
        <source>The workshop holds data the interchange format does not allow, so it was not published: {place}: {rule}</source>
        <translation>Työpaja sisältää tietoja, joita vaihtomuoto ei salli, joten sitä ei julkaistu: {place}: {rule}</translation>
    </message>
    <message>
        <source>The {field} can be at most {max} characters long.</source>
        <translation>Kenttä ”{field}” voi olla enintään {max} merkkiä pitkä.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} items.</source>
        <translation>Kentässä ”{field}” voi olla enintään {max} kohtaa.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} quotes.</source>
        <translation>Kentässä ”{field}” voi olla enintään {max} sitaattia.</translation>
    </message>
    <message>
        <source>The {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Kenttä ”{field}” sisältää ohjausmerkin {code}; tekstissä saa olla sarkaimia ja rivinvaihtoja mutta ei muita ohjausmerkkejä.</translation>
    </message>
    <message>
        <source>The {field} is not valid.</source>
        <translation>Kenttä ”{field}” ei kelpaa.</translation>
    </message>
    <message>
        <source>The {field} is too large a number to store.</source>
        <translation>Kentän ”{field}” luku on liian suuri tallennettavaksi.</translation>
    </message>
    <message>
        <source>The {field} must be 1 to {max} characters long.</source>
        <translation>Kentän ”{field}” on oltava 1–{max} merkkiä pitkä.</translation>
    </message>
    <message>
        <source>The {field} must be a colour like {example}.</source>
        <translation>Kentän ”{field}” on oltava väri, kuten {example}.</translation>
    </message>
    <message>
        <source>The {field} must be a date (YYYY-MM-DD).</source>
        <translation>Kentän ”{field}” on oltava päivämäärä (VVVV-KK-PP).</translation>
    </message>
    <message>
        <source>The {field} must be a language tag like en, nb-NO or pt-BR.</source>
        <translation>Kentän ”{field}” on oltava kielitunnus, kuten en, nb-NO tai pt-BR.</translation>
    </message>
    <message>
        <source>The {field} must be a number from {low} to {high}.</source>
        <translation>Kentän ”{field}” on oltava luku väliltä {low}–{high}.</translation>
    </message>
    <message>
        <source>The {field} must be a number of at least {low}.</source>
        <translation>Kentän ”{field}” on oltava luku, joka on vähintään {low}.</translation>
    </message>
    <message>
        <source>The {field} must be a number.</source>
        <translation>Kentän ”{field}” on oltava luku.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high} or empty.</source>
        <translation>Kentän ”{field}” on oltava kokonaisluku väliltä {low}–{high} tai tyhjä.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high}.</source>
        <translation>Kentän ”{field}” on oltava kokonaisluku väliltä {low}–{high}.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low} or empty.</source>
        <translation>Kentän ”{field}” on oltava kokonaisluku, joka on vähintään {low}, tai tyhjä.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low}.</source>
        <translation>Kentän ”{field}” on oltava kokonaisluku, joka on vähintään {low}.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number or empty.</source>
        <translation>Kentän ”{field}” on oltava kokonaisluku tai tyhjä.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number.</source>
        <translation>Kentän ”{field}” on oltava kokonaisluku.</translation>
    </message>
    <message>
        <source>The {field} must be one of: {choices}.</source>
        <translation>Kentän ”{field}” on oltava jokin näistä: {choices}.</translation>
    </message>
    <message>
        <source>The {field} must be yes or no.</source>
        <translation>Kentän ”{field}” on oltava kyllä tai ei.</translation>
    </message>
    <message>
        <source>The {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Kentässä ”{field}” on oltava vähintään yksi näkyvä merkki, ei pelkkiä välilyöntejä tai näkymättömiä merkkejä.</translation>
    </message>
    <message>
        <source>There is no template called “{name}”.</source>
        <translation>Mallipohjaa nimeltä ”{name}” ei ole.</translation>
    </message>
    <message>
        <source>“{address}” is not a library Journeyline can use: the library is PostgreSQL (postgresql+psycopg://HOST/DATABASE) or SQLite (sqlite:///PATH).</source>
        <translation>”{address}” ei ole kirjasto, jota Journeyline voi käyttää: kirjasto on PostgreSQL (postgresql+psycopg://PALVELIN/TIETOKANTA) tai SQLite (sqlite:///POLKU).</translation>
    </message>
    <message>
        <source>“{address}” is not a library address; use postgresql+psycopg://HOST/DATABASE or sqlite:///PATH as the address.</source>
        <translation>”{address}” ei ole kirjaston osoite; käytä osoitteena muotoa postgresql+psycopg://PALVELIN/TIETOKANTA tai sqlite:///POLKU.</translation>
    </message>
    <message>
        <source>“{file}” is open read-only.</source>
        <translation>”{file}” on avattu vain luku -tilassa.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} (“{message}”) on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>”{title}” on muuttunut kirjastossa versiosi {base} jälkeen: {author} julkaisi version {number} (”{message}”) {when}. Julkaise omasi uutena karttana tai avaa uusin versio omasi rinnalle.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>”{title}” on muuttunut kirjastossa versiosi {base} jälkeen: {author} julkaisi version {number} {when}. Julkaise omasi uutena karttana tai avaa uusin versio omasi rinnalle.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>ja %Ln muu ongelma</numerusform>
            <numerusform>ja %Ln muuta ongelmaa</numerusform>
        </translation>
    </message>
    <message>
        <source>appears more than once in the same object; keep only one</source>
        <translation>esiintyy samassa objektissa useammin kuin kerran; säilytä vain yksi</translation>
    </message>
    <message>
        <source>contains a broken character (an unpaired surrogate)</source>
        <translation>sisältää rikkinäisen merkin (parittoman korvausmerkin)</translation>
    </message>
    <message>
        <source>contains a number with too many digits to read</source>
        <translation>sisältää luvun, jossa on liian monta numeroa luettavaksi</translation>
    </message>
    <message>
        <source>contains the control character {code}; text may hold tabs and line breaks but no other control characters</source>
        <translation>sisältää ohjausmerkin {code}; tekstissä saa olla sarkaimia ja rivinvaihtoja mutta ei muita ohjausmerkkejä</translation>
    </message>
    <message>
        <source>is a key of format version {since}; this document says it is version {version}, so change its version to {since}</source>
        <translation>on muotoversion {since} avain; tämä dokumentti kertoo olevansa versio {version}, joten muuta sen versioksi {since}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>on tyhjä</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>on sisäkkäistetty liian syvälle luettavaksi</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} at line {line}, column {column}); save the file as UTF-8</source>
        <translation>ei ole UTF-8-tekstiä (tavu {byte} rivillä {line}, sarakkeessa {column}); tallenna tiedosto UTF-8-muodossa</translation>
    </message>
    <message>
        <source>is not a known key of a journey; check the spelling</source>
        <translation>ei ole polun tunnettu avain; tarkista kirjoitusasu</translation>
    </message>
    <message>
        <source>is not a known key of a line; check the spelling</source>
        <translation>ei ole linjan tunnettu avain; tarkista kirjoitusasu</translation>
    </message>
    <message>
        <source>is not a known key of a persona; check the spelling</source>
        <translation>ei ole persoonan tunnettu avain; tarkista kirjoitusasu</translation>
    </message>
    <message>
        <source>is not a known key of a phase; check the spelling</source>
        <translation>ei ole vaiheen tunnettu avain; tarkista kirjoitusasu</translation>
    </message>
    <message>
        <source>is not a known key of a quote; check the spelling</source>
        <translation>ei ole sitaatin tunnettu avain; tarkista kirjoitusasu</translation>
    </message>
    <message>
        <source>is not a known key of a station; check the spelling</source>
        <translation>ei ole aseman tunnettu avain; tarkista kirjoitusasu</translation>
    </message>
    <message>
        <source>is not a known key of an action; check the spelling</source>
        <translation>ei ole toimenpiteen tunnettu avain; tarkista kirjoitusasu</translation>
    </message>
    <message>
        <source>is not a known key of an owner; check the spelling</source>
        <translation>ei ole vastuuhenkilön tunnettu avain; tarkista kirjoitusasu</translation>
    </message>
    <message>
        <source>is not a known key of the document; check the spelling</source>
        <translation>ei ole dokumentin tunnettu avain; tarkista kirjoitusasu</translation>
    </message>
    <message>
        <source>is not a known key of the workshop; check the spelling</source>
        <translation>ei ole työpajan tunnettu avain; tarkista kirjoitusasu</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;,&apos; delimiter</source>
        <translation>ei ole kelvollista JSONia rivillä {line}, sarakkeessa {column}: odotettiin erotinta &apos;,&apos;</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;:&apos; delimiter</source>
        <translation>ei ole kelvollista JSONia rivillä {line}, sarakkeessa {column}: odotettiin erotinta &apos;:&apos;</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting property name enclosed in double quotes</source>
        <translation>ei ole kelvollista JSONia rivillä {line}, sarakkeessa {column}: odotettiin lainausmerkeissä olevaa ominaisuuden nimeä</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting value</source>
        <translation>ei ole kelvollista JSONia rivillä {line}, sarakkeessa {column}: odotettiin arvoa</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Extra data</source>
        <translation>ei ole kelvollista JSONia rivillä {line}, sarakkeessa {column}: ylimääräistä dataa dokumentin lopun jälkeen</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \escape</source>
        <translation>ei ole kelvollista JSONia rivillä {line}, sarakkeessa {column}: virheellinen \-koodinvaihtomerkki</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \uXXXX escape</source>
        <translation>ei ole kelvollista JSONia rivillä {line}, sarakkeessa {column}: virheellinen \uXXXX-merkintä</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid control character at</source>
        <translation>ei ole kelvollista JSONia rivillä {line}, sarakkeessa {column}: virheellinen ohjausmerkki tässä kohdassa</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Unterminated string starting at</source>
        <translation>ei ole kelvollista JSONia rivillä {line}, sarakkeessa {column}: tästä alkavaa merkkijonoa ei ole päätetty</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: {reason}</source>
        <translation>ei ole kelvollista JSONia rivillä {line}, sarakkeessa {column}: {reason}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>on pakollinen</translation>
    </message>
    <message>
        <source>is too large a number for a workshop file to store</source>
        <translation>on liian suuri luku työpajatiedostoon tallennettavaksi</translation>
    </message>
    <message>
        <source>it has {count} JSON objects (every “{”), far more than a workshop within the limits has (at most {max})</source>
        <translation>siinä on {count} JSON-objektia (jokainen ”{”), paljon enemmän kuin rajoissa pysyvässä työpajassa (enintään {max})</translation>
    </message>
    <message>
        <source>it holds {count} actions, and a workshop holds at most {max}</source>
        <translation>siinä on {count} toimenpidettä, ja työpajassa voi olla enintään {max}</translation>
    </message>
    <message>
        <source>it holds {count} journeys, and a workshop holds at most {max}</source>
        <translation>siinä on {count} polkua, ja työpajassa voi olla enintään {max}</translation>
    </message>
    <message>
        <source>it holds {count} lines, and a workshop holds at most {max}</source>
        <translation>siinä on {count} linjaa, ja työpajassa voi olla enintään {max}</translation>
    </message>
    <message>
        <source>it holds {count} owners, and a workshop holds at most {max}</source>
        <translation>siinä on {count} vastuuhenkilöä, ja työpajassa voi olla enintään {max}</translation>
    </message>
    <message>
        <source>it holds {count} personas, and a workshop holds at most {max}</source>
        <translation>siinä on {count} persoonaa, ja työpajassa voi olla enintään {max}</translation>
    </message>
    <message>
        <source>it holds {count} phases, and a workshop holds at most {max}</source>
        <translation>siinä on {count} vaihetta, ja työpajassa voi olla enintään {max}</translation>
    </message>
    <message>
        <source>it holds {count} quotes, and a workshop holds at most {max}</source>
        <translation>siinä on {count} sitaattia, ja työpajassa voi olla enintään {max}</translation>
    </message>
    <message>
        <source>it holds {count} stations, and a workshop holds at most {max}</source>
        <translation>siinä on {count} asemaa, ja työpajassa voi olla enintään {max}</translation>
    </message>
    <message>
        <source>it is {size}, and Journeyline reads files of at most {limit}</source>
        <translation>sen koko on {size}, ja Journeyline lukee enintään {limit}:n tiedostoja</translation>
    </message>
    <message>
        <source>must be &quot;current&quot; or &quot;future&quot;</source>
        <translation>on oltava &quot;current&quot; tai &quot;future&quot;</translation>
    </message>
    <message>
        <source>must be &quot;frontstage&quot; or &quot;backstage&quot;</source>
        <translation>on oltava &quot;frontstage&quot; tai &quot;backstage&quot;</translation>
    </message>
    <message>
        <source>must be &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; or &quot;dropped&quot;</source>
        <translation>on oltava &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; tai &quot;dropped&quot;</translation>
    </message>
    <message>
        <source>must be &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; or &quot;other&quot;</source>
        <translation>on oltava &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; tai &quot;other&quot;</translation>
    </message>
    <message>
        <source>must be &quot;observed&quot;, &quot;reported&quot; or &quot;assumed&quot;</source>
        <translation>on oltava &quot;observed&quot;, &quot;reported&quot; tai &quot;assumed&quot;</translation>
    </message>
    <message>
        <source>must be &quot;{name}&quot;</source>
        <translation>on oltava &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>must be a BCP 47 language tag, e.g. &quot;en&quot;, &quot;nb-NO&quot; or &quot;pt-BR&quot;</source>
        <translation>on oltava BCP 47 -kielitunniste, esim. &quot;en&quot;, &quot;nb-NO&quot; tai &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, at the top level</source>
        <translation>on oltava JSON-objekti, { ... }, ylimmällä tasolla</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a journey</source>
        <translation>on oltava polkua kuvaava JSON-objekti, { ... }</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a line</source>
        <translation>on oltava linjaa kuvaava JSON-objekti, { ... }</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a persona</source>
        <translation>on oltava persoonaa kuvaava JSON-objekti, { ... }</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a phase</source>
        <translation>on oltava vaihetta kuvaava JSON-objekti, { ... }</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a quote</source>
        <translation>on oltava sitaattia kuvaava JSON-objekti, { ... }</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a station</source>
        <translation>on oltava asemaa kuvaava JSON-objekti, { ... }</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an action</source>
        <translation>on oltava toimenpidettä kuvaava JSON-objekti, { ... }</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an owner</source>
        <translation>on oltava vastuuhenkilöä kuvaava JSON-objekti, { ... }</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the document</source>
        <translation>on oltava dokumenttia kuvaava JSON-objekti, { ... }</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the workshop</source>
        <translation>on oltava työpajaa kuvaava JSON-objekti, { ... }</translation>
    </message>
    <message>
        <source>must be a colour written as &quot;#RRGGBB&quot;, e.g. &quot;{example}&quot;</source>
        <translation>on oltava väri muodossa &quot;#RRGGBB&quot;, esim. &quot;{example}&quot;</translation>
    </message>
    <message>
        <source>must be a date written as &quot;YYYY-MM-DD&quot;, e.g. &quot;2025-03-31&quot;</source>
        <translation>on oltava päivämäärä muodossa &quot;YYYY-MM-DD&quot;, esim. &quot;2025-03-31&quot;</translation>
    </message>
    <message>
        <source>must be a finite number, not NaN or Infinity</source>
        <translation>on oltava äärellinen luku, ei NaN tai Infinity</translation>
    </message>
    <message>
        <source>must be a format version this Journeyline reads, 1 to {newest}</source>
        <translation>on oltava muotoversio, jonka tämä Journeyline lukee, 1–{newest}</translation>
    </message>
    <message>
        <source>must be a list of actions, [ ... ]</source>
        <translation>on oltava luettelo toimenpiteistä, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of journeys, [ ... ]</source>
        <translation>on oltava luettelo poluista, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of lines, [ ... ]</source>
        <translation>on oltava luettelo linjoista, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of owners, [ ... ]</source>
        <translation>on oltava luettelo vastuuhenkilöistä, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of personas, [ ... ]</source>
        <translation>on oltava luettelo persoonista, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of phases, [ ... ]</source>
        <translation>on oltava luettelo vaiheista, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of quotes, [ ... ]</source>
        <translation>on oltava luettelo sitaateista, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of stations, [ ... ]</source>
        <translation>on oltava luettelo asemista, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of text, [ ... ]</source>
        <translation>on oltava tekstiluettelo, [ ... ]</translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation>on oltava luku väliltä {low}…{high}</translation>
    </message>
    <message>
        <source>must be a number of {low} or more</source>
        <translation>on oltava luku, joka on vähintään {low}</translation>
    </message>
    <message>
        <source>must be a real calendar date; there is no {value}</source>
        <translation>on oltava todellinen kalenteripäivä; päivää {value} ei ole</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>on oltava kokonaisluku</translation>
    </message>
    <message>
        <source>must be an integer from {low} to {high}</source>
        <translation>on oltava kokonaisluku väliltä {low}…{high}</translation>
    </message>
    <message>
        <source>must be an integer of {low} or more</source>
        <translation>on oltava kokonaisluku, joka on vähintään {low}</translation>
    </message>
    <message>
        <source>must be at most {max} characters long (it has {length})</source>
        <translation>saa olla enintään {max} merkkiä pitkä (siinä on {length})</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>on oltava tekstiä</translation>
    </message>
    <message>
        <source>must be text of 1 to {max} characters</source>
        <translation>on oltava 1–{max} merkin pituinen teksti</translation>
    </message>
    <message>
        <source>must be the id of a line</source>
        <translation>on oltava linjan tunniste</translation>
    </message>
    <message>
        <source>must be the id of a persona</source>
        <translation>on oltava persoonan tunniste</translation>
    </message>
    <message>
        <source>must be the id of a phase</source>
        <translation>on oltava vaiheen tunniste</translation>
    </message>
    <message>
        <source>must be the id of a station</source>
        <translation>on oltava aseman tunniste</translation>
    </message>
    <message>
        <source>must be the id of an owner</source>
        <translation>on oltava vastuuhenkilön tunniste</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>on oltava true tai false</translation>
    </message>
    <message>
        <source>must contain at least one visible character, not only spaces or invisible ones</source>
        <translation>on sisällettävä vähintään yksi näkyvä merkki, ei pelkkiä välilyöntejä tai näkymättömiä merkkejä</translation>
    </message>
    <message>
        <source>must have at least one journey</source>
        <translation>siinä on oltava vähintään yksi polku</translation>
    </message>
    <message>
        <source>must have at least one line</source>
        <translation>siinä on oltava vähintään yksi linja</translation>
    </message>
    <message>
        <source>must have at least one phase</source>
        <translation>siinä on oltava vähintään yksi vaihe</translation>
    </message>
    <message>
        <source>must have at most {max} items (it has {count})</source>
        <translation>saa sisältää enintään {max} kohtaa (siinä on {count})</translation>
    </message>
    <message>
        <source>must have at most {max} quotes (it has {count})</source>
        <translation>saa sisältää enintään {max} sitaattia (siinä on {count})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ei saa olla tyhjä</translation>
    </message>
    <message>
        <source>this document is format version {version}, but this Journeyline reads format versions 1 to {newest} only</source>
        <translation>tämä dokumentti on muotoversiota {version}, mutta tämä Journeyline lukee vain muotoversioita 1–{newest}</translation>
    </message>
    <message>
        <source>{value} is a line of another journey; use a line of this journey</source>
        <translation>{value} on toisen polun linja; käytä tämän polun linjaa</translation>
    </message>
    <message>
        <source>{value} is a phase of another journey; use a phase of this journey</source>
        <translation>{value} on toisen polun vaihe; käytä tämän polun vaihetta</translation>
    </message>
    <message>
        <source>{value} is a station of another journey; use a station of this journey</source>
        <translation>{value} on toisen polun asema; käytä tämän polun asemaa</translation>
    </message>
    <message>
        <source>{value} is already used as the id at {place}; ids must be unique across the whole document</source>
        <translation>{value} on jo käytössä tunnisteena kohdassa {place}; tunnisteiden on oltava yksilöllisiä koko dokumentissa</translation>
    </message>
    <message>
        <source>{value} is not the id of a line of this journey</source>
        <translation>{value} ei ole tämän polun linjan tunniste</translation>
    </message>
    <message>
        <source>{value} is not the id of a persona in this document</source>
        <translation>{value} ei ole tämän dokumentin persoonan tunniste</translation>
    </message>
    <message>
        <source>{value} is not the id of a phase of this journey</source>
        <translation>{value} ei ole tämän polun vaiheen tunniste</translation>
    </message>
    <message>
        <source>{value} is not the id of a station of this journey</source>
        <translation>{value} ei ole tämän polun aseman tunniste</translation>
    </message>
    <message>
        <source>{value} is not the id of an owner in this document</source>
        <translation>{value} ei ole tämän dokumentin vastuuhenkilön tunniste</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation>Kaikki muutokset tallennettu</translation>
    </message>
    <message>
        <source>Zoom (Ctrl and the mouse wheel, or pinch)</source>
        <translation>Zoomaus (Ctrl ja hiiren rulla tai nipistys)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Muut</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Pikanäppäin</translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <source>Owner: {name}</source>
        <translation>Vastuuhenkilö: {name}</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Tunne: {label} ({value})</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Totuuden hetki</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Tarpeet</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Kipupisteet</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Asiakkaiden sitaatit</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideat</translation>
    </message>
    <message>
        <source>No needs, pain points, quotes or ideas yet.</source>
        <translation>Ei vielä tarpeita, kipupisteitä, sitaatteja eikä ideoita.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No workshop open</source>
        <translation>Ei avointa työpajaa</translation>
    </message>
    <message>
        <source>Open a workshop file, or start a new one from a template.</source>
        <translation>Avaa työpajatiedosto tai aloita uusi mallipohjasta.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Avaa…</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Uusi mallipohjasta…</translation>
    </message>
    <message>
        <source>RECENT</source>
        <translation>VIIMEAIKAISET</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Not stated</source>
        <translation>Ei ilmoitettu</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>Station title</source>
        <translation>Aseman otsikko</translation>
    </message>
    <message>
        <source>What the customer does here</source>
        <translation>Mitä asiakas tekee tässä</translation>
    </message>
    <message>
        <source>Website, phone, letter, store…</source>
        <translation>Verkkosivu, puhelin, kirje, myymälä…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Add a need…</source>
        <translation>Lisää tarve…</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Uusi tarve</translation>
    </message>
    <message>
        <source>Add the need</source>
        <translation>Lisää tarve</translation>
    </message>
    <message>
        <source>Remove the need</source>
        <translation>Poista tarve</translation>
    </message>
    <message>
        <source>Add a pain point…</source>
        <translation>Lisää kipupiste…</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Uusi kipupiste</translation>
    </message>
    <message>
        <source>Add the pain point</source>
        <translation>Lisää kipupiste</translation>
    </message>
    <message>
        <source>Remove the pain point</source>
        <translation>Poista kipupiste</translation>
    </message>
    <message>
        <source>Ownership and evidence</source>
        <translation>Vastuu ja näyttö</translation>
    </message>
    <message>
        <source>A moment that decides how the customer feels about us</source>
        <translation>Hetki, joka ratkaisee, mitä asiakas meistä ajattelee</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Gap: rate performance and target to see it</source>
        <translation>Ero: arvioi suoriutuminen ja tavoitetaso nähdäksesi sen</translation>
    </message>
    <message>
        <source>Gap {gap}: performance is {gap} below target</source>
        <translation>Ero {gap}: suoriutuminen on {gap} tavoitetason alapuolella</translation>
    </message>
    <message>
        <source>No gap: performance meets the target</source>
        <translation>Ei eroa: suoriutuminen saavuttaa tavoitetason</translation>
    </message>
    <message>
        <source>Ahead by {gap}: performance beats the target</source>
        <translation>{gap} edellä: suoriutuminen ylittää tavoitetason</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>The classic eight phases, from awareness to advocacy; frontstage and backstage lines.</source>
        <translation>Klassiset kahdeksan vaihetta tietoisuudesta suositteluun; asiakkaalle näkyvät ja kulissien takaiset linjat.</translation>
    </message>
    <message>
        <source>A new customer&apos;s first 90 days, with placeholder stations to fill in together.</source>
        <translation>Uuden asiakkaan ensimmäiset 90 päivää, paikkamerkkiasemat täytetään yhdessä.</translation>
    </message>
    <message>
        <source>One phase and one line: draw the journey from scratch.</source>
        <translation>Yksi vaihe ja yksi linja: piirrä polku alusta.</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Tyhjä kartta</translation>
    </message>
    <message>
        <source>New workshop from template</source>
        <translation>Uusi työpaja mallipohjasta</translation>
    </message>
    <message>
        <source>Start a new workshop file from one of these templates.</source>
        <translation>Aloita uusi työpajatiedosto jostakin näistä mallipohjista.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Valitse tallennuspaikka…</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>New station</source>
        <translation>Uusi asema</translation>
    </message>
    <message>
        <source>A customer activity</source>
        <translation>Asiakkaan toiminto</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Uusi vaihe</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Uusi linja</translation>
    </message>
    <message>
        <source>Drag onto the map to add it there, or click to add it at the selection</source>
        <translation>Lisää vetämällä kartalle tai napsauttamalla valinnan kohdalle</translation>
    </message>
    <message>
        <source>A stage, left to right</source>
        <translation>Vaihe, vasemmalta oikealle</translation>
    </message>
    <message>
        <source>A channel or process</source>
        <translation>Kanava tai prosessi</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <source>Welcome to Journeyline</source>
        <translation>Tervetuloa Journeylineen</translation>
    </message>
    <message>
        <source>Build the map</source>
        <translation>Rakenna kartta</translation>
    </message>
    <message>
        <source>Drag a phase, a line or a station from the palette onto the canvas.</source>
        <translation>Vedä vaihe, linja tai asema paletista piirtoalueelle.</translation>
    </message>
    <message>
        <source>Edit a station</source>
        <translation>Muokkaa asemaa</translation>
    </message>
    <message>
        <source>Select it and fill in the properties panel; double-click it to rename it.</source>
        <translation>Valitse se ja täytä ominaisuuspaneeli; nimeä se uudelleen kaksoisnapsauttamalla.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Esitä</translation>
    </message>
    <message>
        <source>Press F5 to show the map full screen to the room; Esc comes back.</source>
        <translation>Näytä kartta ryhmälle koko näytöllä painamalla F5; Esc palaa takaisin.</translation>
    </message>
    <message>
        <source>Hand it over</source>
        <translation>Luovuta</translation>
    </message>
    <message>
        <source>File ▸ Export makes the PDF poster and the Excel action list.</source>
        <translation>Tiedosto ▸ Vie tekee PDF-julisteen ja Excel-toimenpidelistan.</translation>
    </message>
    <message>
        <source>Every change is saved in the workshop file the moment you make it. Help ▸ Welcome card shows this card again.</source>
        <translation>Jokainen muutos tallentuu työpajatiedostoon heti. Ohje ▸ Tervetulokortti näyttää kortin uudelleen.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Selvä</translation>
    </message>
</context>
<context>
    <name>WindowPanels</name>
    <message>
        <source>Click the station for “{}” on the map · Esc cancels</source>
        <translation>Napsauta kartalla asemaa kohteelle ”{}” · Esc peruuttaa</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Polut</translation>
    </message>
    <message>
        <source>Open a workshop to see its journeys.</source>
        <translation>Avaa työpaja nähdäksesi sen polut.</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Polut</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persoonat</translation>
    </message>
    <message>
        <source>Open a workshop to see its personas.</source>
        <translation>Avaa työpaja nähdäksesi sen persoonat.</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>P&amp;ersoonat</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Vastuuhenkilöt</translation>
    </message>
    <message>
        <source>Open a workshop to see its owners.</source>
        <translation>Avaa työpaja nähdäksesi sen vastuuhenkilöt.</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Vastuuhenkilöt</translation>
    </message>
    <message>
        <source>Action board</source>
        <translation>Toimenpidetaulu</translation>
    </message>
    <message>
        <source>Open a workshop to see its actions.</source>
        <translation>Avaa työpaja nähdäksesi sen toimenpiteet.</translation>
    </message>
    <message>
        <source>&amp;Action board</source>
        <translation>T&amp;oimenpidetaulu</translation>
    </message>
    <message>
        <source>Effort/value matrix</source>
        <translation>Työmäärä–hyöty-matriisi</translation>
    </message>
    <message>
        <source>Open a workshop to see its priorities.</source>
        <translation>Avaa työpaja nähdäksesi sen prioriteetit.</translation>
    </message>
    <message>
        <source>&amp;Effort/value matrix</source>
        <translation>Työmäärä–hyöty-&amp;matriisi</translation>
    </message>
    <message>
        <source>Show the panel “{title}” ({shortcut})</source>
        <translation>Näytä paneeli ”{title}” ({shortcut})</translation>
    </message>
    <message>
        <source>Show the panel “{title}”</source>
        <translation>Näytä paneeli ”{title}”</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Asemaa ei enää ole.</translation>
    </message>
    <message>
        <source>Linked “{title}” to the station “{title_}”</source>
        <translation>”{title}” liitettiin asemaan ”{title_}”</translation>
    </message>
    <message>
        <source>That is not a station: click a station on the map · Esc cancels</source>
        <translation>Se ei ole asema: napsauta asemaa kartalla · Esc peruuttaa</translation>
    </message>
    <message>
        <source>The matrix is on the projector; F6 brings it back.</source>
        <translation>Matriisi on projektorilla; F6 tuo sen takaisin.</translation>
    </message>
    <message>
        <source>Close the panel “{title}”</source>
        <translation>Sulje paneeli ”{title}”</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Työpajan tiedot</translation>
    </message>
    <message>
        <source>Name of the workshop or engagement</source>
        <translation>Työpajan tai toimeksiannon nimi</translation>
    </message>
    <message>
        <source>The client company</source>
        <translation>Asiakasyritys</translation>
    </message>
    <message>
        <source>Target group in focus</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <source>e.g. Lower customer departures</source>
        <translation>esim. Vähemmän asiakaspoistumaa</translation>
    </message>
    <message>
        <source>The workshop&apos;s language: its exports (poster, action list) are in this language. Another language tag (nb-NO, de-CH, pt-BR) may be typed; exports in a language Journeyline does not speak are in English.</source>
        <translation>Työpajan kieli: viennit (juliste, toimenpidelista) tehdään tällä kielellä. Voit kirjoittaa muunkin kielikoodin (nb-NO, de-CH, pt-BR); kielellä, jota Journeyline ei osaa, viennit tehdään englanniksi.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segmentti:</translation>
    </message>
    <message>
        <source>Business &amp;goal:</source>
        <translation>Liiketoiminnan &amp;tavoite:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
</context>
</TS>
