/**
 * Writes docs/diagnostics.md, the authors' list of every rule id, from the one table in
 * `src/lib/rules.ts`, so the list cannot drift from what the code reports:
 *
 *   npm run docs:rules
 *
 * A unit test (tests/unit/lib/rules.test.ts) fails when the committed file differs from what this
 * writes. The text goes through Prettier, as every committed file does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { ruleAreas, rules, type RuleId, type RuleInfo } from '../src/lib/rules.ts';

export const diagnosticsDocFile = fileURLToPath(new URL('../docs/diagnostics.md', import.meta.url));

/** A table cell: pipes escaped (so `|---|` in a hint stays one cell), one line. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function severityOf(info: RuleInfo): string {
  const others = (info.severities ?? []).filter((s) => s !== info.severity);
  return others.length ? `${info.severity} (or ${others.join(', ')})` : info.severity;
}

/** The page's Markdown, before Prettier. */
function rawMarkdown(): string {
  const ids = (Object.keys(rules) as RuleId[]).sort();
  const byArea = new Map<string, RuleId[]>();
  for (const id of ids) {
    const area = id.slice(0, id.indexOf('/'));
    byArea.set(area, [...(byArea.get(area) ?? []), id]);
  }
  const lines = [
    '<!-- Generated from src/lib/rules.ts by `npm run docs:rules`; edit the table there, not here. -->',
    '',
    '# Diagnostics',
    '',
    'Every problem the build, `npm run check`, `npm run verify` and `npm run sweep` report ends with',
    'a rule id in parentheses, such as `(links/missing-anchor)`. This page lists every id: its',
    'severity, what it means and how to fix it in general; the message itself names the file, the',
    'line, what was expected and what was found.',
    '',
    '- **error**: the build stops (after listing every problem) and `npm run check` exits with 1.',
    '- **warning**: the site is built, with the result the table describes;',
    '  `npm run check -- --strict` fails on it too.',
    '- **notice**: for information; nothing needs fixing.',
    '',
    'The areas marked _maintainers_ check the generator itself (the built site, or the sweep over',
    'real lessons); a lesson build never reports them.',
    '',
    `Areas: ${[...byArea.keys()].map((area) => `[${area}](#${area})`).join(' · ')}`,
    '',
  ];
  for (const [area, areaIds] of byArea) {
    lines.push(`## ${area}`, '', ruleAreas[area as keyof typeof ruleAreas], '');
    lines.push('| rule | severity | what it means | how to fix it |', '| --- | --- | --- | --- |');
    for (const id of areaIds) {
      const info: RuleInfo = rules[id];
      lines.push(
        `| \`${id}\` | ${severityOf(info)} | ${cell(info.summary)} | ${cell(info.hint ?? '')} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** docs/diagnostics.md as this script writes it. */
export async function diagnosticsDoc(): Promise<string> {
  const options = (await resolveConfig(diagnosticsDocFile)) ?? {};
  return format(rawMarkdown(), { ...options, filepath: diagnosticsDocFile });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await diagnosticsDoc();
  let old = '';
  try {
    old = readFileSync(diagnosticsDocFile, 'utf8');
  } catch {
    // first run: no file yet
  }
  if (old === text) console.log('docs/diagnostics.md is up to date');
  else {
    writeFileSync(diagnosticsDocFile, text);
    console.log(`wrote docs/diagnostics.md (${Object.keys(rules).length} rules)`);
  }
}
