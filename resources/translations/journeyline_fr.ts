<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionListUpdate</name>
    <message>
        <source>Update from action list</source>
        <translation>Mettre à jour depuis la liste d’actions</translation>
    </message>
    <message>
        <source>Excel action lists (*.xlsx);;All files (*)</source>
        <translation>Listes d’actions Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>{file} cannot be used: {problems}; nothing was changed.</source>
        <translation>Impossible d’utiliser {file} : {problems} ; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n nouvelle action</numerusform>
            <numerusform>%n nouvelles actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new owner(s)</source>
        <translation>
            <numerusform>%n nouveau responsable</numerusform>
            <numerusform>%n nouveaux responsables</numerusform>
        </translation>
    </message>
    <message>
        <source>… and {n} more (see Show Details).</source>
        <translation>… et {n} de plus (voir Afficher les détails).</translation>
    </message>
    <message>
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Mis à jour depuis {file} : {changes}, {new}, {owners}.</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <source>Update from action list</source>
        <translation>Mettre à jour depuis la liste d’actions</translation>
    </message>
    <message>
        <source>{file}, sheet “{sheet}”, {rows}</source>
        <translation>{file}, feuille « {sheet} », {rows}</translation>
    </message>
    <message>
        <source>the list changes nothing in the workshop.</source>
        <translation>la liste ne modifie rien dans l’atelier.</translation>
    </message>
    <message>
        <source>{changes} to {actions}</source>
        <translation>{changes} dans {actions}</translation>
    </message>
    <message>
        <source>new action</source>
        <translation>nouvelle action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message numerus="yes">
        <source>%n action row(s)</source>
        <translation>
            <numerusform>%n ligne d’action</numerusform>
            <numerusform>%n lignes d’actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n nouvelle action</numerusform>
            <numerusform>%n nouvelles actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is changed until you apply; Edit ▸ Undo takes it all back.</source>
        <translation>Rien n’est modifié avant d’appliquer ; Édition ▸ Annuler revient entièrement en arrière.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Apply {n}</source>
        <translation>&amp;Appliquer {n}</translation>
    </message>
    <message>
        <source>Changes ({n})</source>
        <translation>Modifications ({n})</translation>
    </message>
    <message>
        <source>New actions ({n})</source>
        <translation>Nouvelles actions ({n})</translation>
    </message>
    <message>
        <source>journey {name}</source>
        <translation>parcours {name}</translation>
    </message>
    <message>
        <source> (new owner)</source>
        <translation> (nouveau responsable)</translation>
    </message>
    <message>
        <source>Not in the list ({n}): kept in the workshop, as rows deleted in Excel never delete an action</source>
        <translation>Absentes de la liste ({n}) : conservées dans l’atelier, car une ligne supprimée dans Excel ne supprime jamais une action</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>Notes ({n})</source>
        <translation>Remarques ({n})</translation>
    </message>
    <message>
        <source>Owners the workshop does not have: create them?</source>
        <translation>Responsables absents de l’atelier : les créer ?</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New from template…</source>
        <translation>&amp;Nouveau depuis un modèle…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open from li&amp;brary…</source>
        <translation>Ouvrir depuis la &amp;bibliothèque…</translation>
    </message>
    <message>
        <source>Find a published map or search across every map in the library</source>
        <translation>Trouver une carte publiée ou chercher dans toutes les cartes de la bibliothèque</translation>
    </message>
    <message>
        <source>P&amp;ublish to library…</source>
        <translation>P&amp;ublier dans la bibliothèque…</translation>
    </message>
    <message>
        <source>Publish this workshop (or a journey as a house template)</source>
        <translation>Publier cet atelier (ou un parcours comme modèle maison)</translation>
    </message>
    <message>
        <source>Library se&amp;ttings…</source>
        <translation>Para&amp;mètres de la bibliothèque…</translation>
    </message>
    <message>
        <source>The local library on this computer, or a team library</source>
        <translation>La bibliothèque locale de cet ordinateur ou une bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>&amp;Workshop details…</source>
        <translation>&amp;Détails de l’atelier…</translation>
    </message>
    <message>
        <source>The workshop&apos;s title, organisation, segment, business goal and notes</source>
        <translation>Titre, organisation, segment, objectif métier et notes de l’atelier</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export a PDF poster, an Excel action list, an image or JSON (Ctrl+E)</source>
        <translation>Exporter une affiche PDF, une liste d’actions Excel, une image ou du JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export PDF &amp;poster…</source>
        <translation>Exporter l’&amp;affiche PDF…</translation>
    </message>
    <message>
        <source>Export Excel action &amp;list…</source>
        <translation>Exporter la &amp;liste d’actions Excel…</translation>
    </message>
    <message>
        <source>&amp;Update from action list…</source>
        <translation>&amp;Mettre à jour depuis la liste d’actions…</translation>
    </message>
    <message>
        <source>Read back the Excel action list the client edited: preview every change, then apply it as one step</source>
        <translation>Relire la liste d’actions Excel modifiée par le client : vérifier chaque modification, puis tout appliquer en une étape</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Fermer l’atelier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>Add &amp;station</source>
        <translation>Ajouter une &amp;station</translation>
    </message>
    <message>
        <source>Add p&amp;hase</source>
        <translation>Ajouter une &amp;phase</translation>
    </message>
    <message>
        <source>Add li&amp;ne</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>The window&apos;s language and other settings</source>
        <translation>La langue de la fenêtre et d’autres réglages</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit map</source>
        <translation>&amp;Ajuster la carte</translation>
    </message>
    <message>
        <source>Fit &amp;selection</source>
        <translation>Ajuster la &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Show &amp;needs</source>
        <translation>Afficher les &amp;besoins</translation>
    </message>
    <message>
        <source>Show o&amp;wners</source>
        <translation>Afficher les &amp;responsables</translation>
    </message>
    <message>
        <source>Show the emotion &amp;curve</source>
        <translation>Afficher la &amp;courbe des émotions</translation>
    </message>
    <message>
        <source>Show the map &amp;title</source>
        <translation>Afficher le &amp;titre de la carte</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>&amp;Compare today and future…</source>
        <translation>&amp;Comparer aujourd’hui et demain…</translation>
    </message>
    <message>
        <source>Today&apos;s and the future journey one above the other</source>
        <translation>Le parcours actuel et le parcours futur l’un au-dessus de l’autre</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Present the map full screen (F5); Esc leaves</source>
        <translation>Présenter la carte en plein écran (F5) ; Échap pour quitter</translation>
    </message>
    <message>
        <source>Prioritise on the projector</source>
        <translation>Prioriser au projecteur</translation>
    </message>
    <message>
        <source>Show the effort/value matrix full screen in large type (F6); F6 again returns to the map</source>
        <translation>Afficher la matrice effort/valeur en plein écran en grands caractères (F6) ; F6 à nouveau revient à la carte</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Welcome card</source>
        <translation>Carte de &amp;bienvenue</translation>
    </message>
    <message>
        <source>What goes where on the map, and how a workshop goes</source>
        <translation>Ce qui va où sur la carte, et comment se déroule un atelier</translation>
    </message>
    <message>
        <source>&amp;About Journeyline</source>
        <translation>À &amp;propos de Journeyline</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Business goal</source>
        <translation>Objectif métier</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Citations clients</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Drop-off</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Drop-off (%)</source>
        <translation>Abandon (%)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Durée (min)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
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
        <translation>Langue</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
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
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Fil narratif</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Contact support</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>action title</source>
        <translation>titre de l’action</translation>
    </message>
    <message>
        <source>business goal</source>
        <translation>objectif métier</translation>
    </message>
    <message>
        <source>customer quotes</source>
        <translation>citations clients</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation>abandon</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>effort</source>
        <translation>effort</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>émotion</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>frustrations</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>impact</source>
        <translation>impact</translation>
    </message>
    <message>
        <source>journey state</source>
        <translation>état du parcours</translation>
    </message>
    <message>
        <source>journey&apos;s name</source>
        <translation>nom du parcours</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <source>line colour</source>
        <translation>couleur de la ligne</translation>
    </message>
    <message>
        <source>line kind</source>
        <translation>type de ligne</translation>
    </message>
    <message>
        <source>line name</source>
        <translation>nom de la ligne</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>moment de vérité</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>besoins</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>number of customers</source>
        <translation>nombre de clients</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>owner&apos;s name</source>
        <translation>nom du responsable</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>points de friction</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>performance</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>persona colour</source>
        <translation>couleur du persona</translation>
    </message>
    <message>
        <source>persona&apos;s name</source>
        <translation>nom du persona</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>phase colour</source>
        <translation>couleur de la phase</translation>
    </message>
    <message>
        <source>phase name</source>
        <translation>nom de la phase</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
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
        <translation>titre de la station</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>storyline</source>
        <translation>fil narratif</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>point de contact</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>workshop title</source>
        <translation>titre de l’atelier</translation>
    </message>
</context>
<context>
    <name>FileGuard</name>
    <message>
        <source>The workshop file is gone</source>
        <translation>Le fichier de l’atelier a disparu</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Open from library</source>
        <translation>Ouvrir depuis la bibliothèque</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Search stations, needs, pain points, quotes and actions of every map</source>
        <translation>Chercher dans les stations, besoins, points de friction, citations et actions de toutes les cartes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Maps</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>The library has no published maps yet.</source>
        <translation>La bibliothèque ne contient encore aucune carte publiée.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Nothing in the library matches what you searched for.</source>
        <translation>Rien dans la bibliothèque ne correspond à votre recherche.</translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>The library cannot be used</source>
        <translation>La bibliothèque est inutilisable</translation>
    </message>
    <message>
        <source>%1 (offline)…</source>
        <translation>%1 (hors ligne)…</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Non publié</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>map</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the %3 in %4.</source>
        <translation>« %1 » publié comme version %2 (%3) dans %4.</translation>
    </message>
    <message>
        <source>Publish as a new map</source>
        <translation>Publier comme nouvelle carte</translation>
    </message>
    <message>
        <source>Open the latest version</source>
        <translation>Ouvrir la dernière version</translation>
    </message>
    <message>
        <source>Save the working copy as</source>
        <translation>Enregistrer la copie de travail sous</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <source>“%1” is the workshop open now; choose another name.</source>
        <translation>« %1 » est l’atelier ouvert en ce moment ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Opened version %1 of “%2” from the library as “%3”.</source>
        <translation>Version %1 de « %2 » ouverte depuis la bibliothèque sous « %3 ».</translation>
    </message>
    <message>
        <source>House template, version %1 by %2, %3</source>
        <translation>Modèle maison, version %1 par %2, %3</translation>
    </message>
    <message>
        <source>That template is no longer in the library.</source>
        <translation>Ce modèle n’est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Library not changed</source>
        <translation>Bibliothèque inchangée</translation>
    </message>
    <message>
        <source>Journeyline now uses %1.</source>
        <translation>Journeyline utilise désormais %1.</translation>
    </message>
</context>
<context>
    <name>LibrarySettingsDialog</name>
    <message>
        <source>Library settings</source>
        <translation>Paramètres de la bibliothèque</translation>
    </message>
    <message>
        <source>The local library on this computer</source>
        <translation>La bibliothèque locale de cet ordinateur</translation>
    </message>
    <message>
        <source>A team library (PostgreSQL):</source>
        <translation>Une bibliothèque d’équipe (PostgreSQL) :</translation>
    </message>
    <message>
        <source>Keep the password out of the address: PostgreSQL reads it from ~/.pgpass. The command line uses the same library.</source>
        <translation>Ne mettez pas le mot de passe dans l’adresse : PostgreSQL le lit dans ~/.pgpass. La ligne de commande utilise la même bibliothèque.</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>La langue du système (%1)</translation>
    </message>
    <message>
        <source>The window will use the new language the next time you start Journeyline.</source>
        <translation>La fenêtre utilisera la nouvelle langue au prochain démarrage de Journeyline.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
</context>
<context>
    <name>PresentationController</name>
    <message>
        <source>Show the station alone</source>
        <translation>Afficher la station seule</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Sélectionnez une station, puis appuyez sur Entrée pour l’afficher seule</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>Publier dans la bibliothèque</translation>
    </message>
    <message>
        <source>Publish “%1” to %2.</source>
        <translation>Publier « %1 » dans %2.</translation>
    </message>
    <message>
        <source>As version %1 of “%2” (this copy is version %3)</source>
        <translation>Comme version %1 de « %2 » (cette copie est la version %3)</translation>
    </message>
    <message>
        <source>As a new version (this copy is not from the library)</source>
        <translation>Comme nouvelle version (cette copie ne vient pas de la bibliothèque)</translation>
    </message>
    <message>
        <source>As a new map</source>
        <translation>Comme nouvelle carte</translation>
    </message>
    <message>
        <source>One journey as a house template:</source>
        <translation>Un parcours comme modèle maison :</translation>
    </message>
    <message>
        <source>What changed, e.g. after workshop 2</source>
        <translation>Ce qui a changé, p. ex. après l’atelier 2</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
</context>
<context>
    <name>QuotesEditor</name>
    <message>
        <source>Customer quotes</source>
        <translation>Citations clients</translation>
    </message>
    <message>
        <source>Add what a customer said…</source>
        <translation>Ajoutez ce qu’un client a dit…</translation>
    </message>
    <message>
        <source>New customer quote</source>
        <translation>Nouvelle citation client</translation>
    </message>
    <message>
        <source>Source of the quote</source>
        <translation>Source de la citation</translation>
    </message>
    <message>
        <source>Add the quote</source>
        <translation>Ajouter la citation</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove the quote</source>
        <translation>Retirer la citation</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
</context>
</TS>
