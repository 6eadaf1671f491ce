<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Journeyline uses Qt unmodified, as shared libraries that can be replaced with another build of the same version.</source>
        <translation>Journeyline usa Qt sin modificar, como bibliotecas compartidas que pueden sustituirse por otra compilación de la misma versión.</translation>
    </message>
    <message>
        <source>Used by ReportLab.</source>
        <translation>Lo usa ReportLab.</translation>
    </message>
    <message>
        <source>Journeyline bundles the following software.</source>
        <translation>Journeyline incluye el siguiente software.</translation>
    </message>
    <message>
        <source>The DejaVu Sans font (resources/fonts):</source>
        <translation>La fuente DejaVu Sans (resources/fonts):</translation>
    </message>
    <message>
        <source>DejaVu fonts licence: {url}</source>
        <translation>Licencia de las fuentes DejaVu: {url}</translation>
    </message>
    <message>
        <source>The Noto Emoji font (resources/fonts):</source>
        <translation>La fuente Noto Emoji (resources/fonts):</translation>
    </message>
    <message>
        <source>Noto Emoji font licence: {url}</source>
        <translation>Licencia de la fuente Noto Emoji: {url}</translation>
    </message>
    <message>
        <source>Libraries:</source>
        <translation>Bibliotecas:</translation>
    </message>
    <message>
        <source>About Journeyline</source>
        <translation>Acerca de Journeyline</translation>
    </message>
    <message>
        <source>Journeyline</source>
        <translation>Journeyline</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Customer-journey maps, drawn as subway maps, for workshops.</source>
        <translation>Mapas de recorrido del cliente, dibujados como planos de metro, para talleres.</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
</context>
<context>
    <name>ActionBoard</name>
    <message>
        <source>Add improvement idea…</source>
        <translation>Añadir idea de mejora…</translation>
    </message>
    <message>
        <source>Add an idea to the journey on the map (Insert)</source>
        <translation>Añadir una idea al recorrido del mapa (Insert)</translation>
    </message>
    <message>
        <source>Show station</source>
        <translation>Mostrar estación</translation>
    </message>
    <message>
        <source>Show the action&apos;s station on the map (Ctrl+Return)</source>
        <translation>Mostrar la estación de la acción en el mapa (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Pick station on map</source>
        <translation>Elegir estación en el mapa</translation>
    </message>
    <message>
        <source>Link the action to a station you click on the map (Ctrl+L)</source>
        <translation>Vincular la acción a una estación que haga clic en el mapa (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected actions (Delete)</source>
        <translation>Eliminar las acciones seleccionadas (Supr)</translation>
    </message>
    <message>
        <source>Show station on the map</source>
        <translation>Mostrar la estación en el mapa</translation>
    </message>
    <message>
        <source>Link to station…</source>
        <translation>Vincular a estación…</translation>
    </message>
    <message>
        <source>Pick station on the map</source>
        <translation>Elegir la estación en el mapa</translation>
    </message>
    <message>
        <source>Unlink station</source>
        <translation>Desvincular estación</translation>
    </message>
</context>
<context>
    <name>ActionFilters</name>
    <message>
        <source>Search actions (Ctrl+F)</source>
        <translation>Buscar acciones (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Buscar acciones</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Recorrido:</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <source>{name} filter</source>
        <translation>Filtro: {name}</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Todos los recorridos</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Recorrido del mapa</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Todas las fases</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown} de %n acción</numerusform>
            <numerusform>{shown} de %n acciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionListUpdate</name>
    <message>
        <source>Update from action list</source>
        <translation>Actualizar desde el plan de acción</translation>
    </message>
    <message>
        <source>Excel action lists (*.xlsx);;All files (*)</source>
        <translation>Planes de acción de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>{file} cannot be used: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>No se puede usar {file}: %n problema; no se ha cambiado nada.</numerusform>
            <numerusform>No se puede usar {file}: %n problemas; no se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n acción nueva</numerusform>
            <numerusform>%n acciones nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new owner(s)</source>
        <translation>
            <numerusform>%n responsable nuevo</numerusform>
            <numerusform>%n responsables nuevos</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Actualizado desde {file}: {changes}, {new}, {owners}.</translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Sin estación</translation>
    </message>
    <message>
        <source>Quick wins first, then big bets, fill-ins, time sinks, unrated</source>
        <translation>Primero victorias rápidas, luego grandes apuestas, rellenos, pérdidas de tiempo y sin valorar</translation>
    </message>
    <message>
        <source>{column} (F2 or double-click to edit)</source>
        <translation>{column} (F2 o doble clic para editar)</translation>
    </message>
    <message>
        <source>Not linked to a station (F2 to choose, Ctrl+L to pick on the map)</source>
        <translation>Sin estación vinculada (F2 para elegir, Ctrl+L para señalarla en el mapa)</translation>
    </message>
    <message>
        <source>{station}
Double-click or Ctrl+Return: show on the map</source>
        <translation>{station}
Doble clic o Ctrl+Intro: mostrar en el mapa</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>Vencida desde {date}</translation>
    </message>
    <message>
        <source>Effort {n}: {word}</source>
        <translation>Esfuerzo {n}: {word}</translation>
    </message>
    <message>
        <source>Value {n}: {word}</source>
        <translation>Valor {n}: {word}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <source>Update from action list</source>
        <translation>Actualizar desde el plan de acción</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”, {rows}</source>
        <translation>{file}, hoja «{sheet}», {rows}</translation>
    </message>
    <message>
        <source>the list changes nothing in the workshop.</source>
        <translation>la lista no cambia nada en el taller.</translation>
    </message>
    <message>
        <source>{changes} to {actions}</source>
        <translation>{changes} en {actions}</translation>
    </message>
    <message>
        <source>new action</source>
        <translation>acción nueva</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message numerus="yes">
        <source>%n action row(s)</source>
        <translation>
            <numerusform>%n fila de acción</numerusform>
            <numerusform>%n filas de acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n acción nueva</numerusform>
            <numerusform>%n acciones nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is changed until you apply; Edit ▸ Undo takes it all back.</source>
        <translation>No se cambia nada hasta que lo aplique; Editar ▸ Deshacer lo revierte todo.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Apply {n}</source>
        <translation>&amp;Aplicar {n}</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Cambios ({n})</translation>
    </message>
    <message>
        <source>New actions ({n})</source>
        <translation>Acciones nuevas ({n})</translation>
    </message>
    <message>
        <source>journey {name}</source>
        <translation>recorrido {name}</translation>
    </message>
    <message>
        <source> (new owner)</source>
        <translation> (responsable nuevo)</translation>
    </message>
    <message>
        <source>Not in the list ({n}): kept in the workshop, as rows deleted in Excel never delete an action</source>
        <translation>No están en la lista ({n}): se conservan en el taller, porque las filas borradas en Excel nunca borran una acción</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>recorrido</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Notas ({n})</translation>
    </message>
    <message>
        <source>Owners the workshop does not have: create them?</source>
        <translation>Responsables que el taller no tiene: ¿crearlos?</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Nuevo desde plantilla…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Import JSON document…</source>
        <translation>Importar documento &amp;JSON…</translation>
    </message>
    <message>
        <source>Make a new workshop file from a JSON interchange document</source>
        <translation>Crear un archivo de taller nuevo a partir de un documento JSON en el formato de intercambio</translation>
    </message>
    <message>
        <source>Open from li&amp;brary…</source>
        <translation>Abrir desde la &amp;biblioteca…</translation>
    </message>
    <message>
        <source>Find a published map or search across every map in the library</source>
        <translation>Busque un mapa publicado o busque en todos los mapas de la biblioteca</translation>
    </message>
    <message>
        <source>Publis&amp;h to library…</source>
        <translation>P&amp;ublicar en la biblioteca…</translation>
    </message>
    <message>
        <source>Publish this workshop (or a journey as a house template)</source>
        <translation>Publicar este taller (o un recorrido como plantilla de la casa)</translation>
    </message>
    <message>
        <source>Library se&amp;ttings…</source>
        <translation>Configuración de la b&amp;iblioteca…</translation>
    </message>
    <message>
        <source>The local library on this computer, or a team library</source>
        <translation>La biblioteca local de este equipo o una biblioteca de equipo</translation>
    </message>
    <message>
        <source>&amp;Workshop details…</source>
        <translation>&amp;Detalles del taller…</translation>
    </message>
    <message>
        <source>The workshop&apos;s title, organisation, segment, business goal and notes</source>
        <translation>Título, organización, segmento, objetivo de negocio y notas del taller</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export a PDF poster, an Excel action list, an image or JSON (Ctrl+E)</source>
        <translation>Exportar un póster PDF, un plan de acción de Excel, una imagen o JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export PDF &amp;poster…</source>
        <translation>Exportar &amp;póster PDF…</translation>
    </message>
    <message>
        <source>Export Excel action &amp;list…</source>
        <translation>Exportar p&amp;lan de acción de Excel…</translation>
    </message>
    <message>
        <source>&amp;Update from action list…</source>
        <translation>Actualizar desde la lis&amp;ta de acciones…</translation>
    </message>
    <message>
        <source>Read back the Excel action list the client edited: preview every change, then apply it as one step</source>
        <translation>Leer el plan de acción de Excel que editó el cliente: revisar cada cambio y aplicarlo todo en un solo paso</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Cerrar el taller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Cambia&amp;r nombre</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Seleccionar todo</translation>
    </message>
    <message>
        <source>Add &amp;station</source>
        <translation>&amp;Añadir estación</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>Añadir &amp;fase</translation>
    </message>
    <message>
        <source>Add li&amp;ne</source>
        <translation>Añadir &amp;línea</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Prefere&amp;ncias…</translation>
    </message>
    <message>
        <source>The window&apos;s language and other settings</source>
        <translation>El idioma de la ventana y otros ajustes</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>Ajustar &amp;el mapa</translation>
    </message>
    <message>
        <source>Fit &amp;selection</source>
        <translation>Ajustar la &amp;selección</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>Show &amp;needs</source>
        <translation>Mostrar &amp;necesidades</translation>
    </message>
    <message>
        <source>Show &amp;pain points</source>
        <translation>Mostrar p&amp;untos de dolor</translation>
    </message>
    <message>
        <source>Show i&amp;deas</source>
        <translation>Mostrar i&amp;deas</translation>
    </message>
    <message>
        <source>A mark with the number of improvement ideas of each station; their titles when the pointer rests on it</source>
        <translation>Una marca con el número de ideas de mejora de cada estación; sus títulos al dejar el puntero sobre ella</translation>
    </message>
    <message>
        <source>Show &amp;quotes</source>
        <translation>Mostrar c&amp;itas</translation>
    </message>
    <message>
        <source>Show o&amp;wners</source>
        <translation>Mostrar &amp;responsables</translation>
    </message>
    <message>
        <source>Show fi&amp;gures</source>
        <translation>Mostrar ci&amp;fras</translation>
    </message>
    <message>
        <source>Day, customers, duration and drop-off under each station</source>
        <translation>Día, clientes, duración y abandono bajo cada estación</translation>
    </message>
    <message>
        <source>Show the emotion &amp;curve</source>
        <translation>Mostrar la cur&amp;va de emociones</translation>
    </message>
    <message>
        <source>Show the map &amp;title</source>
        <translation>Mostrar el t&amp;ítulo del mapa</translation>
    </message>
    <message>
        <source>Foc&amp;us on the map</source>
        <translation>Centrarse en el &amp;mapa</translation>
    </message>
    <message>
        <source>Hide every panel so the map has the whole window; the same again brings them back (Ctrl+Shift+H)</source>
        <translation>Oculta todos los paneles para que el mapa ocupe toda la ventana; repetirlo los devuelve (Ctrl+Mayús+H)</translation>
    </message>
    <message>
        <source>Pane&amp;ls</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>Compa&amp;re today and future…</source>
        <translation>&amp;Comparar hoy y futuro…</translation>
    </message>
    <message>
        <source>Today&apos;s and the future journey one above the other</source>
        <translation>El recorrido actual y el futuro, uno encima del otro</translation>
    </message>
    <message>
        <source>Presentation &amp;mode</source>
        <translation>Modo presentaci&amp;ón</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Present the map full screen (F5); Esc leaves</source>
        <translation>Mostrar el mapa a pantalla completa (F5); Esc sale</translation>
    </message>
    <message>
        <source>Prioritise on the projector</source>
        <translation>Priorizar en el proyector</translation>
    </message>
    <message>
        <source>Show the effort/value matrix full screen in large type (F6); F6 again returns to the map</source>
        <translation>Mostrar la matriz esfuerzo/valor a pantalla completa con letra grande (F6); F6 de nuevo vuelve al mapa</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Welcome card</source>
        <translation>&amp;Tarjeta de bienvenida</translation>
    </message>
    <message>
        <source>What goes where on the map, and how a workshop goes</source>
        <translation>Qué va en cada sitio del mapa y cómo transcurre un taller</translation>
    </message>
    <message>
        <source>&amp;About Journeyline</source>
        <translation>Acerca &amp;de Journeyline</translation>
    </message>
</context>
<context>
    <name>CanvasMenus</name>
    <message>
        <source>Add station here</source>
        <translation>Añadir estación aquí</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Añadir fase</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <source>Select all stations</source>
        <translation>Seleccionar todas las estaciones</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Momento de la verdad</translation>
    </message>
    <message>
        <source>Add improvement idea…</source>
        <translation>Añadir idea de mejora…</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Eliminar fase</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Eliminar línea</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Color predeterminado</translation>
    </message>
    <message>
        <source>Add phase before</source>
        <translation>Añadir fase antes</translation>
    </message>
    <message>
        <source>Add phase after</source>
        <translation>Añadir fase después</translation>
    </message>
    <message>
        <source>Add line above</source>
        <translation>Añadir línea encima</translation>
    </message>
    <message>
        <source>Add line below</source>
        <translation>Añadir línea debajo</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Otro color…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Elija un color</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <source>Custom colour</source>
        <translation>Color personalizado</translation>
    </message>
    <message>
        <source>Custom colour ({code})</source>
        <translation>Color personalizado ({code})</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>Emotion, today and in the future</source>
        <translation>Emoción, hoy y en el futuro</translation>
    </message>
    <message>
        <source>▲ {change} better</source>
        <translation>▲ {change} mejor</translation>
    </message>
    <message>
        <source>▼ {change} worse</source>
        <translation>▼ {change} peor</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= sin cambios</translation>
    </message>
    <message>
        <source>{name}: average {value}</source>
        <translation>{name}: media {value}</translation>
    </message>
    <message>
        <source>{name}: not assessed</source>
        <translation>{name}: sin valorar</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Import JSON document</source>
        <translation>Importar documento JSON</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Guardar el taller importado como</translation>
    </message>
    <message>
        <source>The document could not be imported</source>
        <translation>No se pudo importar el documento</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add action {name}</source>
        <translation>Añadir acción {name}</translation>
    </message>
    <message>
        <source>Add journey {name}</source>
        <translation>Añadir recorrido {name}</translation>
    </message>
    <message>
        <source>Add line {name}</source>
        <translation>Añadir línea {name}</translation>
    </message>
    <message>
        <source>Add owner {name}</source>
        <translation>Añadir responsable {name}</translation>
    </message>
    <message>
        <source>Add persona {name}</source>
        <translation>Añadir persona {name}</translation>
    </message>
    <message>
        <source>Add phase {name}</source>
        <translation>Añadir fase {name}</translation>
    </message>
    <message>
        <source>Add station {name}</source>
        <translation>Añadir estación {name}</translation>
    </message>
    <message numerus="yes">
        <source>Clear moment of truth of %n station(s)</source>
        <translation>
            <numerusform>Quitar el momento de la verdad de estación</numerusform>
            <numerusform>Quitar el momento de la verdad de %n estaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Eliminar acción</numerusform>
            <numerusform>Eliminar %n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation>
            <numerusform>Eliminar línea</numerusform>
            <numerusform>Eliminar %n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phase(s)</source>
        <translation>
            <numerusform>Eliminar fase</numerusform>
            <numerusform>Eliminar %n fases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n station(s)</source>
        <translation>
            <numerusform>Eliminar estación</numerusform>
            <numerusform>Eliminar %n estaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Eliminar recorrido</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Eliminar línea</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Eliminar responsable</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Eliminar fase</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Diseñar el recorrido futuro</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n station(s)</source>
        <translation>
            <numerusform>Duplicar estación</numerusform>
            <numerusform>Duplicar %n estaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit action {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <source>Edit journey&apos;s {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <source>Edit line {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <source>Edit owner&apos;s {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <source>Edit persona&apos;s {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <source>Edit phase {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <source>Edit station {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Editar los datos del taller</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n station(s) as moment of truth</source>
        <translation>
            <numerusform>Marcar estación como momento de la verdad</numerusform>
            <numerusform>Marcar %n estaciones como momento de la verdad</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge owners</source>
        <translation>Combinar responsables</translation>
    </message>
    <message numerus="yes">
        <source>Move %n station(s)</source>
        <translation>
            <numerusform>Mover estación</numerusform>
            <numerusform>Mover %n estaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Move line to backstage</source>
        <translation>Mover la línea a la trastienda</translation>
    </message>
    <message>
        <source>Move line to frontstage</source>
        <translation>Hacer visible la línea para el cliente</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n station(s)</source>
        <translation>
            <numerusform>Pegar estación</numerusform>
            <numerusform>Pegar %n estaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename station</source>
        <translation>Renombrar estación</translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation>Reordenar recorridos</translation>
    </message>
    <message>
        <source>Reorder lines</source>
        <translation>Reordenar líneas</translation>
    </message>
    <message>
        <source>Reorder phases</source>
        <translation>Reordenar fases</translation>
    </message>
    <message numerus="yes">
        <source>Set emotion of %n station(s)</source>
        <translation>
            <numerusform>Fijar la emoción de estación</numerusform>
            <numerusform>Fijar la emoción de %n estaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Set owner to new {name}</source>
        <translation>Asignar el nuevo responsable {name}</translation>
    </message>
    <message>
        <source>Update from {file}</source>
        <translation>Actualizar desde {file}</translation>
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
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>The room has not judged this moment yet</source>
        <translation>La sala aún no ha valorado este momento</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Aún sin valorar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the {label} as</source>
        <translation>Exportar {label} como</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;All journeys</source>
        <translation>&amp;Todos los recorridos</translation>
    </message>
    <message>
        <source>O&amp;ne:</source>
        <translation>&amp;Uno:</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Recorridos:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Guardar como:</translation>
    </message>
    <message>
        <source>An image shows one journey&apos;s map</source>
        <translation>Una imagen muestra el mapa de un recorrido</translation>
    </message>
    <message>
        <source>Every journey&apos;s map</source>
        <translation>El mapa de cada recorrido</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>“{name}” already exists in “{folder}”. Replace it?</source>
        <translation>«{name}» ya existe en «{folder}». ¿Reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>ExportNotices</name>
    <message>
        <source>No installed font has the character {characters}, so it shows as an empty box. Install a font that has it (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Ninguna fuente instalada tiene el carácter {characters}, así que se muestra como un recuadro vacío. Instale una fuente que lo tenga (p. ej., Noto Sans CJK o Droid Sans Fallback como TrueType) y vuelva a exportar.</translation>
    </message>
    <message>
        <source>No installed font has these {count} characters, so they show as empty boxes: {characters}. Install a font that has them (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Ninguna fuente instalada tiene estos {count} caracteres, así que se muestran como recuadros vacíos: {characters}. Instale una fuente que los tenga (p. ej., Noto Sans CJK o Droid Sans Fallback como TrueType) y vuelva a exportar.</translation>
    </message>
    <message>
        <source>The map of {journey} is printed at {percent}% on {paper}: its smallest text is {size} pt. Choose a larger paper for print; on screen it can be zoomed.</source>
        <translation>El mapa de {journey} se imprime al {percent} % en {paper}: su texto más pequeño mide {size} pt. Elija un papel más grande para imprimir; en pantalla se puede ampliar.</translation>
    </message>
    <message>
        <source>The map of {journey} is too large for the chosen resolution; it was drawn at {dpi} dpi instead. Use the PDF or SVG for a sharper copy.</source>
        <translation>El mapa de {journey} es demasiado grande para la resolución elegida; se dibujó a {dpi} ppp en su lugar. Use el PDF o el SVG para una copia más nítida.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting the {label} “{name}”…</source>
        <translation>Exportando {label} «{name}»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Exported {what}.</source>
        <translation>Se exportó {what}.</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>En {folder}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Please check %n note(s):</source>
        <translation>
            <numerusform>Revise %n nota:</numerusform>
            <numerusform>Revise %n notas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&amp;Figures</source>
        <translation>Ci&amp;fras</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>&amp;Citas</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolución:</translation>
    </message>
    <message>
        <source>150 dpi suits slides; 300 dpi suits print</source>
        <translation>150 ppp sirve para diapositivas; 300 ppp, para imprimir</translation>
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
        <translation>Hojas A4 para unir con cinta</translation>
    </message>
    <message>
        <source>A4 · 210 × 297 mm</source>
        <translation>A4 · 210 × 297 mm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Actions, stations and owners as sheets, to plan the follow-up.</source>
        <translation>Acciones, estaciones y responsables en hojas, para planificar el seguimiento.</translation>
    </message>
    <message>
        <source>As View ▸ Show… has it; a change here is for this export only</source>
        <translation>Como en Ver ▸ Mostrar…; un cambio aquí solo vale para esta exportación</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Supuesta</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Trastienda</translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation>Gran apuesta</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronce</translation>
    </message>
    <message>
        <source>Business goal</source>
        <translation>Objetivo de negocio</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Citas de clientes</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Dark brown</source>
        <translation>Marrón oscuro</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Doing</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abandono</translation>
    </message>
    <message>
        <source>Drop-off (%)</source>
        <translation>Abandono (%)</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duración (min)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Excel action list</source>
        <translation>Plan de acción en Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>Relleno</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Visible para el cliente</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustraciones</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Futuro</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>I&amp;deas</source>
        <translation>I&amp;deas</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation>Índigo</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>Documento JSON</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>Documentos JSON (*.json)</translation>
    </message>
    <message>
        <source>Journeyline export</source>
        <translation>Exportación de Journeyline</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Letter sheets, to tape together</source>
        <translation>Hojas Carta para unir con cinta</translation>
    </message>
    <message>
        <source>Letter · 8.5 × 11 in</source>
        <translation>Carta · 8,5 × 11 pulg.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Momento de la verdad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Ne&amp;eds</source>
        <translation>&amp;Necesidades</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativa</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>O&amp;wners</source>
        <translation>R&amp;esponsables</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observada</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a drawing that stays sharp at any size.</source>
        <translation>El mapa de un recorrido como dibujo que se ve nítido a cualquier tamaño.</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a picture, for slides and documents.</source>
        <translation>El mapa de un recorrido como imagen, para diapositivas y documentos.</translation>
    </message>
    <message>
        <source>One sheet of that size</source>
        <translation>Una hoja de ese tamaño</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>PDF poster</source>
        <translation>Póster PDF</translation>
    </message>
    <message>
        <source>PDF posters (*.pdf)</source>
        <translation>Pósteres PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Imagen PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Pain po&amp;ints</source>
        <translation>&amp;Puntos de dolor</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <source>Pale blue</source>
        <translation>Azul pálido</translation>
    </message>
    <message>
        <source>Pale green</source>
        <translation>Verde pálido</translation>
    </message>
    <message>
        <source>Pale grey</source>
        <translation>Gris pálido</translation>
    </message>
    <message>
        <source>Pale lavender</source>
        <translation>Lavanda pálido</translation>
    </message>
    <message>
        <source>Pale peach</source>
        <translation>Melocotón pálido</translation>
    </message>
    <message>
        <source>Pale pink</source>
        <translation>Rosa pálido</translation>
    </message>
    <message>
        <source>Pale turquoise</source>
        <translation>Turquesa pálido</translation>
    </message>
    <message>
        <source>Pale yellow</source>
        <translation>Amarillo pálido</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Desempeño</translation>
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
        <translation>Planificada</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiva</translation>
    </message>
    <message>
        <source>Print &amp;on:</source>
        <translation>Imprimir &amp;en:</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Victoria rápida</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Púrpura rojizo</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Declarada</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Reseña</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>Imagen SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Azul cielo</translation>
    </message>
    <message>
        <source>Slate grey</source>
        <translation>Gris pizarra</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Steel blue</source>
        <translation>Azul acero</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Relato</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Contacto con soporte</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Tabloid · 11 × 17 in</source>
        <translation>Tabloide · 11 × 17 pulg.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>The map, the action list and the station details, ready to print.</source>
        <translation>El mapa, el plan de acción y el detalle de las estaciones, listos para imprimir.</translation>
    </message>
    <message>
        <source>The whole workshop as an interchange document, to import elsewhere.</source>
        <translation>Todo el taller como documento de intercambio, para importarlo en otro lugar.</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>El idioma del taller</translation>
    </message>
    <message>
        <source>Time sink</source>
        <translation>Pérdida de tiempo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Vermilion</source>
        <translation>Bermellón</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Muy negativa</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>Muy positiva</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>action title</source>
        <translation>título de la acción</translation>
    </message>
    <message>
        <source>business goal</source>
        <translation>objetivo de negocio</translation>
    </message>
    <message>
        <source>customer quotes</source>
        <translation>citas de clientes</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>details</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>ppp</translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation>abandono</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>fecha límite</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>esfuerzo</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>emoción</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>frustraciones</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>objetivos</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impacto</translation>
    </message>
    <message>
        <source>journey state</source>
        <translation>estado del recorrido</translation>
    </message>
    <message>
        <source>journey&apos;s name</source>
        <translation>nombre del recorrido</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>line colour</source>
        <translation>color de la línea</translation>
    </message>
    <message>
        <source>line kind</source>
        <translation>tipo de línea</translation>
    </message>
    <message>
        <source>line name</source>
        <translation>nombre de la línea</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>momento de la verdad</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>necesidades</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>number of customers</source>
        <translation>número de clientes</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>nombre del responsable</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>puntos de dolor</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>desempeño</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>persona colour</source>
        <translation>color de la persona</translation>
    </message>
    <message>
        <source>persona&apos;s name</source>
        <translation>nombre de la persona</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>phase colour</source>
        <translation>color de la fase</translation>
    </message>
    <message>
        <source>phase name</source>
        <translation>nombre de la fase</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>role</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmento</translation>
    </message>
    <message>
        <source>station</source>
        <translation>estación</translation>
    </message>
    <message>
        <source>station title</source>
        <translation>título de la estación</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>storyline</source>
        <translation>relato</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>punto de contacto</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>workshop title</source>
        <translation>título del taller</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>The workshop file is gone</source>
        <translation>El archivo del taller ha desaparecido</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
</context>
<context>
    <name>FileProblems</name>
    <message>
        <source>Another program is writing to the library “{library}”; try again in a moment. Nothing was changed.</source>
        <translation>Otro programa está escribiendo en la biblioteca «{library}»; inténtelo de nuevo en un momento. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop (“{exported}”); nothing was changed.</source>
        <translation>Ninguna de las {count} acciones de {file} está en este taller: la lista se exportó de otro taller («{exported}»); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop; nothing was changed.</source>
        <translation>Ninguna de las {count} acciones de {file} está en este taller: la lista se exportó de otro taller; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Row {row}: the new action “{title}” gets no owner, as “{needed}” is not created.</source>
        <translation>Fila {row}: la nueva acción «{title}» no recibe responsable, porque «{needed}» no se crea.</translation>
    </message>
    <message>
        <source>Row {row}: the {field} of “{action}” was changed both in the list (to {listed}) and in the workshop since the export (to {current}); the list&apos;s value is the one applied.</source>
        <translation>Fila {row}: el campo «{field}» de «{action}» se cambió tanto en la lista (a {listed}) como en el taller después de la exportación (a {current}); se aplica el valor de la lista.</translation>
    </message>
    <message>
        <source>Row {row}: “{action}” keeps its owner {owner}, as “{needed}” is not created.</source>
        <translation>Fila {row}: «{action}» conserva su responsable {owner}, porque «{needed}» no se crea.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has no “{header}” column (row {row} is its header), so every action keeps its {field}.</source>
        <translation>La hoja «{sheet}» no tiene columna «{header}» (la fila {row} es su encabezado), así que cada acción conserva su campo «{field}».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} has no action key: it is taken as the action “{title}” of the workshop, which has the same title.</source>
        <translation>La hoja «{sheet}», fila {row} no tiene clave de acción: se toma como la acción «{title}» del taller, que tiene el mismo título.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} holds only formulas (a totals row?), so it is not read as an action.</source>
        <translation>La hoja «{sheet}», fila {row} solo contiene fórmulas (¿una fila de totales?), así que no se lee como acción.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} is a new action, but the sheet has no “{header}” column to give it a title.</source>
        <translation>La hoja «{sheet}», fila {row} es una acción nueva, pero la hoja no tiene columna «{header}» que le dé un título.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} names no journey: the list needs a “{header}” column naming the journey of the new action ({journeys}).</source>
        <translation>La hoja «{sheet}», fila {row} no indica ningún recorrido: la lista necesita una columna «{header}» que indique el recorrido de la nueva acción ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the Excel error “{value}”.</source>
        <translation>La hoja «{sheet}», fila {row}, columna {column} ({header}) contiene el error de Excel «{value}».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}” with no value computed by Excel: it is read as that text, never run.</source>
        <translation>La hoja «{sheet}», fila {row}, columna {column} ({header}) contiene la fórmula «{formula}» sin un valor calculado por Excel: se lee como ese texto y nunca se ejecuta.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}”: its value as Excel last showed it, “{value}”, is read.</source>
        <translation>La hoja «{sheet}», fila {row}, columna {column} ({header}) contiene la fórmula «{formula}»: se lee su valor tal como Excel lo mostró por última vez, «{value}».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, the name of {count} journeys: rename one of them in Journeyline first.</source>
        <translation>La hoja «{sheet}», fila {row}, columna {column} ({header}) contiene «{name}», el nombre de {count} recorridos: cambie primero el nombre de uno de ellos en Journeyline.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, which is no journey of this workshop ({journeys}).</source>
        <translation>La hoja «{sheet}», fila {row}, columna {column} ({header}) contiene «{name}», que no es ningún recorrido de este taller ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but no station has that title: the action&apos;s station is left as it is.</source>
        <translation>La hoja «{sheet}», fila {row}, columna {column} ({header}) contiene «{title}», pero ninguna estación tiene ese título: la estación de la acción se queda como está.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but {count} stations have that title: the action&apos;s station is left as it is.</source>
        <translation>La hoja «{sheet}», fila {row}, columna {column} ({header}) contiene «{title}», pero {count} estaciones tienen ese título: la estación de la acción se queda como está.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”, which is not an action key Journeyline wrote: clear that hidden cell to add the row as a new action.</source>
        <translation>La hoja «{sheet}», fila {row}, columna {column} ({header}) contiene «{value}», que no es una clave de acción escrita por Journeyline: vacíe esa celda oculta para añadir la fila como acción nueva.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”.</source>
        <translation>La hoja «{sheet}», fila {row}, columna {column} ({header}) contiene «{value}».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty.</source>
        <translation>La hoja «{sheet}», fila {row}, columna {column} ({header}) está vacía.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: name the journey of the new action ({journeys}).</source>
        <translation>La hoja «{sheet}», fila {row}, columna {column} ({header}) está vacía: indique el recorrido de la nueva acción ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: the status of “{action}” stays “{status}”.</source>
        <translation>La hoja «{sheet}», fila {row}, columna {column} ({header}) está vacía: el estado de «{action}» sigue siendo «{status}».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: its action is no longer in the workshop (deleted after the export?), so the row is left out.</source>
        <translation>La hoja «{sheet}», fila {row}: su acción ya no está en el taller (¿borrada después de la exportación?), así que la fila se omite.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: the “{header}” column names “{named}”, but the action is in “{actual}”, where it stays.</source>
        <translation>La hoja «{sheet}», fila {row}: la columna «{header}» indica «{named}», pero la acción está en «{actual}», donde se queda.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, rows {first} and {second} carry the same hidden action key in column {column}: one row was copied from the other, so clear that cell in the copy to add it as a new action.</source>
        <translation>La hoja «{sheet}», filas {first} y {second} llevan la misma clave de acción oculta en la columna {column}: una fila se copió de la otra, así que vacíe esa celda en la copia para añadirla como acción nueva.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, {count} rows ({rows}): the “{header}” column names “{named}”, but the actions are in “{actual}”, where they stay.</source>
        <translation>La hoja «{sheet}», {count} filas ({rows}): la columna «{header}» indica «{named}», pero las acciones están en «{actual}», donde se quedan.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved in {folder}: {reason}.</source>
        <translation>No se pudo guardar la elección de biblioteca en {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved. {problem}</source>
        <translation>No se pudo guardar la elección de biblioteca. {problem}</translation>
    </message>
    <message>
        <source>The connection to the library “{library}” was lost; nothing was changed.</source>
        <translation>Se perdió la conexión con la biblioteca «{library}»; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The copy {file} failed its check.</source>
        <translation>La copia {file} no superó la comprobación.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be reached; nothing was changed.</source>
        <translation>No se puede acceder a la biblioteca «{library}»; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be used: {module} is not installed.</source>
        <translation>No se puede usar la biblioteca «{library}»: {module} no está instalado.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: it is read-only; nothing was changed.</source>
        <translation>No se puede escribir en la biblioteca «{library}»: es de solo lectura; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: the disk is full; nothing was changed.</source>
        <translation>No se puede escribir en la biblioteca «{library}»: el disco está lleno; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The library “{library}” could not be used: {reason}. Nothing was changed.</source>
        <translation>No se pudo usar la biblioteca «{library}»: {reason}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The library “{library}” is not set up for this Journeyline yet, and your database role may not set it up; ask the library&apos;s owner to run &apos;journeyline library setup&apos; once.</source>
        <translation>La biblioteca «{library}» aún no está preparada para este Journeyline, y su rol de base de datos no puede prepararla; pida al propietario de la biblioteca que ejecute &apos;journeyline library setup&apos; una vez.</translation>
    </message>
    <message>
        <source>The library “{library}” was set up by a newer Journeyline; please update Journeyline to use it.</source>
        <translation>La biblioteca «{library}» fue preparada por un Journeyline más reciente; actualice Journeyline para usarla.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” has no such database; nothing was changed.</source>
        <translation>El servidor de la biblioteca «{library}» no tiene esa base de datos; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” refused the sign-in (user or password); nothing was changed.</source>
        <translation>El servidor de la biblioteca «{library}» rechazó el inicio de sesión (usuario o contraseña); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The workshop could not be prepared for export: {reason}.</source>
        <translation>No se pudo preparar el taller para la exportación: {reason}.</translation>
    </message>
    <message>
        <source>Version {number} of “{title}” in the library “{library}” cannot be read: {place}: {rule}</source>
        <translation>No se puede leer la versión {number} de «{title}» en la biblioteca «{library}»: {place}: {rule}</translation>
    </message>
    <message>
        <source>Your database role may not publish to the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Su rol de base de datos no puede publicar en la biblioteca «{library}»: pida al propietario de la biblioteca que le conceda el permiso; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Your database role may not read the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Su rol de base de datos no puede leer la biblioteca «{library}»: pida al propietario de la biblioteca que le conceda el permiso; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>action {id}</source>
        <translation>la acción {id}</translation>
    </message>
    <message>
        <source>binary data ({count} bytes)</source>
        <translation>datos binarios ({count} bytes)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>journey {id}</source>
        <translation>el recorrido {id}</translation>
    </message>
    <message>
        <source>line {id}</source>
        <translation>la línea {id}</translation>
    </message>
    <message>
        <source>owner {id}</source>
        <translation>el responsable {id}</translation>
    </message>
    <message>
        <source>persona {id}</source>
        <translation>la persona {id}</translation>
    </message>
    <message>
        <source>phase {id}</source>
        <translation>la fase {id}</translation>
    </message>
    <message>
        <source>row {id} of the table {table}</source>
        <translation>la fila {id} de la tabla {table}</translation>
    </message>
    <message>
        <source>station {id}</source>
        <translation>la estación {id}</translation>
    </message>
    <message>
        <source>the workshop record</source>
        <translation>los datos básicos del taller</translation>
    </message>
    <message>
        <source>{file} already exists; it was not overwritten.</source>
        <translation>{file} ya existe; no se ha sobrescrito.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} actions, and a workshop holds at most {max}.</source>
        <translation>No se puede abrir {file}: contiene {count} acciones, y un taller admite como máximo {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} journeys, and a workshop holds at most {max}.</source>
        <translation>No se puede abrir {file}: contiene {count} recorridos, y un taller admite como máximo {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} lines, and a workshop holds at most {max}.</source>
        <translation>No se puede abrir {file}: contiene {count} líneas, y un taller admite como máximo {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} owners, and a workshop holds at most {max}.</source>
        <translation>No se puede abrir {file}: contiene {count} responsables, y un taller admite como máximo {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} personas, and a workshop holds at most {max}.</source>
        <translation>No se puede abrir {file}: contiene {count} personas, y un taller admite como máximo {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} phases, and a workshop holds at most {max}.</source>
        <translation>No se puede abrir {file}: contiene {count} fases, y un taller admite como máximo {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} quotes, and a workshop holds at most {max}.</source>
        <translation>No se puede abrir {file}: contiene {count} citas, y un taller admite como máximo {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} stations, and a workshop holds at most {max}.</source>
        <translation>No se puede abrir {file}: contiene {count} estaciones, y un taller admite como máximo {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it is {size}, and Journeyline reads files of at most {limit}.</source>
        <translation>No se puede abrir {file}: ocupa {size}, y Journeyline lee archivos de {limit} como máximo.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: its side file {side} is not a regular file.</source>
        <translation>No se puede abrir {file}: su archivo auxiliar {side} no es un archivo normal.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>No se puede leer {file}: permiso denegado.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>No se puede leer {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} cannot be used: action {row} belongs to station {other} of another journey.</source>
        <translation>No se puede usar {file}: la acción {row} pertenece a la estación {other} de otro recorrido.</translation>
    </message>
    <message>
        <source>{file} cannot be used: it has no workshop record.</source>
        <translation>No se puede usar {file}: le faltan los datos básicos del taller.</translation>
    </message>
    <message>
        <source>{file} cannot be used: its side files change it into something that is not this workshop file.</source>
        <translation>No se puede usar {file}: sus archivos auxiliares lo convierten en algo que no es este archivo de taller.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on line {other} of another journey.</source>
        <translation>No se puede usar {file}: la estación {row} está en la línea {other} de otro recorrido.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on phase {other} of another journey.</source>
        <translation>No se puede usar {file}: la estación {row} está en la fase {other} de otro recorrido.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the column {column} of {row} is {value}, which is not a valid value.</source>
        <translation>No se puede usar {file}: la columna {column} de {row} es {value}, que no es un valor válido.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a list.</source>
        <translation>No se puede usar {file}: el campo «{field}» de {row} es {value}, que no es una lista.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a valid value.</source>
        <translation>No se puede usar {file}: el campo «{field}» de {row} es {value}, que no es un valor válido.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}. {rule}</source>
        <translation>No se puede usar {file}: el campo «{field}» de {row} es {value}. {rule}</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a journey that is not in the file.</source>
        <translation>No se puede usar {file}: {row} remite a un recorrido que no está en el archivo.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a line that is not in the file.</source>
        <translation>No se puede usar {file}: {row} remite a una línea que no está en el archivo.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a persona that is not in the file.</source>
        <translation>No se puede usar {file}: {row} remite a una persona que no está en el archivo.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a phase that is not in the file.</source>
        <translation>No se puede usar {file}: {row} remite a una fase que no está en el archivo.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a row of the table {table} that is not in the file.</source>
        <translation>No se puede usar {file}: {row} remite a una fila de la tabla {table} que no está en el archivo.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a station that is not in the file.</source>
        <translation>No se puede usar {file}: {row} remite a una estación que no está en el archivo.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an action that is not in the file.</source>
        <translation>No se puede usar {file}: {row} remite a una acción que no está en el archivo.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an owner that is not in the file.</source>
        <translation>No se puede usar {file}: {row} remite a un responsable que no está en el archivo.</translation>
    </message>
    <message>
        <source>{file} could not be checked: {reason}.</source>
        <translation>No se pudo comprobar {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk is full.</source>
        <translation>No se pudo abrir {file}: el disco está lleno.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk reported an error.</source>
        <translation>No se pudo abrir {file}: el disco informó de un error.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the file or its folder is read-only.</source>
        <translation>No se pudo abrir {file}: el archivo o su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>{file} could not be opened: {reason}.</source>
        <translation>No se pudo abrir {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk is full.</source>
        <translation>No se pudo leer {file}: el disco está lleno.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk reported an error.</source>
        <translation>No se pudo leer {file}: el disco informó de un error.</translation>
    </message>
    <message>
        <source>{file} could not be read: the file or its folder is read-only.</source>
        <translation>No se pudo leer {file}: el archivo o su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>No se pudo leer {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk is full.</source>
        <translation>No se pudo guardar {file}: el disco está lleno.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk reported an error.</source>
        <translation>No se pudo guardar {file}: el disco informó de un error.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the file or its folder is read-only.</source>
        <translation>No se pudo guardar {file}: el archivo o su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}.</source>
        <translation>No se pudo guardar {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded: it holds values this Journeyline does not accept; the file is unchanged.</source>
        <translation>No se pudo actualizar {file}: contiene valores que esta versión de Journeyline no acepta; el archivo no ha cambiado.</translation>
    </message>
    <message>
        <source>{file} could not be written: a folder has that name; nothing was written.</source>
        <translation>No se pudo escribir {file}: ya hay una carpeta con ese nombre; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is a Journeyline workshop file, and an export never replaces a workshop; nothing was written.</source>
        <translation>No se pudo escribir {file}: es un archivo de taller de Journeyline, y una exportación nunca sustituye un taller; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is the workshop file being exported; nothing was written.</source>
        <translation>No se pudo escribir {file}: es el archivo de taller que se está exportando; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: its name is {size} bytes long, and the folder allows at most {limit}; nothing was written.</source>
        <translation>No se pudo escribir {file}: el nombre ocupa {size} bytes, y la carpeta admite como máximo {limit}; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: part of the path is not a folder; nothing was written.</source>
        <translation>No se pudo escribir {file}: una parte de la ruta no es una carpeta; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: permission was denied; nothing was written.</source>
        <translation>No se pudo escribir {file}: se denegó el permiso; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full.</source>
        <translation>No se pudo escribir {file}: el disco está lleno.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full; nothing was written.</source>
        <translation>No se pudo escribir {file}: el disco está lleno; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is read-only; nothing was written.</source>
        <translation>No se pudo escribir {file}: el disco es de solo lectura; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error.</source>
        <translation>No se pudo escribir {file}: el disco informó de un error.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error; nothing was written.</source>
        <translation>No se pudo escribir {file}: el disco informó de un error; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is open in another program; nothing was written.</source>
        <translation>No se pudo escribir {file}: el archivo está abierto en otro programa; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only or open in another program; nothing was written.</source>
        <translation>No se pudo escribir {file}: el archivo es de solo lectura o está abierto en otro programa; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only; nothing was written.</source>
        <translation>No se pudo escribir {file}: el archivo es de solo lectura; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file or its folder is read-only.</source>
        <translation>No se pudo escribir {file}: el archivo o su carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder does not exist; nothing was written.</source>
        <translation>No se pudo escribir {file}: la carpeta no existe; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder is read-only; nothing was written.</source>
        <translation>No se pudo escribir {file}: la carpeta es de solo lectura; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is not allowed here; nothing was written.</source>
        <translation>No se pudo escribir {file}: el nombre no está permitido aquí; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is too long; nothing was written.</source>
        <translation>No se pudo escribir {file}: el nombre es demasiado largo; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journey with id {id}; nothing was written.</source>
        <translation>No se pudo escribir {file}: el taller no tiene ningún recorrido con id {id}; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journeys, so there is no map to draw; nothing was written.</source>
        <translation>No se pudo escribir {file}: el taller no tiene recorridos, así que no hay mapa que dibujar; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop holds data the interchange format does not allow ({place}: {rule}); nothing was written.</source>
        <translation>No se pudo escribir {file}: el taller contiene datos que el formato de intercambio no admite ({place}: {rule}); no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: there is no export format {format}; nothing was written.</source>
        <translation>No se pudo escribir {file}: no existe el formato de exportación {format}; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>No se pudo escribir {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}; nothing was written.</source>
        <translation>No se pudo escribir {file}: {reason}; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} no existe.</translation>
    </message>
    <message>
        <source>{file} has file version {version}, which this Journeyline cannot upgrade.</source>
        <translation>{file} tiene la versión de archivo {version}, que esta versión de Journeyline no puede actualizar.</translation>
    </message>
    <message>
        <source>{file} has no record of the values as exported (its hidden sheet is gone), so every difference from the workshop counts as a change in the list, including changes made in the workshop since the export.</source>
        <translation>{file} no guarda los valores tal como se exportaron (su hoja oculta ha desaparecido), así que cada diferencia con el taller cuenta como un cambio en la lista, incluidos los cambios hechos en el taller después de la exportación.</translation>
    </message>
    <message>
        <source>{file} holds the action list twice (sheets “{first}” and “{second}”): keep one of them and try again; nothing was changed.</source>
        <translation>{file} contiene el plan de acción dos veces (hojas «{first}» y «{second}»): conserve una de ellas e inténtelo de nuevo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} is a database of another program, not a Journeyline workshop file.</source>
        <translation>{file} es una base de datos de otro programa, no un archivo de taller de Journeyline.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a workshop file.</source>
        <translation>{file} es una carpeta, no un archivo de taller.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an Excel workbook.</source>
        <translation>{file} es una carpeta, no un libro de Excel.</translation>
    </message>
    <message>
        <source>{file} is a workshop file, not an interchange JSON document; nothing was written.</source>
        <translation>{file} es un archivo de taller, no un documento JSON en el formato de intercambio; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} is a zip archive but not an Excel workbook, so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} es un archivo zip, pero no un libro de Excel, así que no es un plan de acción de Journeyline; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not a Journeyline workshop file.</source>
        <translation>{file} es un archivo zip, no un archivo de taller de Journeyline.</translation>
    </message>
    <message>
        <source>{file} is an old-format Excel (.xls) or other Office file, not a Journeyline action list (.xlsx); nothing was changed.</source>
        <translation>{file} es un archivo de Excel de formato antiguo (.xls) u otro archivo de Office, no un plan de acción de Journeyline (.xlsx); no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} is closed.</source>
        <translation>{file} está cerrado.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read.</source>
        <translation>{file} está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>{file} is damaged: Excel&apos;s parts inside it cannot be read; nothing was changed.</source>
        <translation>{file} está dañado: no se pueden leer sus partes de Excel; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} is damaged: SQLite&apos;s check of the file failed.</source>
        <translation>{file} está dañado: la comprobación del archivo por SQLite falló.</translation>
    </message>
    <message>
        <source>{file} is damaged: a sheet inside it cannot be read; nothing was changed.</source>
        <translation>{file} está dañado: no se puede leer una de sus hojas; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} is damaged: it has no valid file version.</source>
        <translation>{file} está dañado: no tiene una versión de archivo válida.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete Excel workbook; nothing was changed.</source>
        <translation>{file} está dañado: no es un libro de Excel completo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} is damaged: some of its rows refer to rows that do not exist.</source>
        <translation>{file} está dañado: algunas de sus filas remiten a filas que no existen.</translation>
    </message>
    <message>
        <source>{file} is damaged: the file is truncated.</source>
        <translation>{file} está dañado: el archivo está truncado.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not a Journeyline workshop file.</source>
        <translation>{file} está vacío, así que no es un archivo de taller de Journeyline.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not an Excel action list.</source>
        <translation>{file} está vacío, así que no es un plan de acción de Excel.</translation>
    </message>
    <message>
        <source>{file} is in a read-only folder, so it cannot be edited.</source>
        <translation>{file} está en una carpeta de solo lectura, así que no se puede editar.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline action list: no sheet has the hidden action key column that Journeyline&apos;s export writes; nothing was changed.</source>
        <translation>{file} no es un plan de acción de Journeyline: ninguna hoja tiene la columna oculta de claves de acción que escribe la exportación de Journeyline; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline workshop file.</source>
        <translation>{file} no es un archivo de taller de Journeyline.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say), so it is not a workshop file.</source>
        <translation>{file} no es un archivo normal (sino, por ejemplo, una tubería o un dispositivo), así que no es un archivo de taller.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say).</source>
        <translation>{file} no es un archivo normal (sino, por ejemplo, una tubería o un dispositivo).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx), so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} no es un libro de Excel (.xlsx), así que no es un plan de acción de Journeyline; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} is open in Journeyline or another program, so it was not replaced; close it there first. Nothing was written.</source>
        <translation>{file} está abierto en Journeyline o en otro programa, así que no se ha sustituido; ciérrelo allí primero. No se escribió nada.</translation>
    </message>
    <message>
        <source>{file} is open in another Journeyline window or program; close it there first.</source>
        <translation>{file} está abierto en otra ventana de Journeyline o en otro programa; ciérrelo allí primero.</translation>
    </message>
    <message>
        <source>{file} is protected with a password: open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook), save it and try again; nothing was changed.</source>
        <translation>{file} está protegido con contraseña: ábralo en Excel, quite la contraseña (Archivo ▸ Información ▸ Proteger libro), guárdelo e inténtelo de nuevo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} is read-only, so it cannot be edited.</source>
        <translation>{file} es de solo lectura, así que no se puede editar.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB, far more than any action list; it was not read and nothing was changed.</source>
        <translation>{file} se descomprime en más de {limit} MB, mucho más que cualquier plan de acción; no se leyó y no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: file version {version} is not one Journeyline has made.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: la versión de archivo {version} no es ninguna que haya creado Journeyline.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a table {name} that Journeyline does not make.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: contiene una tabla {name} que Journeyline no crea.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a trigger {name} that Journeyline does not make.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: contiene un disparador {name} que Journeyline no crea.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a view {name} that Journeyline does not make.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: contiene una vista {name} que Journeyline no crea.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds an index {name} that Journeyline does not make.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: contiene un índice {name} que Journeyline no crea.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is missing.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: falta su índice {name}.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is not the one Journeyline makes.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: su índice {name} no es el que crea Journeyline.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is missing.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: falta su tabla {name}.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is not the one Journeyline makes.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: su tabla {name} no es la que crea Journeyline.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its tables are not those of a workshop file.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: sus tablas no son las de un archivo de taller.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is missing.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: falta su disparador {name}.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is not the one Journeyline makes.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: su disparador {name} no es el que crea Journeyline.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is missing.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: falta su vista {name}.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is not the one Journeyline makes.</source>
        <translation>{file} se ha modificado fuera de Journeyline y no se puede usar: su vista {name} no es la que crea Journeyline.</translation>
    </message>
    <message>
        <source>{file} was exported from the workshop “{exported}”; this one is “{current}”.</source>
        <translation>{file} se exportó del taller «{exported}»; este es «{current}».</translation>
    </message>
    <message>
        <source>{file} was moved, deleted or replaced by another program, so changes can no longer be saved into it; use Save a copy… to keep the workshop.</source>
        <translation>Otro programa ha movido, eliminado o sustituido {file}, así que los cambios ya no se pueden guardar en él; use Guardar una copia… para conservar el taller.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); Journeyline recovered it as it was before that change.</source>
        <translation>{file} no se cerró correctamente (un cambio quedó a medias, quizá por un fallo); Journeyline lo ha recuperado tal como estaba antes de ese cambio.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); it is read as it was before that change, and the file is left as it is until the editor opens it.</source>
        <translation>{file} no se cerró correctamente (un cambio quedó a medias, quizá por un fallo); se lee tal como estaba antes de ese cambio, y el archivo queda intacto hasta que el editor lo abra.</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing was written.</source>
        <translation>No se importó {file}; no se escribió nada.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer Journeyline (file version {version}); this Journeyline reads file versions up to {newest}, so please update it.</source>
        <translation>{file} se guardó con una versión más reciente de Journeyline (versión de archivo {version}); esta versión lee versiones de archivo hasta la {newest}, así que actualice Journeyline.</translation>
    </message>
    <message>
        <source>{file} was saved by an older Journeyline; open it in the editor once to bring it up to date.</source>
        <translation>{file} se guardó con una versión anterior de Journeyline; ábralo una vez en el editor para actualizarlo.</translation>
    </message>
    <message>
        <source>The library cannot be made in {folder}: {reason}.</source>
        <translation>No se puede crear la biblioteca en {folder}: {reason}.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>The sample workshop could not be created</source>
        <translation>No se pudo crear el taller de ejemplo</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Add improvement idea</source>
        <translation>Añadir idea de mejora</translation>
    </message>
    <message>
        <source>What could be better?</source>
        <translation>¿Qué podría mejorar?</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idea:</translation>
    </message>
    <message>
        <source>At station:</source>
        <translation>En la estación:</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Sin estación</translation>
    </message>
    <message>
        <source>At &amp;station:</source>
        <translation>En la &amp;estación:</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Esfuerzo:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Añadir idea</translation>
    </message>
</context>
<context>
    <name>JourneyComparison</name>
    <message>
        <source>Today and the future</source>
        <translation>Hoy y el futuro</translation>
    </message>
    <message>
        <source>Today&apos;s journey</source>
        <translation>Recorrido actual</translation>
    </message>
    <message>
        <source>Future journey</source>
        <translation>Recorrido futuro</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>Show everything (Ctrl+0)</source>
        <translation>Mostrar todo (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Today:</source>
        <translation>&amp;Hoy:</translation>
    </message>
    <message>
        <source>F&amp;uture:</source>
        <translation>F&amp;uturo:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>{name} · {state}</source>
        <translation>{name} · {state}</translation>
    </message>
    <message>
        <source>Choose a today&apos;s journey and a future journey to compare. No future journey yet? Use “Design the future journey” in the journeys panel.</source>
        <translation>Elija un recorrido actual y uno futuro para compararlos. ¿Aún no hay recorrido futuro? Use «Diseñar el recorrido futuro» en el panel Recorridos.</translation>
    </message>
</context>
<context>
    <name>JourneySwitcher</name>
    <message>
        <source>Journey shown on the map</source>
        <translation>Recorrido mostrado en el mapa</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Ese recorrido ya no existe.</translation>
    </message>
</context>
<context>
    <name>JourneyTextsDialog</name>
    <message>
        <source>The journey on the map</source>
        <translation>El recorrido del mapa</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Storyline:</source>
        <translation>&amp;Hilo narrativo:</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <source>Create a journey from a template or a blank map (Insert)</source>
        <translation>Crear un recorrido desde una plantilla o un mapa vacío (Insert)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Rename the selected journey (F2)</source>
        <translation>Cambiar el nombre del recorrido seleccionado (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected journey (Delete)</source>
        <translation>Eliminar el recorrido seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Diseñar el recorrido futuro</translation>
    </message>
    <message>
        <source>Copy this journey as the future journey, to redesign it (Ctrl+Shift+F)</source>
        <translation>Copiar este recorrido como recorrido futuro para rediseñarlo (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>Compare today and future…</source>
        <translation>Comparar hoy y futuro…</translation>
    </message>
    <message>
        <source>Show today&apos;s and the future journey one above the other, with both emotion curves</source>
        <translation>Mostrar el recorrido actual y el futuro uno encima del otro, con ambas curvas de emociones</translation>
    </message>
    <message>
        <source>About this journey</source>
        <translation>Sobre este recorrido</translation>
    </message>
    <message>
        <source>{state} · no persona</source>
        <translation>{state} · sin persona</translation>
    </message>
    <message>
        <source>What this journey covers, in words the client will read.</source>
        <translation>Qué abarca este recorrido, con palabras que leerá el cliente.</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Hilo narrativo</translation>
    </message>
    <message>
        <source>The story of this journey as the room tells it.</source>
        <translation>La historia de este recorrido tal como la cuenta la sala.</translation>
    </message>
    <message>
        <source>{name}
{subtitle}</source>
        <translation>{name}
{subtitle}</translation>
    </message>
    <message>
        <source>The journey could not be created.</source>
        <translation>No se pudo crear el recorrido.</translation>
    </message>
    <message>
        <source>Delete the journey “{name}” with its {stations} and {actions}? Undo brings it back.</source>
        <translation>¿Eliminar el recorrido «{name}» con sus {stations} y {actions}? Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Eliminar recorrido</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n estación</numerusform>
            <numerusform>%n estaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>station</source>
        <translation>estación</translation>
    </message>
    <message>
        <source>need</source>
        <translation>necesidad</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>punto de dolor</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>Open from library</source>
        <translation>Abrir desde la biblioteca</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Search stations, needs, pain points, quotes and actions of every map</source>
        <translation>Buscar estaciones, necesidades, puntos de dolor, citas y acciones en todos los mapas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Mapas</translation>
    </message>
    <message>
        <source>The local library</source>
        <translation>La biblioteca local</translation>
    </message>
    <message>
        <source>The library at %1</source>
        <translation>La biblioteca en %1</translation>
    </message>
    <message>
        <source>The library has no published maps yet.</source>
        <translation>La biblioteca aún no tiene mapas publicados.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>Nothing in the library matches what you searched for.</source>
        <translation>Nada en la biblioteca coincide con su búsqueda.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The library cannot be used</source>
        <translation>No se puede usar la biblioteca</translation>
    </message>
    <message>
        <source>%1 (offline)…</source>
        <translation>%1 (sin conexión)…</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the template in the local library.</source>
        <translation>Se publicó «%1» como versión %2 de la plantilla en la biblioteca local.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the template in the library at %3.</source>
        <translation>Se publicó «%1» como versión %2 de la plantilla en la biblioteca en %3.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the local library.</source>
        <translation>Se publicó «%1» como versión %2 del mapa en la biblioteca local.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the library at %3.</source>
        <translation>Se publicó «%1» como versión %2 del mapa en la biblioteca en %3.</translation>
    </message>
    <message>
        <source>Publish as a new map</source>
        <translation>Publicar como mapa nuevo</translation>
    </message>
    <message>
        <source>Open the latest version</source>
        <translation>Abrir la última versión</translation>
    </message>
    <message>
        <source>{name} (library version {number})</source>
        <translation>{name} (versión de la biblioteca {number})</translation>
    </message>
    <message>
        <source>Save the working copy as</source>
        <translation>Guardar la copia de trabajo como</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>No abierto</translation>
    </message>
    <message>
        <source>“%1” is the workshop open now; choose another name.</source>
        <translation>«%1» es el taller abierto ahora; elija otro nombre.</translation>
    </message>
    <message>
        <source>Opened version %1 of “%2” from the library as “%3”.</source>
        <translation>Se abrió la versión %1 de «%2» de la biblioteca como «%3».</translation>
    </message>
    <message>
        <source>House template, version %1 by %2, %3</source>
        <translation>Plantilla de la casa, versión %1 de %2, %3</translation>
    </message>
    <message>
        <source>That template is no longer in the library.</source>
        <translation>Esa plantilla ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>Library not changed</source>
        <translation>No se cambió la biblioteca</translation>
    </message>
    <message>
        <source>Journeyline now uses the local library.</source>
        <translation>Journeyline usa ahora la biblioteca local.</translation>
    </message>
    <message>
        <source>Journeyline now uses the library at %1.</source>
        <translation>Journeyline usa ahora la biblioteca en %1.</translation>
    </message>
    <message>
        <source>Working copy.journey</source>
        <translation>Copia de trabajo.journey</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsDialog</name>
    <message>
        <source>Library settings</source>
        <translation>Configuración de la biblioteca</translation>
    </message>
    <message>
        <source>The local library on this computer</source>
        <translation>La biblioteca local de este equipo</translation>
    </message>
    <message>
        <source>A team library (PostgreSQL):</source>
        <translation>Una biblioteca de equipo (PostgreSQL):</translation>
    </message>
    <message>
        <source>Keep the password out of the address: PostgreSQL reads it from ~/.pgpass. The command line uses the same library.</source>
        <translation>No ponga la contraseña en la dirección: PostgreSQL la lee de ~/.pgpass. La línea de comandos usa la misma biblioteca.</translation>
    </message>
</context>
<context>
    <name>LinePage</name>
    <message>
        <source>Where the customer meets us</source>
        <translation>Donde el cliente nos encuentra</translation>
    </message>
    <message>
        <source>What happens behind the line of visibility</source>
        <translation>Lo que ocurre tras la línea de visibilidad</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Line name</source>
        <translation>Nombre de la línea</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
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
        <translation>Se guardó una copia como «{name}»</translation>
    </message>
    <message>
        <source>Add to the map</source>
        <translation>Añadir al mapa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Deshacer: {what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Rehacer: {what}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Add to the &amp;map</source>
        <translation>Añadir a&amp;l mapa</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barra de herramientas</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Recorrido</translation>
    </message>
</context>
<context>
    <name>MapOperations</name>
    <message>
        <source>New station</source>
        <translation>Nueva estación</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nueva fase</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nueva línea</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Eliminar fase</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Eliminar línea</translation>
    </message>
    <message numerus="yes">
        <source>Delete the phase {name} and its %n station(s)?</source>
        <translation>
            <numerusform>¿Eliminar la fase {name} y su %n estación?</numerusform>
            <numerusform>¿Eliminar la fase {name} y sus %n estaciones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the line {name} and its %n station(s)?</source>
        <translation>
            <numerusform>¿Eliminar la línea {name} y su %n estación?</numerusform>
            <numerusform>¿Eliminar la línea {name} y sus %n estaciones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} phases and their %n station(s)?</source>
        <translation>
            <numerusform>¿Eliminar {count} fases y su %n estación?</numerusform>
            <numerusform>¿Eliminar {count} fases y sus %n estaciones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} lines and their %n station(s)?</source>
        <translation>
            <numerusform>¿Eliminar {count} líneas y su %n estación?</numerusform>
            <numerusform>¿Eliminar {count} líneas y sus %n estaciones?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n punto de dolor</numerusform>
            <numerusform>%n puntos de dolor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) of truth</source>
        <translation>
            <numerusform>%n momento de la verdad</numerusform>
            <numerusform>%n momentos de la verdad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more in the spotlight</source>
        <translation>
            <numerusform>+%n más en el primer plano</numerusform>
            <numerusform>+%n más en el primer plano</numerusform>
        </translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <source>▸ more in the spotlight</source>
        <translation>▸ más en el primer plano</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Línea de visibilidad</translation>
    </message>
</context>
<context>
    <name>MapTooltips</name>
    <message>
        <source>Emotion: not assessed</source>
        <translation>Emoción: sin valorar</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Emoción: {label} ({value})</translation>
    </message>
    <message>
        <source>★ Moment of truth</source>
        <translation>★ Momento de la verdad</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Responsable: {name}</translation>
    </message>
    <message>
        <source>Touchpoint: {text}</source>
        <translation>Punto de contacto: {text}</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <source>Improvement ideas</source>
        <translation>Ideas de mejora</translation>
    </message>
    <message>
        <source>Backstage line</source>
        <translation>Línea de trastienda</translation>
    </message>
    <message>
        <source>Frontstage line</source>
        <translation>Línea visible para el cliente</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n más</numerusform>
            <numerusform>… %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Choose a colour</source>
        <translation>Elija un color</translation>
    </message>
    <message>
        <source>Click to edit the journey’s name, description and storyline</source>
        <translation>Haga clic para editar el nombre, la descripción y el hilo narrativo del recorrido</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Effort and value matrix</source>
        <translation>Matriz de esfuerzo y valor</translation>
    </message>
</context>
<context>
    <name>MergeOwnersDialog</name>
    <message>
        <source>Merge owners</source>
        <translation>Fusionar responsables</translation>
    </message>
    <message>
        <source>Owner to keep</source>
        <translation>Responsable que se conserva</translation>
    </message>
    <message>
        <source>“{name}” ({work}) is merged into the owner you choose: its stations and actions move there and “{name}” is removed.</source>
        <translation>«{name}» ({work}) se fusiona con el responsable que elija: sus estaciones y acciones pasan a él y «{name}» se elimina.</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Fusionar &amp;con:</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message numerus="yes">
        <source>… and %n more (see Show Details).</source>
        <translation>
            <numerusform>… y %n más (vea Mostrar detalles).</numerusform>
            <numerusform>… y %n más (vea Mostrar detalles).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoreChip</name>
    <message>
        <source>Show the next cards of this cell</source>
        <translation>Mostrar las siguientes tarjetas de esta celda</translation>
    </message>
</context>
<context>
    <name>NewJourneyDialog</name>
    <message>
        <source>New journey</source>
        <translation>Nuevo recorrido</translation>
    </message>
    <message>
        <source>e.g. Moving house</source>
        <translation>p. ej. Mudanza</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Mapa en blanco</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Sin persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de:</translation>
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
        <translation>Talleres de Journeyline (*.journey);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Workshops and JSON documents (*.journey *.json)</source>
        <translation>Talleres y documentos JSON (*.journey *.json)</translation>
    </message>
    <message>
        <source>The workshop could not be opened</source>
        <translation>No se pudo abrir el taller</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {e}</source>
        <translation>No se pudo abrir «{name}»: {e}</translation>
    </message>
    <message>
        <source>The workshop was recovered</source>
        <translation>Se recuperó el taller</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Abrir taller</translation>
    </message>
    <message>
        <source>New workshop.journey</source>
        <translation>Nuevo taller.journey</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Guardar el taller nuevo como</translation>
    </message>
    <message>
        <source>The workshop could not be created</source>
        <translation>No se pudo crear el taller</translation>
    </message>
    <message>
        <source>“{name}” is the workshop open now; choose another name.</source>
        <translation>«{name}» es el taller abierto ahora; elija otro nombre.</translation>
    </message>
    <message>
        <source>{name} copy.journey</source>
        <translation>{name} copia.journey</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Guardar una copia como</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>No se pudo guardar la copia</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Edit owner</source>
        <translation>Editar responsable</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nuevo responsable</translation>
    </message>
    <message>
        <source>A person or a department</source>
        <translation>Una persona o un departamento</translation>
    </message>
    <message>
        <source>e.g. Product owner</source>
        <translation>p. ej. Product owner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
</context>
<context>
    <name>OwnerField</name>
    <message>
        <source>No owner</source>
        <translation>Sin responsable</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Pick an owner or type a new name</source>
        <translation>Elija un responsable o escriba un nombre nuevo</translation>
    </message>
</context>
<context>
    <name>OwnersPanel</name>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Add an owner (Insert)</source>
        <translation>Añadir un responsable (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected owner (Enter)</source>
        <translation>Editar el responsable seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Merge the selected owner into another one (Ctrl+M)</source>
        <translation>Fusionar el responsable seleccionado con otro (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected owner; their work becomes unowned</source>
        <translation>Eliminar el responsable seleccionado; su trabajo queda sin responsable</translation>
    </message>
    <message>
        <source>Stations and actions of the owner</source>
        <translation>Estaciones y acciones del responsable</translation>
    </message>
    <message>
        <source>Enter or double-click: show the station on the map</source>
        <translation>Intro o doble clic: mostrar la estación en el mapa</translation>
    </message>
    <message>
        <source>No role or email yet</source>
        <translation>Aún sin función ni correo</translation>
    </message>
    <message>
        <source>Select an owner to see their stations and actions.</source>
        <translation>Seleccione un responsable para ver sus estaciones y acciones.</translation>
    </message>
    <message>
        <source>Stations and actions of {name}</source>
        <translation>Estaciones y acciones de {name}</translation>
    </message>
    <message>
        <source>Stations ({count})</source>
        <translation>Estaciones ({count})</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Acciones ({count})</translation>
    </message>
    <message>
        <source>{priority} · {status} · at {station}</source>
        <translation>{priority} · {status} · en {station}</translation>
    </message>
    <message>
        <source>{stations}, {actions}</source>
        <translation>{stations}, {actions}</translation>
    </message>
    <message>
        <source>Delete “{name}”? Their {stations} and {actions} become unowned. To hand them to someone else, merge instead.</source>
        <translation>¿Eliminar «{name}»? Sus {stations} y {actions} quedarán sin responsable. Para pasárselas a otra persona, combine en su lugar.</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>¿Eliminar «{name}»?</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Eliminar responsable</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n station(s)</source>
        <translation>
            <numerusform>%n estación</numerusform>
            <numerusform>%n estaciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Palette</name>
    <message>
        <source>Drag a tile onto the map, or click it to add at the selection.</source>
        <translation>Arrastre una ficha al mapa o haga clic para añadirla en la selección.</translation>
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
        <translation>Este recorrido</translation>
    </message>
    <message>
        <source>The persona of the journey on the map</source>
        <translation>La persona del recorrido del mapa</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>«{quote}»</translation>
    </message>
    <message>
        <source>In: {journeys}</source>
        <translation>En: {journeys}</translation>
    </message>
    <message>
        <source>Not used by any journey yet</source>
        <translation>Aún no se usa en ningún recorrido</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>Edit persona</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>e.g. Kari, the busy parent</source>
        <translation>p. ej. Kari, la madre o el padre ocupado</translation>
    </message>
    <message>
        <source>Choose the persona&apos;s colour</source>
        <translation>Elija el color de la persona</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Uno por línea</translation>
    </message>
    <message>
        <source>In the persona&apos;s own words</source>
        <translation>Con las palabras de la persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>&amp;Necesidades:</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Frustraciones:</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Cita:</translation>
    </message>
    <message>
        <source> Choose…</source>
        <translation> Elegir…</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Color de la persona</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>New persona…</source>
        <translation>Nueva persona…</translation>
    </message>
    <message>
        <source>Create a persona (Insert)</source>
        <translation>Crear una persona (Insert)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected persona (Enter)</source>
        <translation>Editar la persona seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected persona (Delete)</source>
        <translation>Eliminar la persona seleccionada (Supr)</translation>
    </message>
    <message>
        <source>Use for this journey</source>
        <translation>Usar para este recorrido</translation>
    </message>
    <message>
        <source>Make the selected persona the persona of the journey on the map (Ctrl+Return)</source>
        <translation>Hacer de la persona seleccionada la persona del recorrido del mapa (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>No personas yet. Create one with “New persona…”.</source>
        <translation>Aún no hay personas. Cree una con «Nueva persona…».</translation>
    </message>
    <message>
        <source>Remove from this journey</source>
        <translation>Quitar de este recorrido</translation>
    </message>
    <message>
        <source>“{name}” is the persona of {journeys}. Delete it anyway? The journeys keep their maps, without a persona.</source>
        <translation>«{name}» es la persona de {journeys}. ¿Eliminarla de todos modos? Los recorridos conservan sus mapas, sin persona.</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Eliminar persona</translation>
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
        <translation>Nombre de la fase</translation>
    </message>
    <message>
        <source>What this stage of the journey is about</source>
        <translation>De qué trata esta etapa del recorrido</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>El idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Journeyline.</source>
        <translation>La ventana usará el nuevo idioma la próxima vez que inicie Journeyline.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Fase siguiente</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Fase anterior</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Mapa completo</translation>
    </message>
    <message>
        <source>Last phase</source>
        <translation>Última fase</translation>
    </message>
    <message>
        <source>Show the station alone</source>
        <translation>Mostrar la estación sola</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Salir de la presentación</translation>
    </message>
    <message>
        <source>Emotion: {label} ({sign})</source>
        <translation>Emoción: {label} ({sign})</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Seleccione una estación y pulse Intro para mostrarla sola</translation>
    </message>
    <message>
        <source>Select a station to set its emotion</source>
        <translation>Seleccione una estación para fijar su emoción</translation>
    </message>
    <message>
        <source>Backstage work has no customer emotion: select a customer’s station</source>
        <translation>El trabajo de trastienda no tiene emoción del cliente: seleccione una estación del cliente</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Actions shown</source>
        <translation>Acciones mostradas</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Letra grande</translation>
    </message>
    <message>
        <source>Drag a card to rate it · Ctrl+arrows move the selected card</source>
        <translation>Arrastre una tarjeta para valorarla · Ctrl+flechas mueven la tarjeta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Todos los recorridos</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Recorrido del mapa</translation>
    </message>
    <message>
        <source>{first}–{last} of {count}  ▸</source>
        <translation>{first}–{last} de {count}  ▸</translation>
    </message>
    <message>
        <source>Unrated: clear effort and value</source>
        <translation>Sin valorar: borrar esfuerzo y valor</translation>
    </message>
    <message>
        <source>Effort {effort} · value {value}: {priority}</source>
        <translation>Esfuerzo {effort} · valor {value}: {priority}</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Victorias rápidas</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Grandes apuestas</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Rellenos</translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation>Pérdidas de tiempo</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Esfuerzo →</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>Valor →</translation>
    </message>
    <message>
        <source>Unrated  ·  {count}</source>
        <translation>Sin valorar  ·  {count}</translation>
    </message>
    <message>
        <source>Drag an idea onto the matrix to rate its effort and value</source>
        <translation>Arrastre una idea a la matriz para valorar su esfuerzo y su valor</translation>
    </message>
    <message>
        <source>{priority} · effort {effort} · value {value}</source>
        <translation>{priority} · esfuerzo {effort} · valor {value}</translation>
    </message>
    <message>
        <source>{status} · no owner</source>
        <translation>{status} · sin responsable</translation>
    </message>
    <message>
        <source>Click to show its station on the map</source>
        <translation>Haga clic para mostrar su estación en el mapa</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Select one item to see and edit its details.</source>
        <translation>Seleccione un elemento para ver y editar sus detalles.</translation>
    </message>
    <message numerus="yes">
        <source>%n stations selected</source>
        <translation>
            <numerusform>%n estación seleccionada</numerusform>
            <numerusform>%n estaciones seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phases selected</source>
        <translation>
            <numerusform>%n fase seleccionada</numerusform>
            <numerusform>%n fases seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines selected</source>
        <translation>
            <numerusform>%n línea seleccionada</numerusform>
            <numerusform>%n líneas seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a station, a phase header or a line name on the map to see and edit its details here.</source>
        <translation>Haga clic en una estación, un encabezado de fase o un nombre de línea del mapa para ver y editar aquí sus detalles.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>Publicar en la biblioteca</translation>
    </message>
    <message>
        <source>Publish “%1” to the local library.</source>
        <translation>Publicar «%1» en la biblioteca local.</translation>
    </message>
    <message>
        <source>Publish “%1” to the library at %2.</source>
        <translation>Publicar «%1» en la biblioteca en %2.</translation>
    </message>
    <message>
        <source>As version %1 of “%2” (this copy is version %3)</source>
        <translation>Como versión %1 de «%2» (esta copia es la versión %3)</translation>
    </message>
    <message>
        <source>As a new version (this copy is not from the library)</source>
        <translation>Como versión nueva (esta copia no viene de la biblioteca)</translation>
    </message>
    <message>
        <source>As a new map</source>
        <translation>Como mapa nuevo</translation>
    </message>
    <message>
        <source>One journey as a house template:</source>
        <translation>Un recorrido como plantilla de la casa:</translation>
    </message>
    <message>
        <source>What changed, e.g. after workshop 2</source>
        <translation>Qué cambió, p. ej. tras el taller 2</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Mensaje:</translation>
    </message>
</context>
<context>
    <name>QuotesEditor</name>
    <message>
        <source>Customer quotes</source>
        <translation>Citas de clientes</translation>
    </message>
    <message>
        <source>Add what a customer said…</source>
        <translation>Añada lo que dijo un cliente…</translation>
    </message>
    <message>
        <source>New customer quote</source>
        <translation>Nueva cita de cliente</translation>
    </message>
    <message>
        <source>Source of the quote</source>
        <translation>Origen de la cita</translation>
    </message>
    <message>
        <source>Add the quote</source>
        <translation>Añadir la cita</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove the quote</source>
        <translation>Quitar la cita</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
</context>
<context>
    <name>RatingPicker</name>
    <message>
        <source>{name}: {n} of 5 (click again to clear)</source>
        <translation>{name}: {n} de 5 (haga clic de nuevo para borrar)</translation>
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
        <translation>pequeño</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>large</source>
        <translation>grande</translation>
    </message>
    <message>
        <source>very large</source>
        <translation>muy grande</translation>
    </message>
    <message>
        <source>little</source>
        <translation>poco</translation>
    </message>
    <message>
        <source>some</source>
        <translation>algo</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>muy alto</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>Quick win: value 4 or more, effort 2 or less</source>
        <translation>Victoria rápida: valor 4 o más, esfuerzo 2 o menos</translation>
    </message>
    <message>
        <source>Big bet: value 4 or more, effort 3 or more</source>
        <translation>Gran apuesta: valor 4 o más, esfuerzo 3 o más</translation>
    </message>
    <message>
        <source>Fill-in: value 3 or less, effort 2 or less</source>
        <translation>Relleno: valor 3 o menos, esfuerzo 2 o menos</translation>
    </message>
    <message>
        <source>Time sink: value 3 or less, effort 3 or more</source>
        <translation>Pérdida de tiempo: valor 3 o menos, esfuerzo 3 o más</translation>
    </message>
    <message>
        <source>Unrated: effort or value not set yet</source>
        <translation>Sin valorar: esfuerzo o valor aún sin fijar</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>No recent workshops</source>
        <translation>No hay talleres recientes</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>A customer quote contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Una cita de cliente contiene el carácter de control {code}; el texto puede contener tabulaciones y saltos de línea, pero ningún otro carácter de control.</translation>
    </message>
    <message>
        <source>A customer quote must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Una cita de cliente debe contener al menos un carácter visible, no solo espacios o caracteres invisibles.</translation>
    </message>
    <message>
        <source>A journey keeps at least one line.</source>
        <translation>Un recorrido conserva al menos una línea.</translation>
    </message>
    <message>
        <source>A journey keeps at least one phase.</source>
        <translation>Un recorrido conserva al menos una fase.</translation>
    </message>
    <message>
        <source>A journey needs at least one phase and one line.</source>
        <translation>Un recorrido necesita al menos una fase y una línea.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} actions; this one is full.</source>
        <translation>Un taller admite como máximo {max} acciones; este está lleno.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} journeys; this one is full.</source>
        <translation>Un taller admite como máximo {max} recorridos; este está lleno.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} lines; this one is full.</source>
        <translation>Un taller admite como máximo {max} líneas; este está lleno.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} owners; this one is full.</source>
        <translation>Un taller admite como máximo {max} responsables; este está lleno.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} personas; this one is full.</source>
        <translation>Un taller admite como máximo {max} personas; este está lleno.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} phases; this one is full.</source>
        <translation>Un taller admite como máximo {max} fases; este está lleno.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} quotes; this one is full.</source>
        <translation>Un taller admite como máximo {max} citas; este está lleno.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} stations; this one is full.</source>
        <translation>Un taller admite como máximo {max} estaciones; este está lleno.</translation>
    </message>
    <message>
        <source>A workshop keeps at least one journey.</source>
        <translation>Un taller conserva al menos un recorrido.</translation>
    </message>
    <message>
        <source>Choose two different owners to merge.</source>
        <translation>Elija dos responsables distintos para combinarlos.</translation>
    </message>
    <message>
        <source>Each customer quote must be 1 to {max} characters long.</source>
        <translation>Cada cita de cliente debe tener de 1 a {max} caracteres.</translation>
    </message>
    <message>
        <source>Each of the {field} can be at most {max} characters.</source>
        <translation>Cada elemento del campo «{field}» puede tener como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>No station to delete.</source>
        <translation>No hay ninguna estación que eliminar.</translation>
    </message>
    <message>
        <source>No station to duplicate.</source>
        <translation>No hay ninguna estación que duplicar.</translation>
    </message>
    <message>
        <source>No station to move.</source>
        <translation>No hay ninguna estación que mover.</translation>
    </message>
    <message>
        <source>One of the {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Un elemento del campo «{field}» contiene el carácter de control {code}; el texto puede contener tabulaciones y saltos de línea, pero ningún otro carácter de control.</translation>
    </message>
    <message>
        <source>One of the {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Un elemento del campo «{field}» debe contener al menos un carácter visible, no solo espacios o caracteres invisibles.</translation>
    </message>
    <message>
        <source>Stations of different journeys cannot be moved together.</source>
        <translation>Las estaciones de recorridos distintos no se pueden mover juntas.</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>Esa acción ya no existe.</translation>
    </message>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Ese recorrido ya no existe.</translation>
    </message>
    <message>
        <source>That line belongs to another journey.</source>
        <translation>Esa línea pertenece a otro recorrido.</translation>
    </message>
    <message>
        <source>That line no longer exists.</source>
        <translation>Esa línea ya no existe.</translation>
    </message>
    <message>
        <source>That owner no longer exists.</source>
        <translation>Ese responsable ya no existe.</translation>
    </message>
    <message>
        <source>That persona no longer exists.</source>
        <translation>Esa persona ya no existe.</translation>
    </message>
    <message>
        <source>That phase belongs to another journey.</source>
        <translation>Esa fase pertenece a otro recorrido.</translation>
    </message>
    <message>
        <source>That phase no longer exists.</source>
        <translation>Esa fase ya no existe.</translation>
    </message>
    <message>
        <source>That station belongs to another journey.</source>
        <translation>Esa estación pertenece a otro recorrido.</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Esa estación ya no existe.</translation>
    </message>
    <message>
        <source>The due date must be a date ({format}).</source>
        <translation>La fecha límite debe ser una fecha ({format}).</translation>
    </message>
    <message>
        <source>The journey of this search hit is not in the working copy.</source>
        <translation>El recorrido de este resultado de búsqueda no está en la copia de trabajo.</translation>
    </message>
    <message>
        <source>The library “{library}” has no map {map}.</source>
        <translation>La biblioteca «{library}» no tiene ningún mapa {map}.</translation>
    </message>
    <message>
        <source>The library “{library}” has no version {number} of map {map}.</source>
        <translation>La biblioteca «{library}» no tiene la versión {number} del mapa {map}.</translation>
    </message>
    <message>
        <source>The map you opened (number {map}) is no longer in the library “{library}”; publish yours as a new map.</source>
        <translation>El mapa que abrió (número {map}) ya no está en la biblioteca «{library}»; publique el suyo como un mapa nuevo.</translation>
    </message>
    <message>
        <source>The source of a customer quote must be one of: {choices}.</source>
        <translation>La fuente de una cita de cliente debe ser una de estas: {choices}.</translation>
    </message>
    <message>
        <source>The template “{name}” that came with Journeyline cannot be read; installing Journeyline again should mend it.</source>
        <translation>No se puede leer la plantilla «{name}» que viene con Journeyline; volver a instalar Journeyline debería solucionarlo.</translation>
    </message>
    <message>
        <source>The workshop holds data the interchange format does not allow, so it was not published: {place}: {rule}</source>
        <translation>El taller contiene datos que el formato de intercambio no permite, así que no se publicó: {place}: {rule}</translation>
    </message>
    <message>
        <source>The {field} can be at most {max} characters long.</source>
        <translation>El campo «{field}» puede tener como máximo {max} caracteres.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} items.</source>
        <translation>El campo «{field}» admite como máximo {max} elementos.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} quotes.</source>
        <translation>El campo «{field}» admite como máximo {max} citas.</translation>
    </message>
    <message>
        <source>The {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>El campo «{field}» contiene el carácter de control {code}; el texto puede contener tabulaciones y saltos de línea, pero ningún otro carácter de control.</translation>
    </message>
    <message>
        <source>The {field} is not valid.</source>
        <translation>El campo «{field}» no es válido.</translation>
    </message>
    <message>
        <source>The {field} is too large a number to store.</source>
        <translation>El campo «{field}» es un número demasiado grande para guardarlo.</translation>
    </message>
    <message>
        <source>The {field} must be 1 to {max} characters long.</source>
        <translation>El campo «{field}» debe tener de 1 a {max} caracteres.</translation>
    </message>
    <message>
        <source>The {field} must be a colour like {example}.</source>
        <translation>El campo «{field}» debe ser un color como {example}.</translation>
    </message>
    <message>
        <source>The {field} must be a date (YYYY-MM-DD).</source>
        <translation>El campo «{field}» debe ser una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The {field} must be a language tag like en, nb-NO or pt-BR.</source>
        <translation>El campo «{field}» debe ser una etiqueta de idioma como en, nb-NO o pt-BR.</translation>
    </message>
    <message>
        <source>The {field} must be a number from {low} to {high}.</source>
        <translation>El campo «{field}» debe ser un número de {low} a {high}.</translation>
    </message>
    <message>
        <source>The {field} must be a number of at least {low}.</source>
        <translation>El campo «{field}» debe ser un número de al menos {low}.</translation>
    </message>
    <message>
        <source>The {field} must be a number.</source>
        <translation>El campo «{field}» debe ser un número.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high} or empty.</source>
        <translation>El campo «{field}» debe ser un número entero de {low} a {high} o quedar vacío.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high}.</source>
        <translation>El campo «{field}» debe ser un número entero de {low} a {high}.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low} or empty.</source>
        <translation>El campo «{field}» debe ser un número entero de al menos {low} o quedar vacío.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low}.</source>
        <translation>El campo «{field}» debe ser un número entero de al menos {low}.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number or empty.</source>
        <translation>El campo «{field}» debe ser un número entero o quedar vacío.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number.</source>
        <translation>El campo «{field}» debe ser un número entero.</translation>
    </message>
    <message>
        <source>The {field} must be one of: {choices}.</source>
        <translation>El campo «{field}» debe ser uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>The {field} must be yes or no.</source>
        <translation>El campo «{field}» debe ser sí o no.</translation>
    </message>
    <message>
        <source>The {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>El campo «{field}» debe contener al menos un carácter visible, no solo espacios o caracteres invisibles.</translation>
    </message>
    <message>
        <source>There is no template called “{name}”.</source>
        <translation>No hay ninguna plantilla llamada «{name}».</translation>
    </message>
    <message>
        <source>“{address}” is not a library Journeyline can use: the library is PostgreSQL (postgresql+psycopg://HOST/DATABASE) or SQLite (sqlite:///PATH).</source>
        <translation>«{address}» no es una biblioteca que Journeyline pueda usar: la biblioteca es PostgreSQL (postgresql+psycopg://HOST/BASE_DE_DATOS) o SQLite (sqlite:///RUTA).</translation>
    </message>
    <message>
        <source>“{address}” is not a library address; use postgresql+psycopg://HOST/DATABASE or sqlite:///PATH as the address.</source>
        <translation>«{address}» no es una dirección de biblioteca; use postgresql+psycopg://HOST/BASE_DE_DATOS o sqlite:///RUTA como dirección.</translation>
    </message>
    <message>
        <source>“{file}” is open read-only.</source>
        <translation>«{file}» está abierto en modo de solo lectura.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} (“{message}”) on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>«{title}» ha cambiado en la biblioteca desde su versión {base}: {author} publicó la versión {number} («{message}») el {when}. Publique la suya como un mapa nuevo o abra la versión más reciente junto a la suya.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>«{title}» ha cambiado en la biblioteca desde su versión {base}: {author} publicó la versión {number} el {when}. Publique la suya como un mapa nuevo o abra la versión más reciente junto a la suya.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>y %Ln problema más</numerusform>
            <numerusform>y %Ln problemas más</numerusform>
        </translation>
    </message>
    <message>
        <source>appears more than once in the same object; keep only one</source>
        <translation>aparece más de una vez en el mismo objeto; deje solo una</translation>
    </message>
    <message>
        <source>contains a broken character (an unpaired surrogate)</source>
        <translation>contiene un carácter dañado (un sustituto sin pareja)</translation>
    </message>
    <message>
        <source>contains a number with too many digits to read</source>
        <translation>contiene un número con demasiadas cifras para leerlo</translation>
    </message>
    <message>
        <source>contains the control character {code}; text may hold tabs and line breaks but no other control characters</source>
        <translation>contiene el carácter de control {code}; el texto puede contener tabulaciones y saltos de línea, pero ningún otro carácter de control</translation>
    </message>
    <message>
        <source>is a key of format version {since}; this document says it is version {version}, so change its version to {since}</source>
        <translation>es una clave de la versión {since} del formato; este documento dice ser de la versión {version}, así que cambie su versión a {since}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>está anidado a demasiada profundidad para leerlo</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} at line {line}, column {column}); save the file as UTF-8</source>
        <translation>no es texto UTF-8 (byte {byte} en la línea {line}, columna {column}); guarde el archivo como UTF-8</translation>
    </message>
    <message>
        <source>is not a known key of a journey; check the spelling</source>
        <translation>no es una clave conocida de un recorrido; revise la ortografía</translation>
    </message>
    <message>
        <source>is not a known key of a line; check the spelling</source>
        <translation>no es una clave conocida de una línea; revise la ortografía</translation>
    </message>
    <message>
        <source>is not a known key of a persona; check the spelling</source>
        <translation>no es una clave conocida de una persona; revise la ortografía</translation>
    </message>
    <message>
        <source>is not a known key of a phase; check the spelling</source>
        <translation>no es una clave conocida de una fase; revise la ortografía</translation>
    </message>
    <message>
        <source>is not a known key of a quote; check the spelling</source>
        <translation>no es una clave conocida de una cita; revise la ortografía</translation>
    </message>
    <message>
        <source>is not a known key of a station; check the spelling</source>
        <translation>no es una clave conocida de una estación; revise la ortografía</translation>
    </message>
    <message>
        <source>is not a known key of an action; check the spelling</source>
        <translation>no es una clave conocida de una acción; revise la ortografía</translation>
    </message>
    <message>
        <source>is not a known key of an owner; check the spelling</source>
        <translation>no es una clave conocida de un responsable; revise la ortografía</translation>
    </message>
    <message>
        <source>is not a known key of the document; check the spelling</source>
        <translation>no es una clave conocida del documento; revise la ortografía</translation>
    </message>
    <message>
        <source>is not a known key of the workshop; check the spelling</source>
        <translation>no es una clave conocida del taller; revise la ortografía</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;,&apos; delimiter</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: se esperaba el delimitador &apos;,&apos;</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;:&apos; delimiter</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: se esperaba el delimitador &apos;:&apos;</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting property name enclosed in double quotes</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: se esperaba un nombre de propiedad entre comillas dobles</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting value</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: se esperaba un valor</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Extra data</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: datos de más tras el final del documento</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \escape</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: secuencia de escape \ no válida</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \uXXXX escape</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: secuencia de escape \uXXXX no válida</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid control character at</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: carácter de control no válido aquí</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Unterminated string starting at</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: una cadena que empieza aquí no se cierra</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: {reason}</source>
        <translation>no es JSON válido en la línea {line}, columna {column}: {reason}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is too large a number for a workshop file to store</source>
        <translation>es un número demasiado grande para guardarlo en un archivo de taller</translation>
    </message>
    <message>
        <source>it has {count} JSON objects (every “{”), far more than a workshop within the limits has (at most {max})</source>
        <translation>tiene {count} objetos JSON (cada «{»), muchos más de los que tiene un taller dentro de los límites (como máximo {max})</translation>
    </message>
    <message>
        <source>it holds {count} actions, and a workshop holds at most {max}</source>
        <translation>contiene {count} acciones, y un taller admite como máximo {max}</translation>
    </message>
    <message>
        <source>it holds {count} journeys, and a workshop holds at most {max}</source>
        <translation>contiene {count} recorridos, y un taller admite como máximo {max}</translation>
    </message>
    <message>
        <source>it holds {count} lines, and a workshop holds at most {max}</source>
        <translation>contiene {count} líneas, y un taller admite como máximo {max}</translation>
    </message>
    <message>
        <source>it holds {count} owners, and a workshop holds at most {max}</source>
        <translation>contiene {count} responsables, y un taller admite como máximo {max}</translation>
    </message>
    <message>
        <source>it holds {count} personas, and a workshop holds at most {max}</source>
        <translation>contiene {count} personas, y un taller admite como máximo {max}</translation>
    </message>
    <message>
        <source>it holds {count} phases, and a workshop holds at most {max}</source>
        <translation>contiene {count} fases, y un taller admite como máximo {max}</translation>
    </message>
    <message>
        <source>it holds {count} quotes, and a workshop holds at most {max}</source>
        <translation>contiene {count} citas, y un taller admite como máximo {max}</translation>
    </message>
    <message>
        <source>it holds {count} stations, and a workshop holds at most {max}</source>
        <translation>contiene {count} estaciones, y un taller admite como máximo {max}</translation>
    </message>
    <message>
        <source>it is {size}, and Journeyline reads files of at most {limit}</source>
        <translation>ocupa {size}, y Journeyline lee archivos de como máximo {limit}</translation>
    </message>
    <message>
        <source>must be &quot;current&quot; or &quot;future&quot;</source>
        <translation>debe ser &quot;current&quot; o &quot;future&quot;</translation>
    </message>
    <message>
        <source>must be &quot;frontstage&quot; or &quot;backstage&quot;</source>
        <translation>debe ser &quot;frontstage&quot; o &quot;backstage&quot;</translation>
    </message>
    <message>
        <source>must be &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; or &quot;dropped&quot;</source>
        <translation>debe ser &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; o &quot;dropped&quot;</translation>
    </message>
    <message>
        <source>must be &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; or &quot;other&quot;</source>
        <translation>debe ser &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; o &quot;other&quot;</translation>
    </message>
    <message>
        <source>must be &quot;observed&quot;, &quot;reported&quot; or &quot;assumed&quot;</source>
        <translation>debe ser &quot;observed&quot;, &quot;reported&quot; o &quot;assumed&quot;</translation>
    </message>
    <message>
        <source>must be &quot;{name}&quot;</source>
        <translation>debe ser &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>must be a BCP 47 language tag, e.g. &quot;en&quot;, &quot;nb-NO&quot; or &quot;pt-BR&quot;</source>
        <translation>debe ser una etiqueta de idioma BCP 47, p. ej. &quot;en&quot;, &quot;nb-NO&quot; o &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, at the top level</source>
        <translation>debe ser un objeto JSON, { ... }, en el nivel superior</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a journey</source>
        <translation>debe ser un objeto JSON, { ... }, que describa un recorrido</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a line</source>
        <translation>debe ser un objeto JSON, { ... }, que describa una línea</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a persona</source>
        <translation>debe ser un objeto JSON, { ... }, que describa una persona</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a phase</source>
        <translation>debe ser un objeto JSON, { ... }, que describa una fase</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a quote</source>
        <translation>debe ser un objeto JSON, { ... }, que describa una cita</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a station</source>
        <translation>debe ser un objeto JSON, { ... }, que describa una estación</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an action</source>
        <translation>debe ser un objeto JSON, { ... }, que describa una acción</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an owner</source>
        <translation>debe ser un objeto JSON, { ... }, que describa un responsable</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the document</source>
        <translation>debe ser un objeto JSON, { ... }, que describa el documento</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the workshop</source>
        <translation>debe ser un objeto JSON, { ... }, que describa el taller</translation>
    </message>
    <message>
        <source>must be a colour written as &quot;#RRGGBB&quot;, e.g. &quot;{example}&quot;</source>
        <translation>debe ser un color escrito como &quot;#RRGGBB&quot;, p. ej. &quot;{example}&quot;</translation>
    </message>
    <message>
        <source>must be a date written as &quot;YYYY-MM-DD&quot;, e.g. &quot;2025-03-31&quot;</source>
        <translation>debe ser una fecha escrita como &quot;YYYY-MM-DD&quot;, p. ej. &quot;2025-03-31&quot;</translation>
    </message>
    <message>
        <source>must be a finite number, not NaN or Infinity</source>
        <translation>debe ser un número finito, no NaN ni Infinity</translation>
    </message>
    <message>
        <source>must be a format version this Journeyline reads, 1 to {newest}</source>
        <translation>debe ser una versión del formato que este Journeyline lea, de 1 a {newest}</translation>
    </message>
    <message>
        <source>must be a list of actions, [ ... ]</source>
        <translation>debe ser una lista de acciones, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of journeys, [ ... ]</source>
        <translation>debe ser una lista de recorridos, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of lines, [ ... ]</source>
        <translation>debe ser una lista de líneas, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of owners, [ ... ]</source>
        <translation>debe ser una lista de responsables, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of personas, [ ... ]</source>
        <translation>debe ser una lista de personas, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of phases, [ ... ]</source>
        <translation>debe ser una lista de fases, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of quotes, [ ... ]</source>
        <translation>debe ser una lista de citas, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of stations, [ ... ]</source>
        <translation>debe ser una lista de estaciones, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of text, [ ... ]</source>
        <translation>debe ser una lista de textos, [ ... ]</translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation>debe ser un número de {low} a {high}</translation>
    </message>
    <message>
        <source>must be a number of {low} or more</source>
        <translation>debe ser un número de {low} o más</translation>
    </message>
    <message>
        <source>must be a real calendar date; there is no {value}</source>
        <translation>debe ser una fecha real del calendario; no existe el {value}</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be an integer from {low} to {high}</source>
        <translation>debe ser un número entero de {low} a {high}</translation>
    </message>
    <message>
        <source>must be an integer of {low} or more</source>
        <translation>debe ser un número entero de {low} o más</translation>
    </message>
    <message>
        <source>must be at most {max} characters long (it has {length})</source>
        <translation>debe tener como máximo {max} caracteres (tiene {length})</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>debe ser texto</translation>
    </message>
    <message>
        <source>must be text of 1 to {max} characters</source>
        <translation>debe ser un texto de 1 a {max} caracteres</translation>
    </message>
    <message>
        <source>must be the id of a line</source>
        <translation>debe ser el id de una línea</translation>
    </message>
    <message>
        <source>must be the id of a persona</source>
        <translation>debe ser el id de una persona</translation>
    </message>
    <message>
        <source>must be the id of a phase</source>
        <translation>debe ser el id de una fase</translation>
    </message>
    <message>
        <source>must be the id of a station</source>
        <translation>debe ser el id de una estación</translation>
    </message>
    <message>
        <source>must be the id of an owner</source>
        <translation>debe ser el id de un responsable</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must contain at least one visible character, not only spaces or invisible ones</source>
        <translation>debe contener al menos un carácter visible, no solo espacios o caracteres invisibles</translation>
    </message>
    <message>
        <source>must have at least one journey</source>
        <translation>debe tener al menos un recorrido</translation>
    </message>
    <message>
        <source>must have at least one line</source>
        <translation>debe tener al menos una línea</translation>
    </message>
    <message>
        <source>must have at least one phase</source>
        <translation>debe tener al menos una fase</translation>
    </message>
    <message>
        <source>must have at most {max} items (it has {count})</source>
        <translation>debe tener como máximo {max} elementos (tiene {count})</translation>
    </message>
    <message>
        <source>must have at most {max} quotes (it has {count})</source>
        <translation>debe tener como máximo {max} citas (tiene {count})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>this document is format version {version}, but this Journeyline reads format versions 1 to {newest} only</source>
        <translation>este documento es de la versión {version} del formato, pero este Journeyline solo lee las versiones 1 a {newest}</translation>
    </message>
    <message>
        <source>{value} is a line of another journey; use a line of this journey</source>
        <translation>{value} es una línea de otro recorrido; use una línea de este recorrido</translation>
    </message>
    <message>
        <source>{value} is a phase of another journey; use a phase of this journey</source>
        <translation>{value} es una fase de otro recorrido; use una fase de este recorrido</translation>
    </message>
    <message>
        <source>{value} is a station of another journey; use a station of this journey</source>
        <translation>{value} es una estación de otro recorrido; use una estación de este recorrido</translation>
    </message>
    <message>
        <source>{value} is already used as the id at {place}; ids must be unique across the whole document</source>
        <translation>{value} ya se usa como id en {place}; los id deben ser únicos en todo el documento</translation>
    </message>
    <message>
        <source>{value} is not the id of a line of this journey</source>
        <translation>{value} no es el id de una línea de este recorrido</translation>
    </message>
    <message>
        <source>{value} is not the id of a persona in this document</source>
        <translation>{value} no es el id de una persona de este documento</translation>
    </message>
    <message>
        <source>{value} is not the id of a phase of this journey</source>
        <translation>{value} no es el id de una fase de este recorrido</translation>
    </message>
    <message>
        <source>{value} is not the id of a station of this journey</source>
        <translation>{value} no es el id de una estación de este recorrido</translation>
    </message>
    <message>
        <source>{value} is not the id of an owner in this document</source>
        <translation>{value} no es el id de un responsable de este documento</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Zoom (Ctrl and the mouse wheel, or pinch)</source>
        <translation>Zoom (Ctrl y la rueda del ratón, o pellizcar)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <source>Owner: {name}</source>
        <translation>Responsable: {name}</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Emoción: {label} ({value})</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Momento de la verdad</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesidades</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Citas de clientes</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>No needs, pain points, quotes or ideas yet.</source>
        <translation>Aún no hay necesidades, puntos de dolor, citas ni ideas.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No workshop open</source>
        <translation>Ningún taller abierto</translation>
    </message>
    <message>
        <source>Open a workshop file, or start a new one from a template.</source>
        <translation>Abra un archivo de taller o empiece uno nuevo desde una plantilla.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Nuevo desde plantilla…</translation>
    </message>
    <message>
        <source>RECENT</source>
        <translation>RECIENTES</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Estación</translation>
    </message>
    <message>
        <source>Station title</source>
        <translation>Título de la estación</translation>
    </message>
    <message>
        <source>What the customer does here</source>
        <translation>Qué hace el cliente aquí</translation>
    </message>
    <message>
        <source>Website, phone, letter, store…</source>
        <translation>Web, teléfono, carta, tienda…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Add a need…</source>
        <translation>Añadir una necesidad…</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nueva necesidad</translation>
    </message>
    <message>
        <source>Add the need</source>
        <translation>Añadir la necesidad</translation>
    </message>
    <message>
        <source>Remove the need</source>
        <translation>Quitar la necesidad</translation>
    </message>
    <message>
        <source>Add a pain point…</source>
        <translation>Añadir un punto de dolor…</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Nuevo punto de dolor</translation>
    </message>
    <message>
        <source>Add the pain point</source>
        <translation>Añadir el punto de dolor</translation>
    </message>
    <message>
        <source>Remove the pain point</source>
        <translation>Quitar el punto de dolor</translation>
    </message>
    <message>
        <source>Ownership and evidence</source>
        <translation>Responsabilidad y evidencia</translation>
    </message>
    <message>
        <source>A moment that decides how the customer feels about us</source>
        <translation>Un momento que decide qué piensa el cliente de nosotros</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Gap: rate performance and target to see it</source>
        <translation>Brecha: valore desempeño y objetivo para verla</translation>
    </message>
    <message>
        <source>Gap {gap}: performance is {gap} below target</source>
        <translation>Brecha {gap}: el desempeño está {gap} por debajo del objetivo</translation>
    </message>
    <message>
        <source>No gap: performance meets the target</source>
        <translation>Sin brecha: el desempeño alcanza el objetivo</translation>
    </message>
    <message>
        <source>Ahead by {gap}: performance beats the target</source>
        <translation>{gap} por delante: el desempeño supera el objetivo</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>The classic eight phases, from awareness to advocacy; frontstage and backstage lines.</source>
        <translation>Las ocho fases clásicas, del conocimiento a la recomendación; líneas visibles para el cliente y de trastienda.</translation>
    </message>
    <message>
        <source>A new customer&apos;s first 90 days, with placeholder stations to fill in together.</source>
        <translation>Los primeros 90 días de un cliente nuevo, con estaciones provisionales para completar juntos.</translation>
    </message>
    <message>
        <source>One phase and one line: draw the journey from scratch.</source>
        <translation>Una fase y una línea: dibuje el recorrido desde cero.</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Mapa en blanco</translation>
    </message>
    <message>
        <source>New workshop from template</source>
        <translation>Nuevo taller desde plantilla</translation>
    </message>
    <message>
        <source>Start a new workshop file from one of these templates.</source>
        <translation>Empiece un archivo de taller nuevo desde una de estas plantillas.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Elija dónde guardar…</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>New station</source>
        <translation>Nueva estación</translation>
    </message>
    <message>
        <source>A customer activity</source>
        <translation>Una actividad del cliente</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nueva fase</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nueva línea</translation>
    </message>
    <message>
        <source>Drag onto the map to add it there, or click to add it at the selection</source>
        <translation>Arrástrelo al mapa para añadirlo ahí o haga clic para añadirlo en la selección</translation>
    </message>
    <message>
        <source>A stage, left to right</source>
        <translation>Una etapa, de izquierda a derecha</translation>
    </message>
    <message>
        <source>A channel or process</source>
        <translation>Un canal o proceso</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <source>Welcome to Journeyline</source>
        <translation>Bienvenido a Journeyline</translation>
    </message>
    <message>
        <source>Build the map</source>
        <translation>Construya el mapa</translation>
    </message>
    <message>
        <source>Drag a phase, a line or a station from the palette onto the canvas.</source>
        <translation>Arrastre una fase, una línea o una estación de la paleta al lienzo.</translation>
    </message>
    <message>
        <source>Edit a station</source>
        <translation>Edite una estación</translation>
    </message>
    <message>
        <source>Select it and fill in the properties panel; double-click it to rename it.</source>
        <translation>Selecciónela y rellene el panel de propiedades; haga doble clic para cambiarle el nombre.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Press F5 to show the map full screen to the room; Esc comes back.</source>
        <translation>Pulse F5 para mostrar el mapa a pantalla completa a la sala; Esc vuelve.</translation>
    </message>
    <message>
        <source>Hand it over</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <source>File ▸ Export makes the PDF poster and the Excel action list.</source>
        <translation>Archivo ▸ Exportar crea el póster PDF y el plan de acción de Excel.</translation>
    </message>
    <message>
        <source>Every change is saved in the workshop file the moment you make it. Help ▸ Welcome card shows this card again.</source>
        <translation>Cada cambio se guarda en el archivo del taller en el momento en que lo hace. Ayuda ▸ Tarjeta de bienvenida vuelve a mostrarla.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>WindowPanels</name>
    <message>
        <source>Click the station for “{}” on the map · Esc cancels</source>
        <translation>Haga clic en la estación de «{}» en el mapa · Esc cancela</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Recorridos</translation>
    </message>
    <message>
        <source>Open a workshop to see its journeys.</source>
        <translation>Abra un taller para ver sus recorridos.</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Recorridos</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Open a workshop to see its personas.</source>
        <translation>Abra un taller para ver sus personas.</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Open a workshop to see its owners.</source>
        <translation>Abra un taller para ver sus responsables.</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>R&amp;esponsables</translation>
    </message>
    <message>
        <source>Action board</source>
        <translation>Tablero de acciones</translation>
    </message>
    <message>
        <source>Open a workshop to see its actions.</source>
        <translation>Abra un taller para ver sus acciones.</translation>
    </message>
    <message>
        <source>&amp;Action board</source>
        <translation>Tablero de &amp;acciones</translation>
    </message>
    <message>
        <source>Effort/value matrix</source>
        <translation>Matriz esfuerzo/valor</translation>
    </message>
    <message>
        <source>Open a workshop to see its priorities.</source>
        <translation>Abra un taller para ver sus prioridades.</translation>
    </message>
    <message>
        <source>&amp;Effort/value matrix</source>
        <translation>&amp;Matriz esfuerzo/valor</translation>
    </message>
    <message>
        <source>Show the panel “{title}” ({shortcut})</source>
        <translation>Mostrar el panel «{title}» ({shortcut})</translation>
    </message>
    <message>
        <source>Show the panel “{title}”</source>
        <translation>Mostrar el panel «{title}»</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Esa estación ya no existe.</translation>
    </message>
    <message>
        <source>Linked “{title}” to the station “{title_}”</source>
        <translation>Se vinculó «{title}» a la estación «{title_}»</translation>
    </message>
    <message>
        <source>That is not a station: click a station on the map · Esc cancels</source>
        <translation>Eso no es una estación: haga clic en una estación del mapa · Esc cancela</translation>
    </message>
    <message>
        <source>The matrix is on the projector; F6 brings it back.</source>
        <translation>La matriz está en el proyector; F6 la devuelve.</translation>
    </message>
    <message>
        <source>Close the panel “{title}”</source>
        <translation>Cerrar el panel «{title}»</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Detalles del taller</translation>
    </message>
    <message>
        <source>Name of the workshop or engagement</source>
        <translation>Nombre del taller o del encargo</translation>
    </message>
    <message>
        <source>The client company</source>
        <translation>La empresa cliente</translation>
    </message>
    <message>
        <source>Target group in focus</source>
        <translation>Grupo destinatario</translation>
    </message>
    <message>
        <source>e.g. Lower customer departures</source>
        <translation>p. ej. Menos clientes que se van</translation>
    </message>
    <message>
        <source>The workshop&apos;s language: its exports (poster, action list) are in this language. Another language tag (nb-NO, de-CH, pt-BR) may be typed; exports in a language Journeyline does not speak are in English.</source>
        <translation>El idioma del taller: sus exportaciones (póster, plan de acción) están en este idioma. Puede escribir otro código de idioma (nb-NO, de-CH, pt-BR); las exportaciones en un idioma que Journeyline no habla salen en inglés.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segmento:</translation>
    </message>
    <message>
        <source>Business &amp;goal:</source>
        <translation>Objetivo de &amp;negocio:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
</TS>
