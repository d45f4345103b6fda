<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;Bibliothèque de scénarios</source>
            <translation>&amp;Bibliothèque de scénarios</translation>
        </message>
        <message>
            <source>Revenir à la liste des scénarios</source>
            <translation>Revenir à la liste des scénarios</translation>
        </message>
        <message>
            <source>Changer de &amp;stagiaire…</source>
            <translation>Changer de &amp;stagiaire…</translation>
        </message>
        <message>
            <source>Choisir qui travaille sur ce poste</source>
            <translation>Choisir qui travaille sur ce poste</translation>
        </message>
        <message>
            <source>&amp;Historique et progression</source>
            <translation>&amp;Historique et progression</translation>
        </message>
        <message>
            <source>Vos tentatives et votre progression par bloc</source>
            <translation>Vos tentatives et votre progression par bloc</translation>
        </message>
        <message>
            <source>E&amp;xporter le compte rendu en PDF…</source>
            <translation>E&amp;xporter le compte rendu en PDF…</translation>
        </message>
        <message>
            <source>Enregistrer le compte rendu de la tentative affichée en PDF</source>
            <translation>Enregistrer le compte rendu de la tentative affichée en PDF</translation>
        </message>
        <message>
            <source>&amp;Quitter</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Vérifier toutes les tâches</source>
            <translation>&amp;Vérifier toutes les tâches</translation>
        </message>
        <message>
            <source>Lire l'état du poste et vérifier chaque tâche (entraînement)</source>
            <translation>Lire l'état du poste et vérifier chaque tâche (entraînement)</translation>
        </message>
        <message>
            <source>Vérifier la &amp;tâche choisie</source>
            <translation>Vérifier la &amp;tâche choisie</translation>
        </message>
        <message>
            <source>Vérifier seulement la tâche sélectionnée (entraînement)</source>
            <translation>Vérifier seulement la tâche sélectionnée (entraînement)</translation>
        </message>
        <message>
            <source>&amp;Enregistrer l'état</source>
            <translation>&amp;Enregistrer l'état</translation>
        </message>
        <message>
            <source>Enregistrer l'état du poste sans afficher de résultat (examen)</source>
            <translation>Enregistrer l'état du poste sans afficher de résultat (examen)</translation>
        </message>
        <message>
            <source>Demander un &amp;indice</source>
            <translation>Demander un &amp;indice</translation>
        </message>
        <message>
            <source>Afficher l'indice de la tâche choisie (coûte des points)</source>
            <translation>Afficher l'indice de la tâche choisie (coûte des points)</translation>
        </message>
        <message>
            <source>&amp;Remettre la tentative…</source>
            <translation>&amp;Remettre la tentative…</translation>
        </message>
        <message>
            <source>Terminer et remettre la tentative pour la notation</source>
            <translation>Terminer et remettre la tentative pour la notation</translation>
        </message>
        <message>
            <source>&amp;Minuteur flottant</source>
            <translation>&amp;Minuteur flottant</translation>
        </message>
        <message>
            <source>Une petite fenêtre du temps restant, toujours au premier plan</source>
            <translation>Une petite fenêtre du temps restant, toujours au premier plan</translation>
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
            <translation>&amp;Plein écran</translation>
        </message>
        <message>
            <source>&amp;Raccourcis clavier</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>À &amp;propos d'AIMM Lab</source>
            <translation>À &amp;propos d'AIMM Lab</translation>
        </message>
    </context>
    <context>
        <name>AttemptPage</name>
        <message>
            <source>&amp;Vérifier tout</source>
            <translation>&amp;Vérifier tout</translation>
        </message>
        <message>
            <source>Lire l'état du poste et vérifier toutes les tâches (F5)</source>
            <translation>Lire l'état du poste et vérifier toutes les tâches (F5)</translation>
        </message>
        <message>
            <source>&amp;Enregistrer l'état</source>
            <translation>&amp;Enregistrer l'état</translation>
        </message>
        <message>
            <source>Enregistrer l'état du poste comme preuve, sans afficher de résultat</source>
            <translation>Enregistrer l'état du poste comme preuve, sans afficher de résultat</translation>
        </message>
        <message>
            <source>&amp;Remettre…</source>
            <translation>&amp;Remettre…</translation>
        </message>
        <message>
            <source>Terminer et remettre la tentative</source>
            <translation>Terminer et remettre la tentative</translation>
        </message>
        <message>
            <source>Tâches de l'épreuve</source>
            <translation>Tâches de l'épreuve</translation>
        </message>
        <message>
            <source>Vérification en cours</source>
            <translation>Vérification en cours</translation>
        </message>
        <message>
            <source>Lecture du poste…</source>
            <translation>Lecture du poste…</translation>
        </message>
        <message>
            <source>Mode examen — stagiaire : %1</source>
            <translation>Mode examen — stagiaire : %1</translation>
        </message>
        <message>
            <source>Entraînement chronométré — stagiaire : %1</source>
            <translation>Entraînement chronométré — stagiaire : %1</translation>
        </message>
        <message>
            <source>Entraînement sans limite de temps — stagiaire : %1</source>
            <translation>Entraînement sans limite de temps — stagiaire : %1</translation>
        </message>
        <message>
            <source>Demande du client</source>
            <translation>Demande du client</translation>
        </message>
        <message>
            <source>Cette tâche est évaluée par le formateur pendant ou après l'épreuve :</source>
            <translation>Cette tâche est évaluée par le formateur pendant ou après l'épreuve :</translation>
        </message>
        <message>
            <source>Plus que 5 minutes ! La tentative sera remise automatiquement à la fin du temps.</source>
            <translation>Plus que 5 minutes ! La tentative sera remise automatiquement à la fin du temps.</translation>
        </message>
        <message>
            <source>Temps écoulé : remise automatique…</source>
            <translation>Temps écoulé : remise automatique…</translation>
        </message>
        <message>
            <source>Enregistrement de l'état du poste…</source>
            <translation>Enregistrement de l'état du poste…</translation>
        </message>
        <message>
            <source>temps restant</source>
            <translation>temps restant</translation>
        </message>
        <message>
            <source>temps passé</source>
            <translation>temps passé</translation>
        </message>
        <message>
            <source>Plus que 10 minutes : pensez à enregistrer votre travail.</source>
            <translation>Plus que 10 minutes : pensez à enregistrer votre travail.</translation>
        </message>
        <message numerus="yes">
            <source>Vérification terminée : %n tâche(s) réussie(s) sur %1.</source>
            <translation>
                <numerusform>Vérification terminée : %n tâche réussie sur %1.</numerusform>
                <numerusform>Vérification terminée : %n tâches réussies sur %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>État du poste enregistré.</source>
            <translation>État du poste enregistré.</translation>
        </message>
        <message>
            <source>La vérification n'a pas pu se faire</source>
            <translation>La vérification n'a pas pu se faire</translation>
        </message>
        <message>
            <source>Demander un indice</source>
            <translation>Demander un indice</translation>
        </message>
        <message>
            <source>Cet indice coûte %1 pt sur cette tâche. L'afficher ?</source>
            <translation>Cet indice coûte %1 pt sur cette tâche. L'afficher ?</translation>
        </message>
        <message>
            <source>Afficher l'indice</source>
            <translation>Afficher l'indice</translation>
        </message>
        <message>
            <source>Modifications en cours…</source>
            <translation>Modifications en cours…</translation>
        </message>
        <message>
            <source>Non enregistré : corrigez les nombres signalés en rouge.</source>
            <translation>Non enregistré : corrigez les nombres signalés en rouge.</translation>
        </message>
        <message>
            <source>Enregistré à %1</source>
            <translation>Enregistré à %1</translation>
        </message>
        <message>
            <source>Non enregistré : %1</source>
            <translation>Non enregistré : %1</translation>
        </message>
        <message>
            <source>Enregistrement impossible</source>
            <translation>Enregistrement impossible</translation>
        </message>
        <message>
            <source>« %1 » : jamais vérifiée ni enregistrée</source>
            <translation>« %1 » : jamais vérifiée ni enregistrée</translation>
        </message>
        <message numerus="yes">
            <source>rapport : %n champ(s) obligatoire(s) vide(s)</source>
            <translation>
                <numerusform>rapport : %n champ obligatoire vide</numerusform>
                <numerusform>rapport : %n champs obligatoires vides</numerusform>
            </translation>
        </message>
        <message>
            <source>« %1 » : pas commencée</source>
            <translation>« %1 » : pas commencée</translation>
        </message>
        <message numerus="yes">
            <source>« %1 » : %n question(s) sans réponse</source>
            <translation>
                <numerusform>« %1 » : %n question sans réponse</numerusform>
                <numerusform>« %1 » : %n questions sans réponse</numerusform>
            </translation>
        </message>
        <message>
            <source>Remettre la tentative ? Vous ne pourrez plus la modifier.</source>
            <translation>Remettre la tentative ? Vous ne pourrez plus la modifier.</translation>
        </message>
        <message>
            <source>Un dernier relevé du poste sera fait au moment de la remise.</source>
            <translation>Un dernier relevé du poste sera fait au moment de la remise.</translation>
        </message>
        <message>
            <source>Reste à faire :</source>
            <translation>Reste à faire :</translation>
        </message>
        <message>
            <source>Remettre la tentative</source>
            <translation>Remettre la tentative</translation>
        </message>
        <message>
            <source>Remettre</source>
            <translation>Remettre</translation>
        </message>
        <message>
            <source>Continuer à travailler</source>
            <translation>Continuer à travailler</translation>
        </message>
        <message>
            <source>Remise : dernier relevé du poste…</source>
            <translation>Remise : dernier relevé du poste…</translation>
        </message>
        <message>
            <source>La remise n'a pas pu se faire</source>
            <translation>La remise n'a pas pu se faire</translation>
        </message>
        <message>
            <source>Tentative en pause : attendez que le formateur la reprenne.</source>
            <translation>Tentative en pause : attendez que le formateur la reprenne.</translation>
        </message>
    </context>
    <context>
        <name>CheckPanel</name>
        <message>
            <source>Mode examen : faites le travail sur le poste, puis « Enregistrer l'état ». Les résultats ne sont pas affichés avant la remise.</source>
            <translation>Mode examen : faites le travail sur le poste, puis « Enregistrer l'état ». Les résultats ne sont pas affichés avant la remise.</translation>
        </message>
        <message>
            <source>&amp;Vérifier cette tâche</source>
            <translation>&amp;Vérifier cette tâche</translation>
        </message>
        <message>
            <source>Lire l'état du poste et vérifier seulement cette tâche</source>
            <translation>Lire l'état du poste et vérifier seulement cette tâche</translation>
        </message>
        <message>
            <source>&amp;Indice (coût : %1 pt)</source>
            <translation>&amp;Indice (coût : %1 pt)</translation>
        </message>
        <message>
            <source>&amp;Indice (gratuit)</source>
            <translation>&amp;Indice (gratuit)</translation>
        </message>
        <message>
            <source>Afficher l'indice ; son coût est retiré des points de la tâche</source>
            <translation>Afficher l'indice ; son coût est retiré des points de la tâche</translation>
        </message>
        <message>
            <source>Résultat des vérifications</source>
            <translation>Résultat des vérifications</translation>
        </message>
        <message>
            <source>Indice : %1</source>
            <translation>Indice : %1</translation>
        </message>
        <message>
            <source>Indice affiché</source>
            <translation>Indice affiché</translation>
        </message>
        <message>
            <source>État du poste enregistré. Vous pouvez continuer à travailler et l'enregistrer à nouveau.</source>
            <translation>État du poste enregistré. Vous pouvez continuer à travailler et l'enregistrer à nouveau.</translation>
        </message>
        <message>
            <source>Aucun état enregistré pour l'instant.</source>
            <translation>Aucun état enregistré pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>Countdown</name>
        <message>
            <source>Temps restant : %1</source>
            <translation>Temps restant : %1</translation>
        </message>
        <message>
            <source>Temps restant</source>
            <translation>Temps restant</translation>
        </message>
        <message>
            <source>Moins de 10 minutes restantes</source>
            <translation>Moins de 10 minutes restantes</translation>
        </message>
        <message>
            <source>Moins de 5 minutes restantes</source>
            <translation>Moins de 5 minutes restantes</translation>
        </message>
        <message>
            <source>Temps passé (sans limite) : %1</source>
            <translation>Temps passé (sans limite) : %1</translation>
        </message>
        <message>
            <source>Sans limite de temps : temps passé depuis le début</source>
            <translation>Sans limite de temps : temps passé depuis le début</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Erreur du système : %1%2</source>
            <translation>Erreur du système : %1%2</translation>
        </message>
        <message>
            <source>Une erreur inattendue s'est produite. Votre travail enregistré n'est pas perdu. Si elle se répète, signalez-la au formateur avec ce détail :</source>
            <translation>Une erreur inattendue s'est produite. Votre travail enregistré n'est pas perdu. Si elle se répète, signalez-la au formateur avec ce détail :</translation>
        </message>
        <message>
            <source>AIMM Lab — erreur</source>
            <translation>AIMM Lab — erreur</translation>
        </message>
        <message>
            <source>Message d'erreur</source>
            <translation>Message d'erreur</translation>
        </message>
        <message>
            <source>Annuler</source>
            <translation>Annuler</translation>
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
            <translation>TVA intracommunautaire %1</translation>
        </message>
        <message>
            <source>capital %1</source>
            <translation>capital %1</translation>
        </message>
        <message>
            <source>Désignation</source>
            <translation>Désignation</translation>
        </message>
        <message>
            <source>Qté</source>
            <translation>Qté</translation>
        </message>
        <message>
            <source>Unité</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>PU HT (€)</source>
            <translation>PU HT (€)</translation>
        </message>
        <message>
            <source>TVA (%)</source>
            <translation>TVA (%)</translation>
        </message>
        <message>
            <source>Main-d'œuvre</source>
            <translation>Main-d'œuvre</translation>
        </message>
        <message>
            <source>Total HT</source>
            <translation>Total HT</translation>
        </message>
        <message>
            <source>Lignes du document</source>
            <translation>Lignes du document</translation>
        </message>
        <message>
            <source>N° de facture :</source>
            <translation>N° de facture :</translation>
        </message>
        <message>
            <source>N° de devis :</source>
            <translation>N° de devis :</translation>
        </message>
        <message>
            <source>la facture précédente porte le n° %1</source>
            <translation>la facture précédente porte le n° %1</translation>
        </message>
        <message>
            <source>ex. D-2025-0042</source>
            <translation>ex. D-2025-0042</translation>
        </message>
        <message>
            <source>&amp;Ajouter une ligne</source>
            <translation>&amp;Ajouter une ligne</translation>
        </message>
        <message>
            <source>&amp;Supprimer la ligne</source>
            <translation>&amp;Supprimer la ligne</translation>
        </message>
        <message>
            <source>Totaux (calculés)</source>
            <translation>Totaux (calculés)</translation>
        </message>
        <message>
            <source>Mentions obligatoires</source>
            <translation>Mentions obligatoires</translation>
        </message>
        <message>
            <source>remise de %1 % sur la main-d'œuvre</source>
            <translation>remise de %1 % sur la main-d'œuvre</translation>
        </message>
        <message>
            <source>acompte de %1 % à la commande</source>
            <translation>acompte de %1 % à la commande</translation>
        </message>
        <message>
            <source>acompte déjà versé : %1</source>
            <translation>acompte déjà versé : %1</translation>
        </message>
        <message>
            <source>entreprise non assujettie à la TVA</source>
            <translation>entreprise non assujettie à la TVA</translation>
        </message>
        <message>
            <source>Émetteur : %1</source>
            <translation>Émetteur : %1</translation>
        </message>
        <message>
            <source>Client : %1</source>
            <translation>Client : %1</translation>
        </message>
        <message>
            <source>Conditions : %1</source>
            <translation>Conditions : %1</translation>
        </message>
        <message>
            <source>Main-d'œuvre, ligne %1</source>
            <translation>Main-d'œuvre, ligne %1</translation>
        </message>
        <message>
            <source>quantité</source>
            <translation>quantité</translation>
        </message>
        <message>
            <source>prix unitaire</source>
            <translation>prix unitaire</translation>
        </message>
        <message>
            <source>taux de TVA</source>
            <translation>taux de TVA</translation>
        </message>
        <message>
            <source>Ligne %1 : %2 « %3 » n'est pas un nombre (ex. 1,5).</source>
            <translation>Ligne %1 : %2 « %3 » n'est pas un nombre (ex. 1,5).</translation>
        </message>
        <message>
            <source>Sous-total HT</source>
            <translation>Sous-total HT</translation>
        </message>
        <message>
            <source>Remise main-d'œuvre</source>
            <translation>Remise main-d'œuvre</translation>
        </message>
        <message>
            <source>TVA %1 %</source>
            <translation>TVA %1 %</translation>
        </message>
        <message>
            <source>Total TTC</source>
            <translation>Total TTC</translation>
        </message>
        <message>
            <source>Acompte à la commande</source>
            <translation>Acompte à la commande</translation>
        </message>
        <message>
            <source>Net à payer</source>
            <translation>Net à payer</translation>
        </message>
    </context>
    <context>
        <name>Evidence</name>
        <message>
            <source>Toutes ces vérifications</source>
            <translation>Toutes ces vérifications</translation>
        </message>
        <message>
            <source>Au moins une de ces vérifications</source>
            <translation>Au moins une de ces vérifications</translation>
        </message>
        <message>
            <source>Aucune vérification.</source>
            <translation>Aucune vérification.</translation>
        </message>
        <message>
            <source>Pas encore vérifiée : utilisez « Vérifier ».</source>
            <translation>Pas encore vérifiée : utilisez « Vérifier ».</translation>
        </message>
        <message numerus="yes">
            <source>%1 — %n vérification(s) réussie(s) sur %2</source>
            <translation>
                <numerusform>%1 — %n vérification réussie sur %2</numerusform>
                <numerusform>%1 — %n vérifications réussies sur %2</numerusform>
            </translation>
        </message>
        <message>
            <source>attendu %1, trouvé %2</source>
            <translation>attendu %1, trouvé %2</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Historique de %1</source>
            <translation>Historique de %1</translation>
        </message>
        <message>
            <source>Historique</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Scénario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <source>Bloc</source>
            <translation>Bloc</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>État</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Tentatives</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <source>&amp;Voir les résultats</source>
            <translation>&amp;Voir les résultats</translation>
        </message>
        <message>
            <source>← &amp;Bibliothèque</source>
            <translation>← &amp;Bibliothèque</translation>
        </message>
        <message>
            <source>en cours</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>non communiquée</source>
            <translation>non communiquée</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Assemblage</source>
            <translation>Assemblage</translation>
        </message>
        <message>
            <source>Déploiement</source>
            <translation>Déploiement</translation>
        </message>
        <message>
            <source>Réseau</source>
            <translation>Réseau</translation>
        </message>
        <message>
            <source>Diagnostic</source>
            <translation>Diagnostic</translation>
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
            <translation>vérifiée sur le poste</translation>
        </message>
        <message>
            <source>évaluée par le formateur</source>
            <translation>évaluée par le formateur</translation>
        </message>
        <message>
            <source>rapport d'intervention</source>
            <translation>rapport d'intervention</translation>
        </message>
        <message>
            <source>devis</source>
            <translation>devis</translation>
        </message>
        <message>
            <source>facture</source>
            <translation>facture</translation>
        </message>
        <message>
            <source>questionnaire</source>
            <translation>questionnaire</translation>
        </message>
        <message>
            <source>réussi</source>
            <translation>réussi</translation>
        </message>
        <message>
            <source>échoué</source>
            <translation>échoué</translation>
        </message>
        <message>
            <source>erreur de lecture</source>
            <translation>erreur de lecture</translation>
        </message>
        <message>
            <source>non pris en charge</source>
            <translation>non pris en charge</translation>
        </message>
        <message>
            <source>pas encore vérifiée</source>
            <translation>pas encore vérifiée</translation>
        </message>
        <message>
            <source>état enregistré</source>
            <translation>état enregistré</translation>
        </message>
        <message>
            <source>notée par le formateur</source>
            <translation>notée par le formateur</translation>
        </message>
        <message>
            <source>enregistrée</source>
            <translation>enregistrée</translation>
        </message>
        <message>
            <source>à faire</source>
            <translation>à faire</translation>
        </message>
        <message>
            <source>Entraînement</source>
            <translation>Entraînement</translation>
        </message>
        <message>
            <source>Examen</source>
            <translation>Examen</translation>
        </message>
    </context>
    <context>
        <name>LibraryPage</name>
        <message>
            <source>Bibliothèque de scénarios</source>
            <translation>Bibliothèque de scénarios</translation>
        </message>
        <message>
            <source>Rechercher un scénario…</source>
            <translation>Rechercher un scénario…</translation>
        </message>
        <message>
            <source>Cherche dans le titre, l'identifiant, les compétences et la demande du client</source>
            <translation>Cherche dans le titre, l'identifiant, les compétences et la demande du client</translation>
        </message>
        <message>
            <source>Rechercher un scénario</source>
            <translation>Rechercher un scénario</translation>
        </message>
        <message>
            <source>Liste des scénarios</source>
            <translation>Liste des scénarios</translation>
        </message>
        <message>
            <source>&amp;Ouvrir le scénario</source>
            <translation>&amp;Ouvrir le scénario</translation>
        </message>
        <message>
            <source>Tous les blocs</source>
            <translation>Tous les blocs</translation>
        </message>
        <message>
            <source>Filtrer par bloc</source>
            <translation>Filtrer par bloc</translation>
        </message>
        <message>
            <source>Toutes les compétences</source>
            <translation>Toutes les compétences</translation>
        </message>
        <message>
            <source>Filtrer par compétence</source>
            <translation>Filtrer par compétence</translation>
        </message>
        <message>
            <source>Toutes les natures</source>
            <translation>Toutes les natures</translation>
        </message>
        <message>
            <source>Filtrer par nature d'épreuve</source>
            <translation>Filtrer par nature d'épreuve</translation>
        </message>
        <message>
            <source>niveau %1</source>
            <translation>niveau %1</translation>
        </message>
        <message>
            <source>Toutes difficultés</source>
            <translation>Toutes difficultés</translation>
        </message>
        <message>
            <source>Filtrer par difficulté</source>
            <translation>Filtrer par difficulté</translation>
        </message>
        <message>
            <source>Toutes plateformes</source>
            <translation>Toutes plateformes</translation>
        </message>
        <message>
            <source>Filtrer par plateforme</source>
            <translation>Filtrer par plateforme</translation>
        </message>
        <message>
            <source>Scénario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <source>Bloc</source>
            <translation>Bloc</translation>
        </message>
        <message>
            <source>Compétences</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Nature</translation>
        </message>
        <message>
            <source>Difficulté</source>
            <translation>Difficulté</translation>
        </message>
        <message>
            <source>Durée</source>
            <translation>Durée</translation>
        </message>
        <message>
            <source>Plateformes</source>
            <translation>Plateformes</translation>
        </message>
        <message>
            <source>Dernier résultat</source>
            <translation>Dernier résultat</translation>
        </message>
        <message>
            <source>remis — note non communiquée</source>
            <translation>remis — note non communiquée</translation>
        </message>
        <message>
            <source>en cours</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>jamais tenté</source>
            <translation>jamais tenté</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>difficulté %1 sur 3</source>
            <translation>difficulté %1 sur 3</translation>
        </message>
        <message>
            <source>Chargement des scénarios…</source>
            <translation>Chargement des scénarios…</translation>
        </message>
        <message numerus="yes">
            <source>%n scénario(s)</source>
            <translation>
                <numerusform>%n scénario</numerusform>
                <numerusform>%n scénarios</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 affiché(s) sur %2</source>
            <translation>%1 affiché(s) sur %2</translation>
        </message>
        <message numerus="yes">
            <source>%n fichier(s) de scénario illisible(s) : voir le détail</source>
            <translation>
                <numerusform>%n fichier de scénario illisible : voir le détail</numerusform>
                <numerusform>%n fichiers de scénario illisibles : voir le détail</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LoadErrorsDialog</name>
        <message>
            <source>Scénarios non chargés</source>
            <translation>Scénarios non chargés</translation>
        </message>
        <message>
            <source>Ces fichiers n'ont pas pu être chargés. Les autres scénarios restent disponibles. Transmettez ce détail au formateur :</source>
            <translation>Ces fichiers n'ont pas pu être chargés. Les autres scénarios restent disponibles. Transmettez ce détail au formateur :</translation>
        </message>
        <message>
            <source>Détail des erreurs</source>
            <translation>Détail des erreurs</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>AIMM Lab — entraînement AIMM (RNCP 24787)</source>
            <translation>AIMM Lab — entraînement AIMM (RNCP 24787)</translation>
        </message>
        <message>
            <source>&amp;Langue</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Travail en cours</source>
            <translation>Travail en cours</translation>
        </message>
        <message>
            <source>Travail en cours en arrière-plan</source>
            <translation>Travail en cours en arrière-plan</translation>
        </message>
        <message>
            <source>Stagiaire : %1</source>
            <translation>Stagiaire : %1</translation>
        </message>
        <message>
            <source>Aucun stagiaire choisi</source>
            <translation>Aucun stagiaire choisi</translation>
        </message>
        <message>
            <source>Chargement des scénarios…</source>
            <translation>Chargement des scénarios…</translation>
        </message>
        <message>
            <source>Les scénarios n'ont pas pu être chargés</source>
            <translation>Les scénarios n'ont pas pu être chargés</translation>
        </message>
        <message>
            <source>La base de données ne s'ouvre pas</source>
            <translation>La base de données ne s'ouvre pas</translation>
        </message>
        <message numerus="yes">
            <source>%n scénario(s) chargé(s).</source>
            <translation>
                <numerusform>%n scénario chargé.</numerusform>
                <numerusform>%n scénarios chargés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n fichier(s) de scénario illisible(s) : voir la bibliothèque.</source>
            <translation>
                <numerusform>%n fichier de scénario illisible : voir la bibliothèque.</numerusform>
                <numerusform>%n fichiers de scénario illisibles : voir la bibliothèque.</numerusform>
            </translation>
        </message>
        <message>
            <source>Temps écoulé pendant la fermeture</source>
            <translation>Temps écoulé pendant la fermeture</translation>
        </message>
        <message>
            <source>La tentative « %1 » de %2 a atteint sa fin de temps pendant que le programme était fermé : elle a été remise automatiquement avec le dernier état du poste.</source>
            <translation>La tentative « %1 » de %2 a atteint sa fin de temps pendant que le programme était fermé : elle a été remise automatiquement avec le dernier état du poste.</translation>
        </message>
        <message>
            <source>Temps restant : %1 (le temps a continué de s'écouler).</source>
            <translation>Temps restant : %1 (le temps a continué de s'écouler).</translation>
        </message>
        <message>
            <source>Entraînement sans limite de temps.</source>
            <translation>Entraînement sans limite de temps.</translation>
        </message>
        <message>
            <source>Une tentative est restée ouverte :

« %1 » — %2, mode %3.
%4

La reprendre maintenant ?</source>
            <translation>Une tentative est restée ouverte :

« %1 » — %2, mode %3.
%4

La reprendre maintenant ?</translation>
        </message>
        <message>
            <source>examen</source>
            <translation>examen</translation>
        </message>
        <message>
            <source>entraînement</source>
            <translation>entraînement</translation>
        </message>
        <message>
            <source>Reprendre la tentative</source>
            <translation>Reprendre la tentative</translation>
        </message>
        <message>
            <source>Reprendre</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Plus tard</source>
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Stagiaire non ajouté</source>
            <translation>Stagiaire non ajouté</translation>
        </message>
        <message>
            <source>Votre tentative reste ouverte : reprenez-la depuis le scénario.</source>
            <translation>Votre tentative reste ouverte : reprenez-la depuis le scénario.</translation>
        </message>
        <message>
            <source>Commencer l'examen</source>
            <translation>Commencer l'examen</translation>
        </message>
        <message>
            <source>L'examen dure %1 minutes. Le compte à rebours ne s'arrête pas, même si vous fermez le programme. Aucun résultat n'est affiché avant la remise.

Commencer maintenant ?</source>
            <translation>L'examen dure %1 minutes. Le compte à rebours ne s'arrête pas, même si vous fermez le programme. Aucun résultat n'est affiché avant la remise.

Commencer maintenant ?</translation>
        </message>
        <message>
            <source>Tentative déjà ouverte</source>
            <translation>Tentative déjà ouverte</translation>
        </message>
        <message>
            <source>Vous avez déjà une tentative ouverte à ce scénario (mode %1). La reprendre ?</source>
            <translation>Vous avez déjà une tentative ouverte à ce scénario (mode %1). La reprendre ?</translation>
        </message>
        <message>
            <source>Préparation de la tentative…</source>
            <translation>Préparation de la tentative…</translation>
        </message>
        <message>
            <source>La tentative n'a pas pu commencer</source>
            <translation>La tentative n'a pas pu commencer</translation>
        </message>
        <message>
            <source>Tentative en cours : bon travail !</source>
            <translation>Tentative en cours : bon travail !</translation>
        </message>
        <message>
            <source>Choisissez d'abord une tâche vérifiée sur le poste.</source>
            <translation>Choisissez d'abord une tâche vérifiée sur le poste.</translation>
        </message>
        <message>
            <source>Temps écoulé</source>
            <translation>Temps écoulé</translation>
        </message>
        <message>
            <source>Le temps est écoulé : votre tentative a été remise automatiquement, avec votre travail enregistré et un dernier relevé du poste.</source>
            <translation>Le temps est écoulé : votre tentative a été remise automatiquement, avec votre travail enregistré et un dernier relevé du poste.</translation>
        </message>
        <message>
            <source>Tentative remise.</source>
            <translation>Tentative remise.</translation>
        </message>
        <message>
            <source>Exporter le compte rendu en PDF</source>
            <translation>Exporter le compte rendu en PDF</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Export PDF impossible</source>
            <translation>Export PDF impossible</translation>
        </message>
        <message>
            <source>PDF enregistré : %1</source>
            <translation>PDF enregistré : %1</translation>
        </message>
        <message>
            <source>Raccourcis clavier</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>À propos d'AIMM Lab</source>
            <translation>À propos d'AIMM Lab</translation>
        </message>
        <message>
            <source>AIMM Lab : laboratoire d'entraînement et simulateur d'examen du titre professionnel AIMM (RNCP 24787).
Les vérifications lisent l'état réel du poste.</source>
            <translation>AIMM Lab : laboratoire d'entraînement et simulateur d'examen du titre professionnel AIMM (RNCP 24787).
Les vérifications lisent l'état réel du poste.</translation>
        </message>
        <message>
            <source>Fermer pendant l'examen ?</source>
            <translation>Fermer pendant l'examen ?</translation>
        </message>
        <message>
            <source>Le temps de l'examen continue de s'écouler pendant que le programme est fermé. Votre travail est enregistré ; à la réouverture, la tentative reprendra avec le temps qu'il reste.

Fermer quand même ?</source>
            <translation>Le temps de l'examen continue de s'écouler pendant que le programme est fermé. Votre travail est enregistré ; à la réouverture, la tentative reprendra avec le temps qu'il reste.

Fermer quand même ?</translation>
        </message>
        <message>
            <source>Fermer</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Continuer l'examen</source>
            <translation>Continuer l'examen</translation>
        </message>
        <message>
            <source>Code formateur</source>
            <translation>Code formateur</translation>
        </message>
        <message>
            <source>Fermer pendant un examen demande le code du formateur :</source>
            <translation>Fermer pendant un examen demande le code du formateur :</translation>
        </message>
        <message>
            <source>Code refusé</source>
            <translation>Code refusé</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>&amp;Fichier</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>É&amp;preuve</source>
            <translation>É&amp;preuve</translation>
        </message>
        <message>
            <source>&amp;Affichage</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>Aid&amp;e</source>
            <translation>Aid&amp;e</translation>
        </message>
    </context>
    <context>
        <name>ProgressChart</name>
        <message>
            <source>Progression par bloc</source>
            <translation>Progression par bloc</translation>
        </message>
        <message>
            <source>%1 : %2 tentative(s), dernière %3 %, meilleure %4 %</source>
            <translation>%1 : %2 tentative(s), dernière %3 %, meilleure %4 %</translation>
        </message>
        <message>
            <source>Aucune tentative terminée pour l'instant.</source>
            <translation>Aucune tentative terminée pour l'instant.</translation>
        </message>
        <message>
            <source>tentatives terminées, de la plus ancienne à la plus récente</source>
            <translation>tentatives terminées, de la plus ancienne à la plus récente</translation>
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
            <translation>Une seule réponse.</translation>
        </message>
        <message>
            <source>Plusieurs réponses possibles.</source>
            <translation>Plusieurs réponses possibles.</translation>
        </message>
        <message>
            <source>Remettez dans l'ordre : glisser-déposer, ou choisir une ligne puis Monter / Descendre.</source>
            <translation>Remettez dans l'ordre : glisser-déposer, ou choisir une ligne puis Monter / Descendre.</translation>
        </message>
        <message>
            <source>Associez chaque élément de gauche à un élément de la liste.</source>
            <translation>Associez chaque élément de gauche à un élément de la liste.</translation>
        </message>
        <message>
            <source>Éléments à ordonner</source>
            <translation>Éléments à ordonner</translation>
        </message>
        <message>
            <source>Monter</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Descendre</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>— choisir —</source>
            <translation>— choisir —</translation>
        </message>
    </context>
    <context>
        <name>ReportForm</name>
        <message>
            <source>Rapport d'intervention : les champs marqués * sont obligatoires. Il est enregistré automatiquement pendant que vous écrivez.</source>
            <translation>Rapport d'intervention : les champs marqués * sont obligatoires. Il est enregistré automatiquement pendant que vous écrivez.</translation>
        </message>
        <message>
            <source>jj/mm/aaaa hh:mm</source>
            <translation>jj/mm/aaaa hh:mm</translation>
        </message>
        <message>
            <source>ex. 45</source>
            <translation>ex. 45</translation>
        </message>
        <message>
            <source>Maintenant</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <source>Mettre l'heure actuelle dans « %1 »</source>
            <translation>Mettre l'heure actuelle dans « %1 »</translation>
        </message>
    </context>
    <context>
        <name>Results</name>
        <message>
            <source>temps écoulé : remise automatique</source>
            <translation>temps écoulé : remise automatique</translation>
        </message>
        <message>
            <source>Stagiaire : %1</source>
            <translation>Stagiaire : %1</translation>
        </message>
        <message>
            <source>Mode : %1</source>
            <translation>Mode : %1</translation>
        </message>
        <message>
            <source>Commencée le %1</source>
            <translation>Commencée le %1</translation>
        </message>
        <message>
            <source>Remise le %1</source>
            <translation>Remise le %1</translation>
        </message>
        <message>
            <source>État : %1</source>
            <translation>État : %1</translation>
        </message>
        <message>
            <source>tentative</source>
            <translation>tentative</translation>
        </message>
        <message>
            <source>Tentative d'examen remise. Les résultats vous seront communiqués par le formateur.</source>
            <translation>Tentative d'examen remise. Les résultats vous seront communiqués par le formateur.</translation>
        </message>
        <message>
            <source>Note : %1 / %2 (%3 %)</source>
            <translation>Note : %1 / %2 (%3 %)</translation>
        </message>
        <message>
            <source>Provisoire : des tâches attendent la note du formateur.</source>
            <translation>Provisoire : des tâches attendent la note du formateur.</translation>
        </message>
        <message>
            <source>Par tâche</source>
            <translation>Par tâche</translation>
        </message>
        <message>
            <source>Tâche</source>
            <translation>Tâche</translation>
        </message>
        <message>
            <source>Nature</source>
            <translation>Nature</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>État</source>
            <translation>État</translation>
        </message>
        <message>
            <source>indice : −%1 pt</source>
            <translation>indice : −%1 pt</translation>
        </message>
        <message>
            <source>Par compétence</source>
            <translation>Par compétence</translation>
        </message>
        <message>
            <source>Compétence</source>
            <translation>Compétence</translation>
        </message>
        <message>
            <source>Intitulé</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <source>Preuves et détail</source>
            <translation>Preuves et détail</translation>
        </message>
        <message>
            <source>Jamais vérifiée.</source>
            <translation>Jamais vérifiée.</translation>
        </message>
        <message>
            <source>à noter par le formateur</source>
            <translation>à noter par le formateur</translation>
        </message>
        <message>
            <source>Rien n'a été rempli.</source>
            <translation>Rien n'a été rempli.</translation>
        </message>
        <message>
            <source>Sans réponse.</source>
            <translation>Sans réponse.</translation>
        </message>
        <message>
            <source>Rapport d'intervention</source>
            <translation>Rapport d'intervention</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>E&amp;xporter en PDF…</source>
            <translation>E&amp;xporter en PDF…</translation>
        </message>
        <message>
            <source>&amp;Historique et progression</source>
            <translation>&amp;Historique et progression</translation>
        </message>
        <message>
            <source>← &amp;Bibliothèque</source>
            <translation>← &amp;Bibliothèque</translation>
        </message>
        <message>
            <source>Résultats de la tentative</source>
            <translation>Résultats de la tentative</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPage</name>
        <message>
            <source>à éviter : %1</source>
            <translation>à éviter : %1</translation>
        </message>
        <message>
            <source>La demande du client</source>
            <translation>La demande du client</translation>
        </message>
        <message>
            <source>Demande du client</source>
            <translation>Demande du client</translation>
        </message>
        <message>
            <source>Tâches et vérifications</source>
            <translation>Tâches et vérifications</translation>
        </message>
        <message>
            <source>Tâches et ce qui sera vérifié</source>
            <translation>Tâches et ce qui sera vérifié</translation>
        </message>
        <message>
            <source>← &amp;Bibliothèque</source>
            <translation>← &amp;Bibliothèque</translation>
        </message>
        <message>
            <source>Revenir à la liste des scénarios</source>
            <translation>Revenir à la liste des scénarios</translation>
        </message>
        <message>
            <source>Commencer l'&amp;entraînement</source>
            <translation>Commencer l'&amp;entraînement</translation>
        </message>
        <message>
            <source>Vérifications et indices disponibles pendant le travail</source>
            <translation>Vérifications et indices disponibles pendant le travail</translation>
        </message>
        <message>
            <source>&amp;Chronométrer l'entraînement</source>
            <translation>&amp;Chronométrer l'entraînement</translation>
        </message>
        <message>
            <source>Entraînement avec le compte à rebours de l'épreuve ; décochez pour travailler sans limite de temps</source>
            <translation>Entraînement avec le compte à rebours de l'épreuve ; décochez pour travailler sans limite de temps</translation>
        </message>
        <message>
            <source>Commencer en mode e&amp;xamen</source>
            <translation>Commencer en mode e&amp;xamen</translation>
        </message>
        <message>
            <source>Temps limité, aucun résultat affiché avant la remise</source>
            <translation>Temps limité, aucun résultat affiché avant la remise</translation>
        </message>
        <message>
            <source>Stagiaire : %1</source>
            <translation>Stagiaire : %1</translation>
        </message>
        <message>
            <source>Aucun stagiaire choisi : il vous sera demandé au démarrage.</source>
            <translation>Aucun stagiaire choisi : il vous sera demandé au démarrage.</translation>
        </message>
        <message>
            <source>Bloc %1</source>
            <translation>Bloc %1</translation>
        </message>
        <message>
            <source>difficulté %1</source>
            <translation>difficulté %1</translation>
        </message>
        <message>
            <source>durée %1 min</source>
            <translation>durée %1 min</translation>
        </message>
        <message>
            <source>**Durée : %1 minutes** — %2 points au total.</source>
            <translation>**Durée : %1 minutes** — %2 points au total.</translation>
        </message>
        <message>
            <source>Vérifié sur le poste :</source>
            <translation>Vérifié sur le poste :</translation>
        </message>
        <message>
            <source>Observé par le formateur :</source>
            <translation>Observé par le formateur :</translation>
        </message>
        <message>
            <source>Le rapport d'intervention (tous les champs obligatoires remplis).</source>
            <translation>Le rapport d'intervention (tous les champs obligatoires remplis).</translation>
        </message>
        <message>
            <source>Les lignes et les totaux HT, TVA et TTC du document.</source>
            <translation>Les lignes et les totaux HT, TVA et TTC du document.</translation>
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
            <translation>Indice disponible en entraînement (coût : %1 pt).</translation>
        </message>
    </context>
    <context>
        <name>TimerWindow</name>
        <message>
            <source>Minuteur — AIMM Lab</source>
            <translation>Minuteur — AIMM Lab</translation>
        </message>
        <message>
            <source>Minuteur</source>
            <translation>Minuteur</translation>
        </message>
    </context>
    <context>
        <name>TraineeDialog</name>
        <message>
            <source>Qui êtes-vous ?</source>
            <translation>Qui êtes-vous ?</translation>
        </message>
        <message>
            <source>Choisissez votre nom dans la liste, ou ajoutez-vous si c'est votre première fois sur ce poste.</source>
            <translation>Choisissez votre nom dans la liste, ou ajoutez-vous si c'est votre première fois sur ce poste.</translation>
        </message>
        <message>
            <source>Stagiaires connus</source>
            <translation>Stagiaires connus</translation>
        </message>
        <message>
            <source>&amp;Nouveau stagiaire (prénom et nom) :</source>
            <translation>&amp;Nouveau stagiaire (prénom et nom) :</translation>
        </message>
        <message>
            <source>ex. Camille Martin</source>
            <translation>ex. Camille Martin</translation>
        </message>
        <message>
            <source>Nom du nouveau stagiaire</source>
            <translation>Nom du nouveau stagiaire</translation>
        </message>
        <message>
            <source>&amp;Ajouter</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <source>Ce nom est trop long (80 caractères au plus).</source>
            <translation>Ce nom est trop long (80 caractères au plus).</translation>
        </message>
        <message>
            <source>%1 est déjà dans la liste : choisi.</source>
            <translation>%1 est déjà dans la liste : choisi.</translation>
        </message>
        <message>
            <source>Choisissez un nom, ou ajoutez-en un.</source>
            <translation>Choisissez un nom, ou ajoutez-en un.</translation>
        </message>
    </context>
</TS>
