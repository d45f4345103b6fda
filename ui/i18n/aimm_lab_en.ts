<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;Bibliothèque de scénarios</source>
            <translation>&amp;Scenario library</translation>
        </message>
        <message>
            <source>Revenir à la liste des scénarios</source>
            <translation>Back to the list of scenarios</translation>
        </message>
        <message>
            <source>Changer de &amp;stagiaire…</source>
            <translation>Change &amp;trainee…</translation>
        </message>
        <message>
            <source>Choisir qui travaille sur ce poste</source>
            <translation>Choose who is working on this PC</translation>
        </message>
        <message>
            <source>&amp;Historique et progression</source>
            <translation>&amp;History and progress</translation>
        </message>
        <message>
            <source>Vos tentatives et votre progression par bloc</source>
            <translation>Your attempts and your progress per block</translation>
        </message>
        <message>
            <source>E&amp;xporter le compte rendu en PDF…</source>
            <translation>E&amp;xport the report to PDF…</translation>
        </message>
        <message>
            <source>Enregistrer le compte rendu de la tentative affichée en PDF</source>
            <translation>Save the shown attempt's report as a PDF</translation>
        </message>
        <message>
            <source>&amp;Quitter</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Vérifier toutes les tâches</source>
            <translation>&amp;Check all tasks</translation>
        </message>
        <message>
            <source>Lire l'état du poste et vérifier chaque tâche (entraînement)</source>
            <translation>Read the PC's state and check every task (practice)</translation>
        </message>
        <message>
            <source>Vérifier la &amp;tâche choisie</source>
            <translation>Check the selected &amp;task</translation>
        </message>
        <message>
            <source>Vérifier seulement la tâche sélectionnée (entraînement)</source>
            <translation>Check only the selected task (practice)</translation>
        </message>
        <message>
            <source>&amp;Enregistrer l'état</source>
            <translation>&amp;Record the state</translation>
        </message>
        <message>
            <source>Enregistrer l'état du poste sans afficher de résultat (examen)</source>
            <translation>Record the PC's state without showing any result (exam)</translation>
        </message>
        <message>
            <source>Demander un &amp;indice</source>
            <translation>Ask for a &amp;hint</translation>
        </message>
        <message>
            <source>Afficher l'indice de la tâche choisie (coûte des points)</source>
            <translation>Show the selected task's hint (costs points)</translation>
        </message>
        <message>
            <source>&amp;Remettre la tentative…</source>
            <translation>&amp;Submit the attempt…</translation>
        </message>
        <message>
            <source>Terminer et remettre la tentative pour la notation</source>
            <translation>Finish and submit the attempt for grading</translation>
        </message>
        <message>
            <source>&amp;Minuteur flottant</source>
            <translation>&amp;Floating timer</translation>
        </message>
        <message>
            <source>Une petite fenêtre du temps restant, toujours au premier plan</source>
            <translation>A small window with the time left, always on top</translation>
        </message>
        <message>
            <source>Français</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>&amp;Plein écran</source>
            <translation>&amp;Full screen</translation>
        </message>
        <message>
            <source>&amp;Raccourcis clavier</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>À &amp;propos d'AIMM Lab</source>
            <translation>&amp;About AIMM Lab</translation>
        </message>
    </context>
    <context>
        <name>AttemptPage</name>
        <message>
            <source>&amp;Vérifier tout</source>
            <translation>&amp;Check all</translation>
        </message>
        <message>
            <source>Lire l'état du poste et vérifier toutes les tâches (F5)</source>
            <translation>Read the PC's state and check every task (F5)</translation>
        </message>
        <message>
            <source>&amp;Enregistrer l'état</source>
            <translation>&amp;Record the state</translation>
        </message>
        <message>
            <source>Enregistrer l'état du poste comme preuve, sans afficher de résultat</source>
            <translation>Record the PC's state as evidence, without showing any result</translation>
        </message>
        <message>
            <source>&amp;Remettre…</source>
            <translation>&amp;Submit…</translation>
        </message>
        <message>
            <source>Terminer et remettre la tentative</source>
            <translation>Finish and submit the attempt</translation>
        </message>
        <message>
            <source>Tâches de l'épreuve</source>
            <translation>Tasks of the test</translation>
        </message>
        <message>
            <source>Vérification en cours</source>
            <translation>Check in progress</translation>
        </message>
        <message>
            <source>Lecture du poste…</source>
            <translation>Reading the PC…</translation>
        </message>
        <message>
            <source>Mode examen — stagiaire : %1</source>
            <translation>Exam mode — trainee: %1</translation>
        </message>
        <message>
            <source>Entraînement chronométré — stagiaire : %1</source>
            <translation>Timed practice — trainee: %1</translation>
        </message>
        <message>
            <source>Entraînement sans limite de temps — stagiaire : %1</source>
            <translation>Untimed practice — trainee: %1</translation>
        </message>
        <message>
            <source>Demande du client</source>
            <translation>Customer's request</translation>
        </message>
        <message>
            <source>Cette tâche est évaluée par le formateur pendant ou après l'épreuve :</source>
            <translation>The trainer grades this task during or after the test:</translation>
        </message>
        <message>
            <source>Plus que 5 minutes ! La tentative sera remise automatiquement à la fin du temps.</source>
            <translation>5 minutes left! The attempt will be submitted automatically when time is up.</translation>
        </message>
        <message>
            <source>Temps écoulé : remise automatique…</source>
            <translation>Time is up: submitting automatically…</translation>
        </message>
        <message>
            <source>Enregistrement de l'état du poste…</source>
            <translation>Recording the PC's state…</translation>
        </message>
        <message>
            <source>temps restant</source>
            <translation>time left</translation>
        </message>
        <message>
            <source>temps passé</source>
            <translation>time spent</translation>
        </message>
        <message>
            <source>Plus que 10 minutes : pensez à enregistrer votre travail.</source>
            <translation>10 minutes left: remember to save your work.</translation>
        </message>
        <message numerus="yes">
            <source>Vérification terminée : %n tâche(s) réussie(s) sur %1.</source>
            <translation>
                <numerusform>Check finished: %n task passed out of %1.</numerusform>
                <numerusform>Check finished: %n tasks passed out of %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>État du poste enregistré.</source>
            <translation>PC's state recorded.</translation>
        </message>
        <message>
            <source>La vérification n'a pas pu se faire</source>
            <translation>The check could not be done</translation>
        </message>
        <message>
            <source>Demander un indice</source>
            <translation>Ask for a hint</translation>
        </message>
        <message>
            <source>Cet indice coûte %1 pt sur cette tâche. L'afficher ?</source>
            <translation>This hint costs %1 pt on this task. Show it?</translation>
        </message>
        <message>
            <source>Afficher l'indice</source>
            <translation>Show the hint</translation>
        </message>
        <message>
            <source>Modifications en cours…</source>
            <translation>Editing…</translation>
        </message>
        <message>
            <source>Non enregistré : corrigez les nombres signalés en rouge.</source>
            <translation>Not saved: correct the numbers marked in red.</translation>
        </message>
        <message>
            <source>Enregistré à %1</source>
            <translation>Saved at %1</translation>
        </message>
        <message>
            <source>Non enregistré : %1</source>
            <translation>Not saved: %1</translation>
        </message>
        <message>
            <source>Enregistrement impossible</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <source>« %1 » : jamais vérifiée ni enregistrée</source>
            <translation>"%1": never checked or recorded</translation>
        </message>
        <message numerus="yes">
            <source>rapport : %n champ(s) obligatoire(s) vide(s)</source>
            <translation>
                <numerusform>report: %n required field empty</numerusform>
                <numerusform>report: %n required fields empty</numerusform>
            </translation>
        </message>
        <message>
            <source>« %1 » : pas commencée</source>
            <translation>"%1": not started</translation>
        </message>
        <message numerus="yes">
            <source>« %1 » : %n question(s) sans réponse</source>
            <translation>
                <numerusform>"%1": %n question unanswered</numerusform>
                <numerusform>"%1": %n questions unanswered</numerusform>
            </translation>
        </message>
        <message>
            <source>Remettre la tentative ? Vous ne pourrez plus la modifier.</source>
            <translation>Submit the attempt? You will not be able to change it any more.</translation>
        </message>
        <message>
            <source>Un dernier relevé du poste sera fait au moment de la remise.</source>
            <translation>A last reading of the PC will be taken when you submit.</translation>
        </message>
        <message>
            <source>Reste à faire :</source>
            <translation>Still to do:</translation>
        </message>
        <message>
            <source>Remettre la tentative</source>
            <translation>Submit the attempt</translation>
        </message>
        <message>
            <source>Remettre</source>
            <translation>Submit</translation>
        </message>
        <message>
            <source>Continuer à travailler</source>
            <translation>Keep working</translation>
        </message>
        <message>
            <source>Remise : dernier relevé du poste…</source>
            <translation>Submitting: last reading of the PC…</translation>
        </message>
        <message>
            <source>La remise n'a pas pu se faire</source>
            <translation>The submission could not be done</translation>
        </message>
        <message>
            <source>Tentative en pause : attendez que le formateur la reprenne.</source>
            <translation>Attempt paused: wait for the trainer to resume it.</translation>
        </message>
    </context>
    <context>
        <name>CheckPanel</name>
        <message>
            <source>Mode examen : faites le travail sur le poste, puis « Enregistrer l'état ». Les résultats ne sont pas affichés avant la remise.</source>
            <translation>Exam mode: do the work on the PC, then "Record the state". Results are not shown before you submit.</translation>
        </message>
        <message>
            <source>&amp;Vérifier cette tâche</source>
            <translation>&amp;Check this task</translation>
        </message>
        <message>
            <source>Lire l'état du poste et vérifier seulement cette tâche</source>
            <translation>Read the PC's state and check only this task</translation>
        </message>
        <message>
            <source>&amp;Indice (coût : %1 pt)</source>
            <translation>&amp;Hint (costs %1 pt)</translation>
        </message>
        <message>
            <source>&amp;Indice (gratuit)</source>
            <translation>&amp;Hint (free)</translation>
        </message>
        <message>
            <source>Afficher l'indice ; son coût est retiré des points de la tâche</source>
            <translation>Show the hint; its cost is taken off the task's points</translation>
        </message>
        <message>
            <source>Résultat des vérifications</source>
            <translation>Result of the checks</translation>
        </message>
        <message>
            <source>Indice : %1</source>
            <translation>Hint: %1</translation>
        </message>
        <message>
            <source>Indice affiché</source>
            <translation>Hint shown</translation>
        </message>
        <message>
            <source>État du poste enregistré. Vous pouvez continuer à travailler et l'enregistrer à nouveau.</source>
            <translation>PC's state recorded. You may keep working and record it again.</translation>
        </message>
        <message>
            <source>Aucun état enregistré pour l'instant.</source>
            <translation>No state recorded yet.</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <source>Temps restant : %1</source>
            <translation>Time left: %1</translation>
        </message>
        <message>
            <source>Temps restant</source>
            <translation>Time left</translation>
        </message>
        <message>
            <source>Moins de 10 minutes restantes</source>
            <translation>Less than 10 minutes left</translation>
        </message>
        <message>
            <source>Moins de 5 minutes restantes</source>
            <translation>Less than 5 minutes left</translation>
        </message>
        <message>
            <source>Temps passé (sans limite) : %1</source>
            <translation>Time spent (no limit): %1</translation>
        </message>
        <message>
            <source>Sans limite de temps : temps passé depuis le début</source>
            <translation>No time limit: time spent since the start</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Erreur du système : %1%2</source>
            <translation>System error: %1%2</translation>
        </message>
        <message>
            <source>Une erreur inattendue s'est produite. Votre travail enregistré n'est pas perdu. Si elle se répète, signalez-la au formateur avec ce détail :</source>
            <translation>An unexpected error occurred. Your saved work is not lost. If it happens again, report it to the trainer with this detail:</translation>
        </message>
        <message>
            <source>AIMM Lab — erreur</source>
            <translation>AIMM Lab — error</translation>
        </message>
        <message>
            <source>Message d'erreur</source>
            <translation>Error message</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>DocumentEditor</name>
        <message>
            <source>SIREN %1</source>
            <translation>SIREN %1</translation>
        </message>
        <message>
            <source>SIRET %1</source>
            <translation>SIRET %1</translation>
        </message>
        <message>
            <source>TVA intracommunautaire %1</source>
            <translation>EU VAT number %1</translation>
        </message>
        <message>
            <source>capital %1</source>
            <translation>capital %1</translation>
        </message>
        <message>
            <source>Désignation</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Qté</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Unité</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>PU HT (€)</source>
            <translation>Unit price excl. VAT (€)</translation>
        </message>
        <message>
            <source>TVA (%)</source>
            <translation>VAT (%)</translation>
        </message>
        <message>
            <source>Main-d'œuvre</source>
            <translation>Labour</translation>
        </message>
        <message>
            <source>Total HT</source>
            <translation>Total excl. VAT</translation>
        </message>
        <message>
            <source>Lignes du document</source>
            <translation>Document's lines</translation>
        </message>
        <message>
            <source>N° de facture :</source>
            <translation>Invoice number:</translation>
        </message>
        <message>
            <source>N° de devis :</source>
            <translation>Quote number:</translation>
        </message>
        <message>
            <source>la facture précédente porte le n° %1</source>
            <translation>the previous invoice is number %1</translation>
        </message>
        <message>
            <source>ex. D-2025-0042</source>
            <translation>e.g. D-2025-0042</translation>
        </message>
        <message>
            <source>&amp;Ajouter une ligne</source>
            <translation>&amp;Add a line</translation>
        </message>
        <message>
            <source>&amp;Supprimer la ligne</source>
            <translation>&amp;Remove the line</translation>
        </message>
        <message>
            <source>Totaux (calculés)</source>
            <translation>Totals (computed)</translation>
        </message>
        <message>
            <source>Mentions obligatoires</source>
            <translation>Required mentions</translation>
        </message>
        <message>
            <source>remise de %1 % sur la main-d'œuvre</source>
            <translation>%1% discount on labour</translation>
        </message>
        <message>
            <source>acompte de %1 % à la commande</source>
            <translation>%1% deposit on order</translation>
        </message>
        <message>
            <source>acompte déjà versé : %1</source>
            <translation>deposit already paid: %1</translation>
        </message>
        <message>
            <source>entreprise non assujettie à la TVA</source>
            <translation>business not registered for VAT</translation>
        </message>
        <message>
            <source>Émetteur : %1</source>
            <translation>Issuer: %1</translation>
        </message>
        <message>
            <source>Client : %1</source>
            <translation>Customer: %1</translation>
        </message>
        <message>
            <source>Conditions : %1</source>
            <translation>Terms: %1</translation>
        </message>
        <message>
            <source>Main-d'œuvre, ligne %1</source>
            <translation>Labour, line %1</translation>
        </message>
        <message>
            <source>quantité</source>
            <translation>quantity</translation>
        </message>
        <message>
            <source>prix unitaire</source>
            <translation>unit price</translation>
        </message>
        <message>
            <source>taux de TVA</source>
            <translation>VAT rate</translation>
        </message>
        <message>
            <source>Ligne %1 : %2 « %3 » n'est pas un nombre (ex. 1,5).</source>
            <translation>Line %1: %2 "%3" is not a number (e.g. 1.5).</translation>
        </message>
        <message>
            <source>Sous-total HT</source>
            <translation>Subtotal excl. VAT</translation>
        </message>
        <message>
            <source>Remise main-d'œuvre</source>
            <translation>Labour discount</translation>
        </message>
        <message>
            <source>TVA %1 %</source>
            <translation>VAT %1%</translation>
        </message>
        <message>
            <source>Total TTC</source>
            <translation>Total incl. VAT</translation>
        </message>
        <message>
            <source>Acompte à la commande</source>
            <translation>Deposit on order</translation>
        </message>
        <message>
            <source>Net à payer</source>
            <translation>Net amount due</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>Toutes ces vérifications</source>
            <translation>All of these checks</translation>
        </message>
        <message>
            <source>Au moins une de ces vérifications</source>
            <translation>At least one of these checks</translation>
        </message>
        <message>
            <source>Aucune vérification.</source>
            <translation>No check.</translation>
        </message>
        <message>
            <source>Pas encore vérifiée : utilisez « Vérifier ».</source>
            <translation>Not checked yet: use "Check".</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n vérification(s) réussie(s) sur %2</source>
            <translation>
                <numerusform>%1 — %n check passed out of %2</numerusform>
                <numerusform>%1 — %n checks passed out of %2</numerusform>
            </translation>
        </message>
        <message>
            <source>attendu %1, trouvé %2</source>
            <translation>expected %1, found %2</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Historique de %1</source>
            <translation>%1's history</translation>
        </message>
        <message>
            <source>Historique</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Scénario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Bloc</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>État</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Tentatives</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>&amp;Voir les résultats</source>
            <translation>&amp;See the results</translation>
        </message>
        <message>
            <source>← &amp;Bibliothèque</source>
            <translation>← &amp;Library</translation>
        </message>
        <message>
            <source>en cours</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>non communiquée</source>
            <translation>not released</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Assemblage</source>
            <translation>Assembly</translation>
        </message>
        <message>
            <source>Déploiement</source>
            <translation>Deployment</translation>
        </message>
        <message>
            <source>Réseau</source>
            <translation>Network</translation>
        </message>
        <message>
            <source>Diagnostic</source>
            <translation>Diagnosis</translation>
        </message>
        <message>
            <source>Assistance</source>
            <translation>Assistance</translation>
        </message>
        <message>
            <source>Commercial</source>
            <translation>Commercial</translation>
        </message>
        <message>
            <source>Windows</source>
            <translation>Windows</translation>
        </message>
        <message>
            <source>Linux</source>
            <translation>Linux</translation>
        </message>
        <message>
            <source>vérifiée sur le poste</source>
            <translation>checked on the PC</translation>
        </message>
        <message>
            <source>évaluée par le formateur</source>
            <translation>graded by the trainer</translation>
        </message>
        <message>
            <source>rapport d'intervention</source>
            <translation>intervention report</translation>
        </message>
        <message>
            <source>devis</source>
            <translation>quote</translation>
        </message>
        <message>
            <source>facture</source>
            <translation>invoice</translation>
        </message>
        <message>
            <source>questionnaire</source>
            <translation>quiz</translation>
        </message>
        <message>
            <source>réussi</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>échoué</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>erreur de lecture</source>
            <translation>probe error</translation>
        </message>
        <message>
            <source>non pris en charge</source>
            <translation>unsupported</translation>
        </message>
        <message>
            <source>pas encore vérifiée</source>
            <translation>not checked yet</translation>
        </message>
        <message>
            <source>état enregistré</source>
            <translation>state recorded</translation>
        </message>
        <message>
            <source>notée par le formateur</source>
            <translation>graded by the trainer</translation>
        </message>
        <message>
            <source>enregistrée</source>
            <translation>saved</translation>
        </message>
        <message>
            <source>à faire</source>
            <translation>to do</translation>
        </message>
        <message>
            <source>Entraînement</source>
            <translation>Practice</translation>
        </message>
        <message>
            <source>Examen</source>
            <translation>Exam</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Bibliothèque de scénarios</source>
            <translation>Scenario library</translation>
        </message>
        <message>
            <source>Rechercher un scénario…</source>
            <translation>Search for a scenario…</translation>
        </message>
        <message>
            <source>Cherche dans le titre, l'identifiant, les compétences et la demande du client</source>
            <translation>Searches the title, the id, the competences and the customer's request</translation>
        </message>
        <message>
            <source>Rechercher un scénario</source>
            <translation>Search for a scenario</translation>
        </message>
        <message>
            <source>Liste des scénarios</source>
            <translation>List of scenarios</translation>
        </message>
        <message>
            <source>&amp;Ouvrir le scénario</source>
            <translation>&amp;Open the scenario</translation>
        </message>
        <message>
            <source>Tous les blocs</source>
            <translation>All blocks</translation>
        </message>
        <message>
            <source>Filtrer par bloc</source>
            <translation>Filter by block</translation>
        </message>
        <message>
            <source>Toutes les compétences</source>
            <translation>All competences</translation>
        </message>
        <message>
            <source>Filtrer par compétence</source>
            <translation>Filter by competence</translation>
        </message>
        <message>
            <source>Toutes les natures</source>
            <translation>All kinds</translation>
        </message>
        <message>
            <source>Filtrer par nature d'épreuve</source>
            <translation>Filter by kind of test</translation>
        </message>
        <message>
            <source>niveau %1</source>
            <translation>level %1</translation>
        </message>
        <message>
            <source>Toutes difficultés</source>
            <translation>All difficulties</translation>
        </message>
        <message>
            <source>Filtrer par difficulté</source>
            <translation>Filter by difficulty</translation>
        </message>
        <message>
            <source>Toutes plateformes</source>
            <translation>All platforms</translation>
        </message>
        <message>
            <source>Filtrer par plateforme</source>
            <translation>Filter by platform</translation>
        </message>
        <message>
            <source>Scénario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Bloc</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Compétences</source>
            <translation>Competences</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Difficulté</source>
            <translation>Difficulty</translation>
        </message>
        <message>
            <source>Durée</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Plateformes</source>
            <translation>Platforms</translation>
        </message>
        <message>
            <source>Dernier résultat</source>
            <translation>Last result</translation>
        </message>
        <message>
            <source>remis — note non communiquée</source>
            <translation>submitted — score not released</translation>
        </message>
        <message>
            <source>en cours</source>
            <translation>in progress</translation>
        </message>
        <message>
            <source>jamais tenté</source>
            <translation>never tried</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>difficulté %1 sur 3</source>
            <translation>difficulty %1 of 3</translation>
        </message>
        <message>
            <source>Chargement des scénarios…</source>
            <translation>Loading the scenarios…</translation>
        </message>
        <message numerus="yes">
            <source>%n scénario(s)</source>
            <translation>
                <numerusform>%n scenario</numerusform>
                <numerusform>%n scenarios</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 affiché(s) sur %2</source>
            <translation>%1 shown of %2</translation>
        </message>
        <message numerus="yes">
            <source>%n fichier(s) de scénario illisible(s) : voir le détail</source>
            <translation>
                <numerusform>%n unreadable scenario file: see the details</numerusform>
                <numerusform>%n unreadable scenario files: see the details</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoadErrorsDialog</name>
        <message>
            <source>Scénarios non chargés</source>
            <translation>Scenarios not loaded</translation>
        </message>
        <message>
            <source>Ces fichiers n'ont pas pu être chargés. Les autres scénarios restent disponibles. Transmettez ce détail au formateur :</source>
            <translation>These files could not be loaded. The other scenarios remain available. Pass this detail on to the trainer:</translation>
        </message>
        <message>
            <source>Détail des erreurs</source>
            <translation>Error details</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>AIMM Lab — entraînement AIMM (RNCP 24787)</source>
            <translation>AIMM Lab — AIMM practice (RNCP 24787)</translation>
        </message>
        <message>
            <source>&amp;Langue</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>Travail en cours</source>
            <translation>Working</translation>
        </message>
        <message>
            <source>Travail en cours en arrière-plan</source>
            <translation>Work in progress in the background</translation>
        </message>
        <message>
            <source>Stagiaire : %1</source>
            <translation>Trainee: %1</translation>
        </message>
        <message>
            <source>Aucun stagiaire choisi</source>
            <translation>No trainee chosen</translation>
        </message>
        <message>
            <source>Chargement des scénarios…</source>
            <translation>Loading the scenarios…</translation>
        </message>
        <message>
            <source>Les scénarios n'ont pas pu être chargés</source>
            <translation>The scenarios could not be loaded</translation>
        </message>
        <message>
            <source>La base de données ne s'ouvre pas</source>
            <translation>The database does not open</translation>
        </message>
        <message numerus="yes">
            <source>%n scénario(s) chargé(s).</source>
            <translation>
                <numerusform>%n scenario loaded.</numerusform>
                <numerusform>%n scenarios loaded.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fichier(s) de scénario illisible(s) : voir la bibliothèque.</source>
            <translation>
                <numerusform>%n unreadable scenario file: see the library.</numerusform>
                <numerusform>%n unreadable scenario files: see the library.</numerusform>
            </translation>
        </message>
        <message>
            <source>Temps écoulé pendant la fermeture</source>
            <translation>Time ran out while closed</translation>
        </message>
        <message>
            <source>La tentative « %1 » de %2 a atteint sa fin de temps pendant que le programme était fermé : elle a été remise automatiquement avec le dernier état du poste.</source>
            <translation>The attempt "%1" by %2 reached its time limit while the program was closed: it was submitted automatically with the last state of the PC.</translation>
        </message>
        <message>
            <source>Temps restant : %1 (le temps a continué de s'écouler).</source>
            <translation>Time left: %1 (time kept running).</translation>
        </message>
        <message>
            <source>Entraînement sans limite de temps.</source>
            <translation>Untimed practice.</translation>
        </message>
        <message>
            <source>Une tentative est restée ouverte :

« %1 » — %2, mode %3.
%4

La reprendre maintenant ?</source>
            <translation>An attempt was left open:

"%1" — %2, %3 mode.
%4

Resume it now?</translation>
        </message>
        <message>
            <source>examen</source>
            <translation>exam</translation>
        </message>
        <message>
            <source>entraînement</source>
            <translation>practice</translation>
        </message>
        <message>
            <source>Reprendre la tentative</source>
            <translation>Resume the attempt</translation>
        </message>
        <message>
            <source>Reprendre</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Plus tard</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Stagiaire non ajouté</source>
            <translation>Trainee not added</translation>
        </message>
        <message>
            <source>Votre tentative reste ouverte : reprenez-la depuis le scénario.</source>
            <translation>Your attempt stays open: resume it from the scenario.</translation>
        </message>
        <message>
            <source>Commencer l'examen</source>
            <translation>Start the exam</translation>
        </message>
        <message>
            <source>L'examen dure %1 minutes. Le compte à rebours ne s'arrête pas, même si vous fermez le programme. Aucun résultat n'est affiché avant la remise.

Commencer maintenant ?</source>
            <translation>The exam lasts %1 minutes. The countdown does not stop, even if you close the program. No result is shown before you submit.

Start now?</translation>
        </message>
        <message>
            <source>Tentative déjà ouverte</source>
            <translation>Attempt already open</translation>
        </message>
        <message>
            <source>Vous avez déjà une tentative ouverte à ce scénario (mode %1). La reprendre ?</source>
            <translation>You already have an open attempt at this scenario (%1 mode). Resume it?</translation>
        </message>
        <message>
            <source>Préparation de la tentative…</source>
            <translation>Preparing the attempt…</translation>
        </message>
        <message>
            <source>La tentative n'a pas pu commencer</source>
            <translation>The attempt could not start</translation>
        </message>
        <message>
            <source>Tentative en cours : bon travail !</source>
            <translation>Attempt in progress: good luck!</translation>
        </message>
        <message>
            <source>Choisissez d'abord une tâche vérifiée sur le poste.</source>
            <translation>First choose a task checked on the PC.</translation>
        </message>
        <message>
            <source>Temps écoulé</source>
            <translation>Time is up</translation>
        </message>
        <message>
            <source>Le temps est écoulé : votre tentative a été remise automatiquement, avec votre travail enregistré et un dernier relevé du poste.</source>
            <translation>Time is up: your attempt was submitted automatically, with your saved work and a last reading of the PC.</translation>
        </message>
        <message>
            <source>Tentative remise.</source>
            <translation>Attempt submitted.</translation>
        </message>
        <message>
            <source>Exporter le compte rendu en PDF</source>
            <translation>Export the report to PDF</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Export PDF impossible</source>
            <translation>Cannot export the PDF</translation>
        </message>
        <message>
            <source>PDF enregistré : %1</source>
            <translation>PDF saved: %1</translation>
        </message>
        <message>
            <source>Raccourcis clavier</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>À propos d'AIMM Lab</source>
            <translation>About AIMM Lab</translation>
        </message>
        <message>
            <source>AIMM Lab : laboratoire d'entraînement et simulateur d'examen du titre professionnel AIMM (RNCP 24787).
Les vérifications lisent l'état réel du poste.</source>
            <translation>AIMM Lab: practice lab and exam simulator for the AIMM professional certificate (RNCP 24787).
Checks read the PC's real state.</translation>
        </message>
        <message>
            <source>Fermer pendant l'examen ?</source>
            <translation>Close during the exam?</translation>
        </message>
        <message>
            <source>Le temps de l'examen continue de s'écouler pendant que le programme est fermé. Votre travail est enregistré ; à la réouverture, la tentative reprendra avec le temps qu'il reste.

Fermer quand même ?</source>
            <translation>The exam's time keeps running while the program is closed. Your work is saved; when you open it again, the attempt resumes with the time that is left.

Close anyway?</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Continuer l'examen</source>
            <translation>Continue the exam</translation>
        </message>
        <message>
            <source>Code formateur</source>
            <translation>Trainer's PIN</translation>
        </message>
        <message>
            <source>Fermer pendant un examen demande le code du formateur :</source>
            <translation>Closing during an exam needs the trainer's PIN:</translation>
        </message>
        <message>
            <source>Code refusé</source>
            <translation>PIN refused</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;Fichier</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>É&amp;preuve</source>
            <translation>&amp;Test</translation>
        </message>
        <message>
            <source>&amp;Affichage</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Aid&amp;e</source>
            <translation>&amp;Help</translation>
        </message>
    </context>
    <context>
        <name>ProgressChart</name>
        <message>
            <source>Progression par bloc</source>
            <translation>Progress per block</translation>
        </message>
        <message>
            <source>%1 : %2 tentative(s), dernière %3 %, meilleure %4 %</source>
            <translation>%1: %2 attempt(s), last %3%, best %4%</translation>
        </message>
        <message>
            <source>Aucune tentative terminée pour l'instant.</source>
            <translation>No finished attempt yet.</translation>
        </message>
        <message>
            <source>tentatives terminées, de la plus ancienne à la plus récente</source>
            <translation>finished attempts, oldest to newest</translation>
        </message>
    </context>
    <context>
        <name>Question</name>
        <message>
            <source>Question %1</source>
            <translation>Question %1</translation>
        </message>
        <message>
            <source>Une seule réponse.</source>
            <translation>One answer.</translation>
        </message>
        <message>
            <source>Plusieurs réponses possibles.</source>
            <translation>Several answers possible.</translation>
        </message>
        <message>
            <source>Remettez dans l'ordre : glisser-déposer, ou choisir une ligne puis Monter / Descendre.</source>
            <translation>Put in order: drag and drop, or choose a line then Up / Down.</translation>
        </message>
        <message>
            <source>Associez chaque élément de gauche à un élément de la liste.</source>
            <translation>Match each item on the left with an item from the list.</translation>
        </message>
        <message>
            <source>Éléments à ordonner</source>
            <translation>Items to order</translation>
        </message>
        <message>
            <source>Monter</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Descendre</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>— choisir —</source>
            <translation>— choose —</translation>
        </message>
    </context>
    <context>
        <name>ReportForm</name>
        <message>
            <source>Rapport d'intervention : les champs marqués * sont obligatoires. Il est enregistré automatiquement pendant que vous écrivez.</source>
            <translation>Intervention report: fields marked * are required. It is saved automatically as you write.</translation>
        </message>
        <message>
            <source>jj/mm/aaaa hh:mm</source>
            <translation>dd/mm/yyyy hh:mm</translation>
        </message>
        <message>
            <source>ex. 45</source>
            <translation>e.g. 45</translation>
        </message>
        <message>
            <source>Maintenant</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Mettre l'heure actuelle dans « %1 »</source>
            <translation>Put the current time in "%1"</translation>
        </message>
    </context>
    <context>
        <name>Results</name>
        <message>
            <source>temps écoulé : remise automatique</source>
            <translation>time ran out: submitted automatically</translation>
        </message>
        <message>
            <source>Stagiaire : %1</source>
            <translation>Trainee: %1</translation>
        </message>
        <message>
            <source>Mode : %1</source>
            <translation>Mode: %1</translation>
        </message>
        <message>
            <source>Commencée le %1</source>
            <translation>Started on %1</translation>
        </message>
        <message>
            <source>Remise le %1</source>
            <translation>Submitted on %1</translation>
        </message>
        <message>
            <source>État : %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>tentative</source>
            <translation>attempt</translation>
        </message>
        <message>
            <source>Tentative d'examen remise. Les résultats vous seront communiqués par le formateur.</source>
            <translation>Exam attempt submitted. The trainer will give you the results.</translation>
        </message>
        <message>
            <source>Note : %1 / %2 (%3 %)</source>
            <translation>Score: %1 / %2 (%3%)</translation>
        </message>
        <message>
            <source>Provisoire : des tâches attendent la note du formateur.</source>
            <translation>Provisional: some tasks await the trainer's grade.</translation>
        </message>
        <message>
            <source>Par tâche</source>
            <translation>Per task</translation>
        </message>
        <message>
            <source>Tâche</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>État</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>indice : −%1 pt</source>
            <translation>hint: −%1 pt</translation>
        </message>
        <message>
            <source>Par compétence</source>
            <translation>Per competence</translation>
        </message>
        <message>
            <source>Compétence</source>
            <translation>Competence</translation>
        </message>
        <message>
            <source>Intitulé</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Preuves et détail</source>
            <translation>Evidence and details</translation>
        </message>
        <message>
            <source>Jamais vérifiée.</source>
            <translation>Never checked.</translation>
        </message>
        <message>
            <source>à noter par le formateur</source>
            <translation>to be graded by the trainer</translation>
        </message>
        <message>
            <source>Rien n'a été rempli.</source>
            <translation>Nothing was filled in.</translation>
        </message>
        <message>
            <source>Sans réponse.</source>
            <translation>No answer.</translation>
        </message>
        <message>
            <source>Rapport d'intervention</source>
            <translation>Intervention report</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>E&amp;xporter en PDF…</source>
            <translation>E&amp;xport to PDF…</translation>
        </message>
        <message>
            <source>&amp;Historique et progression</source>
            <translation>&amp;History and progress</translation>
        </message>
        <message>
            <source>← &amp;Bibliothèque</source>
            <translation>← &amp;Library</translation>
        </message>
        <message>
            <source>Résultats de la tentative</source>
            <translation>Attempt's results</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPage</name>
        <message>
            <source>à éviter : %1</source>
            <translation>must not hold: %1</translation>
        </message>
        <message>
            <source>La demande du client</source>
            <translation>The customer's request</translation>
        </message>
        <message>
            <source>Demande du client</source>
            <translation>Customer's request</translation>
        </message>
        <message>
            <source>Tâches et vérifications</source>
            <translation>Tasks and checks</translation>
        </message>
        <message>
            <source>Tâches et ce qui sera vérifié</source>
            <translation>Tasks and what will be checked</translation>
        </message>
        <message>
            <source>← &amp;Bibliothèque</source>
            <translation>← &amp;Library</translation>
        </message>
        <message>
            <source>Revenir à la liste des scénarios</source>
            <translation>Back to the list of scenarios</translation>
        </message>
        <message>
            <source>Commencer l'&amp;entraînement</source>
            <translation>Start &amp;practice</translation>
        </message>
        <message>
            <source>Vérifications et indices disponibles pendant le travail</source>
            <translation>Checks and hints available while you work</translation>
        </message>
        <message>
            <source>&amp;Chronométrer l'entraînement</source>
            <translation>&amp;Time the practice</translation>
        </message>
        <message>
            <source>Entraînement avec le compte à rebours de l'épreuve ; décochez pour travailler sans limite de temps</source>
            <translation>Practice with the test's countdown; untick to work without a time limit</translation>
        </message>
        <message>
            <source>Commencer en mode e&amp;xamen</source>
            <translation>Start in e&amp;xam mode</translation>
        </message>
        <message>
            <source>Temps limité, aucun résultat affiché avant la remise</source>
            <translation>Limited time, no result shown before you submit</translation>
        </message>
        <message>
            <source>Stagiaire : %1</source>
            <translation>Trainee: %1</translation>
        </message>
        <message>
            <source>Aucun stagiaire choisi : il vous sera demandé au démarrage.</source>
            <translation>No trainee chosen: you will be asked when you start.</translation>
        </message>
        <message>
            <source>Bloc %1</source>
            <translation>Block %1</translation>
        </message>
        <message>
            <source>difficulté %1</source>
            <translation>difficulty %1</translation>
        </message>
        <message>
            <source>durée %1 min</source>
            <translation>duration %1 min</translation>
        </message>
        <message>
            <source>**Durée : %1 minutes** — %2 points au total.</source>
            <translation>**Duration: %1 minutes** — %2 points in all.</translation>
        </message>
        <message>
            <source>Vérifié sur le poste :</source>
            <translation>Checked on the PC:</translation>
        </message>
        <message>
            <source>Observé par le formateur :</source>
            <translation>Observed by the trainer:</translation>
        </message>
        <message>
            <source>Le rapport d'intervention (tous les champs obligatoires remplis).</source>
            <translation>The intervention report (every required field filled in).</translation>
        </message>
        <message>
            <source>Les lignes et les totaux HT, TVA et TTC du document.</source>
            <translation>The document's lines and its totals excl. VAT, VAT and incl. VAT.</translation>
        </message>
        <message numerus="yes">
            <source>%n question(s).</source>
            <translation>
                <numerusform>%n question.</numerusform>
                <numerusform>%n questions.</numerusform>
            </translation>
        </message>
        <message>
            <source>Indice disponible en entraînement (coût : %1 pt).</source>
            <translation>Hint available in practice (costs %1 pt).</translation>
        </message>
    </context>
    <context>
        <name>TimerWindow</name>
        <message>
            <source>Minuteur — AIMM Lab</source>
            <translation>Timer — AIMM Lab</translation>
        </message>
        <message>
            <source>Minuteur</source>
            <translation>Timer</translation>
        </message>
    </context>
    <context>
        <name>TraineeDialog</name>
        <message>
            <source>Qui êtes-vous ?</source>
            <translation>Who are you?</translation>
        </message>
        <message>
            <source>Choisissez votre nom dans la liste, ou ajoutez-vous si c'est votre première fois sur ce poste.</source>
            <translation>Choose your name in the list, or add yourself if this is your first time on this PC.</translation>
        </message>
        <message>
            <source>Stagiaires connus</source>
            <translation>Known trainees</translation>
        </message>
        <message>
            <source>&amp;Nouveau stagiaire (prénom et nom) :</source>
            <translation>&amp;New trainee (first and last name):</translation>
        </message>
        <message>
            <source>ex. Camille Martin</source>
            <translation>e.g. Camille Martin</translation>
        </message>
        <message>
            <source>Nom du nouveau stagiaire</source>
            <translation>New trainee's name</translation>
        </message>
        <message>
            <source>&amp;Ajouter</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>Ce nom est trop long (80 caractères au plus).</source>
            <translation>This name is too long (80 characters at most).</translation>
        </message>
        <message>
            <source>%1 est déjà dans la liste : choisi.</source>
            <translation>%1 is already in the list: chosen.</translation>
        </message>
        <message>
            <source>Choisissez un nom, ou ajoutez-en un.</source>
            <translation>Choose a name, or add one.</translation>
        </message>
    </context>
</TS>
