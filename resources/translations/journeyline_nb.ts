<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
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
    <message>
        <source>{file} cannot be used: {problems}; nothing was changed.</source>
        <translation>{file} kan ikke brukes: {problems}; ingenting ble endret.</translation>
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
        <source>… and {n} more (see Show Details).</source>
        <translation>… og {n} til (se Vis detaljer).</translation>
    </message>
    <message>
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Oppdatert fra {file}: {changes}, {new}, {owners}.</translation>
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
        <translation>Åpne &amp;nylige</translation>
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
        <source>P&amp;ublish to library…</source>
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
        <source>Save a &amp;copy…</source>
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
        <translation>Eksporter tiltaks&amp;liste i Excel…</translation>
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
        <translation>S&amp;lett</translation>
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
        <translation>Legg til &amp;linje</translation>
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
        <translation>Tilpass &amp;utvalget</translation>
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
        <translation>Vis kartets &amp;tittel</translation>
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
        <translation>Dagens og den fremtidige reisen over hverandre</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentasjonsmodus</translation>
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
    <name>Fields</name>
    <message>
        <source>Action</source>
        <translation>Tiltak</translation>
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
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
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
        <source>Frustrations</source>
        <translation>Frustrasjoner</translation>
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
        <translation>Type</translation>
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
        <translation>Sannhetens øyeblikk</translation>
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
        <translation>Nei</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observasjon</translation>
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
        <source>Pain points</source>
        <translation>Smertepunkter</translation>
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
        <source>Quote</source>
        <translation>Sitat</translation>
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
        <translation>Stasjon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Fortelling</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Kundestøttekontakt</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Spørreundersøkelse</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
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
        <translation>effekt</translation>
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
        <translation>mål</translation>
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
    <name>LibraryBrowser</name>
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
        <source>template</source>
        <translation>mal</translation>
    </message>
    <message>
        <source>map</source>
        <translation>kart</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the %3 in %4.</source>
        <translation>Publiserte «%1» som versjon %2 av %3 i %4.</translation>
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
        <source>Journeyline now uses %1.</source>
        <translation>Journeyline bruker nå %1.</translation>
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
    <name>PersonaDialog</name>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farge:</translation>
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
        <source>Show the station alone</source>
        <translation>Vis stasjonen alene</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Merk en stasjon, og trykk Enter for å vise den alene</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>Publiser i biblioteket</translation>
    </message>
    <message>
        <source>Publish “%1” to %2.</source>
        <translation>Publiser «%1» i %2.</translation>
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
    <name>WelcomeOverlay</name>
    <message>
        <source>Got it</source>
        <translation>Skjønner</translation>
    </message>
</context>
</TS>
