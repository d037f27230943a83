### certready : tous les textes de l'application dans le navigateur, en français.
### Voir locales/en/app.ftl pour les notes aux traducteurs et locales/glossary.md pour les termes.

## The app frame and errors

app-name = certready
fatal = certready a rencontré une erreur interne et s'est arrêté. Vos réponses jusqu'à la dernière modification sont enregistrées dans ce navigateur : rechargez la page pour continuer, et merci de signaler ce problème.
fatal-export = Télécharger l'évaluation enregistrée (YAML)
storage-save-failed = Vos réponses n'ont pas pu être enregistrées dans ce navigateur ({ $problem }). Rien n'est encore perdu : exportez l'évaluation maintenant pour en garder une copie.
storage-export = Exporter maintenant
language = Langue
whole-file = Fichier entier
offline-available = Disponible hors ligne
offline-now = Hors ligne — vos réponses continuent d'être enregistrées dans ce navigateur

## Home

lead = Préparez une certification de sûreté : répondez aux critères, suivez votre score et vos lacunes au fil des réponses, et téléchargez un rapport PDF des lacunes. Tout reste dans ce navigateur ; rien n'est envoyé nulle part.
your-assessments = Vos évaluations
no-assessments = Aucune évaluation pour l'instant : commencez-en une à partir d'un questionnaire ci-dessous.
questionnaires = Commencer une nouvelle évaluation
new-assessment = Nouvelle évaluation
open = Ouvrir
rename = Renommer
duplicate = Dupliquer
delete = Supprimer
cancel = Annuler
save = Enregistrer
new-name = Nouveau nom
delete-forever = Supprimer définitivement
criteria-unavailable = Son fichier de critères n'est pas disponible dans ce navigateur : rouvrez le même fichier de critères pour continuer.
conflict-changed = Cette évaluation a aussi été modifiée dans un autre onglet ou une autre fenêtre de ce navigateur. Cet onglet n'enregistre plus, afin qu'aucune des deux versions n'écrase l'autre : choisissez celle à conserver, ou exportez d'abord la version de cet onglet.
conflict-deleted = Cette évaluation a été supprimée dans un autre onglet ou une autre fenêtre. Elle est encore ouverte ici : conservez-la pour l'enregistrer à nouveau, ou exportez-la.
conflict-load = Charger l'autre version
conflict-keep = Conserver la version de cet onglet
conflict-export = Exporter la version de cet onglet
updated-elsewhere = Mise à jour avec les modifications faites dans un autre onglet ou une autre fenêtre.
change-elsewhere = modifications faites dans un autre onglet
unreadable-save = Cette évaluation enregistrée est illisible. Exportez-la pour en conserver le texte.
export = Exporter
create-title = Nouvelle évaluation
create-help = L'organisme et l'installation évalués. Tout peut être modifié par la suite.
create = Créer et commencer
name = Nom de cette évaluation
name-hint = p. ex. l'installation et l'année
forget-criteria = Retirer ce fichier de critères du navigateur
drop-title = Ouvrir un fichier de critères
drop-help = Pour les propriétaires de référentiels et les autorités de régulation : déposez ici un fichier de critères (YAML), ou choisissez-en un. Un fichier valide est proposé pour de nouvelles évaluations ; un fichier non valide affiche chaque problème avec sa ligne et une piste de correction. Le fichier reste dans ce navigateur.
drop-choose = Choisir un fichier de critères…
verify-title = Vérifier un rapport
verify-help = Pour les auditeurs : déposez ici un rapport PDF de certready, ou choisissez-en un. Ses fichiers de critères et d'évaluation joints sont notés à nouveau et le rapport est reconstruit dans ce navigateur, puis comparé au PDF page par page. Rien n'est téléversé.
verify-choose = Choisir un rapport PDF…
verify-matches = Concordant.
verify-differs = Non concordant.
verify-generated = Généré le
verify-made-by = Produit par
verify-criteria = SHA-256 des critères
verify-assessment = SHA-256 de l'évaluation
show-problems = Afficher les problèmes
untitled = Évaluation sans titre

## Subject

organisation = Organisme
facility = Installation
country = Pays
assessor = Évaluateur
role = Fonction de l'évaluateur
subject = Installation et évaluateur
profiles = Cette installation est… (les critères hors des profils choisis sont masqués ; si aucun n'est choisi, tous sont affichés)

## Walk-through

export-yaml = Exporter les réponses (YAML)
import-yaml = Importer des réponses…
download-pdf = Télécharger le rapport PDF
report-options = Langues du rapport
report-language = Langue du rapport
report-second-language = Textes des critères aussi en
report-no-second-language = pas de seconde langue
all-assessments = Toutes les évaluations
undo = Annuler
nothing-to-undo = Rien à annuler
file-actions = Fichier d'évaluation
sections = Sections
live-score = Score en direct
previous-section = ← Section précédente
next-section = Section suivante →
search = Rechercher des critères
search-hint = identifiant ou mots de l'exigence
show = Afficher
next-unanswered = Suivant sans réponse
all-done = Tous les critères applicables ont reçu une réponse.
no-match = Aucun critère ne correspond.
clear-filters = Afficher tous les critères
progress = Progression

## A criterion

met = satisfait
gap = lacune
na-badge = S.O.
needs-justification = justification requise
critical = critique
critical-hint = Doit être entièrement satisfait pour être prêt
flagged = à revoir
not-applicable = Sans objet
why-na-required = Pourquoi ce critère est-il sans objet ? (obligatoire pour que la réponse S.O. compte)
why-na-optional = Pourquoi ce critère est-il sans objet ? (facultatif)
clear = effacer
comment = Commentaire
flag-for-review = Marquer à revoir
untranslated = Non traduit : affiché dans la langue du fichier de critères
details = Orientations, preuves et remédiation
fully-met = Entièrement satisfait : { $text }
evidence-asked = Preuves qu'un auditeur demandera :
if-not-met = Si non satisfait : { $text }
add-evidence = Ajouter un fichier de preuve…
evidence-help = L'empreinte du fichier (SHA-256) est calculée dans ce navigateur ; seuls son nom, sa taille et son empreinte sont conservés. Il n'est jamais téléversé.
remove = retirer

## Scorecard

overall = Score global { $score }
overall-with-pass-mark = Score global { $score } (seuil de réussite { $percent })
sections-heading = Sections
not-scored = s.o.
filter-all = Tous, par section
filter-unanswered = Sans réponse
filter-gaps = Lacunes
filter-flagged = À revoir
filter-critical = Critiques
matches =
    { $count ->
        [one] { $count } critère correspond
       *[other] { $count } critères correspondent
    }
questionnaire-details =
    { $id } version { $version } · { $criteria } { $criteria ->
        [one] critère
       *[other] critères
    } en { $sections } { $sections ->
        [one] section
       *[other] sections
    }{ $from_disk ->
        [yes] {" "}· ouvert depuis un fichier
       *[no] {""}
    }
assessment-details = { $questionnaire } · version { $version } · { $place }
assessment-details-no-place = { $questionnaire } · version { $version }
answered-of = Réponses : { $answered } sur { $applicable } ({ $percent })
updated = dernière modification { $when }
delete-question = Supprimer « { $name } » et toutes ses réponses de ce navigateur ? Action irréversible ; exportez d'abord l'évaluation pour en garder une copie.
copy-of = { $name } (copie)
deleted = Évaluation « { $name } » supprimée.
duplicated = Évaluation « { $name } » créée.
undo-what = Annuler la dernière modification ({ $label })
verifying = Vérification de { $file }…
verified =
    { $matches ->
        [yes] { $file } correspond exactement, page par page, à ce que donnent ses fichiers joints.
       *[no] { $file } ne correspond pas à ce que donnent ses fichiers joints :
    }
verify-impossible = { $file } ne peut pas être vérifié : { $reason }.
undone = Annulé : { $label }.
answer-for = Réponse pour { $id }
change-answer = réponse à { $id }
change-comment = commentaire sur { $id }
change-justification = justification S.O. de { $id }
change-flag = marque « à revoir » de { $id }
change-evidence = preuves de { $id }
change-subject = installation et évaluateur
change-profiles = profils
change-import = importation de { $file }
evidence-line = { $name } · { $bytes }
hashing = Calcul de l'empreinte de { $name }…
hashed = { $name } enregistré (SHA-256 calculé dans ce navigateur ; le fichier lui-même n'a pas été conservé).
opened = Fichier { $name } ouvert.
opened-with-warnings =
    { $warnings ->
        [one] Fichier { $name } ouvert ({ $warnings } avertissement : lancez `certready validate` pour le voir).
       *[other] Fichier { $name } ouvert ({ $warnings } avertissements : lancez `certready validate` pour les voir).
    }
imported =
    { $warnings ->
        [0] Fichier { $file } importé : { $answers } { $answers ->
            [one] réponse
           *[other] réponses
        }.
        [one] Fichier { $file } importé : { $answers } { $answers ->
            [one] réponse
           *[other] réponses
        } ({ $warnings } avertissement).
       *[other] Fichier { $file } importé : { $answers } { $answers ->
            [one] réponse
           *[other] réponses
        } ({ $warnings } avertissements).
    }
exported = Fichier { $name } exporté.
downloaded = Fichier { $name } téléchargé.
downloaded-with-uncovered = Fichier { $name } téléchargé, mais aucune police ne contient { $characters } : le rapport affiche {"\uFFFD"} à leur place.
pdf-engine-stopped = le moteur PDF s'est arrêté : { $reason }
pdf-engine-stopped-no-reason = le moteur PDF n'a pas pu être chargé ou s'est arrêté
generating-pdf = Génération du rapport PDF…
cancel-pdf = Arrêter
pdf-cancelled = Génération du rapport PDF annulée.
no-questionnaire = aucun questionnaire n'est ouvert
stage-reading = Génération du rapport PDF : lecture des réponses…
stage-fonts = Génération du rapport PDF : chargement des polices…
stage-rendering = Génération du rapport PDF : mise en page et écriture des pages…
pdf-failed = Le PDF n'a pas pu être généré : { $problem }
export-failed = Échec de l'exportation : { $problem }
read-failed = Impossible de lire { $file } : { $problem }
not-accepted =
    { $problems ->
        [one] { $file } n'a pas été accepté ({ $problems } problème) :
       *[other] { $file } n'a pas été accepté ({ $problems } problèmes) :
    }
cannot-be-used =
    { $problems ->
        [one] { $file } est inutilisable ({ $problems } problème)
       *[other] { $file } est inutilisable ({ $problems } problèmes)
    }
index-failed = Impossible de charger l'index des critères : { $problem }
could-not-load = impossible de le charger : { $problem }
index-file-missing-hint = vérifiez que le fichier indiqué dans index.txt se trouve dans le dossier questionnaires
storage-failed = Impossible de modifier les évaluations enregistrées : { $problem }
place = Ligne { $line }, colonne { $column }
more-reasons =
    { $count ->
        [one] { $count } autre raison
       *[other] { $count } autres raisons
    }
top-gaps = Principales lacunes ({ $count } au total)
impact = +{ $points } pts
version-line = { $id } · version { $version }
wrong-version = « { $name } » répond à la version { $saved } de son questionnaire, mais ce navigateur propose la version { $offered }. Exportez-la, ou ouvrez le fichier de critères de la version { $saved }.
unknown-assessment = Aucune évaluation « { $id } » n'est enregistrée dans ce navigateur.

## Numbers
## How the app writes numbers in this language.

number-decimal-separator = ,
percent = { $value } %
human-size-bytes =
    { $bytes ->
        [one] { $bytes } octet
       *[other] { $bytes } octets
    }
human-size-kb = { $value } ko
human-size-mb = { $value } Mo

## Scoring
## The verdict, its reasons and the explanation of the scores.

status-ready = prêt
status-not-ready = non prêt
status-incomplete = incomplet
reason-unanswered =
    { $count ->
        [one] { $count } critère applicable n'a pas encore de réponse
       *[other] { $count } critères applicables n'ont pas encore de réponse
    }
reason-overall-below = le score global de { $percent } est inférieur au seuil de réussite de { $threshold }
reason-section-below = la section « { $section } » obtient { $percent }, sous le minimum de { $threshold }
reason-critical-not-met = le critère critique { $criterion } n'est pas entièrement satisfait
explain-overall-heading = global ({ $aggregate })
explain-section-heading = { $id } — { $title } ({ $aggregate })
explain-answered = { $option } « { $label } »
explain-unanswered = sans réponse, compte pour 0
explain-na-without-justification = S.O. sans justification, compte pour 0
explain-na = S.O., exclu
explain-not-applicable = hors périmètre, exclu
explain-section = section « { $title } »
explain-section-not-applicable = section « { $title } », rien ne s'y applique, exclue
explain-level = niveau { $level }
explain-weight = poids { $weight }
explain-nothing-applies = = s.o. : rien ne s'applique, donc le résultat est aussi exclu de son parent
explain-total = donne un score de { $score } sur un maximum de { $max } = { $percent }
explain-weighted-mean = Σ poids × valeur / Σ poids = ({ $terms }) / ({ $weights }) { $total }
explain-plain-mean = tous les poids valent 0, d'où la moyenne simple = ({ $terms }) / { $count } { $total }
explain-mean = moyenne des scores = ({ $scores }) / { $count } ; moyenne des maxima = ({ $maxima }) / { $count } { $total }
explain-sum = somme des scores = { $scores } ; somme des maxima = { $maxima } { $total }
explain-min = valeur la plus faible = min({ $values }) { $total }
explain-maturity-not-scored = = s.o. : aucun critère compté n'a de niveau
explain-every-level = tous les niveaux sont atteints
explain-level-not-achieved = le niveau { $next } ne l'est pas : { $blocking } sous { $achieved_at }
explain-maturity = le niveau L est atteint lorsque chaque critère compté de niveau L ou inférieur atteint { $achieved_at } ; { $why } : niveau { $achieved } sur { $max } = { $percent }

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
report-date-time = { $day }/{ $month }/{ $year } { $hour } h { $minute } UTC
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
