<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AccountCard</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/account_card.py" line="33"/>
        <source>Account at CBP</source>
        <translation>Compte auprès de la CBP</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/account_card.py" line="38"/>
        <source>National Account Manager:</source>
        <translation>Gestionnaire de compte national&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/account_card.py" line="39"/>
        <source>Not assigned yet — CBP names one after acceptance.</source>
        <translation>Pas encore attribué — la CBP en désigne un après l’acceptation.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/account_card.py" line="41"/>
        <source>Center of Excellence and Expertise:</source>
        <translation>Centre d’excellence et d’expertise&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/account_card.py" line="43"/>
        <source>Filer codes:</source>
        <translation>Codes de déclarant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/account_card.py" line="44"/>
        <source>Importer of Record numbers:</source>
        <translation>Numéros d’importateur officiel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/account_card.py" line="46"/>
        <source>None listed yet</source>
        <translation>Aucun inscrit pour l’instant</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/account_card.py" line="48"/>
        <source>Benefits used:</source>
        <translation>Avantages utilisés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/account_card.py" line="49"/>
        <source>None recorded yet</source>
        <translation>Aucun noté pour l’instant</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/account_card.py" line="56"/>
        <source>Not known yet: list your main products with their HTS numbers under Company.</source>
        <translation>Pas encore connu&#xa0;: inscrivez vos principaux produits avec leurs numéros HTS sous Entreprise.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/account_card.py" line="58"/>
        <source>assigned by CBP</source>
        <translation>attribué par la CBP</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/account_card.py" line="59"/>
        <source>your choice; CBP has not assigned one yet</source>
        <translation>votre choix; la CBP n’en a pas encore attribué</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/account_card.py" line="60"/>
        <source>suggested from your main products</source>
        <translation>suggéré d’après vos principaux produits</translation>
    </message>
</context>
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/attachment_editor.py" line="84"/>
        <source>Drag documents here, or choose Add document…</source>
        <translation>Glissez des documents ici ou choisissez Ajouter un document…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/attachment_editor.py" line="86"/>
        <source>Add document…</source>
        <translation>Ajouter un document…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/attachment_editor.py" line="89"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/attachment_editor.py" line="110"/>
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../isa_desktop/ui/models/attachments_model.py" line="12"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/attachments_model.py" line="13"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/attachments_model.py" line="14"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/attachments_model.py" line="15"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>ChoiceBox</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="178"/>
        <source>— Choose —</source>
        <translation>— Choisir —</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="27"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="28"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="29"/>
        <source>Complete</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="30"/>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="31"/>
        <source>Problems to fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="32"/>
        <source>Next deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="33"/>
        <source>IOR numbers</source>
        <translation>Numéros IOR</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="34"/>
        <source>Last changed</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="35"/>
        <source>Pre-certification</source>
        <translation>Précertification</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="36"/>
        <source>Under review</source>
        <translation>En cours d’examen</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="37"/>
        <source>Review completed</source>
        <translation>Examen terminé</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="38"/>
        <source>Eligible</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="39"/>
        <source>Not yet eligible</source>
        <translation>Pas encore admissible</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="40"/>
        <source>Not answered yet</source>
        <translation>Pas encore répondu</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/model.py" line="97"/>
        <source>Unreadable</source>
        <translation>Illisible</translation>
    </message>
</context>
<context>
    <name>DashboardCommands</name>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="65"/>
        <source>Client dashboard</source>
        <translation>Tableau de bord des clients</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="85"/>
        <source>Choose the folder of client files first.</source>
        <translation>Choisissez d’abord le dossier des fichiers clients.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="93"/>
        <source>Folder of client files</source>
        <translation>Dossier des fichiers clients</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="119"/>
        <source>Duplicate as template</source>
        <translation>Dupliquer en modèle</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="120"/>
        <source>Legal name of the new client:</source>
        <translation>Dénomination sociale du nouveau client&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="126"/>
        <source>Creating the template…</source>
        <translation>Création du modèle…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="134"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="135"/>
        <source>Move {0} to the Archive folder?</source>
        <translation>Déplacer {0} dans le dossier Archive?</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="156"/>
        <source>Send to client</source>
        <translation>Envoyer au client</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="167"/>
        <source>Saved {0}</source>
        <translation>{0} enregistré</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="168"/>
        <source>Preparing the file…</source>
        <translation>Préparation du fichier…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="176"/>
        <source>Receive from client</source>
        <translation>Recevoir du client</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="177"/>
        <source>Client files (*.isa *{0})</source>
        <translation>Fichiers clients (*.isa *{0})</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="183"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="184"/>
        <source>Password of the bundle:</source>
        <translation>Mot de passe du paquet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="190"/>
        <source>Checking the received file…</source>
        <translation>Vérification du fichier reçu…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="200"/>
        <source>Replaced {0}; the previous version is in the Archive.</source>
        <translation>{0} remplacé; la version précédente se trouve dans le dossier Archive.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/commands.py" line="212"/>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="88"/>
        <source>Client dashboard</source>
        <translation>Tableau de bord des clients</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="110"/>
        <source>No folder chosen</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="111"/>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="112"/>
        <source>Search names, IOR numbers, answers…</source>
        <translation>Rechercher noms, numéros d’importateur, réponses…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="115"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="120"/>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="170"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="131"/>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="58"/>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="145"/>
        <source>Due within 30 days</source>
        <translation>Échéance d’ici 30 jours</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="54"/>
        <source>All clients</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="55"/>
        <source>Eligible</source>
        <translation>Admissibles</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="56"/>
        <source>Not yet eligible</source>
        <translation>Pas encore admissibles</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="57"/>
        <source>With open blockers</source>
        <translation>Avec obstacles restants</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="59"/>
        <source>Unreadable files</source>
        <translation>Fichiers illisibles</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="159"/>
        <source>Choose folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="160"/>
        <source>Open client</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="161"/>
        <source>New client…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="162"/>
        <source>Duplicate as template…</source>
        <translation>Dupliquer en modèle…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="163"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="164"/>
        <source>Send to client…</source>
        <translation>Envoyer au client…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="165"/>
        <source>Receive from client…</source>
        <translation>Recevoir du client…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="166"/>
        <source>Export calendar…</source>
        <translation>Exporter le calendrier…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="167"/>
        <source>Preparer…</source>
        <translation>Préparateur…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="168"/>
        <source>Rescan</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="172"/>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="200"/>
        <source>Reading client files…</source>
        <translation>Lecture des fichiers clients…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="215"/>
        <source>{0} client files</source>
        <translation>Fichiers clients&#xa0;: {0}</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/window.py" line="217"/>
        <source>, {0} unreadable</source>
        <translation>, illisibles&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="106"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="108"/>
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../isa_desktop/ui/find_dialog.py" line="18"/>
        <source>Find a question</source>
        <translation>Trouver une question</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/find_dialog.py" line="30"/>
        <source>Type a few words of the question</source>
        <translation>Tapez quelques mots de la question</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/find_dialog.py" line="31"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/binder.py" line="124"/>
        <source>This file is open read-only; changes are not saved.</source>
        <translation>Ce fichier est ouvert en lecture seule; les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/binder.py" line="146"/>
        <source>%1 was not attached.</source>
        <translation>%1 n’a pas été joint.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/form_page.py" line="80"/>
        <source>%1 of %2 required answers given. Questions marked * are needed.</source>
        <translation>%1 réponses obligatoires sur %2 fournies. Les questions marquées d’un * sont obligatoires.</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../isa_desktop/ui/models/issues_model.py" line="14"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/issues_model.py" line="15"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/issues_model.py" line="16"/>
        <source>What needs attention</source>
        <translation>Ce qui demande votre attention</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/issues_model.py" line="17"/>
        <source>Blocker</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/issues_model.py" line="18"/>
        <source>Missing or wrong</source>
        <translation>Manquant ou erroné</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/issues_model.py" line="19"/>
        <source>Worth a look</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_items.py" line="71"/>
        <source>Finding: %1</source>
        <translation>Constat&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_items.py" line="77"/>
        <source>Question or document reviewed</source>
        <translation>Question ou document examiné</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_items.py" line="89"/>
        <source>Comment for the importer</source>
        <translation>Commentaire pour l’importateur</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_items.py" line="90"/>
        <source>What the importer should know or change</source>
        <translation>Ce que l’importateur doit savoir ou modifier</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_items.py" line="93"/>
        <source>Finding:</source>
        <translation>Constat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_items.py" line="94"/>
        <source>Reviewed:</source>
        <translation>Examiné&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_items.py" line="95"/>
        <source>Comment:</source>
        <translation>Commentaire&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="153"/>
        <source>Open an application</source>
        <translation>Ouvrir une demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="161"/>
        <source>New application</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="181"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="184"/>
        <source>Copy saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="199"/>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="225"/>
        <source>Read-only: changes are not saved</source>
        <translation>Lecture seule&#xa0;: les modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="226"/>
        <location filename="../../isa_desktop/ui/main_window.py" line="354"/>
        <location filename="../../isa_desktop/ui/main_window.py" line="373"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="366"/>
        <source>About ISA Desktop</source>
        <translation>À propos d’ISA Desktop</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="367"/>
        <source>ISA Desktop %1

Prepares and maintains an importer&apos;s application to CBP&apos;s Importer Self-Assessment program. Everything stays in one file on this computer.</source>
        <translation>ISA Desktop %1

Prépare et tient à jour la demande d’un importateur au programme d’autoévaluation des importateurs (ISA) de la CBP. Tout reste dans un seul fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="376"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MenuActions</name>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="92"/>
        <source>&amp;New application…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="92"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="93"/>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="94"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="94"/>
        <source>Client &amp;dashboard…</source>
        <translation>&amp;Tableau de bord des clients…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="95"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="95"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="96"/>
        <source>&amp;Find a question…</source>
        <translation>&amp;Trouver une question…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="96"/>
        <source>&amp;About ISA Desktop</source>
        <translation>À &amp;propos d’ISA Desktop</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="97"/>
        <source>Follow the &amp;system</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="98"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="98"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="102"/>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="103"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="104"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="105"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="106"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="107"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="108"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="45"/>
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="46"/>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="47"/>
        <source>Self-testing</source>
        <translation>Autovérification</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="48"/>
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="49"/>
        <source>After acceptance</source>
        <translation>Après l’acceptation</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="52"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="59"/>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="61"/>
        <source>Self-testing plan</source>
        <translation>Plan d’autovérification</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="63"/>
        <source>Test results</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="65"/>
        <source>MOU</source>
        <translation>Protocole d’entente (PE)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="67"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="69"/>
        <source>Pre-certification review</source>
        <translation>Examen de précertification</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="71"/>
        <source>Packet</source>
        <translation>Dossier de demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="73"/>
        <source>Annual notification</source>
        <translation>Notification annuelle</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigator.py" line="111"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>NewClientWizard</name>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="30"/>
        <source>Importer Self-Assessment (ISA)</source>
        <translation>Autoévaluation des importateurs (ISA)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="45"/>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="46"/>
        <source>Client legal name</source>
        <translation>Dénomination sociale du client</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="47"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="50"/>
        <source>The client</source>
        <translation>Le client</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="51"/>
        <source>The file is named after the client&apos;s legal name.</source>
        <translation>Le fichier porte le nom de la dénomination sociale du client.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="53"/>
        <source>Legal name:</source>
        <translation>Dénomination sociale&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="54"/>
        <source>Program:</source>
        <translation>Programme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="56"/>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="60"/>
        <source>Importer of Record number</source>
        <translation>Numéro d’importateur officiel</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="61"/>
        <source>Optional now; you can add more numbers later under Company.</source>
        <translation>Facultatif pour l’instant; vous pourrez ajouter d’autres numéros plus tard sous Entreprise.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="63"/>
        <source>IOR number:</source>
        <translation>Numéro d’importateur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NumberLine</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="95"/>
        <source>Amount in U.S. dollars</source>
        <translation>Montant en dollars américains</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="95"/>
        <source>0 to 100 %</source>
        <translation>0 à 100&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="96"/>
        <source>A whole number</source>
        <translation>Un nombre entier</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../isa_desktop/ui/ops.py" line="69"/>
        <source>Something unexpected went wrong ({0}). Details are in the log file.</source>
        <translation>Un problème inattendu est survenu ({0}). Les détails figurent dans le journal.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="69"/>
        <source>%1 — everything you enter is saved in %2 as you type. Work through the sections on the left in any order; this page tells you what is left.</source>
        <translation>%1 — tout ce que vous saisissez est enregistré dans %2 au fur et à mesure. Remplissez les sections de gauche dans l’ordre qui vous convient; cette page indique ce qui reste à faire.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="89"/>
        <source>✓ Eligible to apply</source>
        <translation>✓ Admissible à présenter une demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="91"/>
        <source>Not eligible yet</source>
        <translation>Pas encore admissible</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="116"/>
        <source>Route: Focused Assessment transition — report %1 of %2; the route stays open until %3.</source>
        <translation>Voie&#xa0;: transition depuis l’évaluation ciblée — rapport %1 du %2; la voie reste ouverte jusqu’au %3.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="118"/>
        <source>(no number given)</source>
        <translation>(aucun numéro indiqué)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="121"/>
        <source>Route: standard application.</source>
        <translation>Voie&#xa0;: demande ordinaire.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="129"/>
        <source>Review comments from your broker: %1, of which %2 still open. Each one appears beside the question it concerns.</source>
        <translation>Commentaires d’examen de votre courtier&#xa0;: %1, dont %2 encore ouverts. Chacun apparaît à côté de la question qu’il concerne.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="133"/>
        <source>Pre-certification review</source>
        <translation>Examen de précertification</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="139"/>
        <source>Broker&apos;s comment: %1</source>
        <translation>Commentaire du courtier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="162"/>
        <source>Go to question</source>
        <translation>Aller à la question</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="163"/>
        <source>Go to question: %1</source>
        <translation>Aller à la question&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="172"/>
        <source>What to do next</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="179"/>
        <source>Continue with “%1”</source>
        <translation>Continuer avec «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="180"/>
        <source>%1 of %2 required answers still missing.</source>
        <translation>%1 réponses obligatoires sur %2 manquent encore.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="186"/>
        <source>Fix what the review lists</source>
        <translation>Corriger ce que la révision signale</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="187"/>
        <source>Answers missing or to correct: %1. Start with the blockers.</source>
        <translation>Réponses manquantes ou à corriger : %1. Commencez par les obstacles.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="189"/>
        <source>Build the application packet</source>
        <translation>Produire le dossier de demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="190"/>
        <source>A printable PDF with your answers, policies and the MOU. You can build a draft at any time.</source>
        <translation>Un PDF imprimable avec vos réponses, vos politiques et le protocole d’entente. Vous pouvez produire une ébauche à tout moment.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="199"/>
        <source>Completion by section</source>
        <translation>Avancement par section</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="200"/>
        <source>Overall: %1 % of the required answers are given.</source>
        <translation>Au total&#xa0;: %1&#xa0;% des réponses obligatoires sont fournies.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="219"/>
        <source>%1 completion</source>
        <translation>Avancement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PacketPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="69"/>
        <source>Application packet</source>
        <translation>Dossier de demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="70"/>
        <source>Memorandum of Understanding (MOU)</source>
        <translation>Protocole d’entente (PE)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="71"/>
        <source>Annual notification letter</source>
        <translation>Lettre de notification annuelle</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="76"/>
        <source>One PDF with everything CBP reviews: eligibility, company profile, the questionnaire with your narratives, the remediation list, the self-testing plan, your attached policies and the MOU. Build a draft whenever you like.</source>
        <translation>Un seul PDF avec tout ce que la CBP examine&#xa0;: admissibilité, profil de l’entreprise, questionnaire et descriptions, liste des mesures correctives, plan d’autovérification, politiques jointes et protocole d’entente. Produisez une ébauche quand vous voulez.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="80"/>
        <source>The agreement your company officer signs: the importer&apos;s commitments, the IOR numbers it covers and signature blocks. It can be signed on paper or digitally.</source>
        <translation>L’entente que signe le dirigeant de l’entreprise&#xa0;: les engagements de l’importateur, les numéros d’importateur officiel visés et les blocs de signature. Elle peut être signée sur papier ou électroniquement.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="84"/>
        <source>After CBP accepts you, a letter is due 13 months after acceptance and then every year: it confirms you still qualify and reports changes, self-testing results and corrective actions.</source>
        <translation>Une fois votre demande acceptée par la CBP, une lettre est due 13 mois après l’acceptation, puis chaque année&#xa0;: elle confirme que vous êtes toujours admissible et fait état des changements, des résultats d’autovérification et des mesures correctives.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="103"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="110"/>
        <source>&amp;Prepared by:</source>
        <translation>&amp;Préparé par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="111"/>
        <source>Optional: your name or your broker&apos;s</source>
        <translation>Facultatif&#xa0;: votre nom ou celui de votre courtier</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="115"/>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="119"/>
        <source>Save to:</source>
        <translation>Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="124"/>
        <source>&amp;Build PDF</source>
        <translation>P&amp;roduire le PDF</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="128"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="132"/>
        <source>Open in PDF viewer</source>
        <translation>Ouvrir dans la visionneuse PDF</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="135"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="145"/>
        <source>Build progress</source>
        <translation>Progression de la production</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="159"/>
        <source>Answers still missing or to correct: %1 (see Review). The packet will be marked as a draft until they are fixed.</source>
        <translation>Réponses encore manquantes ou à corriger : %1 (voir Révision). Le dossier portera la mention «&#xa0;ébauche&#xa0;» jusqu’à leur correction.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="193"/>
        <source>Save the PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="215"/>
        <source>Building…</source>
        <translation>Production en cours…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="236"/>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="246"/>
        <source>Saved to %1 (%2 pages).</source>
        <translation>Enregistré dans %1 (%2 pages).</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="250"/>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="258"/>
        <source>The PDF was not built: %1</source>
        <translation>Le PDF n’a pas été produit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="262"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/pdf_preview.py" line="23"/>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/pdf_preview.py" line="27"/>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="58"/>
        <source>Self-testing plan</source>
        <translation>Plan d’autovérification</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="60"/>
        <source>Choose a trade area on the left and describe how it is tested. The reviewer must be someone other than the person whose work is checked. Changes are saved as you type.</source>
        <translation>Choisissez un domaine commercial à gauche et décrivez comment il est vérifié. Le réviseur doit être une autre personne que celle dont le travail est vérifié. Les modifications sont enregistrées au fur et à mesure de la saisie.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="67"/>
        <source>Trade areas</source>
        <translation>Domaines commerciaux</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="72"/>
        <source>● in the plan   ○ not yet; the word after each area is its risk rating.</source>
        <translation>● dans le plan   ○ pas encore; le mot après chaque domaine est sa cote de risque.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="116"/>
        <source>What is tested</source>
        <translation>Ce qui est vérifié</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="116"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="117"/>
        <source>Lines in a period</source>
        <translation>Lignes par période</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="117"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="118"/>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="118"/>
        <source>Confidence level</source>
        <translation>Niveau de confiance</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="119"/>
        <source>Tolerable error rate</source>
        <translation>Taux d’erreur tolérable</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="120"/>
        <source>Expected error rate</source>
        <translation>Taux d’erreur prévu</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="120"/>
        <source>Sample size</source>
        <translation>Taille de l’échantillon</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="121"/>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="121"/>
        <source>Whose work is tested</source>
        <translation>Auteur du travail vérifié</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="122"/>
        <source>When</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="122"/>
        <source>Error threshold</source>
        <translation>Seuil d’erreur</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="123"/>
        <source>When the threshold is passed</source>
        <translation>Si le seuil est dépassé</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="124"/>
        <source>Results reported to</source>
        <translation>Résultats communiqués à</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="125"/>
        <source>Keep results for</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="146"/>
        <source>A name or a role, e.g. Internal Audit Analyst</source>
        <translation>Un nom ou un rôle, p. ex. analyste en vérification interne</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="186"/>
        <source>unknown (large)</source>
        <translation>inconnu (grand nombre)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="190"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="210"/>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="304"/>
        <source>In the plan</source>
        <translation>Dans le plan</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="211"/>
        <source>Not in the plan yet</source>
        <translation>Pas encore dans le plan</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="309"/>
        <source>Still to do:</source>
        <translation>Reste à faire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="314"/>
        <source>Only for attribute sampling.</source>
        <translation>Seulement pour l’échantillonnage par attributs.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/plan_page.py" line="323"/>
        <source>Test %1 lines. The tolerable rate is supported when no more than %2 of them are in error.</source>
        <translation>Vérifiez %1 lignes. Le taux tolérable est confirmé si le nombre de lignes erronées ne dépasse pas %2.</translation>
    </message>
</context>
<context>
    <name>PopulationImport</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="41"/>
        <source>Entry number (required)</source>
        <translation>Numéro de déclaration (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="42"/>
        <source>Line number</source>
        <translation>Numéro de ligne</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="43"/>
        <source>Entry date</source>
        <translation>Date de la déclaration</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="44"/>
        <source>HTS number</source>
        <translation>Numéro HTS</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="45"/>
        <source>Country of origin</source>
        <translation>Pays d’origine</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="46"/>
        <source>Entered value</source>
        <translation>Valeur déclarée</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="47"/>
        <source>Duty</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="48"/>
        <source>Trade area (for strata)</source>
        <translation>Domaine commercial (pour les strates)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="49"/>
        <source>Importer of record</source>
        <translation>Importateur officiel</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="50"/>
        <source>Broker / filer</source>
        <translation>Courtier / déclarant</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="52"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="53"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="54"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="55"/>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
</context>
<context>
    <name>PopulationImportDialog</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="68"/>
        <source>Import entry lines</source>
        <translation>Importer des lignes de déclaration</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="76"/>
        <source>Choose a CSV export of the period&apos;s entry lines (an ACE report or your broker&apos;s file). Check what was detected, then say which column holds what.</source>
        <translation>Choisissez une exportation CSV des lignes de déclaration de la période (un rapport ACE ou le fichier de votre courtier). Vérifiez ce qui a été détecté, puis indiquez ce que contient chaque colonne.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="101"/>
        <source>First lines of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="110"/>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="112"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="113"/>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="125"/>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="130"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="128"/>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="131"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="139"/>
        <source>Import progress</source>
        <translation>Progression de l’importation</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="148"/>
        <source>Lines left out</source>
        <translation>Lignes écartées</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="153"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="170"/>
        <source>The file could not be read (%1).</source>
        <translation>Le fichier n’a pas pu être lu (%1).</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="189"/>
        <source>Detected: %1 text, fields separated by %2, %3 columns.</source>
        <translation>Détecté&#xa0;: texte %1, séparateur %2, %3 colonnes.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="197"/>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="210"/>
        <source>The first line does not look like column names; add a header line to the file.</source>
        <translation>La première ligne ne ressemble pas à des noms de colonnes; ajoutez une ligne d’en-tête au fichier.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="219"/>
        <source>Entry lines</source>
        <translation>Lignes de déclaration</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="220"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="249"/>
        <source>%1 entry lines imported. %2 lines were left out:</source>
        <translation>%1 lignes de déclaration importées. %2 lignes ont été écartées&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="252"/>
        <source>%1 entry lines imported.</source>
        <translation>%1 lignes de déclaration importées.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="256"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/population_import.py" line="263"/>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>PreparerDialog</name>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="179"/>
        <source>Preparer</source>
        <translation>Préparateur</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="180"/>
        <source>Preparer name</source>
        <translation>Nom du préparateur</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="181"/>
        <source>Firm</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="182"/>
        <source>Filer code</source>
        <translation>Code de déclarant</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="184"/>
        <source>Printed on packets as &quot;Prepared by&quot;. Only the importer&apos;s company officer signs.</source>
        <translation>Imprimé sur les dossiers de demande sous «&#xa0;Préparé par&#xa0;». Seul le dirigeant de l’entreprise importatrice signe.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="186"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="187"/>
        <source>Firm:</source>
        <translation>Cabinet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="188"/>
        <source>Filer code:</source>
        <translation>Code de déclarant&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="147"/>
        <source>Received file</source>
        <translation>Fichier reçu</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="148"/>
        <source>The received file was changed more recently.</source>
        <translation>Le fichier reçu a été modifié plus récemment.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="149"/>
        <source>The copy on this computer was changed more recently.</source>
        <translation>La copie sur cet ordinateur a été modifiée plus récemment.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="150"/>
        <source>Both copies hold the same answers.</source>
        <translation>Les deux copies contiennent les mêmes réponses.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="154"/>
        <source>Careful: the two files name different clients.</source>
        <translation>Attention&#xa0;: les deux fichiers désignent des clients différents.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="156"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="156"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="157"/>
        <source>On this computer</source>
        <translation>Sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="157"/>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="158"/>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="158"/>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="159"/>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="165"/>
        <source>Use the received file</source>
        <translation>Utiliser le fichier reçu</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="167"/>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="72"/>
        <source>Test results</source>
        <extracomment>The error type a failed item in each area most likely has (the tester can change it).</extracomment>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="74"/>
        <source>Pick the testing cycle and the trade area. Import the period&apos;s entry lines, draw a sample (the seed is kept so anyone can draw the same lines again), then mark each line as passed or in error.</source>
        <translation>Choisissez le cycle de vérification et le domaine commercial. Importez les lignes de déclaration de la période, tirez un échantillon (le germe est conservé pour que quiconque puisse tirer de nouveau les mêmes lignes), puis marquez chaque ligne comme conforme ou erronée.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="83"/>
        <source>Sampled entry lines</source>
        <translation>Lignes de déclaration échantillonnées</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="86"/>
        <source>(not tested)</source>
        <translation>(non vérifiée)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="104"/>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="112"/>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="106"/>
        <source>Write a new cycle like 2026-Q4, 2026-H2 or 2026-11.</source>
        <translation>Saisissez un nouveau cycle, p. ex. 2026-Q4, 2026-H2 ou 2026-11.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="110"/>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="112"/>
        <source>Trade area</source>
        <translation>Domaine commercial</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="124"/>
        <source>Import entry lines…</source>
        <translation>Importer des lignes…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="128"/>
        <source>Entry lines to draw from</source>
        <translation>Lignes de déclaration où tirer l’échantillon</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="131"/>
        <source>Sample size</source>
        <translation>Taille de l’échantillon</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="133"/>
        <source>lines: </source>
        <translation>lignes&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="136"/>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="150"/>
        <source>Seed</source>
        <translation>Germe</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="137"/>
        <source>The number that fixes the random draw; keep it to repeat the same sample.</source>
        <translation>Le nombre qui fixe le tirage aléatoire; conservez-le pour reproduire le même échantillon.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="140"/>
        <source>By trade area</source>
        <translation>Par domaine</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="142"/>
        <source>Stratify the sample by trade area</source>
        <translation>Stratifier l’échantillon par domaine commercial</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="143"/>
        <source>Draw sample</source>
        <translation>Tirer l’échantillon</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="145"/>
        <source>Check the draw</source>
        <translation>Vérifier le tirage</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="166"/>
        <source>All areas in this cycle</source>
        <translation>Tous les domaines de ce cycle</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="169"/>
        <source>Results of the cycle by area</source>
        <translation>Résultats du cycle par domaine</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="172"/>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="174"/>
        <source>Corrective actions</source>
        <translation>Mesures correctives</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="177"/>
        <source>Add a corrective action…</source>
        <translation>Ajouter une mesure corrective…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="180"/>
        <source>Disclosures filed</source>
        <translation>Divulgations déposées</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="183"/>
        <source>Disclosures</source>
        <translation>Divulgations</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="186"/>
        <source>Add a disclosure…</source>
        <translation>Ajouter une divulgation…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="210"/>
        <source>%1 (%2 lines)</source>
        <translation>%1 (%2 lignes)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="246"/>
        <source>No sample drawn for this cycle and area yet.</source>
        <translation>Aucun échantillon tiré pour ce cycle et ce domaine pour l’instant.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="256"/>
        <source>Sample %1: %2 of %3 lines from “%4”, seed %5, drawn %6. Population fingerprint %7…</source>
        <translation>Échantillon %1&#xa0;: %2 lignes sur %3 de «&#xa0;%4&#xa0;», germe %5, tiré le %6. Empreinte de la population %7…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="269"/>
        <source>Keep results until %1</source>
        <translation>Conserver jusqu’au %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="272"/>
        <source>No results recorded for this area in this cycle.</source>
        <translation>Aucun résultat consigné pour ce domaine dans ce cycle.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="275"/>
        <source>%1 items tested, %2 in error: error rate %3 % against a threshold of %4 %. Net duty impact %5 USD.</source>
        <translation>Éléments vérifiés&#xa0;: %1; en erreur&#xa0;: %2; taux d’erreur de %3&#xa0;% pour un seuil de %4&#xa0;%. Incidence nette sur les droits&#xa0;: %5 $&#xa0;US.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="283"/>
        <source>Above the threshold: %1</source>
        <translation>Seuil dépassé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="284"/>
        <source>escalate as the plan says.</source>
        <translation>faites remonter le problème comme le prévoit le plan.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="366"/>
        <source>Import the period&apos;s entry lines first.</source>
        <translation>Importez d’abord les lignes de déclaration de la période.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="370"/>
        <source>The seed must be a whole number.</source>
        <translation>Le germe doit être un nombre entier.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="388"/>
        <source>Checked: drawing again with the same seed gives the same %1 lines.</source>
        <translation>Vérifié&#xa0;: un nouveau tirage avec le même germe donne les mêmes %1 lignes.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="392"/>
        <source>Corrective action</source>
        <translation>Mesure corrective</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="393"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="393"/>
        <source>Action</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="394"/>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Échéance (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="403"/>
        <source>Disclosure</source>
        <translation>Divulgation</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="404"/>
        <source>Filed on (YYYY-MM-DD)</source>
        <translation>Déposée le (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="405"/>
        <source>What was corrected</source>
        <translation>Ce qui a été corrigé</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/results_page.py" line="406"/>
        <source>Additional duty (USD)</source>
        <translation>Droits supplémentaires ($&#xa0;US)</translation>
    </message>
</context>
<context>
    <name>ReviewItem</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_items.py" line="28"/>
        <source>— not reviewed yet —</source>
        <translation>— pas encore examiné —</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_items.py" line="29"/>
        <source>Meets</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_items.py" line="30"/>
        <source>Needs work</source>
        <translation>À améliorer</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_items.py" line="31"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>ReviewModePage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="36"/>
        <source>Ready to present to CBP</source>
        <translation>Prêt à présenter à la CBP</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="37"/>
        <source>Ready once the open items are settled</source>
        <translation>Prêt une fois les points en suspens réglés</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="38"/>
        <source>Not ready to present to CBP</source>
        <translation>Pas prêt à présenter à la CBP</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="50"/>
        <source>Pre-certification review</source>
        <translation>Examen de précertification</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="52"/>
        <source>For an accredited broker reviewing this client&apos;s package before CBP sees it: record a finding on each point, point it at the question or document you reviewed, and add a comment where the importer has work to do. Comments appear to the importer beside the question concerned.</source>
        <translation>Pour le courtier agréé qui examine le dossier de ce client avant la CBP&#xa0;: notez un constat sur chaque point, rattachez-le à la question ou au document examiné et ajoutez un commentaire là où l’importateur a du travail à faire. Les commentaires apparaissent à l’importateur à côté de la question concernée.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="79"/>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="157"/>
        <source>Start review</source>
        <translation>Commencer l’examen</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="80"/>
        <source>Reviewer…</source>
        <translation>Examinateur…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="82"/>
        <source>Build evaluation report</source>
        <translation>Produire le rapport d’évaluation</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="84"/>
        <source>Open report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="114"/>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="122"/>
        <source>Summary opinion</source>
        <translation>Opinion sommaire</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="124"/>
        <source>Opinion:</source>
        <translation>Opinion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="125"/>
        <source>Summary:</source>
        <translation>Sommaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="127"/>
        <source>Complete review</source>
        <translation>Terminer l’examen</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="141"/>
        <source>Review comments: %1, of which the importer marked %2 addressed.</source>
        <translation>Commentaires d’examen&#xa0;: %1, dont %2 marqués comme réglés par l’importateur.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="156"/>
        <source>Reopen review</source>
        <translation>Rouvrir l’examen</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="166"/>
        <source>no reviewer set (use Reviewer…)</source>
        <translation>aucun examinateur défini (utilisez Examinateur…)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="167"/>
        <source>Not under review. The review will be recorded under: %1.</source>
        <translation>Aucun examen en cours. L’examen sera enregistré au nom de&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="172"/>
        <source>Review completed on %1 by %2 (started %3).</source>
        <translation>Examen terminé le %1 par %2 (commencé le %3).</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="175"/>
        <source>Under review by %1 since %2.</source>
        <translation>En cours d’examen par %1 depuis le %2.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="198"/>
        <source>Review started.</source>
        <translation>Examen commencé.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="216"/>
        <source>Choose a finding first; the comment is saved with it.</source>
        <translation>Choisissez d’abord un constat; le commentaire est enregistré avec lui.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="220"/>
        <source>Saved the finding on “%1”.</source>
        <translation>Constat enregistré pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="229"/>
        <source>Review completed. Build the evaluation report to hand it over.</source>
        <translation>Examen terminé. Produisez le rapport d’évaluation pour le remettre.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="245"/>
        <source>Building the evaluation report…</source>
        <translation>Production du rapport d’évaluation…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review_mode.py" line="266"/>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>ReviewNote</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/question_row.py" line="54"/>
        <source>The reviewer</source>
        <translation>L’examinateur</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/question_row.py" line="55"/>
        <source>Review comment from %1 (%2)</source>
        <translation>Commentaire d’examen de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/question_row.py" line="63"/>
        <source>Addressed</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/question_row.py" line="65"/>
        <source>Mark the review comment addressed</source>
        <translation>Marquer le commentaire d’examen comme réglé</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/review.py" line="21"/>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review.py" line="23"/>
        <source>Everything that still needs attention before the packet is complete. Blockers come first: they stop you from applying at all. Double-click a line (or press Enter) to go to the question.</source>
        <translation>Tout ce qui demande encore votre attention avant que le dossier soit complet. Les obstacles viennent en premier&#xa0;: ils vous empêchent de présenter une demande. Double-cliquez sur une ligne (ou appuyez sur Entrée) pour aller à la question.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review.py" line="31"/>
        <source>Problems to fix</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review.py" line="74"/>
        <source>Nothing left to fix. You can build the packet.</source>
        <translation>Plus rien à corriger. Vous pouvez produire le dossier.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review.py" line="76"/>
        <source>%1 blockers, %2 answers missing or wrong, %3 warnings</source>
        <translation>%1 obstacles, %2 réponses manquantes ou erronées, %3 avertissements</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review.py" line="93"/>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="34"/>
        <source>Risk assessment</source>
        <translation>Évaluation des risques</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="36"/>
        <source>Rate each trade area from 1 to 5: how likely an error is, and how much it would cost if it happened. Their product is the score; the score gives the rating and the testing it calls for. Double-click a cell to change it. You may override a rating, but only with a reason, which appears in the packet.</source>
        <translation>Cotez chaque domaine commercial de 1 à 5&#xa0;: la probabilité d’une erreur et ce qu’elle coûterait si elle se produisait. Leur produit donne le pointage; le pointage détermine la cote et les vérifications qu’elle exige. Double-cliquez sur une cellule pour la modifier. Vous pouvez déroger à une cote, mais seulement en donnant un motif, qui figure dans le dossier de demande.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="41"/>
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="46"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="51"/>
        <source>Low (1–6): an annual judgmental review. Medium (7–14): attribute sampling twice a year at 90 % confidence. High (15–25): attribute sampling every quarter at 95 % confidence.</source>
        <translation>Faible (1–6)&#xa0;: examen annuel par jugement. Moyenne (7–14)&#xa0;: échantillonnage par attributs deux fois par année, avec un niveau de confiance de 90&#xa0;%. Élevée (15–25)&#xa0;: échantillonnage par attributs chaque trimestre, avec un niveau de confiance de 95&#xa0;%.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="56"/>
        <source>Draft plan areas from these ratings</source>
        <translation>Ébaucher le plan à partir de ces cotes</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="61"/>
        <source>Adds a draft to the self-testing plan for every rated area that has none yet.</source>
        <translation>Ajoute une ébauche au plan d’autovérification pour chaque domaine coté qui n’en a pas encore.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="91"/>
        <source>Give a reason for overriding the rating of %1 (double-click its Reason cell).</source>
        <translation>Donnez un motif pour déroger à la cote de %1 (double-cliquez sur sa cellule «&#xa0;Motif de la dérogation&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="108"/>
        <source>%n plan area(s) drafted; complete them on the Self-testing plan page.</source>
        <translation>
            <numerusform>%n domaine ébauché dans le plan; complétez-le à la page Plan d’autovérification.</numerusform>
            <numerusform>%n domaines ébauchés dans le plan; complétez-les à la page Plan d’autovérification.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="33"/>
        <source>High</source>
        <extracomment>Soft fills for the rating column; translucent so they read on light and dark palettes.</extracomment>
        <translation>Élevée</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="34"/>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="35"/>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="36"/>
        <source>Attribute sampling</source>
        <translation>Par attributs</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="37"/>
        <source>Judgmental</source>
        <translation>Par jugement</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="38"/>
        <source>100 % review</source>
        <translation>Examen à 100&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="39"/>
        <source>Annual</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="40"/>
        <source>Twice a year</source>
        <translation>Semestrielle</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="41"/>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="42"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="43"/>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="44"/>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="45"/>
        <source>Pass</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="46"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="47"/>
        <source>Prior disclosure</source>
        <translation>Divulgation préalable</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="48"/>
        <source>Post-summary correction</source>
        <translation>Correction post-sommaire</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="176"/>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="218"/>
        <source>Trade area</source>
        <translation>Domaine commercial</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="177"/>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="178"/>
        <source>Impact</source>
        <translation>Incidence</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="179"/>
        <source>Score</source>
        <translation>Pointage</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="180"/>
        <source>Rating</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="181"/>
        <source>Test how often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="182"/>
        <source>Test how</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="183"/>
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="184"/>
        <source>Reason for the override</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="192"/>
        <source>Entry / line</source>
        <translation>Déclaration / ligne</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="193"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="194"/>
        <source>HTS</source>
        <translation>HTS</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="195"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="196"/>
        <source>Value (USD)</source>
        <translation>Valeur ($&#xa0;US)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="197"/>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="233"/>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="198"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="199"/>
        <source>Error type</source>
        <translation>Type d’erreur</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="200"/>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="224"/>
        <source>Duty impact (USD)</source>
        <translation>Incidence sur les droits ($&#xa0;US)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="202"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="219"/>
        <source>Items tested</source>
        <translation>Éléments vérifiés</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="220"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="221"/>
        <source>Error rate</source>
        <translation>Taux d’erreur</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="222"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="225"/>
        <source>Keep until</source>
        <translation>Conserver jusqu’au</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="232"/>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="244"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="234"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="235"/>
        <source>Action</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="236"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="237"/>
        <source>Verified on</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="245"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="246"/>
        <source>Filed on</source>
        <translation>Déposée le</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="247"/>
        <source>What was corrected</source>
        <translation>Ce qui a été corrigé</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="249"/>
        <source>Additional duty (USD)</source>
        <translation>Droits supplémentaires ($&#xa0;US)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="251"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/selftest_common.py" line="64"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="88"/>
        <source>Send to client</source>
        <translation>Envoyer au client</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="89"/>
        <source>A copy of the file (.isa)</source>
        <translation>Une copie du fichier (.isa)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="90"/>
        <source>A password-protected bundle for email</source>
        <translation>Un paquet protégé par mot de passe, pour le courriel</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="96"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="98"/>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="102"/>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="103"/>
        <source>Again:</source>
        <translation>Confirmation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="109"/>
        <source>Send {0} as:</source>
        <translation>Envoyer {0} sous forme de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="113"/>
        <source>Give the password by phone or text message, never in the same email as the bundle.</source>
        <translation>Communiquez le mot de passe par téléphone ou par texto, jamais dans le même courriel que le paquet.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="132"/>
        <source>Use at least {0} characters.</source>
        <translation>Utilisez au moins {0} caractères.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/dashboard/dialogs.py" line="136"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="113"/>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="114"/>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="115"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="116"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>TextLine</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="54"/>
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../isa_desktop/ui/undo.py" line="25"/>
        <source>Change “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="25"/>
        <source>Welcome to ISA Desktop</source>
        <translation>Bienvenue dans ISA Desktop</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="27"/>
        <source>The Importer Self-Assessment (ISA) is a U.S. Customs and Border Protection program for importers that already run strong internal controls: in return for checking their own compliance, they are left out of routine audits. This app walks you through the application step by step, keeps everything in one file on your computer, and builds the packet to send.</source>
        <translation>L’autoévaluation des importateurs (ISA) est un programme du service des douanes et de la protection des frontières des États-Unis (CBP) destiné aux importateurs qui appliquent déjà de solides contrôles internes&#xa0;: en échange de la vérification de leur propre conformité, ils sont exclus des vérifications courantes. Cette application vous guide pas à pas dans la demande, garde tout dans un seul fichier sur votre ordinateur et produit le dossier à envoyer.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="39"/>
        <source>Look around with a sample importer</source>
        <translation>Explorer avec un importateur fictif</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="40"/>
        <source>Opens a filled-in example company. Your own files are not touched.</source>
        <translation>Ouvre une entreprise d’exemple déjà remplie. Vos propres fichiers ne sont pas touchés.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="42"/>
        <source>Start a new application</source>
        <translation>Commencer une nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="43"/>
        <source>Creates an application file and walks you through eligibility first.</source>
        <translation>Crée un fichier de demande et vous guide d’abord dans l’admissibilité.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="45"/>
        <source>Open an application file…</source>
        <translation>Ouvrir un fichier de demande…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="46"/>
        <source>Continue where you left off, or open a file someone sent you.</source>
        <translation>Reprenez là où vous étiez, ou ouvrez un fichier qu’on vous a envoyé.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="54"/>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
</context>
<context>
    <name>YesNoButtons</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="232"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="232"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="233"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>_CellDelegate</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="40"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="40"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="41"/>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
</TS>
