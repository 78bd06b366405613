import type { ImportMessages } from './message-types.js';

const fr: ImportMessages = {
  error: 'erreur',
  warning: 'avertissement',
  summary:
    '{file} : événements {events}, ères {eras}, amendes {fines}, citations {quotes}, sources {sources} ; erreurs {errors}, avertissements {warnings}.',
  invalid:
    '{file} n’est pas encore un récit valide : corrigez les erreurs ci-dessus (npx fine-kit validate le vérifie à nouveau).',
  more: '…et {count} autre(s) du même genre.',
  codes: {
    json: 'Ce n’est pas du JSON valide ({detail}).',
    'not-timelinejs': 'Ce n’est pas un fichier TimelineJS : un objet avec une liste « events » était attendu.',
    'not-timelinejs-sheet':
      'Ce n’est pas une feuille TimelineJS : sa première ligne doit nommer les colonnes du modèle ({columns}).',
    'not-object': 'Une diapositive (un objet JSON) était attendue ici : laissée de côté.',
    'csv-empty': 'Le fichier n’a aucune ligne.',
    'csv-quote':
      'Une cellule entre guillemets commence dans cette ligne et n’est jamais fermée : cette ligne et la suite du fichier n’ont pas pu être lues.',
    'csv-row': 'Cette ligne n’a pas pu être lue ({detail}) : laissée de côté.',
    'extra-cells':
      '{count} cellule(s) après la dernière colonne nommée : laissées de côté (donnez un en-tête à la colonne).',
    'unknown-column': 'La colonne « {column} » n’est pas une colonne du format : laissée de côté.',
    'duplicate-column': 'La colonne « {column} » apparaît deux fois : la seconde est laissée de côté.',
    'unknown-file': 'Ce fichier ne fait pas partie d’une feuille de récit : laissé de côté.',
    'missing-file': 'Il n’y a pas de {file} : le récit n’aura rien de ce qu’il contient.',
    'no-story-file': 'Il n’y a pas de {file} : une feuille de récit en a besoin (une ligne : id, langues, titre…).',
    'story-rows': 'story.csv doit avoir une ligne sous son en-tête ; il en a {count}.',
    'bc-date':
      'L’an {year} av. J.-C. ne peut pas être conservé : le format des récits va de l’an 1 à l’an 9999 de notre ère. Laissé de côté.',
    'year-range': 'L’année {year} dépasse 9999, au-delà de ce que le format conserve : laissée de côté.',
    'bad-date': '{received} n’est pas une date qui existe : laissée de côté.',
    'no-date': 'Pas de date de début (au moins une année) : laissé de côté.',
    'date-unreadable':
      'Impossible de lire {received} comme une date : AAAA-MM-JJ, une date avec le nom du mois, ou le format donné avec --date-format était attendu.',
    'date-ambiguous':
      '{received} se lit jour/mois ou mois/jour : précisez l’ordre avec --date-format DD/MM/YYYY ou MM/DD/YYYY.',
    'date-read': '{received} lu comme {iso}.',
    'time-dropped': 'L’heure {time} n’est pas conservée : le récit date au jour près.',
    'display-date':
      'La date affichée « {text} » n’est pas conservée : le récit montre chaque date à sa propre précision.',
    'end-dropped': 'La date de fin {end} n’est pas après le début ({start}) : laissée de côté.',
    'amount-unreadable':
      'Impossible de lire {received} comme un montant (par exemple 746000000, €746,000,000, 746 000 000 € ou 746M).',
    'amount-negative': '{received} est inférieur à zéro : une amende ne peut pas l’être.',
    'currency-unknown': 'Aucune devise reconnue dans {received} : écrivez un code ISO comme EUR, ou donnez --currency.',
    'conversion-missing':
      '{count} amende(s) en {currency} : la comparaison les laisse de côté à côté de celles en {to} tant que le récit n’a pas de taux {currency}→{to}, avec sa date et sa source (conversions).',
    'currency-assumed': 'Ni les cellules ni --currency ne nomment de devise : montants lus en {currency}.',
    'cell-json': 'Cette cellule doit contenir du JSON ({detail}) : laissée de côté.',
    'cell-required': 'Vide, alors que chaque amende a besoin de son champ {field} : la ligne est laissée de côté.',
    'cell-url': '{received} n’est pas une adresse web (https://…) : la ligne est laissée de côté.',
    'both-text-forms':
      'Cette colonne et ses colonnes de langue sont toutes remplies : écrivez le texte dans les colonnes de langue seulement.',
    'country-unknown': '{received} n’est pas un nom ou un code de pays connu ici : le pays est laissé de côté.',
    'status-unknown': 'Le statut {received} n’est pas l’un de {options} : laissé de côté.',
    'law-unknown': 'La loi {received} n’est ni le RGPD ni ePrivacy : la ligne est laissée de côté.',
    'law-assumed': 'Pas de colonne de loi ni de --law : chaque amende est marquée comme une amende {law}.',
    'no-headline': 'Pas de titre : intitulé « {title} » d’après son texte ou sa date.',
    'media-source': 'Le récit ne montre ni images ni vidéos : l’adresse du média est gardée comme source.',
    'media-not-url': 'Le média « {text} » n’est pas une adresse web : non conservé (ses liens deviennent des sources).',
    'media-extra': 'Le champ {field} du média n’est pas conservé.',
    'embedded-dropped': 'Les éléments intégrés {tags} ne peuvent pas devenir du texte : laissés de côté.',
    group: 'Le groupe « {group} » n’est pas conservé : un récit n’a pas de groupes.',
    background: 'Le fond de la diapositive n’est pas conservé.',
    scale: 'L’échelle cosmologique n’est pas conservée : le récit va de l’an 1 à l’an 9999.',
    'unknown-key': 'La clé « {key} » ne fait pas partie du format TimelineJS : laissée de côté.',
    'era-text': 'Le texte d’une ère n’est pas conservé : son titre devient le sien.',
    'type-unknown': 'Type inconnu « {type} » (title ou era attendu) : lu comme un événement.',
    'title-extra': 'Une seconde ligne de titre : lue comme un événement, comme le fait TimelineJS.',
    'title-missing':
      'Pas de titre : le récit est intitulé « {title} » d’après le fichier (donnez --title pour le changer).',
    truncated: 'Plus long que les {max} caractères permis : raccourci.',
    'id-changed': 'L’identifiant « {from} » est devenu « {to} » (uniques, en minuscules, chiffres et traits d’union).',
    'lang-guessed': 'Pas de --lang : le texte semble être en « {lang} » (donnez --lang pour dire le contraire).',
    'no-source':
      'Cet élément ne renvoie à rien, et tout dans un récit cite une source : ajoutez un lien à son texte ou à son média, ou donnez --source URL.',
    'map-field': '--map nomme un champ qui n’existe pas : « {field} » (champs : {fields}).',
    'map-column': '--map {field}={column} : cette colonne n’existe pas (colonnes : {columns}).',
    'map-missing':
      'Aucune colonne ne contient le champ {field} : nommez-la avec --map {field}=COLONNE (colonnes : {columns}).',
  },
};

export default fr;
