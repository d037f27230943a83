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
new-assessment-of = Nouvelle évaluation selon « { $title } »
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
create-title-for = Nouvelle évaluation · { $title }
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
report-options = Langues et autres formats du rapport
report-language = Langue du rapport
report-second-language = Textes des critères aussi en
report-no-second-language = pas de seconde langue
export-html = Rapport en HTML (imprimable)
export-csv = Registre des lacunes (CSV)
export-json = Données du rapport (JSON)
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
clear-answer = Effacer la réponse à { $id }
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
remove-file = Retirer { $name }
evidence-note = Note sur { $name }

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
change-evidence-note = note sur une preuve de { $id }
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
# $year, $month, $day, $hour, $minute: digits, zero-padded (UTC).
date-time = { $day }/{ $month }/{ $year } { $hour } h { $minute } UTC

## Scoring
## The verdict, its reasons and the explanation of the scores.

status-ready = prêt
status-not-ready = non prêt
status-incomplete = incomplet
status-no-rule = sans verdict
no-pass-rule = le fichier de critères ne fixe aucun seuil de réussite, il n'y a donc pas de verdict ; le score est de { $score }
score-level = niveau { $level } sur { $max }
score-of-max = { $score } sur { $max } ({ $percent })
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
