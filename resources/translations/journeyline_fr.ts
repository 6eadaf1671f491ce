<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Journeyline uses Qt unmodified, as shared libraries that can be replaced with another build of the same version.</source>
        <translation>Journeyline utilise Qt sans modification, sous forme de bibliothèques partagées remplaçables par une autre compilation de la même version.</translation>
    </message>
    <message>
        <source>Used by ReportLab.</source>
        <translation>Utilisé par ReportLab.</translation>
    </message>
    <message>
        <source>Journeyline bundles the following software.</source>
        <translation>Journeyline intègre les logiciels suivants.</translation>
    </message>
    <message>
        <source>The DejaVu Sans font (resources/fonts):</source>
        <translation>La police DejaVu Sans (resources/fonts) :</translation>
    </message>
    <message>
        <source>DejaVu fonts licence: {url}</source>
        <translation>Licence des polices DejaVu : {url}</translation>
    </message>
    <message>
        <source>The Noto Emoji font (resources/fonts):</source>
        <translation>La police Noto Emoji (resources/fonts) :</translation>
    </message>
    <message>
        <source>Noto Emoji font licence: {url}</source>
        <translation>Licence de la police Noto Emoji : {url}</translation>
    </message>
    <message>
        <source>Libraries:</source>
        <translation>Bibliothèques :</translation>
    </message>
    <message>
        <source>About Journeyline</source>
        <translation>À propos de Journeyline</translation>
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
        <translation>Des cartes du parcours client dessinées comme des plans de métro, pour les ateliers.</translation>
    </message>
    <message>
        <source>Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
</context>
<context>
    <name>ActionBoard</name>
    <message>
        <source>Add improvement idea…</source>
        <translation>Ajouter une idée d’amélioration…</translation>
    </message>
    <message>
        <source>Add an idea to the journey on the map (Insert)</source>
        <translation>Ajouter une idée au parcours de la carte (Inser)</translation>
    </message>
    <message>
        <source>Show station</source>
        <translation>Afficher la station</translation>
    </message>
    <message>
        <source>Show the action&apos;s station on the map (Ctrl+Return)</source>
        <translation>Afficher la station de l’action sur la carte (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Pick station on map</source>
        <translation>Choisir la station sur la carte</translation>
    </message>
    <message>
        <source>Link the action to a station you click on the map (Ctrl+L)</source>
        <translation>Lier l’action à une station cliquée sur la carte (Ctrl+L)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected actions (Delete)</source>
        <translation>Supprimer les actions sélectionnées (Suppr)</translation>
    </message>
    <message>
        <source>Show station on the map</source>
        <translation>Afficher la station sur la carte</translation>
    </message>
    <message>
        <source>Link to station…</source>
        <translation>Lier à une station…</translation>
    </message>
    <message>
        <source>Pick station on the map</source>
        <translation>Choisir la station sur la carte</translation>
    </message>
    <message>
        <source>Unlink station</source>
        <translation>Délier la station</translation>
    </message>
</context>
<context>
    <name>ActionFilters</name>
    <message>
        <source>Search actions (Ctrl+F)</source>
        <translation>Rechercher des actions (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search actions</source>
        <translation>Rechercher des actions</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Journey:</source>
        <translation>&amp;Parcours :</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Res&amp;ponsable :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut :</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité :</translation>
    </message>
    <message>
        <source>{name} filter</source>
        <translation>Filtre : {name}</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Parcours sur la carte</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>Toutes les priorités</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n action(s)</source>
        <translation>
            <numerusform>{shown} sur %n action</numerusform>
            <numerusform>{shown} sur %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionListUpdate</name>
    <message>
        <source>Update from action list</source>
        <translation>Mettre à jour depuis le plan d’action</translation>
    </message>
    <message>
        <source>Excel action lists (*.xlsx);;All files (*)</source>
        <translation>Plans d’action Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>{file} cannot be used: %n problem(s); nothing was changed.</source>
        <translation>
            <numerusform>Impossible d’utiliser {file} : %n problème ; rien n’a été modifié.</numerusform>
            <numerusform>Impossible d’utiliser {file} : %n problèmes ; rien n’a été modifié.</numerusform>
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
        <source>Updated from {file}: {changes}, {new}, {owners}.</source>
        <translation>Mis à jour depuis {file} : {changes}, {new}, {owners}.</translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Aucune station</translation>
    </message>
    <message>
        <source>Quick wins first, then big bets, fill-ins, time sinks, unrated</source>
        <translation>D’abord les gains rapides, puis les gros paris, les bouche-trous, les pertes de temps, les non évaluées</translation>
    </message>
    <message>
        <source>{column} (F2 or double-click to edit)</source>
        <translation>{column} (F2 ou double-clic pour modifier)</translation>
    </message>
    <message>
        <source>Not linked to a station (F2 to choose, Ctrl+L to pick on the map)</source>
        <translation>Liée à aucune station (F2 pour choisir, Ctrl+L pour la désigner sur la carte)</translation>
    </message>
    <message>
        <source>{station}
Double-click or Ctrl+Return: show on the map</source>
        <translation>{station}
Double-clic ou Ctrl+Entrée : montrer sur la carte</translation>
    </message>
    <message>
        <source>Overdue since {date}</source>
        <translation>En retard depuis le {date}</translation>
    </message>
    <message>
        <source>Effort {n}: {word}</source>
        <translation>Effort {n} : {word}</translation>
    </message>
    <message>
        <source>Value {n}: {word}</source>
        <translation>Valeur {n} : {word}</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>ActionUpdateDialog</name>
    <message>
        <source>Update from action list</source>
        <translation>Mettre à jour depuis le plan d’action</translation>
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
        <translation>A&amp;ide</translation>
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
        <source>&amp;Import JSON document…</source>
        <translation>&amp;Importer un document JSON…</translation>
    </message>
    <message>
        <source>Make a new workshop file from a JSON interchange document</source>
        <translation>Créer un fichier d’atelier à partir d’un document JSON au format d’échange</translation>
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
        <source>Publis&amp;h to library…</source>
        <translation>P&amp;ublier dans la bibliothèque…</translation>
    </message>
    <message>
        <source>Publish this workshop (or a journey as a house template)</source>
        <translation>Publier cet atelier (ou un parcours comme modèle maison)</translation>
    </message>
    <message>
        <source>Library se&amp;ttings…</source>
        <translation>&amp;Paramètres de la bibliothèque…</translation>
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
        <source>Save a cop&amp;y…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export a PDF poster, an Excel action list, an image or JSON (Ctrl+E)</source>
        <translation>Exporter une affiche PDF, un plan d’action Excel, une image ou du JSON (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export PDF &amp;poster…</source>
        <translation>Exporter l’&amp;affiche PDF…</translation>
    </message>
    <message>
        <source>Export Excel action &amp;list…</source>
        <translation>Exporter le p&amp;lan d’action Excel…</translation>
    </message>
    <message>
        <source>&amp;Update from action list…</source>
        <translation>&amp;Mettre à jour depuis le plan d’action…</translation>
    </message>
    <message>
        <source>Read back the Excel action list the client edited: preview every change, then apply it as one step</source>
        <translation>Relire le plan d’action Excel modifié par le client : vérifier chaque modification, puis tout appliquer en une étape</translation>
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
        <translation>&amp;Ajouter une station</translation>
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
        <translation>&amp;Zoom avant</translation>
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
        <source>Show &amp;pain points</source>
        <translation>Afficher &amp;les points de friction</translation>
    </message>
    <message>
        <source>Show i&amp;deas</source>
        <translation>Afficher les i&amp;dées</translation>
    </message>
    <message>
        <source>A mark with the number of improvement ideas of each station; their titles when the pointer rests on it</source>
        <translation>Une marque avec le nombre d&apos;idées d&apos;amélioration de chaque station ; leurs titres quand le pointeur s&apos;y arrête</translation>
    </message>
    <message>
        <source>Show &amp;quotes</source>
        <translation>Afficher l&amp;es citations</translation>
    </message>
    <message>
        <source>Show o&amp;wners</source>
        <translation>Afficher les respo&amp;nsables</translation>
    </message>
    <message>
        <source>Show fi&amp;gures</source>
        <translation>Afficher les c&amp;hiffres</translation>
    </message>
    <message>
        <source>Day, customers, duration and drop-off under each station</source>
        <translation>Jour, clients, durée et abandon sous chaque station</translation>
    </message>
    <message>
        <source>Show the emotion &amp;curve</source>
        <translation>Afficher la courbe des &amp;émotions</translation>
    </message>
    <message>
        <source>Show the map &amp;title</source>
        <translation>Afficher le t&amp;itre de la carte</translation>
    </message>
    <message>
        <source>Foc&amp;us on the map</source>
        <translation>Se c&amp;oncentrer sur la carte</translation>
    </message>
    <message>
        <source>Hide every panel so the map has the whole window; the same again brings them back (Ctrl+Shift+H)</source>
        <translation>Masque tous les panneaux pour que la carte ait toute la fenêtre ; la même commande les ramène (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <source>Pane&amp;ls</source>
        <translation>&amp;Panneaux</translation>
    </message>
    <message>
        <source>Compa&amp;re today and future…</source>
        <translation>&amp;Comparer aujourd’hui et demain…</translation>
    </message>
    <message>
        <source>Today&apos;s and the future journey one above the other</source>
        <translation>Le parcours actuel et le parcours futur l’un au-dessus de l’autre</translation>
    </message>
    <message>
        <source>Presentation &amp;mode</source>
        <translation>&amp;Mode présentation</translation>
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
    <name>CanvasMenus</name>
    <message>
        <source>Add station here</source>
        <translation>Ajouter une station ici</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Select all stations</source>
        <translation>Sélectionner toutes les stations</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <source>Add improvement idea…</source>
        <translation>Ajouter une idée d’amélioration…</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Supprimer la phase</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Default colour</source>
        <translation>Couleur par défaut</translation>
    </message>
    <message>
        <source>Add phase before</source>
        <translation>Ajouter une phase avant</translation>
    </message>
    <message>
        <source>Add phase after</source>
        <translation>Ajouter une phase après</translation>
    </message>
    <message>
        <source>Add line above</source>
        <translation>Ajouter une ligne au-dessus</translation>
    </message>
    <message>
        <source>Add line below</source>
        <translation>Ajouter une ligne en dessous</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Autre couleur…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>ColorNames</name>
    <message>
        <source>Custom colour</source>
        <translation>Couleur personnalisée</translation>
    </message>
    <message>
        <source>Custom colour ({code})</source>
        <translation>Couleur personnalisée ({code})</translation>
    </message>
</context>
<context>
    <name>ComparisonChart</name>
    <message>
        <source>Emotion, today and in the future</source>
        <translation>Émotion, aujourd’hui et demain</translation>
    </message>
    <message>
        <source>▲ {change} better</source>
        <translation>▲ {change} mieux</translation>
    </message>
    <message>
        <source>▼ {change} worse</source>
        <translation>▼ {change} moins bien</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= aucun changement</translation>
    </message>
    <message>
        <source>{name}: average {value}</source>
        <translation>{name} : moyenne {value}</translation>
    </message>
    <message>
        <source>{name}: not assessed</source>
        <translation>{name} : non évalué</translation>
    </message>
</context>
<context>
    <name>DocumentImport</name>
    <message>
        <source>Import JSON document</source>
        <translation>Importer un document JSON</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Enregistrer l’atelier importé sous</translation>
    </message>
    <message>
        <source>The document could not be imported</source>
        <translation>Impossible d’importer le document</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Add action {name}</source>
        <translation>Ajouter l’action {name}</translation>
    </message>
    <message>
        <source>Add journey {name}</source>
        <translation>Ajouter le parcours {name}</translation>
    </message>
    <message>
        <source>Add line {name}</source>
        <translation>Ajouter la ligne {name}</translation>
    </message>
    <message>
        <source>Add owner {name}</source>
        <translation>Ajouter le responsable {name}</translation>
    </message>
    <message>
        <source>Add persona {name}</source>
        <translation>Ajouter le persona {name}</translation>
    </message>
    <message>
        <source>Add phase {name}</source>
        <translation>Ajouter la phase {name}</translation>
    </message>
    <message>
        <source>Add station {name}</source>
        <translation>Ajouter la station {name}</translation>
    </message>
    <message numerus="yes">
        <source>Clear moment of truth of %n station(s)</source>
        <translation>
            <numerusform>Retirer le moment de vérité de station</numerusform>
            <numerusform>Retirer le moment de vérité de %n stations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Supprimer action</numerusform>
            <numerusform>Supprimer %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n line(s)</source>
        <translation>
            <numerusform>Supprimer ligne</numerusform>
            <numerusform>Supprimer %n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n phase(s)</source>
        <translation>
            <numerusform>Supprimer phase</numerusform>
            <numerusform>Supprimer %n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n station(s)</source>
        <translation>
            <numerusform>Supprimer station</numerusform>
            <numerusform>Supprimer %n stations</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Supprimer le responsable</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Supprimer le persona</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Supprimer la phase</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Concevoir le parcours futur</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n station(s)</source>
        <translation>
            <numerusform>Dupliquer station</numerusform>
            <numerusform>Dupliquer %n stations</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit action {field}</source>
        <translation>Modifier le champ « {field} »</translation>
    </message>
    <message>
        <source>Edit journey&apos;s {field}</source>
        <translation>Modifier le champ « {field} »</translation>
    </message>
    <message>
        <source>Edit line {field}</source>
        <translation>Modifier le champ « {field} »</translation>
    </message>
    <message>
        <source>Edit owner&apos;s {field}</source>
        <translation>Modifier le champ « {field} »</translation>
    </message>
    <message>
        <source>Edit persona&apos;s {field}</source>
        <translation>Modifier le champ « {field} »</translation>
    </message>
    <message>
        <source>Edit phase {field}</source>
        <translation>Modifier le champ « {field} »</translation>
    </message>
    <message>
        <source>Edit station {field}</source>
        <translation>Modifier le champ « {field} »</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Modifier les détails de l’atelier</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n station(s) as moment of truth</source>
        <translation>
            <numerusform>Marquer station comme moment de vérité</numerusform>
            <numerusform>Marquer %n stations comme moment de vérité</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge owners</source>
        <translation>Fusionner les responsables</translation>
    </message>
    <message numerus="yes">
        <source>Move %n station(s)</source>
        <translation>
            <numerusform>Déplacer station</numerusform>
            <numerusform>Déplacer %n stations</numerusform>
        </translation>
    </message>
    <message>
        <source>Move line to backstage</source>
        <translation>Déplacer la ligne en coulisses</translation>
    </message>
    <message>
        <source>Move line to frontstage</source>
        <translation>Rendre la ligne visible du client</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n station(s)</source>
        <translation>
            <numerusform>Coller station</numerusform>
            <numerusform>Coller %n stations</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename station</source>
        <translation>Renommer la station</translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation>Réordonner les parcours</translation>
    </message>
    <message>
        <source>Reorder lines</source>
        <translation>Réordonner les lignes</translation>
    </message>
    <message>
        <source>Reorder phases</source>
        <translation>Réordonner les phases</translation>
    </message>
    <message numerus="yes">
        <source>Set emotion of %n station(s)</source>
        <translation>
            <numerusform>Définir l’émotion de station</numerusform>
            <numerusform>Définir l’émotion de %n stations</numerusform>
        </translation>
    </message>
    <message>
        <source>Set owner to new {name}</source>
        <translation>Attribuer au nouveau responsable {name}</translation>
    </message>
    <message>
        <source>Update from {file}</source>
        <translation>Mettre à jour depuis {file}</translation>
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
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>The room has not judged this moment yet</source>
        <translation>La salle n’a pas encore évalué ce moment</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Pas encore évalué</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the {label} as</source>
        <translation>Exporter {label} sous</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;All journeys</source>
        <translation>&amp;Tous les parcours</translation>
    </message>
    <message>
        <source>O&amp;ne:</source>
        <translation>&amp;Un :</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Parcours :</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>An image shows one journey&apos;s map</source>
        <translation>Une image montre la carte d&apos;un seul parcours</translation>
    </message>
    <message>
        <source>Every journey&apos;s map</source>
        <translation>La carte de chaque parcours</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>“{name}” already exists in “{folder}”. Replace it?</source>
        <translation>« {name} » existe déjà dans « {folder} ». Le remplacer ?</translation>
    </message>
</context>
<context>
    <name>ExportNotices</name>
    <message>
        <source>No installed font has the character {characters}, so it shows as an empty box. Install a font that has it (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Aucune police installée ne contient le caractère {characters} ; il s’affiche donc comme une case vide. Installez une police qui le contient (par ex. Noto Sans CJK ou Droid Sans Fallback en TrueType) et exportez à nouveau.</translation>
    </message>
    <message>
        <source>No installed font has these {count} characters, so they show as empty boxes: {characters}. Install a font that has them (e.g. Noto Sans CJK or Droid Sans Fallback as TrueType) and export again.</source>
        <translation>Aucune police installée ne contient ces {count} caractères ; ils s’affichent donc comme des cases vides : {characters}. Installez une police qui les contient (par ex. Noto Sans CJK ou Droid Sans Fallback en TrueType) et exportez à nouveau.</translation>
    </message>
    <message>
        <source>The map of {journey} is printed at {percent}% on {paper}: its smallest text is {size} pt. Choose a larger paper for print; on screen it can be zoomed.</source>
        <translation>La carte {journey} est imprimée à {percent} % sur {paper} : son plus petit texte mesure {size} pt. Choisissez un papier plus grand pour l’impression ; à l’écran, elle peut être agrandie.</translation>
    </message>
    <message>
        <source>The map of {journey} is too large for the chosen resolution; it was drawn at {dpi} dpi instead. Use the PDF or SVG for a sharper copy.</source>
        <translation>La carte {journey} est trop grande pour la résolution choisie ; elle a été dessinée à {dpi} ppp à la place. Utilisez le PDF ou le SVG pour une copie plus nette.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>Exporting the {label} “{name}”…</source>
        <translation>Export de {label} « {name} »…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>L’export a échoué</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>Exported {what}.</source>
        <translation>{what} exporté.</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>Dans {folder}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message numerus="yes">
        <source>Please check %n note(s):</source>
        <translation>
            <numerusform>Veuillez vérifier %n remarque :</numerusform>
            <numerusform>Veuillez vérifier %n remarques :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export failed</source>
        <translation>L’export a échoué</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Chiffres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;Quotes</source>
        <translation>Ci&amp;tations</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <source>150 dpi suits slides; 300 dpi suits print</source>
        <translation>150 ppp convient aux diapositives ; 300 ppp à l&apos;impression</translation>
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
        <translation>Feuilles A4 à assembler</translation>
    </message>
    <message>
        <source>A4 · 210 × 297 mm</source>
        <translation>A4 · 210 × 297 mm</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Actions, stations and owners as sheets, to plan the follow-up.</source>
        <translation>Actions, stations et responsables en feuilles, pour planifier le suivi.</translation>
    </message>
    <message>
        <source>As View ▸ Show… has it; a change here is for this export only</source>
        <translation>Comme dans Affichage ▸ Afficher… ; une modification ici ne vaut que pour cet export</translation>
    </message>
    <message>
        <source>Assumed</source>
        <translation>Supposé</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Coulisses</translation>
    </message>
    <message>
        <source>Big bet</source>
        <translation>Gros pari</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Vert bleuté</translation>
    </message>
    <message>
        <source>Bronze</source>
        <translation>Bronze</translation>
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
        <source>Dark brown</source>
        <translation>Brun foncé</translation>
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
        <source>Doing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
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
        <source>Dropped</source>
        <translation>Abandonnée</translation>
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
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Excel action list</source>
        <translation>Liste d&apos;actions Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Fill-in</source>
        <translation>Bouche-trou</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Visible du client</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrations</translation>
    </message>
    <message>
        <source>Future</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>I&amp;deas</source>
        <translation>I&amp;dées</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
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
        <translation>Entretien</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>Document JSON</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>Documents JSON (*.json)</translation>
    </message>
    <message>
        <source>Journeyline export</source>
        <translation>Export Journeyline</translation>
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
        <source>Letter sheets, to tape together</source>
        <translation>Feuilles Lettre US à assembler</translation>
    </message>
    <message>
        <source>Letter · 8.5 × 11 in</source>
        <translation>Lettre US · 8,5 × 11 po</translation>
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
        <source>Ne&amp;eds</source>
        <translation>&amp;Besoins</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négative</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
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
        <source>O&amp;wners</source>
        <translation>&amp;Responsables</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observé</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a drawing that stays sharp at any size.</source>
        <translation>La carte d&apos;un parcours en dessin qui reste net à toute taille.</translation>
    </message>
    <message>
        <source>One journey&apos;s map as a picture, for slides and documents.</source>
        <translation>La carte d&apos;un parcours en image, pour les présentations et les documents.</translation>
    </message>
    <message>
        <source>One sheet of that size</source>
        <translation>Une feuille de ce format</translation>
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
        <source>PDF poster</source>
        <translation>Affiche PDF</translation>
    </message>
    <message>
        <source>PDF posters (*.pdf)</source>
        <translation>Affiches PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Pain po&amp;ints</source>
        <translation>&amp;Points de friction</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Pale blue</source>
        <translation>Bleu pâle</translation>
    </message>
    <message>
        <source>Pale green</source>
        <translation>Vert pâle</translation>
    </message>
    <message>
        <source>Pale grey</source>
        <translation>Gris pâle</translation>
    </message>
    <message>
        <source>Pale lavender</source>
        <translation>Lavande pâle</translation>
    </message>
    <message>
        <source>Pale peach</source>
        <translation>Pêche pâle</translation>
    </message>
    <message>
        <source>Pale pink</source>
        <translation>Rose pâle</translation>
    </message>
    <message>
        <source>Pale turquoise</source>
        <translation>Turquoise pâle</translation>
    </message>
    <message>
        <source>Pale yellow</source>
        <translation>Jaune pâle</translation>
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
        <source>Planned</source>
        <translation>Planifiée</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Print &amp;on:</source>
        <translation>Imprimer &amp;sur :</translation>
    </message>
    <message>
        <source>Quick win</source>
        <translation>Gain rapide</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Pourpre</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Rapporté</translation>
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
        <source>S&amp;how:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>Image SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Bleu ciel</translation>
    </message>
    <message>
        <source>Slate grey</source>
        <translation>Gris ardoise</translation>
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
        <source>Steel blue</source>
        <translation>Bleu acier</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Support contact</source>
        <translation>Contact au support</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Tabloid · 11 × 17 in</source>
        <translation>Tabloïd · 11 × 17 po</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>The map, the action list and the station details, ready to print.</source>
        <translation>La carte, la liste d&apos;actions et le détail des stations, prêts à imprimer.</translation>
    </message>
    <message>
        <source>The whole workshop as an interchange document, to import elsewhere.</source>
        <translation>Tout l&apos;atelier en document d&apos;échange, à importer ailleurs.</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>La langue de l&apos;atelier</translation>
    </message>
    <message>
        <source>Time sink</source>
        <translation>Perte de temps</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Unrated</source>
        <translation>Non évaluée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Vermilion</source>
        <translation>Vermillon</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Très négative</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>Très positive</translation>
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
        <source>details</source>
        <translation>détails</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>ppp</translation>
    </message>
    <message>
        <source>drop-off</source>
        <translation>abandon</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>date d’échéance</translation>
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
        <translation>preuve</translation>
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
        <translation>récit</translation>
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
    <name>FileProblems</name>
    <message>
        <source>Another program is writing to the library “{library}”; try again in a moment. Nothing was changed.</source>
        <translation>Un autre programme écrit dans la bibliothèque « {library} » ; réessayez dans un instant. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop (“{exported}”); nothing was changed.</source>
        <translation>Aucune des {count} actions de {file} n’est dans cet atelier : la liste a été exportée d’un autre atelier (« {exported} ») ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>None of the {count} actions in {file} is in this workshop: the list was exported from another workshop; nothing was changed.</source>
        <translation>Aucune des {count} actions de {file} n’est dans cet atelier : la liste a été exportée d’un autre atelier ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Row {row}: the new action “{title}” gets no owner, as “{needed}” is not created.</source>
        <translation>Ligne {row} : la nouvelle action « {title} » n’a pas de responsable, car « {needed} » n’est pas créé.</translation>
    </message>
    <message>
        <source>Row {row}: the {field} of “{action}” was changed both in the list (to {listed}) and in the workshop since the export (to {current}); the list&apos;s value is the one applied.</source>
        <translation>Ligne {row} : le champ « {field} » de « {action} » a été modifié à la fois dans la liste (en {listed}) et dans l’atelier depuis l’export (en {current}) ; c’est la valeur de la liste qui est appliquée.</translation>
    </message>
    <message>
        <source>Row {row}: “{action}” keeps its owner {owner}, as “{needed}” is not created.</source>
        <translation>Ligne {row} : « {action} » garde son responsable {owner}, car « {needed} » n’est pas créé.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}” has no “{header}” column (row {row} is its header), so every action keeps its {field}.</source>
        <translation>La feuille « {sheet} » n’a pas de colonne « {header} » (la ligne {row} est son en-tête) ; chaque action garde donc son champ « {field} ».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} has no action key: it is taken as the action “{title}” of the workshop, which has the same title.</source>
        <translation>Feuille « {sheet} », ligne {row} : elle n’a pas de clé d’action ; elle est prise pour l’action « {title} » de l’atelier, qui a le même titre.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} holds only formulas (a totals row?), so it is not read as an action.</source>
        <translation>Feuille « {sheet} », ligne {row} : elle ne contient que des formules (une ligne de totaux ?) ; elle n’est donc pas lue comme une action.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} is a new action, but the sheet has no “{header}” column to give it a title.</source>
        <translation>Feuille « {sheet} », ligne {row} : c’est une nouvelle action, mais la feuille n’a pas de colonne « {header} » pour lui donner un titre.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row} names no journey: the list needs a “{header}” column naming the journey of the new action ({journeys}).</source>
        <translation>Feuille « {sheet} », ligne {row} : aucun parcours n’est indiqué ; la liste a besoin d’une colonne « {header} » indiquant le parcours de la nouvelle action ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the Excel error “{value}”.</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne {column} ({header}) : la cellule contient l’erreur Excel « {value} ».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}” with no value computed by Excel: it is read as that text, never run.</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne {column} ({header}) : la cellule contient la formule « {formula} » sans valeur calculée par Excel ; elle est lue comme ce texte, jamais exécutée.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds the formula “{formula}”: its value as Excel last showed it, “{value}”, is read.</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne {column} ({header}) : la cellule contient la formule « {formula} » ; sa valeur telle qu’Excel l’a affichée en dernier, « {value} », est lue.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, the name of {count} journeys: rename one of them in Journeyline first.</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne {column} ({header}) : la cellule contient « {name} », le nom de {count} parcours ; renommez d’abord l’un d’eux dans Journeyline.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{name}”, which is no journey of this workshop ({journeys}).</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne {column} ({header}) : la cellule contient « {name} », qui n’est aucun parcours de cet atelier ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but no station has that title: the action&apos;s station is left as it is.</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne {column} ({header}) : la cellule contient « {title} », mais aucune station n’a ce titre ; la station de l’action reste telle quelle.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{title}”, but {count} stations have that title: the action&apos;s station is left as it is.</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne {column} ({header}) : la cellule contient « {title} », mais {count} stations ont ce titre ; la station de l’action reste telle quelle.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”, which is not an action key Journeyline wrote: clear that hidden cell to add the row as a new action.</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne {column} ({header}) : la cellule contient « {value} », qui n’est pas une clé d’action écrite par Journeyline ; videz cette cellule masquée pour ajouter la ligne comme nouvelle action.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) holds “{value}”.</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne {column} ({header}) : la cellule contient « {value} ».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty.</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne {column} ({header}) : la cellule est vide.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: name the journey of the new action ({journeys}).</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne {column} ({header}) : la cellule est vide ; indiquez le parcours de la nouvelle action ({journeys}).</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}, column {column} ({header}) is empty: the status of “{action}” stays “{status}”.</source>
        <translation>Feuille « {sheet} », ligne {row}, colonne {column} ({header}) : la cellule est vide ; le statut de « {action} » reste « {status} ».</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: its action is no longer in the workshop (deleted after the export?), so the row is left out.</source>
        <translation>Feuille « {sheet} », ligne {row} : son action n’est plus dans l’atelier (supprimée après l’export ?) ; la ligne est donc ignorée.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, row {row}: the “{header}” column names “{named}”, but the action is in “{actual}”, where it stays.</source>
        <translation>Feuille « {sheet} », ligne {row} : la colonne « {header} » indique « {named} », mais l’action est dans « {actual} », où elle reste.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, rows {first} and {second} carry the same hidden action key in column {column}: one row was copied from the other, so clear that cell in the copy to add it as a new action.</source>
        <translation>Feuille « {sheet} », lignes {first} et {second} : elles portent la même clé d’action masquée dans la colonne {column} ; l’une a été copiée de l’autre, videz donc cette cellule dans la copie pour l’ajouter comme nouvelle action.</translation>
    </message>
    <message>
        <source>Sheet “{sheet}”, {count} rows ({rows}): the “{header}” column names “{named}”, but the actions are in “{actual}”, where they stay.</source>
        <translation>Feuille « {sheet} », {count} lignes ({rows}) : la colonne « {header} » indique « {named} », mais les actions sont dans « {actual} », où elles restent.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved in {folder}: {reason}.</source>
        <translation>Le choix de la bibliothèque n’a pas pu être enregistré dans {folder} : {reason}.</translation>
    </message>
    <message>
        <source>The choice of library could not be saved. {problem}</source>
        <translation>Le choix de la bibliothèque n’a pas pu être enregistré. {problem}</translation>
    </message>
    <message>
        <source>The connection to the library “{library}” was lost; nothing was changed.</source>
        <translation>La connexion à la bibliothèque « {library} » a été perdue ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The copy {file} failed its check.</source>
        <translation>La copie {file} n’a pas passé la vérification.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be reached; nothing was changed.</source>
        <translation>La bibliothèque « {library} » est injoignable ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be used: {module} is not installed.</source>
        <translation>La bibliothèque « {library} » ne peut pas être utilisée : {module} n’est pas installé.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: it is read-only; nothing was changed.</source>
        <translation>Impossible d’écrire dans la bibliothèque « {library} » : elle est en lecture seule ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The library “{library}” cannot be written: the disk is full; nothing was changed.</source>
        <translation>Impossible d’écrire dans la bibliothèque « {library} » : le disque est plein ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The library “{library}” could not be used: {reason}. Nothing was changed.</source>
        <translation>La bibliothèque « {library} » n’a pas pu être utilisée : {reason}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The library “{library}” is not set up for this Journeyline yet, and your database role may not set it up; ask the library&apos;s owner to run &apos;journeyline library setup&apos; once.</source>
        <translation>La bibliothèque « {library} » n’est pas encore configurée pour ce Journeyline, et votre rôle de base de données ne peut pas la configurer ; demandez au propriétaire de la bibliothèque d’exécuter une fois &apos;journeyline library setup&apos;.</translation>
    </message>
    <message>
        <source>The library “{library}” was set up by a newer Journeyline; please update Journeyline to use it.</source>
        <translation>La bibliothèque « {library} » a été configurée par une version plus récente de Journeyline ; mettez Journeyline à jour pour l’utiliser.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” has no such database; nothing was changed.</source>
        <translation>Le serveur de la bibliothèque « {library} » n’a pas cette base de données ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The server of the library “{library}” refused the sign-in (user or password); nothing was changed.</source>
        <translation>Le serveur de la bibliothèque « {library} » a refusé la connexion (utilisateur ou mot de passe) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The workshop could not be prepared for export: {reason}.</source>
        <translation>Impossible de préparer l’atelier pour l’export : {reason}.</translation>
    </message>
    <message>
        <source>Version {number} of “{title}” in the library “{library}” cannot be read: {place}: {rule}</source>
        <translation>La version {number} de « {title} » dans la bibliothèque « {library} » ne peut pas être lue : {place} : {rule}</translation>
    </message>
    <message>
        <source>Your database role may not publish to the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Votre rôle de base de données n’a pas le droit de publier dans la bibliothèque « {library} » : demandez au propriétaire de la bibliothèque de le lui accorder ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Your database role may not read the library “{library}”: ask the library&apos;s owner to grant it the right; nothing was changed.</source>
        <translation>Votre rôle de base de données n’a pas le droit de lire la bibliothèque « {library} » : demandez au propriétaire de la bibliothèque de le lui accorder ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>action {id}</source>
        <translation>l’action {id}</translation>
    </message>
    <message>
        <source>binary data ({count} bytes)</source>
        <translation>des données binaires ({count} octets)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>journey {id}</source>
        <translation>le parcours {id}</translation>
    </message>
    <message>
        <source>line {id}</source>
        <translation>la ligne {id}</translation>
    </message>
    <message>
        <source>owner {id}</source>
        <translation>le responsable {id}</translation>
    </message>
    <message>
        <source>persona {id}</source>
        <translation>la persona {id}</translation>
    </message>
    <message>
        <source>phase {id}</source>
        <translation>la phase {id}</translation>
    </message>
    <message>
        <source>row {id} of the table {table}</source>
        <translation>la ligne {id} de la table {table}</translation>
    </message>
    <message>
        <source>station {id}</source>
        <translation>la station {id}</translation>
    </message>
    <message>
        <source>the workshop record</source>
        <translation>les données de base de l’atelier</translation>
    </message>
    <message>
        <source>{file} already exists; it was not overwritten.</source>
        <translation>{file} existe déjà ; il n’a pas été remplacé.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} actions, and a workshop holds at most {max}.</source>
        <translation>Impossible d’ouvrir {file} : il contient {count} actions, et un atelier en compte au plus {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} journeys, and a workshop holds at most {max}.</source>
        <translation>Impossible d’ouvrir {file} : il contient {count} parcours, et un atelier en compte au plus {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} lines, and a workshop holds at most {max}.</source>
        <translation>Impossible d’ouvrir {file} : il contient {count} lignes, et un atelier en compte au plus {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} owners, and a workshop holds at most {max}.</source>
        <translation>Impossible d’ouvrir {file} : il contient {count} responsables, et un atelier en compte au plus {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} personas, and a workshop holds at most {max}.</source>
        <translation>Impossible d’ouvrir {file} : il contient {count} personas, et un atelier en compte au plus {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} phases, and a workshop holds at most {max}.</source>
        <translation>Impossible d’ouvrir {file} : il contient {count} phases, et un atelier en compte au plus {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} quotes, and a workshop holds at most {max}.</source>
        <translation>Impossible d’ouvrir {file} : il contient {count} citations, et un atelier en compte au plus {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it holds {count} stations, and a workshop holds at most {max}.</source>
        <translation>Impossible d’ouvrir {file} : il contient {count} stations, et un atelier en compte au plus {max}.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: it is {size}, and Journeyline reads files of at most {limit}.</source>
        <translation>Impossible d’ouvrir {file} : il fait {size}, et Journeyline lit des fichiers de {limit} au plus.</translation>
    </message>
    <message>
        <source>{file} cannot be opened: its side file {side} is not a regular file.</source>
        <translation>Impossible d’ouvrir {file} : son fichier annexe {side} n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>{file} cannot be read: permission denied.</source>
        <translation>Impossible de lire {file} : permission refusée.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {reason}.</source>
        <translation>Impossible de lire {file} : {reason}.</translation>
    </message>
    <message>
        <source>{file} cannot be used: action {row} belongs to station {other} of another journey.</source>
        <translation>Impossible d’utiliser {file} : l’action {row} appartient à la station {other} d’un autre parcours.</translation>
    </message>
    <message>
        <source>{file} cannot be used: it has no workshop record.</source>
        <translation>Impossible d’utiliser {file} : les données de base de l’atelier manquent.</translation>
    </message>
    <message>
        <source>{file} cannot be used: its side files change it into something that is not this workshop file.</source>
        <translation>Impossible d’utiliser {file} : ses fichiers annexes en font autre chose que ce fichier d’atelier.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on line {other} of another journey.</source>
        <translation>Impossible d’utiliser {file} : la station {row} est sur la ligne {other} d’un autre parcours.</translation>
    </message>
    <message>
        <source>{file} cannot be used: station {row} is on phase {other} of another journey.</source>
        <translation>Impossible d’utiliser {file} : la station {row} est dans la phase {other} d’un autre parcours.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the column {column} of {row} is {value}, which is not a valid value.</source>
        <translation>Impossible d’utiliser {file} : la colonne {column} de {row} vaut {value}, ce qui n’est pas une valeur valide.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a list.</source>
        <translation>Impossible d’utiliser {file} : le champ « {field} » de {row} vaut {value}, ce qui n’est pas une liste.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}, which is not a valid value.</source>
        <translation>Impossible d’utiliser {file} : le champ « {field} » de {row} vaut {value}, ce qui n’est pas une valeur valide.</translation>
    </message>
    <message>
        <source>{file} cannot be used: the {field} of {row} is {value}. {rule}</source>
        <translation>Impossible d’utiliser {file} : le champ « {field} » de {row} vaut {value}. {rule}</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a journey that is not in the file.</source>
        <translation>Impossible d’utiliser {file} : {row} renvoie à un parcours qui n’est pas dans le fichier.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a line that is not in the file.</source>
        <translation>Impossible d’utiliser {file} : {row} renvoie à une ligne qui n’est pas dans le fichier.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a persona that is not in the file.</source>
        <translation>Impossible d’utiliser {file} : {row} renvoie à une persona qui n’est pas dans le fichier.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a phase that is not in the file.</source>
        <translation>Impossible d’utiliser {file} : {row} renvoie à une phase qui n’est pas dans le fichier.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a row of the table {table} that is not in the file.</source>
        <translation>Impossible d’utiliser {file} : {row} renvoie à une ligne de la table {table} qui n’est pas dans le fichier.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to a station that is not in the file.</source>
        <translation>Impossible d’utiliser {file} : {row} renvoie à une station qui n’est pas dans le fichier.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an action that is not in the file.</source>
        <translation>Impossible d’utiliser {file} : {row} renvoie à une action qui n’est pas dans le fichier.</translation>
    </message>
    <message>
        <source>{file} cannot be used: {row} refers to an owner that is not in the file.</source>
        <translation>Impossible d’utiliser {file} : {row} renvoie à un responsable qui n’est pas dans le fichier.</translation>
    </message>
    <message>
        <source>{file} could not be checked: {reason}.</source>
        <translation>Impossible de vérifier {file} : {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk is full.</source>
        <translation>Impossible d’ouvrir {file} : le disque est plein.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the disk reported an error.</source>
        <translation>Impossible d’ouvrir {file} : le disque a signalé une erreur.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the file or its folder is read-only.</source>
        <translation>Impossible d’ouvrir {file} : le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>{file} could not be opened: {reason}.</source>
        <translation>Impossible d’ouvrir {file} : {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk is full.</source>
        <translation>Impossible de lire {file} : le disque est plein.</translation>
    </message>
    <message>
        <source>{file} could not be read: the disk reported an error.</source>
        <translation>Impossible de lire {file} : le disque a signalé une erreur.</translation>
    </message>
    <message>
        <source>{file} could not be read: the file or its folder is read-only.</source>
        <translation>Impossible de lire {file} : le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>Impossible de lire {file} : {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk is full.</source>
        <translation>Impossible d’enregistrer {file} : le disque est plein.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the disk reported an error.</source>
        <translation>Impossible d’enregistrer {file} : le disque a signalé une erreur.</translation>
    </message>
    <message>
        <source>{file} could not be saved: the file or its folder is read-only.</source>
        <translation>Impossible d’enregistrer {file} : le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>{file} could not be saved: {reason}.</source>
        <translation>Impossible d’enregistrer {file} : {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be upgraded: it holds values this Journeyline does not accept; the file is unchanged.</source>
        <translation>Impossible de mettre à niveau {file} : il contient des valeurs que cette version de Journeyline n’accepte pas ; le fichier est inchangé.</translation>
    </message>
    <message>
        <source>{file} could not be written: a folder has that name; nothing was written.</source>
        <translation>Impossible d’écrire {file} : un dossier porte ce nom ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is a Journeyline workshop file, and an export never replaces a workshop; nothing was written.</source>
        <translation>Impossible d’écrire {file} : c’est un fichier d’atelier Journeyline, et un export ne remplace jamais un atelier ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: it is the workshop file being exported; nothing was written.</source>
        <translation>Impossible d’écrire {file} : c’est le fichier d’atelier en cours d’export ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: its name is {size} bytes long, and the folder allows at most {limit}; nothing was written.</source>
        <translation>Impossible d’écrire {file} : son nom fait {size} octets, et le dossier en autorise au plus {limit} ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: part of the path is not a folder; nothing was written.</source>
        <translation>Impossible d’écrire {file} : une partie du chemin n’est pas un dossier ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: permission was denied; nothing was written.</source>
        <translation>Impossible d’écrire {file} : la permission a été refusée ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full.</source>
        <translation>Impossible d’écrire {file} : le disque est plein.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is full; nothing was written.</source>
        <translation>Impossible d’écrire {file} : le disque est plein ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk is read-only; nothing was written.</source>
        <translation>Impossible d’écrire {file} : le disque est en lecture seule ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error.</source>
        <translation>Impossible d’écrire {file} : le disque a signalé une erreur.</translation>
    </message>
    <message>
        <source>{file} could not be written: the disk reported an error; nothing was written.</source>
        <translation>Impossible d’écrire {file} : le disque a signalé une erreur ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is open in another program; nothing was written.</source>
        <translation>Impossible d’écrire {file} : le fichier est ouvert dans un autre programme ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only or open in another program; nothing was written.</source>
        <translation>Impossible d’écrire {file} : le fichier est en lecture seule ou ouvert dans un autre programme ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file is read-only; nothing was written.</source>
        <translation>Impossible d’écrire {file} : le fichier est en lecture seule ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: the file or its folder is read-only.</source>
        <translation>Impossible d’écrire {file} : le fichier ou son dossier est en lecture seule.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder does not exist; nothing was written.</source>
        <translation>Impossible d’écrire {file} : le dossier n’existe pas ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: the folder is read-only; nothing was written.</source>
        <translation>Impossible d’écrire {file} : le dossier est en lecture seule ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is not allowed here; nothing was written.</source>
        <translation>Impossible d’écrire {file} : ce nom n’est pas autorisé ici ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: the name is too long; nothing was written.</source>
        <translation>Impossible d’écrire {file} : le nom est trop long ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journey with id {id}; nothing was written.</source>
        <translation>Impossible d’écrire {file} : l’atelier n’a aucun parcours d’id {id} ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop has no journeys, so there is no map to draw; nothing was written.</source>
        <translation>Impossible d’écrire {file} : l’atelier n’a aucun parcours, il n’y a donc pas de plan à dessiner ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: the workshop holds data the interchange format does not allow ({place}: {rule}); nothing was written.</source>
        <translation>Impossible d’écrire {file} : l’atelier contient des données que le format d’échange n’autorise pas ({place}: {rule}) ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: there is no export format {format}; nothing was written.</source>
        <translation>Impossible d’écrire {file} : il n’existe pas de format d’export {format} ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}.</source>
        <translation>Impossible d’écrire {file} : {reason}.</translation>
    </message>
    <message>
        <source>{file} could not be written: {reason}; nothing was written.</source>
        <translation>Impossible d’écrire {file} : {reason} ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} n’existe pas.</translation>
    </message>
    <message>
        <source>{file} has file version {version}, which this Journeyline cannot upgrade.</source>
        <translation>{file} est en version de fichier {version}, que cette version de Journeyline ne sait pas mettre à niveau.</translation>
    </message>
    <message>
        <source>{file} has no record of the values as exported (its hidden sheet is gone), so every difference from the workshop counts as a change in the list, including changes made in the workshop since the export.</source>
        <translation>{file} ne garde aucune trace des valeurs telles qu’exportées (sa feuille masquée a disparu) ; toute différence avec l’atelier compte donc comme une modification de la liste, y compris les modifications faites dans l’atelier depuis l’export.</translation>
    </message>
    <message>
        <source>{file} holds the action list twice (sheets “{first}” and “{second}”): keep one of them and try again; nothing was changed.</source>
        <translation>{file} contient le plan d’action deux fois (feuilles « {first} » et « {second} ») : gardez-en une et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{file} is a database of another program, not a Journeyline workshop file.</source>
        <translation>{file} est une base de données d’un autre programme, pas un fichier d’atelier Journeyline.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a workshop file.</source>
        <translation>{file} est un dossier, pas un fichier d’atelier.</translation>
    </message>
    <message>
        <source>{file} is a folder, not an Excel workbook.</source>
        <translation>{file} est un dossier, pas un classeur Excel.</translation>
    </message>
    <message>
        <source>{file} is a workshop file, not an interchange JSON document; nothing was written.</source>
        <translation>{file} est un fichier d’atelier, pas un document JSON au format d’échange ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} is a zip archive but not an Excel workbook, so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} est une archive zip mais pas un classeur Excel ; ce n’est donc pas un plan d’action Journeyline ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{file} is a zip archive, not a Journeyline workshop file.</source>
        <translation>{file} est une archive zip, pas un fichier d’atelier Journeyline.</translation>
    </message>
    <message>
        <source>{file} is an old-format Excel (.xls) or other Office file, not a Journeyline action list (.xlsx); nothing was changed.</source>
        <translation>{file} est un fichier Excel d’ancien format (.xls) ou un autre fichier Office, pas un plan d’action Journeyline (.xlsx) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{file} is closed.</source>
        <translation>{file} est fermé.</translation>
    </message>
    <message>
        <source>{file} is damaged and cannot be read.</source>
        <translation>{file} est endommagé et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{file} is damaged: Excel&apos;s parts inside it cannot be read; nothing was changed.</source>
        <translation>{file} est endommagé : ses parties Excel ne peuvent pas être lues ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{file} is damaged: SQLite&apos;s check of the file failed.</source>
        <translation>{file} est endommagé : la vérification du fichier par SQLite a échoué.</translation>
    </message>
    <message>
        <source>{file} is damaged: a sheet inside it cannot be read; nothing was changed.</source>
        <translation>{file} est endommagé : une feuille qu’il contient ne peut pas être lue ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{file} is damaged: it has no valid file version.</source>
        <translation>{file} est endommagé : il n’a pas de version de fichier valide.</translation>
    </message>
    <message>
        <source>{file} is damaged: it is not a complete Excel workbook; nothing was changed.</source>
        <translation>{file} est endommagé : ce n’est pas un classeur Excel complet ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{file} is damaged: some of its rows refer to rows that do not exist.</source>
        <translation>{file} est endommagé : certaines de ses lignes renvoient à des lignes qui n’existent pas.</translation>
    </message>
    <message>
        <source>{file} is damaged: the file is truncated.</source>
        <translation>{file} est endommagé : le fichier est tronqué.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not a Journeyline workshop file.</source>
        <translation>{file} est vide : ce n’est donc pas un fichier d’atelier Journeyline.</translation>
    </message>
    <message>
        <source>{file} is empty, so it is not an Excel action list.</source>
        <translation>{file} est vide ; ce n’est donc pas un plan d’action Excel.</translation>
    </message>
    <message>
        <source>{file} is in a read-only folder, so it cannot be edited.</source>
        <translation>{file} se trouve dans un dossier en lecture seule : il ne peut donc pas être modifié.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline action list: no sheet has the hidden action key column that Journeyline&apos;s export writes; nothing was changed.</source>
        <translation>{file} n’est pas un plan d’action Journeyline : aucune feuille n’a la colonne masquée des clés d’action qu’écrit l’export de Journeyline ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{file} is not a Journeyline workshop file.</source>
        <translation>{file} n’est pas un fichier d’atelier Journeyline.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say), so it is not a workshop file.</source>
        <translation>{file} n’est pas un fichier ordinaire (mais par exemple un tube ou un périphérique) : ce n’est donc pas un fichier d’atelier.</translation>
    </message>
    <message>
        <source>{file} is not a regular file (a pipe or a device, say).</source>
        <translation>{file} n’est pas un fichier ordinaire (mais par exemple un tube ou un périphérique).</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx), so it is not a Journeyline action list; nothing was changed.</source>
        <translation>{file} n’est pas un classeur Excel (.xlsx) ; ce n’est donc pas un plan d’action Journeyline ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{file} is open in Journeyline or another program, so it was not replaced; close it there first. Nothing was written.</source>
        <translation>{file} est ouvert dans Journeyline ou dans un autre programme, il n’a donc pas été remplacé ; fermez-le d’abord. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} is open in another Journeyline window or program; close it there first.</source>
        <translation>{file} est ouvert dans une autre fenêtre Journeyline ou dans un autre programme ; fermez-le d’abord.</translation>
    </message>
    <message>
        <source>{file} is protected with a password: open it in Excel, remove the password (File ▸ Info ▸ Protect Workbook), save it and try again; nothing was changed.</source>
        <translation>{file} est protégé par un mot de passe : ouvrez-le dans Excel, supprimez le mot de passe (Fichier ▸ Informations ▸ Protéger le classeur), enregistrez-le et réessayez ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{file} is read-only, so it cannot be edited.</source>
        <translation>{file} est en lecture seule : il ne peut donc pas être modifié.</translation>
    </message>
    <message>
        <source>{file} unpacks to more than {limit} MB, far more than any action list; it was not read and nothing was changed.</source>
        <translation>{file} se décompresse en plus de {limit} Mo, bien plus que tout plan d’action ; il n’a pas été lu et rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: file version {version} is not one Journeyline has made.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : la version de fichier {version} n’a jamais été créée par Journeyline.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a table {name} that Journeyline does not make.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : il contient une table {name} que Journeyline ne crée pas.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a trigger {name} that Journeyline does not make.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : il contient un déclencheur {name} que Journeyline ne crée pas.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds a view {name} that Journeyline does not make.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : il contient une vue {name} que Journeyline ne crée pas.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: it holds an index {name} that Journeyline does not make.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : il contient un index {name} que Journeyline ne crée pas.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is missing.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : son index {name} manque.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its index {name} is not the one Journeyline makes.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : son index {name} n’est pas celui que crée Journeyline.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is missing.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : sa table {name} manque.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its table {name} is not the one Journeyline makes.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : sa table {name} n’est pas celle que crée Journeyline.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its tables are not those of a workshop file.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : ses tables ne sont pas celles d’un fichier d’atelier.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is missing.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : son déclencheur {name} manque.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its trigger {name} is not the one Journeyline makes.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : son déclencheur {name} n’est pas celui que crée Journeyline.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is missing.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : sa vue {name} manque.</translation>
    </message>
    <message>
        <source>{file} was changed outside Journeyline and cannot be used: its view {name} is not the one Journeyline makes.</source>
        <translation>{file} a été modifié en dehors de Journeyline et ne peut pas être utilisé : sa vue {name} n’est pas celle que crée Journeyline.</translation>
    </message>
    <message>
        <source>{file} was exported from the workshop “{exported}”; this one is “{current}”.</source>
        <translation>{file} a été exporté de l’atelier « {exported} » ; celui-ci est « {current} ».</translation>
    </message>
    <message>
        <source>{file} was moved, deleted or replaced by another program, so changes can no longer be saved into it; use Save a copy… to keep the workshop.</source>
        <translation>{file} a été déplacé, supprimé ou remplacé par un autre programme : les modifications ne peuvent plus y être enregistrées ; utilisez Enregistrer une copie… pour conserver l’atelier.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); Journeyline recovered it as it was before that change.</source>
        <translation>{file} n’a pas été fermé correctement (une modification a été interrompue, peut-être par un plantage) ; Journeyline l’a rétabli tel qu’il était avant cette modification.</translation>
    </message>
    <message>
        <source>{file} was not closed properly (a change to it was cut short, by a crash perhaps); it is read as it was before that change, and the file is left as it is until the editor opens it.</source>
        <translation>{file} n’a pas été fermé correctement (une modification a été interrompue, peut-être par un plantage) ; il est lu tel qu’il était avant cette modification, et le fichier reste intact jusqu’à ce que l’éditeur l’ouvre.</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing was written.</source>
        <translation>{file} n’a pas été importé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{file} was saved by a newer Journeyline (file version {version}); this Journeyline reads file versions up to {newest}, so please update it.</source>
        <translation>{file} a été enregistré par une version plus récente de Journeyline (version de fichier {version}) ; cette version lit les versions de fichier jusqu’à {newest}, veuillez donc mettre Journeyline à jour.</translation>
    </message>
    <message>
        <source>{file} was saved by an older Journeyline; open it in the editor once to bring it up to date.</source>
        <translation>{file} a été enregistré par une version plus ancienne de Journeyline ; ouvrez-le une fois dans l’éditeur pour le mettre à jour.</translation>
    </message>
    <message>
        <source>The library cannot be made in {folder}: {reason}.</source>
        <translation>La bibliothèque ne peut pas être créée dans {folder} : {reason}.</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>The sample workshop could not be created</source>
        <translation>Impossible de créer l’atelier d’exemple</translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <source>Add improvement idea</source>
        <translation>Ajouter une idée d’amélioration</translation>
    </message>
    <message>
        <source>What could be better?</source>
        <translation>Qu’est-ce qui pourrait être mieux ?</translation>
    </message>
    <message>
        <source>&amp;Idea:</source>
        <translation>&amp;Idée :</translation>
    </message>
    <message>
        <source>At station:</source>
        <translation>À la station :</translation>
    </message>
    <message>
        <source>No station</source>
        <translation>Aucune station</translation>
    </message>
    <message>
        <source>At &amp;station:</source>
        <translation>À la &amp;station :</translation>
    </message>
    <message>
        <source>&amp;Effort:</source>
        <translation>&amp;Effort :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorité :</translation>
    </message>
    <message>
        <source>Add idea</source>
        <translation>Ajouter l’idée</translation>
    </message>
</context>
<context>
    <name>JourneyComparison</name>
    <message>
        <source>Today and the future</source>
        <translation>Aujourd’hui et demain</translation>
    </message>
    <message>
        <source>Today&apos;s journey</source>
        <translation>Parcours actuel</translation>
    </message>
    <message>
        <source>Future journey</source>
        <translation>Parcours futur</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Grands caractères</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajuster</translation>
    </message>
    <message>
        <source>Show everything (Ctrl+0)</source>
        <translation>Tout afficher (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Today:</source>
        <translation>&amp;Aujourd’hui :</translation>
    </message>
    <message>
        <source>F&amp;uture:</source>
        <translation>&amp;Demain :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>{name} · {state}</source>
        <translation>{name} · {state}</translation>
    </message>
    <message>
        <source>Choose a today&apos;s journey and a future journey to compare. No future journey yet? Use “Design the future journey” in the journeys panel.</source>
        <translation>Choisissez un parcours actuel et un parcours futur à comparer. Pas encore de parcours futur ? Utilisez « Concevoir le parcours futur » dans le panneau Parcours.</translation>
    </message>
</context>
<context>
    <name>JourneySwitcher</name>
    <message>
        <source>Journey shown on the map</source>
        <translation>Parcours affiché sur la carte</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
</context>
<context>
    <name>JourneyTexts</name>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Ce parcours n’existe plus.</translation>
    </message>
</context>
<context>
    <name>JourneyTextsDialog</name>
    <message>
        <source>The journey on the map</source>
        <translation>Le parcours de la carte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Storyline:</source>
        <translation>&amp;Fil narratif :</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Create a journey from a template or a blank map (Insert)</source>
        <translation>Créer un parcours à partir d’un modèle ou d’une carte vide (Inser)</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Rename the selected journey (F2)</source>
        <translation>Renommer le parcours sélectionné (F2)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected journey (Delete)</source>
        <translation>Supprimer le parcours sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Design the future journey</source>
        <translation>Concevoir le parcours futur</translation>
    </message>
    <message>
        <source>Copy this journey as the future journey, to redesign it (Ctrl+Shift+F)</source>
        <translation>Copier ce parcours comme parcours futur pour le repenser (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <source>Compare today and future…</source>
        <translation>Comparer aujourd’hui et demain…</translation>
    </message>
    <message>
        <source>Show today&apos;s and the future journey one above the other, with both emotion curves</source>
        <translation>Afficher le parcours actuel et le parcours futur l’un au-dessus de l’autre, avec les deux courbes des émotions</translation>
    </message>
    <message>
        <source>About this journey</source>
        <translation>À propos de ce parcours</translation>
    </message>
    <message>
        <source>{state} · no persona</source>
        <translation>{state} · aucun persona</translation>
    </message>
    <message>
        <source>What this journey covers, in words the client will read.</source>
        <translation>Ce que couvre ce parcours, avec les mots que le client lira.</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Fil narratif</translation>
    </message>
    <message>
        <source>The story of this journey as the room tells it.</source>
        <translation>L&apos;histoire de ce parcours telle que la salle la raconte.</translation>
    </message>
    <message>
        <source>{name}
{subtitle}</source>
        <translation>{name}
{subtitle}</translation>
    </message>
    <message>
        <source>The journey could not be created.</source>
        <translation>Le parcours n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Delete the journey “{name}” with its {stations} and {actions}? Undo brings it back.</source>
        <translation>Supprimer le parcours « {name} » avec ses {stations} et ses {actions} ? Annuler le rétablit.</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
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
        <translation>besoin</translation>
    </message>
    <message>
        <source>pain point</source>
        <translation>point de friction</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
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
        <source>The local library</source>
        <translation>La bibliothèque locale</translation>
    </message>
    <message>
        <source>The library at %1</source>
        <translation>La bibliothèque à l’adresse %1</translation>
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
        <source>Published “%1” as version %2 of the template in the local library.</source>
        <translation>« %1 » publié comme version %2 du modèle dans la bibliothèque locale.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the template in the library at %3.</source>
        <translation>« %1 » publié comme version %2 du modèle dans la bibliothèque à l’adresse %3.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the local library.</source>
        <translation>« %1 » publié comme version %2 de la carte dans la bibliothèque locale.</translation>
    </message>
    <message>
        <source>Published “%1” as version %2 of the map in the library at %3.</source>
        <translation>« %1 » publié comme version %2 de la carte dans la bibliothèque à l’adresse %3.</translation>
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
        <source>{name} (library version {number})</source>
        <translation>{name} (version {number} de la bibliothèque)</translation>
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
        <source>Journeyline now uses the local library.</source>
        <translation>Journeyline utilise désormais la bibliothèque locale.</translation>
    </message>
    <message>
        <source>Journeyline now uses the library at %1.</source>
        <translation>Journeyline utilise désormais la bibliothèque à l’adresse %1.</translation>
    </message>
    <message>
        <source>Working copy.journey</source>
        <translation>Copie de travail.journey</translation>
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
    <name>LinePage</name>
    <message>
        <source>Where the customer meets us</source>
        <translation>Là où le client nous rencontre</translation>
    </message>
    <message>
        <source>What happens behind the line of visibility</source>
        <translation>Ce qui se passe derrière la ligne de visibilité</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Line name</source>
        <translation>Nom de la ligne</translation>
    </message>
</context>
<context>
    <name>ListEditor</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
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
        <translation>Copie enregistrée sous « {name} »</translation>
    </message>
    <message>
        <source>Add to the map</source>
        <translation>Ajouter à la carte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Annuler : {what}</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Rétablir : {what}</translation>
    </message>
    <message>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <source>Add to the &amp;map</source>
        <translation>Ajouter à la &amp;carte</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Barre d’outils</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Parcours</translation>
    </message>
</context>
<context>
    <name>MapOperations</name>
    <message>
        <source>New station</source>
        <translation>Nouvelle station</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Delete phase</source>
        <translation>Supprimer la phase</translation>
    </message>
    <message>
        <source>Delete line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message numerus="yes">
        <source>Delete the phase {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Supprimer la phase {name} et sa %n station ?</numerusform>
            <numerusform>Supprimer la phase {name} et ses %n stations ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the line {name} and its %n station(s)?</source>
        <translation>
            <numerusform>Supprimer la ligne {name} et sa %n station ?</numerusform>
            <numerusform>Supprimer la ligne {name} et ses %n stations ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} phases and their %n station(s)?</source>
        <translation>
            <numerusform>Supprimer {count} phases et leur %n station ?</numerusform>
            <numerusform>Supprimer {count} phases et leurs %n stations ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete {count} lines and their %n station(s)?</source>
        <translation>
            <numerusform>Supprimer {count} lignes et leur %n station ?</numerusform>
            <numerusform>Supprimer {count} lignes et leurs %n stations ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message numerus="yes">
        <source>%n pain point(s)</source>
        <translation>
            <numerusform>%n point de friction</numerusform>
            <numerusform>%n points de friction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moment(s) of truth</source>
        <translation>
            <numerusform>%n moment de vérité</numerusform>
            <numerusform>%n moments de vérité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more in the spotlight</source>
        <translation>
            <numerusform>+%n autre dans le gros plan</numerusform>
            <numerusform>+%n autres dans le gros plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>▸ more in the spotlight</source>
        <translation>▸ suite dans le gros plan</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Ligne de visibilité</translation>
    </message>
</context>
<context>
    <name>MapTooltips</name>
    <message>
        <source>Emotion: not assessed</source>
        <translation>Émotion : non évaluée</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Émotion : {label} ({value})</translation>
    </message>
    <message>
        <source>★ Moment of truth</source>
        <translation>★ Moment de vérité</translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>Responsable : {name}</translation>
    </message>
    <message>
        <source>Touchpoint: {text}</source>
        <translation>Point de contact : {text}</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Improvement ideas</source>
        <translation>Idées d’amélioration</translation>
    </message>
    <message>
        <source>Backstage line</source>
        <translation>Ligne en coulisses</translation>
    </message>
    <message>
        <source>Frontstage line</source>
        <translation>Ligne visible du client</translation>
    </message>
    <message numerus="yes">
        <source>… %n more</source>
        <translation>
            <numerusform>… %n de plus</numerusform>
            <numerusform>… %n de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>Click to edit the journey’s name, description and storyline</source>
        <translation>Cliquez pour modifier le nom, la description et le fil narratif du parcours</translation>
    </message>
</context>
<context>
    <name>MatrixView</name>
    <message>
        <source>Effort and value matrix</source>
        <translation>Matrice effort-valeur</translation>
    </message>
</context>
<context>
    <name>MergeOwnersDialog</name>
    <message>
        <source>Merge owners</source>
        <translation>Fusionner les responsables</translation>
    </message>
    <message>
        <source>Owner to keep</source>
        <translation>Responsable à conserver</translation>
    </message>
    <message>
        <source>“{name}” ({work}) is merged into the owner you choose: its stations and actions move there and “{name}” is removed.</source>
        <translation>« {name} » ({work}) est fusionné avec le responsable choisi : ses stations et actions y sont déplacées et « {name} » est supprimé.</translation>
    </message>
    <message>
        <source>Merge &amp;into:</source>
        <translation>Fusionner &amp;avec :</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>MessageBox</name>
    <message numerus="yes">
        <source>… and %n more (see Show Details).</source>
        <translation>
            <numerusform>… et %n de plus (voir Afficher les détails).</numerusform>
            <numerusform>… et %n de plus (voir Afficher les détails).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoreChip</name>
    <message>
        <source>Show the next cards of this cell</source>
        <translation>Afficher les cartes suivantes de cette case</translation>
    </message>
</context>
<context>
    <name>NewJourneyDialog</name>
    <message>
        <source>New journey</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>e.g. Moving house</source>
        <translation>p. ex. Déménagement</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Carte vierge</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Aucun persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de :</translation>
    </message>
    <message>
        <source>&amp;Persona:</source>
        <translation>&amp;Persona :</translation>
    </message>
</context>
<context>
    <name>OpenWorkshop</name>
    <message>
        <source>Journeyline workshops (*.journey);;All files (*)</source>
        <translation>Ateliers Journeyline (*.journey);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Workshops and JSON documents (*.journey *.json)</source>
        <translation>Ateliers et documents JSON (*.journey *.json)</translation>
    </message>
    <message>
        <source>The workshop could not be opened</source>
        <translation>Impossible d’ouvrir l’atelier</translation>
    </message>
    <message>
        <source>“{name}” could not be opened: {e}</source>
        <translation>Impossible d’ouvrir « {name} » : {e}</translation>
    </message>
    <message>
        <source>The workshop was recovered</source>
        <translation>L’atelier a été récupéré</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <source>New workshop.journey</source>
        <translation>Nouvel atelier.journey</translation>
    </message>
    <message>
        <source>Save the new workshop as</source>
        <translation>Enregistrer le nouvel atelier sous</translation>
    </message>
    <message>
        <source>The workshop could not be created</source>
        <translation>Impossible de créer l’atelier</translation>
    </message>
    <message>
        <source>“{name}” is the workshop open now; choose another name.</source>
        <translation>« {name} » est l’atelier ouvert en ce moment ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>{name} copy.journey</source>
        <translation>{name} copie.journey</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>The copy could not be saved</source>
        <translation>Impossible d’enregistrer la copie</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>No date</source>
        <translation>Pas de date</translation>
    </message>
</context>
<context>
    <name>OwnerDialog</name>
    <message>
        <source>Edit owner</source>
        <translation>Modifier le responsable</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Nouveau responsable</translation>
    </message>
    <message>
        <source>A person or a department</source>
        <translation>Une personne ou un service</translation>
    </message>
    <message>
        <source>e.g. Product owner</source>
        <translation>p. ex. Product owner</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
</context>
<context>
    <name>OwnerField</name>
    <message>
        <source>No owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Pick an owner or type a new name</source>
        <translation>Choisissez un responsable ou saisissez un nouveau nom</translation>
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
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Add an owner (Insert)</source>
        <translation>Ajouter un responsable (Inser)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected owner (Enter)</source>
        <translation>Modifier le responsable sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Merge the selected owner into another one (Ctrl+M)</source>
        <translation>Fusionner le responsable sélectionné avec un autre (Ctrl+M)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected owner; their work becomes unowned</source>
        <translation>Supprimer le responsable sélectionné ; son travail n’aura plus de responsable</translation>
    </message>
    <message>
        <source>Stations and actions of the owner</source>
        <translation>Stations et actions du responsable</translation>
    </message>
    <message>
        <source>Enter or double-click: show the station on the map</source>
        <translation>Entrée ou double-clic : afficher la station sur la carte</translation>
    </message>
    <message>
        <source>No role or email yet</source>
        <translation>Pas encore de rôle ni d’e-mail</translation>
    </message>
    <message>
        <source>Select an owner to see their stations and actions.</source>
        <translation>Sélectionnez un responsable pour voir ses stations et actions.</translation>
    </message>
    <message>
        <source>Stations and actions of {name}</source>
        <translation>Stations et actions de {name}</translation>
    </message>
    <message>
        <source>Stations ({count})</source>
        <translation>Stations ({count})</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Actions ({count})</translation>
    </message>
    <message>
        <source>{priority} · {status} · at {station}</source>
        <translation>{priority} · {status} · à {station}</translation>
    </message>
    <message>
        <source>{stations}, {actions}</source>
        <translation>{stations}, {actions}</translation>
    </message>
    <message>
        <source>Delete “{name}”? Their {stations} and {actions} become unowned. To hand them to someone else, merge instead.</source>
        <translation>Supprimer « {name} » ? Ses {stations} et {actions} n’auront plus de responsable. Pour les confier à quelqu’un d’autre, fusionnez plutôt.</translation>
    </message>
    <message>
        <source>Delete “{name}”?</source>
        <translation>Supprimer « {name} » ?</translation>
    </message>
    <message>
        <source>Delete owner</source>
        <translation>Supprimer le responsable</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
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
        <translation>Faites glisser une tuile sur la carte, ou cliquez pour l’ajouter à la sélection.</translation>
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
        <translation>Ce parcours</translation>
    </message>
    <message>
        <source>The persona of the journey on the map</source>
        <translation>Le persona du parcours de la carte</translation>
    </message>
    <message>
        <source>“{quote}”</source>
        <translation>« {quote} »</translation>
    </message>
    <message>
        <source>In: {journeys}</source>
        <translation>Dans : {journeys}</translation>
    </message>
    <message>
        <source>Not used by any journey yet</source>
        <translation>Pas encore utilisé par un parcours</translation>
    </message>
</context>
<context>
    <name>PersonaDialog</name>
    <message>
        <source>Edit persona</source>
        <translation>Modifier le persona</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <source>e.g. Kari, the busy parent</source>
        <translation>p. ex. Kari, le parent débordé</translation>
    </message>
    <message>
        <source>Choose the persona&apos;s colour</source>
        <translation>Choisir la couleur du persona</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>In the persona&apos;s own words</source>
        <translation>Avec les mots du persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Goals:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>&amp;Besoins :</translation>
    </message>
    <message>
        <source>&amp;Frustrations:</source>
        <translation>&amp;Frustrations :</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Citation :</translation>
    </message>
    <message>
        <source> Choose…</source>
        <translation> Choisir…</translation>
    </message>
    <message>
        <source>Persona colour</source>
        <translation>Couleur du persona</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>New persona…</source>
        <translation>Nouveau persona…</translation>
    </message>
    <message>
        <source>Create a persona (Insert)</source>
        <translation>Créer un persona (Inser)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected persona (Enter)</source>
        <translation>Modifier le persona sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected persona (Delete)</source>
        <translation>Supprimer le persona sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Use for this journey</source>
        <translation>Utiliser pour ce parcours</translation>
    </message>
    <message>
        <source>Make the selected persona the persona of the journey on the map (Ctrl+Return)</source>
        <translation>Faire du persona sélectionné le persona du parcours de la carte (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>No personas yet. Create one with “New persona…”.</source>
        <translation>Aucun persona pour l’instant. Créez-en un avec « Nouveau persona… ».</translation>
    </message>
    <message>
        <source>Remove from this journey</source>
        <translation>Retirer de ce parcours</translation>
    </message>
    <message>
        <source>“{name}” is the persona of {journeys}. Delete it anyway? The journeys keep their maps, without a persona.</source>
        <translation>« {name} » est le persona de {journeys}. Le supprimer quand même ? Les parcours gardent leurs cartes, sans persona.</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Supprimer le persona</translation>
    </message>
</context>
<context>
    <name>PhasePage</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Phase name</source>
        <translation>Nom de la phase</translation>
    </message>
    <message>
        <source>What this stage of the journey is about</source>
        <translation>De quoi parle cette étape du parcours</translation>
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
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Phase suivante</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Phase précédente</translation>
    </message>
    <message>
        <source>Whole map</source>
        <translation>Carte entière</translation>
    </message>
    <message>
        <source>Last phase</source>
        <translation>Dernière phase</translation>
    </message>
    <message>
        <source>Show the station alone</source>
        <translation>Afficher la station seule</translation>
    </message>
    <message>
        <source>Leave presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <source>Emotion: {label} ({sign})</source>
        <translation>Émotion : {label} ({sign})</translation>
    </message>
    <message>
        <source>Select a station, then press Enter to show it alone</source>
        <translation>Sélectionnez une station, puis appuyez sur Entrée pour l’afficher seule</translation>
    </message>
    <message>
        <source>Select a station to set its emotion</source>
        <translation>Sélectionnez une station pour régler son émotion</translation>
    </message>
    <message>
        <source>Backstage work has no customer emotion: select a customer’s station</source>
        <translation>Le travail en coulisses n’a pas d’émotion client : sélectionnez une station du client</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Actions shown</source>
        <translation>Actions affichées</translation>
    </message>
    <message>
        <source>&amp;Large type</source>
        <translation>&amp;Grands caractères</translation>
    </message>
    <message>
        <source>Drag a card to rate it · Ctrl+arrows move the selected card</source>
        <translation>Faites glisser une carte pour l’évaluer · Ctrl+flèches déplacent la carte sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <source>Journey on the map</source>
        <translation>Parcours de la carte</translation>
    </message>
    <message>
        <source>{first}–{last} of {count}  ▸</source>
        <translation>{first}–{last} sur {count}  ▸</translation>
    </message>
    <message>
        <source>Unrated: clear effort and value</source>
        <translation>Non évaluée : effacer l’effort et la valeur</translation>
    </message>
    <message>
        <source>Effort {effort} · value {value}: {priority}</source>
        <translation>Effort {effort} · valeur {value} : {priority}</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Gains rapides</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Gros paris</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Bouche-trous</translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation>Pertes de temps</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Effort →</translation>
    </message>
    <message>
        <source>Value →</source>
        <translation>Valeur →</translation>
    </message>
    <message>
        <source>Unrated  ·  {count}</source>
        <translation>Non évaluées  ·  {count}</translation>
    </message>
    <message>
        <source>Drag an idea onto the matrix to rate its effort and value</source>
        <translation>Faites glisser une idée sur la matrice pour évaluer son effort et sa valeur</translation>
    </message>
    <message>
        <source>{priority} · effort {effort} · value {value}</source>
        <translation>{priority} · effort {effort} · valeur {value}</translation>
    </message>
    <message>
        <source>{status} · no owner</source>
        <translation>{status} · sans responsable</translation>
    </message>
    <message>
        <source>Click to show its station on the map</source>
        <translation>Cliquez pour montrer sa station sur la carte</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select one item to see and edit its details.</source>
        <translation>Sélectionnez un élément pour voir et modifier ses détails.</translation>
    </message>
    <message numerus="yes">
        <source>%n stations selected</source>
        <translation>
            <numerusform>%n station sélectionnée</numerusform>
            <numerusform>%n stations sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n phases selected</source>
        <translation>
            <numerusform>%n phase sélectionnée</numerusform>
            <numerusform>%n phases sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lines selected</source>
        <translation>
            <numerusform>%n ligne sélectionnée</numerusform>
            <numerusform>%n lignes sélectionnées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a station, a phase header or a line name on the map to see and edit its details here.</source>
        <translation>Cliquez sur une station, un en-tête de phase ou un nom de ligne sur la carte pour voir et modifier ses détails ici.</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <source>Publish to library</source>
        <translation>Publier dans la bibliothèque</translation>
    </message>
    <message>
        <source>Publish “%1” to the local library.</source>
        <translation>Publier « %1 » dans la bibliothèque locale.</translation>
    </message>
    <message>
        <source>Publish “%1” to the library at %2.</source>
        <translation>Publier « %1 » dans la bibliothèque à l’adresse %2.</translation>
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
    <name>RatingPicker</name>
    <message>
        <source>{name}: {n} of 5 (click again to clear)</source>
        <translation>{name} : {n} sur 5 (cliquez à nouveau pour effacer)</translation>
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
        <translation>minime</translation>
    </message>
    <message>
        <source>small</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>large</source>
        <translation>important</translation>
    </message>
    <message>
        <source>very large</source>
        <translation>très important</translation>
    </message>
    <message>
        <source>little</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>some</source>
        <translation>certain</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>very high</source>
        <translation>très élevé</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Quick win: value 4 or more, effort 2 or less</source>
        <translation>Gain rapide : valeur 4 ou plus, effort 2 ou moins</translation>
    </message>
    <message>
        <source>Big bet: value 4 or more, effort 3 or more</source>
        <translation>Gros pari : valeur 4 ou plus, effort 3 ou plus</translation>
    </message>
    <message>
        <source>Fill-in: value 3 or less, effort 2 or less</source>
        <translation>Bouche-trou : valeur 3 ou moins, effort 2 ou moins</translation>
    </message>
    <message>
        <source>Time sink: value 3 or less, effort 3 or more</source>
        <translation>Perte de temps : valeur 3 ou moins, effort 3 ou plus</translation>
    </message>
    <message>
        <source>Unrated: effort or value not set yet</source>
        <translation>Non évaluée : effort ou valeur pas encore définis</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>No recent workshops</source>
        <translation>Aucun atelier récent</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>A customer quote contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Une citation client contient le caractère de contrôle {code} ; le texte peut contenir des tabulations et des sauts de ligne, mais aucun autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>A customer quote must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Une citation client doit contenir au moins un caractère visible, pas seulement des espaces ou des caractères invisibles.</translation>
    </message>
    <message>
        <source>A journey keeps at least one line.</source>
        <translation>Un parcours garde au moins une ligne.</translation>
    </message>
    <message>
        <source>A journey keeps at least one phase.</source>
        <translation>Un parcours garde au moins une phase.</translation>
    </message>
    <message>
        <source>A journey needs at least one phase and one line.</source>
        <translation>Un parcours a besoin d’au moins une phase et une ligne.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} actions; this one is full.</source>
        <translation>Un atelier contient au plus {max} actions ; celui-ci est plein.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} journeys; this one is full.</source>
        <translation>Un atelier contient au plus {max} parcours ; celui-ci est plein.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} lines; this one is full.</source>
        <translation>Un atelier contient au plus {max} lignes ; celui-ci est plein.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} owners; this one is full.</source>
        <translation>Un atelier contient au plus {max} responsables ; celui-ci est plein.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} personas; this one is full.</source>
        <translation>Un atelier contient au plus {max} personas ; celui-ci est plein.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} phases; this one is full.</source>
        <translation>Un atelier contient au plus {max} phases ; celui-ci est plein.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} quotes; this one is full.</source>
        <translation>Un atelier contient au plus {max} citations ; celui-ci est plein.</translation>
    </message>
    <message>
        <source>A workshop holds at most {max} stations; this one is full.</source>
        <translation>Un atelier contient au plus {max} stations ; celui-ci est plein.</translation>
    </message>
    <message>
        <source>A workshop keeps at least one journey.</source>
        <translation>Un atelier garde au moins un parcours.</translation>
    </message>
    <message>
        <source>Choose two different owners to merge.</source>
        <translation>Choisissez deux responsables différents à fusionner.</translation>
    </message>
    <message>
        <source>Each customer quote must be 1 to {max} characters long.</source>
        <translation>Chaque citation client doit compter de 1 à {max} caractères.</translation>
    </message>
    <message>
        <source>Each of the {field} can be at most {max} characters.</source>
        <translation>Chaque élément du champ « {field} » peut compter au plus {max} caractères.</translation>
    </message>
    <message>
        <source>No station to delete.</source>
        <translation>Aucune station à supprimer.</translation>
    </message>
    <message>
        <source>No station to duplicate.</source>
        <translation>Aucune station à dupliquer.</translation>
    </message>
    <message>
        <source>No station to move.</source>
        <translation>Aucune station à déplacer.</translation>
    </message>
    <message>
        <source>One of the {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Un élément du champ « {field} » contient le caractère de contrôle {code} ; le texte peut contenir des tabulations et des sauts de ligne, mais aucun autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>One of the {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Un élément du champ « {field} » doit contenir au moins un caractère visible, pas seulement des espaces ou des caractères invisibles.</translation>
    </message>
    <message>
        <source>Stations of different journeys cannot be moved together.</source>
        <translation>Les stations de parcours différents ne peuvent pas être déplacées ensemble.</translation>
    </message>
    <message>
        <source>That action no longer exists.</source>
        <translation>Cette action n’existe plus.</translation>
    </message>
    <message>
        <source>That journey no longer exists.</source>
        <translation>Ce parcours n’existe plus.</translation>
    </message>
    <message>
        <source>That line belongs to another journey.</source>
        <translation>Cette ligne appartient à un autre parcours.</translation>
    </message>
    <message>
        <source>That line no longer exists.</source>
        <translation>Cette ligne n’existe plus.</translation>
    </message>
    <message>
        <source>That owner no longer exists.</source>
        <translation>Ce responsable n’existe plus.</translation>
    </message>
    <message>
        <source>That persona no longer exists.</source>
        <translation>Cette persona n’existe plus.</translation>
    </message>
    <message>
        <source>That phase belongs to another journey.</source>
        <translation>Cette phase appartient à un autre parcours.</translation>
    </message>
    <message>
        <source>That phase no longer exists.</source>
        <translation>Cette phase n’existe plus.</translation>
    </message>
    <message>
        <source>That station belongs to another journey.</source>
        <translation>Cette station appartient à un autre parcours.</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Cette station n’existe plus.</translation>
    </message>
    <message>
        <source>The due date must be a date ({format}).</source>
        <translation>L’échéance doit être une date ({format}).</translation>
    </message>
    <message>
        <source>The journey of this search hit is not in the working copy.</source>
        <translation>Le parcours de ce résultat de recherche n’est pas dans la copie de travail.</translation>
    </message>
    <message>
        <source>The library “{library}” has no map {map}.</source>
        <translation>La bibliothèque « {library} » n’a pas de carte {map}.</translation>
    </message>
    <message>
        <source>The library “{library}” has no version {number} of map {map}.</source>
        <translation>La bibliothèque « {library} » n’a pas de version {number} de la carte {map}.</translation>
    </message>
    <message>
        <source>The map you opened (number {map}) is no longer in the library “{library}”; publish yours as a new map.</source>
        <translation>La carte que vous avez ouverte (numéro {map}) n’est plus dans la bibliothèque « {library} » ; publiez la vôtre comme nouvelle carte.</translation>
    </message>
    <message>
        <source>The source of a customer quote must be one of: {choices}.</source>
        <translation>La source d’une citation client doit être l’une de celles-ci : {choices}.</translation>
    </message>
    <message>
        <source>The template “{name}” that came with Journeyline cannot be read; installing Journeyline again should mend it.</source>
        <translation>Le modèle « {name} » fourni avec Journeyline est illisible ; réinstaller Journeyline devrait y remédier.</translation>
    </message>
    <message>
        <source>The workshop holds data the interchange format does not allow, so it was not published: {place}: {rule}</source>
        <translation>L’atelier contient des données que le format d’échange n’autorise pas ; il n’a donc pas été publié : {place} : {rule}</translation>
    </message>
    <message>
        <source>The {field} can be at most {max} characters long.</source>
        <translation>Le champ « {field} » peut compter au plus {max} caractères.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} items.</source>
        <translation>Le champ « {field} » peut contenir au plus {max} éléments.</translation>
    </message>
    <message>
        <source>The {field} can hold at most {max} quotes.</source>
        <translation>Le champ « {field} » peut contenir au plus {max} citations.</translation>
    </message>
    <message>
        <source>The {field} contains the control character {code}; text may hold tabs and line breaks but no other control characters.</source>
        <translation>Le champ « {field} » contient le caractère de contrôle {code} ; le texte peut contenir des tabulations et des sauts de ligne, mais aucun autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>The {field} is not valid.</source>
        <translation>Le champ « {field} » n’est pas valide.</translation>
    </message>
    <message>
        <source>The {field} is too large a number to store.</source>
        <translation>Le champ « {field} » contient un nombre trop grand pour être enregistré.</translation>
    </message>
    <message>
        <source>The {field} must be 1 to {max} characters long.</source>
        <translation>Le champ « {field} » doit compter de 1 à {max} caractères.</translation>
    </message>
    <message>
        <source>The {field} must be a colour like {example}.</source>
        <translation>Le champ « {field} » doit être une couleur comme {example}.</translation>
    </message>
    <message>
        <source>The {field} must be a date (YYYY-MM-DD).</source>
        <translation>Le champ « {field} » doit être une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The {field} must be a language tag like en, nb-NO or pt-BR.</source>
        <translation>Le champ « {field} » doit être un code de langue comme en, nb-NO ou pt-BR.</translation>
    </message>
    <message>
        <source>The {field} must be a number from {low} to {high}.</source>
        <translation>Le champ « {field} » doit être un nombre de {low} à {high}.</translation>
    </message>
    <message>
        <source>The {field} must be a number of at least {low}.</source>
        <translation>Le champ « {field} » doit être un nombre d’au moins {low}.</translation>
    </message>
    <message>
        <source>The {field} must be a number.</source>
        <translation>Le champ « {field} » doit être un nombre.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high} or empty.</source>
        <translation>Le champ « {field} » doit être un nombre entier de {low} à {high} ou rester vide.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number from {low} to {high}.</source>
        <translation>Le champ « {field} » doit être un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low} or empty.</source>
        <translation>Le champ « {field} » doit être un nombre entier d’au moins {low} ou rester vide.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number of at least {low}.</source>
        <translation>Le champ « {field} » doit être un nombre entier d’au moins {low}.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number or empty.</source>
        <translation>Le champ « {field} » doit être un nombre entier ou rester vide.</translation>
    </message>
    <message>
        <source>The {field} must be a whole number.</source>
        <translation>Le champ « {field} » doit être un nombre entier.</translation>
    </message>
    <message>
        <source>The {field} must be one of: {choices}.</source>
        <translation>Le champ « {field} » doit être l’une de ces valeurs : {choices}.</translation>
    </message>
    <message>
        <source>The {field} must be yes or no.</source>
        <translation>Le champ « {field} » doit être oui ou non.</translation>
    </message>
    <message>
        <source>The {field} must contain at least one visible character, not only spaces or invisible ones.</source>
        <translation>Le champ « {field} » doit contenir au moins un caractère visible, pas seulement des espaces ou des caractères invisibles.</translation>
    </message>
    <message>
        <source>There is no template called “{name}”.</source>
        <translation>Il n’y a aucun modèle nommé « {name} ».</translation>
    </message>
    <message>
        <source>“{address}” is not a library Journeyline can use: the library is PostgreSQL (postgresql+psycopg://HOST/DATABASE) or SQLite (sqlite:///PATH).</source>
        <translation>« {address} » n’est pas une bibliothèque que Journeyline peut utiliser : la bibliothèque est PostgreSQL (postgresql+psycopg://HÔTE/BASE) ou SQLite (sqlite:///CHEMIN).</translation>
    </message>
    <message>
        <source>“{address}” is not a library address; use postgresql+psycopg://HOST/DATABASE or sqlite:///PATH as the address.</source>
        <translation>« {address} » n’est pas une adresse de bibliothèque ; utilisez postgresql+psycopg://HÔTE/BASE ou sqlite:///CHEMIN comme adresse.</translation>
    </message>
    <message>
        <source>“{file}” is open read-only.</source>
        <translation>« {file} » est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} (“{message}”) on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>« {title} » a changé dans la bibliothèque depuis votre version {base} : {author} a publié la version {number} (« {message} ») le {when}. Publiez la vôtre comme nouvelle carte, ou ouvrez la dernière version à côté de la vôtre.</translation>
    </message>
    <message>
        <source>“{title}” has changed in the library since your version {base}: {author} published version {number} on {when}. Publish yours as a new map, or open the latest version beside yours.</source>
        <translation>« {title} » a changé dans la bibliothèque depuis votre version {base} : {author} a publié la version {number} le {when}. Publiez la vôtre comme nouvelle carte, ou ouvrez la dernière version à côté de la vôtre.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message numerus="yes">
        <source>and %n more problem(s)</source>
        <translation>
            <numerusform>et %Ln autre problème</numerusform>
            <numerusform>et %Ln autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>appears more than once in the same object; keep only one</source>
        <translation>apparaît plus d’une fois dans le même objet ; n’en gardez qu’une</translation>
    </message>
    <message>
        <source>contains a broken character (an unpaired surrogate)</source>
        <translation>contient un caractère abîmé (un substitut non apparié)</translation>
    </message>
    <message>
        <source>contains a number with too many digits to read</source>
        <translation>contient un nombre qui a trop de chiffres pour être lu</translation>
    </message>
    <message>
        <source>contains the control character {code}; text may hold tabs and line breaks but no other control characters</source>
        <translation>contient le caractère de contrôle {code} ; le texte peut contenir des tabulations et des sauts de ligne, mais aucun autre caractère de contrôle</translation>
    </message>
    <message>
        <source>is a key of format version {since}; this document says it is version {version}, so change its version to {since}</source>
        <translation>est une clé de la version {since} du format ; ce document se dit de version {version}, changez donc sa version en {since}</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is nested too deeply to read</source>
        <translation>est imbriqué trop profondément pour être lu</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} at line {line}, column {column}); save the file as UTF-8</source>
        <translation>n’est pas du texte UTF-8 (octet {byte} ligne {line}, colonne {column}) ; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <source>is not a known key of a journey; check the spelling</source>
        <translation>n’est pas une clé connue d’un parcours ; vérifiez l’orthographe</translation>
    </message>
    <message>
        <source>is not a known key of a line; check the spelling</source>
        <translation>n’est pas une clé connue d’une ligne ; vérifiez l’orthographe</translation>
    </message>
    <message>
        <source>is not a known key of a persona; check the spelling</source>
        <translation>n’est pas une clé connue d’une persona ; vérifiez l’orthographe</translation>
    </message>
    <message>
        <source>is not a known key of a phase; check the spelling</source>
        <translation>n’est pas une clé connue d’une phase ; vérifiez l’orthographe</translation>
    </message>
    <message>
        <source>is not a known key of a quote; check the spelling</source>
        <translation>n’est pas une clé connue d’une citation ; vérifiez l’orthographe</translation>
    </message>
    <message>
        <source>is not a known key of a station; check the spelling</source>
        <translation>n’est pas une clé connue d’une station ; vérifiez l’orthographe</translation>
    </message>
    <message>
        <source>is not a known key of an action; check the spelling</source>
        <translation>n’est pas une clé connue d’une action ; vérifiez l’orthographe</translation>
    </message>
    <message>
        <source>is not a known key of an owner; check the spelling</source>
        <translation>n’est pas une clé connue d’un responsable ; vérifiez l’orthographe</translation>
    </message>
    <message>
        <source>is not a known key of the document; check the spelling</source>
        <translation>n’est pas une clé connue du document ; vérifiez l’orthographe</translation>
    </message>
    <message>
        <source>is not a known key of the workshop; check the spelling</source>
        <translation>n’est pas une clé connue de l’atelier ; vérifiez l’orthographe</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;,&apos; delimiter</source>
        <translation>n’est pas du JSON valide ligne {line}, colonne {column} : le séparateur &apos;,&apos; était attendu</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting &apos;:&apos; delimiter</source>
        <translation>n’est pas du JSON valide ligne {line}, colonne {column} : le séparateur &apos;:&apos; était attendu</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting property name enclosed in double quotes</source>
        <translation>n’est pas du JSON valide ligne {line}, colonne {column} : un nom de propriété entre guillemets doubles était attendu</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Expecting value</source>
        <translation>n’est pas du JSON valide ligne {line}, colonne {column} : une valeur était attendue</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Extra data</source>
        <translation>n’est pas du JSON valide ligne {line}, colonne {column} : données en trop après la fin du document</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \escape</source>
        <translation>n’est pas du JSON valide ligne {line}, colonne {column} : séquence d’échappement \ non valide</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid \uXXXX escape</source>
        <translation>n’est pas du JSON valide ligne {line}, colonne {column} : séquence d’échappement \uXXXX non valide</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Invalid control character at</source>
        <translation>n’est pas du JSON valide ligne {line}, colonne {column} : caractère de contrôle non valide à cet endroit</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: Unterminated string starting at</source>
        <translation>n’est pas du JSON valide ligne {line}, colonne {column} : une chaîne qui commence ici n’est pas fermée</translation>
    </message>
    <message>
        <source>is not valid JSON at line {line}, column {column}: {reason}</source>
        <translation>n’est pas du JSON valide ligne {line}, colonne {column} : {reason}</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>is too large a number for a workshop file to store</source>
        <translation>est un nombre trop grand pour être enregistré dans un fichier d’atelier</translation>
    </message>
    <message>
        <source>it has {count} JSON objects (every “{”), far more than a workshop within the limits has (at most {max})</source>
        <translation>il contient {count} objets JSON (chaque « { »), bien plus qu’un atelier dans les limites (au plus {max})</translation>
    </message>
    <message>
        <source>it holds {count} actions, and a workshop holds at most {max}</source>
        <translation>il contient {count} actions, et un atelier en contient au plus {max}</translation>
    </message>
    <message>
        <source>it holds {count} journeys, and a workshop holds at most {max}</source>
        <translation>il contient {count} parcours, et un atelier en contient au plus {max}</translation>
    </message>
    <message>
        <source>it holds {count} lines, and a workshop holds at most {max}</source>
        <translation>il contient {count} lignes, et un atelier en contient au plus {max}</translation>
    </message>
    <message>
        <source>it holds {count} owners, and a workshop holds at most {max}</source>
        <translation>il contient {count} responsables, et un atelier en contient au plus {max}</translation>
    </message>
    <message>
        <source>it holds {count} personas, and a workshop holds at most {max}</source>
        <translation>il contient {count} personas, et un atelier en contient au plus {max}</translation>
    </message>
    <message>
        <source>it holds {count} phases, and a workshop holds at most {max}</source>
        <translation>il contient {count} phases, et un atelier en contient au plus {max}</translation>
    </message>
    <message>
        <source>it holds {count} quotes, and a workshop holds at most {max}</source>
        <translation>il contient {count} citations, et un atelier en contient au plus {max}</translation>
    </message>
    <message>
        <source>it holds {count} stations, and a workshop holds at most {max}</source>
        <translation>il contient {count} stations, et un atelier en contient au plus {max}</translation>
    </message>
    <message>
        <source>it is {size}, and Journeyline reads files of at most {limit}</source>
        <translation>il fait {size}, et Journeyline lit des fichiers d’au plus {limit}</translation>
    </message>
    <message>
        <source>must be &quot;current&quot; or &quot;future&quot;</source>
        <translation>doit être &quot;current&quot; ou &quot;future&quot;</translation>
    </message>
    <message>
        <source>must be &quot;frontstage&quot; or &quot;backstage&quot;</source>
        <translation>doit être &quot;frontstage&quot; ou &quot;backstage&quot;</translation>
    </message>
    <message>
        <source>must be &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; or &quot;dropped&quot;</source>
        <translation>doit être &quot;idea&quot;, &quot;planned&quot;, &quot;doing&quot;, &quot;done&quot; ou &quot;dropped&quot;</translation>
    </message>
    <message>
        <source>must be &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; or &quot;other&quot;</source>
        <translation>doit être &quot;interview&quot;, &quot;survey&quot;, &quot;review&quot;, &quot;support&quot;, &quot;observation&quot; ou &quot;other&quot;</translation>
    </message>
    <message>
        <source>must be &quot;observed&quot;, &quot;reported&quot; or &quot;assumed&quot;</source>
        <translation>doit être &quot;observed&quot;, &quot;reported&quot; ou &quot;assumed&quot;</translation>
    </message>
    <message>
        <source>must be &quot;{name}&quot;</source>
        <translation>doit être &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>must be a BCP 47 language tag, e.g. &quot;en&quot;, &quot;nb-NO&quot; or &quot;pt-BR&quot;</source>
        <translation>doit être une étiquette de langue BCP 47, p. ex. &quot;en&quot;, &quot;nb-NO&quot; ou &quot;pt-BR&quot;</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, at the top level</source>
        <translation>doit être un objet JSON, { ... }, au niveau supérieur</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a journey</source>
        <translation>doit être un objet JSON, { ... }, décrivant un parcours</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a line</source>
        <translation>doit être un objet JSON, { ... }, décrivant une ligne</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a persona</source>
        <translation>doit être un objet JSON, { ... }, décrivant une persona</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a phase</source>
        <translation>doit être un objet JSON, { ... }, décrivant une phase</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a quote</source>
        <translation>doit être un objet JSON, { ... }, décrivant une citation</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing a station</source>
        <translation>doit être un objet JSON, { ... }, décrivant une station</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an action</source>
        <translation>doit être un objet JSON, { ... }, décrivant une action</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing an owner</source>
        <translation>doit être un objet JSON, { ... }, décrivant un responsable</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the document</source>
        <translation>doit être un objet JSON, { ... }, décrivant le document</translation>
    </message>
    <message>
        <source>must be a JSON object, { ... }, describing the workshop</source>
        <translation>doit être un objet JSON, { ... }, décrivant l’atelier</translation>
    </message>
    <message>
        <source>must be a colour written as &quot;#RRGGBB&quot;, e.g. &quot;{example}&quot;</source>
        <translation>doit être une couleur écrite &quot;#RRGGBB&quot;, p. ex. &quot;{example}&quot;</translation>
    </message>
    <message>
        <source>must be a date written as &quot;YYYY-MM-DD&quot;, e.g. &quot;2025-03-31&quot;</source>
        <translation>doit être une date écrite &quot;YYYY-MM-DD&quot;, p. ex. &quot;2025-03-31&quot;</translation>
    </message>
    <message>
        <source>must be a finite number, not NaN or Infinity</source>
        <translation>doit être un nombre fini, ni NaN ni Infinity</translation>
    </message>
    <message>
        <source>must be a format version this Journeyline reads, 1 to {newest}</source>
        <translation>doit être une version du format que ce Journeyline lit, de 1 à {newest}</translation>
    </message>
    <message>
        <source>must be a list of actions, [ ... ]</source>
        <translation>doit être une liste de actions, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of journeys, [ ... ]</source>
        <translation>doit être une liste de parcours, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of lines, [ ... ]</source>
        <translation>doit être une liste de lignes, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of owners, [ ... ]</source>
        <translation>doit être une liste de responsables, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of personas, [ ... ]</source>
        <translation>doit être une liste de personas, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of phases, [ ... ]</source>
        <translation>doit être une liste de phases, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of quotes, [ ... ]</source>
        <translation>doit être une liste de citations, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of stations, [ ... ]</source>
        <translation>doit être une liste de stations, [ ... ]</translation>
    </message>
    <message>
        <source>must be a list of text, [ ... ]</source>
        <translation>doit être une liste de textes, [ ... ]</translation>
    </message>
    <message>
        <source>must be a number from {low} to {high}</source>
        <translation>doit être un nombre de {low} à {high}</translation>
    </message>
    <message>
        <source>must be a number of {low} or more</source>
        <translation>doit être un nombre supérieur ou égal à {low}</translation>
    </message>
    <message>
        <source>must be a real calendar date; there is no {value}</source>
        <translation>doit être une vraie date du calendrier ; le {value} n’existe pas</translation>
    </message>
    <message>
        <source>must be an integer</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be an integer from {low} to {high}</source>
        <translation>doit être un nombre entier de {low} à {high}</translation>
    </message>
    <message>
        <source>must be an integer of {low} or more</source>
        <translation>doit être un nombre entier supérieur ou égal à {low}</translation>
    </message>
    <message>
        <source>must be at most {max} characters long (it has {length})</source>
        <translation>doit faire au plus {max} caractères (il en a {length})</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <source>must be text of 1 to {max} characters</source>
        <translation>doit être un texte de 1 à {max} caractères</translation>
    </message>
    <message>
        <source>must be the id of a line</source>
        <translation>doit être l’identifiant d’une ligne</translation>
    </message>
    <message>
        <source>must be the id of a persona</source>
        <translation>doit être l’identifiant d’une persona</translation>
    </message>
    <message>
        <source>must be the id of a phase</source>
        <translation>doit être l’identifiant d’une phase</translation>
    </message>
    <message>
        <source>must be the id of a station</source>
        <translation>doit être l’identifiant d’une station</translation>
    </message>
    <message>
        <source>must be the id of an owner</source>
        <translation>doit être l’identifiant d’un responsable</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must contain at least one visible character, not only spaces or invisible ones</source>
        <translation>doit contenir au moins un caractère visible, pas seulement des espaces ou des caractères invisibles</translation>
    </message>
    <message>
        <source>must have at least one journey</source>
        <translation>doit avoir au moins un parcours</translation>
    </message>
    <message>
        <source>must have at least one line</source>
        <translation>doit avoir au moins une ligne</translation>
    </message>
    <message>
        <source>must have at least one phase</source>
        <translation>doit avoir au moins une phase</translation>
    </message>
    <message>
        <source>must have at most {max} items (it has {count})</source>
        <translation>doit avoir au plus {max} éléments (elle en a {count})</translation>
    </message>
    <message>
        <source>must have at most {max} quotes (it has {count})</source>
        <translation>doit avoir au plus {max} citations (elle en a {count})</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>this document is format version {version}, but this Journeyline reads format versions 1 to {newest} only</source>
        <translation>ce document est en version {version} du format, mais ce Journeyline ne lit que les versions 1 à {newest}</translation>
    </message>
    <message>
        <source>{value} is a line of another journey; use a line of this journey</source>
        <translation>{value} est une ligne d’un autre parcours ; utilisez une ligne de ce parcours</translation>
    </message>
    <message>
        <source>{value} is a phase of another journey; use a phase of this journey</source>
        <translation>{value} est une phase d’un autre parcours ; utilisez une phase de ce parcours</translation>
    </message>
    <message>
        <source>{value} is a station of another journey; use a station of this journey</source>
        <translation>{value} est une station d’un autre parcours ; utilisez une station de ce parcours</translation>
    </message>
    <message>
        <source>{value} is already used as the id at {place}; ids must be unique across the whole document</source>
        <translation>{value} est déjà utilisé comme identifiant à {place} ; les identifiants doivent être uniques dans tout le document</translation>
    </message>
    <message>
        <source>{value} is not the id of a line of this journey</source>
        <translation>{value} n’est pas l’identifiant d’une ligne de ce parcours</translation>
    </message>
    <message>
        <source>{value} is not the id of a persona in this document</source>
        <translation>{value} n’est pas l’identifiant d’une persona de ce document</translation>
    </message>
    <message>
        <source>{value} is not the id of a phase of this journey</source>
        <translation>{value} n’est pas l’identifiant d’une phase de ce parcours</translation>
    </message>
    <message>
        <source>{value} is not the id of a station of this journey</source>
        <translation>{value} n’est pas l’identifiant d’une station de ce parcours</translation>
    </message>
    <message>
        <source>{value} is not the id of an owner in this document</source>
        <translation>{value} n’est pas l’identifiant d’un responsable de ce document</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications enregistrées</translation>
    </message>
    <message>
        <source>Zoom (Ctrl and the mouse wheel, or pinch)</source>
        <translation>Zoom (Ctrl et la molette, ou pincer)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <source>Owner: {name}</source>
        <translation>Responsable : {name}</translation>
    </message>
    <message>
        <source>Emotion: {label} ({value})</source>
        <translation>Émotion : {label} ({value})</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Customer quotes</source>
        <translation>Citations clients</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <source>No needs, pain points, quotes or ideas yet.</source>
        <translation>Pas encore de besoins, points de friction, citations ni idées.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>No workshop open</source>
        <translation>Aucun atelier ouvert</translation>
    </message>
    <message>
        <source>Open a workshop file, or start a new one from a template.</source>
        <translation>Ouvrez un fichier d’atelier ou commencez-en un nouveau à partir d’un modèle.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Nouveau depuis un modèle…</translation>
    </message>
    <message>
        <source>RECENT</source>
        <translation>RÉCENTS</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Station title</source>
        <translation>Titre de la station</translation>
    </message>
    <message>
        <source>What the customer does here</source>
        <translation>Ce que fait le client ici</translation>
    </message>
    <message>
        <source>Website, phone, letter, store…</source>
        <translation>Site web, téléphone, courrier, magasin…</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Add a need…</source>
        <translation>Ajouter un besoin…</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nouveau besoin</translation>
    </message>
    <message>
        <source>Add the need</source>
        <translation>Ajouter le besoin</translation>
    </message>
    <message>
        <source>Remove the need</source>
        <translation>Retirer le besoin</translation>
    </message>
    <message>
        <source>Add a pain point…</source>
        <translation>Ajouter un point de friction…</translation>
    </message>
    <message>
        <source>New pain point</source>
        <translation>Nouveau point de friction</translation>
    </message>
    <message>
        <source>Add the pain point</source>
        <translation>Ajouter le point de friction</translation>
    </message>
    <message>
        <source>Remove the pain point</source>
        <translation>Retirer le point de friction</translation>
    </message>
    <message>
        <source>Ownership and evidence</source>
        <translation>Responsabilité et preuves</translation>
    </message>
    <message>
        <source>A moment that decides how the customer feels about us</source>
        <translation>Un moment qui décide de ce que le client pense de nous</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Gap: rate performance and target to see it</source>
        <translation>Écart : évaluez la performance et la cible pour le voir</translation>
    </message>
    <message>
        <source>Gap {gap}: performance is {gap} below target</source>
        <translation>Écart {gap} : la performance est {gap} sous la cible</translation>
    </message>
    <message>
        <source>No gap: performance meets the target</source>
        <translation>Aucun écart : la performance atteint la cible</translation>
    </message>
    <message>
        <source>Ahead by {gap}: performance beats the target</source>
        <translation>{gap} d’avance : la performance dépasse la cible</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>The classic eight phases, from awareness to advocacy; frontstage and backstage lines.</source>
        <translation>Les huit phases classiques, de la découverte à la recommandation ; lignes visibles du client et en coulisses.</translation>
    </message>
    <message>
        <source>A new customer&apos;s first 90 days, with placeholder stations to fill in together.</source>
        <translation>Les 90 premiers jours d’un nouveau client, avec des stations à compléter ensemble.</translation>
    </message>
    <message>
        <source>One phase and one line: draw the journey from scratch.</source>
        <translation>Une phase et une ligne : dessinez le parcours à partir de zéro.</translation>
    </message>
    <message>
        <source>Blank map</source>
        <translation>Carte vierge</translation>
    </message>
    <message>
        <source>New workshop from template</source>
        <translation>Nouvel atelier depuis un modèle</translation>
    </message>
    <message>
        <source>Start a new workshop file from one of these templates.</source>
        <translation>Commencez un nouveau fichier d’atelier à partir de l’un de ces modèles.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Choisir où enregistrer…</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>New station</source>
        <translation>Nouvelle station</translation>
    </message>
    <message>
        <source>A customer activity</source>
        <translation>Une activité du client</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Drag onto the map to add it there, or click to add it at the selection</source>
        <translation>Faites glisser sur la carte pour l’y ajouter, ou cliquez pour l’ajouter à la sélection</translation>
    </message>
    <message>
        <source>A stage, left to right</source>
        <translation>Une étape, de gauche à droite</translation>
    </message>
    <message>
        <source>A channel or process</source>
        <translation>Un canal ou un processus</translation>
    </message>
</context>
<context>
    <name>WelcomeOverlay</name>
    <message>
        <source>Welcome to Journeyline</source>
        <translation>Bienvenue dans Journeyline</translation>
    </message>
    <message>
        <source>Build the map</source>
        <translation>Construire la carte</translation>
    </message>
    <message>
        <source>Drag a phase, a line or a station from the palette onto the canvas.</source>
        <translation>Faites glisser une phase, une ligne ou une station de la palette vers le canevas.</translation>
    </message>
    <message>
        <source>Edit a station</source>
        <translation>Modifier une station</translation>
    </message>
    <message>
        <source>Select it and fill in the properties panel; double-click it to rename it.</source>
        <translation>Sélectionnez-la et remplissez le panneau des propriétés ; double-cliquez pour la renommer.</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Press F5 to show the map full screen to the room; Esc comes back.</source>
        <translation>Appuyez sur F5 pour montrer la carte en plein écran à la salle ; Échap revient.</translation>
    </message>
    <message>
        <source>Hand it over</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>File ▸ Export makes the PDF poster and the Excel action list.</source>
        <translation>Fichier ▸ Exporter crée l’affiche PDF et le plan d’action Excel.</translation>
    </message>
    <message>
        <source>Every change is saved in the workshop file the moment you make it. Help ▸ Welcome card shows this card again.</source>
        <translation>Chaque modification est enregistrée dans le fichier de l’atelier dès que vous la faites. Aide ▸ Carte de bienvenue la réaffiche.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Compris</translation>
    </message>
</context>
<context>
    <name>WindowPanels</name>
    <message>
        <source>Click the station for “{}” on the map · Esc cancels</source>
        <translation>Cliquez sur la station de « {} » sur la carte · Échap annule</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Open a workshop to see its journeys.</source>
        <translation>Ouvrez un atelier pour voir ses parcours.</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Parcours</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Open a workshop to see its personas.</source>
        <translation>Ouvrez un atelier pour voir ses personas.</translation>
    </message>
    <message>
        <source>&amp;Personas</source>
        <translation>P&amp;ersonas</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Open a workshop to see its owners.</source>
        <translation>Ouvrez un atelier pour voir ses responsables.</translation>
    </message>
    <message>
        <source>&amp;Owners</source>
        <translation>&amp;Responsables</translation>
    </message>
    <message>
        <source>Action board</source>
        <translation>Tableau des actions</translation>
    </message>
    <message>
        <source>Open a workshop to see its actions.</source>
        <translation>Ouvrez un atelier pour voir ses actions.</translation>
    </message>
    <message>
        <source>&amp;Action board</source>
        <translation>Tableau des &amp;actions</translation>
    </message>
    <message>
        <source>Effort/value matrix</source>
        <translation>Matrice effort/valeur</translation>
    </message>
    <message>
        <source>Open a workshop to see its priorities.</source>
        <translation>Ouvrez un atelier pour voir ses priorités.</translation>
    </message>
    <message>
        <source>&amp;Effort/value matrix</source>
        <translation>&amp;Matrice effort/valeur</translation>
    </message>
    <message>
        <source>Show the panel “{title}” ({shortcut})</source>
        <translation>Afficher le panneau « {title} » ({shortcut})</translation>
    </message>
    <message>
        <source>Show the panel “{title}”</source>
        <translation>Afficher le panneau « {title} »</translation>
    </message>
    <message>
        <source>That station no longer exists.</source>
        <translation>Cette station n’existe plus.</translation>
    </message>
    <message>
        <source>Linked “{title}” to the station “{title_}”</source>
        <translation>« {title} » lié à la station « {title_} »</translation>
    </message>
    <message>
        <source>That is not a station: click a station on the map · Esc cancels</source>
        <translation>Ce n’est pas une station : cliquez sur une station de la carte · Échap annule</translation>
    </message>
    <message>
        <source>The matrix is on the projector; F6 brings it back.</source>
        <translation>La matrice est au projecteur ; F6 la ramène.</translation>
    </message>
    <message>
        <source>Close the panel “{title}”</source>
        <translation>Fermer le panneau « {title} »</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop details</source>
        <translation>Détails de l’atelier</translation>
    </message>
    <message>
        <source>Name of the workshop or engagement</source>
        <translation>Nom de l’atelier ou de la mission</translation>
    </message>
    <message>
        <source>The client company</source>
        <translation>L’entreprise cliente</translation>
    </message>
    <message>
        <source>Target group in focus</source>
        <translation>Groupe cible visé</translation>
    </message>
    <message>
        <source>e.g. Lower customer departures</source>
        <translation>p. ex. Moins de départs de clients</translation>
    </message>
    <message>
        <source>The workshop&apos;s language: its exports (poster, action list) are in this language. Another language tag (nb-NO, de-CH, pt-BR) may be typed; exports in a language Journeyline does not speak are in English.</source>
        <translation>La langue de l’atelier : ses exports (affiche, plan d’action) sont dans cette langue. Vous pouvez saisir un autre code de langue (nb-NO, de-CH, pt-BR) ; les exports dans une langue que Journeyline ne parle pas sont en anglais.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment :</translation>
    </message>
    <message>
        <source>Business &amp;goal:</source>
        <translation>Objectif &amp;métier :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
</TS>
