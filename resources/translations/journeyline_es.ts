<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionListUpdate</name>
    <message>
        <source>Update from action list</source>
        <translation>Actualizar desde la lista de acciones</translation>
    </message>
    <message>
        <source>Excel action lists (*.xlsx);;All files (*)</source>
        <translation>Listas de acciones de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{file} cannot be used: {problems}; nothing was changed.</source>
        <translation>No se puede usar {file}: {problems}; no se ha cambiado nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
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
        <source>… and {n} more (see Show Details).</source>
        <translation>… y {n} más (vea Mostrar detalles).</translation>
    </message>
    <message>
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Actualizado desde {file}: {changes}, {new}, {owners}.</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <source>Update from action list</source>
        <translation>Actualizar desde la lista de acciones</translation>
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
        <source>Open from li&amp;brary…</source>
        <translation>Abrir desde la &amp;biblioteca…</translation>
    </message>
    <message>
        <source>Find a published map or search across every map in the library</source>
        <translation>Busque un mapa publicado o busque en todos los mapas de la biblioteca</translation>
    </message>
    <message>
        <source>P&amp;ublish to library…</source>
        <translation>P&amp;ublicar en la biblioteca…</translation>
    </message>
    <message>
        <source>Publish this workshop (or a journey as a house template)</source>
        <translation>Publicar este taller (o un recorrido como plantilla de la casa)</translation>
    </message>
    <message>
        <source>Library se&amp;ttings…</source>
        <translation>Co&amp;nfiguración de la biblioteca…</translation>
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
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export a PDF poster, an Excel action list, an image or JSON (Ctrl+E)</source>
        <translation>Exportar un póster PDF, una lista de acciones de Excel, una imagen o JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export PDF &amp;poster…</source>
        <translation>Exportar &amp;póster PDF…</translation>
    </message>
    <message>
        <source>Export Excel action &amp;list…</source>
        <translation>Exportar &amp;lista de acciones de Excel…</translation>
    </message>
    <message>
        <source>&amp;Update from action list…</source>
        <translation>&amp;Actualizar desde la lista de acciones…</translation>
    </message>
    <message>
        <source>Read back the Excel action list the client edited: preview every change, then apply it as one step</source>
        <translation>Leer la lista de acciones de Excel que editó el cliente: revisar cada cambio y aplicarlo todo en un solo paso</translation>
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
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>Add &amp;station</source>
        <translation>Añadir &amp;estación</translation>
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
        <translation>Pre&amp;ferencias…</translation>
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
        <translation>&amp;Ajustar el mapa</translation>
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
        <source>Show o&amp;wners</source>
        <translation>Mostrar &amp;responsables</translation>
    </message>
    <message>
        <source>Show the emotion &amp;curve</source>
        <translation>Mostrar la &amp;curva de emociones</translation>
    </message>
    <message>
        <source>Show the map &amp;title</source>
        <translation>Mostrar el &amp;título del mapa</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Paneles</translation>
    </message>
    <message>
        <source>&amp;Compare today and future…</source>
        <translation>&amp;Comparar hoy y futuro…</translation>
    </message>
    <message>
        <source>Today&apos;s and the future journey one above the other</source>
        <translation>El recorrido actual y el futuro, uno encima del otro</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
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
        <translation>&amp;Acerca de Journeyline</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
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
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <source>Due</source>
        <translation>Vence</translation>
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
        <source>Frustrations</source>
        <translation>Frustraciones</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
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
        <source>Needs</source>
        <translation>Necesidades</translation>
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
        <source>Observation</source>
        <translation>Observación</translation>
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
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
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
        <translation>Cita</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Reseña</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
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
        <source>Storyline</source>
        <translation>Hilo narrativo</translation>
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
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Punto de contacto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
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
        <translation>rendimiento</translation>
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
        <translation>rol</translation>
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
        <translation>hilo narrativo</translation>
    </message>
    <message>
        <source>target</source>
        <translation>meta</translation>
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
    <name>LibraryBrowser</name>
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
        <source>template</source>
        <translation>plantilla</translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the %3 in %4.</source>
        <translation>Se publicó «%1» como versión %2 de %3 en %4.</translation>
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
        <source>Journeyline now uses %1.</source>
        <translation>Journeyline usa ahora %1.</translation>
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
    <name>PersonaDialog</name>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Color:</translation>
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
        <source>Show the station alone</source>
        <translation>Mostrar la estación sola</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Seleccione una estación y pulse Intro para mostrarla sola</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>Publicar en la biblioteca</translation>
    </message>
    <message>
        <source>Publish “%1” to %2.</source>
        <translation>Publicar «%1» en %2.</translation>
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
    <name>WelcomeOverlay</name>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
</context>
</TS>
