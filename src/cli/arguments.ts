import { parseArgs } from 'node:util';

/**
 * The `lesson-site` command line: its commands, their options and help, in one table, so that the
 * parser and `--help` cannot disagree. Parsing is pure: it returns what to do, or a UsageError whose
 * one-line message the CLI prints before exiting with status 2.
 */

export class UsageError extends Error {
  override name = 'UsageError';
}

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Placeholder for the value in help (`DIR`, `PATH`). */
  value?: string;
  /** Allowed values, checked here so a typo is a usage error rather than a surprise later. */
  choices?: readonly string[];
  description: string;
}

interface CommandSpec {
  summary: string;
  /** The positional argument: its name in help, and whether it is required. */
  positional?: { name: string; required: boolean; description: string };
  options: Record<string, OptionSpec>;
  /** Extra lines at the end of the command's help. */
  notes?: string[];
}

const dirArgument = {
  name: 'DIR',
  required: false,
  description:
    'the lesson folder; default: the current folder, or the nearest folder above it that is a lesson',
};

export const commands = {
  build: {
    summary: 'build the lesson into a static site',
    positional: dirArgument,
    options: {
      out: {
        type: 'string',
        short: 'o',
        value: 'DIR',
        description:
          'where to write the site (default: dist in the lesson folder); it is emptied first, so it must be empty or hold an earlier build',
      },
      base: {
        type: 'string',
        value: 'PATH',
        description:
          'the path the site is published under, such as /my-lesson/ for https://user.github.io/my-lesson/ (default: BASE_PATH, else from the lesson config\u2019s url, else /)',
      },
      site: {
        type: 'string',
        value: 'URL',
        description:
          'the address the site is published at, for absolute links such as the sitemap (default: SITE_URL, else the lesson config\u2019s url)',
      },
      full: {
        type: 'boolean',
        description:
          'build every page; without it, when only the text of episodes changed since the last build into the same folder, only those episodes are rendered again',
      },
    },
  },
  dev: {
    summary: 'preview the lesson in the browser, reloading when a file is saved',
    positional: dirArgument,
    options: {
      port: {
        type: 'string',
        value: 'N',
        description: 'the port to serve on (default: 4321, or the next free one)',
      },
      host: {
        type: 'boolean',
        description:
          'listen on every network interface, not only this computer (to preview on a phone)',
      },
    },
  },
  check: {
    summary: 'check the lesson without building it (config, episodes, callouts, links, images)',
    positional: dirArgument,
    options: {
      format: {
        type: 'string',
        value: 'FORMAT',
        choices: ['human', 'github', 'json'],
        description:
          'human (default), github (annotations on a pull request; the default under GitHub Actions) or json',
      },
      strict: { type: 'boolean', description: 'warnings count as errors for the exit status' },
    },
    notes: ['Exit status: 0 when the lesson has no errors, 1 when it has, 2 on a usage error.'],
  },
  pdf: {
    summary: 'build the lesson and print it as one PDF (needs Chromium or Google Chrome)',
    positional: dirArgument,
    options: {
      out: {
        type: 'string',
        short: 'o',
        value: 'DIR',
        description:
          'the site folder to build into (default: dist in the lesson folder); the PDF is written there as lesson.pdf',
      },
      instructor: {
        type: 'boolean',
        description: 'print the instructor view (with instructor notes) as lesson-instructor.pdf',
      },
    },
    notes: ['Chromium is looked for in CHROMIUM_PATH, then /usr/bin/chromium and Google Chrome.'],
  },
  'new-episode': {
    summary:
      'create the next numbered episode with valid frontmatter, and list it in the config if the config lists episodes',
    positional: { name: '"TITLE"', required: true, description: 'the episode title, in quotes' },
    options: {
      lesson: {
        type: 'string',
        value: 'DIR',
        description: 'the lesson folder (default: found from the current folder)',
      },
    },
  },
  'init-workflow': {
    summary:
      'write .github/workflows/lesson-site.yml: check, build and deploy the lesson to GitHub Pages',
    positional: dirArgument,
    options: {
      force: { type: 'boolean', description: 'replace the file if it exists' },
    },
  },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof commands;
const commandNames = Object.keys(commands) as CommandName[];

export type Parsed =
  | { kind: 'help'; command?: CommandName }
  | { kind: 'version' }
  | {
      kind: 'run';
      command: CommandName;
      /** The positional argument (DIR, or the title of new-episode). */
      positional?: string;
      options: Record<string, string | boolean | undefined>;
    };

const help: OptionSpec = { type: 'boolean', short: 'h', description: 'show this help' };

function optionLabel(name: string, spec: OptionSpec): string {
  const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}`;
  return spec.value ? `${flag} ${spec.value}` : flag;
}

/** Two columns, the descriptions wrapped to the terminal's usual width. */
function columns(rows: [string, string][], width = 92): string[] {
  const left = Math.max(...rows.map(([label]) => label.length)) + 2;
  const lines: string[] = [];
  for (const [label, text] of rows) {
    const words = text.split(' ');
    let line = `  ${label.padEnd(left)}`;
    for (const word of words) {
      if (line.length + word.length + 1 > width && line.trim().length > label.length) {
        lines.push(line.trimEnd());
        line = ' '.repeat(left + 2);
      }
      line += `${word} `;
    }
    lines.push(line.trimEnd());
  }
  return lines;
}

function usageLine(name: CommandName): string {
  const spec: CommandSpec = commands[name];
  const positional = spec.positional
    ? spec.positional.required
      ? ` ${spec.positional.name}`
      : ` [${spec.positional.name}]`
    : '';
  const options = Object.entries(spec.options)
    .map(([option, o]) => ` [${optionLabel(option, o).replace(/^-\w, /, '')}]`)
    .join('');
  return `lesson-site ${name}${positional}${options}`;
}

/** `lesson-site --help`: every command with every option. */
export function mainHelp(version: string): string {
  const lines = [
    `lesson-site ${version}: build a Carpentries lesson (styles or Workbench) into a fast static site`,
    '',
    'Run it inside a lesson folder; nothing is written into the lesson but the output folder.',
    '',
    'Usage:',
  ];
  for (const name of commandNames) {
    const spec: CommandSpec = commands[name];
    lines.push('', `  ${usageLine(name)}`, ...columns([['   ', spec.summary]]));
    const rows: [string, string][] = [];
    if (spec.positional) rows.push([spec.positional.name, spec.positional.description]);
    for (const [option, o] of Object.entries(spec.options))
      rows.push([optionLabel(option, o), o.description]);
    lines.push(...columns(rows).map((line) => `    ${line}`));
  }
  lines.push(
    '',
    'Everywhere:',
    ...columns([
      ['-h, --help', 'show this help; `lesson-site COMMAND --help` shows one command'],
      ['-v, --version', 'show the version of lesson-site (and of the Node and Astro it runs on)'],
    ]),
    '',
    'Environment: LESSON_DIR (the lesson folder), BASE_PATH and SITE_URL (where the site is',
    'published), CHROMIUM_PATH (the browser for pdf), NO_COLOR.',
  );
  return lines.join('\n');
}

/** `lesson-site COMMAND --help`. */
export function commandHelp(name: CommandName): string {
  const spec: CommandSpec = commands[name];
  const rows: [string, string][] = [];
  if (spec.positional) rows.push([spec.positional.name, spec.positional.description]);
  for (const [option, o] of Object.entries(spec.options))
    rows.push([optionLabel(option, o), o.description]);
  rows.push(['-h, --help', help.description]);
  return [
    `usage: ${usageLine(name)}`,
    '',
    spec.summary.charAt(0).toUpperCase() + spec.summary.slice(1) + '.',
    '',
    ...columns(rows),
    ...(spec.notes ? ['', ...spec.notes] : []),
  ].join('\n');
}

/** node:util's messages are long and talk about its own API; ours name the command and the fix. */
function usageMessage(name: CommandName, error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  // `Option '-o, --out <value>' argument missing`, `Unknown option '--outt'`: the long name.
  const quoted = /'(-[^']*)'/.exec(message)?.[1] ?? '';
  const option = /--[\w-]+/.exec(quoted)?.[0] ?? quoted.split(' ')[0];
  const see = `see lesson-site ${name} --help`;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `lesson-site ${name}: unknown option ${option ?? message}; ${see}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(message)
        ? `lesson-site ${name}: ${option} needs a value; ${see}`
        : `lesson-site ${name}: ${option} takes no value; ${see}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `lesson-site ${name}: one lesson folder at most; ${see}`;
    default:
      return `lesson-site ${name}: ${message.split('\n')[0]}; ${see}`;
  }
}

/** What the command line asks for. Throws a UsageError for anything it cannot run. */
export function parseCommandLine(argv: readonly string[]): Parsed {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help')
    return rest[0] && (commandNames as string[]).includes(rest[0])
      ? { kind: 'help', command: rest[0] as CommandName }
      : { kind: 'help' };
  if (first === '-v' || first === '--version') return { kind: 'version' };
  if (first.startsWith('-'))
    throw new UsageError(
      `lesson-site: unknown option ${first}; a command comes first (${commandNames.join(', ')}); see lesson-site --help`,
    );
  if (!(commandNames as string[]).includes(first))
    throw new UsageError(
      `lesson-site: unknown command "${first}"; the commands are ${commandNames.join(', ')}; see lesson-site --help`,
    );
  const name = first as CommandName;
  const spec: CommandSpec = commands[name];
  const options = Object.fromEntries(
    Object.entries({ ...spec.options, help }).map(([option, o]) => [
      option,
      { type: o.type, ...(o.short ? { short: o.short } : {}) },
    ]),
  );
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...rest],
      options,
      allowPositionals: true,
      strict: true,
    }) as { values: Record<string, string | boolean | undefined>; positionals: string[] });
  } catch (error) {
    throw new UsageError(usageMessage(name, error));
  }
  if (values.help) return { kind: 'help', command: name };
  for (const [option, o] of Object.entries(spec.options)) {
    const value = values[option];
    if (typeof value === 'string' && o.choices && !o.choices.includes(value))
      throw new UsageError(
        `lesson-site ${name}: --${option} must be ${o.choices.join(', ')}, not "${value}"`,
      );
  }
  if (name === 'dev' && typeof values.port === 'string' && !/^\d{1,5}$/.test(values.port))
    throw new UsageError(`lesson-site dev: --port must be a number, not "${values.port}"`);
  // A title may come unquoted (`new-episode Loops and lists`): its words are one title.
  const positional = name === 'new-episode' ? positionals.join(' ') || undefined : positionals[0];
  if (name !== 'new-episode' && positionals.length > 1)
    throw new UsageError(
      `lesson-site ${name}: one lesson folder at most, got ${positionals.length} (${positionals.join(', ')}); see lesson-site ${name} --help`,
    );
  if (spec.positional?.required && !positional?.trim())
    throw new UsageError(
      `lesson-site ${name}: give ${spec.positional.name}, as in: lesson-site ${name} "Loops and lists"`,
    );
  return { kind: 'run', command: name, positional, options: values };
}
