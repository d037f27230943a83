### certready : tous les mots du rapport d'écarts (PDF et HTML), en français.

## The report
## Tous les mots du rapport des lacunes (src/report/document.rs et src/report/mod.rs). « S.O. » :
## l'opérateur déclare que le critère ne s'applique pas ; « hors périmètre » : critère hors des
## profils évalués, ou dont la condition n'est pas remplie.

report-kicker = Rapport des lacunes de l'autoévaluation
report-document-title = { $questionnaire } — rapport des lacunes — { $subject }
report-metadata-subject = Rapport des lacunes de l'autoévaluation au regard de { $questionnaire } (version { $version }) pour { $subject }
report-no-organisation = (organisme non indiqué)
report-version = version { $version }
report-default-marking = Sensible pour la sûreté — diffusion restreinte
report-page = page { $page } sur { $pages }
report-footer-fingerprints = critères { $criteria } · évaluation { $assessment }
report-continued = { $id } (suite)
report-not-scored = s.o.
report-none = aucun

report-organisation = Organisme
report-facility = Installation
report-country = Pays
report-profiles = Profils
report-all-profiles = Tous les profils
report-assessor = Évaluateur
report-answers-as-of = Réponses arrêtées au
report-generated = Généré le
report-generated-by = { $date } par certready { $version }
report-languages = Langues
report-fingerprints = Empreintes
report-fingerprints-value = critères { $criteria }… · évaluation { $assessment }… (SHA-256)
report-verdict = Verdict
report-band = Palier : { $band }
report-no-band = Aucun palier atteint
report-overall-score = Score global
report-pass-mark = Seuil de réussite
report-pass-mark-tick = seuil de réussite { $percent }
report-completeness-label = Complétude
report-completeness = { $percent } ({ $done } sur { $applicable })
report-count-met = Entièrement satisfait
report-count-partial = Partiellement satisfait
report-count-not-met = Non satisfait
report-count-factual = Réponses factuelles
report-count-na = S.O.
report-count-unanswered = Sans réponse
report-why = Motifs du verdict
report-all-thresholds-met = Tous les seuils du questionnaire sont atteints.

report-executive-summary = Synthèse
report-bars-intro = Le score de chaque section de premier niveau ; le trait foncé indique le score que la section doit atteindre.
report-radar = Vue radar des sections
report-radar-legend = En bleu : les scores des sections. Un cercle tous les 25 %.
report-radar-legend-threshold = En bleu : les scores des sections. Cercle rouge : le seuil de { $threshold }. Un cercle tous les 25 %.
report-first-gaps = Lacunes à combler en priorité
report-no-gaps = Aucune lacune : tous les critères applicables sont entièrement satisfaits.
report-first-gap = { $points } points
report-first-gap-critical = { $points } points, critique

report-column-section = Section
report-column-score = Score
report-column-percent = Pourcentage
report-column-threshold = Seuil
report-column-result = Résultat
report-column-answered = Réponses
report-column-rank = N°
report-column-criterion = Critère
report-column-requirement = Exigence
report-column-answer = Réponse
report-column-impact = Impact
report-column-critical = Critique
report-column-justification = Justification
report-column-accepted = Acceptée
report-column-open-because = Motif
report-column-comment = Commentaire de l'opérateur
report-column-file = Fichier
report-column-size = Taille
report-column-sha256 = SHA-256
report-column-operator-answer = Réponse de l'opérateur
report-column-finding = Constat de l'auditeur
report-column-note = Note
report-column-part = Élément
report-column-weight = Poids
report-column-value = Valeur
report-column-what = Description

report-section-scores = Scores des sections
report-section-scores-intro = Les seuils s'appliquent aux sections de premier niveau ; les sous-sections sont indentées sous leur section. La colonne Réponses rapporte le nombre de critères ayant reçu une réponse ou marqués S.O. au nombre de critères applicables.
report-pass = RÉUSSI
report-fail = ÉCHEC

report-gap-register = Registre des lacunes
report-gap-register-intro =
    { $count ->
        [one] { $count } lacune, les critères critiques en tête, puis par ordre d'impact : la hausse du score global, en points de pourcentage, si ce critère seul était entièrement satisfait.
       *[other] { $count } lacunes, les critères critiques en tête, puis par ordre d'impact : la hausse du score global, en points de pourcentage, si ce critère seul était entièrement satisfait.
    }
report-critical = CRITIQUE
report-detail-remediation = Remédiation :
report-detail-evidence = Preuves attendues :
report-detail-comment = Commentaire de l'opérateur :
report-detail-note = Note :

report-answer-unanswered = sans réponse
report-answer-not-in-scope = hors périmètre
report-answer-na = S.O.
report-answer-na-justified = S.O. : { $justification }
report-answer-na-without-justification = S.O. sans la justification requise
report-open-unanswered = sans réponse
report-open-flagged = marqué à revoir
report-open-na-without-justification = S.O. sans la justification requise
report-open-reconfirm = à reconfirmer : le critère a changé dans une nouvelle version
report-no-longer-asked = Critères retirés
report-no-longer-asked-intro =
    { $count ->
        [one] { $count } réponse conservée d'une version antérieure des critères, pour un critère que la version actuelle ne pose plus. Elle n'entre dans aucun score.
       *[other] { $count } réponses conservées d'une version antérieure des critères, pour des critères que la version actuelle ne pose plus. Elles n'entrent dans aucun score.
    }
report-column-last-asked = Dernière version
report-finding-confirmed = confirmé
report-finding-not-confirmed = non confirmé
report-finding-needs-evidence = preuves à fournir
report-yes = oui
report-no = non

report-na-register = Registre des réponses S.O.
report-na-register-intro =
    { $count ->
        [one] { $count } critère que l'opérateur a marqué S.O., avec sa justification. Une réponse S.O. sans la justification exigée par le critère compte comme sans réponse.
       *[other] { $count } critères que l'opérateur a marqués S.O., avec leurs justifications. Une réponse S.O. sans la justification exigée par le critère compte comme sans réponse.
    }
report-na-register-empty = L'opérateur n'a marqué aucun critère S.O.
report-open-items = Points ouverts
report-open-items-intro =
    { $count ->
        [one] { $count } critère applicable que l'opérateur a marqué à revoir ou laissé sans réponse.
       *[other] { $count } critères applicables que l'opérateur a marqués à revoir ou laissés sans réponse.
    }
report-open-items-empty = Aucun point ouvert : tous les critères applicables ont reçu une réponse et aucun n'est marqué à revoir.
report-evidence-register = Registre des preuves
report-evidence-register-intro =
    { $count ->
        [one] { $count } fichier de preuve indiqué par l'opérateur. Les fichiers restent chez l'opérateur : l'empreinte SHA-256 permet à un auditeur de vérifier qu'un document présenté ultérieurement est exactement celui enregistré ici.
       *[other] { $count } fichiers de preuve indiqués par l'opérateur. Les fichiers restent chez l'opérateur : leurs empreintes SHA-256 permettent à un auditeur de vérifier qu'un document présenté ultérieurement est exactement celui enregistré ici.
    }
report-evidence-register-empty = Aucun fichier de preuve n'a été enregistré.
report-answers-appendix = Annexe des réponses
report-answers-appendix-intro = Tous les critères du questionnaire, par section, avec la réponse et le commentaire de l'opérateur. « Hors périmètre » désigne les critères hors des profils évalués ou dont la condition n'est pas remplie.

report-auditor-review = Revue de l'auditeur
report-the-auditor = L'auditeur
report-auditor-review-summary =
    { $count ->
        [one] { $reviewer } a examiné { $count } réponse (confirmé : { $confirmed } ; non confirmé : { $not_confirmed } ; preuves à fournir : { $needs_evidence }).
       *[other] { $reviewer } a examiné { $count } réponses (confirmé : { $confirmed } ; non confirmé : { $not_confirmed } ; preuves à fournir : { $needs_evidence }).
    }

report-method = Méthode
report-method-intro = Comment chaque score de ce rapport découle des réponses : pour le résultat global et pour chaque section, les éléments combinés, leurs poids et leurs valeurs, et le calcul de la règle d'agrégation. Les critères marqués S.O., ou hors périmètre, sont exclus de tous les dénominateurs.
report-sign-off = Signatures
report-sign-off-intro = L'évaluateur confirme que les réponses reflètent l'installation telle qu'elle est ; l'auditeur chargé de la revue confirme celle-ci. Signez sur un exemplaire imprimé : une signature ajoutée au fichier PDF en modifierait les octets et ferait échouer la vérification.
report-role-assessor = Évaluateur
report-role-auditor = Auditeur chargé de la revue
report-sign-name = Nom
report-sign-signature = Signature
report-sign-date = Date
report-integrity = Intégrité
report-integrity-intro = Le PDF de ce rapport contient en pièces jointes le fichier de critères et le fichier d'évaluation à partir desquels il a été produit (voir le panneau des pièces jointes d'un lecteur PDF). Chacun peut vérifier, hors ligne, que le PDF leur correspond : « certready verify REPORT.pdf », ou la fonction « Vérifier un rapport » de l'application, extrait les deux fichiers, note à nouveau l'évaluation, recrée chaque page avec l'heure de génération indiquée ci-dessous et les compare au document.
report-criteria-file = Fichier de critères
report-criteria-sha256 = SHA-256 des critères
report-assessment-file = Fichier d'évaluation
report-assessment-sha256 = SHA-256 de l'évaluation
report-made-by = Produit par
report-file-size =
    { $bytes ->
        [one] { $name }, { $bytes } octet
       *[other] { $name }, { $bytes } octets
    }
report-not-attached = non joint
report-attachment-criteria = Fichier de critères à partir duquel ce rapport a été produit ; SHA-256 { $sha256 }
report-attachment-assessment = Fichier d'évaluation à partir duquel ce rapport a été produit ; SHA-256 { $sha256 }

## Vérification

verify-attachment-changed = la pièce jointe { $name } a pour SHA-256 { $actual }, mais le document indique { $stated }
verify-attachment-unstated = la pièce jointe { $name } a pour SHA-256 { $actual }, mais le document n'indique aucun SHA-256 pour elle
verify-attachment-invalid =
    { $errors ->
        [one] la pièce jointe { $name } n'est plus un fichier valide ({ $errors } erreur) : le rapport ne peut pas être reconstruit
       *[other] la pièce jointe { $name } n'est plus un fichier valide ({ $errors } erreurs) : le rapport ne peut pas être reconstruit
    }
verify-page-count = le document compte { $document } pages, le rapport reconstruit à partir de ses pièces jointes { $rebuilt }
verify-pages =
    { $count ->
        [one] le contenu de la page { $pages } diffère du rapport reconstruit à partir de ses pièces jointes
       *[other] le contenu des pages { $pages } diffère du rapport reconstruit à partir de ses pièces jointes
    }
verify-document-id = l'identifiant du document ne correspond pas aux pièces jointes et à la date de génération
verify-unreadable = ce n'est pas un PDF lisible
verify-not-certready = ce n'est pas un rapport certready (son créateur n'est pas certready)
verify-missing-attachment = le PDF n'a pas de pièce jointe { $name }
verify-no-generation-time = le PDF n'a pas de date de création sous la forme qu'écrit certready
verify-unusable-attachment =
    { $errors ->
        [one] la pièce jointe { $name } n'est pas acceptée par cette version de certready ({ $errors } erreur)
       *[other] la pièce jointe { $name } n'est pas acceptée par cette version de certready ({ $errors } erreurs)
    }
verify-needs-fallback-font = le rapport a été produit avec la police de secours (pour le texte CJK), qui n'a pas été fournie
verify-languages = le rapport ne peut pas être reconstruit dans ses langues
verify-render = le rapport n'a pas pu être reconstruit
