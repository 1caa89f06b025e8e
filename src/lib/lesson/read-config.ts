import { DiagnosticBag } from '../diagnostics.ts';
import { resolveLanguage } from '../i18n/resolve.ts';
import {
  StylesConfigSchema,
  WorkbenchConfigSchema,
  configCoercions,
  stylesConfigKeys,
  workbenchConfigKeys,
} from '../schemas/lesson-config.ts';
import { parseYamlSource } from '../yaml-source.ts';
import { ignoredMessage, parseLeniently, typoMessage, unknownKeys } from '../zod-diagnostics.ts';
import { configFileName, detectLayout } from './detect-layout.ts';
import { readLessonText } from './lesson-files.ts';
import type { LessonFormat, LessonSettings } from './types.ts';

/** The styles template's defaults, so a lesson that never set them still renders. */
const defaultStart = 9 * 60;

/**
 * Read and validate the lesson config. Problems become diagnostics; the settings returned are
 * always usable (defaults fill what is missing or invalid), so one bad key does not hide others.
 */
export interface ConfigResult {
  settings: LessonSettings;
  bag: DiagnosticBag;
  /** Line of a key in the config file, for diagnostics about its values (missing episode files). */
  lineOf: (path: readonly PropertyKey[]) => number;
}

export function readConfig(dir: string, format: LessonFormat): ConfigResult {
  const file = configFileName(format);
  const bag = new DiagnosticBag(file);
  const text = readLessonText(dir, file, bag.items);
  const base: LessonSettings = {
    format,
    layout: detectLayout(dir, format),
    dir,
    title: 'Lesson',
    startMinutes: defaultStart,
    branch: 'main',
    siteVariables: {},
  };
  if (text === undefined) {
    bag.warn(
      'config/missing',
      `no ${file} in the lesson folder; using a default title and start time`,
      0,
      `Create ${file} with at least "title: …".`,
    );
    return { settings: base, bag, lineOf: () => 0 };
  }
  const yaml = parseYamlSource(text, { dialect: format === 'styles' ? 'jekyll' : 'sandpaper' });
  for (const w of yaml.warnings)
    bag.add({ severity: 'warning', rule: w.rule, message: w.message, line: w.line, hint: w.hint });
  for (const e of yaml.errors)
    bag.add({
      severity: 'error',
      rule: 'yaml/syntax',
      message: `YAML syntax error: ${e.message}`,
      line: e.line,
      column: e.column,
      hint: 'Check indentation, colons and quotes on this line.',
    });
  if (yaml.errors.length)
    return { settings: { ...base, configFile: file }, bag, lineOf: yaml.lineOf };
  const data = yaml.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    bag.error(
      'config/not-a-mapping',
      `${file}: expected keys such as "title: My lesson", found ${Array.isArray(data) ? 'a list' : 'plain text'}`,
      1,
      'Write the config as "key: value" lines.',
    );
    return { settings: { ...base, configFile: file }, bag, lineOf: yaml.lineOf };
  }
  const record = data as Record<string, unknown>;
  const schema = format === 'styles' ? StylesConfigSchema : WorkbenchConfigSchema;
  // Jekyll builds a lesson whose config has no title (an empty one in the header); so do we.
  const untitled =
    record.title === undefined ||
    record.title === null ||
    (typeof record.title === 'string' && record.title.trim() === '');
  if (untitled)
    bag.warn(
      'config/no-title',
      `no lesson title: the header shows "${base.title}"`,
      yaml.lineOf(['title']),
      `Add a line such as title: "My lesson" to ${file}.`,
    );
  // An empty value (`created: ~`, `learners:`) means "not set", as sandpaper reads it.
  const parsed = parseLeniently(schema, untitled ? { ...record, title: base.title } : record, {
    coercions: configCoercions,
    yaml,
    bag,
    family: 'config',
    hint: (field) => `Fix "${field}" in ${file}.`,
  });
  // Workbench configs are closed vocabularies; unknown keys there are likely typos. Styles configs
  // carry arbitrary site variables for Liquid, so their extra keys are expected.
  if (format === 'workbench') {
    const known = [
      ...workbenchConfigKeys,
      'carpentry_description',
      'sandpaper',
      'varnish',
      'pegboard',
      'overview',
      'handout',
      'analytics',
    ];
    for (const { key, guess, line } of unknownKeys(record, known, yaml)) {
      const [message, hint] = guess ? typoMessage(key, guess) : ignoredMessage(key, known);
      if (guess) bag.warn('config/unknown-key', message, line, hint);
      else bag.notice('config/unknown-key', message, line, hint);
    }
  }
  const valid = (parsed ?? {}) as Record<string, unknown>;
  const str = (key: string) =>
    typeof valid[key] === 'string' ? (valid[key] as string) : undefined;
  const source = str('source') ?? githubUrl(str('repository'));
  const branch = str('branch') ?? 'main';
  const lang = str('lang')?.trim() || undefined;
  // Said here, where the key's line is known, so the build and `npm run check` both report it.
  const language = resolveLanguage(lang);
  if (language.notice) bag.add({ ...language.notice, line: yaml.lineOf(['lang']) });
  // An empty list orders episodes by file name, as an absent one does (sandpaper and Jekyll).
  const listed = (valid.episodes ?? valid.episode_order) as string[] | undefined;
  const order = listed?.length ? listed : undefined;
  return {
    settings: {
      ...base,
      configFile: file,
      title: str('title') ?? base.title,
      carpentry: str('carpentry'),
      lifeCycle: str('life_cycle'),
      startMinutes: typeof valid.start_time === 'number' ? valid.start_time : defaultStart,
      contact: str('contact') ?? str('email'),
      source,
      branch,
      url: str('url'),
      lang,
      episodeOrder: order,
      siteVariables: { ...record, repo_url: source, source_branch: branch },
    },
    bag,
    lineOf: yaml.lineOf,
  };
}

/** `owner/name` → GitHub URL; the styles template's placeholder `<USERNAME>/<PROJECT>` gives none. */
function githubUrl(repository: string | undefined): string | undefined {
  if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return undefined;
  return `https://github.com/${repository}`;
}
