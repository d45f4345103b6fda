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
            <source>Passer l'épreuve ouverte par le formateur sur son poste (salle d'examen)</source>
            <translation>Take the test the trainer opens on their PC (exam room)</translation>
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
            <source>&amp;Mode formateur…</source>
            <translation>&amp;Trainer mode…</translation>
        </message>
        <message>
            <source>Préparation du labo, examens blancs, notation, jury (code formateur)</source>
            <translation>Lab preparation, mock exams, grading, jury (trainer PIN)</translation>
        </message>
        <message>
            <source>Mettre la tentative en &amp;pause…</source>
            <translation>&amp;Pause the attempt…</translation>
        </message>
        <message>
            <source>Arrêter le compte à rebours de la tentative ouverte (code formateur)</source>
            <translation>Stop the open attempt's countdown (trainer PIN)</translation>
        </message>
        <message>
            <source>&amp;Reprendre la tentative…</source>
            <translation>&amp;Resume the attempt…</translation>
        </message>
        <message>
            <source>Relancer le compte à rebours (code formateur)</source>
            <translation>Restart the countdown (trainer PIN)</translation>
        </message>
        <message>
            <source>&amp;Ajouter du temps…</source>
            <translation>&amp;Add time…</translation>
        </message>
        <message>
            <source>Donner du temps supplémentaire à la tentative ouverte (code formateur)</source>
            <translation>Give extra time to the open attempt (trainer PIN)</translation>
        </message>
        <message>
            <source>&amp;Terminer la tentative…</source>
            <translation>&amp;End the attempt…</translation>
        </message>
        <message>
            <source>Remettre la tentative ouverte à la place du stagiaire (code formateur)</source>
            <translation>Hand in the open attempt for the trainee (trainer PIN)</translation>
        </message>
        <message>
            <source>&amp;Changer le code formateur…</source>
            <translation>&amp;Change the trainer PIN…</translation>
        </message>
        <message>
            <source>Remplacer le code formateur de ce poste</source>
            <translation>Replace this PC's trainer PIN</translation>
        </message>
        <message>
            <source>&amp;Raccourcis clavier</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>À &amp;propos d'AIMM Lab</source>
            <translation>&amp;About AIMM Lab</translation>
        </message>
        <message>
            <source>Confirmer la pa&amp;nne en place…</source>
            <translation>Confirm the &amp;fault is in place…</translation>
        </message>
        <message>
            <source>&amp;Rejoindre une salle d'examen…</source>
            <translation>Join an exam &amp;room…</translation>
        </message>
        <message>
            <source>La panne prévue est en place bien que la vérification de départ ne l'ait pas vue : les vérifications comptent (code formateur)</source>
            <translation>The planned fault is in place although the check at the start did not see it: the checks count (trainer PIN)</translation>
        </message>
    </context>
    <context>
        <name>AdmitDialog</name>
        <message>
            <source>Admettre le poste %1</source>
            <translation>Admit seat %1</translation>
        </message>
        <message>
            <source>Le poste %1 (PC « %2 ») a donné ce nom et ce numéro. Vérifiez que c'est bien la personne assise à ce PC et le numéro du poste dans la salle ; corrigez-les au besoin.</source>
            <translation>Seat %1 (PC "%2") gave this name and number. Check that this is the person sitting at this PC and the seat's number in the room; correct them if needed.</translation>
        </message>
        <message>
            <source>Le poste n'a pas donné de numéro : celui proposé suit l'ordre d'arrivée.</source>
            <translation>The seat gave no number: the one offered follows the order of arrival.</translation>
        </message>
        <message>
            <source>Une fois admis, le poste peut commencer l'épreuve sous ce nom ; son numéro donne ses valeurs du labo (son adresse IP…).</source>
            <translation>Once admitted, the seat can start the test under this name; its number gives its lab values (its IP address…).</translation>
        </message>
        <message>
            <source>Admettre</source>
            <translation>Admit</translation>
        </message>
        <message>
            <source>&amp;Stagiaire :</source>
            <translation>&amp;Trainee:</translation>
        </message>
        <message>
            <source>&amp;Numéro du poste :</source>
            <translation>Seat &amp;number:</translation>
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
        <message numerus="yes">
            <source>Plus que %n minute(s) ! La tentative sera remise automatiquement à la fin du temps.</source>
            <translation>
                <numerusform>Only %n minute left! The attempt will be submitted automatically when time is up.</numerusform>
                <numerusform>Only %n minutes left! The attempt will be submitted automatically when time is up.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plus que %n minute(s) : pensez à enregistrer votre travail.</source>
            <translation>
                <numerusform>Only %n minute left: remember to save your work.</numerusform>
                <numerusform>Only %n minutes left: remember to save your work.</numerusform>
            </translation>
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
        <message>
            <source>La panne est en place : vos vérifications comptent désormais.</source>
            <translation>The fault is in place: your checks count from now on.</translation>
        </message>
        <message>
            <source>Vérification enregistrée, mais elle ne compte pas : la panne prévue n'est pas en place sur ce poste.</source>
            <translation>Check saved, but it does not count: the planned fault is not in place on this PC.</translation>
        </message>
    </context>
    <context>
        <name>BriefPanel</name>
        <message>
            <source>Demande du client</source>
            <translation>Customer's request</translation>
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
            <source>Détails techniques</source>
            <translation>Technical details</translation>
        </message>
        <message>
            <source>Montrer aussi le détail de chaque vérification (pour le formateur)</source>
            <translation>Also show each check in detail (for the trainer)</translation>
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
        <message>
            <source>« %1 » : jamais vérifiée ni enregistrée</source>
            <translation>"%1": never checked or recorded</translation>
        </message>
        <message>
            <source>Ne compte pas encore : la panne prévue n'est pas en place sur ce poste (appelez le formateur).</source>
            <translation>Does not count yet: the planned fault is not in place on this PC (call the trainer).</translation>
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
            <source>&amp;Ajouter une ligne</source>
            <translation>&amp;Add a line</translation>
        </message>
        <message>
            <source>&amp;Supprimer la ligne</source>
            <translation>&amp;Remove the line</translation>
        </message>
        <message>
            <source>Mentions obligatoires</source>
            <translation>Required mentions</translation>
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
            <source>Main-d'œuvre, ligne %1</source>
            <translation>Labour, line %1</translation>
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
        <message>
            <source>« %1 » : pas commencée</source>
            <translation>"%1": not started</translation>
        </message>
        <message>
            <source>ex. D-2026-0001</source>
            <translation>e.g. D-2026-0001</translation>
        </message>
        <message>
            <source>Émetteur (vendeur) : nom, forme, capital, adresse, SIREN, RCS, n° TVA</source>
            <translation>Issuer (seller): name, legal form, capital, address, SIREN, RCS, VAT number</translation>
        </message>
        <message>
            <source>Client : nom, adresse (et pour un professionnel : SIREN, n° TVA)</source>
            <translation>Customer: name, address (and for a business: SIREN, VAT number)</translation>
        </message>
        <message>
            <source>Émetteur</source>
            <translation>Issuer</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Imprimer en P&amp;DF…</source>
            <translation>Print to P&amp;DF…</translation>
        </message>
        <message>
            <source>Conditions appliquées</source>
            <translation>Terms applied</translation>
        </message>
        <message>
            <source>Remise sur la main-d'œuvre (%) :</source>
            <translation>Labour discount (%):</translation>
        </message>
        <message>
            <source>Acompte à la commande (% du TTC) :</source>
            <translation>Deposit on order (% of the total incl. VAT):</translation>
        </message>
        <message>
            <source>Acompte déjà versé (€) :</source>
            <translation>Deposit already paid (€):</translation>
        </message>
        <message>
            <source>ex. %1</source>
            <translation>e.g. %1</translation>
        </message>
        <message>
            <source>Totaux (calculés par le logiciel)</source>
            <translation>Totals (computed by the program)</translation>
        </message>
        <message>
            <source>Autres mentions ou remarques :</source>
            <translation>Other mentions or remarks:</translation>
        </message>
        <message>
            <source>Autres mentions ou remarques</source>
            <translation>Other mentions or remarks</translation>
        </message>
        <message>
            <source>Entreprise non assujettie à la TVA (franchise en base).</source>
            <translation>Business not liable for VAT (franchise scheme).</translation>
        </message>
        <message>
            <source>Données de l'énoncé (à reporter sur le document) :</source>
            <translation>Given in the brief (to write on the document):</translation>
        </message>
        <message>
            <source>Ligne %1 : %2</source>
            <translation>Line %1: %2</translation>
        </message>
        <message>
            <source>%1 « %2 » : écrivez une date jj/mm/aaaa, par exemple %3.</source>
            <translation>%1 "%2": write a date dd/mm/yyyy, for example %3.</translation>
        </message>
        <message>
            <source>Ces valeurs ne sont ni comptées ni enregistrées tant qu'elles ne sont pas corrigées ; le reste du document est enregistré.</source>
            <translation>These values are neither counted nor saved until they are corrected; the rest of the document is saved.</translation>
        </message>
        <message numerus="yes">
            <source>« %1 » : %n valeur(s) refusée(s), ni comptée(s) ni enregistrée(s)</source>
            <translation>
                <numerusform>"%1": %n value refused, neither counted nor saved</numerusform>
                <numerusform>"%1": %n values refused, neither counted nor saved</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>« %1 » : %n champ(s) vide(s) (%2)</source>
            <translation>
                <numerusform>"%1": %n empty field (%2)</numerusform>
                <numerusform>"%1": %n empty fields (%2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Imprimer le document en PDF</source>
            <translation>Print the document to PDF</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Impression impossible</source>
            <translation>Printing failed</translation>
        </message>
        <message>
            <source>PDF enregistré : %1</source>
            <translation>PDF saved: %1</translation>
        </message>
    </context>
    <context>
        <name>DropDialog</name>
        <message>
            <source>Retirer le poste %1</source>
            <translation>Remove seat %1</translation>
        </message>
        <message>
            <source>Retirer le poste %1 (PC « %2 », %3) de la salle :</source>
            <translation>Remove seat %1 (PC "%2", %3) from the room:</translation>
        </message>
        <message>
            <source>ce PC ne peut plus rien envoyer à la salle ; pour revenir, il devra la rejoindre avec un nouveau code d'appairage ;</source>
            <translation>this PC can no longer send anything to the room; to come back, it must join it again with a new pairing code;</translation>
        </message>
        <message>
            <source>le poste disparaît de la liste des postes.</source>
            <translation>the seat leaves the list of seats.</translation>
        </message>
        <message>
            <source>Rendre l'épreuve de la session à %1 (le poste a été pris sous son nom)</source>
            <translation>Give the session's test back to %1 (the seat was taken under their name)</translation>
        </message>
        <message>
            <source>L'épreuve passée à ce poste ne compte plus pour %1 dans la session : il ou elle pourra la passer à un poste admis.</source>
            <translation>The test taken at this seat no longer counts for %1 in the session: they can take it at an admitted seat.</translation>
        </message>
        <message>
            <source>Continuer l'épreuve sur le poste :</source>
            <translation>Go on with the test at seat:</translation>
        </message>
        <message>
            <source>n° %1</source>
            <translation>no. %1</translation>
        </message>
        <message>
            <source>à admettre</source>
            <translation>to admit</translation>
        </message>
        <message>
            <source>Aucun autre poste libre : faites d'abord rejoindre la salle au PC de remplacement (avec le code affiché), puis revenez ici.</source>
            <translation>No other free seat: first have the spare PC join the room (with the code shown), then come back here.</translation>
        </message>
        <message>
            <source>Retirer le poste</source>
            <translation>Remove the seat</translation>
        </message>
        <message>
            <source>aucune épreuve n'a commencé à ce poste.</source>
            <translation>no test has started at this seat.</translation>
        </message>
        <message>
            <source>l'épreuve de %1 continue sur le poste choisi ci-dessous (un PC en panne) : même nom, même numéro, même temps restant ; le stagiaire s'y installe et la reprend.</source>
            <translation>%1's test goes on at the seat chosen below (a PC that broke down): same name, same number, same time left; the trainee sits there and resumes it.</translation>
        </message>
        <message>
            <source>l'épreuve en cours de %1 se termine maintenant, remise par le formateur : ce que le poste a déjà envoyé compte.</source>
            <translation>%1's test in progress ends now, handed in by the trainer: what the seat has already sent counts.</translation>
        </message>
        <message>
            <source>l'épreuve de %1, déjà finie, reste dans « Notation ».</source>
            <translation>%1's test, already over, stays in "Grading".</translation>
        </message>
        <message>
            <source>Elle ne compte plus pour %1 dans la session : il ou elle pourra la passer à un poste admis.</source>
            <translation>It no longer counts for %1 in the session: they can take it at an admitted seat.</translation>
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
            <source>Détails techniques</source>
            <translation>Technical details</translation>
        </message>
        <message>
            <source>Pas encore vérifiée : utilisez « Vérifier ».</source>
            <translation>Not checked yet: use "Check".</translation>
        </message>
        <message>
            <source>%1 — vérifications réussies : %3 sur %2</source>
            <translation>%1 — checks passed: %3 of %2</translation>
        </message>
        <message>
            <source>attendu %1, trouvé %2</source>
            <translation>expected %1, found %2</translation>
        </message>
    </context>
    <context>
        <name>ExamRoomPage</name>
        <message>
            <source>Poste</source>
            <translation>Seat</translation>
        </message>
        <message>
            <source>N°</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Nom du PC</source>
            <translation>PC name</translation>
        </message>
        <message>
            <source>Stagiaire</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Connexion</source>
            <translation>Connection</translation>
        </message>
        <message>
            <source>Épreuve</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Temps restant</source>
            <translation>Time left</translation>
        </message>
        <message>
            <source>Relevés</source>
            <translation>Readings</translation>
        </message>
        <message>
            <source>Alertes</source>
            <translation>Alerts</translation>
        </message>
        <message>
            <source>alerte de la salle « %1 »</source>
            <translation>room alert "%1"</translation>
        </message>
        <message>
            <source>La salle</source>
            <translation>The room</translation>
        </message>
        <message>
            <source>&amp;Nom :</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>ex. Salle 12</source>
            <translation>e.g. Room 12</translation>
        </message>
        <message>
            <source>&amp;Port :</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <source>&amp;Ouvrir la salle</source>
            <translation>&amp;Open the room</translation>
        </message>
        <message>
            <source>Ce poste sert la salle tant que le programme est ouvert</source>
            <translation>This PC serves the room while the program is open</translation>
        </message>
        <message>
            <source>Fermer la &amp;salle…</source>
            <translation>Close the &amp;room…</translation>
        </message>
        <message>
            <source>Code d'appairage</source>
            <translation>Pairing code</translation>
        </message>
        <message>
            <source>L'épreuve</source>
            <translation>The test</translation>
        </message>
        <message>
            <source>&amp;Durée (min) :</source>
            <translation>&amp;Length (min):</translation>
        </message>
        <message>
            <source>Ouvrir l'é&amp;preuve</source>
            <translation>Open the &amp;test</translation>
        </message>
        <message>
            <source>Les postes de la salle peuvent commencer cette épreuve</source>
            <translation>The room's seats can start this test</translation>
        </message>
        <message>
            <source>&amp;Fermer l'épreuve</source>
            <translation>&amp;Close the test</translation>
        </message>
        <message>
            <source>Plus aucun nouveau départ ; les épreuves commencées continuent</source>
            <translation>No new start; tests already started go on</translation>
        </message>
        <message>
            <source>Postes de la salle</source>
            <translation>Seats of the room</translation>
        </message>
        <message>
            <source>&amp;Pause…</source>
            <translation>&amp;Pause…</translation>
        </message>
        <message>
            <source>&amp;Reprendre…</source>
            <translation>&amp;Resume…</translation>
        </message>
        <message>
            <source>&amp;Ajouter du temps…</source>
            <translation>&amp;Add time…</translation>
        </message>
        <message>
            <source>&amp;Terminer…</source>
            <translation>&amp;End…</translation>
        </message>
        <message>
            <source>Ad&amp;mettre…</source>
            <translation>Ad&amp;mit…</translation>
        </message>
        <message>
            <source>Vérifier le nom et le numéro que le poste a donnés, puis le laisser commencer l'épreuve</source>
            <translation>Check the name and number the seat gave, then let it start the test</translation>
        </message>
        <message>
            <source>Admettre tous les postes en attente</source>
            <translation>Admit all waiting seats</translation>
        </message>
        <message>
            <source>Chacun avec le nom et le numéro qu'il a donnés</source>
            <translation>Each with the name and number it gave</translation>
        </message>
        <message>
            <source>R&amp;etirer le poste…</source>
            <translation>Remo&amp;ve the seat…</translation>
        </message>
        <message>
            <source>Le PC ne peut plus rien envoyer à la salle ; son épreuve en cours se termine ou continue sur un autre poste</source>
            <translation>The PC can no longer send anything to the room; its test in progress ends or goes on at another seat</translation>
        </message>
        <message>
            <source>La salle ne s'ouvre pas</source>
            <translation>The room does not open</translation>
        </message>
        <message>
            <source>Fermer la salle</source>
            <translation>Close the room</translation>
        </message>
        <message>
            <source>Les postes ne pourront plus joindre la salle : leur travail attendra sur chaque poste jusqu'à sa réouverture, le temps des épreuves continue. Fermer la salle ?</source>
            <translation>The seats will no longer reach the room: their work will wait on each PC until it reopens, and the tests' time runs on. Close the room?</translation>
        </message>
        <message>
            <source>L'épreuve ne s'ouvre pas</source>
            <translation>The test does not open</translation>
        </message>
        <message>
            <source>Adresse de la salle : %1</source>
            <translation>Room address: %1</translation>
        </message>
        <message>
            <source>Sur chaque poste : Fichier &gt; Rejoindre une salle d'examen, puis cette adresse et ce code. Un code sert à un seul poste : le suivant s'affiche aussitôt.</source>
            <translation>On each PC: File &gt; Join an exam room, then this address and this code. A code serves one seat only: the next one shows at once.</translation>
        </message>
        <message>
            <source>La salle n'est pas annoncée sur le réseau : tapez l'adresse sur les postes.</source>
            <translation>The room is not announced on the network: type the address on the PCs.</translation>
        </message>
        <message>
            <source>La salle est fermée : ouvrez-la pour que les postes la rejoignent.</source>
            <translation>The room is closed: open it so that the PCs can join.</translation>
        </message>
        <message>
            <source>Ce poste sert la salle tant que le programme est ouvert. Les épreuves de la salle se notent ensuite dans « Notation ».</source>
            <translation>This PC serves the room while the program is open. The room's tests are then graded in "Grading".</translation>
        </message>
        <message>
            <source>Épreuve ouverte : « %1 », %2 min (par %3). Les postes peuvent la commencer.</source>
            <translation>Test open: "%1", %2 min (by %3). The seats can start it.</translation>
        </message>
        <message>
            <source>Aucune épreuve ouverte : les postes attendent.</source>
            <translation>No test open: the seats are waiting.</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s) d'appairage faux tapé(s) sur un poste.</source>
            <translation>
                <numerusform>%n wrong pairing code typed on a PC.</numerusform>
                <numerusform>%n wrong pairing codes typed on a PC.</numerusform>
            </translation>
        </message>
        <message>
            <source>Numéro donné par le poste : « Admettre… » pour le confirmer (une épreuve qui en dépend ne commence pas avant)</source>
            <translation>Number given by the seat: "Admit…" to confirm it (a test that depends on it does not start before)</translation>
        </message>
        <message>
            <source>Aucun poste admis.</source>
            <translation>No seat admitted.</translation>
        </message>
        <message numerus="yes">
            <source>Encore en attente : %n poste(s), à admettre un par un (« Admettre… ») après avoir vu qui est assis où.</source>
            <translation>
                <numerusform>Still waiting: %n seat, to admit one by one ("Admit…") once you have seen who sits where.</numerusform>
                <numerusform>Still waiting: %n seats, to admit one by one ("Admit…") once you have seen who sits where.</numerusform>
            </translation>
        </message>
        <message>
            <source>pas commencée</source>
            <translation>not started</translation>
        </message>
        <message numerus="yes">
            <source>%n poste(s) à admettre : vérifiez le nom et le numéro donnés.</source>
            <translation>
                <numerusform>%n seat to admit: check the name and number given.</numerusform>
                <numerusform>%n seats to admit: check the names and numbers given.</numerusform>
            </translation>
        </message>
        <message>
            <source>Un poste ne commence l'épreuve qu'une fois admis par le formateur.</source>
            <translation>A seat starts the test only once the trainer has admitted it.</translation>
        </message>
        <message>
            <source>temps écoulé, dernier relevé attendu</source>
            <translation>time up, last reading expected</translation>
        </message>
        <message>
            <source>à admettre</source>
            <translation>to admit</translation>
        </message>
        <message>
            <source>connecté</source>
            <translation>connected</translation>
        </message>
        <message>
            <source>déconnecté</source>
            <translation>disconnected</translation>
        </message>
        <message>
            <source>Donné par le poste, à vérifier : « Admettre… »</source>
            <translation>Given by the seat, to check: "Admit…"</translation>
        </message>
        <message>
            <source>Aucun poste n'a encore rejoint la salle.</source>
            <translation>No seat has joined the room yet.</translation>
        </message>
        <message numerus="yes">
            <source>%n poste(s) dans la salle.</source>
            <translation>
                <numerusform>%n seat in the room.</numerusform>
                <numerusform>%n seats in the room.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mettre en pause l'épreuve de %1 demande le code du formateur.</source>
            <translation>Pausing %1's test asks for the trainer PIN.</translation>
        </message>
        <message>
            <source>Reprendre l'épreuve de %1 demande le code du formateur.</source>
            <translation>Resuming %1's test asks for the trainer PIN.</translation>
        </message>
        <message>
            <source>Ajouter du temps à %1 demande le code du formateur.</source>
            <translation>Adding time for %1 asks for the trainer PIN.</translation>
        </message>
        <message>
            <source>Terminer l'épreuve de %1 demande le code du formateur.</source>
            <translation>Ending %1's test asks for the trainer PIN.</translation>
        </message>
        <message>
            <source>Ajouter du temps</source>
            <translation>Add time</translation>
        </message>
        <message>
            <source>Minutes à ajouter pour %1 :</source>
            <translation>Minutes to add for %1:</translation>
        </message>
        <message>
            <source>Terminer l'épreuve</source>
            <translation>End the test</translation>
        </message>
        <message>
            <source>Terminer maintenant l'épreuve de %1 ? Le dernier relevé reçu du poste compte.</source>
            <translation>End %1's test now? The last reading received from the seat counts.</translation>
        </message>
        <message>
            <source>Terminer</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Action refusée</source>
            <translation>Action refused</translation>
        </message>
        <message>
            <source>Admettre le poste %1 demande le code du formateur.</source>
            <translation>Admitting seat %1 asks for the trainer PIN.</translation>
        </message>
        <message>
            <source>Poste non admis</source>
            <translation>Seat not admitted</translation>
        </message>
        <message>
            <source>%1 : %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Postes non admis</source>
            <translation>Seats not admitted</translation>
        </message>
        <message numerus="yes">
            <source>%n poste(s) admis.</source>
            <translation>
                <numerusform>%n seat admitted.</numerusform>
                <numerusform>%n seats admitted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Admettre %n poste(s) en attente demande le code du formateur.</source>
            <translation>
                <numerusform>Admitting %n waiting seat asks for the trainer PIN.</numerusform>
                <numerusform>Admitting %n waiting seats asks for the trainer PIN.</numerusform>
            </translation>
        </message>
        <message>
            <source>Poste retiré</source>
            <translation>Seat removed</translation>
        </message>
        <message>
            <source>Poste %1 retiré. L'épreuve de %2 continue sur le poste %3 : même nom, même temps restant ; le stagiaire la reprend sur ce PC.</source>
            <translation>Seat %1 removed. %2's test goes on at seat %3: same name, same time left; the trainee resumes it on that PC.</translation>
        </message>
        <message>
            <source>Poste %1 retiré. L'épreuve de la session est rendue à %2 : il ou elle peut la passer à un poste admis.</source>
            <translation>Seat %1 removed. The session's test is given back to %2: they can take it at an admitted seat.</translation>
        </message>
        <message>
            <source>Retirer le poste %1 demande le code du formateur.</source>
            <translation>Removing seat %1 asks for the trainer PIN.</translation>
        </message>
        <message>
            <source>Le poste n'est pas retiré</source>
            <translation>The seat is not removed</translation>
        </message>
    </context>
    <context>
        <name>FaultNotice</name>
        <message>
            <source>La panne prévue n'est pas en place sur ce poste : appelez le formateur. Vos vérifications ne comptent pas tant qu'il ne l'a pas mise en place ou confirmée.</source>
            <translation>The planned fault is not in place on this PC: call the trainer. Your checks do not count until the trainer has set it up or confirmed it.</translation>
        </message>
        <message>
            <source>Confirmer la &amp;panne (formateur)…</source>
            <translation>Confirm the &amp;fault (trainer)…</translation>
        </message>
        <message>
            <source>Le formateur confirme que la panne est en place : les vérifications comptent (code formateur)</source>
            <translation>The trainer confirms the fault is in place: the checks count (trainer PIN)</translation>
        </message>
    </context>
    <context>
        <name>GradebookPage</name>
        <message>
            <source>Stagiaires</source>
            <translation>Trainees</translation>
        </message>
        <message>
            <source>Stagiaires du carnet de notes</source>
            <translation>Trainees of the gradebook</translation>
        </message>
        <message>
            <source>Note sur 20 : %1</source>
            <translation>Mark out of 20: %1</translation>
        </message>
        <message>
            <source>Note sur 20 : entretien avec le jury</source>
            <translation>Mark out of 20: jury interview</translation>
        </message>
        <message>
            <source>Blocs de compétences</source>
            <translation>Competence blocks</translation>
        </message>
        <message>
            <source>Grille du jury</source>
            <translation>Jury grid</translation>
        </message>
        <message>
            <source>Épreuve finale</source>
            <translation>Final exam</translation>
        </message>
        <message>
            <source>Lignes de compétence</source>
            <translation>Competence lines</translation>
        </message>
        <message>
            <source>&amp;Tentative retenue par bloc :</source>
            <translation>&amp;Attempt counted per block:</translation>
        </message>
        <message>
            <source>Exporter le carnet (&amp;CSV)…</source>
            <translation>Export the gradebook (&amp;CSV)…</translation>
        </message>
        <message>
            <source>Grilles du jury de &amp;tous (PDF)…</source>
            <translation>Jury grids of &amp;everyone (PDF)…</translation>
        </message>
        <message>
            <source>Bloc</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Note / 20</source>
            <translation>Mark / 20</translation>
        </message>
        <message>
            <source>Notées</source>
            <translation>Graded</translation>
        </message>
        <message>
            <source>À noter</source>
            <translation>To grade</translation>
        </message>
        <message>
            <source>Validé le</source>
            <translation>Validated on</translation>
        </message>
        <message>
            <source>Valable jusqu'au</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Grille du jury (pondération du titre)</source>
            <translation>Jury grid (the certificate's weights)</translation>
        </message>
        <message>
            <source>Composante</source>
            <translation>Component</translation>
        </message>
        <message>
            <source>Pondération</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Origine</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Poids</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>&amp;Enregistrer les notes saisies</source>
            <translation>&amp;Save the marks typed in</translation>
        </message>
        <message>
            <source>Grille du jury en &amp;PDF…</source>
            <translation>Jury grid as &amp;PDF…</translation>
        </message>
        <message>
            <source>Lignes de compétence (épreuves en mode examen)</source>
            <translation>Competence lines (exam-mode tests)</translation>
        </message>
        <message>
            <source>Ligne</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Intitulé</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Réussite</source>
            <translation>Success</translation>
        </message>
        <message>
            <source>Détail par scénario</source>
            <translation>Detail by scenario</translation>
        </message>
        <message>
            <source>Scénario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Tentatives</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Chaque tentative terminée et notée (examen et entraînement), en pourcentage des points, par bloc.</source>
            <translation>Every finished and graded attempt (exam and practice), as a percentage of the points, by block.</translation>
        </message>
        <message>
            <source>Note sur 20 (ex. 12,5) ; vide : pas encore de note</source>
            <translation>Mark out of 20 (e.g. 12.5); empty: no mark yet</translation>
        </message>
        <message>
            <source>Note de l'entretien avec le jury, sur 20</source>
            <translation>The jury interview's mark, out of 20</translation>
        </message>
        <message>
            <source>Aucun stagiaire pour l'instant. Les résultats apparaissent ici dès qu'une tentative est terminée ou importée.</source>
            <translation>No trainee yet. Results appear here as soon as an attempt is finished or imported.</translation>
        </message>
        <message>
            <source>%1 — carnet de notes</source>
            <translation>%1 — gradebook</translation>
        </message>
        <message>
            <source>(expiré)</source>
            <translation>(expired)</translation>
        </message>
        <message>
            <source>non validé</source>
            <translation>not validated</translation>
        </message>
        <message>
            <source>saisie ici</source>
            <translation>typed in here</translation>
        </message>
        <message>
            <source>calculée</source>
            <translation>computed</translation>
        </message>
        <message>
            <source>Note de l'épreuve finale</source>
            <translation>Final exam mark</translation>
        </message>
        <message>
            <source>D'après : %1.</source>
            <translation>From: %1.</translation>
        </message>
        <message>
            <source>La note d'entretien se saisit avec une session d'examen blanc.</source>
            <translation>The interview mark is typed in with a mock exam session.</translation>
        </message>
        <message>
            <source>Aucune épreuve en mode examen notée.</source>
            <translation>No graded exam-mode test.</translation>
        </message>
        <message>
            <source>Aucune tentative terminée.</source>
            <translation>No finished attempt.</translation>
        </message>
        <message>
            <source>(%1 à noter)</source>
            <translation>(%1 to grade)</translation>
        </message>
        <message>
            <source>favorable</source>
            <translation>favourable</translation>
        </message>
        <message>
            <source>défavorable</source>
            <translation>unfavourable</translation>
        </message>
        <message>
            <source>Résultat pondéré : incomplet</source>
            <translation>Weighted result: incomplete</translation>
        </message>
        <message>
            <source>manque : %1</source>
            <translation>missing: %1</translation>
        </message>
        <message>
            <source>Notes modifiées : pensez à les enregistrer.</source>
            <translation>Marks changed: remember to save them.</translation>
        </message>
        <message>
            <source>Notes enregistrées.</source>
            <translation>Marks saved.</translation>
        </message>
        <message>
            <source>Notes non enregistrées</source>
            <translation>Marks not saved</translation>
        </message>
        <message>
            <source>Exporter le carnet de notes</source>
            <translation>Export the gradebook</translation>
        </message>
        <message>
            <source>Fichiers CSV (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Carnet exporté : %1 (%2 ligne(s)).</source>
            <translation>Gradebook exported: %1 (%2 row(s)).</translation>
        </message>
        <message>
            <source>Export CSV impossible</source>
            <translation>CSV export failed</translation>
        </message>
        <message>
            <source>Grille du jury en PDF</source>
            <translation>Jury grid as PDF</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Export PDF impossible</source>
            <translation>PDF export failed</translation>
        </message>
        <message>
            <source>PDF enregistré : %1</source>
            <translation>PDF saved: %1</translation>
        </message>
    </context>
    <context>
        <name>GradingPage</name>
        <message>
            <source>À traiter : à noter ou à communiquer</source>
            <translation>To do: to grade or to release</translation>
        </message>
        <message>
            <source>À noter (grille incomplète)</source>
            <translation>To grade (rubric incomplete)</translation>
        </message>
        <message>
            <source>À communiquer au stagiaire</source>
            <translation>To release to the trainee</translation>
        </message>
        <message>
            <source>Toutes les tentatives terminées</source>
            <translation>Every finished attempt</translation>
        </message>
        <message>
            <source>&amp;File :</source>
            <translation>&amp;Queue:</translation>
        </message>
        <message>
            <source>Stagiaire</source>
            <translation>Trainee</translation>
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
            <source>Remise</source>
            <translation>Handed in</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Mark</translation>
        </message>
        <message>
            <source>Tentatives à noter</source>
            <translation>Attempts to grade</translation>
        </message>
        <message>
            <source>Grille : points et commentaire par item</source>
            <translation>Rubric: points and comment per item</translation>
        </message>
        <message>
            <source>&amp;Enregistrer les notes</source>
            <translation>&amp;Save the grades</translation>
        </message>
        <message>
            <source>&amp;Communiquer les résultats</source>
            <translation>&amp;Release the results</translation>
        </message>
        <message>
            <source>Le stagiaire pourra voir sa note et le détail de sa tentative</source>
            <translation>The trainee will see their mark and the detail of their attempt</translation>
        </message>
        <message>
            <source>&amp;PDF de la tentative…</source>
            <translation>Attempt as &amp;PDF…</translation>
        </message>
        <message>
            <source>Tentative à noter : preuves, rapport, documents</source>
            <translation>Attempt to grade: evidence, report, documents</translation>
        </message>
        <message>
            <source>à noter</source>
            <translation>to grade</translation>
        </message>
        <message>
            <source>Rien à traiter : tout est noté et communiqué.</source>
            <translation>Nothing to do: everything is graded and released.</translation>
        </message>
        <message>
            <source>Rien à noter : toutes les grilles sont complètes.</source>
            <translation>Nothing to grade: every rubric is complete.</translation>
        </message>
        <message>
            <source>Aucun résultat d'examen en attente de communication.</source>
            <translation>No exam results waiting to be released.</translation>
        </message>
        <message>
            <source>Aucune tentative terminée pour l'instant.</source>
            <translation>No finished attempt yet.</translation>
        </message>
        <message>
            <source>Choisissez une tentative dans la file.</source>
            <translation>Choose an attempt in the queue.</translation>
        </message>
        <message>
            <source>Notes enregistrées.</source>
            <translation>Marks saved.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) reste(nt) à noter.</source>
            <translation>
                <numerusform>%n item is left to grade.</numerusform>
                <numerusform>%n items are left to grade.</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes non enregistrées</source>
            <translation>Marks not saved</translation>
        </message>
        <message>
            <source>Communiquer à %1 les résultats de « %2 » ? La note et le détail de la tentative lui deviendront visibles.</source>
            <translation>Release the results of “%2” to %1? The mark and the attempt's details will become visible to %1.</translation>
        </message>
        <message numerus="yes">
            <source>Attention : %n item(s) de la grille ne sont pas notés ; la note est provisoire.</source>
            <translation>
                <numerusform>Careful: %n rubric item is not graded; the mark is provisional.</numerusform>
                <numerusform>Careful: %n rubric items are not graded; the mark is provisional.</numerusform>
            </translation>
        </message>
        <message>
            <source>Communiquer les résultats</source>
            <translation>Release the results</translation>
        </message>
        <message>
            <source>Communiquer</source>
            <translation>Release</translation>
        </message>
        <message>
            <source>Résultats communiqués à %1.</source>
            <translation>Results released to %1.</translation>
        </message>
        <message>
            <source>Résultats non communiqués</source>
            <translation>Results not released</translation>
        </message>
        <message>
            <source>PDF de la tentative</source>
            <translation>Attempt as PDF</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Export PDF impossible</source>
            <translation>PDF export failed</translation>
        </message>
        <message>
            <source>PDF enregistré : %1</source>
            <translation>PDF saved: %1</translation>
        </message>
        <message>
            <source>Confirmer la &amp;panne…</source>
            <translation>Confirm the &amp;fault…</translation>
        </message>
        <message>
            <source>La panne prévue était en place bien qu'aucune vérification ne l'ait vue : les vérifications de la tentative comptent</source>
            <translation>The planned fault was in place although no check saw it: the attempt's checks count</translation>
        </message>
        <message>
            <source>Confirmer la panne</source>
            <translation>Confirm the fault</translation>
        </message>
        <message>
            <source>Vous confirmez que la panne prévue était en place pour %1 : toutes ses vérifications compteront.

Votre nom (formateur) :</source>
            <translation>You confirm the planned fault was in place for %1: all of their checks will count.

Your name (trainer):</translation>
        </message>
        <message>
            <source>Panne confirmée par %1 : les vérifications comptent.</source>
            <translation>Fault confirmed by %1: the checks count.</translation>
        </message>
        <message>
            <source>Panne non confirmée</source>
            <translation>Fault not confirmed</translation>
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
        <name>ImportsPage</name>
        <message>
            <source>Secret du formateur</source>
            <translation>Trainer secret</translation>
        </message>
        <message>
            <source>le même secret sur chaque poste du labo (8 caractères au moins)</source>
            <translation>the same secret on every lab PC (at least 8 characters)</translation>
        </message>
        <message>
            <source>&amp;Enregistrer sur ce poste</source>
            <translation>&amp;Save on this PC</translation>
        </message>
        <message>
            <source>Importer les résultats des autres postes</source>
            <translation>Import the other PCs' results</translation>
        </message>
        <message>
            <source>Choisissez les lots de résultats (fichiers aimm-lab-resultats-….json), ou un dossier entier, par exemple le partage réseau où chaque poste dépose le sien. Importer deux fois le même lot ne change rien ; un lot modifié est refusé.</source>
            <translation>Choose the results bundles (aimm-lab-resultats-….json files), or a whole folder, for example the network share where each PC drops its own. Importing the same bundle twice changes nothing; an edited bundle is refused.</translation>
        </message>
        <message>
            <source>Importer des &amp;fichiers…</source>
            <translation>Import &amp;files…</translation>
        </message>
        <message>
            <source>Importer un &amp;dossier…</source>
            <translation>Import a fol&amp;der…</translation>
        </message>
        <message>
            <source>Fichier</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Résultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Résultat de l'import, fichier par fichier</source>
            <translation>Import result, file by file</translation>
        </message>
        <message>
            <source>Envoyer les résultats de ce poste</source>
            <translation>Send this PC's results</translation>
        </message>
        <message>
            <source>Sur un poste du labo : écrit un lot signé de toutes les tentatives de ce poste, à déposer dans le dossier partagé ou sur une clé USB.</source>
            <translation>On a lab PC: writes a signed bundle of every attempt of this PC, to drop in the shared folder or on a USB key.</translation>
        </message>
        <message>
            <source>E&amp;xporter les résultats de ce poste…</source>
            <translation>E&amp;xport this PC's results…</translation>
        </message>
        <message>
            <source>Secret enregistré (empreinte %1). Les lots signés avec un autre secret sont refusés.</source>
            <translation>Secret saved (fingerprint %1). Bundles signed with another secret are refused.</translation>
        </message>
        <message>
            <source>Secret non enregistré</source>
            <translation>Secret not saved</translation>
        </message>
        <message>
            <source>Lots de résultats à importer</source>
            <translation>Results bundles to import</translation>
        </message>
        <message>
            <source>Lots de résultats (*.json)</source>
            <translation>Results bundles (*.json)</translation>
        </message>
        <message>
            <source>Dossier des lots de résultats</source>
            <translation>Folder of the results bundles</translation>
        </message>
        <message>
            <source>Import en cours…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Aucun lot de résultats trouvé à cet endroit.</source>
            <translation>No results bundle found there.</translation>
        </message>
        <message>
            <source>Dossier où déposer le lot</source>
            <translation>Folder to drop the bundle in</translation>
        </message>
        <message>
            <source>Aucune tentative à exporter.</source>
            <translation>No attempt to export.</translation>
        </message>
        <message>
            <source>%1 tentative(s) exportée(s) dans %2</source>
            <translation>%1 attempt(s) exported to %2</translation>
        </message>
        <message>
            <source>Export impossible</source>
            <translation>Export failed</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Rejoindre une salle d'examen</source>
            <translation>Join an exam room</translation>
        </message>
        <message>
            <source>Le formateur affiche sur son écran l'adresse de la salle et un code d'appairage. Choisissez la salle trouvée sur le réseau ou tapez son adresse, puis le code et votre nom.</source>
            <translation>The trainer's screen shows the room's address and a pairing code. Pick the room found on the network or type its address, then the code and your name.</translation>
        </message>
        <message>
            <source>&amp;Chercher les salles</source>
            <translation>&amp;Look for rooms</translation>
        </message>
        <message>
            <source>Salles sur le réseau : cliquez sur « Chercher les salles ».</source>
            <translation>Rooms on the network: click "Look for rooms".</translation>
        </message>
        <message>
            <source>&amp;Adresse de la salle :</source>
            <translation>Room &amp;address:</translation>
        </message>
        <message>
            <source>&amp;Code d'appairage :</source>
            <translation>Pairing &amp;code:</translation>
        </message>
        <message>
            <source>&amp;Votre nom :</source>
            <translation>&amp;Your name:</translation>
        </message>
        <message>
            <source>&amp;Rejoindre</source>
            <translation>&amp;Join</translation>
        </message>
        <message>
            <source>ex. %1</source>
            <translation>e.g. %1</translation>
        </message>
        <message>
            <source>8 caractères, ex. %1</source>
            <translation>8 characters, e.g. %1</translation>
        </message>
        <message>
            <source>Salles trouvées sur le réseau</source>
            <translation>Rooms found on the network</translation>
        </message>
        <message>
            <source>Recherche des salles sur le réseau…</source>
            <translation>Looking for rooms on the network…</translation>
        </message>
        <message numerus="yes">
            <source>%n salle(s) trouvée(s).</source>
            <translation>
                <numerusform>%n room found.</numerusform>
                <numerusform>%n rooms found.</numerusform>
            </translation>
        </message>
        <message>
            <source>Aucune salle entendue sur le réseau : tapez l'adresse affichée sur l'écran du formateur.</source>
            <translation>No room heard on the network: type the address shown on the trainer's screen.</translation>
        </message>
        <message>
            <source>La recherche sur le réseau n'a pas pu se faire : tapez l'adresse affichée sur l'écran du formateur.</source>
            <translation>The network search could not run: type the address shown on the trainer's screen.</translation>
        </message>
        <message>
            <source>Connexion à la salle…</source>
            <translation>Connecting to the room…</translation>
        </message>
    </context>
    <context>
        <name>JuryGrid</name>
        <message>
            <source>Titre professionnel AIMM (RNCP 24787), parcours de formation — examen blanc.</source>
            <translation>AIMM professional certificate (RNCP 24787), training route — mock exam.</translation>
        </message>
        <message>
            <source>Établie le %1.</source>
            <translation>Drawn up on %1.</translation>
        </message>
        <message>
            <source>Résultat pondéré</source>
            <translation>Weighted result</translation>
        </message>
        <message>
            <source>Composante</source>
            <translation>Component</translation>
        </message>
        <message>
            <source>Pondération</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Note / 20</source>
            <translation>Mark / 20</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Origine</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>saisie par le formateur</source>
            <translation>typed in by the trainer</translation>
        </message>
        <message>
            <source>calculée par AIMM Lab</source>
            <translation>computed by AIMM Lab</translation>
        </message>
        <message>
            <source>favorable</source>
            <translation>favourable</translation>
        </message>
        <message>
            <source>défavorable</source>
            <translation>unfavourable</translation>
        </message>
        <message>
            <source>incomplet — manque : %1</source>
            <translation>incomplete — missing: %1</translation>
        </message>
        <message>
            <source>Épreuve finale</source>
            <translation>Final exam</translation>
        </message>
        <message>
            <source>D'après : %1</source>
            <translation>From: %1</translation>
        </message>
        <message>
            <source>Épreuve</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Poids</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Blocs de compétences</source>
            <translation>Competence blocks</translation>
        </message>
        <message>
            <source>Bloc</source>
            <translation>Block</translation>
        </message>
        <message>
            <source>Épreuves notées</source>
            <translation>Graded tests</translation>
        </message>
        <message>
            <source>Validé le</source>
            <translation>Validated on</translation>
        </message>
        <message>
            <source>Valable jusqu’au</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>expiré</source>
            <translation>expired</translation>
        </message>
        <message>
            <source>Lignes de compétence</source>
            <translation>Competence lines</translation>
        </message>
        <message>
            <source>Ligne</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Intitulé</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Réussite</source>
            <translation>Success</translation>
        </message>
        <message>
            <source>Signatures du jury</source>
            <translation>Jury signatures</translation>
        </message>
        <message>
            <source>Grille du jury</source>
            <translation>Jury grid</translation>
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
            <source>Rejoindre une &amp;salle…</source>
            <translation>Join a &amp;room…</translation>
        </message>
        <message>
            <source>Passer l'épreuve que le formateur ouvre dans la salle d'examen</source>
            <translation>Take the test the trainer opens in the exam room</translation>
        </message>
        <message>
            <source>Aucun scénario ne correspond à la recherche et aux filtres choisis.</source>
            <translation>No scenario matches the search and the filters chosen.</translation>
        </message>
        <message>
            <source>&amp;Tout afficher</source>
            <translation>&amp;Show all</translation>
        </message>
        <message>
            <source>Effacer la recherche et les filtres</source>
            <translation>Clear the search and the filters</translation>
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
        <message>
            <source>Prêt ici</source>
            <translation>Ready here</translation>
        </message>
        <message>
            <source>✓ oui</source>
            <translation>✓ yes</translation>
        </message>
        <message>
            <source>⚠ non</source>
            <translation>⚠ no</translation>
        </message>
        <message>
            <source>Vérification du poste en cours</source>
            <translation>Checking this PC</translation>
        </message>
        <message>
            <source>Ce scénario peut commencer sur ce poste.</source>
            <translation>This scenario can start on this PC.</translation>
        </message>
        <message>
            <source>Ne peut pas commencer sur ce poste :</source>
            <translation>Cannot start on this PC:</translation>
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
            <source>Examen — %1</source>
            <translation>Exam — %1</translation>
        </message>
        <message>
            <source>Entraînement — %1</source>
            <translation>Practice — %1</translation>
        </message>
        <message>
            <source>Laboratoire du titre professionnel (RNCP 24787)</source>
            <translation>Professional certificate lab (RNCP 24787)</translation>
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
            <source>Votre examen continue : « Revenir à l'examen » en haut de la fenêtre.</source>
            <translation>Your exam goes on: "Back to the exam" at the top of the window.</translation>
        </message>
        <message>
            <source>Votre tentative reste ouverte : reprenez-la depuis le scénario.</source>
            <translation>Your attempt stays open: resume it from the scenario.</translation>
        </message>
        <message>
            <source>Ce poste passe l'épreuve de la salle d'examen : aucun entraînement ni examen local avant sa remise. Revenez à l'épreuve par Fichier &gt; Rejoindre une salle d'examen.</source>
            <translation>This PC is taking the exam room's test: no practice and no local exam before it is submitted. Go back to the test with File &gt; Join an exam room.</translation>
        </message>
        <message>
            <source>en pause par le formateur</source>
            <translation>paused by the trainer</translation>
        </message>
        <message>
            <source>il reste %1</source>
            <translation>%1 left</translation>
        </message>
        <message>
            <source>sans limite de temps</source>
            <translation>untimed</translation>
        </message>
        <message>
            <source>Vous avez déjà une tentative ouverte à ce scénario (mode %1, %2) : c'est elle qui compte, avec sa propre durée. La reprendre ?</source>
            <translation>You already have an open attempt at this scenario (%1 mode, %2): that one counts, with its own length. Resume it?</translation>
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
            <source>Préparation de la tentative…</source>
            <translation>Preparing the attempt…</translation>
        </message>
        <message>
            <source>La tentative n'a pas pu commencer</source>
            <translation>The attempt could not start</translation>
        </message>
        <message>
            <source>Épreuve de la salle d'examen en cours — « %1 ». Aucune autre tentative avant la remise.</source>
            <translation>Exam room test in progress — "%1". No other attempt before it is submitted.</translation>
        </message>
        <message>
            <source>&amp;Revenir à l'épreuve</source>
            <translation>&amp;Back to the test</translation>
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
            <source>Quitter pendant un examen demande le code du formateur.</source>
            <translation>Quitting during an exam needs the trainer PIN.</translation>
        </message>
        <message>
            <source>Impossible de commencer</source>
            <translation>Cannot start</translation>
        </message>
        <message>
            <source>Examen en cours — %1 — « %2 ». Aucune autre tentative avant la remise.</source>
            <translation>Exam in progress — %1 — "%2". No other attempt until it is submitted.</translation>
        </message>
        <message>
            <source>&amp;Revenir à l'examen</source>
            <translation>&amp;Back to the exam</translation>
        </message>
        <message>
            <source>Examen en cours repris</source>
            <translation>Exam in progress resumed</translation>
        </message>
        <message>
            <source>L'examen « %1 » de %2 est resté ouvert : il reprend, rien d'autre ne peut se faire sur ce poste avant sa remise.
%3</source>
            <translation>%2's exam "%1" was left open: it resumes, nothing else can be done on this PC until it is submitted.
%3</translation>
        </message>
        <message>
            <source>La tentative ne peut pas reprendre</source>
            <translation>The attempt cannot resume</translation>
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
            <source>F&amp;ormateur</source>
            <translation>T&amp;rainer</translation>
        </message>
        <message>
            <source>Aid&amp;e</source>
            <translation>&amp;Help</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>Nouvelle session d'examen blanc</source>
            <translation>New mock exam session</translation>
        </message>
        <message>
            <source>ex. Examen blanc de décembre</source>
            <translation>e.g. December mock exam</translation>
        </message>
        <message>
            <source>Trois épreuves pratiques d'une heure (B1, B2, B3), puis un entretien de 30 minutes avec le jury. Les scénarios sont tirés au sort ; vous pourrez les changer.</source>
            <translation>Three 1-hour practical tests (B1, B2, B3), then a 30-minute interview with the jury. The scenarios are drawn at random; you can change them.</translation>
        </message>
        <message>
            <source>&amp;Nom :</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Date :</source>
            <translation>&amp;Date:</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Définir le code formateur</source>
            <translation>Set the trainer PIN</translation>
        </message>
        <message>
            <source>Première utilisation du mode formateur sur ce poste : choisissez un code de 6 à 12 chiffres, ou une phrase de passe de 8 caractères ou plus. Il sera demandé pour les écrans du formateur et, pendant un examen, pour mettre en pause, ajouter du temps, terminer ou quitter. Seule son empreinte est enregistrée.</source>
            <translation>First use of trainer mode on this PC: choose a PIN of 6 to 12 digits, or a passphrase of 8 characters or more. It will be asked for the trainer's screens and, during an exam, to pause, add time, end or quit. Only its digest is stored.</translation>
        </message>
        <message>
            <source>&amp;Nouveau code :</source>
            <translation>&amp;New PIN:</translation>
        </message>
        <message>
            <source>Changer le code formateur</source>
            <translation>Change the trainer PIN</translation>
        </message>
        <message>
            <source>Tapez le code actuel, puis le nouveau code (6 à 12 chiffres, ou une phrase de passe de 8 caractères ou plus) deux fois.</source>
            <translation>Type the current PIN, then the new PIN (6 to 12 digits, or a passphrase of 8 characters or more) twice.</translation>
        </message>
        <message>
            <source>Code formateur</source>
            <translation>Trainer PIN</translation>
        </message>
        <message>
            <source>Code formateur demandé.</source>
            <translation>Trainer PIN required.</translation>
        </message>
        <message>
            <source>&amp;Code formateur :</source>
            <translation>Trainer &amp;PIN:</translation>
        </message>
        <message>
            <source>Code &amp;actuel :</source>
            <translation>C&amp;urrent PIN:</translation>
        </message>
        <message>
            <source>&amp;Confirmez le code :</source>
            <translation>&amp;Confirm the PIN:</translation>
        </message>
        <message>
            <source>Confirmation du code</source>
            <translation>PIN confirmation</translation>
        </message>
        <message>
            <source>Code actuel</source>
            <translation>Current PIN</translation>
        </message>
        <message>
            <source>Vous pouvez réessayer.</source>
            <translation>You can try again.</translation>
        </message>
        <message>
            <source>Trop de codes incorrects. Réessayez dans %1.</source>
            <translation>Too many wrong PINs. Try again in %1.</translation>
        </message>
        <message>
            <source>Les deux codes ne sont pas identiques.</source>
            <translation>The two PINs are not the same.</translation>
        </message>
    </context>
    <context>
        <name>PrepPage</name>
        <message>
            <source>Interface évaluée</source>
            <translation>Graded interface</translation>
        </message>
        <message>
            <source>Numéro du poste</source>
            <translation>Seat number</translation>
        </message>
        <message>
            <source>Réseau du labo</source>
            <translation>Lab network</translation>
        </message>
        <message>
            <source>Passerelle</source>
            <translation>Gateway</translation>
        </message>
        <message>
            <source>Serveurs DNS</source>
            <translation>DNS servers</translation>
        </message>
        <message>
            <source>Suffixe DNS</source>
            <translation>DNS suffix</translation>
        </message>
        <message>
            <source>Serveur du labo</source>
            <translation>Lab server</translation>
        </message>
        <message>
            <source>Serveur de temps</source>
            <translation>Time server</translation>
        </message>
        <message>
            <source>Proxy</source>
            <translation>Proxy</translation>
        </message>
        <message>
            <source>Autres serveurs</source>
            <translation>Other servers</translation>
        </message>
        <message>
            <source>Profil du labo de ce poste</source>
            <translation>This PC's lab profile</translation>
        </message>
        <message>
            <source>&amp;Détecter à nouveau</source>
            <translation>&amp;Detect again</translation>
        </message>
        <message>
            <source>Relire le poste : les champs vides prennent la valeur détectée</source>
            <translation>Read the PC again: empty fields take the detected value</translation>
        </message>
        <message>
            <source>&amp;Enregistrer le profil</source>
            <translation>&amp;Save the profile</translation>
        </message>
        <message>
            <source>&amp;Scénario :</source>
            <translation>&amp;Scenario:</translation>
        </message>
        <message>
            <source>&amp;Vérifier la préparation</source>
            <translation>&amp;Check the set-up</translation>
        </message>
        <message>
            <source>Lancer les préconditions du scénario sur ce poste : chaque panne doit être en place</source>
            <translation>Run the scenario's preconditions on this PC: every fault must be in place</translation>
        </message>
        <message>
            <source>Fiche de préparation (valeurs de ce poste)</source>
            <translation>Set-up sheet (this PC's values)</translation>
        </message>
        <message>
            <source>Préconditions : la panne est-elle en place ?</source>
            <translation>Preconditions: is the fault in place?</translation>
        </message>
        <message>
            <source>Précondition</source>
            <translation>Precondition</translation>
        </message>
        <message>
            <source>État</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Trouvé sur le poste</source>
            <translation>Found on the PC</translation>
        </message>
        <message>
            <source>Résultat de la vérification de la préparation</source>
            <translation>Result of the set-up check</translation>
        </message>
        <message>
            <source>Choisissez un scénario puis « Vérifier la préparation ». Cela ne prend que quelques secondes par poste.</source>
            <translation>Choose a scenario, then "Check the set-up". It takes only a few seconds per PC.</translation>
        </message>
        <message>
            <source>Poste simulé : les vérifications lisent l'état enregistré %1.</source>
            <translation>Simulated PC: checks read the recorded state %1.</translation>
        </message>
        <message>
            <source>Valeurs lues sur ce poste en gris ; tapez une valeur pour la fixer. Un champ vide reprend la valeur détectée.</source>
            <translation>Values read on this PC in grey; type a value to set it. An empty field takes the detected value again.</translation>
        </message>
        <message>
            <source>Ce scénario n'a pas de fiche de préparation.</source>
            <translation>This scenario has no set-up sheet.</translation>
        </message>
        <message>
            <source>Lecture du poste…</source>
            <translation>Reading the PC…</translation>
        </message>
        <message>
            <source>détecté : %1</source>
            <translation>detected: %1</translation>
        </message>
        <message>
            <source>non détecté</source>
            <translation>not detected</translation>
        </message>
        <message>
            <source>Profil enregistré (%1).</source>
            <translation>Profile saved (%1).</translation>
        </message>
        <message>
            <source>Vérification en cours…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>vérifié en moins d'1 ms</source>
            <translation>checked in under 1 ms</translation>
        </message>
        <message>
            <source>vérifié en %1 ms</source>
            <translation>checked in %1 ms</translation>
        </message>
        <message>
            <source>vérifié en %1 s</source>
            <translation>checked in %1 s</translation>
        </message>
        <message>
            <source>%1 en place, %2 absente(s), %3 indéterminée(s)</source>
            <translation>%1 in place, %2 missing, %3 unknown</translation>
        </message>
        <message>
            <source>trouvé %1 ; la panne demande : %2</source>
            <translation>found %1; the fault needs: %2</translation>
        </message>
        <message>
            <source>panne en place</source>
            <translation>fault in place</translation>
        </message>
        <message>
            <source>panne absente : à mettre en place</source>
            <translation>fault missing: set it up</translation>
        </message>
        <message>
            <source>indéterminé</source>
            <translation>unknown</translation>
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
            <source>Aucune note à afficher pour l'instant : la note d'un examen s'affiche quand le formateur la communique.</source>
            <translation>No score to show yet: an exam's score shows once the trainer releases it.</translation>
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
        <name>QuizWidget</name>
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
        <message numerus="yes">
            <source>rapport : %n champ(s) obligatoire(s) vide(s)</source>
            <translation>
                <numerusform>report: %n required field empty</numerusform>
                <numerusform>report: %n required fields empty</numerusform>
            </translation>
        </message>
        <message>
            <source>rapport : le temps facturable n'est pas un nombre entier de minutes</source>
            <translation>report: the billable time is not a whole number of minutes</translation>
        </message>
        <message>
            <source>« %1 » : écrivez un nombre entier de minutes, en chiffres (ex. 45 pour trois quarts d'heure).</source>
            <translation>"%1": write a whole number of minutes, in digits (e.g. 45 for three quarters of an hour).</translation>
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
        <message>
            <source>Le devis tel qu'il sera imprimé :</source>
            <translation>The quote as it will be printed:</translation>
        </message>
        <message>
            <source>La facture telle qu'elle sera imprimée :</source>
            <translation>The invoice as it will be printed:</translation>
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
            <source>Détails techniques</source>
            <translation>Technical details</translation>
        </message>
        <message>
            <source>Résultats de la tentative</source>
            <translation>Attempt's results</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>pas de relevé</source>
            <translation>no reading</translation>
        </message>
        <message>
            <source>Panne au début de l'épreuve : %1 précondition(s) en place sur %2</source>
            <translation>Fault at the start of the test: %1 of %2 precondition(s) in place</translation>
        </message>
        <message>
            <source>Pas de relevé au début (tentative commencée sans relevé de départ).</source>
            <translation>No reading at the start (attempt started without a starting reading).</translation>
        </message>
        <message>
            <source>Tâche et vérification</source>
            <translation>Task and check</translation>
        </message>
        <message>
            <source>Attendu</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Au début</source>
            <translation>At the start</translation>
        </message>
        <message>
            <source>À la remise</source>
            <translation>At hand-in</translation>
        </message>
        <message>
            <source>Aucune tâche vérifiée sur le poste dans ce scénario.</source>
            <translation>No task checked on the PC in this scenario.</translation>
        </message>
        <message>
            <source>Le rapport d'intervention n'a pas été rempli.</source>
            <translation>The intervention report was not filled in.</translation>
        </message>
        <message>
            <source>Document non rempli.</source>
            <translation>Document not filled in.</translation>
        </message>
        <message>
            <source>Stagiaire : %1</source>
            <translation>Trainee: %1</translation>
        </message>
        <message>
            <source>Bloc %1 · %2 · scénario %3 v%4</source>
            <translation>Block %1 · %2 · scenario %3 v%4</translation>
        </message>
        <message>
            <source>Commencée le %1, remise le %2</source>
            <translation>Started on %1, handed in on %2</translation>
        </message>
        <message>
            <source>État : %1</source>
            <translation>State: %1</translation>
        </message>
        <message>
            <source>résultats communiqués</source>
            <translation>results released</translation>
        </message>
        <message>
            <source>résultats non communiqués</source>
            <translation>results not released</translation>
        </message>
        <message>
            <source>Tentative %1</source>
            <translation>Attempt %1</translation>
        </message>
        <message>
            <source>Provisoire : des items de la grille restent à noter.</source>
            <translation>Provisional: rubric items are still to be graded.</translation>
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
            <source>Compétences</source>
            <translation>Competences</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>État</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Partie automatique du rapport :</source>
            <translation>Automatic part of the report:</translation>
        </message>
        <message>
            <source>Partie automatique (%1 / %2 pt) :</source>
            <translation>Automatic part (%1 / %2 pt):</translation>
        </message>
        <message>
            <source>Sans réponse.</source>
            <translation>No answer.</translation>
        </message>
        <message>
            <source>à noter</source>
            <translation>to grade</translation>
        </message>
        <message>
            <source>Panne prévue vue en place : les vérifications comptent.</source>
            <translation>Planned fault seen in place: the checks count.</translation>
        </message>
        <message>
            <source>épreuve supervisée par la salle : le poste du formateur a tenu l'heure, la notation et le journal ; poste %1</source>
            <translation>test supervised by the room: the trainer's PC held the clock, the grading and the journal; seat %1</translation>
        </message>
        <message>
            <source>Messages du poste faits pendant que la salle était injoignable, reçus à son retour : %1.</source>
            <translation>Messages the seat made while the room was unreachable, received when it was back: %1.</translation>
        </message>
        <message>
            <source>Panne prévue jamais vue en place : les vérifications ne comptent pas tant qu'un formateur ne l'a pas confirmée (Confirmer la panne, ou aimm-lab attempts confirm-fault).</source>
            <translation>Planned fault never seen in place: the checks do not count until a trainer confirms it (Confirm the fault, or aimm-lab attempts confirm-fault).</translation>
        </message>
        <message>
            <source>Panne prévue confirmée par %1 : les vérifications comptent.</source>
            <translation>Planned fault confirmed by %1: the checks count.</translation>
        </message>
    </context>
    <context>
        <name>RoomPage</name>
        <message>
            <source>&amp;Commencer l'épreuve</source>
            <translation>&amp;Start the test</translation>
        </message>
        <message>
            <source>&amp;Quitter la salle…</source>
            <translation>&amp;Leave the room…</translation>
        </message>
        <message>
            <source>E&amp;nvoyer un relevé</source>
            <translation>Se&amp;nd a reading</translation>
        </message>
        <message>
            <source>La salle lit ce poste et garde le relevé ; aucun résultat n'est affiché</source>
            <translation>The room reads this PC and keeps the reading; no result is shown</translation>
        </message>
        <message>
            <source>&amp;Remettre…</source>
            <translation>&amp;Submit…</translation>
        </message>
        <message>
            <source>Terminer et remettre l'épreuve à la salle</source>
            <translation>Finish and submit the test to the room</translation>
        </message>
        <message>
            <source>Tâches de l'épreuve</source>
            <translation>Tasks of the test</translation>
        </message>
        <message>
            <source>temps restant</source>
            <translation>time left</translation>
        </message>
        <message>
            <source>Salle d'examen « %1 »</source>
            <translation>Exam room "%1"</translation>
        </message>
        <message>
            <source>Poste %1 — stagiaire : %2 — salle à l'adresse %3</source>
            <translation>Seat %1 — trainee: %2 — room at %3</translation>
        </message>
        <message>
            <source>Salle injoignable : votre travail est gardé sur ce poste et sera envoyé à son retour.</source>
            <translation>Room unreachable: your work is kept on this PC and will be sent when the room is back.</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) en attente.</source>
            <translation>
                <numerusform>%n message waiting.</numerusform>
                <numerusform>%n messages waiting.</numerusform>
            </translation>
        </message>
        <message>
            <source>Examen en salle, supervisé par le formateur : aucun résultat n'est affiché pendant l'épreuve.</source>
            <translation>Room exam, supervised by the trainer: no result is shown during the test.</translation>
        </message>
        <message>
            <source>En pause par le formateur : le temps est arrêté. Attendez qu'il la reprenne.</source>
            <translation>Paused by the trainer: the clock is stopped. Wait until the test is resumed.</translation>
        </message>
        <message>
            <source>en pause</source>
            <translation>paused</translation>
        </message>
        <message>
            <source>Envoyé à la salle à %1</source>
            <translation>Sent to the room at %1</translation>
        </message>
        <message>
            <source>Épreuve remise. Aucun résultat n'est affiché ici : le formateur les communiquera.</source>
            <translation>Test submitted. No result is shown here: the trainer will give them out.</translation>
        </message>
        <message>
            <source>Temps écoulé : l'épreuve a été remise. Aucun résultat n'est affiché ici : le formateur les communiquera.</source>
            <translation>Time is up: the test was submitted. No result is shown here: the trainer will give them out.</translation>
        </message>
        <message>
            <source>La remise attend le retour de la salle : ne fermez pas le programme.</source>
            <translation>The submission is waiting for the room to come back: do not close the program.</translation>
        </message>
        <message>
            <source>Connexion à la salle…</source>
            <translation>Connecting to the room…</translation>
        </message>
        <message>
            <source>En attente du formateur : il vérifie votre nom (« %1 ») et le numéro de ce poste, puis valide le poste.
Cette page se met à jour toute seule.</source>
            <translation>Waiting for the trainer: they check your name ("%1") and this seat's number, then admit the seat.
This page updates by itself.</translation>
        </message>
        <message>
            <source>Épreuve ouverte : « %1 », %2 min.
Commencez quand le formateur vous le dit : le temps part à ce moment.</source>
            <translation>Test open: "%1", %2 min.
Start when the trainer tells you: the clock starts then.</translation>
        </message>
        <message>
            <source>En attente du formateur : l'épreuve n'est pas encore ouverte.
Cette page se met à jour toute seule.</source>
            <translation>Waiting for the trainer: the test is not open yet.
This page updates by itself.</translation>
        </message>
        <message>
            <source>Demande du client</source>
            <translation>Customer's request</translation>
        </message>
        <message>
            <source>Lecture du poste et départ de l'épreuve…</source>
            <translation>Reading this PC and starting the test…</translation>
        </message>
        <message>
            <source>Salle injoignable : le départ est gardé sur ce poste et sera envoyé à son retour.</source>
            <translation>Room unreachable: the start is kept on this PC and will be sent when the room is back.</translation>
        </message>
        <message>
            <source>L'épreuve n'a pas pu commencer</source>
            <translation>The test could not start</translation>
        </message>
        <message>
            <source>Épreuve commencée : bon travail !</source>
            <translation>Test started: good luck!</translation>
        </message>
        <message>
            <source>Lecture du poste…</source>
            <translation>Reading this PC…</translation>
        </message>
        <message>
            <source>Relevé fait à %1 et gardé sur ce poste : il sera envoyé au retour de la salle.</source>
            <translation>Reading made at %1 and kept on this PC: it will be sent when the room is back.</translation>
        </message>
        <message>
            <source>Relevé refusé par la salle</source>
            <translation>Reading refused by the room</translation>
        </message>
        <message>
            <source>Relevé reçu par la salle à %1.</source>
            <translation>Reading received by the room at %1.</translation>
        </message>
        <message>
            <source>Le relevé n'a pas pu se faire</source>
            <translation>The reading could not be made</translation>
        </message>
        <message>
            <source>Modifications en cours…</source>
            <translation>Changes in progress…</translation>
        </message>
        <message>
            <source>Non envoyé : corrigez les nombres signalés en rouge.</source>
            <translation>Not sent: correct the numbers marked in red.</translation>
        </message>
        <message>
            <source>Gardé sur ce poste à %1 : sera envoyé au retour de la salle.</source>
            <translation>Kept on this PC at %1: will be sent when the room is back.</translation>
        </message>
        <message>
            <source>Reçu par la salle à %1</source>
            <translation>Received by the room at %1</translation>
        </message>
        <message>
            <source>Non envoyé : %1</source>
            <translation>Not sent: %1</translation>
        </message>
        <message>
            <source>Remettre l'épreuve à la salle ? Vous ne pourrez plus la modifier. Un dernier relevé du poste est envoyé avec la remise.</source>
            <translation>Submit the test to the room? You will not be able to change it. A last reading of this PC is sent with it.</translation>
        </message>
        <message>
            <source>Reste à faire :</source>
            <translation>Still to do:</translation>
        </message>
        <message>
            <source>Remettre l'épreuve</source>
            <translation>Submit the test</translation>
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
            <translation>Submitting: last reading of this PC…</translation>
        </message>
        <message>
            <source>La remise a été refusée par la salle</source>
            <translation>The room refused the submission</translation>
        </message>
        <message>
            <source>Épreuve remise à la salle.</source>
            <translation>Test submitted to the room.</translation>
        </message>
        <message>
            <source>Remise gardée sur ce poste : elle sera envoyée au retour de la salle.</source>
            <translation>Submission kept on this PC: it will be sent when the room is back.</translation>
        </message>
        <message>
            <source>La remise n'a pas pu se faire</source>
            <translation>The submission could not be made</translation>
        </message>
        <message>
            <source>Quitter la salle</source>
            <translation>Leave the room</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) n'ont pas encore été reçus par la salle : ils seront perdus. Quitter quand même ?</source>
            <translation>
                <numerusform>%n message has not reached the room yet: it will be lost. Leave anyway?</numerusform>
                <numerusform>%n messages have not reached the room yet: they will be lost. Leave anyway?</numerusform>
            </translation>
        </message>
        <message>
            <source>Ce poste quitte la salle ; pour y revenir, il faudra un nouveau code d'appairage. Quitter ?</source>
            <translation>This PC leaves the room; coming back will need a new pairing code. Leave?</translation>
        </message>
    </context>
    <context>
        <name>RoomSeat</name>
        <message>
            <source>Salle injoignable à cette adresse : vérifiez l'adresse affichée sur l'écran du formateur et que ce poste est sur le réseau de la salle.</source>
            <translation>No room answers at this address: check the address shown on the trainer's screen and that this PC is on the room's network.</translation>
        </message>
        <message>
            <source>Poste %1 dans la salle « %2 ».</source>
            <translation>Seat %1 in room "%2".</translation>
        </message>
        <message>
            <source>Ce poste a quitté la salle.</source>
            <translation>This PC left the room.</translation>
        </message>
        <message>
            <source>La salle a refusé ce poste</source>
            <translation>The room refused this PC</translation>
        </message>
    </context>
    <context>
        <name>RubricForm</name>
        <message>
            <source>à noter</source>
            <translation>to grade</translation>
        </message>
        <message>
            <source>commentaire (facultatif)</source>
            <translation>comment (optional)</translation>
        </message>
        <message>
            <source>Commentaire : %1</source>
            <translation>Comment: %1</translation>
        </message>
        <message>
            <source>Ce scénario n'a pas de grille à noter par le formateur.</source>
            <translation>This scenario has no rubric for the trainer to grade.</translation>
        </message>
    </context>
    <context>
        <name>RubricPanel</name>
        <message>
            <source>Cette tâche est évaluée par le formateur pendant ou après l'épreuve.</source>
            <translation>The trainer grades this task during or after the test.</translation>
        </message>
        <message>
            <source>Cette tâche est évaluée par le formateur pendant ou après l'épreuve :</source>
            <translation>The trainer grades this task during or after the test:</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPage</name>
        <message>
            <source>à éviter : %1</source>
            <translation>must not hold: %1</translation>
        </message>
        <message>
            <source>n° %1 — %2</source>
            <translation>no. %1 — %2</translation>
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
        <message>
            <source>Un examen est en cours sur ce poste (%1, « %2 ») : aucune autre tentative avant sa remise.</source>
            <translation>An exam is in progress on this PC (%1, "%2"): no other attempt until it is submitted.</translation>
        </message>
        <message>
            <source>Il faut tous les points suivants :</source>
            <translation>All of the following:</translation>
        </message>
        <message>
            <source>Il faut au moins un des points suivants :</source>
            <translation>At least one of the following:</translation>
        </message>
        <message>
            <source>Ce scénario ne peut pas commencer sur ce poste :</source>
            <translation>This scenario cannot start on this PC:</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>Sessions d'examen blanc</source>
            <translation>Mock exam sessions</translation>
        </message>
        <message>
            <source>&amp;Nouvelle session…</source>
            <translation>&amp;New session…</translation>
        </message>
        <message>
            <source>&amp;Ouvrir un fichier de session…</source>
            <translation>&amp;Open a session file…</translation>
        </message>
        <message>
            <source>Reprendre sur ce poste une session préparée sur un autre poste</source>
            <translation>Take up on this PC a session prepared on another PC</translation>
        </message>
        <message>
            <source>Enregistrer le &amp;fichier de session…</source>
            <translation>Save the session &amp;file…</translation>
        </message>
        <message>
            <source>Pour ouvrir la même session sur chaque poste du labo (clé USB, dossier partagé)</source>
            <translation>To open the same session on every lab PC (USB key, shared folder)</translation>
        </message>
        <message>
            <source>&amp;Supprimer la session</source>
            <translation>&amp;Delete the session</translation>
        </message>
        <message>
            <source>Épreuves pratiques (1 h chacune)</source>
            <translation>Practical tests (1 h each)</translation>
        </message>
        <message>
            <source>Épreuve %1 :</source>
            <translation>Test %1:</translation>
        </message>
        <message>
            <source>&amp;Tirer au sort les épreuves</source>
            <translation>&amp;Draw the tests</translation>
        </message>
        <message>
            <source>Un scénario par bloc parmi ceux prévus pour ce système ; les épreuves déjà commencées ne changent pas</source>
            <translation>One scenario per block among those meant for this system; tests already started do not change</translation>
        </message>
        <message>
            <source>&amp;Vérifier la préparation de ce poste</source>
            <translation>&amp;Check this PC's set-up</translation>
        </message>
        <message>
            <source>Stagiaires : où en est chacun</source>
            <translation>Trainees: where each one is</translation>
        </message>
        <message>
            <source>Stagiaire</source>
            <translation>Trainee</translation>
        </message>
        <message>
            <source>Temps suppl.</source>
            <translation>Extra time</translation>
        </message>
        <message>
            <source>Entretien</source>
            <translation>Interview</translation>
        </message>
        <message>
            <source>État de la session par stagiaire et par épreuve</source>
            <translation>Session state by trainee and test</translation>
        </message>
        <message>
            <source>&amp;Inscrire un stagiaire…</source>
            <translation>&amp;Enrol a trainee…</translation>
        </message>
        <message>
            <source>&amp;Modifier…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>&amp;Retirer</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>&amp;Démarrer sur ce poste</source>
            <translation>&amp;Start on this PC</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>&amp;Reprendre</source>
            <translation>&amp;Resume</translation>
        </message>
        <message>
            <source>&amp;Ajouter du temps…</source>
            <translation>&amp;Add time…</translation>
        </message>
        <message>
            <source>&amp;Terminer l'épreuve…</source>
            <translation>&amp;End the test…</translation>
        </message>
        <message>
            <source>Choisissez la case d'un stagiaire dans la colonne d'une épreuve pour la démarrer sur ce poste, la mettre en pause, ajouter du temps ou la terminer.</source>
            <translation>Choose a trainee's cell in a test's column to start it on this PC, pause it, add time or end it.</translation>
        </message>
        <message>
            <source>Aucune session : créez-en une avec « Nouvelle session ».</source>
            <translation>No session: create one with "New session".</translation>
        </message>
        <message>
            <source>le %1 · système : %2 · tirage n° %3</source>
            <translation>on %1 · system: %2 · draw no. %3</translation>
        </message>
        <message>
            <source>Puis un entretien de %1 minutes avec le jury, à l'heure indiquée pour chaque stagiaire.</source>
            <translation>Then a %1-minute interview with the jury, at the time set for each trainee.</translation>
        </message>
        <message>
            <source>— à choisir —</source>
            <translation>— to choose —</translation>
        </message>
        <message>
            <source>commencée</source>
            <translation>started</translation>
        </message>
        <message>
            <source>Épreuve commencée : le scénario ne change plus</source>
            <translation>Test started: the scenario no longer changes</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>à fixer</source>
            <translation>to set</translation>
        </message>
        <message>
            <source>Tentative %1</source>
            <translation>Attempt %1</translation>
        </message>
        <message>
            <source>La session n'a pas pu être créée</source>
            <translation>The session could not be created</translation>
        </message>
        <message>
            <source>Supprimer la session</source>
            <translation>Delete the session</translation>
        </message>
        <message>
            <source>Supprimer la session « %1 » ?</source>
            <translation>Delete the session "%1"?</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Session gardée</source>
            <translation>Session kept</translation>
        </message>
        <message>
            <source>Enregistrer le fichier de session</source>
            <translation>Save the session file</translation>
        </message>
        <message>
            <source>Sessions AIMM Lab (*.json)</source>
            <translation>AIMM Lab sessions (*.json)</translation>
        </message>
        <message>
            <source>Session enregistrée : %1</source>
            <translation>Session saved: %1</translation>
        </message>
        <message>
            <source>Fichier de session non écrit</source>
            <translation>Session file not written</translation>
        </message>
        <message>
            <source>Ouvrir un fichier de session</source>
            <translation>Open a session file</translation>
        </message>
        <message>
            <source>Session non ouverte</source>
            <translation>Session not opened</translation>
        </message>
        <message>
            <source>Nouveau tirage</source>
            <translation>New draw</translation>
        </message>
        <message>
            <source>Remplacer les épreuves %1 par un nouveau tirage ?</source>
            <translation>Replace tests %1 with a new draw?</translation>
        </message>
        <message>
            <source>Tirer au sort</source>
            <translation>Draw</translation>
        </message>
        <message>
            <source>Tirage impossible</source>
            <translation>Draw not possible</translation>
        </message>
        <message>
            <source>Stagiaire non inscrit</source>
            <translation>Trainee not enrolled</translation>
        </message>
        <message>
            <source>Modification refusée</source>
            <translation>Change refused</translation>
        </message>
        <message>
            <source>Retirer le stagiaire</source>
            <translation>Remove the trainee</translation>
        </message>
        <message>
            <source>Retirer %1 de la session ?</source>
            <translation>Remove %1 from the session?</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Stagiaire gardé</source>
            <translation>Trainee kept</translation>
        </message>
        <message>
            <source>Scénario introuvable dans la bibliothèque : %1</source>
            <translation>Scenario not found in the library: %1</translation>
        </message>
        <message>
            <source>Démarrer l'épreuve</source>
            <translation>Start the test</translation>
        </message>
        <message>
            <source>Démarrer l'épreuve %1 de %2 sur ce poste ?

« %3 », %4 minutes en mode examen. Un premier relevé du poste est gardé comme état de départ.</source>
            <translation>Start %2's %1 test on this PC?

"%3", %4 minutes in exam mode. A first reading of the PC is kept as the starting state.</translation>
        </message>
        <message>
            <source>Démarrer</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>L'épreuve n'a pas pu démarrer</source>
            <translation>The test could not start</translation>
        </message>
        <message>
            <source>Ajouter du temps</source>
            <translation>Add time</translation>
        </message>
        <message>
            <source>Minutes à ajouter pour %1 (épreuve %2) :</source>
            <translation>Minutes to add for %1 (test %2):</translation>
        </message>
        <message>
            <source>Terminer l'épreuve</source>
            <translation>End the test</translation>
        </message>
        <message>
            <source>Terminer maintenant l'épreuve %1 de %2 ? Un dernier relevé du poste est fait, puis la tentative est remise.</source>
            <translation>End %2's %1 test now? A last reading of the PC is made, then the attempt is handed in.</translation>
        </message>
        <message>
            <source>Terminer</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Action refusée</source>
            <translation>Action refused</translation>
        </message>
    </context>
    <context>
        <name>TaskText</name>
        <message>
            <source>Faites-le sur ce poste, puis « Envoyer un relevé » : la salle lit le poste et garde le relevé. Aucun résultat n'est affiché pendant l'épreuve.</source>
            <translation>Do it on this PC, then "Send a reading": the room reads the PC and keeps the reading. No result is shown during the test.</translation>
        </message>
        <message>
            <source>Cette tâche est évaluée par le formateur pendant ou après l'épreuve.</source>
            <translation>This task is assessed by the trainer during or after the test.</translation>
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
        <message>
            <source>Double-cliquez pour revenir à AIMM Lab ; faites glisser pour le déplacer</source>
            <translation>Double-click to go back to AIMM Lab; drag to move it</translation>
        </message>
        <message>
            <source>Fermer le minuteur (menu Affichage pour le rouvrir)</source>
            <translation>Close the timer (the View menu opens it again)</translation>
        </message>
        <message>
            <source>Fermer le minuteur</source>
            <translation>Close the timer</translation>
        </message>
    </context>
    <context>
        <name>TraineeDialog</name>
        <message>
            <source>Qui êtes-vous ?</source>
            <translation>Who are you?</translation>
        </message>
        <message>
            <source>Personne n'est encore inscrit sur ce poste : écrivez votre prénom et votre nom, puis « Ajouter ».</source>
            <translation>Nobody is registered on this PC yet: type your first name and surname, then "Add".</translation>
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
    <context>
        <name>TraineeRowDialog</name>
        <message>
            <source>Stagiaire de la session</source>
            <translation>Trainee of the session</translation>
        </message>
        <message>
            <source>Inscrire un stagiaire</source>
            <translation>Enrol a trainee</translation>
        </message>
        <message>
            <source>ex. 14:30</source>
            <translation>e.g. 14:30</translation>
        </message>
        <message>
            <source>&amp;Stagiaire :</source>
            <translation>&amp;Trainee:</translation>
        </message>
        <message>
            <source>&amp;Temps supplémentaire (min) :</source>
            <translation>E&amp;xtra time (min):</translation>
        </message>
        <message>
            <source>&amp;Entretien avec le jury à :</source>
            <translation>&amp;Jury interview at:</translation>
        </message>
        <message>
            <source>Le temps supplémentaire (tiers-temps) s'ajoute à chaque épreuve d'une heure. L'entretien dure 30 minutes.</source>
            <translation>The extra time is added to each 1-hour test. The interview lasts 30 minutes.</translation>
        </message>
    </context>
    <context>
        <name>TrainerMode</name>
        <message>
            <source>Le mode formateur demande le code du formateur.</source>
            <translation>Trainer mode needs the trainer PIN.</translation>
        </message>
        <message>
            <source>Code formateur changé.</source>
            <translation>Trainer PIN changed.</translation>
        </message>
        <message>
            <source>Mettre la tentative en pause demande le code du formateur.</source>
            <translation>Pausing the attempt needs the trainer PIN.</translation>
        </message>
        <message>
            <source>Reprendre la tentative demande le code du formateur.</source>
            <translation>Resuming the attempt needs the trainer PIN.</translation>
        </message>
        <message>
            <source>Ajouter du temps demande le code du formateur.</source>
            <translation>Adding time needs the trainer PIN.</translation>
        </message>
        <message>
            <source>Terminer la tentative demande le code du formateur.</source>
            <translation>Ending the attempt needs the trainer PIN.</translation>
        </message>
        <message>
            <source>Ajouter du temps</source>
            <translation>Add time</translation>
        </message>
        <message>
            <source>Minutes à ajouter pour %1 :</source>
            <translation>Minutes to add for %1:</translation>
        </message>
        <message>
            <source>Terminer la tentative</source>
            <translation>End the attempt</translation>
        </message>
        <message>
            <source>Terminer maintenant la tentative de %1 ? Un dernier relevé du poste est fait, puis elle est remise.</source>
            <translation>End %1's attempt now? A last reading of the PC is made, then it is handed in.</translation>
        </message>
        <message>
            <source>Terminer</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Tentative en pause.</source>
            <translation>Attempt paused.</translation>
        </message>
        <message>
            <source>Tentative reprise.</source>
            <translation>Attempt resumed.</translation>
        </message>
        <message>
            <source>Temps ajouté.</source>
            <translation>Time added.</translation>
        </message>
        <message>
            <source>Tentative terminée par le formateur.</source>
            <translation>Attempt ended by the trainer.</translation>
        </message>
        <message>
            <source>Action refusée</source>
            <translation>Action refused</translation>
        </message>
        <message>
            <source>Confirmer que la panne est en place demande le code du formateur.</source>
            <translation>Confirming the fault is in place needs the trainer's PIN.</translation>
        </message>
        <message>
            <source>Confirmer la panne</source>
            <translation>Confirm the fault</translation>
        </message>
        <message>
            <source>La panne prévue est en place sur ce poste pour %1 : les vérifications compteront, celles déjà faites comprises.

Votre nom (formateur) :</source>
            <translation>The planned fault is in place on this PC for %1: the checks will count, those already made included.

Your name (trainer):</translation>
        </message>
        <message>
            <source>Panne confirmée par le formateur : les vérifications comptent.</source>
            <translation>Fault confirmed by the trainer: the checks count.</translation>
        </message>
    </context>
    <context>
        <name>TrainerPage</name>
        <message>
            <source>Mode formateur</source>
            <translation>Trainer mode</translation>
        </message>
        <message>
            <source>Changer le &amp;code…</source>
            <translation>Change the &amp;PIN…</translation>
        </message>
        <message>
            <source>&amp;Verrouiller et revenir</source>
            <translation>&amp;Lock and go back</translation>
        </message>
        <message>
            <source>Quitter le mode formateur : le code sera redemandé</source>
            <translation>Leave trainer mode: the PIN will be asked again</translation>
        </message>
        <message>
            <source>Préparation du labo</source>
            <translation>Lab preparation</translation>
        </message>
        <message>
            <source>Sessions d'examen blanc</source>
            <translation>Mock exam sessions</translation>
        </message>
        <message>
            <source>Notation</source>
            <translation>Grading</translation>
        </message>
        <message>
            <source>Carnet de notes et jury</source>
            <translation>Gradebook and jury</translation>
        </message>
        <message>
            <source>Salle d'examen</source>
            <translation>Exam room</translation>
        </message>
        <message>
            <source>Collecte des résultats</source>
            <translation>Results collection</translation>
        </message>
    </context>
</TS>
