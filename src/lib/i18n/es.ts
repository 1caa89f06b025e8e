import type { UiMessages } from './types.ts';

/**
 * Spanish. The Workbench's words where sandpaper has them (Desafío, Puntos clave, Hoja de ruta,
 * Aviso, Mejora esta página, Mostrar la solución), and as Spanish-speaking Carpentries lessons
 * write: the feminine generic for the instructor ("la instructora"), "tú" for the reader,
 * "video" as in Latin America, and angle quotes «…».
 */
export const es: UiMessages = {
  'frame.skipToContent': 'Ir al contenido principal',
  'frame.lessonPages': 'Páginas de la lección',
  'frame.menu': 'Menú',
  'frame.closeMenu': 'Cerrar menú',
  'frame.home': 'Inicio',
  'frame.learnerResources': 'Recursos para estudiantes',
  'frame.instructorResources': 'Recursos para instructoras',
  'frame.episodes': 'Episodios',
  'frame.allEpisodes': {
    one: '{count} episodio',
    many: 'Los {count} de episodios',
    other: 'Los {count} episodios',
  },
  'frame.onThisPage': 'En esta página',
  'frame.backToTop': 'Volver arriba',

  'view.instructor': 'Vista de instructora',
  'view.learner': 'Vista de estudiante',
  'view.instructorBanner':
    'Vista de instructora: se muestran los tiempos y las notas para la instructora.',

  'theme.dark': 'Tema oscuro',

  'search.label': 'Buscar en esta lección',
  'search.placeholder': 'Buscar',
  'search.submit': 'Buscar',
  'search.title': 'Búsqueda',
  'search.searching': 'Buscando…',
  'search.unavailable':
    'La búsqueda no está disponible: no se encontró el índice de búsqueda (lo genera {command}).',
  'search.resultCount': {
    one: '{count} página coincide con «{query}»',
    many: '{count} de páginas coinciden con «{query}»',
    other: '{count} páginas coinciden con «{query}»',
  },
  'search.noResults': 'Ningún resultado para «{query}»',
  'search.allResults': {
    one: '{count} resultado',
    many: 'Los {count} de resultados',
    other: 'Los {count} resultados',
  },
  'search.showMore': {
    one: 'Mostrar más (queda {count})',
    many: 'Mostrar más (quedan {count})',
    other: 'Mostrar más (quedan {count})',
  },
  'search.needsJavaScript':
    'La búsqueda se hace en tu navegador y necesita JavaScript. Sin él, abre {link} y usa la búsqueda de tu navegador ({keys}).',
  'search.allInOneLink': 'la lección completa en una sola página',

  'page.setup': 'Configuración',
  'page.keyPoints': 'Puntos clave',
  'page.glossary': 'Glosario',
  'page.learnerProfiles': 'Perfiles de estudiante',
  'page.instructorNotes': 'Notas de la instructora',
  'page.figures': 'Figuras',
  'page.allInOne': 'Todo en una sola página',
  'page.allInOneHeading': '{lesson}: todos los episodios',

  'notFound.title': 'Página no encontrada',
  'notFound.text':
    'No hay ninguna página en esta dirección. Puede que haya cambiado de nombre; el {schedule} enumera todos los episodios.',
  'notFound.scheduleLink': 'horario',

  'episode.position': 'Episodio {n} de {total}',
  'episode.navigationTop': 'Navegación entre episodios (arriba)',
  'episode.navigationBottom': 'Navegación entre episodios (abajo)',
  'episode.previous': 'Anterior',
  'episode.next': 'Siguiente',
  'episode.break': 'Descanso: {duration}',
  'episode.start': 'Comienza',
  'episode.duration': 'Duración',
  'episode.dayAndTime': 'Día {n}, {time}',

  'overview.title': 'Hoja de ruta',
  'overview.teaching': 'Enseñanza',
  'overview.exercises': 'Ejercicios',
  'overview.questions': 'Preguntas',
  'overview.objectives': 'Objetivos',
  'keyPoints.title': 'Puntos clave',
  'keyPoints.none': 'Ningún episodio tiene puntos clave todavía.',

  'schedule.title': 'Horario',
  'schedule.day': 'Día',
  'schedule.time': 'Hora',
  'schedule.episode': 'Episodio',
  'schedule.timing': 'Enseñanza + ejercicios',
  'schedule.questions': 'Preguntas',
  'schedule.dayNumber': 'Día {n}',
  'schedule.setup': 'Configuración',
  'schedule.setupDescription': 'Descargar los archivos necesarios para la lección',
  'schedule.finish': 'Final',
  'schedule.breakLength': '(descanso de {duration})',
  'schedule.note':
    'Los tiempos son orientativos: la instructora puede dedicar más tiempo a algunos ejercicios y saltarse otros. Total: {duration}.',

  'time.minutes': '{minutes} min',
  'time.hours': '{hours} h',
  'time.hoursMinutes': '{hours} h {minutes} min',
  'time.teachingPlusExercises': '{teaching} + {exercises} min',

  'footer.editPage': 'Mejora esta página',
  'footer.lastUpdated': 'Última actualización: {date}',
  'footer.source': 'Código fuente',
  'footer.sourceOfLesson': 'Código fuente de esta lección',
  'footer.contact': 'Contacto',
  'footer.licence': 'Licencia',
  'footer.licensedUnder': 'Materiales publicados bajo la licencia {licence}',
  'footer.cite': 'Citar',
  'footer.codeOfConduct': 'Código de conducta',
  'footer.conduct': 'Esta lección se rige por el {codeOfConduct}.',
  'footer.label': 'Acerca de esta lección',
  'footer.contributing': 'Contribuir',
  'footer.builtWith': 'Hecho con {generator}.',

  'lifeCycle.preAlpha':
    'Esta lección está en fase pre-alfa: todavía se está escribiendo y aún no se ha impartido.',
  'lifeCycle.alpha':
    'Esta lección está en fase alfa: se ha impartido una vez y sus autoras están incorporando los comentarios recibidos.',
  'lifeCycle.beta':
    'Esta lección está en fase beta: está lista para que la impartan instructoras ajenas al equipo de autoras original.',

  'about.community':
    'Esta lección pertenece a {community}, parte de The Carpentries, una comunidad que enseña a quienes investigan las habilidades básicas de programación y manejo de datos en talleres prácticos.',
  'about.format':
    'Esta lección sigue el formato de The Carpentries: episodios cortos, programación en vivo y ejercicios con soluciones que se intentan resolver antes de mirarlas.',

  'slot.allFigures': 'Todas las figuras de la lección',
  'slot.allInOne': 'La lección completa en una sola página',

  'figures.none': 'Los episodios no tienen figuras.',
  'figures.caption': 'Figura {n}. {description}',
  'figures.noDescription': 'Sin descripción.',
  'figures.notDrawn': 'Figura no generada: su código no se ejecuta en este sitio',

  'instructorNotes.byEpisode': 'Notas por episodio',
  'instructorNotes.none': 'Ningún episodio tiene notas para la instructora.',

  'code.output': 'Salida',
  'code.error': 'Error',
  'code.warning': 'Advertencia',
  'code.source': 'Código',
  'code.copy': 'Copiar',
  'code.copied': 'Copiado',
  'code.copyFailed': 'No se pudo copiar',

  'heading.anchor': 'Enlace a esta sección',

  'callout.challenge': 'Desafío',
  'callout.solution': 'Solución',
  'callout.hint': 'Pista',
  'callout.spoiler': 'Detalles',
  'callout.callout': 'Aviso',
  'callout.caution': 'Precaución',
  'callout.warning': 'Advertencia',
  'callout.discussion': 'Discusión',
  'callout.prereq': 'Prerrequisito',
  'callout.checklist': 'Lista de verificación',
  'callout.testimonial': 'Testimonio',
  'callout.quotation': 'Cita',
  'callout.instructor': 'Nota para la instructora',
  'callout.keypoints': 'Puntos clave',
  'callout.objectives': 'Objetivos',
  'callout.questions': 'Preguntas',
  'callout.tab': 'Pestañas',
  'callout.group-tab': 'Pestañas',
  'callout.solution.fold': 'Mostrar la solución',
  'callout.hint.fold': 'Dar una pista',
  'callout.spoiler.fold': 'Mostrar detalles',

  'embed.verb.video': 'Reproducir video',
  'embed.verb.animation': 'Reproducir animación',
  'embed.verb.slides': 'Mostrar diapositivas',
  'embed.verb.document': 'Mostrar documento',
  'embed.verb.spreadsheet': 'Mostrar hoja de cálculo',
  'embed.verb.form': 'Mostrar formulario',
  'embed.verb.file': 'Mostrar archivo',
  'embed.verb.page': 'Cargar página incrustada',
  'embed.title.video': 'Video de {provider}',
  'embed.title.animation': 'Animación de {provider}',
  'embed.title.slides': 'Presentación de {provider}',
  'embed.title.document': 'Documento de {provider}',
  'embed.title.spreadsheet': 'Hoja de cálculo de {provider}',
  'embed.title.form': '{provider}',
  'embed.title.file': 'Archivo de {provider}',
  'embed.title.page': 'Página incrustada de {host}',
  'embed.watch': 'Ver en {site}',
  'embed.watchTitled': 'Ver «{title}» en {site}',
  'embed.open.animation': 'Abrir la animación en {site}',
  'embed.open.slides': 'Abrir las diapositivas en {site}',
  'embed.open.document': 'Abrir el documento en {site}',
  'embed.open.spreadsheet': 'Abrir la hoja de cálculo en {site}',
  'embed.open.form': 'Abrir el formulario en {site}',
  'embed.open.file': 'Abrir el archivo en {site}',
  'embed.open.page': 'Abrir la página en {site}',
  'embed.openTitled': 'Abrir «{title}» en {site}',
  'embed.privacy': 'No se carga nada de {provider} hasta que pulses «{verb}».',
  'embed.buttonName': '{verb}: {title} – {provider}',
};
