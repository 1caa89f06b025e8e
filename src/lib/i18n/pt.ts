import type { UiMessages } from './types.ts';

/**
 * Portuguese, as Brazilian Carpentries lessons write it (Desafio, Solução, Pontos-chave,
 * "baixar", "arquivo"); sandpaper has no Portuguese catalogue. `pt-PT` lessons get this table
 * too, with dates and numbers formatted for Portugal.
 */
export const pt: UiMessages = {
  'frame.skipToContent': 'Ir para o conteúdo principal',
  'frame.lessonPages': 'Páginas da lição',
  'frame.menu': 'Menu',
  'frame.closeMenu': 'Fechar menu',
  'frame.home': 'Início',
  'frame.learnerResources': 'Recursos para alunos',
  'frame.instructorResources': 'Recursos para instrutores',
  'frame.episodes': 'Episódios',
  'frame.allEpisodes': {
    one: '{count} episódio',
    many: 'Todos os {count} de episódios',
    other: 'Todos os {count} episódios',
  },
  'frame.onThisPage': 'Nesta página',
  'frame.backToTop': 'Voltar ao topo',

  'view.instructor': 'Visão do instrutor',
  'view.learner': 'Visão do aluno',
  'view.instructorBanner':
    'Visão do instrutor: os tempos e as notas para o instrutor estão visíveis.',

  'theme.dark': 'Tema escuro',

  'search.label': 'Pesquisar nesta lição',
  'search.placeholder': 'Pesquisar',
  'search.submit': 'Pesquisar',
  'search.title': 'Pesquisa',
  'search.searching': 'Pesquisando…',
  'search.unavailable':
    'A pesquisa não está disponível: o índice de pesquisa não foi encontrado (ele é gerado por {command}).',
  'search.resultCount': {
    one: '{count} página corresponde a “{query}”',
    many: '{count} de páginas correspondem a “{query}”',
    other: '{count} páginas correspondem a “{query}”',
  },
  'search.noResults': 'Nenhum resultado para “{query}”',
  'search.allResults': {
    one: '{count} resultado',
    many: 'Todos os {count} de resultados',
    other: 'Todos os {count} resultados',
  },
  'search.showMore': {
    one: 'Mostrar mais (falta {count})',
    many: 'Mostrar mais (faltam {count})',
    other: 'Mostrar mais (faltam {count})',
  },
  'search.needsJavaScript':
    'A pesquisa funciona no seu navegador e precisa de JavaScript. Sem ele, abra {link} e use a busca do navegador ({keys}).',
  'search.allInOneLink': 'a lição inteira em uma única página',

  'page.setup': 'Configuração',
  'page.keyPoints': 'Pontos-chave',
  'page.glossary': 'Glossário',
  'page.learnerProfiles': 'Perfis dos alunos',
  'page.instructorNotes': 'Notas do instrutor',
  'page.figures': 'Figuras',
  'page.allInOne': 'Tudo em uma única página',
  'page.allInOneHeading': '{lesson}: todos os episódios',
  'redirect.title': 'Movida: {page}',
  'redirect.moved': 'Esta página foi movida:',

  'notFound.title': 'Página não encontrada',
  'notFound.text':
    'Não há nenhuma página neste endereço. Talvez ela tenha sido renomeada; o {schedule} lista todos os episódios.',
  'notFound.scheduleLink': 'cronograma',

  'episode.position': 'Episódio {n} de {total}',
  'episode.navigationTop': 'Navegação entre episódios (topo)',
  'episode.navigationBottom': 'Navegação entre episódios (fim da página)',
  'episode.previous': 'Anterior',
  'episode.next': 'Próximo',
  'episode.break': 'Intervalo: {duration}',
  'episode.start': 'Começa',
  'episode.duration': 'Duração',
  'episode.dayAndTime': 'Dia {n}, {time}',

  'overview.title': 'Visão geral',
  'overview.teaching': 'Ensino',
  'overview.exercises': 'Exercícios',
  'overview.questions': 'Perguntas',
  'overview.objectives': 'Objetivos',
  'keyPoints.title': 'Pontos-chave',
  'keyPoints.none': 'Nenhum episódio lista pontos-chave ainda.',

  'schedule.title': 'Cronograma',
  'schedule.day': 'Dia',
  'schedule.time': 'Horário',
  'schedule.episode': 'Episódio',
  'schedule.timing': 'Ensino + exercícios',
  'schedule.questions': 'Perguntas',
  'schedule.dayNumber': 'Dia {n}',
  'schedule.setup': 'Configuração',
  'schedule.setupDescription': 'Baixar os arquivos necessários para a lição',
  'schedule.finish': 'Fim',
  'schedule.breakLength': '(intervalo de {duration})',
  'schedule.note':
    'Os horários são aproximados: o instrutor pode dedicar mais tempo a alguns exercícios e pular outros. Total: {duration}.',

  'time.minutes': '{minutes} min',
  'time.hours': '{hours} h',
  'time.hoursMinutes': '{hours} h {minutes} min',
  'time.teachingPlusExercises': '{teaching} + {exercises} min',

  'footer.editPage': 'Editar esta página',
  'footer.lastUpdated': 'Última atualização em {date}',
  'footer.source': 'Código-fonte',
  'footer.sourceOfLesson': 'Código-fonte desta lição',
  'footer.contact': 'Contato',
  'footer.licence': 'Licença',
  'footer.licensedUnder': 'Materiais licenciados sob {licence}',
  'footer.cite': 'Citar',
  'footer.codeOfConduct': 'Código de Conduta',
  'footer.conduct': 'Esta lição está sujeita ao {codeOfConduct}.',
  'footer.label': 'Sobre esta lição',
  'footer.contributing': 'Contribuir',
  'footer.builtWith': 'Feito com {generator}.',

  'lifeCycle.preAlpha':
    'Esta lição está na fase pré-alfa: ainda está sendo escrita e nunca foi ministrada.',
  'lifeCycle.alpha':
    'Esta lição está na fase alfa: foi ministrada uma vez e seus autores estão incorporando o feedback recebido.',
  'lifeCycle.beta':
    'Esta lição está na fase beta: já pode ser ministrada por instrutores de fora da equipe original de autores.',

  'about.community':
    'Esta lição pertence a {community}, parte de The Carpentries, uma comunidade que ensina a pesquisadores as bases da programação e do trabalho com dados em oficinas práticas.',
  'about.format':
    'Esta lição segue o formato de The Carpentries: episódios curtos, programação ao vivo e exercícios com soluções que os alunos tentam resolver antes de consultá-las.',

  'slot.allFigures': 'Todas as figuras da lição',
  'slot.allInOne': 'A lição inteira em uma única página',

  'figures.none': 'Os episódios não têm figuras.',
  'figures.caption': 'Figura {n}. {description}',
  'figures.noDescription': 'Sem descrição.',
  'figures.notDrawn': 'Figura não gerada: o código dela não é executado neste site',

  'instructorNotes.byEpisode': 'Notas por episódio',
  'instructorNotes.none': 'Nenhum episódio tem notas para o instrutor.',

  'code.output': 'Saída',
  'code.error': 'Erro',
  'code.warning': 'Aviso',
  'code.source': 'Código',
  'code.copy': 'Copiar',
  'code.copied': 'Copiado',
  'code.copyFailed': 'Falha ao copiar',

  'heading.anchor': 'Link para esta seção',

  'callout.challenge': 'Desafio',
  'callout.solution': 'Solução',
  'callout.hint': 'Dica',
  'callout.spoiler': 'Detalhes',
  'callout.callout': 'Observação',
  'callout.caution': 'Cuidado',
  'callout.warning': 'Aviso',
  'callout.discussion': 'Discussão',
  'callout.prereq': 'Pré-requisito',
  'callout.checklist': 'Lista de verificação',
  'callout.testimonial': 'Depoimento',
  'callout.quotation': 'Citação',
  'callout.instructor': 'Nota para o instrutor',
  'callout.keypoints': 'Pontos-chave',
  'callout.objectives': 'Objetivos',
  'callout.questions': 'Perguntas',
  'callout.tab': 'Abas',
  'callout.group-tab': 'Abas',
  'callout.solution.fold': 'Mostrar a solução',
  'callout.hint.fold': 'Mostrar uma dica',
  'callout.spoiler.fold': 'Mostrar detalhes',

  'embed.verb.video': 'Reproduzir vídeo',
  'embed.verb.animation': 'Reproduzir animação',
  'embed.verb.slides': 'Mostrar slides',
  'embed.verb.document': 'Mostrar documento',
  'embed.verb.spreadsheet': 'Mostrar planilha',
  'embed.verb.form': 'Mostrar formulário',
  'embed.verb.file': 'Mostrar arquivo',
  'embed.verb.page': 'Carregar página incorporada',
  'embed.title.video': 'Vídeo de {provider}',
  'embed.title.animation': 'Animação de {provider}',
  'embed.title.slides': 'Apresentação de {provider}',
  'embed.title.document': 'Documento de {provider}',
  'embed.title.spreadsheet': 'Planilha de {provider}',
  'embed.title.form': '{provider}',
  'embed.title.file': 'Arquivo de {provider}',
  'embed.title.page': 'Página incorporada de {host}',
  'embed.watch': 'Assistir em {site}',
  'embed.watchTitled': 'Assistir a “{title}” em {site}',
  'embed.open.animation': 'Abrir a animação em {site}',
  'embed.open.slides': 'Abrir os slides em {site}',
  'embed.open.document': 'Abrir o documento em {site}',
  'embed.open.spreadsheet': 'Abrir a planilha em {site}',
  'embed.open.form': 'Abrir o formulário em {site}',
  'embed.open.file': 'Abrir o arquivo em {site}',
  'embed.open.page': 'Abrir a página em {site}',
  'embed.openTitled': 'Abrir “{title}” em {site}',
  'embed.privacy': 'Nada é carregado de {provider} até você clicar em “{verb}”.',
  'embed.buttonName': '{verb}: {title} – {provider}',
};
