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
            <source>&amp;Rejoindre une salle d'examen…</source>
            <translation>&amp;Rejoindre une salle d'examen…</translation>
        </message>
        <message>
            <source>Passer l'épreuve ouverte par le formateur sur son poste (salle d'examen)</source>
            <translation>Passer l'épreuve ouverte par le formateur sur son poste (salle d'examen)</translation>
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
            <source>&amp;Mode formateur…</source>
            <translation>&amp;Mode formateur…</translation>
        </message>
        <message>
            <source>Préparation du labo, examens blancs, notation, jury (code formateur)</source>
            <translation>Préparation du labo, examens blancs, notation, jury (code formateur)</translation>
        </message>
        <message>
            <source>Mettre la tentative en &amp;pause…</source>
            <translation>Mettre la tentative en &amp;pause…</translation>
        </message>
        <message>
            <source>Arrêter le compte à rebours de la tentative ouverte (code formateur)</source>
            <translation>Arrêter le compte à rebours de la tentative ouverte (code formateur)</translation>
        </message>
        <message>
            <source>&amp;Reprendre la tentative…</source>
            <translation>&amp;Reprendre la tentative…</translation>
        </message>
        <message>
            <source>Relancer le compte à rebours (code formateur)</source>
            <translation>Relancer le compte à rebours (code formateur)</translation>
        </message>
        <message>
            <source>&amp;Ajouter du temps…</source>
            <translation>&amp;Ajouter du temps…</translation>
        </message>
        <message>
            <source>Donner du temps supplémentaire à la tentative ouverte (code formateur)</source>
            <translation>Donner du temps supplémentaire à la tentative ouverte (code formateur)</translation>
        </message>
        <message>
            <source>Confirmer la pa&amp;nne en place…</source>
            <translation>Confirmer la pa&amp;nne en place…</translation>
        </message>
        <message>
            <source>La panne prévue est en place bien que la vérification de départ ne l'ait pas vue : les vérifications comptent (code formateur)</source>
            <translation>La panne prévue est en place bien que la vérification de départ ne l'ait pas vue : les vérifications comptent (code formateur)</translation>
        </message>
        <message>
            <source>&amp;Terminer la tentative…</source>
            <translation>&amp;Terminer la tentative…</translation>
        </message>
        <message>
            <source>Remettre la tentative ouverte à la place du stagiaire (code formateur)</source>
            <translation>Remettre la tentative ouverte à la place du stagiaire (code formateur)</translation>
        </message>
        <message>
            <source>&amp;Changer le code formateur…</source>
            <translation>&amp;Changer le code formateur…</translation>
        </message>
        <message>
            <source>Remplacer le code formateur de ce poste</source>
            <translation>Remplacer le code formateur de ce poste</translation>
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
        <name>AdmitDialog</name>
        <message>
            <source>Admettre le poste %1</source>
            <translation>Admettre le poste %1</translation>
        </message>
        <message>
            <source>Le poste %1 (PC « %2 ») a donné ce nom et ce numéro. Vérifiez que c'est bien la personne assise à ce PC et le numéro du poste dans la salle ; corrigez-les au besoin.</source>
            <translation>Le poste %1 (PC « %2 ») a donné ce nom et ce numéro. Vérifiez que c'est bien la personne assise à ce PC et le numéro du poste dans la salle ; corrigez-les au besoin.</translation>
        </message>
        <message>
            <source>Le poste n'a pas donné de numéro : celui proposé suit l'ordre d'arrivée.</source>
            <translation>Le poste n'a pas donné de numéro : celui proposé suit l'ordre d'arrivée.</translation>
        </message>
        <message>
            <source>Une fois admis, le poste peut commencer l'épreuve sous ce nom ; son numéro donne ses valeurs du labo (son adresse IP…).</source>
            <translation>Une fois admis, le poste peut commencer l'épreuve sous ce nom ; son numéro donne ses valeurs du labo (son adresse IP…).</translation>
        </message>
        <message>
            <source>Admettre</source>
            <translation>Admettre</translation>
        </message>
        <message>
            <source>&amp;Stagiaire :</source>
            <translation>&amp;Stagiaire :</translation>
        </message>
        <message>
            <source>&amp;Numéro du poste :</source>
            <translation>&amp;Numéro du poste :</translation>
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
        <message numerus="yes">
            <source>Plus que %n minute(s) ! La tentative sera remise automatiquement à la fin du temps.</source>
            <translation>
                <numerusform>Plus que %n minute ! La tentative sera remise automatiquement à la fin du temps.</numerusform>
                <numerusform>Plus que %n minutes ! La tentative sera remise automatiquement à la fin du temps.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Plus que %n minute(s) : pensez à enregistrer votre travail.</source>
            <translation>
                <numerusform>Plus que %n minute : pensez à enregistrer votre travail.</numerusform>
                <numerusform>Plus que %n minutes : pensez à enregistrer votre travail.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Vérification terminée : %n tâche(s) réussie(s) sur %1.</source>
            <translation>
                <numerusform>Vérification terminée : %n tâche réussie sur %1.</numerusform>
                <numerusform>Vérification terminée : %n tâches réussies sur %1.</numerusform>
            </translation>
        </message>
        <message>
            <source>Vérification enregistrée, mais elle ne compte pas : la panne prévue n'est pas en place sur ce poste.</source>
            <translation>Vérification enregistrée, mais elle ne compte pas : la panne prévue n'est pas en place sur ce poste.</translation>
        </message>
        <message>
            <source>État du poste enregistré.</source>
            <translation>État du poste enregistré.</translation>
        </message>
        <message>
            <source>La panne est en place : vos vérifications comptent désormais.</source>
            <translation>La panne est en place : vos vérifications comptent désormais.</translation>
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
        <name>BriefPanel</name>
        <message>
            <source>Demande du client</source>
            <translation>Demande du client</translation>
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
            <source>Détails techniques</source>
            <translation>Détails techniques</translation>
        </message>
        <message>
            <source>Montrer aussi le détail de chaque vérification (pour le formateur)</source>
            <translation>Montrer aussi le détail de chaque vérification (pour le formateur)</translation>
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
        <message>
            <source>Ne compte pas encore : la panne prévue n'est pas en place sur ce poste (appelez le formateur).</source>
            <translation>Ne compte pas encore : la panne prévue n'est pas en place sur ce poste (appelez le formateur).</translation>
        </message>
        <message>
            <source>« %1 » : jamais vérifiée ni enregistrée</source>
            <translation>« %1 » : jamais vérifiée ni enregistrée</translation>
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
            <source>ex. D-2026-0001</source>
            <translation>ex. D-2026-0001</translation>
        </message>
        <message>
            <source>Émetteur (vendeur) : nom, forme, capital, adresse, SIREN, RCS, n° TVA</source>
            <translation>Émetteur (vendeur) : nom, forme, capital, adresse, SIREN, RCS, n° TVA</translation>
        </message>
        <message>
            <source>Client : nom, adresse (et pour un professionnel : SIREN, n° TVA)</source>
            <translation>Client : nom, adresse (et pour un professionnel : SIREN, n° TVA)</translation>
        </message>
        <message>
            <source>Émetteur</source>
            <translation>Émetteur</translation>
        </message>
        <message>
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <source>Imprimer en P&amp;DF…</source>
            <translation>Imprimer en P&amp;DF…</translation>
        </message>
        <message>
            <source>Conditions appliquées</source>
            <translation>Conditions appliquées</translation>
        </message>
        <message>
            <source>Remise sur la main-d'œuvre (%) :</source>
            <translation>Remise sur la main-d'œuvre (%) :</translation>
        </message>
        <message>
            <source>Acompte à la commande (% du TTC) :</source>
            <translation>Acompte à la commande (% du TTC) :</translation>
        </message>
        <message>
            <source>Acompte déjà versé (€) :</source>
            <translation>Acompte déjà versé (€) :</translation>
        </message>
        <message>
            <source>ex. %1</source>
            <translation>ex. %1</translation>
        </message>
        <message>
            <source>Totaux (calculés par le logiciel)</source>
            <translation>Totaux (calculés par le logiciel)</translation>
        </message>
        <message>
            <source>Autres mentions ou remarques :</source>
            <translation>Autres mentions ou remarques :</translation>
        </message>
        <message>
            <source>Autres mentions ou remarques</source>
            <translation>Autres mentions ou remarques</translation>
        </message>
        <message>
            <source>Entreprise non assujettie à la TVA (franchise en base).</source>
            <translation>Entreprise non assujettie à la TVA (franchise en base).</translation>
        </message>
        <message>
            <source>Données de l'énoncé (à reporter sur le document) :</source>
            <translation>Données de l'énoncé (à reporter sur le document) :</translation>
        </message>
        <message>
            <source>Ligne %1 : %2</source>
            <translation>Ligne %1 : %2</translation>
        </message>
        <message>
            <source>%1 « %2 » : écrivez une date jj/mm/aaaa, par exemple %3.</source>
            <translation>%1 « %2 » : écrivez une date jj/mm/aaaa, par exemple %3.</translation>
        </message>
        <message>
            <source>Ces valeurs ne sont ni comptées ni enregistrées tant qu'elles ne sont pas corrigées ; le reste du document est enregistré.</source>
            <translation>Ces valeurs ne sont ni comptées ni enregistrées tant qu'elles ne sont pas corrigées ; le reste du document est enregistré.</translation>
        </message>
        <message numerus="yes">
            <source>« %1 » : %n valeur(s) refusée(s), ni comptée(s) ni enregistrée(s)</source>
            <translation>
                <numerusform>« %1 » : %n valeur refusée, ni comptée ni enregistrée</numerusform>
                <numerusform>« %1 » : %n valeurs refusées, ni comptées ni enregistrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>« %1 » : %n champ(s) vide(s) (%2)</source>
            <translation>
                <numerusform>« %1 » : %n champ vide (%2)</numerusform>
                <numerusform>« %1 » : %n champs vides (%2)</numerusform>
            </translation>
        </message>
        <message>
            <source>Imprimer le document en PDF</source>
            <translation>Imprimer le document en PDF</translation>
        </message>
        <message>
            <source>Documents PDF (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Impression impossible</source>
            <translation>Impression impossible</translation>
        </message>
        <message>
            <source>PDF enregistré : %1</source>
            <translation>PDF enregistré : %1</translation>
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
            <source>Mentions obligatoires</source>
            <translation>Mentions obligatoires</translation>
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
            <source>Main-d'œuvre, ligne %1</source>
            <translation>Main-d'œuvre, ligne %1</translation>
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
        <message>
            <source>« %1 » : pas commencée</source>
            <translation>« %1 » : pas commencée</translation>
        </message>
    </context>
    <context>
        <name>DropDialog</name>
        <message>
            <source>Retirer le poste %1</source>
            <translation>Retirer le poste %1</translation>
        </message>
        <message>
            <source>Retirer le poste %1 (PC « %2 », %3) de la salle :</source>
            <translation>Retirer le poste %1 (PC « %2 », %3) de la salle :</translation>
        </message>
        <message>
            <source>ce PC ne peut plus rien envoyer à la salle ; pour revenir, il devra la rejoindre avec un nouveau code d'appairage ;</source>
            <translation>ce PC ne peut plus rien envoyer à la salle ; pour revenir, il devra la rejoindre avec un nouveau code d'appairage ;</translation>
        </message>
        <message>
            <source>le poste disparaît de la liste des postes.</source>
            <translation>le poste disparaît de la liste des postes.</translation>
        </message>
        <message>
            <source>Rendre l'épreuve de la session à %1 (le poste a été pris sous son nom)</source>
            <translation>Rendre l'épreuve de la session à %1 (le poste a été pris sous son nom)</translation>
        </message>
        <message>
            <source>L'épreuve passée à ce poste ne compte plus pour %1 dans la session : il ou elle pourra la passer à un poste admis.</source>
            <translation>L'épreuve passée à ce poste ne compte plus pour %1 dans la session : il ou elle pourra la passer à un poste admis.</translation>
        </message>
        <message>
            <source>Continuer l'épreuve sur le poste :</source>
            <translation>Continuer l'épreuve sur le poste :</translation>
        </message>
        <message>
            <source>n° %1</source>
            <translation>n° %1</translation>
        </message>
        <message>
            <source>à admettre</source>
            <translation>à admettre</translation>
        </message>
        <message>
            <source>Aucun autre poste libre : faites d'abord rejoindre la salle au PC de remplacement (avec le code affiché), puis revenez ici.</source>
            <translation>Aucun autre poste libre : faites d'abord rejoindre la salle au PC de remplacement (avec le code affiché), puis revenez ici.</translation>
        </message>
        <message>
            <source>Retirer le poste</source>
            <translation>Retirer le poste</translation>
        </message>
        <message>
            <source>aucune épreuve n'a commencé à ce poste.</source>
            <translation>aucune épreuve n'a commencé à ce poste.</translation>
        </message>
        <message>
            <source>l'épreuve de %1 continue sur le poste choisi ci-dessous (un PC en panne) : même nom, même numéro, même temps restant ; le stagiaire s'y installe et la reprend.</source>
            <translation>l'épreuve de %1 continue sur le poste choisi ci-dessous (un PC en panne) : même nom, même numéro, même temps restant ; le stagiaire s'y installe et la reprend.</translation>
        </message>
        <message>
            <source>l'épreuve en cours de %1 se termine maintenant, remise par le formateur : ce que le poste a déjà envoyé compte.</source>
            <translation>l'épreuve en cours de %1 se termine maintenant, remise par le formateur : ce que le poste a déjà envoyé compte.</translation>
        </message>
        <message>
            <source>l'épreuve de %1, déjà finie, reste dans « Notation ».</source>
            <translation>l'épreuve de %1, déjà finie, reste dans « Notation ».</translation>
        </message>
        <message>
            <source>Elle ne compte plus pour %1 dans la session : il ou elle pourra la passer à un poste admis.</source>
            <translation>Elle ne compte plus pour %1 dans la session : il ou elle pourra la passer à un poste admis.</translation>
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
            <source>Détails techniques</source>
            <translation>Détails techniques</translation>
        </message>
        <message>
            <source>Pas encore vérifiée : utilisez « Vérifier ».</source>
            <translation>Pas encore vérifiée : utilisez « Vérifier ».</translation>
        </message>
        <message>
            <source>%1 — vérifications réussies : %3 sur %2</source>
            <translation>%1 — vérifications réussies : %3 sur %2</translation>
        </message>
        <message>
            <source>attendu %1, trouvé %2</source>
            <translation>attendu %1, trouvé %2</translation>
        </message>
    </context>
    <context>
        <name>ExamRoomPage</name>
        <message>
            <source>Poste</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>N°</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Nom du PC</source>
            <translation>Nom du PC</translation>
        </message>
        <message>
            <source>Stagiaire</source>
            <translation>Stagiaire</translation>
        </message>
        <message>
            <source>Connexion</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <source>Épreuve</source>
            <translation>Épreuve</translation>
        </message>
        <message>
            <source>Temps restant</source>
            <translation>Temps restant</translation>
        </message>
        <message>
            <source>Relevés</source>
            <translation>Relevés</translation>
        </message>
        <message>
            <source>Alertes</source>
            <translation>Alertes</translation>
        </message>
        <message>
            <source>alerte de la salle « %1 »</source>
            <translation>alerte de la salle « %1 »</translation>
        </message>
        <message>
            <source>La salle</source>
            <translation>La salle</translation>
        </message>
        <message>
            <source>&amp;Nom :</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>ex. Salle 12</source>
            <translation>ex. Salle 12</translation>
        </message>
        <message>
            <source>&amp;Port :</source>
            <translation>&amp;Port :</translation>
        </message>
        <message>
            <source>&amp;Ouvrir la salle</source>
            <translation>&amp;Ouvrir la salle</translation>
        </message>
        <message>
            <source>Ce poste sert la salle tant que le programme est ouvert</source>
            <translation>Ce poste sert la salle tant que le programme est ouvert</translation>
        </message>
        <message>
            <source>Fermer la &amp;salle…</source>
            <translation>Fermer la &amp;salle…</translation>
        </message>
        <message>
            <source>Code d'appairage</source>
            <translation>Code d'appairage</translation>
        </message>
        <message>
            <source>L'épreuve</source>
            <translation>L'épreuve</translation>
        </message>
        <message>
            <source>&amp;Durée (min) :</source>
            <translation>&amp;Durée (min) :</translation>
        </message>
        <message>
            <source>Ouvrir l'é&amp;preuve</source>
            <translation>Ouvrir l'é&amp;preuve</translation>
        </message>
        <message>
            <source>Les postes de la salle peuvent commencer cette épreuve</source>
            <translation>Les postes de la salle peuvent commencer cette épreuve</translation>
        </message>
        <message>
            <source>&amp;Fermer l'épreuve</source>
            <translation>&amp;Fermer l'épreuve</translation>
        </message>
        <message>
            <source>Plus aucun nouveau départ ; les épreuves commencées continuent</source>
            <translation>Plus aucun nouveau départ ; les épreuves commencées continuent</translation>
        </message>
        <message>
            <source>Postes de la salle</source>
            <translation>Postes de la salle</translation>
        </message>
        <message>
            <source>&amp;Pause…</source>
            <translation>&amp;Pause…</translation>
        </message>
        <message>
            <source>&amp;Reprendre…</source>
            <translation>&amp;Reprendre…</translation>
        </message>
        <message>
            <source>&amp;Ajouter du temps…</source>
            <translation>&amp;Ajouter du temps…</translation>
        </message>
        <message>
            <source>&amp;Terminer…</source>
            <translation>&amp;Terminer…</translation>
        </message>
        <message>
            <source>Ad&amp;mettre…</source>
            <translation>Ad&amp;mettre…</translation>
        </message>
        <message>
            <source>Vérifier le nom et le numéro que le poste a donnés, puis le laisser commencer l'épreuve</source>
            <translation>Vérifier le nom et le numéro que le poste a donnés, puis le laisser commencer l'épreuve</translation>
        </message>
        <message>
            <source>Admettre tous les postes en attente</source>
            <translation>Admettre tous les postes en attente</translation>
        </message>
        <message>
            <source>Chacun avec le nom et le numéro qu'il a donnés</source>
            <translation>Chacun avec le nom et le numéro qu'il a donnés</translation>
        </message>
        <message>
            <source>Le PC ne peut plus rien envoyer à la salle ; son épreuve en cours se termine ou continue sur un autre poste</source>
            <translation>Le PC ne peut plus rien envoyer à la salle ; son épreuve en cours se termine ou continue sur un autre poste</translation>
        </message>
        <message>
            <source>La salle ne s'ouvre pas</source>
            <translation>La salle ne s'ouvre pas</translation>
        </message>
        <message>
            <source>Fermer la salle</source>
            <translation>Fermer la salle</translation>
        </message>
        <message>
            <source>Les postes ne pourront plus joindre la salle : leur travail attendra sur chaque poste jusqu'à sa réouverture, le temps des épreuves continue. Fermer la salle ?</source>
            <translation>Les postes ne pourront plus joindre la salle : leur travail attendra sur chaque poste jusqu'à sa réouverture, le temps des épreuves continue. Fermer la salle ?</translation>
        </message>
        <message>
            <source>L'épreuve ne s'ouvre pas</source>
            <translation>L'épreuve ne s'ouvre pas</translation>
        </message>
        <message>
            <source>Adresse de la salle : %1</source>
            <translation>Adresse de la salle : %1</translation>
        </message>
        <message>
            <source>Sur chaque poste : Fichier &gt; Rejoindre une salle d'examen, puis cette adresse et ce code. Un code sert à un seul poste : le suivant s'affiche aussitôt.</source>
            <translation>Sur chaque poste : Fichier &gt; Rejoindre une salle d'examen, puis cette adresse et ce code. Un code sert à un seul poste : le suivant s'affiche aussitôt.</translation>
        </message>
        <message>
            <source>La salle n'est pas annoncée sur le réseau : tapez l'adresse sur les postes.</source>
            <translation>La salle n'est pas annoncée sur le réseau : tapez l'adresse sur les postes.</translation>
        </message>
        <message>
            <source>La salle est fermée : ouvrez-la pour que les postes la rejoignent.</source>
            <translation>La salle est fermée : ouvrez-la pour que les postes la rejoignent.</translation>
        </message>
        <message>
            <source>Ce poste sert la salle tant que le programme est ouvert. Les épreuves de la salle se notent ensuite dans « Notation ».</source>
            <translation>Ce poste sert la salle tant que le programme est ouvert. Les épreuves de la salle se notent ensuite dans « Notation ».</translation>
        </message>
        <message>
            <source>Épreuve ouverte : « %1 », %2 min (par %3). Les postes peuvent la commencer.</source>
            <translation>Épreuve ouverte : « %1 », %2 min (par %3). Les postes peuvent la commencer.</translation>
        </message>
        <message>
            <source>Aucune épreuve ouverte : les postes attendent.</source>
            <translation>Aucune épreuve ouverte : les postes attendent.</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s) d'appairage faux tapé(s) sur un poste.</source>
            <translation>
                <numerusform>%n code d'appairage faux tapé sur un poste.</numerusform>
                <numerusform>%n codes d'appairage faux tapés sur un poste.</numerusform>
            </translation>
        </message>
        <message>
            <source>Numéro donné par le poste : « Admettre… » pour le confirmer (une épreuve qui en dépend ne commence pas avant)</source>
            <translation>Numéro donné par le poste : « Admettre… » pour le confirmer (une épreuve qui en dépend ne commence pas avant)</translation>
        </message>
        <message>
            <source>Aucun poste admis.</source>
            <translation>Aucun poste admis.</translation>
        </message>
        <message numerus="yes">
            <source>Encore en attente : %n poste(s), à admettre un par un (« Admettre… ») après avoir vu qui est assis où.</source>
            <translation>
                <numerusform>Encore en attente : %n poste, à admettre un par un (« Admettre… ») après avoir vu qui est assis où.</numerusform>
                <numerusform>Encore en attente : %n postes, à admettre un par un (« Admettre… ») après avoir vu qui est assis où.</numerusform>
            </translation>
        </message>
        <message>
            <source>pas commencée</source>
            <translation>pas commencée</translation>
        </message>
        <message>
            <source>R&amp;etirer le poste…</source>
            <translation>R&amp;etirer le poste…</translation>
        </message>
        <message numerus="yes">
            <source>%n poste(s) à admettre : vérifiez le nom et le numéro donnés.</source>
            <translation>
                <numerusform>%n poste à admettre : vérifiez le nom et le numéro donnés.</numerusform>
                <numerusform>%n postes à admettre : vérifiez le nom et le numéro donnés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Un poste ne commence l'épreuve qu'une fois admis par le formateur.</source>
            <translation>Un poste ne commence l'épreuve qu'une fois admis par le formateur.</translation>
        </message>
        <message>
            <source>temps écoulé, dernier relevé attendu</source>
            <translation>temps écoulé, dernier relevé attendu</translation>
        </message>
        <message>
            <source>à admettre</source>
            <translation>à admettre</translation>
        </message>
        <message>
            <source>connecté</source>
            <translation>connecté</translation>
        </message>
        <message>
            <source>déconnecté</source>
            <translation>déconnecté</translation>
        </message>
        <message>
            <source>Donné par le poste, à vérifier : « Admettre… »</source>
            <translation>Donné par le poste, à vérifier : « Admettre… »</translation>
        </message>
        <message>
            <source>Aucun poste n'a encore rejoint la salle.</source>
            <translation>Aucun poste n'a encore rejoint la salle.</translation>
        </message>
        <message numerus="yes">
            <source>%n poste(s) dans la salle.</source>
            <translation>
                <numerusform>%n poste dans la salle.</numerusform>
                <numerusform>%n postes dans la salle.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mettre en pause l'épreuve de %1 demande le code du formateur.</source>
            <translation>Mettre en pause l'épreuve de %1 demande le code du formateur.</translation>
        </message>
        <message>
            <source>Reprendre l'épreuve de %1 demande le code du formateur.</source>
            <translation>Reprendre l'épreuve de %1 demande le code du formateur.</translation>
        </message>
        <message>
            <source>Ajouter du temps à %1 demande le code du formateur.</source>
            <translation>Ajouter du temps à %1 demande le code du formateur.</translation>
        </message>
        <message>
            <source>Terminer l'épreuve de %1 demande le code du formateur.</source>
            <translation>Terminer l'épreuve de %1 demande le code du formateur.</translation>
        </message>
        <message>
            <source>Ajouter du temps</source>
            <translation>Ajouter du temps</translation>
        </message>
        <message>
            <source>Minutes à ajouter pour %1 :</source>
            <translation>Minutes à ajouter pour %1 :</translation>
        </message>
        <message>
            <source>Terminer l'épreuve</source>
            <translation>Terminer l'épreuve</translation>
        </message>
        <message>
            <source>Terminer maintenant l'épreuve de %1 ? Le dernier relevé reçu du poste compte.</source>
            <translation>Terminer maintenant l'épreuve de %1 ? Le dernier relevé reçu du poste compte.</translation>
        </message>
        <message>
            <source>Terminer</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>Action refusée</source>
            <translation>Action refusée</translation>
        </message>
        <message>
            <source>Admettre le poste %1 demande le code du formateur.</source>
            <translation>Admettre le poste %1 demande le code du formateur.</translation>
        </message>
        <message>
            <source>Poste non admis</source>
            <translation>Poste non admis</translation>
        </message>
        <message>
            <source>%1 : %2</source>
            <translation>%1 : %2</translation>
        </message>
        <message>
            <source>Postes non admis</source>
            <translation>Postes non admis</translation>
        </message>
        <message numerus="yes">
            <source>%n poste(s) admis.</source>
            <translation>
                <numerusform>%n poste admis.</numerusform>
                <numerusform>%n postes admis.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Admettre %n poste(s) en attente demande le code du formateur.</source>
            <translation>
                <numerusform>Admettre %n poste en attente demande le code du formateur.</numerusform>
                <numerusform>Admettre %n postes en attente demande le code du formateur.</numerusform>
            </translation>
        </message>
        <message>
            <source>Poste retiré</source>
            <translation>Poste retiré</translation>
        </message>
        <message>
            <source>Poste %1 retiré. L'épreuve de %2 continue sur le poste %3 : même nom, même temps restant ; le stagiaire la reprend sur ce PC.</source>
            <translation>Poste %1 retiré. L'épreuve de %2 continue sur le poste %3 : même nom, même temps restant ; le stagiaire la reprend sur ce PC.</translation>
        </message>
        <message>
            <source>Poste %1 retiré. L'épreuve de la session est rendue à %2 : il ou elle peut la passer à un poste admis.</source>
            <translation>Poste %1 retiré. L'épreuve de la session est rendue à %2 : il ou elle peut la passer à un poste admis.</translation>
        </message>
        <message>
            <source>Retirer le poste %1 demande le code du formateur.</source>
            <translation>Retirer le poste %1 demande le code du formateur.</translation>
        </message>
        <message>
            <source>Le poste n'est pas retiré</source>
            <translation>Le poste n'est pas retiré</translation>
        </message>
    </context>
    <context>
        <name>FaultNotice</name>
        <message>
            <source>La panne prévue n'est pas en place sur ce poste : appelez le formateur. Vos vérifications ne comptent pas tant qu'il ne l'a pas mise en place ou confirmée.</source>
            <translation>La panne prévue n'est pas en place sur ce poste : appelez le formateur. Vos vérifications ne comptent pas tant qu'il ne l'a pas mise en place ou confirmée.</translation>
        </message>
        <message>
            <source>Confirmer la &amp;panne (formateur)…</source>
            <translation>Confirmer la &amp;panne (formateur)…</translation>
        </message>
        <message>
            <source>Le formateur confirme que la panne est en place : les vérifications comptent (code formateur)</source>
            <translation>Le formateur confirme que la panne est en place : les vérifications comptent (code formateur)</translation>
        </message>
    </context>
    <context>
        <name>GradebookPage</name>
        <message>
            <source>Stagiaires</source>
            <translation>Stagiaires</translation>
        </message>
        <message>
            <source>Stagiaires du carnet de notes</source>
            <translation>Stagiaires du carnet de notes</translation>
        </message>
        <message>
            <source>Note sur 20 : %1</source>
            <translation>Note sur 20 : %1</translation>
        </message>
        <message>
            <source>Note sur 20 : entretien avec le jury</source>
            <translation>Note sur 20 : entretien avec le jury</translation>
        </message>
        <message>
            <source>Blocs de compétences</source>
            <translation>Blocs de compétences</translation>
        </message>
        <message>
            <source>Grille du jury</source>
            <translation>Grille du jury</translation>
        </message>
        <message>
            <source>Épreuve finale</source>
            <translation>Épreuve finale</translation>
        </message>
        <message>
            <source>Lignes de compétence</source>
            <translation>Lignes de compétence</translation>
        </message>
        <message>
            <source>&amp;Tentative retenue par bloc :</source>
            <translation>&amp;Tentative retenue par bloc :</translation>
        </message>
        <message>
            <source>Exporter le carnet (&amp;CSV)…</source>
            <translation>Exporter le carnet (&amp;CSV)…</translation>
        </message>
        <message>
            <source>Grilles du jury de &amp;tous (PDF)…</source>
            <translation>Grilles du jury de &amp;tous (PDF)…</translation>
        </message>
        <message>
            <source>Bloc</source>
            <translation>Bloc</translation>
        </message>
        <message>
            <source>Note / 20</source>
            <translation>Note / 20</translation>
        </message>
        <message>
            <source>Notées</source>
            <translation>Notées</translation>
        </message>
        <message>
            <source>À noter</source>
            <translation>À noter</translation>
        </message>
        <message>
            <source>Validé le</source>
            <translation>Validé le</translation>
        </message>
        <message>
            <source>Valable jusqu'au</source>
            <translation>Valable jusqu'au</translation>
        </message>
        <message>
            <source>Grille du jury (pondération du titre)</source>
            <translation>Grille du jury (pondération du titre)</translation>
        </message>
        <message>
            <source>Composante</source>
            <translation>Composante</translation>
        </message>
        <message>
            <source>Pondération</source>
            <translation>Pondération</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Origine</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>Poids</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>&amp;Enregistrer les notes saisies</source>
            <translation>&amp;Enregistrer les notes saisies</translation>
        </message>
        <message>
            <source>Grille du jury en &amp;PDF…</source>
            <translation>Grille du jury en &amp;PDF…</translation>
        </message>
        <message>
            <source>Lignes de compétence (épreuves en mode examen)</source>
            <translation>Lignes de compétence (épreuves en mode examen)</translation>
        </message>
        <message>
            <source>Ligne</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Intitulé</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <source>Réussite</source>
            <translation>Réussite</translation>
        </message>
        <message>
            <source>Détail par scénario</source>
            <translation>Détail par scénario</translation>
        </message>
        <message>
            <source>Scénario</source>
            <translation>Scénario</translation>
        </message>
        <message>
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <source>Tentatives</source>
            <translation>Tentatives</translation>
        </message>
        <message>
            <source>Progression</source>
            <translation>Progression</translation>
        </message>
        <message>
            <source>Chaque tentative terminée et notée (examen et entraînement), en pourcentage des points, par bloc.</source>
            <translation>Chaque tentative terminée et notée (examen et entraînement), en pourcentage des points, par bloc.</translation>
        </message>
        <message>
            <source>Note sur 20 (ex. 12,5) ; vide : pas encore de note</source>
            <translation>Note sur 20 (ex. 12,5) ; vide : pas encore de note</translation>
        </message>
        <message>
            <source>Note de l'entretien avec le jury, sur 20</source>
            <translation>Note de l'entretien avec le jury, sur 20</translation>
        </message>
        <message>
            <source>Aucun stagiaire pour l'instant. Les résultats apparaissent ici dès qu'une tentative est terminée ou importée.</source>
            <translation>Aucun stagiaire pour l'instant. Les résultats apparaissent ici dès qu'une tentative est terminée ou importée.</translation>
        </message>
        <message>
            <source>%1 — carnet de notes</source>
            <translation>%1 — carnet de notes</translation>
        </message>
        <message>
            <source>(expiré)</source>
            <translation>(expiré)</translation>
        </message>
        <message>
            <source>non validé</source>
            <translation>non validé</translation>
        </message>
        <message>
            <source>saisie ici</source>
            <translation>saisie ici</translation>
        </message>
        <message>
            <source>calculée</source>
            <translation>calculée</translation>
        </message>
        <message>
            <source>Note de l'épreuve finale</source>
            <translation>Note de l'épreuve finale</translation>
        </message>
        <message>
            <source>D'après : %1.</source>
            <translation>D'après : %1.</translation>
        </message>
        <message>
            <source>La note d'entretien se saisit avec une session d'examen blanc.</source>
            <translation>La note d'entretien se saisit avec une session d'examen blanc.</translation>
        </message>
        <message>
            <source>Aucune épreuve en mode examen notée.</source>
            <translation>Aucune épreuve en mode examen notée.</translation>
        </message>
        <message>
            <source>Aucune tentative terminée.</source>
            <translation>Aucune tentative terminée.</translation>
        </message>
        <message>
            <source>(%1 à noter)</source>
            <translation>(%1 à noter)</translation>
        </message>
        <message>
            <source>favorable</source>
            <translation>favorable</translation>
        </message>
        <message>
            <source>défavorable</source>
            <translation>défavorable</translation>
        </message>
        <message>
            <source>Résultat pondéré : incomplet</source>
            <translation>Résultat pondéré : incomplet</translation>
        </message>
        <message>
            <source>manque : %1</source>
            <translation>manque : %1</translation>
        </message>
        <message>
            <source>Notes modifiées : pensez à les enregistrer.</source>
            <translation>Notes modifiées : pensez à les enregistrer.</translation>
        </message>
        <message>
            <source>Notes enregistrées.</source>
            <translation>Notes enregistrées.</translation>
        </message>
        <message>
            <source>Notes non enregistrées</source>
            <translation>Notes non enregistrées</translation>
        </message>
        <message>
            <source>Exporter le carnet de notes</source>
            <translation>Exporter le carnet de notes</translation>
        </message>
        <message>
            <source>Fichiers CSV (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Carnet exporté : %1 (%2 ligne(s)).</source>
            <translation>Carnet exporté : %1 (%2 ligne(s)).</translation>
        </message>
        <message>
            <source>Export CSV impossible</source>
            <translation>Export CSV impossible</translation>
        </message>
        <message>
            <source>Grille du jury en PDF</source>
            <translation>Grille du jury en PDF</translation>
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
    </context>
    <context>
        <name>GradingPage</name>
        <message>
            <source>À traiter : à noter ou à communiquer</source>
            <translation>À traiter : à noter ou à communiquer</translation>
        </message>
        <message>
            <source>À noter (grille incomplète)</source>
            <translation>À noter (grille incomplète)</translation>
        </message>
        <message>
            <source>À communiquer au stagiaire</source>
            <translation>À communiquer au stagiaire</translation>
        </message>
        <message>
            <source>Toutes les tentatives terminées</source>
            <translation>Toutes les tentatives terminées</translation>
        </message>
        <message>
            <source>&amp;File :</source>
            <translation>&amp;File :</translation>
        </message>
        <message>
            <source>Stagiaire</source>
            <translation>Stagiaire</translation>
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
            <source>Remise</source>
            <translation>Remise</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Tentatives à noter</source>
            <translation>Tentatives à noter</translation>
        </message>
        <message>
            <source>Grille : points et commentaire par item</source>
            <translation>Grille : points et commentaire par item</translation>
        </message>
        <message>
            <source>&amp;Enregistrer les notes</source>
            <translation>&amp;Enregistrer les notes</translation>
        </message>
        <message>
            <source>&amp;Communiquer les résultats</source>
            <translation>&amp;Communiquer les résultats</translation>
        </message>
        <message>
            <source>Le stagiaire pourra voir sa note et le détail de sa tentative</source>
            <translation>Le stagiaire pourra voir sa note et le détail de sa tentative</translation>
        </message>
        <message>
            <source>Confirmer la &amp;panne…</source>
            <translation>Confirmer la &amp;panne…</translation>
        </message>
        <message>
            <source>La panne prévue était en place bien qu'aucune vérification ne l'ait vue : les vérifications de la tentative comptent</source>
            <translation>La panne prévue était en place bien qu'aucune vérification ne l'ait vue : les vérifications de la tentative comptent</translation>
        </message>
        <message>
            <source>&amp;PDF de la tentative…</source>
            <translation>&amp;PDF de la tentative…</translation>
        </message>
        <message>
            <source>Tentative à noter : preuves, rapport, documents</source>
            <translation>Tentative à noter : preuves, rapport, documents</translation>
        </message>
        <message>
            <source>à noter</source>
            <translation>à noter</translation>
        </message>
        <message>
            <source>Rien à traiter : tout est noté et communiqué.</source>
            <translation>Rien à traiter : tout est noté et communiqué.</translation>
        </message>
        <message>
            <source>Rien à noter : toutes les grilles sont complètes.</source>
            <translation>Rien à noter : toutes les grilles sont complètes.</translation>
        </message>
        <message>
            <source>Aucun résultat d'examen en attente de communication.</source>
            <translation>Aucun résultat d'examen en attente de communication.</translation>
        </message>
        <message>
            <source>Aucune tentative terminée pour l'instant.</source>
            <translation>Aucune tentative terminée pour l'instant.</translation>
        </message>
        <message>
            <source>Choisissez une tentative dans la file.</source>
            <translation>Choisissez une tentative dans la file.</translation>
        </message>
        <message>
            <source>Notes enregistrées.</source>
            <translation>Notes enregistrées.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) reste(nt) à noter.</source>
            <translation>
                <numerusform>%n item reste(nt) à noter.</numerusform>
                <numerusform>%n items reste(nt) à noter.</numerusform>
            </translation>
        </message>
        <message>
            <source>Notes non enregistrées</source>
            <translation>Notes non enregistrées</translation>
        </message>
        <message>
            <source>Confirmer la panne</source>
            <translation>Confirmer la panne</translation>
        </message>
        <message>
            <source>Vous confirmez que la panne prévue était en place pour %1 : toutes ses vérifications compteront.

Votre nom (formateur) :</source>
            <translation>Vous confirmez que la panne prévue était en place pour %1 : toutes ses vérifications compteront.

Votre nom (formateur) :</translation>
        </message>
        <message>
            <source>Panne confirmée par %1 : les vérifications comptent.</source>
            <translation>Panne confirmée par %1 : les vérifications comptent.</translation>
        </message>
        <message>
            <source>Panne non confirmée</source>
            <translation>Panne non confirmée</translation>
        </message>
        <message>
            <source>Communiquer à %1 les résultats de « %2 » ? La note et le détail de la tentative lui deviendront visibles.</source>
            <translation>Communiquer à %1 les résultats de « %2 » ? La note et le détail de la tentative lui deviendront visibles.</translation>
        </message>
        <message numerus="yes">
            <source>Attention : %n item(s) de la grille ne sont pas notés ; la note est provisoire.</source>
            <translation>
                <numerusform>Attention : %n item de la grille ne sont pas notés ; la note est provisoire.</numerusform>
                <numerusform>Attention : %n items de la grille ne sont pas notés ; la note est provisoire.</numerusform>
            </translation>
        </message>
        <message>
            <source>Communiquer les résultats</source>
            <translation>Communiquer les résultats</translation>
        </message>
        <message>
            <source>Communiquer</source>
            <translation>Communiquer</translation>
        </message>
        <message>
            <source>Résultats communiqués à %1.</source>
            <translation>Résultats communiqués à %1.</translation>
        </message>
        <message>
            <source>Résultats non communiqués</source>
            <translation>Résultats non communiqués</translation>
        </message>
        <message>
            <source>PDF de la tentative</source>
            <translation>PDF de la tentative</translation>
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
        <name>ImportsPage</name>
        <message>
            <source>Secret du formateur</source>
            <translation>Secret du formateur</translation>
        </message>
        <message>
            <source>le même secret sur chaque poste du labo (8 caractères au moins)</source>
            <translation>le même secret sur chaque poste du labo (8 caractères au moins)</translation>
        </message>
        <message>
            <source>&amp;Enregistrer sur ce poste</source>
            <translation>&amp;Enregistrer sur ce poste</translation>
        </message>
        <message>
            <source>Importer les résultats des autres postes</source>
            <translation>Importer les résultats des autres postes</translation>
        </message>
        <message>
            <source>Choisissez les lots de résultats (fichiers aimm-lab-resultats-….json), ou un dossier entier, par exemple le partage réseau où chaque poste dépose le sien. Importer deux fois le même lot ne change rien ; un lot modifié est refusé.</source>
            <translation>Choisissez les lots de résultats (fichiers aimm-lab-resultats-….json), ou un dossier entier, par exemple le partage réseau où chaque poste dépose le sien. Importer deux fois le même lot ne change rien ; un lot modifié est refusé.</translation>
        </message>
        <message>
            <source>Importer des &amp;fichiers…</source>
            <translation>Importer des &amp;fichiers…</translation>
        </message>
        <message>
            <source>Importer un &amp;dossier…</source>
            <translation>Importer un &amp;dossier…</translation>
        </message>
        <message>
            <source>Fichier</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Résultat</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>Résultat de l'import, fichier par fichier</source>
            <translation>Résultat de l'import, fichier par fichier</translation>
        </message>
        <message>
            <source>Envoyer les résultats de ce poste</source>
            <translation>Envoyer les résultats de ce poste</translation>
        </message>
        <message>
            <source>Sur un poste du labo : écrit un lot signé de toutes les tentatives de ce poste, à déposer dans le dossier partagé ou sur une clé USB.</source>
            <translation>Sur un poste du labo : écrit un lot signé de toutes les tentatives de ce poste, à déposer dans le dossier partagé ou sur une clé USB.</translation>
        </message>
        <message>
            <source>E&amp;xporter les résultats de ce poste…</source>
            <translation>E&amp;xporter les résultats de ce poste…</translation>
        </message>
        <message>
            <source>Secret enregistré (empreinte %1). Les lots signés avec un autre secret sont refusés.</source>
            <translation>Secret enregistré (empreinte %1). Les lots signés avec un autre secret sont refusés.</translation>
        </message>
        <message>
            <source>Secret non enregistré</source>
            <translation>Secret non enregistré</translation>
        </message>
        <message>
            <source>Lots de résultats à importer</source>
            <translation>Lots de résultats à importer</translation>
        </message>
        <message>
            <source>Lots de résultats (*.json)</source>
            <translation>Lots de résultats (*.json)</translation>
        </message>
        <message>
            <source>Dossier des lots de résultats</source>
            <translation>Dossier des lots de résultats</translation>
        </message>
        <message>
            <source>Import en cours…</source>
            <translation>Import en cours…</translation>
        </message>
        <message>
            <source>Aucun lot de résultats trouvé à cet endroit.</source>
            <translation>Aucun lot de résultats trouvé à cet endroit.</translation>
        </message>
        <message>
            <source>Dossier où déposer le lot</source>
            <translation>Dossier où déposer le lot</translation>
        </message>
        <message>
            <source>Aucune tentative à exporter.</source>
            <translation>Aucune tentative à exporter.</translation>
        </message>
        <message>
            <source>%1 tentative(s) exportée(s) dans %2</source>
            <translation>%1 tentative(s) exportée(s) dans %2</translation>
        </message>
        <message>
            <source>Export impossible</source>
            <translation>Export impossible</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <source>Rejoindre une salle d'examen</source>
            <translation>Rejoindre une salle d'examen</translation>
        </message>
        <message>
            <source>Le formateur affiche sur son écran l'adresse de la salle et un code d'appairage. Choisissez la salle trouvée sur le réseau ou tapez son adresse, puis le code et votre nom.</source>
            <translation>Le formateur affiche sur son écran l'adresse de la salle et un code d'appairage. Choisissez la salle trouvée sur le réseau ou tapez son adresse, puis le code et votre nom.</translation>
        </message>
        <message>
            <source>&amp;Chercher les salles</source>
            <translation>&amp;Chercher les salles</translation>
        </message>
        <message>
            <source>Salles sur le réseau : cliquez sur « Chercher les salles ».</source>
            <translation>Salles sur le réseau : cliquez sur « Chercher les salles ».</translation>
        </message>
        <message>
            <source>&amp;Adresse de la salle :</source>
            <translation>&amp;Adresse de la salle :</translation>
        </message>
        <message>
            <source>&amp;Code d'appairage :</source>
            <translation>&amp;Code d'appairage :</translation>
        </message>
        <message>
            <source>&amp;Votre nom :</source>
            <translation>&amp;Votre nom :</translation>
        </message>
        <message>
            <source>&amp;Rejoindre</source>
            <translation>&amp;Rejoindre</translation>
        </message>
        <message>
            <source>ex. %1</source>
            <translation>ex. %1</translation>
        </message>
        <message>
            <source>8 caractères, ex. %1</source>
            <translation>8 caractères, ex. %1</translation>
        </message>
        <message>
            <source>Salles trouvées sur le réseau</source>
            <translation>Salles trouvées sur le réseau</translation>
        </message>
        <message>
            <source>Recherche des salles sur le réseau…</source>
            <translation>Recherche des salles sur le réseau…</translation>
        </message>
        <message numerus="yes">
            <source>%n salle(s) trouvée(s).</source>
            <translation>
                <numerusform>%n salle trouvée.</numerusform>
                <numerusform>%n salles trouvées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Aucune salle entendue sur le réseau : tapez l'adresse affichée sur l'écran du formateur.</source>
            <translation>Aucune salle entendue sur le réseau : tapez l'adresse affichée sur l'écran du formateur.</translation>
        </message>
        <message>
            <source>La recherche sur le réseau n'a pas pu se faire : tapez l'adresse affichée sur l'écran du formateur.</source>
            <translation>La recherche sur le réseau n'a pas pu se faire : tapez l'adresse affichée sur l'écran du formateur.</translation>
        </message>
        <message>
            <source>Connexion à la salle…</source>
            <translation>Connexion à la salle…</translation>
        </message>
    </context>
    <context>
        <name>JuryGrid</name>
        <message>
            <source>Titre professionnel AIMM (RNCP 24787), parcours de formation — examen blanc.</source>
            <translation>Titre professionnel AIMM (RNCP 24787), parcours de formation — examen blanc.</translation>
        </message>
        <message>
            <source>Établie le %1.</source>
            <translation>Établie le %1.</translation>
        </message>
        <message>
            <source>Résultat pondéré</source>
            <translation>Résultat pondéré</translation>
        </message>
        <message>
            <source>Composante</source>
            <translation>Composante</translation>
        </message>
        <message>
            <source>Pondération</source>
            <translation>Pondération</translation>
        </message>
        <message>
            <source>Note / 20</source>
            <translation>Note / 20</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Origine</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>saisie par le formateur</source>
            <translation>saisie par le formateur</translation>
        </message>
        <message>
            <source>calculée par AIMM Lab</source>
            <translation>calculée par AIMM Lab</translation>
        </message>
        <message>
            <source>favorable</source>
            <translation>favorable</translation>
        </message>
        <message>
            <source>défavorable</source>
            <translation>défavorable</translation>
        </message>
        <message>
            <source>incomplet — manque : %1</source>
            <translation>incomplet — manque : %1</translation>
        </message>
        <message>
            <source>Épreuve finale</source>
            <translation>Épreuve finale</translation>
        </message>
        <message>
            <source>D'après : %1</source>
            <translation>D'après : %1</translation>
        </message>
        <message>
            <source>Épreuve</source>
            <translation>Épreuve</translation>
        </message>
        <message>
            <source>Poids</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>Blocs de compétences</source>
            <translation>Blocs de compétences</translation>
        </message>
        <message>
            <source>Bloc</source>
            <translation>Bloc</translation>
        </message>
        <message>
            <source>Épreuves notées</source>
            <translation>Épreuves notées</translation>
        </message>
        <message>
            <source>Validé le</source>
            <translation>Validé le</translation>
        </message>
        <message>
            <source>Valable jusqu’au</source>
            <translation>Valable jusqu’au</translation>
        </message>
        <message>
            <source>expiré</source>
            <translation>expiré</translation>
        </message>
        <message>
            <source>Lignes de compétence</source>
            <translation>Lignes de compétence</translation>
        </message>
        <message>
            <source>Ligne</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Intitulé</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <source>Réussite</source>
            <translation>Réussite</translation>
        </message>
        <message>
            <source>Signatures du jury</source>
            <translation>Signatures du jury</translation>
        </message>
        <message>
            <source>Grille du jury</source>
            <translation>Grille du jury</translation>
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
            <source>Rejoindre une &amp;salle…</source>
            <translation>Rejoindre une &amp;salle…</translation>
        </message>
        <message>
            <source>Passer l'épreuve que le formateur ouvre dans la salle d'examen</source>
            <translation>Passer l'épreuve que le formateur ouvre dans la salle d'examen</translation>
        </message>
        <message>
            <source>Aucun scénario ne correspond à la recherche et aux filtres choisis.</source>
            <translation>Aucun scénario ne correspond à la recherche et aux filtres choisis.</translation>
        </message>
        <message>
            <source>&amp;Tout afficher</source>
            <translation>&amp;Tout afficher</translation>
        </message>
        <message>
            <source>Effacer la recherche et les filtres</source>
            <translation>Effacer la recherche et les filtres</translation>
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
            <source>Prêt ici</source>
            <translation>Prêt ici</translation>
        </message>
        <message>
            <source>Vérification du poste en cours</source>
            <translation>Vérification du poste en cours</translation>
        </message>
        <message>
            <source>✓ oui</source>
            <translation>✓ oui</translation>
        </message>
        <message>
            <source>Ce scénario peut commencer sur ce poste.</source>
            <translation>Ce scénario peut commencer sur ce poste.</translation>
        </message>
        <message>
            <source>⚠ non</source>
            <translation>⚠ non</translation>
        </message>
        <message>
            <source>Ne peut pas commencer sur ce poste :</source>
            <translation>Ne peut pas commencer sur ce poste :</translation>
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
            <source>Examen — %1</source>
            <translation>Examen — %1</translation>
        </message>
        <message>
            <source>Entraînement — %1</source>
            <translation>Entraînement — %1</translation>
        </message>
        <message>
            <source>Laboratoire du titre professionnel (RNCP 24787)</source>
            <translation>Laboratoire du titre professionnel (RNCP 24787)</translation>
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
            <source>Examen en cours repris</source>
            <translation>Examen en cours repris</translation>
        </message>
        <message>
            <source>L'examen « %1 » de %2 est resté ouvert : il reprend, rien d'autre ne peut se faire sur ce poste avant sa remise.
%3</source>
            <translation>L'examen « %1 » de %2 est resté ouvert : il reprend, rien d'autre ne peut se faire sur ce poste avant sa remise.
%3</translation>
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
            <source>Votre examen continue : « Revenir à l'examen » en haut de la fenêtre.</source>
            <translation>Votre examen continue : « Revenir à l'examen » en haut de la fenêtre.</translation>
        </message>
        <message>
            <source>Votre tentative reste ouverte : reprenez-la depuis le scénario.</source>
            <translation>Votre tentative reste ouverte : reprenez-la depuis le scénario.</translation>
        </message>
        <message>
            <source>Impossible de commencer</source>
            <translation>Impossible de commencer</translation>
        </message>
        <message>
            <source>Ce poste passe l'épreuve de la salle d'examen : aucun entraînement ni examen local avant sa remise. Revenez à l'épreuve par Fichier &gt; Rejoindre une salle d'examen.</source>
            <translation>Ce poste passe l'épreuve de la salle d'examen : aucun entraînement ni examen local avant sa remise. Revenez à l'épreuve par Fichier &gt; Rejoindre une salle d'examen.</translation>
        </message>
        <message>
            <source>en pause par le formateur</source>
            <translation>en pause par le formateur</translation>
        </message>
        <message>
            <source>il reste %1</source>
            <translation>il reste %1</translation>
        </message>
        <message>
            <source>sans limite de temps</source>
            <translation>sans limite de temps</translation>
        </message>
        <message>
            <source>Vous avez déjà une tentative ouverte à ce scénario (mode %1, %2) : c'est elle qui compte, avec sa propre durée. La reprendre ?</source>
            <translation>Vous avez déjà une tentative ouverte à ce scénario (mode %1, %2) : c'est elle qui compte, avec sa propre durée. La reprendre ?</translation>
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
            <source>Préparation de la tentative…</source>
            <translation>Préparation de la tentative…</translation>
        </message>
        <message>
            <source>La tentative n'a pas pu commencer</source>
            <translation>La tentative n'a pas pu commencer</translation>
        </message>
        <message>
            <source>Épreuve de la salle d'examen en cours — « %1 ». Aucune autre tentative avant la remise.</source>
            <translation>Épreuve de la salle d'examen en cours — « %1 ». Aucune autre tentative avant la remise.</translation>
        </message>
        <message>
            <source>&amp;Revenir à l'épreuve</source>
            <translation>&amp;Revenir à l'épreuve</translation>
        </message>
        <message>
            <source>Examen en cours — %1 — « %2 ». Aucune autre tentative avant la remise.</source>
            <translation>Examen en cours — %1 — « %2 ». Aucune autre tentative avant la remise.</translation>
        </message>
        <message>
            <source>&amp;Revenir à l'examen</source>
            <translation>&amp;Revenir à l'examen</translation>
        </message>
        <message>
            <source>Tentative en cours : bon travail !</source>
            <translation>Tentative en cours : bon travail !</translation>
        </message>
        <message>
            <source>La tentative ne peut pas reprendre</source>
            <translation>La tentative ne peut pas reprendre</translation>
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
            <source>Quitter pendant un examen demande le code du formateur.</source>
            <translation>Quitter pendant un examen demande le code du formateur.</translation>
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
            <source>F&amp;ormateur</source>
            <translation>F&amp;ormateur</translation>
        </message>
        <message>
            <source>Aid&amp;e</source>
            <translation>Aid&amp;e</translation>
        </message>
    </context>
    <context>
        <name>NewSessionDialog</name>
        <message>
            <source>Nouvelle session d'examen blanc</source>
            <translation>Nouvelle session d'examen blanc</translation>
        </message>
        <message>
            <source>ex. Examen blanc de décembre</source>
            <translation>ex. Examen blanc de décembre</translation>
        </message>
        <message>
            <source>Trois épreuves pratiques d'une heure (B1, B2, B3), puis un entretien de 30 minutes avec le jury. Les scénarios sont tirés au sort ; vous pourrez les changer.</source>
            <translation>Trois épreuves pratiques d'une heure (B1, B2, B3), puis un entretien de 30 minutes avec le jury. Les scénarios sont tirés au sort ; vous pourrez les changer.</translation>
        </message>
        <message>
            <source>&amp;Nom :</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Date :</source>
            <translation>&amp;Date :</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message>
            <source>Définir le code formateur</source>
            <translation>Définir le code formateur</translation>
        </message>
        <message>
            <source>Première utilisation du mode formateur sur ce poste : choisissez un code de 6 à 12 chiffres, ou une phrase de passe de 8 caractères ou plus. Il sera demandé pour les écrans du formateur et, pendant un examen, pour mettre en pause, ajouter du temps, terminer ou quitter. Seule son empreinte est enregistrée.</source>
            <translation>Première utilisation du mode formateur sur ce poste : choisissez un code de 6 à 12 chiffres, ou une phrase de passe de 8 caractères ou plus. Il sera demandé pour les écrans du formateur et, pendant un examen, pour mettre en pause, ajouter du temps, terminer ou quitter. Seule son empreinte est enregistrée.</translation>
        </message>
        <message>
            <source>&amp;Nouveau code :</source>
            <translation>&amp;Nouveau code :</translation>
        </message>
        <message>
            <source>Changer le code formateur</source>
            <translation>Changer le code formateur</translation>
        </message>
        <message>
            <source>Tapez le code actuel, puis le nouveau code (6 à 12 chiffres, ou une phrase de passe de 8 caractères ou plus) deux fois.</source>
            <translation>Tapez le code actuel, puis le nouveau code (6 à 12 chiffres, ou une phrase de passe de 8 caractères ou plus) deux fois.</translation>
        </message>
        <message>
            <source>Code formateur</source>
            <translation>Code formateur</translation>
        </message>
        <message>
            <source>Code formateur demandé.</source>
            <translation>Code formateur demandé.</translation>
        </message>
        <message>
            <source>&amp;Code formateur :</source>
            <translation>&amp;Code formateur :</translation>
        </message>
        <message>
            <source>Code &amp;actuel :</source>
            <translation>Code &amp;actuel :</translation>
        </message>
        <message>
            <source>&amp;Confirmez le code :</source>
            <translation>&amp;Confirmez le code :</translation>
        </message>
        <message>
            <source>Confirmation du code</source>
            <translation>Confirmation du code</translation>
        </message>
        <message>
            <source>Code actuel</source>
            <translation>Code actuel</translation>
        </message>
        <message>
            <source>Vous pouvez réessayer.</source>
            <translation>Vous pouvez réessayer.</translation>
        </message>
        <message>
            <source>Trop de codes incorrects. Réessayez dans %1.</source>
            <translation>Trop de codes incorrects. Réessayez dans %1.</translation>
        </message>
        <message>
            <source>Les deux codes ne sont pas identiques.</source>
            <translation>Les deux codes ne sont pas identiques.</translation>
        </message>
    </context>
    <context>
        <name>PrepPage</name>
        <message>
            <source>Interface évaluée</source>
            <translation>Interface évaluée</translation>
        </message>
        <message>
            <source>Numéro du poste</source>
            <translation>Numéro du poste</translation>
        </message>
        <message>
            <source>Réseau du labo</source>
            <translation>Réseau du labo</translation>
        </message>
        <message>
            <source>Passerelle</source>
            <translation>Passerelle</translation>
        </message>
        <message>
            <source>Serveurs DNS</source>
            <translation>Serveurs DNS</translation>
        </message>
        <message>
            <source>Suffixe DNS</source>
            <translation>Suffixe DNS</translation>
        </message>
        <message>
            <source>Serveur du labo</source>
            <translation>Serveur du labo</translation>
        </message>
        <message>
            <source>Serveur de temps</source>
            <translation>Serveur de temps</translation>
        </message>
        <message>
            <source>Proxy</source>
            <translation>Proxy</translation>
        </message>
        <message>
            <source>Autres serveurs</source>
            <translation>Autres serveurs</translation>
        </message>
        <message>
            <source>Profil du labo de ce poste</source>
            <translation>Profil du labo de ce poste</translation>
        </message>
        <message>
            <source>&amp;Détecter à nouveau</source>
            <translation>&amp;Détecter à nouveau</translation>
        </message>
        <message>
            <source>Relire le poste : les champs vides prennent la valeur détectée</source>
            <translation>Relire le poste : les champs vides prennent la valeur détectée</translation>
        </message>
        <message>
            <source>&amp;Enregistrer le profil</source>
            <translation>&amp;Enregistrer le profil</translation>
        </message>
        <message>
            <source>&amp;Scénario :</source>
            <translation>&amp;Scénario :</translation>
        </message>
        <message>
            <source>&amp;Vérifier la préparation</source>
            <translation>&amp;Vérifier la préparation</translation>
        </message>
        <message>
            <source>Lancer les préconditions du scénario sur ce poste : chaque panne doit être en place</source>
            <translation>Lancer les préconditions du scénario sur ce poste : chaque panne doit être en place</translation>
        </message>
        <message>
            <source>Fiche de préparation (valeurs de ce poste)</source>
            <translation>Fiche de préparation (valeurs de ce poste)</translation>
        </message>
        <message>
            <source>Préconditions : la panne est-elle en place ?</source>
            <translation>Préconditions : la panne est-elle en place ?</translation>
        </message>
        <message>
            <source>Précondition</source>
            <translation>Précondition</translation>
        </message>
        <message>
            <source>État</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Trouvé sur le poste</source>
            <translation>Trouvé sur le poste</translation>
        </message>
        <message>
            <source>Résultat de la vérification de la préparation</source>
            <translation>Résultat de la vérification de la préparation</translation>
        </message>
        <message>
            <source>Choisissez un scénario puis « Vérifier la préparation ». Cela ne prend que quelques secondes par poste.</source>
            <translation>Choisissez un scénario puis « Vérifier la préparation ». Cela ne prend que quelques secondes par poste.</translation>
        </message>
        <message>
            <source>Poste simulé : les vérifications lisent l'état enregistré %1.</source>
            <translation>Poste simulé : les vérifications lisent l'état enregistré %1.</translation>
        </message>
        <message>
            <source>Valeurs lues sur ce poste en gris ; tapez une valeur pour la fixer. Un champ vide reprend la valeur détectée.</source>
            <translation>Valeurs lues sur ce poste en gris ; tapez une valeur pour la fixer. Un champ vide reprend la valeur détectée.</translation>
        </message>
        <message>
            <source>Ce scénario n'a pas de fiche de préparation.</source>
            <translation>Ce scénario n'a pas de fiche de préparation.</translation>
        </message>
        <message>
            <source>Lecture du poste…</source>
            <translation>Lecture du poste…</translation>
        </message>
        <message>
            <source>détecté : %1</source>
            <translation>détecté : %1</translation>
        </message>
        <message>
            <source>non détecté</source>
            <translation>non détecté</translation>
        </message>
        <message>
            <source>Profil enregistré (%1).</source>
            <translation>Profil enregistré (%1).</translation>
        </message>
        <message>
            <source>Vérification en cours…</source>
            <translation>Vérification en cours…</translation>
        </message>
        <message>
            <source>vérifié en moins d'1 ms</source>
            <translation>vérifié en moins d'1 ms</translation>
        </message>
        <message>
            <source>vérifié en %1 ms</source>
            <translation>vérifié en %1 ms</translation>
        </message>
        <message>
            <source>vérifié en %1 s</source>
            <translation>vérifié en %1 s</translation>
        </message>
        <message>
            <source>%1 en place, %2 absente(s), %3 indéterminée(s)</source>
            <translation>%1 en place, %2 absente(s), %3 indéterminée(s)</translation>
        </message>
        <message>
            <source>trouvé %1 ; la panne demande : %2</source>
            <translation>trouvé %1 ; la panne demande : %2</translation>
        </message>
        <message>
            <source>panne en place</source>
            <translation>panne en place</translation>
        </message>
        <message>
            <source>panne absente : à mettre en place</source>
            <translation>panne absente : à mettre en place</translation>
        </message>
        <message>
            <source>indéterminé</source>
            <translation>indéterminé</translation>
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
            <source>Aucune note à afficher pour l'instant : la note d'un examen s'affiche quand le formateur la communique.</source>
            <translation>Aucune note à afficher pour l'instant : la note d'un examen s'affiche quand le formateur la communique.</translation>
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
        <name>QuizWidget</name>
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
        <message>
            <source>« %1 » : écrivez un nombre entier de minutes, en chiffres (ex. 45 pour trois quarts d'heure).</source>
            <translation>« %1 » : écrivez un nombre entier de minutes, en chiffres (ex. 45 pour trois quarts d'heure).</translation>
        </message>
        <message numerus="yes">
            <source>rapport : %n champ(s) obligatoire(s) vide(s)</source>
            <translation>
                <numerusform>rapport : %n champ obligatoire vide</numerusform>
                <numerusform>rapport : %n champs obligatoires vides</numerusform>
            </translation>
        </message>
        <message>
            <source>rapport : le temps facturable n'est pas un nombre entier de minutes</source>
            <translation>rapport : le temps facturable n'est pas un nombre entier de minutes</translation>
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
            <source>Le devis tel qu'il sera imprimé :</source>
            <translation>Le devis tel qu'il sera imprimé :</translation>
        </message>
        <message>
            <source>La facture telle qu'elle sera imprimée :</source>
            <translation>La facture telle qu'elle sera imprimée :</translation>
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
            <source>Détails techniques</source>
            <translation>Détails techniques</translation>
        </message>
        <message>
            <source>Résultats de la tentative</source>
            <translation>Résultats de la tentative</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>épreuve supervisée par la salle : le poste du formateur a tenu l'heure, la notation et le journal ; poste %1</source>
            <translation>épreuve supervisée par la salle : le poste du formateur a tenu l'heure, la notation et le journal ; poste %1</translation>
        </message>
        <message>
            <source>Messages du poste faits pendant que la salle était injoignable, reçus à son retour : %1.</source>
            <translation>Messages du poste faits pendant que la salle était injoignable, reçus à son retour : %1.</translation>
        </message>
        <message>
            <source>pas de relevé</source>
            <translation>pas de relevé</translation>
        </message>
        <message>
            <source>Panne au début de l'épreuve : %1 précondition(s) en place sur %2</source>
            <translation>Panne au début de l'épreuve : %1 précondition(s) en place sur %2</translation>
        </message>
        <message>
            <source>Pas de relevé au début (tentative commencée sans relevé de départ).</source>
            <translation>Pas de relevé au début (tentative commencée sans relevé de départ).</translation>
        </message>
        <message>
            <source>Panne prévue vue en place : les vérifications comptent.</source>
            <translation>Panne prévue vue en place : les vérifications comptent.</translation>
        </message>
        <message>
            <source>Panne prévue jamais vue en place : les vérifications ne comptent pas tant qu'un formateur ne l'a pas confirmée (Confirmer la panne, ou aimm-lab attempts confirm-fault).</source>
            <translation>Panne prévue jamais vue en place : les vérifications ne comptent pas tant qu'un formateur ne l'a pas confirmée (Confirmer la panne, ou aimm-lab attempts confirm-fault).</translation>
        </message>
        <message>
            <source>Panne prévue confirmée par %1 : les vérifications comptent.</source>
            <translation>Panne prévue confirmée par %1 : les vérifications comptent.</translation>
        </message>
        <message>
            <source>Tâche et vérification</source>
            <translation>Tâche et vérification</translation>
        </message>
        <message>
            <source>Attendu</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>Au début</source>
            <translation>Au début</translation>
        </message>
        <message>
            <source>À la remise</source>
            <translation>À la remise</translation>
        </message>
        <message>
            <source>Aucune tâche vérifiée sur le poste dans ce scénario.</source>
            <translation>Aucune tâche vérifiée sur le poste dans ce scénario.</translation>
        </message>
        <message>
            <source>Le rapport d'intervention n'a pas été rempli.</source>
            <translation>Le rapport d'intervention n'a pas été rempli.</translation>
        </message>
        <message>
            <source>Document non rempli.</source>
            <translation>Document non rempli.</translation>
        </message>
        <message>
            <source>Stagiaire : %1</source>
            <translation>Stagiaire : %1</translation>
        </message>
        <message>
            <source>Bloc %1 · %2 · scénario %3 v%4</source>
            <translation>Bloc %1 · %2 · scénario %3 v%4</translation>
        </message>
        <message>
            <source>Commencée le %1, remise le %2</source>
            <translation>Commencée le %1, remise le %2</translation>
        </message>
        <message>
            <source>État : %1</source>
            <translation>État : %1</translation>
        </message>
        <message>
            <source>résultats communiqués</source>
            <translation>résultats communiqués</translation>
        </message>
        <message>
            <source>résultats non communiqués</source>
            <translation>résultats non communiqués</translation>
        </message>
        <message>
            <source>Tentative %1</source>
            <translation>Tentative %1</translation>
        </message>
        <message>
            <source>Provisoire : des items de la grille restent à noter.</source>
            <translation>Provisoire : des items de la grille restent à noter.</translation>
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
            <source>Compétences</source>
            <translation>Compétences</translation>
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
            <source>Partie automatique du rapport :</source>
            <translation>Partie automatique du rapport :</translation>
        </message>
        <message>
            <source>Partie automatique (%1 / %2 pt) :</source>
            <translation>Partie automatique (%1 / %2 pt) :</translation>
        </message>
        <message>
            <source>Sans réponse.</source>
            <translation>Sans réponse.</translation>
        </message>
        <message>
            <source>à noter</source>
            <translation>à noter</translation>
        </message>
    </context>
    <context>
        <name>RoomPage</name>
        <message>
            <source>&amp;Commencer l'épreuve</source>
            <translation>&amp;Commencer l'épreuve</translation>
        </message>
        <message>
            <source>&amp;Quitter la salle…</source>
            <translation>&amp;Quitter la salle…</translation>
        </message>
        <message>
            <source>E&amp;nvoyer un relevé</source>
            <translation>E&amp;nvoyer un relevé</translation>
        </message>
        <message>
            <source>La salle lit ce poste et garde le relevé ; aucun résultat n'est affiché</source>
            <translation>La salle lit ce poste et garde le relevé ; aucun résultat n'est affiché</translation>
        </message>
        <message>
            <source>&amp;Remettre…</source>
            <translation>&amp;Remettre…</translation>
        </message>
        <message>
            <source>Terminer et remettre l'épreuve à la salle</source>
            <translation>Terminer et remettre l'épreuve à la salle</translation>
        </message>
        <message>
            <source>Tâches de l'épreuve</source>
            <translation>Tâches de l'épreuve</translation>
        </message>
        <message>
            <source>temps restant</source>
            <translation>temps restant</translation>
        </message>
        <message>
            <source>Salle d'examen « %1 »</source>
            <translation>Salle d'examen « %1 »</translation>
        </message>
        <message>
            <source>Poste %1 — stagiaire : %2 — salle à l'adresse %3</source>
            <translation>Poste %1 — stagiaire : %2 — salle à l'adresse %3</translation>
        </message>
        <message>
            <source>Salle injoignable : votre travail est gardé sur ce poste et sera envoyé à son retour.</source>
            <translation>Salle injoignable : votre travail est gardé sur ce poste et sera envoyé à son retour.</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) en attente.</source>
            <translation>
                <numerusform>%n message en attente.</numerusform>
                <numerusform>%n messages en attente.</numerusform>
            </translation>
        </message>
        <message>
            <source>Examen en salle, supervisé par le formateur : aucun résultat n'est affiché pendant l'épreuve.</source>
            <translation>Examen en salle, supervisé par le formateur : aucun résultat n'est affiché pendant l'épreuve.</translation>
        </message>
        <message>
            <source>En pause par le formateur : le temps est arrêté. Attendez qu'il la reprenne.</source>
            <translation>En pause par le formateur : le temps est arrêté. Attendez qu'il la reprenne.</translation>
        </message>
        <message>
            <source>en pause</source>
            <translation>en pause</translation>
        </message>
        <message>
            <source>Envoyé à la salle à %1</source>
            <translation>Envoyé à la salle à %1</translation>
        </message>
        <message>
            <source>Épreuve remise. Aucun résultat n'est affiché ici : le formateur les communiquera.</source>
            <translation>Épreuve remise. Aucun résultat n'est affiché ici : le formateur les communiquera.</translation>
        </message>
        <message>
            <source>Temps écoulé : l'épreuve a été remise. Aucun résultat n'est affiché ici : le formateur les communiquera.</source>
            <translation>Temps écoulé : l'épreuve a été remise. Aucun résultat n'est affiché ici : le formateur les communiquera.</translation>
        </message>
        <message>
            <source>La remise attend le retour de la salle : ne fermez pas le programme.</source>
            <translation>La remise attend le retour de la salle : ne fermez pas le programme.</translation>
        </message>
        <message>
            <source>Connexion à la salle…</source>
            <translation>Connexion à la salle…</translation>
        </message>
        <message>
            <source>En attente du formateur : il vérifie votre nom (« %1 ») et le numéro de ce poste, puis valide le poste.
Cette page se met à jour toute seule.</source>
            <translation>En attente du formateur : il vérifie votre nom (« %1 ») et le numéro de ce poste, puis valide le poste.
Cette page se met à jour toute seule.</translation>
        </message>
        <message>
            <source>Épreuve ouverte : « %1 », %2 min.
Commencez quand le formateur vous le dit : le temps part à ce moment.</source>
            <translation>Épreuve ouverte : « %1 », %2 min.
Commencez quand le formateur vous le dit : le temps part à ce moment.</translation>
        </message>
        <message>
            <source>En attente du formateur : l'épreuve n'est pas encore ouverte.
Cette page se met à jour toute seule.</source>
            <translation>En attente du formateur : l'épreuve n'est pas encore ouverte.
Cette page se met à jour toute seule.</translation>
        </message>
        <message>
            <source>Demande du client</source>
            <translation>Demande du client</translation>
        </message>
        <message>
            <source>Lecture du poste et départ de l'épreuve…</source>
            <translation>Lecture du poste et départ de l'épreuve…</translation>
        </message>
        <message>
            <source>Salle injoignable : le départ est gardé sur ce poste et sera envoyé à son retour.</source>
            <translation>Salle injoignable : le départ est gardé sur ce poste et sera envoyé à son retour.</translation>
        </message>
        <message>
            <source>L'épreuve n'a pas pu commencer</source>
            <translation>L'épreuve n'a pas pu commencer</translation>
        </message>
        <message>
            <source>Épreuve commencée : bon travail !</source>
            <translation>Épreuve commencée : bon travail !</translation>
        </message>
        <message>
            <source>Lecture du poste…</source>
            <translation>Lecture du poste…</translation>
        </message>
        <message>
            <source>Relevé fait à %1 et gardé sur ce poste : il sera envoyé au retour de la salle.</source>
            <translation>Relevé fait à %1 et gardé sur ce poste : il sera envoyé au retour de la salle.</translation>
        </message>
        <message>
            <source>Relevé refusé par la salle</source>
            <translation>Relevé refusé par la salle</translation>
        </message>
        <message>
            <source>Relevé reçu par la salle à %1.</source>
            <translation>Relevé reçu par la salle à %1.</translation>
        </message>
        <message>
            <source>Le relevé n'a pas pu se faire</source>
            <translation>Le relevé n'a pas pu se faire</translation>
        </message>
        <message>
            <source>Modifications en cours…</source>
            <translation>Modifications en cours…</translation>
        </message>
        <message>
            <source>Non envoyé : corrigez les nombres signalés en rouge.</source>
            <translation>Non envoyé : corrigez les nombres signalés en rouge.</translation>
        </message>
        <message>
            <source>Gardé sur ce poste à %1 : sera envoyé au retour de la salle.</source>
            <translation>Gardé sur ce poste à %1 : sera envoyé au retour de la salle.</translation>
        </message>
        <message>
            <source>Reçu par la salle à %1</source>
            <translation>Reçu par la salle à %1</translation>
        </message>
        <message>
            <source>Non envoyé : %1</source>
            <translation>Non envoyé : %1</translation>
        </message>
        <message>
            <source>Remettre l'épreuve à la salle ? Vous ne pourrez plus la modifier. Un dernier relevé du poste est envoyé avec la remise.</source>
            <translation>Remettre l'épreuve à la salle ? Vous ne pourrez plus la modifier. Un dernier relevé du poste est envoyé avec la remise.</translation>
        </message>
        <message>
            <source>Reste à faire :</source>
            <translation>Reste à faire :</translation>
        </message>
        <message>
            <source>Remettre l'épreuve</source>
            <translation>Remettre l'épreuve</translation>
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
            <source>La remise a été refusée par la salle</source>
            <translation>La remise a été refusée par la salle</translation>
        </message>
        <message>
            <source>Épreuve remise à la salle.</source>
            <translation>Épreuve remise à la salle.</translation>
        </message>
        <message>
            <source>Remise gardée sur ce poste : elle sera envoyée au retour de la salle.</source>
            <translation>Remise gardée sur ce poste : elle sera envoyée au retour de la salle.</translation>
        </message>
        <message>
            <source>La remise n'a pas pu se faire</source>
            <translation>La remise n'a pas pu se faire</translation>
        </message>
        <message>
            <source>Quitter la salle</source>
            <translation>Quitter la salle</translation>
        </message>
        <message numerus="yes">
            <source>%n message(s) n'ont pas encore été reçus par la salle : ils seront perdus. Quitter quand même ?</source>
            <translation>
                <numerusform>%n message n'ont pas encore été reçus par la salle : ils seront perdus. Quitter quand même ?</numerusform>
                <numerusform>%n messages n'ont pas encore été reçus par la salle : ils seront perdus. Quitter quand même ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Ce poste quitte la salle ; pour y revenir, il faudra un nouveau code d'appairage. Quitter ?</source>
            <translation>Ce poste quitte la salle ; pour y revenir, il faudra un nouveau code d'appairage. Quitter ?</translation>
        </message>
    </context>
    <context>
        <name>RoomSeat</name>
        <message>
            <source>Salle injoignable à cette adresse : vérifiez l'adresse affichée sur l'écran du formateur et que ce poste est sur le réseau de la salle.</source>
            <translation>Salle injoignable à cette adresse : vérifiez l'adresse affichée sur l'écran du formateur et que ce poste est sur le réseau de la salle.</translation>
        </message>
        <message>
            <source>Poste %1 dans la salle « %2 ».</source>
            <translation>Poste %1 dans la salle « %2 ».</translation>
        </message>
        <message>
            <source>Ce poste a quitté la salle.</source>
            <translation>Ce poste a quitté la salle.</translation>
        </message>
        <message>
            <source>La salle a refusé ce poste</source>
            <translation>La salle a refusé ce poste</translation>
        </message>
    </context>
    <context>
        <name>RubricForm</name>
        <message>
            <source>à noter</source>
            <translation>à noter</translation>
        </message>
        <message>
            <source>commentaire (facultatif)</source>
            <translation>commentaire (facultatif)</translation>
        </message>
        <message>
            <source>Commentaire : %1</source>
            <translation>Commentaire : %1</translation>
        </message>
        <message>
            <source>Ce scénario n'a pas de grille à noter par le formateur.</source>
            <translation>Ce scénario n'a pas de grille à noter par le formateur.</translation>
        </message>
    </context>
    <context>
        <name>RubricPanel</name>
        <message>
            <source>Cette tâche est évaluée par le formateur pendant ou après l'épreuve.</source>
            <translation>Cette tâche est évaluée par le formateur pendant ou après l'épreuve.</translation>
        </message>
        <message>
            <source>Cette tâche est évaluée par le formateur pendant ou après l'épreuve :</source>
            <translation>Cette tâche est évaluée par le formateur pendant ou après l'épreuve :</translation>
        </message>
    </context>
    <context>
        <name>ScenarioPage</name>
        <message>
            <source>Il faut tous les points suivants :</source>
            <translation>Il faut tous les points suivants :</translation>
        </message>
        <message>
            <source>Il faut au moins un des points suivants :</source>
            <translation>Il faut au moins un des points suivants :</translation>
        </message>
        <message>
            <source>à éviter : %1</source>
            <translation>à éviter : %1</translation>
        </message>
        <message>
            <source>n° %1 — %2</source>
            <translation>n° %1 — %2</translation>
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
            <source>Un examen est en cours sur ce poste (%1, « %2 ») : aucune autre tentative avant sa remise.</source>
            <translation>Un examen est en cours sur ce poste (%1, « %2 ») : aucune autre tentative avant sa remise.</translation>
        </message>
        <message>
            <source>Ce scénario ne peut pas commencer sur ce poste :</source>
            <translation>Ce scénario ne peut pas commencer sur ce poste :</translation>
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
        <name>SessionsPage</name>
        <message>
            <source>Sessions d'examen blanc</source>
            <translation>Sessions d'examen blanc</translation>
        </message>
        <message>
            <source>&amp;Nouvelle session…</source>
            <translation>&amp;Nouvelle session…</translation>
        </message>
        <message>
            <source>&amp;Ouvrir un fichier de session…</source>
            <translation>&amp;Ouvrir un fichier de session…</translation>
        </message>
        <message>
            <source>Reprendre sur ce poste une session préparée sur un autre poste</source>
            <translation>Reprendre sur ce poste une session préparée sur un autre poste</translation>
        </message>
        <message>
            <source>Enregistrer le &amp;fichier de session…</source>
            <translation>Enregistrer le &amp;fichier de session…</translation>
        </message>
        <message>
            <source>Pour ouvrir la même session sur chaque poste du labo (clé USB, dossier partagé)</source>
            <translation>Pour ouvrir la même session sur chaque poste du labo (clé USB, dossier partagé)</translation>
        </message>
        <message>
            <source>&amp;Supprimer la session</source>
            <translation>&amp;Supprimer la session</translation>
        </message>
        <message>
            <source>Épreuves pratiques (1 h chacune)</source>
            <translation>Épreuves pratiques (1 h chacune)</translation>
        </message>
        <message>
            <source>Épreuve %1 :</source>
            <translation>Épreuve %1 :</translation>
        </message>
        <message>
            <source>&amp;Tirer au sort les épreuves</source>
            <translation>&amp;Tirer au sort les épreuves</translation>
        </message>
        <message>
            <source>Un scénario par bloc parmi ceux prévus pour ce système ; les épreuves déjà commencées ne changent pas</source>
            <translation>Un scénario par bloc parmi ceux prévus pour ce système ; les épreuves déjà commencées ne changent pas</translation>
        </message>
        <message>
            <source>&amp;Vérifier la préparation de ce poste</source>
            <translation>&amp;Vérifier la préparation de ce poste</translation>
        </message>
        <message>
            <source>Stagiaires : où en est chacun</source>
            <translation>Stagiaires : où en est chacun</translation>
        </message>
        <message>
            <source>Stagiaire</source>
            <translation>Stagiaire</translation>
        </message>
        <message>
            <source>Temps suppl.</source>
            <translation>Temps suppl.</translation>
        </message>
        <message>
            <source>Entretien</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <source>État de la session par stagiaire et par épreuve</source>
            <translation>État de la session par stagiaire et par épreuve</translation>
        </message>
        <message>
            <source>&amp;Inscrire un stagiaire…</source>
            <translation>&amp;Inscrire un stagiaire…</translation>
        </message>
        <message>
            <source>&amp;Modifier…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>&amp;Retirer</source>
            <translation>&amp;Retirer</translation>
        </message>
        <message>
            <source>&amp;Démarrer sur ce poste</source>
            <translation>&amp;Démarrer sur ce poste</translation>
        </message>
        <message>
            <source>&amp;Pause</source>
            <translation>&amp;Pause</translation>
        </message>
        <message>
            <source>&amp;Reprendre</source>
            <translation>&amp;Reprendre</translation>
        </message>
        <message>
            <source>&amp;Ajouter du temps…</source>
            <translation>&amp;Ajouter du temps…</translation>
        </message>
        <message>
            <source>&amp;Terminer l'épreuve…</source>
            <translation>&amp;Terminer l'épreuve…</translation>
        </message>
        <message>
            <source>Choisissez la case d'un stagiaire dans la colonne d'une épreuve pour la démarrer sur ce poste, la mettre en pause, ajouter du temps ou la terminer.</source>
            <translation>Choisissez la case d'un stagiaire dans la colonne d'une épreuve pour la démarrer sur ce poste, la mettre en pause, ajouter du temps ou la terminer.</translation>
        </message>
        <message>
            <source>Aucune session : créez-en une avec « Nouvelle session ».</source>
            <translation>Aucune session : créez-en une avec « Nouvelle session ».</translation>
        </message>
        <message>
            <source>le %1 · système : %2 · tirage n° %3</source>
            <translation>le %1 · système : %2 · tirage n° %3</translation>
        </message>
        <message>
            <source>Puis un entretien de %1 minutes avec le jury, à l'heure indiquée pour chaque stagiaire.</source>
            <translation>Puis un entretien de %1 minutes avec le jury, à l'heure indiquée pour chaque stagiaire.</translation>
        </message>
        <message>
            <source>— à choisir —</source>
            <translation>— à choisir —</translation>
        </message>
        <message>
            <source>commencée</source>
            <translation>commencée</translation>
        </message>
        <message>
            <source>Épreuve commencée : le scénario ne change plus</source>
            <translation>Épreuve commencée : le scénario ne change plus</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>à fixer</source>
            <translation>à fixer</translation>
        </message>
        <message>
            <source>Tentative %1</source>
            <translation>Tentative %1</translation>
        </message>
        <message>
            <source>La session n'a pas pu être créée</source>
            <translation>La session n'a pas pu être créée</translation>
        </message>
        <message>
            <source>Supprimer la session</source>
            <translation>Supprimer la session</translation>
        </message>
        <message>
            <source>Supprimer la session « %1 » ?</source>
            <translation>Supprimer la session « %1 » ?</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Session gardée</source>
            <translation>Session gardée</translation>
        </message>
        <message>
            <source>Enregistrer le fichier de session</source>
            <translation>Enregistrer le fichier de session</translation>
        </message>
        <message>
            <source>Sessions AIMM Lab (*.json)</source>
            <translation>Sessions AIMM Lab (*.json)</translation>
        </message>
        <message>
            <source>Session enregistrée : %1</source>
            <translation>Session enregistrée : %1</translation>
        </message>
        <message>
            <source>Fichier de session non écrit</source>
            <translation>Fichier de session non écrit</translation>
        </message>
        <message>
            <source>Ouvrir un fichier de session</source>
            <translation>Ouvrir un fichier de session</translation>
        </message>
        <message>
            <source>Session non ouverte</source>
            <translation>Session non ouverte</translation>
        </message>
        <message>
            <source>Nouveau tirage</source>
            <translation>Nouveau tirage</translation>
        </message>
        <message>
            <source>Remplacer les épreuves %1 par un nouveau tirage ?</source>
            <translation>Remplacer les épreuves %1 par un nouveau tirage ?</translation>
        </message>
        <message>
            <source>Tirer au sort</source>
            <translation>Tirer au sort</translation>
        </message>
        <message>
            <source>Tirage impossible</source>
            <translation>Tirage impossible</translation>
        </message>
        <message>
            <source>Stagiaire non inscrit</source>
            <translation>Stagiaire non inscrit</translation>
        </message>
        <message>
            <source>Modification refusée</source>
            <translation>Modification refusée</translation>
        </message>
        <message>
            <source>Retirer le stagiaire</source>
            <translation>Retirer le stagiaire</translation>
        </message>
        <message>
            <source>Retirer %1 de la session ?</source>
            <translation>Retirer %1 de la session ?</translation>
        </message>
        <message>
            <source>Retirer</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Stagiaire gardé</source>
            <translation>Stagiaire gardé</translation>
        </message>
        <message>
            <source>Scénario introuvable dans la bibliothèque : %1</source>
            <translation>Scénario introuvable dans la bibliothèque : %1</translation>
        </message>
        <message>
            <source>Démarrer l'épreuve</source>
            <translation>Démarrer l'épreuve</translation>
        </message>
        <message>
            <source>Démarrer l'épreuve %1 de %2 sur ce poste ?

« %3 », %4 minutes en mode examen. Un premier relevé du poste est gardé comme état de départ.</source>
            <translation>Démarrer l'épreuve %1 de %2 sur ce poste ?

« %3 », %4 minutes en mode examen. Un premier relevé du poste est gardé comme état de départ.</translation>
        </message>
        <message>
            <source>Démarrer</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <source>L'épreuve n'a pas pu démarrer</source>
            <translation>L'épreuve n'a pas pu démarrer</translation>
        </message>
        <message>
            <source>Ajouter du temps</source>
            <translation>Ajouter du temps</translation>
        </message>
        <message>
            <source>Minutes à ajouter pour %1 (épreuve %2) :</source>
            <translation>Minutes à ajouter pour %1 (épreuve %2) :</translation>
        </message>
        <message>
            <source>Terminer l'épreuve</source>
            <translation>Terminer l'épreuve</translation>
        </message>
        <message>
            <source>Terminer maintenant l'épreuve %1 de %2 ? Un dernier relevé du poste est fait, puis la tentative est remise.</source>
            <translation>Terminer maintenant l'épreuve %1 de %2 ? Un dernier relevé du poste est fait, puis la tentative est remise.</translation>
        </message>
        <message>
            <source>Terminer</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>Action refusée</source>
            <translation>Action refusée</translation>
        </message>
    </context>
    <context>
        <name>TaskText</name>
        <message>
            <source>Faites-le sur ce poste, puis « Envoyer un relevé » : la salle lit le poste et garde le relevé. Aucun résultat n'est affiché pendant l'épreuve.</source>
            <translation>Faites-le sur ce poste, puis « Envoyer un relevé » : la salle lit le poste et garde le relevé. Aucun résultat n'est affiché pendant l'épreuve.</translation>
        </message>
        <message>
            <source>Cette tâche est évaluée par le formateur pendant ou après l'épreuve.</source>
            <translation>Cette tâche est évaluée par le formateur pendant ou après l'épreuve.</translation>
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
        <message>
            <source>Double-cliquez pour revenir à AIMM Lab ; faites glisser pour le déplacer</source>
            <translation>Double-cliquez pour revenir à AIMM Lab ; faites glisser pour le déplacer</translation>
        </message>
        <message>
            <source>Fermer le minuteur (menu Affichage pour le rouvrir)</source>
            <translation>Fermer le minuteur (menu Affichage pour le rouvrir)</translation>
        </message>
        <message>
            <source>Fermer le minuteur</source>
            <translation>Fermer le minuteur</translation>
        </message>
    </context>
    <context>
        <name>TraineeDialog</name>
        <message>
            <source>Qui êtes-vous ?</source>
            <translation>Qui êtes-vous ?</translation>
        </message>
        <message>
            <source>Personne n'est encore inscrit sur ce poste : écrivez votre prénom et votre nom, puis « Ajouter ».</source>
            <translation>Personne n'est encore inscrit sur ce poste : écrivez votre prénom et votre nom, puis « Ajouter ».</translation>
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
    <context>
        <name>TraineeRowDialog</name>
        <message>
            <source>Stagiaire de la session</source>
            <translation>Stagiaire de la session</translation>
        </message>
        <message>
            <source>Inscrire un stagiaire</source>
            <translation>Inscrire un stagiaire</translation>
        </message>
        <message>
            <source>ex. 14:30</source>
            <translation>ex. 14:30</translation>
        </message>
        <message>
            <source>&amp;Stagiaire :</source>
            <translation>&amp;Stagiaire :</translation>
        </message>
        <message>
            <source>&amp;Temps supplémentaire (min) :</source>
            <translation>&amp;Temps supplémentaire (min) :</translation>
        </message>
        <message>
            <source>&amp;Entretien avec le jury à :</source>
            <translation>&amp;Entretien avec le jury à :</translation>
        </message>
        <message>
            <source>Le temps supplémentaire (tiers-temps) s'ajoute à chaque épreuve d'une heure. L'entretien dure 30 minutes.</source>
            <translation>Le temps supplémentaire (tiers-temps) s'ajoute à chaque épreuve d'une heure. L'entretien dure 30 minutes.</translation>
        </message>
    </context>
    <context>
        <name>TrainerMode</name>
        <message>
            <source>Le mode formateur demande le code du formateur.</source>
            <translation>Le mode formateur demande le code du formateur.</translation>
        </message>
        <message>
            <source>Code formateur changé.</source>
            <translation>Code formateur changé.</translation>
        </message>
        <message>
            <source>Mettre la tentative en pause demande le code du formateur.</source>
            <translation>Mettre la tentative en pause demande le code du formateur.</translation>
        </message>
        <message>
            <source>Reprendre la tentative demande le code du formateur.</source>
            <translation>Reprendre la tentative demande le code du formateur.</translation>
        </message>
        <message>
            <source>Ajouter du temps demande le code du formateur.</source>
            <translation>Ajouter du temps demande le code du formateur.</translation>
        </message>
        <message>
            <source>Terminer la tentative demande le code du formateur.</source>
            <translation>Terminer la tentative demande le code du formateur.</translation>
        </message>
        <message>
            <source>Confirmer que la panne est en place demande le code du formateur.</source>
            <translation>Confirmer que la panne est en place demande le code du formateur.</translation>
        </message>
        <message>
            <source>Ajouter du temps</source>
            <translation>Ajouter du temps</translation>
        </message>
        <message>
            <source>Minutes à ajouter pour %1 :</source>
            <translation>Minutes à ajouter pour %1 :</translation>
        </message>
        <message>
            <source>Terminer la tentative</source>
            <translation>Terminer la tentative</translation>
        </message>
        <message>
            <source>Terminer maintenant la tentative de %1 ? Un dernier relevé du poste est fait, puis elle est remise.</source>
            <translation>Terminer maintenant la tentative de %1 ? Un dernier relevé du poste est fait, puis elle est remise.</translation>
        </message>
        <message>
            <source>Terminer</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>Confirmer la panne</source>
            <translation>Confirmer la panne</translation>
        </message>
        <message>
            <source>La panne prévue est en place sur ce poste pour %1 : les vérifications compteront, celles déjà faites comprises.

Votre nom (formateur) :</source>
            <translation>La panne prévue est en place sur ce poste pour %1 : les vérifications compteront, celles déjà faites comprises.

Votre nom (formateur) :</translation>
        </message>
        <message>
            <source>Tentative en pause.</source>
            <translation>Tentative en pause.</translation>
        </message>
        <message>
            <source>Tentative reprise.</source>
            <translation>Tentative reprise.</translation>
        </message>
        <message>
            <source>Temps ajouté.</source>
            <translation>Temps ajouté.</translation>
        </message>
        <message>
            <source>Tentative terminée par le formateur.</source>
            <translation>Tentative terminée par le formateur.</translation>
        </message>
        <message>
            <source>Panne confirmée par le formateur : les vérifications comptent.</source>
            <translation>Panne confirmée par le formateur : les vérifications comptent.</translation>
        </message>
        <message>
            <source>Action refusée</source>
            <translation>Action refusée</translation>
        </message>
    </context>
    <context>
        <name>TrainerPage</name>
        <message>
            <source>Mode formateur</source>
            <translation>Mode formateur</translation>
        </message>
        <message>
            <source>Changer le &amp;code…</source>
            <translation>Changer le &amp;code…</translation>
        </message>
        <message>
            <source>&amp;Verrouiller et revenir</source>
            <translation>&amp;Verrouiller et revenir</translation>
        </message>
        <message>
            <source>Quitter le mode formateur : le code sera redemandé</source>
            <translation>Quitter le mode formateur : le code sera redemandé</translation>
        </message>
        <message>
            <source>Préparation du labo</source>
            <translation>Préparation du labo</translation>
        </message>
        <message>
            <source>Sessions d'examen blanc</source>
            <translation>Sessions d'examen blanc</translation>
        </message>
        <message>
            <source>Notation</source>
            <translation>Notation</translation>
        </message>
        <message>
            <source>Carnet de notes et jury</source>
            <translation>Carnet de notes et jury</translation>
        </message>
        <message>
            <source>Salle d'examen</source>
            <translation>Salle d'examen</translation>
        </message>
        <message>
            <source>Collecte des résultats</source>
            <translation>Collecte des résultats</translation>
        </message>
    </context>
</TS>
