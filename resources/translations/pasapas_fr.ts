<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <source>Nouvel accompagnement</source>
        <translation>Nouvel accompagnement</translation>
    </message>
    <message>
        <source>Appel téléphonique (F5)</source>
        <translation>Appel téléphonique (F5)</translation>
    </message>
    <message>
        <source>Question rapide à l&apos;accueil (F6)</source>
        <translation>Question rapide à l&apos;accueil (F6)</translation>
    </message>
    <message>
        <source>Dupliquer la dernière (Ctrl+D)</source>
        <translation>Dupliquer la dernière (Ctrl+D)</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>45, 1h30…</source>
        <translation>45, 1h30…</translation>
    </message>
    <message>
        <source>&amp;Durée</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>Matériel utilisé</source>
        <translation>Matériel utilisé</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Thématiques</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Démarche administrative</source>
        <translation>Démarche administrative</translation>
    </message>
    <message>
        <source>Domaines de la démarche</source>
        <translation>Domaines de la démarche</translation>
    </message>
    <message>
        <source>Nom de la démarche (par exemple : déclaration de revenus)</source>
        <translation>Nom de la démarche (par exemple : déclaration de revenus)</translation>
    </message>
    <message>
        <source>Nom de la démarche</source>
        <translation>Nom de la démarche</translation>
    </message>
    <message>
        <source>Autonomie</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Tranche d&apos;âge</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Personne réorientée vers</source>
        <translation>Personne réorientée vers</translation>
    </message>
    <message>
        <source>— structure —</source>
        <translation>— structure —</translation>
    </message>
    <message>
        <source>Structure de réorientation</source>
        <translation>Structure de réorientation</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Lieu d&apos;activité</source>
        <translation>Lieu d&apos;activité</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Date, conseiller</source>
        <translation>Date, conseiller</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Personne suivie</source>
        <translation>Personne suivie</translation>
    </message>
    <message>
        <source>Personne suivie…</source>
        <translation>Personne suivie…</translation>
    </message>
    <message>
        <source>Anonyme</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Effacer (Échap)</source>
        <translation>Effacer (Échap)</translation>
    </message>
    <message>
        <source>Imprimer une fiche…</source>
        <translation>Imprimer une fiche…</translation>
    </message>
    <message>
        <source>Enregistrer (Ctrl+Entrée)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Statut :</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Statut du guide</source>
        <translation>Statut du guide</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Supprimer ce guide écrit ici, sur tous les postes du réseau</source>
        <translation>Supprimer ce guide écrit ici, sur tous les postes du réseau</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Le guide</source>
        <translation>Le guide</translation>
    </message>
    <message>
        <source>Étapes</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Avancé</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Le texte du guide en Markdown, pour qui connaît le format des fichiers</source>
        <translation>Le texte du guide en Markdown, pour qui connaît le format des fichiers</translation>
    </message>
    <message>
        <source>Problèmes du guide</source>
        <translation>Problèmes du guide</translation>
    </message>
    <message>
        <source>Cliquez sur un problème pour aller au champ à corriger</source>
        <translation>Cliquez sur un problème pour aller au champ à corriger</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Ce que la personne va faire, par exemple « Créer son compte ameli »</source>
        <translation>Ce que la personne va faire, par exemple « Créer son compte ameli »</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Vous saurez… (une ou deux phrases)</source>
        <translation>Vous saurez… (une ou deux phrases)</translation>
    </message>
    <message>
        <source>&amp;Résumé :</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>Introduction facile à lire</source>
        <translation>Introduction facile à lire</translation>
    </message>
    <message>
        <source>Une phrase courte par ligne, avec « vous »</source>
        <translation>Une phrase courte par ligne, avec « vous »</translation>
    </message>
    <message>
        <source>&amp;Facile à lire :</source>
        <translation>&amp;Facile à lire :</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>&amp;Niveau :</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Durée en minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>&amp;Durée :</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>Vérifié sur le site officiel le</source>
        <translation>Vérifié sur le site officiel le</translation>
    </message>
    <message>
        <source>&amp;Vérifié le :</source>
        <translation>&amp;Vérifié le :</translation>
    </message>
    <message>
        <source>Mots-clés</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Les mots que les gens tapent, séparés par des virgules</source>
        <translation>Les mots que les gens tapent, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Mots-clés :</source>
        <translation>&amp;Mots-clés :</translation>
    </message>
    <message>
        <source>Avertir des faux sites payants (démarche gratuite)</source>
        <translation>Avertir des faux sites payants (démarche gratuite)</translation>
    </message>
    <message>
        <source>T&amp;hématiques :</source>
        <translation>T&amp;hématiques :</translation>
    </message>
    <message>
        <source>Démarches</source>
        <translation>Démarches</translation>
    </message>
    <message>
        <source>Dé&amp;marches :</source>
        <translation>Dé&amp;marches :</translation>
    </message>
    <message>
        <source>Sites officiels</source>
        <translation>Sites officiels</translation>
    </message>
    <message>
        <source>https://www.caf.fr (un site par ligne)</source>
        <translation>https://www.caf.fr (un site par ligne)</translation>
    </message>
    <message>
        <source>&amp;Sites officiels :</source>
        <translation>&amp;Sites officiels :</translation>
    </message>
    <message>
        <source>Vérification des sites officiels</source>
        <translation>Vérification des sites officiels</translation>
    </message>
    <message>
        <source>Ce qu&apos;il faut avant de commencer</source>
        <translation>Ce qu&apos;il faut avant de commencer</translation>
    </message>
    <message>
        <source>Un document ou un identifiant par ligne</source>
        <translation>Un document ou un identifiant par ligne</translation>
    </message>
    <message>
        <source>&amp;Avant de commencer :</source>
        <translation>&amp;Avant de commencer :</translation>
    </message>
    <message>
        <source>Étapes du guide</source>
        <translation>Étapes du guide</translation>
    </message>
    <message>
        <source>Ajouter une étape</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Supprimer l&apos;étape</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>↑ Monter</source>
        <translation>↑ Monter</translation>
    </message>
    <message>
        <source>↓ Descendre</source>
        <translation>↓ Descendre</translation>
    </message>
    <message>
        <source>Monter l&apos;étape</source>
        <translation>Monter l&apos;étape</translation>
    </message>
    <message>
        <source>Descendre l&apos;étape</source>
        <translation>Descendre l&apos;étape</translation>
    </message>
    <message>
        <source>Étape</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Titre de l&apos;étape</source>
        <translation>Titre de l&apos;étape</translation>
    </message>
    <message>
        <source>Une action, par exemple « Se connecter »</source>
        <translation>Une action, par exemple « Se connecter »</translation>
    </message>
    <message>
        <source>Ac&amp;tion :</source>
        <translation>Ac&amp;tion :</translation>
    </message>
    <message>
        <source>Ce que la personne fait (boutons entre « guillemets ») :</source>
        <translation>Ce que la personne fait (boutons entre « guillemets ») :</translation>
    </message>
    <message>
        <source>Facile à lire (une phrase courte par ligne) :</source>
        <translation>Facile à lire (une phrase courte par ligne) :</translation>
    </message>
    <message>
        <source>Texte de l&apos;étape</source>
        <translation>Texte de l&apos;étape</translation>
    </message>
    <message>
        <source>Texte facile à lire de l&apos;étape</source>
        <translation>Texte facile à lire de l&apos;étape</translation>
    </message>
    <message>
        <source>⚠ Attention (un encadré par ligne) :</source>
        <translation>⚠ Attention (un encadré par ligne) :</translation>
    </message>
    <message>
        <source>Astuce (un encadré par ligne) :</source>
        <translation>Astuce (un encadré par ligne) :</translation>
    </message>
    <message>
        <source>Encadrés Attention</source>
        <translation>Encadrés Attention</translation>
    </message>
    <message>
        <source>Encadrés Astuce</source>
        <translation>Encadrés Astuce</translation>
    </message>
    <message>
        <source>Légende de l&apos;image</source>
        <translation>Légende de l&apos;image</translation>
    </message>
    <message>
        <source>Légende : ce que montre l&apos;image</source>
        <translation>Légende : ce que montre l&apos;image</translation>
    </message>
    <message>
        <source>Ajouter une image…</source>
        <translation>Ajouter une image…</translation>
    </message>
    <message>
        <source>Retirer l&apos;image</source>
        <translation>Retirer l&apos;image</translation>
    </message>
    <message>
        <source>Image :</source>
        <translation>Image :</translation>
    </message>
    <message>
        <source>Le fichier du guide tel qu&apos;il est enregistré. Ce que vous changez ici passe dans le formulaire en revenant aux autres onglets.</source>
        <translation>Le fichier du guide tel qu&apos;il est enregistré. Ce que vous changez ici passe dans le formulaire en revenant aux autres onglets.</translation>
    </message>
    <message>
        <source>Texte du guide (Markdown)</source>
        <translation>Texte du guide (Markdown)</translation>
    </message>
    <message>
        <source>Aperçu du guide</source>
        <translation>Aperçu du guide</translation>
    </message>
    <message>
        <source>Guides pas à pas</source>
        <translation>Guides pas à pas</translation>
    </message>
    <message>
        <source>Guides à revoir</source>
        <translation>Guides à revoir</translation>
    </message>
    <message>
        <source>Guides vérifiés il y a plus de six mois : revérifiez-les sur le site officiel</source>
        <translation>Guides vérifiés il y a plus de six mois : revérifiez-les sur le site officiel</translation>
    </message>
    <message>
        <source>Nouveau guide</source>
        <translation>Nouveau guide</translation>
    </message>
    <message>
        <source>Importer des guides…</source>
        <translation>Importer des guides…</translation>
    </message>
    <message>
        <source>Un paquet de guides (.zip) exporté par un autre point d&apos;aide</source>
        <translation>Un paquet de guides (.zip) exporté par un autre point d&apos;aide</translation>
    </message>
    <message>
        <source>Chercher un guide : impôts, carte grise, Pôle emploi, mot de passe…</source>
        <translation>Chercher un guide : impôts, carte grise, Pôle emploi, mot de passe…</translation>
    </message>
    <message>
        <source>Chercher un guide</source>
        <translation>Chercher un guide</translation>
    </message>
    <message>
        <source>Guides trouvés</source>
        <translation>Guides trouvés</translation>
    </message>
    <message>
        <source>← Tous les guides</source>
        <translation>← Tous les guides</translation>
    </message>
    <message>
        <source>Version facile à lire</source>
        <translation>Version facile à lire</translation>
    </message>
    <message>
        <source>Utilisé pour cette personne</source>
        <translation>Utilisé pour cette personne</translation>
    </message>
    <message>
        <source>Imprimer une fiche</source>
        <translation>Imprimer une fiche</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Reprendre la version officielle</source>
        <translation>Reprendre la version officielle</translation>
    </message>
    <message>
        <source>← Étape précédente</source>
        <translation>← Étape précédente</translation>
    </message>
    <message>
        <source>Étape suivante →</source>
        <translation>Étape suivante →</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Comptes du personnel</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Nouveau compte…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>Nouveau &amp;mot de passe…</source>
        <translation>Nouveau &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Changer le &amp;rôle</source>
        <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
        <source>&amp;Fermer ou rouvrir</source>
        <translation>&amp;Fermer ou rouvrir</translation>
    </message>
    <message>
        <source>Ce PC est un poste de &amp;confiance : un code court (4 à 8 chiffres) suffit pour se connecter</source>
        <translation>Ce PC est un poste de &amp;confiance : un code court (4 à 8 chiffres) suffit pour se connecter</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>ouvert</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>fermé</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source> · mot de passe à changer</source>
        <translation> · mot de passe à changer</translation>
    </message>
    <message>
        <source> · code court</source>
        <translation> · code court</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un compte dans la liste.</source>
        <translation>Choisissez d&apos;abord un compte dans la liste.</translation>
    </message>
    <message>
        <source>Nouveau mot de passe</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Mot de passe provisoire pour %1 (à changer à sa prochaine connexion) :</source>
        <translation>Mot de passe provisoire pour %1 (à changer à sa prochaine connexion) :</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>Le compte administrateur</source>
        <translation>Le compte administrateur</translation>
    </message>
    <message>
        <source>Le réseau n&apos;en a pas encore : créez-le (vous pourrez ensuite créer les comptes des conseillers dans Outils › Comptes).</source>
        <translation>Le réseau n&apos;en a pas encore : créez-le (vous pourrez ensuite créer les comptes des conseillers dans Outils › Comptes).</translation>
    </message>
    <message>
        <source>Encore une fois : les deux mots de passe sont différents ; retapez-les.</source>
        <translation>Encore une fois : les deux mots de passe sont différents ; retapez-les.</translation>
    </message>
</context>
<context>
    <name>AdminSetupDialog</name>
    <message>
        <source>Compte administrateur</source>
        <translation>Compte administrateur</translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>AdminSetupWidget</name>
    <message>
        <source>Le compte administrateur gère les comptes, les réglages, les exports avec des noms ou des notes et l&apos;effacement des données. Choisissez un mot de passe d&apos;au moins %1 caractères : il est gardé haché (argon2id), jamais en clair.</source>
        <translation>Le compte administrateur gère les comptes, les réglages, les exports avec des noms ou des notes et l&apos;effacement des données. Choisissez un mot de passe d&apos;au moins %1 caractères : il est gardé haché (argon2id), jamais en clair.</translation>
    </message>
    <message>
        <source>Prénom Nom</source>
        <translation>Prénom Nom</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Le même mot de passe, encore une fois</source>
        <translation>Le même mot de passe, encore une fois</translation>
    </message>
    <message>
        <source>&amp;Nom de l&apos;administrateur :</source>
        <translation>&amp;Nom de l&apos;administrateur :</translation>
    </message>
    <message>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Encore une fois :</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
        <source>Encore une fois : les deux mots de passe sont différents ; retapez-les.</source>
        <translation>Encore une fois : les deux mots de passe sont différents ; retapez-les.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Journal d&apos;audit</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Poste</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Qui</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Quoi</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>AzertyKeyboard</name>
    <message>
        <source>Clavier à l&apos;écran</source>
        <translation>Clavier à l&apos;écran</translation>
    </message>
    <message>
        <source>Effacer une lettre</source>
        <translation>Effacer une lettre</translation>
    </message>
    <message>
        <source>Espace</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Lettre %1</source>
        <translation>Lettre %1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Changer mon mot de passe</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Ce mot de passe vous a été donné : choisissez le vôtre.</source>
        <translation>Ce mot de passe vous a été donné : choisissez le vôtre.</translation>
    </message>
    <message>
        <source>Mot de passe &amp;actuel :</source>
        <translation>Mot de passe &amp;actuel :</translation>
    </message>
    <message>
        <source>&amp;Nouveau mot de passe :</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Encore une fois :</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
        <source>Encore une fois : les deux mots de passe sont différents ; retapez-les.</source>
        <translation>Encore une fois : les deux mots de passe sont différents ; retapez-les.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Aucune donnée sur la période.</source>
        <translation>Aucune donnée sur la période.</translation>
    </message>
    <message>
        <source>Autres</source>
        <translation>Autres</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Pas à Pas — accueil</source>
        <translation>Pas à Pas — accueil</translation>
    </message>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Outils</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Ai&amp;de</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>É&amp;tat du poste…</source>
        <translation>É&amp;tat du poste…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Annuler (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Ouverture du formulaire…</source>
        <translation>Ouverture du formulaire…</translation>
    </message>
    <message>
        <source>Pas à Pas — %1 — %2</source>
        <translation>Pas à Pas — %1 — %2</translation>
    </message>
    <message>
        <source>Base de données</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Sauvegarde du jour non faite : %1</source>
        <translation>Sauvegarde du jour non faite : %1</translation>
    </message>
    <message>
        <source>&amp;Accueil</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>&amp;Guides</translation>
    </message>
    <message>
        <source>&amp;Statistiques</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>Enregistrer un &amp;atelier collectif…</source>
        <translation>Enregistrer un &amp;atelier collectif…</translation>
    </message>
    <message>
        <source>&amp;Imprimer une fiche…</source>
        <translation>&amp;Imprimer une fiche…</translation>
    </message>
    <message>
        <source>&amp;Réglages du poste (lieu, conseiller, horaires)…</source>
        <translation>&amp;Réglages du poste (lieu, conseiller, horaires)…</translation>
    </message>
    <message>
        <source>Code du personnel de la &amp;borne…</source>
        <translation>Code du personnel de la &amp;borne…</translation>
    </message>
    <message>
        <source>&amp;Comptes du personnel…</source>
        <translation>&amp;Comptes du personnel…</translation>
    </message>
    <message>
        <source>Journal d&apos;a&amp;udit…</source>
        <translation>Journal d&apos;a&amp;udit…</translation>
    </message>
    <message>
        <source>Changer &amp;mon mot de passe…</source>
        <translation>Changer &amp;mon mot de passe…</translation>
    </message>
    <message>
        <source>Mon code court pour ce &amp;poste…</source>
        <translation>Mon code court pour ce &amp;poste…</translation>
    </message>
    <message>
        <source>&amp;Verrouiller le poste</source>
        <translation>&amp;Verrouiller le poste</translation>
    </message>
    <message>
        <source>À compléter : l&apos;adresse, le téléphone et les horaires du lieu, imprimés sur les fiches (Outils › Réglages du poste).</source>
        <translation>À compléter : l&apos;adresse, le téléphone et les horaires du lieu, imprimés sur les fiches (Outils › Réglages du poste).</translation>
    </message>
    <message>
        <source>Ticket %1 ajouté à la file.</source>
        <translation>Ticket %1 ajouté à la file.</translation>
    </message>
    <message>
        <source>Droits</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Connecté : %1</source>
        <translation>Connecté : %1</translation>
    </message>
    <message>
        <source>Mot de passe changé.</source>
        <translation>Mot de passe changé.</translation>
    </message>
    <message>
        <source>Mon code court</source>
        <translation>Mon code court</translation>
    </message>
    <message>
        <source>Code de 4 à 8 chiffres, pour ce poste seulement :</source>
        <translation>Code de 4 à 8 chiffres, pour ce poste seulement :</translation>
    </message>
    <message>
        <source>Code enregistré pour ce poste.</source>
        <translation>Code enregistré pour ce poste.</translation>
    </message>
    <message>
        <source>Code du personnel de la borne enregistré.</source>
        <translation>Code du personnel de la borne enregistré.</translation>
    </message>
    <message>
        <source>Guide ajouté à l&apos;accompagnement en cours (thématiques et démarche proposées).</source>
        <translation>Guide ajouté à l&apos;accompagnement en cours (thématiques et démarche proposées).</translation>
    </message>
    <message>
        <source>Aucun guide sur cet accompagnement : ouvrez un guide (Ctrl+F) puis « Imprimer une fiche ».</source>
        <translation>Aucun guide sur cet accompagnement : ouvrez un guide (Ctrl+F) puis « Imprimer une fiche ».</translation>
    </message>
    <message>
        <source>Fiche</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Fiche remise : notée sur l&apos;accompagnement en cours.</source>
        <translation>Fiche remise : notée sur l&apos;accompagnement en cours.</translation>
    </message>
    <message>
        <source>Accompagnement enregistré. Suivant : %1 (Entrée pour le prendre).</source>
        <translation>Accompagnement enregistré. Suivant : %1 (Entrée pour le prendre).</translation>
    </message>
    <message>
        <source>Suppression annulée.</source>
        <translation>Suppression annulée.</translation>
    </message>
    <message>
        <source>Accompagnement supprimé.</source>
        <translation>Accompagnement supprimé.</translation>
    </message>
    <message>
        <source>Accompagnement supprimé. « Annuler » (Ctrl+Z) pendant 15 s.</source>
        <translation>Accompagnement supprimé. « Annuler » (Ctrl+Z) pendant 15 s.</translation>
    </message>
    <message>
        <source>%1 remis dans la file.</source>
        <translation>%1 remis dans la file.</translation>
    </message>
    <message>
        <source>%1 noté parti sans aide.</source>
        <translation>%1 noté parti sans aide.</translation>
    </message>
    <message>
        <source>%1 noté parti sans aide. « Annuler » (Ctrl+Z) pendant 15 s.</source>
        <translation>%1 noté parti sans aide. « Annuler » (Ctrl+Z) pendant 15 s.</translation>
    </message>
    <message>
        <source>Atelier enregistré.</source>
        <translation>Atelier enregistré.</translation>
    </message>
</context>
<context>
    <name>DoctorDialog</name>
    <message>
        <source>État du poste</source>
        <translation>État du poste</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Vérifié</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>La même chose en ligne de commande : « pasapas doctor » (ou « --json »).</source>
        <translation>La même chose en ligne de commande : « pasapas doctor » (ou « --json »).</translation>
    </message>
    <message>
        <source>&amp;Actualiser</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Copier le rapport</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Tout va bien sur ce poste (%1).</source>
        <translation>Tout va bien sur ce poste (%1).</translation>
    </message>
    <message>
        <source>%2 problème(s) à corriger sur ce poste (%1).</source>
        <translation>%2 problème(s) à corriger sur ce poste (%1).</translation>
    </message>
    <message>
        <source>Pas à Pas — état du poste (%1)</source>
        <translation>Pas à Pas — état du poste (%1)</translation>
    </message>
    <message>
        <source>Rapport copié.</source>
        <translation>Rapport copié.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Bienvenue dans Pas à Pas</source>
        <translation>Bienvenue dans Pas à Pas</translation>
    </message>
    <message>
        <source>&amp;Commencer</source>
        <translation>&amp;Commencer</translation>
    </message>
</context>
<context>
    <name>GuideEditor</name>
    <message>
        <source>Brouillon</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Publié</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Nouveau guide</source>
        <translation>Nouveau guide</translation>
    </message>
    <message>
        <source>Titre du guide</source>
        <translation>Titre du guide</translation>
    </message>
    <message>
        <source>Modifier « {title} »</source>
        <translation>Modifier « {title} »</translation>
    </message>
    <message>
        <source>Guide livré avec Pas à Pas : vos modifications restent sur ce réseau de postes et le guide sera marqué « modifié ici ». Pour un guide à vous, utilisez plutôt « Dupliquer ».</source>
        <translation>Guide livré avec Pas à Pas : vos modifications restent sur ce réseau de postes et le guide sera marqué « modifié ici ». Pour un guide à vous, utilisez plutôt « Dupliquer ».</translation>
    </message>
    <message>
        <source>Ajoutez au moins le site officiel de la démarche.</source>
        <translation>Ajoutez au moins le site officiel de la démarche.</translation>
    </message>
    <message>
        <source>Étape {n} sur {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
        <source>Aucune étape : ajoutez-en une</source>
        <translation>Aucune étape : ajoutez-en une</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Nouvelle étape</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Ajouter une image</source>
        <translation>Ajouter une image</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Donnez d&apos;abord un titre au guide.</source>
        <translation>Donnez d&apos;abord un titre au guide.</translation>
    </message>
    <message>
        <source>Image non ajoutée</source>
        <translation>Image non ajoutée</translation>
    </message>
    <message>
        <source>Capture d’écran</source>
        <translation>Capture d’écran</translation>
    </message>
    <message>
        <source>Le texte ne peut pas revenir dans le formulaire : {error}. Corrigez-le ici.</source>
        <translation>Le texte ne peut pas revenir dans le formulaire : {error}. Corrigez-le ici.</translation>
    </message>
    <message>
        <source>ligne {n} : </source>
        <translation>ligne {n} : </translation>
    </message>
    <message numerus="yes">
        <source>%n erreur(s) à corriger avant d&apos;enregistrer</source>
        <translation>
            <numerusform>%n erreur(s) à corriger avant d&apos;enregistrer</numerusform>
            <numerusform>%n erreur(s) à corriger avant d&apos;enregistrer</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune erreur ; quelques conseils :</source>
        <translation>Aucune erreur ; quelques conseils :</translation>
    </message>
    <message>
        <source>Le guide est valide.</source>
        <translation>Le guide est valide.</translation>
    </message>
    <message>
        <source>identifiant</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>titre</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>résumé</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>thématiques</source>
        <translation>thématiques</translation>
    </message>
    <message>
        <source>démarches</source>
        <translation>démarches</translation>
    </message>
    <message>
        <source>sites officiels</source>
        <translation>sites officiels</translation>
    </message>
    <message>
        <source>avant de commencer</source>
        <translation>avant de commencer</translation>
    </message>
    <message>
        <source>durée</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>niveau</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>vérifié le</source>
        <translation>vérifié le</translation>
    </message>
    <message>
        <source>facile à lire</source>
        <translation>facile à lire</translation>
    </message>
    <message>
        <source>mots-clés</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>Guide non enregistré</source>
        <translation>Guide non enregistré</translation>
    </message>
    <message>
        <source>Abandonner les modifications ?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <source>Les modifications de ce guide ne sont pas enregistrées. Les abandonner ?</source>
        <translation>Les modifications de ce guide ne sont pas enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>Abandonner les modifications</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Continuer à modifier</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <source>Supprimer ce guide ?</source>
        <translation>Supprimer ce guide ?</translation>
    </message>
    <message>
        <source>« {title} » sera supprimé de ce poste et des autres postes du réseau.</source>
        <translation>« {title} » sera supprimé de ce poste et des autres postes du réseau.</translation>
    </message>
    <message>
        <source>Supprimer le guide</source>
        <translation>Supprimer le guide</translation>
    </message>
    <message>
        <source>Garder le guide</source>
        <translation>Garder le guide</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Voir le détail</source>
        <translation>Voir le détail</translation>
    </message>
    <message>
        <source>Les sites officiels</source>
        <translation>Les sites officiels</translation>
    </message>
    <message>
        <source>En gros caractères</source>
        <translation>En gros caractères</translation>
    </message>
    <message>
        <source>Imprimer en gros caractères</source>
        <translation>Imprimer en gros caractères</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Annuler l&apos;impression</source>
        <translation>Annuler l&apos;impression</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Étape précédente</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Suivant</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Étape suivante</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Imprimer ce guide</source>
        <translation>Imprimer ce guide</translation>
    </message>
    <message>
        <source>Avant de commencer</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>En bref</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>Ce qu&apos;il faut avant de commencer :</source>
        <translation>Ce qu&apos;il faut avant de commencer :</translation>
    </message>
    <message>
        <source>Attention : la démarche sur le site officiel est gratuite. Tapez vous-même l&apos;adresse ; les sites de l&apos;État finissent par .gouv.fr.</source>
        <translation>Attention : la démarche sur le site officiel est gratuite. Tapez vous-même l&apos;adresse ; les sites de l&apos;État finissent par .gouv.fr.</translation>
    </message>
    <message>
        <source>Étape %1 sur %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Attention : %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <source>Astuce : %1</source>
        <translation>Astuce : %1</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Terminer le guide</source>
        <translation>Terminer le guide</translation>
    </message>
    <message>
        <source>Retour à la liste</source>
        <translation>Retour à la liste</translation>
    </message>
    <message>
        <source>Image de l&apos;étape</source>
        <translation>Image de l&apos;étape</translation>
    </message>
    <message>
        <source>Cacher le détail</source>
        <translation>Cacher le détail</translation>
    </message>
    <message>
        <source>Ce guide fait %1 page(s). Il vous reste %2 page(s) à imprimer pendant cette visite : demandez à l&apos;accueil.</source>
        <translation>Ce guide fait %1 page(s). Il vous reste %2 page(s) à imprimer pendant cette visite : demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Ce guide fait %1 page(s). Vous pouvez encore imprimer %2 page(s) pendant cette visite.</source>
        <translation>Ce guide fait %1 page(s). Vous pouvez encore imprimer %2 page(s) pendant cette visite.</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <source>{minutes} min · niveau {level} · vérifié le {day} · version {version}</source>
        <translation>{minutes} min · niveau {level} · vérifié le {day} · version {version}</translation>
    </message>
    <message>
        <source>Brouillon : ce guide n&apos;est pas encore publié.</source>
        <translation>Brouillon : ce guide n&apos;est pas encore publié.</translation>
    </message>
    <message>
        <source>Une version officielle plus récente de ce guide existe. Ce poste garde la version modifiée ici.</source>
        <translation>Une version officielle plus récente de ce guide existe. Ce poste garde la version modifiée ici.</translation>
    </message>
    <message>
        <source>Guide livré modifié ici.</source>
        <translation>Guide livré modifié ici.</translation>
    </message>
    <message>
        <source>Utilisé pour cette personne</source>
        <translation>Utilisé pour cette personne</translation>
    </message>
    <message>
        <source>Ouvrir dans le navigateur : {url}</source>
        <translation>Ouvrir dans le navigateur : {url}</translation>
    </message>
    <message>
        <source>Étape {n} sur {total}</source>
        <translation>Étape {n} sur {total}</translation>
    </message>
    <message>
        <source>Attention :</source>
        <translation>Attention :</translation>
    </message>
    <message>
        <source>Astuce :</source>
        <translation>Astuce :</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Astuce</source>
        <translation>Astuce</translation>
    </message>
    <message>
        <source>Version facile à lire · {counter}</source>
        <translation>Version facile à lire · {counter}</translation>
    </message>
    <message>
        <source>Ce que vous allez faire :</source>
        <translation>Ce que vous allez faire :</translation>
    </message>
    <message>
        <source>Introduction facile à lire</source>
        <translation>Introduction facile à lire</translation>
    </message>
    <message>
        <source>✓ Noté pour cette personne</source>
        <translation>✓ Noté pour cette personne</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Guides livrés non chargés : {error}</source>
        <translation>Guides livrés non chargés : {error}</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <source>Imprimer une fiche</source>
        <translation>Imprimer une fiche</translation>
    </message>
    <message>
        <source>Aperçu de la fiche</source>
        <translation>Aperçu de la fiche</translation>
    </message>
    <message>
        <source>Préparation de l&apos;aperçu…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Enregistrer le PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>&amp;Fermer</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>L&apos;aperçu n&apos;a pas pu être préparé : %1</source>
        <translation>L&apos;aperçu n&apos;a pas pu être préparé : %1</translation>
    </message>
    <message>
        <source>Cochez au moins un guide.</source>
        <translation>Cochez au moins un guide.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>Imprimer la fiche</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Impression</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>La fiche n&apos;a pas été imprimée : %1</source>
        <translation>La fiche n&apos;a pas été imprimée : %1</translation>
    </message>
    <message>
        <source>Enregistrer la fiche</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>La fiche n&apos;a pas été enregistrée dans %1 : %2. Choisissez un autre dossier.</source>
        <translation>La fiche n&apos;a pas été enregistrée dans %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Fiche enregistrée dans %1</source>
        <translation>Fiche enregistrée dans %1</translation>
    </message>
</context>
<context>
    <name>HandoutForm</name>
    <message>
        <source>Pour qui</source>
        <translation>Pour qui</translation>
    </message>
    <message>
        <source>facultatif</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Imprimé sur la fiche seulement : le prénom n&apos;est pas enregistré.</source>
        <translation>Imprimé sur la fiche seulement : le prénom n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>&amp;Prénom :</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Gros caractères (FALC)</source>
        <translation>Gros caractères (FALC)</translation>
    </message>
    <message>
        <source>Mise en page :</source>
        <translation>Mise en page :</translation>
    </message>
    <message>
        <source>Point d&apos;aide :</source>
        <translation>Point d&apos;aide :</translation>
    </message>
    <message>
        <source>Guides, dans l&apos;ordre de la fiche</source>
        <translation>Guides, dans l&apos;ordre de la fiche</translation>
    </message>
    <message>
        <source>Guides de la fiche</source>
        <translation>Guides de la fiche</translation>
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
        <source>Contenu</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Décochez ce qui est inutile, ou déjà prêt.</source>
        <translation>Décochez ce qui est inutile, ou déjà prêt.</translation>
    </message>
    <message>
        <source>Un document décoché est imprimé coché, avec « déjà prêt ».</source>
        <translation>Un document décoché est imprimé coché, avec « déjà prêt ».</translation>
    </message>
    <message>
        <source>Étapes et documents</source>
        <translation>Étapes et documents</translation>
    </message>
    <message>
        <source>Ce qu&apos;il faut avant de commencer</source>
        <translation>Ce qu&apos;il faut avant de commencer</translation>
    </message>
    <message>
        <source>Étape %1 : %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>Étapes</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Notes du conseiller (imprimées)</source>
        <translation>Notes du conseiller (imprimées)</translation>
    </message>
    <message>
        <source>Pas de mot de passe, pas de donnée de santé.</source>
        <translation>Pas de mot de passe, pas de donnée de santé.</translation>
    </message>
    <message>
        <source>Prochain rendez-vous</source>
        <translation>Prochain rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Date et heure :</source>
        <translation>&amp;Date et heure :</translation>
    </message>
    <message>
        <source>le point d&apos;aide</source>
        <translation>le point d&apos;aide</translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Ajouter « Ma fiche de suivi »</source>
        <translation>Ajouter « Ma fiche de suivi »</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Retour</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Pour quoi voulez-vous de l&apos;aide ?</source>
        <translation>Pour quoi voulez-vous de l&apos;aide ?</translation>
    </message>
    <message>
        <source>Votre prénom, pour qu&apos;on vous appelle (ce n&apos;est pas obligatoire) :</source>
        <translation>Votre prénom, pour qu&apos;on vous appelle (ce n&apos;est pas obligatoire) :</translation>
    </message>
    <message>
        <source>Votre prénom (facultatif)</source>
        <translation>Votre prénom (facultatif)</translation>
    </message>
    <message>
        <source>Prendre mon ticket</source>
        <translation>Prendre mon ticket</translation>
    </message>
    <message>
        <source>Aide pour : %1</source>
        <translation>Aide pour : %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Bonjour ! Que voulez-vous faire ?</source>
        <translation>Bonjour ! Que voulez-vous faire ?</translation>
    </message>
    <message>
        <source>Touchez un thème, ou cherchez avec un mot.</source>
        <translation>Touchez un thème, ou cherchez avec un mot.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Vous êtes toujours là ?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continuer : je suis toujours là</source>
        <translation>Continuer : je suis toujours là</translation>
    </message>
    <message>
        <source>Sans réponse, l&apos;écran revient à l&apos;accueil dans %1 secondes et tout ce que vous avez tapé est effacé.</source>
        <translation>Sans réponse, l&apos;écran revient à l&apos;accueil dans %1 secondes et tout ce que vous avez tapé est effacé.</translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <source>Copier</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copier l&apos;image du graphique</source>
        <translation>Copier l&apos;image du graphique</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Enregistrer le graphique en image PNG</source>
        <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
        <source>Enregistrer le graphique</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>Image PNG (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>fichier</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>ImportPackDialog</name>
    <message>
        <source>Importer des guides</source>
        <translation>Importer des guides</translation>
    </message>
    <message>
        <source>Un paquet de guides (fichier .zip) exporté par un autre point d&apos;aide. Vous verrez ce qu&apos;il ajoute et ce qu&apos;il remplace avant que rien ne soit importé.</source>
        <translation>Un paquet de guides (fichier .zip) exporté par un autre point d&apos;aide. Vous verrez ce qu&apos;il ajoute et ce qu&apos;il remplace avant que rien ne soit importé.</translation>
    </message>
    <message>
        <source>Aucun fichier choisi</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>Paquet de guides choisi</source>
        <translation>Paquet de guides choisi</translation>
    </message>
    <message>
        <source>&amp;Choisir un fichier…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Ce que fera l&apos;import</source>
        <translation>Ce que fera l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choisir un paquet de guides</source>
        <translation>Choisir un paquet de guides</translation>
    </message>
    <message>
        <source>Paquets de guides (*.zip);;Tous les fichiers (*)</source>
        <translation>Paquets de guides (*.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Lecture du paquet…</source>
        <translation>Lecture du paquet…</translation>
    </message>
    <message>
        <source>Lecture du paquet de guides</source>
        <translation>Lecture du paquet de guides</translation>
    </message>
    <message>
        <source>Nouveaux guides ajoutés (%1) :</source>
        <translation>Nouveaux guides ajoutés (%1) :</translation>
    </message>
    <message>
        <source>Guides modifiés ici, remplacés par ceux du paquet (%1) :</source>
        <translation>Guides modifiés ici, remplacés par ceux du paquet (%1) :</translation>
    </message>
    <message>
        <source>Déjà identiques, rien ne change (%1) :</source>
        <translation>Déjà identiques, rien ne change (%1) :</translation>
    </message>
    <message>
        <source>Guides fournis avec Pas à Pas, gardés tels quels — un import ne les remplace jamais (%1) :</source>
        <translation>Guides fournis avec Pas à Pas, gardés tels quels — un import ne les remplace jamais (%1) :</translation>
    </message>
    <message>
        <source>Ce paquet n&apos;apporte rien de nouveau : rien à importer.</source>
        <translation>Ce paquet n&apos;apporte rien de nouveau : rien à importer.</translation>
    </message>
    <message>
        <source>Le paquet ajoute %1 guide(s) et en remplace %2.</source>
        <translation>Le paquet ajoute %1 guide(s) et en remplace %2.</translation>
    </message>
    <message>
        <source>Remplacer les guides modifiés ici (%1) : leurs modifications locales seront perdues</source>
        <translation>Remplacer les guides modifiés ici (%1) : leurs modifications locales seront perdues</translation>
    </message>
    <message>
        <source>Paquet refusé : aucun guide n&apos;a été importé.</source>
        <translation>Paquet refusé : aucun guide n&apos;a été importé.</translation>
    </message>
    <message>
        <source>… et %1 autre(s) problème(s).</source>
        <translation>… et %1 autre(s) problème(s).</translation>
    </message>
    <message>
        <source>Demandez à qui vous l&apos;a envoyé de corriger ces guides et de refaire l&apos;export.</source>
        <translation>Demandez à qui vous l&apos;a envoyé de corriger ces guides et de refaire l&apos;export.</translation>
    </message>
    <message>
        <source>Paquet de guides : %1</source>
        <translation>Paquet de guides : %1</translation>
    </message>
    <message>
        <source>Cochez la case ci-dessus pour importer : le paquet remplace des guides modifiés ici.</source>
        <translation>Cochez la case ci-dessus pour importer : le paquet remplace des guides modifiés ici.</translation>
    </message>
    <message>
        <source>Un guide a changé entre-temps : vérifiez de nouveau.</source>
        <translation>Un guide a changé entre-temps : vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Import des guides</source>
        <translation>Import des guides</translation>
    </message>
    <message>
        <source>Guides importés : %1 ajouté(s), %2 remplacé(s).</source>
        <translation>Guides importés : %1 ajouté(s), %2 remplacé(s).</translation>
    </message>
</context>
<context>
    <name>KioskPinDialog</name>
    <message>
        <source>Code du personnel de la borne</source>
        <translation>Code du personnel de la borne</translation>
    </message>
    <message>
        <source>Ce code permet au personnel de quitter la borne ou de la régler (toucher cinq fois « Pas à Pas » en haut à gauche, ou Ctrl+Alt+Maj+K). De 4 à 12 chiffres. Il est gardé haché, jamais en clair.</source>
        <translation>Ce code permet au personnel de quitter la borne ou de la régler (toucher cinq fois « Pas à Pas » en haut à gauche, ou Ctrl+Alt+Maj+K). De 4 à 12 chiffres. Il est gardé haché, jamais en clair.</translation>
    </message>
    <message>
        <source>Un code est déjà réglé : le nouveau le remplace.</source>
        <translation>Un code est déjà réglé : le nouveau le remplace.</translation>
    </message>
    <message>
        <source>Nouveau code</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>&amp;Nouveau code :</source>
        <translation>&amp;Nouveau code :</translation>
    </message>
    <message>
        <source>Le même code, encore une fois</source>
        <translation>Le même code, encore une fois</translation>
    </message>
    <message>
        <source>&amp;Encore une fois :</source>
        <translation>&amp;Encore une fois :</translation>
    </message>
    <message>
        <source>Encore une fois : les deux codes sont différents ; retapez-les.</source>
        <translation>Encore une fois : les deux codes sont différents ; retapez-les.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Pas à Pas — borne</source>
        <translation>Pas à Pas — borne</translation>
    </message>
    <message>
        <source>Pas à Pas</source>
        <translation>Pas à Pas</translation>
    </message>
    <message>
        <source>Accueil</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Revenir à l&apos;accueil</source>
        <translation>Revenir à l&apos;accueil</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation>Texte plus petit</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Texte plus grand</translation>
    </message>
    <message>
        <source>Contraste</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Contraste élevé</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Écouter</translation>
    </message>
    <message>
        <source>Écouter le texte de l&apos;écran</source>
        <translation>Écouter le texte de l&apos;écran</translation>
    </message>
    <message>
        <source>Je voudrais de l&apos;aide</source>
        <translation>Je voudrais de l&apos;aide</translation>
    </message>
    <message>
        <source>Taille du texte : %1 %</source>
        <translation>Taille du texte : %1 %</translation>
    </message>
    <message>
        <source>Résultats pour « %1 »</source>
        <translation>Résultats pour « %1 »</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez à l&apos;accueil.</source>
        <translation>L&apos;impression n&apos;a pas marché. Demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>C&apos;est imprimé : prenez vos feuilles à l&apos;imprimante.</source>
        <translation>C&apos;est imprimé : prenez vos feuilles à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Trop d&apos;essais : attendez une minute.</source>
        <translation>Trop d&apos;essais : attendez une minute.</translation>
    </message>
    <message>
        <source>Code incorrect.</source>
        <translation>Code incorrect.</translation>
    </message>
    <message>
        <source>Réglages enregistrés.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Guides livrés ignorés (fichier abîmé) :</source>
        <translation>Guides livrés ignorés (fichier abîmé) :</translation>
    </message>
    <message>
        <source>À revoir ({n})</source>
        <translation>À revoir ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s) trouvé(s)</source>
        <translation>
            <numerusform>%n guide(s) trouvé(s)</numerusform>
            <numerusform>%n guide(s) trouvé(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>À revoir : %n guide(s) vérifié(s) il y a plus de six mois</source>
        <translation>
            <numerusform>À revoir : %n guide(s) vérifié(s) il y a plus de six mois</numerusform>
            <numerusform>À revoir : %n guide(s) vérifié(s) il y a plus de six mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tous les guides (%n)</source>
        <translation>
            <numerusform>Tous les guides (%n)</numerusform>
            <numerusform>Tous les guides (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun guide ne correspond à « {query} ».</source>
        <translation>Aucun guide ne correspond à « {query} ».</translation>
    </message>
    <message>
        <source>Cherchez la démarche sur service-public.gouv.fr (tapez vous-même l&apos;adresse), ou demandez à l&apos;accueil.</source>
        <translation>Cherchez la démarche sur service-public.gouv.fr (tapez vous-même l&apos;adresse), ou demandez à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Jamais vérifié</source>
        <translation>Jamais vérifié</translation>
    </message>
    <message>
        <source>Vérifié le {day}</source>
        <translation>Vérifié le {day}</translation>
    </message>
    <message>
        <source>  [brouillon]</source>
        <translation>  [brouillon]</translation>
    </message>
</context>
<context>
    <name>LinkBox</name>
    <message>
        <source>Tapez vous-même cette adresse chez vous, ou lisez le code avec votre téléphone.</source>
        <translation>Tapez vous-même cette adresse chez vous, ou lisez le code avec votre téléphone.</translation>
    </message>
    <message>
        <source>Code QR de %1</source>
        <translation>Code QR de %1</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Retour</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>Aucun guide trouvé. Essayez un autre mot, ou demandez de l&apos;aide.</source>
        <translation>Aucun guide trouvé. Essayez un autre mot, ou demandez de l&apos;aide.</translation>
    </message>
    <message>
        <source>Je voudrais de l&apos;aide</source>
        <translation>Je voudrais de l&apos;aide</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>File d&apos;attente</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>Tickets en attente</source>
        <translation>Tickets en attente</translation>
    </message>
    <message>
        <source>Poste verrouillé. Connectez-vous pour reprendre.</source>
        <translation>Poste verrouillé. Connectez-vous pour reprendre.</translation>
    </message>
    <message>
        <source>%1 — attend depuis %2 min</source>
        <translation>%1 — attend depuis %2 min</translation>
    </message>
    <message>
        <source>Personne n&apos;attend.</source>
        <translation>Personne n&apos;attend.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>7 derniers jours</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>12 derniers mois</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Tout</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Période…</source>
        <translation>Période…</translation>
    </message>
    <message>
        <source>Rechercher dans les notes…</source>
        <translation>Rechercher dans les notes…</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Thématique</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>État</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Texte des notes</source>
        <translation>Texte des notes</translation>
    </message>
    <message>
        <source>Tous types</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <source>Toutes thématiques</source>
        <translation>Toutes thématiques</translation>
    </message>
    <message>
        <source>Tous états</source>
        <translation>Tous états</translation>
    </message>
    <message>
        <source>Journal des accompagnements</source>
        <translation>Journal des accompagnements</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Supprimer (Suppr)</source>
        <translation>Supprimer (Suppr)</translation>
    </message>
    <message>
        <source>Atelier collectif…</source>
        <translation>Atelier collectif…</translation>
    </message>
    <message>
        <source>Exporter (CSV)…</source>
        <translation>Exporter (CSV)…</translation>
    </message>
    <message>
        <source>Tous les lieux</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>Tous les conseillers</source>
        <translation>Tous les conseillers</translation>
    </message>
    <message>
        <source>accompagnement</source>
        <translation>accompagnement</translation>
    </message>
    <message>
        <source>accompagnements</source>
        <translation>accompagnements</translation>
    </message>
    <message>
        <source>atelier</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>ateliers</source>
        <translation>ateliers</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>dont %1 (%2)</source>
        <translation>dont %1 (%2)</translation>
    </message>
    <message>
        <source>Exporter les accompagnements</source>
        <translation>Exporter les accompagnements</translation>
    </message>
    <message>
        <source>Fichier CSV (*.csv)</source>
        <translation>Fichier CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 accompagnements exportés dans %2</source>
        <translation>%1 accompagnements exportés dans %2</translation>
    </message>
    <message>
        <source>Export en cours…</source>
        <translation>Export en cours…</translation>
    </message>
</context>
<context>
    <name>LoginWidget</name>
    <message>
        <source>Connexion</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Mot de passe :</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Avec mon &amp;code court (poste de confiance)</source>
        <translation>Avec mon &amp;code court (poste de confiance)</translation>
    </message>
    <message>
        <source>Se &amp;connecter</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Fusionner deux lieux</source>
        <translation>Fusionner deux lieux</translation>
    </message>
    <message>
        <source>Fusionner deux conseillers</source>
        <translation>Fusionner deux conseillers</translation>
    </message>
    <message>
        <source>Deux fiches pour un même lieu (écrit autrement) : les accompagnements du second passent au premier, qui est gardé ; le second n&apos;est plus proposé. La fusion est envoyée aux autres postes à la prochaine synchronisation.</source>
        <translation>Deux fiches pour un même lieu (écrit autrement) : les accompagnements du second passent au premier, qui est gardé ; le second n&apos;est plus proposé. La fusion est envoyée aux autres postes à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Deux fiches pour une même personne : les accompagnements de la seconde passent à la première, qui est gardée ; la seconde n&apos;est plus proposée. La fusion est envoyée aux autres postes à la prochaine synchronisation.</source>
        <translation>Deux fiches pour une même personne : les accompagnements de la seconde passent à la première, qui est gardée ; la seconde n&apos;est plus proposée. La fusion est envoyée aux autres postes à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Fiche &amp;gardée :</source>
        <translation>Fiche &amp;gardée :</translation>
    </message>
    <message>
        <source>Fiche &amp;retirée :</source>
        <translation>Fiche &amp;retirée :</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Il faut au moins deux fiches pour fusionner.</source>
        <translation>Il faut au moins deux fiches pour fusionner.</translation>
    </message>
    <message>
        <source>Choisissez deux fiches différentes.</source>
        <translation>Choisissez deux fiches différentes.</translation>
    </message>
    <message>
        <source>« %2 » n&apos;a aucun accompagnement ; sa fiche ne sera plus proposée.</source>
        <translation>« %2 » n&apos;a aucun accompagnement ; sa fiche ne sera plus proposée.</translation>
    </message>
    <message>
        <source>« %2 » : %1 passera à « %3 » ; sa fiche ne sera plus proposée.</source>
        <translation>« %2 » : %1 passera à « %3 » ; sa fiche ne sera plus proposée.</translation>
    </message>
    <message>
        <source>« %2 » : %1 passeront à « %3 » ; sa fiche ne sera plus proposée.</source>
        <translation>« %2 » : %1 passeront à « %3 » ; sa fiche ne sera plus proposée.</translation>
    </message>
    <message>
        <source>accompagnement</source>
        <translation>accompagnement</translation>
    </message>
    <message>
        <source>accompagnements</source>
        <translation>accompagnements</translation>
    </message>
    <message>
        <source>Fusionner « %1 » dans « %2 » ? Cela ne s&apos;annule pas.</source>
        <translation>Fusionner « %1 » dans « %2 » ? Cela ne s&apos;annule pas.</translation>
    </message>
</context>
<context>
    <name>NetworkKeyDialog</name>
    <message>
        <source>Retirer un poste du réseau</source>
        <translation>Retirer un poste du réseau</translation>
    </message>
    <message>
        <source>Changer la phrase secrète du réseau</source>
        <translation>Changer la phrase secrète du réseau</translation>
    </message>
    <message>
        <source>Pour un PC volé, perdu ou qui quitte le réseau. Ses fichiers écrits à partir de maintenant seront refusés par tous les autres postes, et le réseau passe à une nouvelle clé, ouverte par une nouvelle phrase secrète. Il garde ce qu&apos;il avait déjà : retirez-lui aussi l&apos;accès au dossier partagé.</source>
        <translation>Pour un PC volé, perdu ou qui quitte le réseau. Ses fichiers écrits à partir de maintenant seront refusés par tous les autres postes, et le réseau passe à une nouvelle clé, ouverte par une nouvelle phrase secrète. Il garde ce qu&apos;il avait déjà : retirez-lui aussi l&apos;accès au dossier partagé.</translation>
    </message>
    <message>
        <source>Le réseau passe à une nouvelle clé, ouverte par la nouvelle phrase secrète ; l&apos;ancienne n&apos;ouvrira plus rien de ce qui sera écrit ensuite. Les postes qui retiennent la clé la reçoivent d&apos;eux-mêmes ; sur les autres, il faudra taper la nouvelle phrase.</source>
        <translation>Le réseau passe à une nouvelle clé, ouverte par la nouvelle phrase secrète ; l&apos;ancienne n&apos;ouvrira plus rien de ce qui sera écrit ensuite. Les postes qui retiennent la clé la reçoivent d&apos;eux-mêmes ; sur les autres, il faudra taper la nouvelle phrase.</translation>
    </message>
    <message>
        <source>&amp;Poste à retirer :</source>
        <translation>&amp;Poste à retirer :</translation>
    </message>
    <message>
        <source>Phrase &amp;actuelle :</source>
        <translation>Phrase &amp;actuelle :</translation>
    </message>
    <message>
        <source>&amp;Nouvelle phrase secrète :</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>La même, &amp;encore :</source>
        <translation>La même, &amp;encore :</translation>
    </message>
    <message>
        <source>Retirer ce poste</source>
        <translation>Retirer ce poste</translation>
    </message>
    <message>
        <source>Changer la phrase</source>
        <translation>Changer la phrase</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Ce poste n&apos;a pas de dossier partagé : réglez d&apos;abord la synchronisation.</source>
        <translation>Ce poste n&apos;a pas de dossier partagé : réglez d&apos;abord la synchronisation.</translation>
    </message>
    <message>
        <source>Lecture du dossier partagé…</source>
        <translation>Lecture du dossier partagé…</translation>
    </message>
    <message>
        <source>(nom inconnu) %1</source>
        <translation>(nom inconnu) %1</translation>
    </message>
    <message>
        <source>Aucun autre poste dans le dossier partagé.</source>
        <translation>Aucun autre poste dans le dossier partagé.</translation>
    </message>
    <message>
        <source>Nouvelle phrase secrète : au moins 8 caractères (une phrase facile à retenir, par exemple « la médiathèque ouvre à neuf heures »).</source>
        <translation>Nouvelle phrase secrète : au moins 8 caractères (une phrase facile à retenir, par exemple « la médiathèque ouvre à neuf heures »).</translation>
    </message>
    <message>
        <source>La même, encore : les deux saisies diffèrent ; tapez-la à nouveau.</source>
        <translation>La même, encore : les deux saisies diffèrent ; tapez-la à nouveau.</translation>
    </message>
    <message>
        <source>Phrase actuelle : ce poste ne retient pas la clé, tapez la phrase secrète actuelle du réseau.</source>
        <translation>Phrase actuelle : ce poste ne retient pas la clé, tapez la phrase secrète actuelle du réseau.</translation>
    </message>
    <message>
        <source>Retirer « %1 » du réseau ? Cela ne s&apos;annule pas.</source>
        <translation>Retirer « %1 » du réseau ? Cela ne s&apos;annule pas.</translation>
    </message>
    <message>
        <source>Changer la phrase secrète du réseau ?</source>
        <translation>Changer la phrase secrète du réseau ?</translation>
    </message>
    <message>
        <source>Nouvelle clé en préparation…</source>
        <translation>Nouvelle clé en préparation…</translation>
    </message>
    <message>
        <source>« %1 » est retiré du réseau : ses nouveaux fichiers seront refusés.</source>
        <translation>« %1 » est retiré du réseau : ses nouveaux fichiers seront refusés.</translation>
    </message>
    <message>
        <source>Nouvelle clé n° %1 en place.</source>
        <translation>Nouvelle clé n° %1 en place.</translation>
    </message>
    <message>
        <source>Reçue d&apos;elle-même à la prochaine synchronisation par : %1.</source>
        <translation>Reçue d&apos;elle-même à la prochaine synchronisation par : %1.</translation>
    </message>
    <message>
        <source>À taper sur : %1 (la nouvelle phrase, dans « Réglages de synchronisation »).</source>
        <translation>À taper sur : %1 (la nouvelle phrase, dans « Réglages de synchronisation »).</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Le réseau des points d&apos;aide</source>
        <translation>Le réseau des points d&apos;aide</translation>
    </message>
    <message>
        <source>Les postes de la ville partagent leurs données par un dossier partagé (partage réseau, clé USB ou dossier synchronisé), chiffrées par une phrase secrète.</source>
        <translation>Les postes de la ville partagent leurs données par un dossier partagé (partage réseau, clé USB ou dossier synchronisé), chiffrées par une phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Rejoindre le réseau de la ville (un autre poste est déjà installé)</source>
        <translation>&amp;Rejoindre le réseau de la ville (un autre poste est déjà installé)</translation>
    </message>
    <message>
        <source>Cré&amp;er un nouveau réseau (c&apos;est le premier poste installé)</source>
        <translation>Cré&amp;er un nouveau réseau (c&apos;est le premier poste installé)</translation>
    </message>
    <message>
        <source>Ce poste &amp;seul pour l&apos;instant (le réseau se règle plus tard : Outils › Réglages de synchronisation)</source>
        <translation>Ce poste &amp;seul pour l&apos;instant (le réseau se règle plus tard : Outils › Réglages de synchronisation)</translation>
    </message>
    <message>
        <source>par exemple : \\serveur\pasapas ou une clé USB</source>
        <translation>par exemple : \\serveur\pasapas ou une clé USB</translation>
    </message>
    <message>
        <source>&amp;Parcourir…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>la phrase secrète du réseau</source>
        <translation>la phrase secrète du réseau</translation>
    </message>
    <message>
        <source>La même, encore une &amp;fois :</source>
        <translation>La même, encore une &amp;fois :</translation>
    </message>
    <message>
        <source>Retenir la clé sur ce PC (la phrase elle-même n&apos;est pas enregistrée)</source>
        <translation>Retenir la clé sur ce PC (la phrase elle-même n&apos;est pas enregistrée)</translation>
    </message>
    <message>
        <source>&amp;Dossier partagé :</source>
        <translation>&amp;Dossier partagé :</translation>
    </message>
    <message>
        <source>Phrase secrè&amp;te :</source>
        <translation>Phrase secrè&amp;te :</translation>
    </message>
    <message>
        <source>Dossier partagé du réseau</source>
        <translation>Dossier partagé du réseau</translation>
    </message>
    <message>
        <source>Phrase secrète</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>les deux phrases tapées sont différentes ; retapez-les</source>
        <translation>les deux phrases tapées sont différentes ; retapez-les</translation>
    </message>
    <message>
        <source>Vérification du dossier et de la phrase secrète, puis réception des données du réseau…</source>
        <translation>Vérification du dossier et de la phrase secrète, puis réception des données du réseau…</translation>
    </message>
    <message>
        <source>Création du réseau…</source>
        <translation>Création du réseau…</translation>
    </message>
    <message>
        <source>Réseau rejoint : %1 lieu(x) et %2 conseiller(s) reçus.</source>
        <translation>Réseau rejoint : %1 lieu(x) et %2 conseiller(s) reçus.</translation>
    </message>
    <message>
        <source>Réseau créé. Les autres postes le rejoindront avec ce dossier et cette phrase secrète.</source>
        <translation>Réseau créé. Les autres postes le rejoindront avec ce dossier et cette phrase secrète.</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>Nouveau compte</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Prénom Nom</source>
        <translation>Prénom Nom</translation>
    </message>
    <message>
        <source>&amp;Administrateur</source>
        <translation>&amp;Administrateur</translation>
    </message>
    <message>
        <source>&amp;Nom :</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Mot de passe &amp;provisoire :</source>
        <translation>Mot de passe &amp;provisoire :</translation>
    </message>
    <message>
        <source>celui qui porte le même nom</source>
        <translation>celui qui porte le même nom</translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>&amp;Conseiller :</source>
        <translation>&amp;Conseiller :</translation>
    </message>
    <message>
        <source>La personne choisira son mot de passe à sa première connexion. Un conseiller voit les statistiques de ses accompagnements : ceux du conseiller choisi ici.</source>
        <translation>La personne choisira son mot de passe à sa première connexion. Un conseiller voit les statistiques de ses accompagnements : ceux du conseiller choisi ici.</translation>
    </message>
    <message>
        <source>Créer</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PcPage</name>
    <message>
        <source>Ce poste</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Son nom dans le réseau, ce qu&apos;il fait, et qui s&apos;en sert.</source>
        <translation>Son nom dans le réseau, ce qu&apos;il fait, et qui s&apos;en sert.</translation>
    </message>
    <message>
        <source>&amp;Accueil : le conseiller y enregistre les accompagnements</source>
        <translation>&amp;Accueil : le conseiller y enregistre les accompagnements</translation>
    </message>
    <message>
        <source>&amp;Borne : les visiteurs y consultent les guides seuls</source>
        <translation>&amp;Borne : les visiteurs y consultent les guides seuls</translation>
    </message>
    <message>
        <source>Les &amp;deux (l&apos;accueil, et la borne quand le conseiller s&apos;absente)</source>
        <translation>Les &amp;deux (l&apos;accueil, et la borne quand le conseiller s&apos;absente)</translation>
    </message>
    <message>
        <source>Prénom Nom</source>
        <translation>Prénom Nom</translation>
    </message>
    <message>
        <source>Choisissez dans la liste du réseau…</source>
        <translation>Choisissez dans la liste du réseau…</translation>
    </message>
    <message>
        <source>Un nouveau conseiller ou une nouvelle conseillère…</source>
        <translation>Un nouveau conseiller ou une nouvelle conseillère…</translation>
    </message>
    <message>
        <source>4 à 12 chiffres</source>
        <translation>4 à 12 chiffres</translation>
    </message>
    <message>
        <source>Code du &amp;personnel de la borne :</source>
        <translation>Code du &amp;personnel de la borne :</translation>
    </message>
    <message>
        <source>Le même code, encore une fois :</source>
        <translation>Le même code, encore une fois :</translation>
    </message>
    <message>
        <source>Nom de ce &amp;poste :</source>
        <translation>Nom de ce &amp;poste :</translation>
    </message>
    <message>
        <source>Rôle :</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>&amp;Conseiller ou conseillère :</source>
        <translation>&amp;Conseiller ou conseillère :</translation>
    </message>
    <message>
        <source>Nom de ce poste</source>
        <translation>Nom de ce poste</translation>
    </message>
    <message>
        <source>donnez un nom à ce PC (par exemple PC-ACCUEIL-1)</source>
        <translation>donnez un nom à ce PC (par exemple PC-ACCUEIL-1)</translation>
    </message>
    <message>
        <source>Conseiller ou conseillère</source>
        <translation>Conseiller ou conseillère</translation>
    </message>
    <message>
        <source>choisissez dans la liste du réseau, ou « Un nouveau conseiller… »</source>
        <translation>choisissez dans la liste du réseau, ou « Un nouveau conseiller… »</translation>
    </message>
    <message>
        <source>donnez votre prénom (et votre nom)</source>
        <translation>donnez votre prénom (et votre nom)</translation>
    </message>
    <message>
        <source>« %1 » est déjà dans le réseau : choisi(e) dans la liste</source>
        <translation>« %1 » est déjà dans le réseau : choisi(e) dans la liste</translation>
    </message>
    <message>
        <source>Code du personnel de la borne</source>
        <translation>Code du personnel de la borne</translation>
    </message>
    <message>
        <source>les deux codes tapés sont différents ; retapez-les</source>
        <translation>les deux codes tapés sont différents ; retapez-les</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>Personnes suivies</source>
        <translation>Personnes suivies</translation>
    </message>
    <message>
        <source>Les accompagnements sont anonymes. Une personne n&apos;est suivie ici qu&apos;avec son accord ; elle peut voir ses données et les faire effacer à tout moment.</source>
        <translation>Les accompagnements sont anonymes. Une personne n&apos;est suivie ici qu&apos;avec son accord ; elle peut voir ses données et les faire effacer à tout moment.</translation>
    </message>
    <message>
        <source>Chercher : nom, téléphone, e-mail, commune</source>
        <translation>Chercher : nom, téléphone, e-mail, commune</translation>
    </message>
    <message>
        <source>Chercher une personne</source>
        <translation>Chercher une personne</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Visites</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>&lt;b&gt;Historique&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Sujets</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;Nouvelle personne…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>&amp;Modifier…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Imprimer ses &amp;données…</source>
        <translation>Imprimer ses &amp;données…</translation>
    </message>
    <message>
        <source>&amp;Fusionner…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>&amp;Effacer ses données…</source>
        <translation>&amp;Effacer ses données…</translation>
    </message>
    <message>
        <source>&amp;Choisir pour cette fiche</source>
        <translation>&amp;Choisir pour cette fiche</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Imprimer les données d&apos;une personne, fusionner deux fiches et effacer une personne sont réservés aux administrateurs : demandez à un administrateur de se connecter.</source>
        <translation>Imprimer les données d&apos;une personne, fusionner deux fiches et effacer une personne sont réservés aux administrateurs : demandez à un administrateur de se connecter.</translation>
    </message>
    <message>
        <source>Aucune personne choisie.</source>
        <translation>Aucune personne choisie.</translation>
    </message>
    <message>
        <source>Personne n&apos;est suivie pour l&apos;instant.</source>
        <translation>Personne n&apos;est suivie pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 · %2 · accord du %3 (%4)</source>
        <translation>%1 · %2 · accord du %3 (%4)</translation>
    </message>
    <message>
        <source>Ses données : %1.</source>
        <translation>Ses données : %1.</translation>
    </message>
    <message>
        <source>Droits</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Aucune autre fiche à fusionner.</source>
        <translation>Aucune autre fiche à fusionner.</translation>
    </message>
    <message>
        <source>Quelle fiche est la même personne que %1 ? Ses visites et ce qui manque passent sur la fiche de %1 ; l&apos;autre fiche disparaît.</source>
        <translation>Quelle fiche est la même personne que %1 ? Ses visites et ce qui manque passent sur la fiche de %1 ; l&apos;autre fiche disparaît.</translation>
    </message>
    <message>
        <source>Fiches fusionnées : %1 visite(s) rattachée(s).</source>
        <translation>Fiches fusionnées : %1 visite(s) rattachée(s).</translation>
    </message>
    <message>
        <source>Effacer ses données ?</source>
        <translation>Effacer ses données ?</translation>
    </message>
    <message>
        <source>Effacer %1 ? Son nom, ses coordonnées, ses notes et les notes de ses visites sont effacés sur ce poste maintenant et sur les autres postes à leur synchronisation. Ses visites restent dans les statistiques, sans nom. On ne peut pas revenir en arrière.</source>
        <translation>Effacer %1 ? Son nom, ses coordonnées, ses notes et les notes de ses visites sont effacés sur ce poste maintenant et sur les autres postes à leur synchronisation. Ses visites restent dans les statistiques, sans nom. On ne peut pas revenir en arrière.</translation>
    </message>
    <message>
        <source>Données effacées ; %1 visite(s) gardée(s) sans nom.</source>
        <translation>Données effacées ; %1 visite(s) gardée(s) sans nom.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Personne suivie</source>
        <translation>Personne suivie</translation>
    </message>
    <message>
        <source>Suivre une personne</source>
        <translation>Suivre une personne</translation>
    </message>
    <message>
        <source>1. Son accord (obligatoire, d&apos;abord)</source>
        <translation>1. Son accord (obligatoire, d&apos;abord)</translation>
    </message>
    <message>
        <source>Expliquez-lui ce qui est gardé et pourquoi, et remettez-lui la feuille d&apos;accord. Sans son accord, l&apos;accompagnement reste anonyme.</source>
        <translation>Expliquez-lui ce qui est gardé et pourquoi, et remettez-lui la feuille d&apos;accord. Sans son accord, l&apos;accompagnement reste anonyme.</translation>
    </message>
    <message>
        <source>Imprimer la feuille d&apos;accord…</source>
        <translation>Imprimer la feuille d&apos;accord…</translation>
    </message>
    <message>
        <source>La personne est d&apos;accord pour être suivie (aujourd&apos;hui)</source>
        <translation>La personne est d&apos;accord pour être suivie (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Accord recueilli par</source>
        <translation>Accord recueilli par</translation>
    </message>
    <message>
        <source>Pour quoi</source>
        <translation>Pour quoi</translation>
    </message>
    <message>
        <source>Recueilli &amp;par :</source>
        <translation>Recueilli &amp;par :</translation>
    </message>
    <message>
        <source>P&amp;our :</source>
        <translation>P&amp;our :</translation>
    </message>
    <message>
        <source>2. Ses coordonnées</source>
        <translation>2. Ses coordonnées</translation>
    </message>
    <message>
        <source>par exemple 1958 (la tranche d&apos;âge en est tirée)</source>
        <translation>par exemple 1958 (la tranche d&apos;âge en est tirée)</translation>
    </message>
    <message>
        <source>Pré&amp;nom :</source>
        <translation>Pré&amp;nom :</translation>
    </message>
    <message>
        <source>No&amp;m :</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;E-mail :</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Année de naissance :</source>
        <translation>&amp;Année de naissance :</translation>
    </message>
    <message>
        <source>&amp;Commune :</source>
        <translation>&amp;Commune :</translation>
    </message>
    <message>
        <source>Notes :</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Accord donné le %1</source>
        <translation>Accord donné le %1</translation>
    </message>
    <message>
        <source>année de naissance</source>
        <translation>année de naissance</translation>
    </message>
    <message>
        <source>« %1 » : quatre chiffres, par exemple 1958</source>
        <translation>« %1 » : quatre chiffres, par exemple 1958</translation>
    </message>
    <message>
        <source>accord</source>
        <translation>accord</translation>
    </message>
    <message>
        <source>cochez d&apos;abord « La personne est d&apos;accord »</source>
        <translation>cochez d&apos;abord « La personne est d&apos;accord »</translation>
    </message>
    <message>
        <source>Déjà suivie ?</source>
        <translation>Déjà suivie ?</translation>
    </message>
    <message>
        <source>Une personne qui lui ressemble est déjà suivie :
%1</source>
        <translation>Une personne qui lui ressemble est déjà suivie :
%1</translation>
    </message>
    <message>
        <source>C&apos;est elle : utiliser sa fiche</source>
        <translation>C&apos;est elle : utiliser sa fiche</translation>
    </message>
    <message>
        <source>Quelqu&apos;un d&apos;autre : créer la fiche</source>
        <translation>Quelqu&apos;un d&apos;autre : créer la fiche</translation>
    </message>
    <message>
        <source>Revenir</source>
        <translation>Revenir</translation>
    </message>
</context>
<context>
    <name>PostSettingsDialog</name>
    <message>
        <source>Réglages du poste</source>
        <translation>Réglages du poste</translation>
    </message>
    <message>
        <source>Ce poste</source>
        <translation>Ce poste</translation>
    </message>
    <message>
        <source>Nouveau lieu…</source>
        <translation>Nouveau lieu…</translation>
    </message>
    <message>
        <source>Ajouter…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Nom du poste :</source>
        <translation>&amp;Nom du poste :</translation>
    </message>
    <message>
        <source>Lieu d&apos;activité :</source>
        <translation>Lieu d&apos;activité :</translation>
    </message>
    <message>
        <source>Conseiller :</source>
        <translation>Conseiller :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Verrouillage après inactivité</source>
        <translation>Verrouillage après inactivité</translation>
    </message>
    <message>
        <source>sans touche ni clic, puis le poste se verrouille (de %1 à %2 min)</source>
        <translation>sans touche ni clic, puis le poste se verrouille (de %1 à %2 min)</translation>
    </message>
    <message>
        <source>Verrouiller après :</source>
        <translation>Verrouiller après :</translation>
    </message>
    <message>
        <source>Le lieu, tel qu&apos;imprimé sur les fiches</source>
        <translation>Le lieu, tel qu&apos;imprimé sur les fiches</translation>
    </message>
    <message>
        <source>Adresse :</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Code postal :</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>Commune :</source>
        <translation>Commune :</translation>
    </message>
    <message>
        <source>Code Insee :</source>
        <translation>Code Insee :</translation>
    </message>
    <message>
        <source>Téléphone :</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>par exemple : mardi et jeudi 14 h – 18 h ; samedi 10 h – 12 h</source>
        <translation>par exemple : mardi et jeudi 14 h – 18 h ; samedi 10 h – 12 h</translation>
    </message>
    <message>
        <source>Horaires :</source>
        <translation>Horaires :</translation>
    </message>
    <message>
        <source>Données personnelles (RGPD)</source>
        <translation>Données personnelles (RGPD)</translation>
    </message>
    <message>
        <source> mois</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Durée de conservation</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Imprimer l&apos;affiche « Vos données »…</source>
        <translation>Imprimer l&apos;affiche « Vos données »…</translation>
    </message>
    <message>
        <source>Durée de conservation :</source>
        <translation>Durée de conservation :</translation>
    </message>
    <message>
        <source>Nouveau lieu</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <source>Nom du lieu :</source>
        <translation>Nom du lieu :</translation>
    </message>
    <message>
        <source>Ajouter un conseiller</source>
        <translation>Ajouter un conseiller</translation>
    </message>
    <message>
        <source>Prénom et nom :</source>
        <translation>Prénom et nom :</translation>
    </message>
    <message>
        <source>verrouillage</source>
        <translation>verrouillage</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>File d&apos;attente</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <source>+ Nouvelle personne (Ctrl+N)</source>
        <translation>+ Nouvelle personne (Ctrl+N)</translation>
    </message>
    <message>
        <source>Personnes en attente</source>
        <translation>Personnes en attente</translation>
    </message>
    <message>
        <source>Prendre (Entrée)</source>
        <translation>Prendre (Entrée)</translation>
    </message>
    <message>
        <source>Repère (F2)</source>
        <translation>Repère (F2)</translation>
    </message>
    <message>
        <source>Partie sans aide (Suppr)</source>
        <translation>Partie sans aide (Suppr)</translation>
    </message>
    <message>
        <source>Personne n&apos;attend.</source>
        <translation>Personne n&apos;attend.</translation>
    </message>
    <message>
        <source>%1%2 — en cours depuis %3</source>
        <translation>%1%2 — en cours depuis %3</translation>
    </message>
    <message>
        <source>%1%2 — attend depuis %3 min (arrivée %4)</source>
        <translation>%1%2 — attend depuis %3 min (arrivée %4)</translation>
    </message>
    <message>
        <source>File d&apos;attente (%1 en attente)</source>
        <translation>File d&apos;attente (%1 en attente)</translation>
    </message>
    <message>
        <source>Repère</source>
        <translation>Repère</translation>
    </message>
    <message>
        <source>Prénom ou repère pour appeler la personne (facultatif, effacé en fin de journée) :</source>
        <translation>Prénom ou repère pour appeler la personne (facultatif, effacé en fin de journée) :</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <source>Matériel</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Thématiques</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Démarche administrative</source>
        <translation>Démarche administrative</translation>
    </message>
    <message>
        <source>Autonomie</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Tranche d&apos;âge</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Touche %1 : rien à cocher dans « %2 » (le groupe encadré). Tab passe au suivant.</source>
        <translation>Touche %1 : rien à cocher dans « %2 » (le groupe encadré). Tab passe au suivant.</translation>
    </message>
    <message>
        <source>Nouvel accompagnement</source>
        <translation>Nouvel accompagnement</translation>
    </message>
    <message>
        <source>Accompagnement %1%2</source>
        <translation>Accompagnement %1%2</translation>
    </message>
    <message>
        <source>Brouillon de %1 repris.</source>
        <translation>Brouillon de %1 repris.</translation>
    </message>
    <message>
        <source>Brouillon de %1 gardé : Entrée sur ce ticket le reprend.</source>
        <translation>Brouillon de %1 gardé : Entrée sur ce ticket le reprend.</translation>
    </message>
    <message>
        <source>Effacer la fiche ?</source>
        <translation>Effacer la fiche ?</translation>
    </message>
    <message>
        <source>La fiche en cours n&apos;est pas enregistrée. Effacer ce qui est saisi (notes et guides compris) ?</source>
        <translation>La fiche en cours n&apos;est pas enregistrée. Effacer ce qui est saisi (notes et guides compris) ?</translation>
    </message>
    <message>
        <source>Atelier : modifiez-le depuis le journal (« Atelier collectif… »)</source>
        <translation>Atelier : modifiez-le depuis le journal (« Atelier collectif… »)</translation>
    </message>
    <message>
        <source>Modifier l&apos;accompagnement du %1</source>
        <translation>Modifier l&apos;accompagnement du %1</translation>
    </message>
    <message>
        <source>Appel téléphonique</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Question rapide</source>
        <translation>Question rapide</translation>
    </message>
    <message>
        <source>%1 : il reste à indiquer %2 (le groupe encadré), puis Ctrl+Entrée.</source>
        <translation>%1 : il reste à indiquer %2 (le groupe encadré), puis Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>%1 : tout est rempli, Ctrl+Entrée enregistre.</source>
        <translation>%1 : tout est rempli, Ctrl+Entrée enregistre.</translation>
    </message>
    <message>
        <source>la thématique</source>
        <translation>la thématique</translation>
    </message>
    <message>
        <source>la durée</source>
        <translation>la durée</translation>
    </message>
    <message>
        <source>le lieu</source>
        <translation>le lieu</translation>
    </message>
    <message>
        <source>le matériel</source>
        <translation>le matériel</translation>
    </message>
    <message>
        <source>la démarche</source>
        <translation>la démarche</translation>
    </message>
    <message>
        <source>un champ</source>
        <translation>un champ</translation>
    </message>
    <message>
        <source>Aucun accompagnement précédent à dupliquer.</source>
        <translation>Aucun accompagnement précédent à dupliquer.</translation>
    </message>
    <message>
        <source>Dernier accompagnement recopié : vérifiez puis enregistrez.</source>
        <translation>Dernier accompagnement recopié : vérifiez puis enregistrez.</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>fiche remise : %1</source>
        <translation>fiche remise : %1</translation>
    </message>
    <message>
        <source>Anonyme (par défaut)</source>
        <translation>Anonyme (par défaut)</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Cet enregistrement est un atelier : modifiez-le avec « Atelier collectif… ».</source>
        <translation>Cet enregistrement est un atelier : modifiez-le avec « Atelier collectif… ».</translation>
    </message>
    <message>
        <source>Accompagnement enregistré.</source>
        <translation>Accompagnement enregistré.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Un mot : impôts, carte Vitale, CAF…</source>
        <translation>Un mot : impôts, carte Vitale, CAF…</translation>
    </message>
    <message>
        <source>Chercher un guide</source>
        <translation>Chercher un guide</translation>
    </message>
    <message>
        <source>Chercher</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Clavier</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Afficher le clavier à l&apos;écran</source>
        <translation>Afficher le clavier à l&apos;écran</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Touches</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SitePage</name>
    <message>
        <source>Le lieu de ce poste</source>
        <translation>Le lieu de ce poste</translation>
    </message>
    <message>
        <source>Choisissez-le dans la liste du réseau quand il y est : un même lieu tapé deux fois compterait double dans les statistiques.</source>
        <translation>Choisissez-le dans la liste du réseau quand il y est : un même lieu tapé deux fois compterait double dans les statistiques.</translation>
    </message>
    <message>
        <source>par exemple : Médiathèque du Carré des Jalles</source>
        <translation>par exemple : Médiathèque du Carré des Jalles</translation>
    </message>
    <message>
        <source>Choisissez le lieu dans la liste du réseau…</source>
        <translation>Choisissez le lieu dans la liste du réseau…</translation>
    </message>
    <message>
        <source>Un nouveau lieu…</source>
        <translation>Un nouveau lieu…</translation>
    </message>
    <message>
        <source>&amp;Lieu d&apos;activité :</source>
        <translation>&amp;Lieu d&apos;activité :</translation>
    </message>
    <message>
        <source>Coordonnées du lieu, imprimées sur les fiches (« Besoin d&apos;aide ? »)</source>
        <translation>Coordonnées du lieu, imprimées sur les fiches (« Besoin d&apos;aide ? »)</translation>
    </message>
    <message>
        <source>par exemple : 1 place de la République</source>
        <translation>par exemple : 1 place de la République</translation>
    </message>
    <message>
        <source>par exemple : 05 56 00 00 00</source>
        <translation>par exemple : 05 56 00 00 00</translation>
    </message>
    <message>
        <source>une ligne par jour, par exemple : Mardi 14 h – 18 h</source>
        <translation>une ligne par jour, par exemple : Mardi 14 h – 18 h</translation>
    </message>
    <message>
        <source>&amp;Adresse :</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>Code postal :</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>Co&amp;mmune :</source>
        <translation>Co&amp;mmune :</translation>
    </message>
    <message>
        <source>&amp;Téléphone :</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>&amp;Horaires :</source>
        <translation>&amp;Horaires :</translation>
    </message>
    <message>
        <source>Je les donnerai plus tard (un rappel s&apos;affichera au démarrage)</source>
        <translation>Je les donnerai plus tard (un rappel s&apos;affichera au démarrage)</translation>
    </message>
    <message>
        <source>Lieu d&apos;activité</source>
        <translation>Lieu d&apos;activité</translation>
    </message>
    <message>
        <source>choisissez-le dans la liste du réseau, ou « Un nouveau lieu… »</source>
        <translation>choisissez-le dans la liste du réseau, ou « Un nouveau lieu… »</translation>
    </message>
    <message>
        <source>donnez le nom du lieu où se trouve ce poste</source>
        <translation>donnez le nom du lieu où se trouve ce poste</translation>
    </message>
    <message>
        <source>« %1 » est déjà dans le réseau : il est choisi dans la liste ; vérifiez ses coordonnées</source>
        <translation>« %1 » est déjà dans le réseau : il est choisi dans la liste ; vérifiez ses coordonnées</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>5 chiffres, par exemple 33160</source>
        <translation>5 chiffres, par exemple 33160</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>imprimé sur les fiches : indiquez-le, ou cochez « plus tard »</source>
        <translation>imprimé sur les fiches : indiquez-le, ou cochez « plus tard »</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>imprimés sur les fiches : indiquez-les, ou cochez « plus tard »</source>
        <translation>imprimés sur les fiches : indiquez-les, ou cochez « plus tard »</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Réservé au personnel</source>
        <translation>Réservé au personnel</translation>
    </message>
    <message>
        <source>Tapez le code du personnel.</source>
        <translation>Tapez le code du personnel.</translation>
    </message>
    <message>
        <source>Code du personnel</source>
        <translation>Code du personnel</translation>
    </message>
    <message>
        <source>Effacer un chiffre</source>
        <translation>Effacer un chiffre</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Valider le code</source>
        <translation>Valider le code</translation>
    </message>
    <message>
        <source>Retour à la borne</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <source>Délai avant « Vous êtes toujours là ? » (secondes)</source>
        <translation>Délai avant « Vous êtes toujours là ? » (secondes)</translation>
    </message>
    <message>
        <source>Délai d&apos;inactivité en secondes</source>
        <translation>Délai d&apos;inactivité en secondes</translation>
    </message>
    <message>
        <source>Pages qu&apos;un visiteur peut imprimer</source>
        <translation>Pages qu&apos;un visiteur peut imprimer</translation>
    </message>
    <message>
        <source>Pages par visite</source>
        <translation>Pages par visite</translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Quitter la borne</source>
        <translation>Quitter la borne</translation>
    </message>
    <message>
        <source>Chiffre %1</source>
        <translation>Chiffre %1</translation>
    </message>
    <message>
        <source>Code accepté.</source>
        <translation>Code accepté.</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>Tous types</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <source>Période</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Conseiller</source>
        <translation>Conseiller</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rapport PDF…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <source>Exporter (XLSX)…</source>
        <translation>Exporter (XLSX)…</translation>
    </message>
    <message>
        <source>Accompagnements dans le temps</source>
        <translation>Accompagnements dans le temps</translation>
    </message>
    <message>
        <source>&lt;b&gt;Quand les personnes arrivent&lt;/b&gt; — arrivées par jour et par heure · attente moyenne en minutes (′)</source>
        <translation>&lt;b&gt;Quand les personnes arrivent&lt;/b&gt; — arrivées par jour et par heure · attente moyenne en minutes (′)</translation>
    </message>
    <message>
        <source>Arrivées par jour et heure</source>
        <translation>Arrivées par jour et heure</translation>
    </message>
    <message>
        <source>Tous les lieux</source>
        <translation>Tous les lieux</translation>
    </message>
    <message>
        <source>Tous les conseillers</source>
        <translation>Tous les conseillers</translation>
    </message>
    <message>
        <source>Votre compte n&apos;est relié à aucun conseiller (aucun ne porte son nom) : pas de statistiques à montrer. Demandez à un administrateur d&apos;ajouter le conseiller sous le nom du compte (Outils › Réglages du poste).</source>
        <translation>Votre compte n&apos;est relié à aucun conseiller (aucun ne porte son nom) : pas de statistiques à montrer. Demandez à un administrateur d&apos;ajouter le conseiller sous le nom du compte (Outils › Réglages du poste).</translation>
    </message>
    <message>
        <source>Vos statistiques : seulement vos accompagnements, et les exports aussi. Celles de tous les conseillers sont réservées aux administrateurs.</source>
        <translation>Vos statistiques : seulement vos accompagnements, et les exports aussi. Celles de tous les conseillers sont réservées aux administrateurs.</translation>
    </message>
    <message>
        <source>Statistiques</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Du %1 au %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>semaine</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>mois</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Accompagnements par %1</source>
        <translation>Accompagnements par %1</translation>
    </message>
    <message>
        <source>Un an plus tôt</source>
        <translation>Un an plus tôt</translation>
    </message>
    <message>
        <source>Enregistrer le rapport d&apos;activité</source>
        <translation>Enregistrer le rapport d&apos;activité</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rapport écrit : %1</source>
        <translation>Rapport écrit : %1</translation>
    </message>
    <message>
        <source>Rapport d&apos;activité</source>
        <translation>Rapport d&apos;activité</translation>
    </message>
    <message>
        <source>Exporter les accompagnements</source>
        <translation>Exporter les accompagnements</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>%1 accompagnements exportés : %2</source>
        <translation>%1 accompagnements exportés : %2</translation>
    </message>
    <message>
        <source>Export XLSX</source>
        <translation>Export XLSX</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synchronisation avec le dossier partagé</source>
        <translation>Synchronisation avec le dossier partagé</translation>
    </message>
    <message>
        <source>choisissez d&apos;abord le dossier partagé dans les réglages</source>
        <translation>choisissez d&apos;abord le dossier partagé dans les réglages</translation>
    </message>
    <message>
        <source>erreur inattendue : {0}</source>
        <translation>erreur inattendue : {0}</translation>
    </message>
    <message>
        <source>Envoi des dernières modifications au dossier partagé…</source>
        <translation>Envoi des dernières modifications au dossier partagé…</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Réglages de synchronisation</source>
        <translation>Réglages de synchronisation</translation>
    </message>
    <message>
        <source>partage réseau, clé USB ou dossier synchronisé</source>
        <translation>partage réseau, clé USB ou dossier synchronisé</translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>la phrase secrète du réseau des points d&apos;aide</source>
        <translation>la phrase secrète du réseau des points d&apos;aide</translation>
    </message>
    <message>
        <source>Retenir la clé sur ce PC (la phrase elle-même n&apos;est pas enregistrée)</source>
        <translation>Retenir la clé sur ce PC (la phrase elle-même n&apos;est pas enregistrée)</translation>
    </message>
    <message>
        <source>Créer un nouveau réseau dans ce dossier</source>
        <translation>Créer un nouveau réseau dans ce dossier</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Dossier partagé</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <source>Phrase secrète</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Synchroniser toutes les</source>
        <translation>Synchroniser toutes les</translation>
    </message>
    <message>
        <source>Vérification du dossier…</source>
        <translation>Vérification du dossier…</translation>
    </message>
    <message>
        <source>Aucun réseau Pas à Pas dans ce dossier : cochez « Créer un nouveau réseau dans ce dossier » pour en créer un, ou choisissez le dossier du réseau existant.</source>
        <translation>Aucun réseau Pas à Pas dans ce dossier : cochez « Créer un nouveau réseau dans ce dossier » pour en créer un, ou choisissez le dossier du réseau existant.</translation>
    </message>
    <message>
        <source>Vérification de la phrase secrète…</source>
        <translation>Vérification de la phrase secrète…</translation>
    </message>
    <message>
        <source>Vérification impossible : %1</source>
        <translation>Vérification impossible : %1</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Synchronisation non réglée</source>
        <translation>Synchronisation non réglée</translation>
    </message>
    <message>
        <source>Outils › Réglages de synchronisation…</source>
        <translation>Outils › Réglages de synchronisation…</translation>
    </message>
    <message>
        <source>Synchronisé à {0}</source>
        <translation>Synchronisé à {0}</translation>
    </message>
    <message>
        <source>Jamais synchronisé</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>{0} modification(s) en attente</source>
        <translation>{0} modification(s) en attente</translation>
    </message>
    <message>
        <source>⚠ horloge de ce PC en avance de {0} jour(s)</source>
        <translation>⚠ horloge de ce PC en avance de {0} jour(s)</translation>
    </message>
    <message>
        <source>⚠ horloge de ce PC en avance</source>
        <translation>⚠ horloge de ce PC en avance</translation>
    </message>
    <message>
        <source>{0} modification(s) reçue(s) à confirmer</source>
        <translation>{0} modification(s) reçue(s) à confirmer</translation>
    </message>
    <message>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <source>Synchronisation… {0}/{1}</source>
        <translation>Synchronisation… {0}/{1}</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Erreur</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <source>Votre numéro</source>
        <translation>Votre numéro</translation>
    </message>
    <message>
        <source>Un conseiller va vous appeler par ce numéro. En attendant, vous pouvez lire un guide.</source>
        <translation>Un conseiller va vous appeler par ce numéro. En attendant, vous pouvez lire un guide.</translation>
    </message>
    <message>
        <source>J&apos;ai noté mon numéro</source>
        <translation>J&apos;ai noté mon numéro</translation>
    </message>
    <message>
        <source>Votre numéro : %1</source>
        <translation>Votre numéro : %1</translation>
    </message>
    <message>
        <source>Aide pour : %1</source>
        <translation>Aide pour : %1</translation>
    </message>
    <message>
        <source>Votre ticket est imprimé : prenez-le.</source>
        <translation>Votre ticket est imprimé : prenez-le.</translation>
    </message>
</context>
<context>
    <name>ToggleGroup</name>
    <message>
        <source>Touche %1</source>
        <translation>Touche %1</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Atelier collectif</source>
        <translation>Atelier collectif</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Niveau :</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>&amp;Date :</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>D&amp;urée :</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>&amp;Lieu :</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Thématiques :</source>
        <translation>Thématiques :</translation>
    </message>
    <message>
        <source>&amp;Participants :</source>
        <translation>&amp;Participants :</translation>
    </message>
    <message>
        <source>dont déjà &amp;accompagnés :</source>
        <translation>dont déjà &amp;accompagnés :</translation>
    </message>
    <message>
        <source>Par genre</source>
        <translation>Par genre</translation>
    </message>
    <message>
        <source>Par tranche d&apos;âge</source>
        <translation>Par tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Par statut</source>
        <translation>Par statut</translation>
    </message>
    <message>
        <source>Compter le reste en « Non communiqué » (genre, âge, statut)</source>
        <translation>Compter le reste en « Non communiqué » (genre, âge, statut)</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Erreur</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>À surveiller</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Problème</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>kiosk</name>
    <message>
        <source>Impôts</source>
        <translation>Impôts</translation>
    </message>
    <message>
        <source>Santé</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>CAF</source>
        <translation>CAF</translation>
    </message>
    <message>
        <source>Emploi</source>
        <translation>Emploi</translation>
    </message>
    <message>
        <source>Papiers d&apos;identité</source>
        <translation>Papiers d&apos;identité</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Se protéger des arnaques</source>
        <translation>Se protéger des arnaques</translation>
    </message>
    <message>
        <source>Téléphone et ordinateur</source>
        <translation>Téléphone et ordinateur</translation>
    </message>
    <message>
        <source>Famille et école</source>
        <translation>Famille et école</translation>
    </message>
    <message>
        <source>Retraite</source>
        <translation>Retraite</translation>
    </message>
    <message>
        <source>Autre chose</source>
        <translation>Autre chose</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Imprimer</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Enregistrer le PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>fichier</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Le PDF n&apos;a pas été enregistré dans %1 : %2. Choisissez un autre dossier.</source>
        <translation>Le PDF n&apos;a pas été enregistré dans %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Imprimer ce document, ou l&apos;enregistrer en PDF ?</source>
        <translation>Imprimer ce document, ou l&apos;enregistrer en PDF ?</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Enregistrer le PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>Une personne arrive : un ticket (A-12) dans la file</source>
        <translation>Une personne arrive : un ticket (A-12) dans la file</translation>
    </message>
    <message>
        <source>Dans la file : prendre la personne en surbrillance (la suivante)</source>
        <translation>Dans la file : prendre la personne en surbrillance (la suivante)</translation>
    </message>
    <message>
        <source>Dans la file : un repère pour appeler la personne</source>
        <translation>Dans la file : un repère pour appeler la personne</translation>
    </message>
    <message>
        <source>Dans la file : partie sans aide ; dans le journal : supprimer</source>
        <translation>Dans la file : partie sans aide ; dans le journal : supprimer</translation>
    </message>
    <message>
        <source>Annuler la dernière suppression (pendant 15 s)</source>
        <translation>Annuler la dernière suppression (pendant 15 s)</translation>
    </message>
    <message>
        <source>Groupe suivant de la fiche (le groupe qui écoute est encadré)</source>
        <translation>Groupe suivant de la fiche (le groupe qui écoute est encadré)</translation>
    </message>
    <message>
        <source>Cocher le choix qui porte cette touche dans le groupe encadré</source>
        <translation>Cocher le choix qui porte cette touche dans le groupe encadré</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;accompagnement</source>
        <translation>Enregistrer l&apos;accompagnement</translation>
    </message>
    <message>
        <source>Effacer la fiche (demande avant de perdre ce qui est saisi)</source>
        <translation>Effacer la fiche (demande avant de perdre ce qui est saisi)</translation>
    </message>
    <message>
        <source>Appel téléphonique : à distance, téléphone, 15 min</source>
        <translation>Appel téléphonique : à distance, téléphone, 15 min</translation>
    </message>
    <message>
        <source>Question rapide à l&apos;accueil : 15 min, autonome</source>
        <translation>Question rapide à l&apos;accueil : 15 min, autonome</translation>
    </message>
    <message>
        <source>Dupliquer le dernier accompagnement</source>
        <translation>Dupliquer le dernier accompagnement</translation>
    </message>
    <message>
        <source>Imprimer une fiche</source>
        <translation>Imprimer une fiche</translation>
    </message>
    <message>
        <source>Enregistrer un atelier collectif</source>
        <translation>Enregistrer un atelier collectif</translation>
    </message>
    <message>
        <source>Synchroniser maintenant</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Accueil, Journal, Guides</source>
        <translation>Accueil, Journal, Guides</translation>
    </message>
    <message>
        <source>Rechercher un guide</source>
        <translation>Rechercher un guide</translation>
    </message>
    <message>
        <source>Cette liste</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <source>Lundi</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Mardi</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Mercredi</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Jeudi</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Vendredi</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Samedi</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Dimanche</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Le mois dernier</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Cette année</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>L&apos;année dernière</source>
        <translation>L&apos;année dernière</translation>
    </message>
    <message>
        <source>Période…</source>
        <translation>Période…</translation>
    </message>
    <message>
        <source>Thématiques</source>
        <translation>Thématiques</translation>
    </message>
    <message>
        <source>Démarches (domaines)</source>
        <translation>Démarches (domaines)</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Tranche d&apos;âge (personnes)</source>
        <translation>Tranche d&apos;âge (personnes)</translation>
    </message>
    <message>
        <source>Statut (personnes)</source>
        <translation>Statut (personnes)</translation>
    </message>
    <message>
        <source>Genre (personnes)</source>
        <translation>Genre (personnes)</translation>
    </message>
    <message>
        <source>Lieu / canal</source>
        <translation>Lieu / canal</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Matériel</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Accompagnements</source>
        <translation>Accompagnements</translation>
    </message>
    <message>
        <source>Personnes accompagnées</source>
        <translation>Personnes accompagnées</translation>
    </message>
    <message>
        <source>Ateliers (participants)</source>
        <translation>Ateliers (participants)</translation>
    </message>
    <message>
        <source>Temps total</source>
        <translation>Temps total</translation>
    </message>
    <message>
        <source>Durée moyenne</source>
        <translation>Durée moyenne</translation>
    </message>
    <message>
        <source>Avec une fiche remise</source>
        <translation>Avec une fiche remise</translation>
    </message>
    <message>
        <source>Réorientations</source>
        <translation>Réorientations</translation>
    </message>
    <message>
        <source>Partis sans aide</source>
        <translation>Partis sans aide</translation>
    </message>
    <message>
        <source>Attente médiane</source>
        <translation>Attente médiane</translation>
    </message>
    <message>
        <source>9 personnes sur 10 ont attendu moins de</source>
        <translation>9 personnes sur 10 ont attendu moins de</translation>
    </message>
</context>
</TS>
