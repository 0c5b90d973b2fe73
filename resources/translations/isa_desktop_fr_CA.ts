<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AttachmentEditor</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/attachment_editor.py" line="84" />
        <source>Drag documents here, or choose Add document…</source>
        <translation>Glissez des documents ici ou choisissez Ajouter un document…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/attachment_editor.py" line="86" />
        <source>Add document…</source>
        <translation>Ajouter un document…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/attachment_editor.py" line="89" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/attachment_editor.py" line="110" />
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
</context>
<context>
    <name>AttachmentsModel</name>
    <message>
        <location filename="../../isa_desktop/ui/models/attachments_model.py" line="20" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/attachments_model.py" line="21" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/attachments_model.py" line="22" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/attachments_model.py" line="23" />
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>ChoiceBox</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="178" />
        <source>— Choose —</source>
        <translation>— Choisir —</translation>
    </message>
</context>
<context>
    <name>DateLine</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="106" />
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="108" />
        <source>Pick a date</source>
        <translation>Choisir une date</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <location filename="../../isa_desktop/ui/find_dialog.py" line="18" />
        <source>Find a question</source>
        <translation>Trouver une question</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/find_dialog.py" line="30" />
        <source>Type a few words of the question</source>
        <translation>Tapez quelques mots de la question</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/find_dialog.py" line="31" />
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
</context>
<context>
    <name>FormBinder</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/binder.py" line="124" />
        <source>This file is open read-only; changes are not saved.</source>
        <translation>Ce fichier est ouvert en lecture seule; les modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/binder.py" line="146" />
        <source>%1 was not attached.</source>
        <translation>%1 n'a pas été joint.</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/form_page.py" line="65" />
        <source>%1 of %2 required answers given. Questions marked * are needed.</source>
        <translation>%1 réponses obligatoires sur %2 fournies. Les questions marquées d’un * sont obligatoires.</translation>
    </message>
</context>
<context>
    <name>IssuesModel</name>
    <message>
        <location filename="../../isa_desktop/ui/models/issues_model.py" line="21" />
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/issues_model.py" line="22" />
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/issues_model.py" line="23" />
        <source>What needs attention</source>
        <translation>Ce qui demande votre attention</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/issues_model.py" line="24" />
        <source>Blocker</source>
        <translation>Obstacle</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/issues_model.py" line="25" />
        <source>Missing or wrong</source>
        <translation>Manquant ou erroné</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/issues_model.py" line="26" />
        <source>Worth a look</source>
        <translation>À vérifier</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="135" />
        <source>Open an application</source>
        <translation>Ouvrir une demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="143" />
        <source>New application</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="163" />
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="166" />
        <source>Copy saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="181" />
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="207" />
        <source>Read-only: changes are not saved</source>
        <translation>Lecture seule : les modifications ne sont pas enregistrées</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="208" />
        <location filename="../../isa_desktop/ui/main_window.py" line="336" />
        <location filename="../../isa_desktop/ui/main_window.py" line="355" />
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="348" />
        <source>About ISA Desktop</source>
        <translation>À propos d’ISA Desktop</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="349" />
        <source>ISA Desktop %1

Prepares and maintains an importer's application to CBP's Importer Self-Assessment program. Everything stays in one file on this computer.</source>
        <translation>ISA Desktop %1

Prépare et tient à jour la demande d’un importateur au programme d’autoévaluation des importateurs (ISA) du CBP. Tout reste dans un seul fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/main_window.py" line="358" />
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
</context>
<context>
    <name>MenuActions</name>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="89" />
        <source>&amp;New application…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="89" />
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="90" />
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="90" />
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="91" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="91" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="91" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="92" />
        <source>&amp;Find a question…</source>
        <translation>&amp;Trouver une question…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="92" />
        <source>&amp;About ISA Desktop</source>
        <translation>À &amp;propos d’ISA Desktop</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="93" />
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="94" />
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="94" />
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="98" />
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="99" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="100" />
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="101" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="102" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="103" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/menus.py" line="104" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="45" />
        <source>Application</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="46" />
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="47" />
        <source>Self-testing</source>
        <translation>Autovérification</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="48" />
        <source>Submit</source>
        <translation>Soumettre</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="49" />
        <source>After acceptance</source>
        <translation>Après l’acceptation</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="52" />
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="59" />
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="61" />
        <source>Self-testing plan</source>
        <translation>Plan d’autovérification</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="63" />
        <source>Test results</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="65" />
        <source>MOU</source>
        <translation>Protocole d’entente (PE)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="67" />
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="69" />
        <source>Packet</source>
        <translation>Dossier de demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigation.py" line="71" />
        <source>Annual notification</source>
        <translation>Avis annuel</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/navigator.py" line="111" />
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>NumberLine</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="95" />
        <source>Amount in U.S. dollars</source>
        <translation>Montant en dollars américains</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="95" />
        <source>0 to 100 %</source>
        <translation>0 à 100 %</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="96" />
        <source>A whole number</source>
        <translation>Un nombre entier</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../isa_desktop/ui/ops.py" line="69" />
        <source>Something unexpected went wrong ({0}). Details are in the log file.</source>
        <translation>Un problème inattendu est survenu ({0}). Les détails figurent dans le journal.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="66" />
        <source>%1 — everything you enter is saved in %2 as you type. Work through the sections on the left in any order; this page tells you what is left.</source>
        <translation>%1 — tout ce que vous saisissez est enregistré dans %2 au fur et à mesure. Remplissez les sections de gauche dans l’ordre qui vous convient; cette page indique ce qui reste à faire.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="81" />
        <source>✓ Eligible to apply</source>
        <translation>✓ Admissible à présenter une demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="83" />
        <source>Not eligible yet</source>
        <translation>Pas encore admissible</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="109" />
        <source>Go to question</source>
        <translation>Aller à la question</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="110" />
        <source>Go to question: %1</source>
        <translation>Aller à la question : %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="119" />
        <source>What to do next</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="126" />
        <source>Continue with “%1”</source>
        <translation>Continuer avec « %1 »</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="127" />
        <source>%1 of %2 required answers still missing.</source>
        <translation>%1 réponses obligatoires sur %2 manquent encore.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="133" />
        <source>Fix what the review lists</source>
        <translation>Corriger ce que la révision signale</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="134" />
        <source>%1 answers are missing or need correcting; blockers first.</source>
        <translation>%1 réponses manquent ou sont à corriger; les obstacles d’abord.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="136" />
        <source>Build the application packet</source>
        <translation>Produire le dossier de demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="137" />
        <source>A printable PDF with your answers, policies and the MOU. You can build a draft at any time.</source>
        <translation>Un PDF imprimable avec vos réponses, vos politiques et le protocole d’entente. Vous pouvez produire une ébauche à tout moment.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="146" />
        <source>Completion by section</source>
        <translation>Avancement par section</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="147" />
        <source>Overall: %1 % of the required answers are given.</source>
        <translation>Au total : %1 % des réponses obligatoires sont fournies.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/overview.py" line="166" />
        <source>%1 completion</source>
        <translation>Avancement : %1</translation>
    </message>
</context>
<context>
    <name>PacketPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="79" />
        <location filename="../../isa_desktop/ui/screens/packet.py" line="94" />
        <source>Preparing the PDF tools…</source>
        <translation>Préparation des outils PDF…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="100" />
        <source>Application packet</source>
        <translation>Dossier de demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="101" />
        <source>Memorandum of Understanding (MOU)</source>
        <translation>Protocole d’entente (PE)</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="102" />
        <source>Annual notification letter</source>
        <translation>Lettre d’avis annuel</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="107" />
        <source>One PDF with everything CBP reviews: eligibility, company profile, the questionnaire with your narratives, the remediation list, the self-testing plan, your attached policies and the MOU. Build a draft whenever you like.</source>
        <translation>Un seul PDF avec tout ce que le CBP examine : admissibilité, profil de l’entreprise, questionnaire et descriptions, liste des mesures correctives, plan d’autovérification, politiques jointes et protocole d’entente. Produisez une ébauche quand vous voulez.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="111" />
        <source>The agreement your company officer signs: the importer's commitments, the IOR numbers it covers and signature blocks. It can be signed on paper or digitally.</source>
        <translation>L’entente que signe le dirigeant de l’entreprise : les engagements de l’importateur, les numéros d’importateur officiel visés et les blocs de signature. Elle peut être signée sur papier ou électroniquement.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="115" />
        <source>After CBP accepts you, a letter is due 13 months after acceptance and then every year: it confirms you still qualify and reports changes, self-testing results and corrective actions.</source>
        <translation>Une fois votre demande acceptée par le CBP, une lettre est due 13 mois après l’acceptation, puis chaque année : elle confirme que vous êtes toujours admissible et fait état des changements, des résultats d’autovérification et des mesures correctives.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="134" />
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="141" />
        <source>&amp;Prepared by:</source>
        <translation>&amp;Préparé par :</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="142" />
        <source>Optional: your name or your broker's</source>
        <translation>Facultatif : votre nom ou celui de votre courtier</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="146" />
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="150" />
        <source>Save to:</source>
        <translation>Enregistrer dans :</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="155" />
        <source>&amp;Build PDF</source>
        <translation>&amp;Produire le PDF</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="159" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="163" />
        <source>Open in PDF viewer</source>
        <translation>Ouvrir dans la visionneuse PDF</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="166" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="176" />
        <source>Build progress</source>
        <translation>Progression de la production</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="190" />
        <source>%1 answers are still missing or need correcting (see Review). The packet will be marked as a draft until they are fixed.</source>
        <translation>%1 réponses manquent encore ou sont à corriger (voir Révision). Le dossier portera la mention « ébauche » jusqu’à leur correction.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="225" />
        <source>Save the PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="244" />
        <source>Building…</source>
        <translation>Production en cours…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="257" />
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="267" />
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="272" />
        <source>The PDF was not built: %1</source>
        <translation>Le PDF n’a pas été produit : %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/packet.py" line="276" />
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/pdf_preview.py" line="23" />
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/pdf_preview.py" line="27" />
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/review.py" line="21" />
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review.py" line="23" />
        <source>Everything that still needs attention before the packet is complete. Blockers come first: they stop you from applying at all. Double-click a line (or press Enter) to go to the question.</source>
        <translation>Tout ce qui demande encore votre attention avant que le dossier soit complet. Les obstacles viennent en premier : ils vous empêchent de présenter une demande. Double-cliquez sur une ligne (ou appuyez sur Entrée) pour aller à la question.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review.py" line="31" />
        <source>Problems to fix</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review.py" line="74" />
        <source>Nothing left to fix. You can build the packet.</source>
        <translation>Plus rien à corriger. Vous pouvez produire le dossier.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review.py" line="76" />
        <source>%1 blockers, %2 answers missing or wrong, %3 warnings</source>
        <translation>%1 obstacles, %2 réponses manquantes ou erronées, %3 avertissements</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/review.py" line="93" />
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
</context>
<context>
    <name>RiskMatrixPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_matrix.py" line="13" />
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_matrix.py" line="14" />
        <source>Here you will rate each trade area (classification, valuation, origin…) by how likely an error is and how much it would matter. The score decides how often each area is tested and how large the samples are.</source>
        <translation>Ici, vous évaluerez chaque domaine commercial (classement, valeur, origine…) selon la probabilité d’une erreur et sa gravité. La note détermine la fréquence des vérifications et la taille des échantillons.</translation>
    </message>
</context>
<context>
    <name>RiskPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="34" />
        <source>Risk assessment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="36" />
        <source>Rate each trade area from 1 to 5: how likely an error is, and how much it would cost if it happened. Their product is the score; the score gives the rating and the testing it calls for. Double-click a cell to change it. You may override a rating, but only with a reason, which appears in the packet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="41" />
        <source>Risk matrix</source>
        <translation>Matrice des risques</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="46" />
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="51" />
        <source>Low (1–6): an annual judgmental review. Medium (7–14): attribute sampling twice a year at 90 % confidence. High (15–25): attribute sampling every quarter at 95 % confidence.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="56" />
        <source>Draft plan areas from these ratings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="61" />
        <source>Adds a draft to the self-testing plan for every rated area that has none yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="91" />
        <source>Give a reason for overriding the rating of %1 (double-click its Reason cell).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../isa_desktop/ui/screens/risk_page.py" line="108" />
        <source>%n plan area(s) drafted; complete them on the Self-testing plan page.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="33" />
        <source>High</source>
        <extracomment>Soft fills for the rating column; translucent so they read on light and dark palettes.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="34" />
        <source>Medium</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="35" />
        <source>Low</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="36" />
        <source>Attribute sampling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="37" />
        <source>Judgmental</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="38" />
        <source>100 % review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="39" />
        <source>Annual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="40" />
        <source>Twice a year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="41" />
        <source>Quarterly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="42" />
        <source>Monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="43" />
        <source>Weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="44" />
        <source>Daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="45" />
        <source>Pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="46" />
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="47" />
        <source>Prior disclosure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="48" />
        <source>Post-summary correction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="176" />
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="213" />
        <source>Trade area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="177" />
        <source>Likelihood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="178" />
        <source>Impact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="179" />
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="180" />
        <source>Rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="181" />
        <source>Test how often</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="182" />
        <source>Test how</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="183" />
        <source>Override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="184" />
        <source>Reason for the override</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="192" />
        <source>Entry / line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="193" />
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="194" />
        <source>HTS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="195" />
        <source>Origin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="196" />
        <source>Value (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="197" />
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="228" />
        <source>Area</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="198" />
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="199" />
        <source>Error type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="200" />
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="219" />
        <source>Duty impact (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="202" />
        <source>Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="214" />
        <source>Items tested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="215" />
        <source>Errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="216" />
        <source>Error rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="217" />
        <source>Threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="220" />
        <source>Keep until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="227" />
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="239" />
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="229" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="230" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="231" />
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="232" />
        <source>Verified on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="240" />
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="241" />
        <source>Filed on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="242" />
        <source>What was corrected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="244" />
        <source>Additional duty (USD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../isa_desktop/ui/models/selftest_models.py" line="246" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="113" />
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="114" />
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="115" />
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="116" />
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>TestPlanPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/test_plan.py" line="14" />
        <source>Self-testing plan</source>
        <translation>Plan d’autovérification</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/test_plan.py" line="15" />
        <source>Here you will describe, for each trade area, what is tested, how the sample is drawn, how often, who reviews the work (never the person who did it) and to whom the results are reported.</source>
        <translation>Ici, vous décrirez pour chaque domaine commercial ce qui est vérifié, comment l’échantillon est tiré, à quelle fréquence, qui révise le travail (jamais la personne qui l’a fait) et à qui les résultats sont communiqués.</translation>
    </message>
</context>
<context>
    <name>TestResultsPage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/test_results.py" line="14" />
        <source>Test results</source>
        <translation>Résultats des vérifications</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/test_results.py" line="15" />
        <source>Here you will record each testing cycle: items tested, errors found, their revenue impact and the corrective actions taken. The results feed the annual notification.</source>
        <translation>Ici, vous consignerez chaque cycle de vérification : éléments vérifiés, erreurs trouvées, leur incidence sur les recettes et les mesures correctives prises. Les résultats alimentent l’avis annuel.</translation>
    </message>
</context>
<context>
    <name>TextLine</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="54" />
        <source>e.g. %1</source>
        <translation>p. ex. %1</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../isa_desktop/ui/undo.py" line="25" />
        <source>Change “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="25" />
        <source>Welcome to ISA Desktop</source>
        <translation>Bienvenue dans ISA Desktop</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="27" />
        <source>The Importer Self-Assessment (ISA) is a U.S. Customs and Border Protection program for importers that already run strong internal controls: in return for checking their own compliance, they are left out of routine audits. This app walks you through the application step by step, keeps everything in one file on your computer, and builds the packet to send.</source>
        <translation>L’autoévaluation des importateurs (ISA) est un programme du service des douanes et de la protection des frontières des États-Unis (CBP) destiné aux importateurs qui appliquent déjà de solides contrôles internes : en échange de la vérification de leur propre conformité, ils sont exclus des vérifications courantes. Cette application vous guide pas à pas dans la demande, garde tout dans un seul fichier sur votre ordinateur et produit le dossier à envoyer.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="39" />
        <source>Look around with a sample importer</source>
        <translation>Explorer avec un importateur fictif</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="40" />
        <source>Opens a filled-in example company. Your own files are not touched.</source>
        <translation>Ouvre une entreprise d’exemple déjà remplie. Vos propres fichiers ne sont pas touchés.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="42" />
        <source>Start a new application</source>
        <translation>Commencer une nouvelle demande</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="43" />
        <source>Creates an application file and walks you through eligibility first.</source>
        <translation>Crée un fichier de demande et vous guide d’abord dans l’admissibilité.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="45" />
        <source>Open an application file…</source>
        <translation>Ouvrir un fichier de demande…</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="46" />
        <source>Continue where you left off, or open a file someone sent you.</source>
        <translation>Reprenez là où vous étiez, ou ouvrez un fichier qu’on vous a envoyé.</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/screens/welcome.py" line="54" />
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
</context>
<context>
    <name>YesNoButtons</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="232" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="232" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/editors.py" line="233" />
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>_CellDelegate</name>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="40" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="40" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../isa_desktop/ui/formview/table_editor.py" line="41" />
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../isa_desktop/ui/screens/selftest_common.py" line="57" />
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>