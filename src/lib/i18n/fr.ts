import type { UiMessages } from './types.ts';

/**
 * French. The Workbench's words where sandpaper has them (Défi, Points clés, À noter, Mise en
 * place, Montrer la solution, Emploi du temps); "apprenant" rather than sandpaper's "apprenti"
 * (an apprentice). French typography: a no-break space (\u00a0) before a colon and inside
 * guillemets, a narrow one (\u202f) before ; ! ?, written as escapes so they stay visible here.
 */
export const fr: UiMessages = {
  'frame.skipToContent': 'Passer au contenu principal',
  'frame.lessonPages': 'Pages de la leçon',
  'frame.menu': 'Menu',
  'frame.closeMenu': 'Fermer le menu',
  'frame.home': 'Accueil',
  'frame.learnerResources': 'Ressources pour les apprenants',
  'frame.instructorResources': 'Ressources pour les instructeurs',
  'frame.episodes': 'Épisodes',
  'frame.allEpisodes': {
    one: '{count} épisode',
    many: 'Les {count} d’épisodes',
    other: 'Les {count} épisodes',
  },
  'frame.onThisPage': 'Sur cette page',
  'frame.backToTop': 'Retour en haut',

  'view.instructor': 'Vue instructeur',
  'view.learner': 'Vue apprenant',
  'view.instructorBanner':
    'Vue instructeur\u00a0: les durées et les notes pour l’instructeur sont affichées.',

  'theme.dark': 'Thème sombre',

  'search.label': 'Rechercher dans cette leçon',
  'search.placeholder': 'Rechercher',
  'search.submit': 'Rechercher',
  'search.title': 'Recherche',
  'search.searching': 'Recherche en cours…',
  'search.unavailable':
    'La recherche n’est pas disponible\u00a0: l’index de recherche est introuvable (il est créé par {command}).',
  'search.resultCount': {
    one: '{count} page correspond à «\u00a0{query}\u00a0»',
    many: '{count} de pages correspondent à «\u00a0{query}\u00a0»',
    other: '{count} pages correspondent à «\u00a0{query}\u00a0»',
  },
  'search.noResults': 'Aucun résultat pour «\u00a0{query}\u00a0»',
  'search.allResults': {
    one: '{count} résultat',
    many: 'Les {count} de résultats',
    other: 'Les {count} résultats',
  },
  'search.showMore': {
    one: 'Afficher plus ({count} restant)',
    many: 'Afficher plus ({count} restants)',
    other: 'Afficher plus ({count} restants)',
  },
  'search.needsJavaScript':
    'La recherche se fait dans votre navigateur et nécessite JavaScript. Sans JavaScript, ouvrez {link} et utilisez la recherche de votre navigateur ({keys}).',
  'search.allInOneLink': 'la leçon entière sur une seule page',

  'page.setup': 'Mise en place',
  'page.keyPoints': 'Points clés',
  'page.glossary': 'Glossaire',
  'page.learnerProfiles': 'Profils des apprenants',
  'page.instructorNotes': 'Notes pour l’instructeur',
  'page.figures': 'Figures',
  'page.allInOne': 'Tout sur une seule page',
  'page.allInOneHeading': '{lesson}\u00a0: tous les épisodes',
  'redirect.title': 'Déplacée\u00a0: {page}',
  'redirect.moved': 'Cette page a été déplacée\u00a0:',

  'notFound.title': 'Page introuvable',
  'notFound.text':
    'Il n’y a pas de page à cette adresse. Elle a peut-être été renommée\u202f; l’{schedule} liste tous les épisodes.',
  'notFound.scheduleLink': 'emploi du temps',

  'episode.position': 'Épisode {n} sur {total}',
  'episode.navigationTop': 'Navigation entre les épisodes (haut)',
  'episode.navigationBottom': 'Navigation entre les épisodes (bas)',
  'episode.previous': 'Précédent',
  'episode.next': 'Suivant',
  'episode.break': 'Pause\u00a0: {duration}',
  'episode.start': 'Début',
  'episode.duration': 'Durée',
  'episode.dayAndTime': 'Jour {n}, {time}',

  'overview.title': 'Vue d’ensemble',
  'overview.teaching': 'Enseignement',
  'overview.exercises': 'Exercices',
  'overview.questions': 'Questions',
  'overview.objectives': 'Objectifs',
  'keyPoints.title': 'Points clés',
  'keyPoints.none': 'Aucun épisode n’indique encore de points clés.',

  'schedule.title': 'Emploi du temps',
  'schedule.day': 'Jour',
  'schedule.time': 'Heure',
  'schedule.episode': 'Épisode',
  'schedule.timing': 'Enseignement + exercices',
  'schedule.questions': 'Questions',
  'schedule.dayNumber': 'Jour {n}',
  'schedule.setup': 'Mise en place',
  'schedule.setupDescription': 'Télécharger les fichiers nécessaires pour cette leçon',
  'schedule.finish': 'Fin',
  'schedule.breakLength': '(pause de {duration})',
  'schedule.note':
    'Les horaires sont indicatifs\u202f; l’instructeur peut passer plus de temps sur certains exercices et en sauter d’autres. Total\u00a0: {duration}.',

  'time.minutes': '{minutes}\u00a0min',
  'time.hours': '{hours}\u00a0h',
  'time.hoursMinutes': '{hours}\u00a0h\u00a0{minutes}\u00a0min',
  'time.teachingPlusExercises': '{teaching} + {exercises}\u00a0min',

  'footer.editPage': 'Modifier cette page',
  'footer.lastUpdated': 'Dernière mise à jour le {date}',
  'footer.source': 'Code source',
  'footer.sourceOfLesson': 'Code source de cette leçon',
  'footer.contact': 'Contact',
  'footer.licence': 'Licence',
  'footer.licensedUnder': 'Contenus publiés sous licence {licence}',
  'footer.cite': 'Citer',
  'footer.codeOfConduct': 'Code de conduite',
  'footer.conduct': 'Cette leçon est soumise au {codeOfConduct}.',
  'footer.label': 'À propos de cette leçon',
  'footer.contributing': 'Contribuer',
  'footer.builtWith': 'Réalisé avec {generator}.',

  'lifeCycle.preAlpha':
    'Cette leçon est en phase pré-alpha\u00a0: elle est encore en cours d’écriture et n’a pas encore été enseignée.',
  'lifeCycle.alpha':
    'Cette leçon est en phase alpha\u00a0: elle a été enseignée une fois et ses auteurs intègrent les retours reçus.',
  'lifeCycle.beta':
    'Cette leçon est en phase bêta\u00a0: elle peut être enseignée par des instructeurs extérieurs à l’équipe d’auteurs d’origine.',

  'about.community':
    'Cette leçon fait partie de {community}, membre de The Carpentries, une communauté qui enseigne aux chercheurs les bases de la programmation et du travail sur les données lors d’ateliers pratiques.',
  'about.format':
    'Cette leçon suit le format de The Carpentries\u00a0: des épisodes courts, du code écrit en direct et des exercices dont les apprenants cherchent la solution avant de la consulter.',

  'slot.allFigures': 'Toutes les figures de la leçon',
  'slot.allInOne': 'La leçon entière sur une seule page',

  'figures.none': 'Les épisodes ne contiennent aucune figure.',
  'figures.caption': 'Figure {n}. {description}',
  'figures.noDescription': 'Aucune description fournie.',
  'figures.notDrawn': 'Figure non générée\u00a0: son code n’est pas exécuté sur ce site',

  'instructorNotes.byEpisode': 'Notes par épisode',
  'instructorNotes.none': 'Aucun épisode n’a de notes pour l’instructeur.',

  'code.output': 'Sortie',
  'code.error': 'Erreur',
  'code.warning': 'Avertissement',
  'code.source': 'Code',
  'code.copy': 'Copier',
  'code.copied': 'Copié',
  'code.copyFailed': 'Échec de la copie',

  'heading.anchor': 'Lien vers cette section',

  'callout.challenge': 'Défi',
  'callout.solution': 'Solution',
  'callout.hint': 'Indice',
  'callout.spoiler': 'Détails',
  'callout.callout': 'À noter',
  'callout.caution': 'Attention',
  'callout.warning': 'Avertissement',
  'callout.discussion': 'Discussion',
  'callout.prereq': 'Prérequis',
  'callout.checklist': 'Liste de vérification',
  'callout.testimonial': 'Témoignage',
  'callout.quotation': 'Citation',
  'callout.instructor': 'Remarque pour l’instructeur',
  'callout.keypoints': 'Points clés',
  'callout.objectives': 'Objectifs',
  'callout.questions': 'Questions',
  'callout.tab': 'Onglets',
  'callout.group-tab': 'Onglets',
  'callout.solution.fold': 'Montrer la solution',
  'callout.hint.fold': 'Donner un indice',
  'callout.spoiler.fold': 'Afficher les détails',

  'embed.verb.video': 'Lire la vidéo',
  'embed.verb.animation': 'Lire l’animation',
  'embed.verb.slides': 'Afficher les diapositives',
  'embed.verb.document': 'Afficher le document',
  'embed.verb.spreadsheet': 'Afficher la feuille de calcul',
  'embed.verb.form': 'Afficher le formulaire',
  'embed.verb.file': 'Afficher le fichier',
  'embed.verb.page': 'Charger la page intégrée',
  'embed.title.video': 'Vidéo {provider}',
  'embed.title.animation': 'Animation {provider}',
  'embed.title.slides': 'Présentation {provider}',
  'embed.title.document': 'Document {provider}',
  'embed.title.spreadsheet': 'Feuille de calcul {provider}',
  'embed.title.form': '{provider}',
  'embed.title.file': 'Fichier {provider}',
  'embed.title.page': 'Page intégrée de {host}',
  'embed.watch': 'Regarder sur {site}',
  'embed.watchTitled': 'Regarder «\u00a0{title}\u00a0» sur {site}',
  'embed.open.animation': 'Ouvrir l’animation sur {site}',
  'embed.open.slides': 'Ouvrir les diapositives sur {site}',
  'embed.open.document': 'Ouvrir le document sur {site}',
  'embed.open.spreadsheet': 'Ouvrir la feuille de calcul sur {site}',
  'embed.open.form': 'Ouvrir le formulaire sur {site}',
  'embed.open.file': 'Ouvrir le fichier sur {site}',
  'embed.open.page': 'Ouvrir la page sur {site}',
  'embed.openTitled': 'Ouvrir «\u00a0{title}\u00a0» sur {site}',
  'embed.privacy':
    'Rien n’est chargé depuis {provider} tant que vous n’avez pas appuyé sur «\u00a0{verb}\u00a0».',
  'embed.buttonName': '{verb}\u00a0: {title} – {provider}',
};
