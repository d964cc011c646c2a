<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <source>Nouvel accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appel téléphonique (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question rapide à l&apos;accueil (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliquer la dernière (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>45, 1h30…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matériel utilisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thématiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarche administrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domaines de la démarche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de la démarche (par exemple : déclaration de revenus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de la démarche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche d&apos;âge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne réorientée vers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— structure —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure de réorientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu d&apos;activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne suivie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne suivie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonyme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer une fiche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer (Ctrl+Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut du guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer ce guide écrit ici, sur tous les postes du réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avancé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte du guide en Markdown, pour qui connaît le format des fichiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problèmes du guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliquez sur un problème pour aller au champ à corriger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que la personne va faire, par exemple « Créer son compte ameli »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous saurez… (une ou deux phrases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Résumé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction facile à lire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une phrase courte par ligne, avec « vous »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facile à lire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Niveau :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée en minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Durée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifié sur le site officiel le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vérifié le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mots-clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les mots que les gens tapent, séparés par des virgules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mots-clés :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avertir des faux sites payants (démarche gratuite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hématiques :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dé&amp;marches :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites officiels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://www.caf.fr (un site par ligne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sites officiels :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification des sites officiels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qu&apos;il faut avant de commencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un document ou un identifiant par ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Avant de commencer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étapes du guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monter l&apos;étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendre l&apos;étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre de l&apos;étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une action, par exemple « Se connecter »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tion :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que la personne fait (boutons entre « guillemets ») :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facile à lire (une phrase courte par ligne) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte de l&apos;étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte facile à lire de l&apos;étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Attention (un encadré par ligne) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astuce (un encadré par ligne) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encadrés Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encadrés Astuce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Légende de l&apos;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Légende : ce que montre l&apos;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer l&apos;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier du guide tel qu&apos;il est enregistré. Ce que vous changez ici passe dans le formulaire en revenant aux autres onglets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte du guide (Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu du guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides pas à pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides à revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides vérifiés il y a plus de six mois : revérifiez-les sur le site officiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des guides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un paquet de guides (.zip) exporté par un autre point d&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher un guide : impôts, carte grise, Pôle emploi, mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher un guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides trouvés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Tous les guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version facile à lire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisé pour cette personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer une fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprendre la version officielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Étape précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape suivante →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Comptes du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau compte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau &amp;mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer le &amp;rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer ou rouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce PC est un poste de &amp;confiance : un code court (4 à 8 chiffres) suffit pour se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fermé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · mot de passe à changer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · code court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un compte dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe provisoire pour %1 (à changer à sa prochaine connexion) :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Le compte administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le réseau n&apos;en a pas encore : créez-le (vous pourrez ensuite créer les comptes des conseillers dans Outils › Comptes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encore une fois : les deux mots de passe sont différents ; retapez-les.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminSetupDialog</name>
    <message>
        <source>Compte administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminSetupWidget</name>
    <message>
        <source>Le compte administrateur gère les comptes, les réglages, les exports avec des noms ou des notes et l&apos;effacement des données. Choisissez un mot de passe d&apos;au moins %1 caractères : il est gardé haché (argon2id), jamais en clair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le même mot de passe, encore une fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom de l&apos;administrateur :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encore une fois :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encore une fois : les deux mots de passe sont différents ; retapez-les.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Journal d&apos;audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AzertyKeyboard</name>
    <message>
        <source>Clavier à l&apos;écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer une lettre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lettre %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Changer mon mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce mot de passe vous a été donné : choisissez le vôtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe &amp;actuel :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encore une fois :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encore une fois : les deux mots de passe sont différents ; retapez-les.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Aucune donnée sur la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Pas à Pas — accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ai&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>É&amp;tat du poste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture du formulaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas à Pas — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde du jour non faite : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer un &amp;atelier collectif…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer une fiche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Réglages du poste (lieu, conseiller, horaires)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code du personnel de la &amp;borne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comptes du personnel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal d&apos;a&amp;udit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer &amp;mon mot de passe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon code court pour ce &amp;poste…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verrouiller le poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À compléter : l&apos;adresse, le téléphone et les horaires du lieu, imprimés sur les fiches (Outils › Réglages du poste).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 ajouté à la file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecté : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon code court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de 4 à 8 chiffres, pour ce poste seulement :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code enregistré pour ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code du personnel de la borne enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide ajouté à l&apos;accompagnement en cours (thématiques et démarche proposées).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun guide sur cet accompagnement : ouvrez un guide (Ctrl+F) puis « Imprimer une fiche ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche remise : notée sur l&apos;accompagnement en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnement enregistré. Suivant : %1 (Entrée pour le prendre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnement supprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnement supprimé. « Annuler » (Ctrl+Z) pendant 15 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 remis dans la file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 noté parti sans aide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 noté parti sans aide. « Annuler » (Ctrl+Z) pendant 15 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <source>État du poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La même chose en ligne de commande : « pasapas doctor » (ou « --json »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copier le rapport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout va bien sur ce poste (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 problème(s) à corriger sur ce poste (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas à Pas — état du poste (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport copié.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Bienvenue dans Pas à Pas</source>
        <translation>Welcome to Pas à Pas</translation>
    </message>
    <message>
        <source>&amp;Commencer</source>
        <translation>&amp;Start</translation>
    </message>
</context>
<context>
    <name>GuideEditor</name>
    <message>
        <source>Brouillon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre du guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide livré avec Pas à Pas : vos modifications restent sur ce réseau de postes et le guide sera marqué « modifié ici ». Pour un guide à vous, utilisez plutôt « Dupliquer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoutez au moins le site officiel de la démarche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape {n} sur {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune étape : ajoutez-en une</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez d&apos;abord un titre au guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image non ajoutée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture d’écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte ne peut pas revenir dans le formulaire : {error}. Corrigez-le ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne {n} : </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n erreur(s) à corriger avant d&apos;enregistrer</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune erreur ; quelques conseils :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le guide est valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thématiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>démarches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sites officiels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avant de commencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vérifié le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facile à lire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mots-clés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide non enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonner les modifications ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les modifications de ce guide ne sont pas enregistrées. Les abandonner ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonner les modifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer à modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer ce guide ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {title} » sera supprimé de ce poste et des autres postes du réseau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garder le guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Voir le détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les sites officiels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En gros caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer en gros caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler l&apos;impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer ce guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En bref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qu&apos;il faut avant de commencer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention : la démarche sur le site officiel est gratuite. Tapez vous-même l&apos;adresse ; les sites de l&apos;État finissent par .gouv.fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astuce : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer le guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour à la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image de l&apos;étape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cacher le détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce guide fait %1 page(s). Il vous reste %2 page(s) à imprimer pendant cette visite : demandez à l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce guide fait %1 page(s). Vous pouvez encore imprimer %2 page(s) pendant cette visite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <source>{minutes} min · niveau {level} · vérifié le {day} · version {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brouillon : ce guide n&apos;est pas encore publié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une version officielle plus récente de ce guide existe. Ce poste garde la version modifiée ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide livré modifié ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisé pour cette personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir dans le navigateur : {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape {n} sur {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astuce :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astuce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version facile à lire · {counter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que vous allez faire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduction facile à lire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Noté pour cette personne</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Guides livrés non chargés : {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Imprimer une fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu de la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation de l&apos;aperçu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enregistrer le PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;aperçu n&apos;a pas pu être préparé : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cochez au moins un guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche n&apos;a pas été imprimée : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche n&apos;a pas été enregistrée dans %1 : %2. Choisissez un autre dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche enregistrée dans %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutForm</name>
    <message>
        <source>Pour qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimé sur la fiche seulement : le prénom n&apos;est pas enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prénom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gros caractères (FALC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mise en page :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point d&apos;aide :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides, dans l&apos;ordre de la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides de la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décochez ce qui est inutile, ou déjà prêt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un document décoché est imprimé coché, avec « déjà prêt ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étapes et documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qu&apos;il faut avant de commencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étape %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étapes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes du conseiller (imprimées)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de mot de passe, pas de donnée de santé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prochain rendez-vous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date et heure :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le point d&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter « Ma fiche de suivi »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour quoi voulez-vous de l&apos;aide ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre prénom, pour qu&apos;on vous appelle (ce n&apos;est pas obligatoire) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre prénom (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prendre mon ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aide pour : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bonjour ! Que voulez-vous faire ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez un thème, ou cherchez avec un mot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer : je suis toujours là</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans réponse, l&apos;écran revient à l&apos;accueil dans %1 secondes et tout ce que vous avez tapé est effacé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <source>Copier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copier l&apos;image du graphique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le graphique en image PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le graphique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message>
        <source>Importer des guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un paquet de guides (fichier .zip) exporté par un autre point d&apos;aide. Vous verrez ce qu&apos;il ajoute et ce qu&apos;il remplace avant que rien ne soit importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun fichier choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paquet de guides choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choisir un fichier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que fera l&apos;import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir un paquet de guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paquets de guides (*.zip);;Tous les fichiers (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture du paquet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture du paquet de guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveaux guides ajoutés (%1) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides modifiés ici, remplacés par ceux du paquet (%1) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjà identiques, rien ne change (%1) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides fournis avec Pas à Pas, gardés tels quels — un import ne les remplace jamais (%1) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce paquet n&apos;apporte rien de nouveau : rien à importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le paquet ajoute %1 guide(s) et en remplace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remplacer les guides modifiés ici (%1) : leurs modifications locales seront perdues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paquet refusé : aucun guide n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… et %1 autre(s) problème(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandez à qui vous l&apos;a envoyé de corriger ces guides et de refaire l&apos;export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paquet de guides : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cochez la case ci-dessus pour importer : le paquet remplace des guides modifiés ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un guide a changé entre-temps : vérifiez de nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import des guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides importés : %1 ajouté(s), %2 remplacé(s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskPinDialog</name>
    <message>
        <source>Code du personnel de la borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce code permet au personnel de quitter la borne ou de la régler (toucher cinq fois « Pas à Pas » en haut à gauche, ou Ctrl+Alt+Maj+K). De 4 à 12 chiffres. Il est gardé haché, jamais en clair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un code est déjà réglé : le nouveau le remplace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau code :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le même code, encore une fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encore une fois :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encore une fois : les deux codes sont différents ; retapez-les.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Pas à Pas — borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas à Pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter le texte de l&apos;écran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je voudrais de l&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille du texte : %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultats pour « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez à l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&apos;est imprimé : prenez vos feuilles à l&apos;imprimante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop d&apos;essais : attendez une minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Guides livrés ignorés (fichier abîmé) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À revoir ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s) trouvé(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>À revoir : %n guide(s) vérifié(s) il y a plus de six mois</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tous les guides (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun guide ne correspond à « {query} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cherchez la démarche sur service-public.gouv.fr (tapez vous-même l&apos;adresse), ou demandez à l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamais vérifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifié le {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [brouillon]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkBox</name>
    <message>
        <source>Tapez vous-même cette adresse chez vous, ou lisez le code avec votre téléphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code QR de %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun guide trouvé. Essayez un autre mot, ou demandez de l&apos;aide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je voudrais de l&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>File d&apos;attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poste verrouillé. Connectez-vous pour reprendre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — attend depuis %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne n&apos;attend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 derniers jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 derniers mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher dans les notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thématique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte des notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes thématiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous états</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal des accompagnements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier collectif…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les conseillers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accompagnements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>atelier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ateliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dont %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les accompagnements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accompagnements exportés dans %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export en cours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>Connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mot de passe :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avec mon &amp;code court (poste de confiance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se &amp;connecter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Fusionner deux lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusionner deux conseillers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deux fiches pour un même lieu (écrit autrement) : les accompagnements du second passent au premier, qui est gardé ; le second n&apos;est plus proposé. La fusion est envoyée aux autres postes à la prochaine synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deux fiches pour une même personne : les accompagnements de la seconde passent à la première, qui est gardée ; la seconde n&apos;est plus proposée. La fusion est envoyée aux autres postes à la prochaine synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche &amp;gardée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche &amp;retirée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il faut au moins deux fiches pour fusionner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez deux fiches différentes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %2 » n&apos;a aucun accompagnement ; sa fiche ne sera plus proposée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %2 » : %1 passera à « %3 » ; sa fiche ne sera plus proposée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %2 » : %1 passeront à « %3 » ; sa fiche ne sera plus proposée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accompagnements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusionner « %1 » dans « %2 » ? Cela ne s&apos;annule pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkKeyDialog</name>
    <message>
        <source>Retirer un poste du réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer la phrase secrète du réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour un PC volé, perdu ou qui quitte le réseau. Ses fichiers écrits à partir de maintenant seront refusés par tous les autres postes, et le réseau passe à une nouvelle clé, ouverte par une nouvelle phrase secrète. Il garde ce qu&apos;il avait déjà : retirez-lui aussi l&apos;accès au dossier partagé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le réseau passe à une nouvelle clé, ouverte par la nouvelle phrase secrète ; l&apos;ancienne n&apos;ouvrira plus rien de ce qui sera écrit ensuite. Les postes qui retiennent la clé la reçoivent d&apos;eux-mêmes ; sur les autres, il faudra taper la nouvelle phrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poste à retirer :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase &amp;actuelle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvelle phrase secrète :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La même, &amp;encore :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer la phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce poste n&apos;a pas de dossier partagé : réglez d&apos;abord la synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture du dossier partagé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nom inconnu) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun autre poste dans le dossier partagé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle phrase secrète : au moins 8 caractères (une phrase facile à retenir, par exemple « la médiathèque ouvre à neuf heures »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La même, encore : les deux saisies diffèrent ; tapez-la à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase actuelle : ce poste ne retient pas la clé, tapez la phrase secrète actuelle du réseau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer « %1 » du réseau ? Cela ne s&apos;annule pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer la phrase secrète du réseau ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle clé en préparation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » est retiré du réseau : ses nouveaux fichiers seront refusés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle clé n° %1 en place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçue d&apos;elle-même à la prochaine synchronisation par : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À taper sur : %1 (la nouvelle phrase, dans « Réglages de synchronisation »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Le réseau des points d&apos;aide</source>
        <translation>The help points’ network</translation>
    </message>
    <message>
        <source>Les postes de la ville partagent leurs données par un dossier partagé (partage réseau, clé USB ou dossier synchronisé), chiffrées par une phrase secrète.</source>
        <translation>The town’s PCs share their data through a shared folder (network share, USB key or synchronised folder), encrypted with a passphrase.</translation>
    </message>
    <message>
        <source>&amp;Rejoindre le réseau de la ville (un autre poste est déjà installé)</source>
        <translation>&amp;Join the town’s network (another PC is already installed)</translation>
    </message>
    <message>
        <source>Cré&amp;er un nouveau réseau (c&apos;est le premier poste installé)</source>
        <translation>Cr&amp;eate a new network (this is the first PC installed)</translation>
    </message>
    <message>
        <source>Ce poste &amp;seul pour l&apos;instant (le réseau se règle plus tard : Outils › Réglages de synchronisation)</source>
        <translation>This PC on its own for now (the network can be set later: Tools › Sync settings)</translation>
    </message>
    <message>
        <source>par exemple : \\serveur\pasapas ou une clé USB</source>
        <translation>for example: \\server\pasapas or a USB key</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>la phrase secrète du réseau</source>
        <translation>the network’s passphrase</translation>
    </message>
    <message>
        <source>La même, encore une &amp;fois :</source>
        <translation>The same one, &amp;again:</translation>
    </message>
    <message>
        <source>Retenir la clé sur ce PC (la phrase elle-même n&apos;est pas enregistrée)</source>
        <translation>Remember the key on this PC (the passphrase itself is not stored)</translation>
    </message>
    <message>
        <source>&amp;Dossier partagé :</source>
        <translation>Shared &amp;folder:</translation>
    </message>
    <message>
        <source>Phrase secrè&amp;te :</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Dossier partagé du réseau</source>
        <translation>The network’s shared folder</translation>
    </message>
    <message>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>les deux phrases tapées sont différentes ; retapez-les</source>
        <translation>the two passphrases typed differ; type them again</translation>
    </message>
    <message>
        <source>Vérification du dossier et de la phrase secrète, puis réception des données du réseau…</source>
        <translation>Checking the folder and the passphrase, then receiving the network’s data…</translation>
    </message>
    <message>
        <source>Création du réseau…</source>
        <translation>Creating the network…</translation>
    </message>
    <message>
        <source>Réseau rejoint : %1 lieu(x) et %2 conseiller(s) reçus.</source>
        <translation>Network joined: %1 site(s) and %2 adviser(s) received.</translation>
    </message>
    <message>
        <source>Réseau créé. Les autres postes le rejoindront avec ce dossier et cette phrase secrète.</source>
        <translation>Network created. The other PCs will join it with this folder and this passphrase.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Nouveau compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe &amp;provisoire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>celui qui porte le même nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conseiller :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La personne choisira son mot de passe à sa première connexion. Un conseiller voit les statistiques de ses accompagnements : ceux du conseiller choisi ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PcPage</name>
    <message>
        <source>Ce poste</source>
        <translation>This PC</translation>
    </message>
    <message>
        <source>Son nom dans le réseau, ce qu&apos;il fait, et qui s&apos;en sert.</source>
        <translation>Its name in the network, what it is for, and who uses it.</translation>
    </message>
    <message>
        <source>&amp;Accueil : le conseiller y enregistre les accompagnements</source>
        <translation>&amp;Desk: the adviser records help sessions here</translation>
    </message>
    <message>
        <source>&amp;Borne : les visiteurs y consultent les guides seuls</source>
        <translation>&amp;Kiosk: visitors read the guides on their own</translation>
    </message>
    <message>
        <source>Les &amp;deux (l&apos;accueil, et la borne quand le conseiller s&apos;absente)</source>
        <translation>&amp;Both (the desk, and the kiosk when the adviser is away)</translation>
    </message>
    <message>
        <source>Prénom Nom</source>
        <translation>First name Last name</translation>
    </message>
    <message>
        <source>Choisissez dans la liste du réseau…</source>
        <translation>Choose from the network’s list…</translation>
    </message>
    <message>
        <source>Un nouveau conseiller ou une nouvelle conseillère…</source>
        <translation>A new adviser…</translation>
    </message>
    <message>
        <source>4 à 12 chiffres</source>
        <translation>4 to 12 digits</translation>
    </message>
    <message>
        <source>Code du &amp;personnel de la borne :</source>
        <translation>Kiosk &amp;staff code:</translation>
    </message>
    <message>
        <source>Le même code, encore une fois :</source>
        <translation>The same code, again:</translation>
    </message>
    <message>
        <source>Nom de ce &amp;poste :</source>
        <translation>&amp;Name of this PC:</translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>&amp;Conseiller ou conseillère :</source>
        <translation>&amp;Adviser:</translation>
    </message>
    <message>
        <source>Nom de ce poste</source>
        <translation>Name of this PC</translation>
    </message>
    <message>
        <source>donnez un nom à ce PC (par exemple PC-ACCUEIL-1)</source>
        <translation>give this PC a name (for example PC-DESK-1)</translation>
    </message>
    <message>
        <source>Conseiller ou conseillère</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <source>choisissez dans la liste du réseau, ou « Un nouveau conseiller… »</source>
        <translation>choose from the network’s list, or “A new adviser…”</translation>
    </message>
    <message>
        <source>donnez votre prénom (et votre nom)</source>
        <translation>give your first name (and last name)</translation>
    </message>
    <message>
        <source>« %1 » est déjà dans le réseau : choisi(e) dans la liste</source>
        <translation>“%1” is already in the network: chosen from the list</translation>
    </message>
    <message>
        <source>Code du personnel de la borne</source>
        <translation>Kiosk staff code</translation>
    </message>
    <message>
        <source>les deux codes tapés sont différents ; retapez-les</source>
        <translation>the two codes typed differ; type them again</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Personnes suivies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les accompagnements sont anonymes. Une personne n&apos;est suivie ici qu&apos;avec son accord ; elle peut voir ses données et les faire effacer à tout moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher : nom, téléphone, e-mail, commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Historique&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sujets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouvelle personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer ses &amp;données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fusionner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Effacer ses données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choisir pour cette fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer les données d&apos;une personne, fusionner deux fiches et effacer une personne sont réservés aux administrateurs : demandez à un administrateur de se connecter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune personne choisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne n&apos;est suivie pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · accord du %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ses données : %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune autre fiche à fusionner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quelle fiche est la même personne que %1 ? Ses visites et ce qui manque passent sur la fiche de %1 ; l&apos;autre fiche disparaît.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiches fusionnées : %1 visite(s) rattachée(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer ses données ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer %1 ? Son nom, ses coordonnées, ses notes et les notes de ses visites sont effacés sur ce poste maintenant et sur les autres postes à leur synchronisation. Ses visites restent dans les statistiques, sans nom. On ne peut pas revenir en arrière.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données effacées ; %1 visite(s) gardée(s) sans nom.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Personne suivie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivre une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Son accord (obligatoire, d&apos;abord)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expliquez-lui ce qui est gardé et pourquoi, et remettez-lui la feuille d&apos;accord. Sans son accord, l&apos;accompagnement reste anonyme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer la feuille d&apos;accord…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La personne est d&apos;accord pour être suivie (aujourd&apos;hui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord recueilli par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour quoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recueilli &amp;par :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;our :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Ses coordonnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>par exemple 1958 (la tranche d&apos;âge en est tirée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pré&amp;nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;m :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Année de naissance :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accord donné le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>année de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » : quatre chiffres, par exemple 1958</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cochez d&apos;abord « La personne est d&apos;accord »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjà suivie ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une personne qui lui ressemble est déjà suivie :
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&apos;est elle : utiliser sa fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quelqu&apos;un d&apos;autre : créer la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostSettingsDialog</name>
    <message>
        <source>Réglages du poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau lieu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nom du poste :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu d&apos;activité :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseiller :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrouillage après inactivité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sans touche ni clic, puis le poste se verrouille (de %1 à %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrouiller après :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le lieu, tel qu&apos;imprimé sur les fiches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code postal :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code Insee :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>par exemple : mardi et jeudi 14 h – 18 h ; samedi 10 h – 12 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données personnelles (RGPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée de conservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer l&apos;affiche « Vos données »…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée de conservation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du lieu :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom et nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verrouillage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>File d&apos;attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Nouvelle personne (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnes en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prendre (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repère (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partie sans aide (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne n&apos;attend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — en cours depuis %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 — attend depuis %3 min (arrivée %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File d&apos;attente (%1 en attente)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repère</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom ou repère pour appeler la personne (facultatif, effacé en fin de journée) :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thématiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarche administrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche d&apos;âge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touche %1 : rien à cocher dans « %2 » (le groupe encadré). Tab passe au suivant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnement %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brouillon de %1 repris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brouillon de %1 gardé : Entrée sur ce ticket le reprend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer la fiche ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche en cours n&apos;est pas enregistrée. Effacer ce qui est saisi (notes et guides compris) ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atelier : modifiez-le depuis le journal (« Atelier collectif… »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;accompagnement du %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appel téléphonique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question rapide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : il reste à indiquer %2 (le groupe encadré), puis Ctrl+Entrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 : tout est rempli, Ctrl+Entrée enregistre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la thématique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la démarche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun accompagnement précédent à dupliquer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernier accompagnement recopié : vérifiez puis enregistrez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fiche remise : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonyme (par défaut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet enregistrement est un atelier : modifiez-le avec « Atelier collectif… ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnement enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Un mot : impôts, carte Vitale, CAF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher un guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher le clavier à l&apos;écran</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Raccourcis clavier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Le lieu de ce poste</source>
        <translation>This PC’s site</translation>
    </message>
    <message>
        <source>Choisissez-le dans la liste du réseau quand il y est : un même lieu tapé deux fois compterait double dans les statistiques.</source>
        <translation>Choose it from the network’s list when it is there: a site typed twice would count twice in the statistics.</translation>
    </message>
    <message>
        <source>par exemple : Médiathèque du Carré des Jalles</source>
        <translation>for example: Médiathèque du Carré des Jalles</translation>
    </message>
    <message>
        <source>Choisissez le lieu dans la liste du réseau…</source>
        <translation>Choose the site from the network’s list…</translation>
    </message>
    <message>
        <source>Un nouveau lieu…</source>
        <translation>A new site…</translation>
    </message>
    <message>
        <source>&amp;Lieu d&apos;activité :</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Coordonnées du lieu, imprimées sur les fiches (« Besoin d&apos;aide ? »)</source>
        <translation>The site’s contact details, printed on handouts (“Need help?”)</translation>
    </message>
    <message>
        <source>par exemple : 1 place de la République</source>
        <translation>for example: 1 place de la République</translation>
    </message>
    <message>
        <source>par exemple : 05 56 00 00 00</source>
        <translation>for example: 05 56 00 00 00</translation>
    </message>
    <message>
        <source>une ligne par jour, par exemple : Mardi 14 h – 18 h</source>
        <translation>one line per day, for example: Tuesday 2 pm – 6 pm</translation>
    </message>
    <message>
        <source>&amp;Adresse :</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>Code postal :</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <source>Co&amp;mmune :</source>
        <translation>&amp;Town:</translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Horaires :</source>
        <translation>&amp;Opening hours:</translation>
    </message>
    <message>
        <source>Je les donnerai plus tard (un rappel s&apos;affichera au démarrage)</source>
        <translation>I will give them later (a reminder will show at start-up)</translation>
    </message>
    <message>
        <source>Lieu d&apos;activité</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>choisissez-le dans la liste du réseau, ou « Un nouveau lieu… »</source>
        <translation>choose it from the network’s list, or “A new site…”</translation>
    </message>
    <message>
        <source>donnez le nom du lieu où se trouve ce poste</source>
        <translation>give the name of the site where this PC is</translation>
    </message>
    <message>
        <source>« %1 » est déjà dans le réseau : il est choisi dans la liste ; vérifiez ses coordonnées</source>
        <translation>“%1” is already in the network: it is chosen from the list; check its contact details</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>5 chiffres, par exemple 33160</source>
        <translation>5 digits, for example 33160</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>imprimé sur les fiches : indiquez-le, ou cochez « plus tard »</source>
        <translation>printed on handouts: give it, or tick “later”</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>imprimés sur les fiches : indiquez-les, ou cochez « plus tard »</source>
        <translation>printed on handouts: give them, or tick “later”</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Réservé au personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez le code du personnel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code du personnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour à la borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai avant « Vous êtes toujours là ? » (secondes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai d&apos;inactivité en secondes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages qu&apos;un visiteur peut imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages par visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter la borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffre %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code accepté.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>Tous types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter (XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnements dans le temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Quand les personnes arrivent&lt;/b&gt; — arrivées par jour et par heure · attente moyenne en minutes (′)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivées par jour et heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les lieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les conseillers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre compte n&apos;est relié à aucun conseiller (aucun ne porte son nom) : pas de statistiques à montrer. Demandez à un administrateur d&apos;ajouter le conseiller sous le nom du compte (Outils › Réglages du poste).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vos statistiques : seulement vos accompagnements, et les exports aussi. Celles de tous les conseillers sont réservées aux administrateurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnements par %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un an plus tôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le rapport d&apos;activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport écrit : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport d&apos;activité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les accompagnements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accompagnements exportés : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synchronisation avec le dossier partagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choisissez d&apos;abord le dossier partagé dans les réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erreur inattendue : {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi des dernières modifications au dossier partagé…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Réglages de synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partage réseau, clé USB ou dossier synchronisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la phrase secrète du réseau des points d&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retenir la clé sur ce PC (la phrase elle-même n&apos;est pas enregistrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer un nouveau réseau dans ce dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier partagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase secrète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchroniser toutes les</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification du dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun réseau Pas à Pas dans ce dossier : cochez « Créer un nouveau réseau dans ce dossier » pour en créer un, ou choisissez le dossier du réseau existant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification de la phrase secrète…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification impossible : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Synchronisation non réglée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outils › Réglages de synchronisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisé à {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamais synchronisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} modification(s) en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ horloge de ce PC en avance de {0} jour(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ horloge de ce PC en avance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} modification(s) reçue(s) à confirmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation… {0}/{1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Votre numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un conseiller va vous appeler par ce numéro. En attendant, vous pouvez lire un guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai noté mon numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre numéro : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aide pour : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre ticket est imprimé : prenez-le.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToggleGroup</name>
    <message>
        <source>Touche %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Atelier collectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Niveau :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;urée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thématiques :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dont déjà &amp;accompagnés :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par tranche d&apos;âge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compter le reste en « Non communiqué » (genre, âge, statut)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À surveiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problème</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>Impôts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emploi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papiers d&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se protéger des arnaques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone et ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Famille et école</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre chose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le PDF n&apos;a pas été enregistré dans %1 : %2. Choisissez un autre dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer ce document, ou l&apos;enregistrer en PDF ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Une personne arrive : un ticket (A-12) dans la file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dans la file : prendre la personne en surbrillance (la suivante)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dans la file : un repère pour appeler la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dans la file : partie sans aide ; dans le journal : supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler la dernière suppression (pendant 15 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groupe suivant de la fiche (le groupe qui écoute est encadré)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cocher le choix qui porte cette touche dans le groupe encadré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer l&apos;accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer la fiche (demande avant de perdre ce qui est saisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appel téléphonique : à distance, téléphone, 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question rapide à l&apos;accueil : 15 min, autonome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliquer le dernier accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer une fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer un atelier collectif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchroniser maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accueil, Journal, Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <source>Lundi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mardi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mercredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimanche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mois dernier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;année dernière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thématiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarches (domaines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche d&apos;âge (personnes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut (personnes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre (personnes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu / canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnes accompagnées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ateliers (participants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temps total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée moyenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avec une fiche remise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réorientations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partis sans aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attente médiane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 personnes sur 10 ont attendu moins de</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
