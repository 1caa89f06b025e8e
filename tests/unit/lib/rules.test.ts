import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diagnosticsDoc, diagnosticsDocFile } from '../../../scripts/docs-rules.ts';
import type { Severity } from '../../../src/lib/diagnostics.ts';
import { isRuleId, ruleAreas, rules, type RuleId, type RuleInfo } from '../../../src/lib/rules.ts';

/* The rule table as a whole: well-formed entries, each one reported somewhere, each call site
   using a severity its entry allows, and the authors' list in step with it. */

const root = fileURLToPath(new URL('../../../', import.meta.url));
const table = Object.entries(rules) as [RuleId, RuleInfo][];
const severities: readonly Severity[] = ['error', 'warning', 'notice'];

/** Every source file of the generator, the checker, the verifier and the sweep, but the table. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|mjs|astro)$/.test(entry.name) ? [path] : [];
  });
}
const sources = sourceFiles(join(root, 'src'))
  .filter((path) => !path.endsWith(join('src', 'lib', 'rules.ts')))
  .map((path) => ({ file: relative(root, path), text: readFileSync(path, 'utf8') }));

const allowed = (info: RuleInfo): readonly Severity[] => info.severities ?? [info.severity];

/**
 * Call sites whose severity can be read off the source: `bag.warn('id'`, `.error('id'`,
 * `.notice('id'`, Liquid's `warn(ctx, 'id'`, and object literals `severity: 's', rule: 'id'`.
 */
function callSites(): { file: string; rule: string; severity: Severity }[] {
  const method: Record<string, Severity> = { warn: 'warning', error: 'error', notice: 'notice' };
  const found: { file: string; rule: string; severity: Severity }[] = [];
  for (const { file, text } of sources) {
    for (const m of text.matchAll(/\.(warn|error|notice)\(\s*'([a-z0-9-]+\/[a-z0-9-]+)'/g))
      found.push({ file, rule: m[2]!, severity: method[m[1]!]! });
    for (const m of text.matchAll(/\bwarn\(\s*ctx,\s*'([a-z0-9-]+\/[a-z0-9-]+)'/g))
      found.push({ file, rule: m[1]!, severity: 'warning' });
    for (const m of text.matchAll(
      /severity: '(error|warning|notice)',\s*rule: '([a-z0-9-]+\/[a-z0-9-]+)'/g,
    ))
      found.push({ file, rule: m[2]!, severity: m[1] as Severity });
    // A local helper whose rule parameter is typed by severity: `const report = (rule: RuleWith<'error'>, …`.
    for (const helper of text.matchAll(/const (\w+) = \(rule: RuleWith<'(error|warning|notice)'>/g))
      for (const m of text.matchAll(
        new RegExp(`\\b${helper[1]}\\(\\s*'([a-z0-9-]+/[a-z0-9-]+)'`, 'g'),
      ))
        found.push({ file, rule: m[1]!, severity: helper[2] as Severity });
  }
  return found;
}

describe('the rule table', () => {
  it('has about a hundred entries, sorted by id so that a repeat or a near-twin shows', () => {
    const ids = table.map(([id]) => id);
    expect(ids.length).toBeGreaterThan(90);
    expect(ids).toEqual([...ids].sort());
  });

  it('names every rule area/kebab-case, in an area it describes', () => {
    const kebab = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*';
    const shape = new RegExp(`^${kebab}/${kebab}$`);
    const bad = table.map(([id]) => id).filter((id) => !shape.test(id));
    expect(bad).toEqual([]);
    const areas = new Set(table.map(([id]) => id.split('/')[0]!));
    expect([...areas].sort()).toEqual(Object.keys(ruleAreas).sort());
  });

  it('gives every rule a valid default severity, and lists other severities only deliberately', () => {
    for (const [id, info] of table) {
      expect(severities, id).toContain(info.severity);
      if (!info.severities) continue;
      expect(info.severities[0], `${id}: the default comes first`).toBe(info.severity);
      expect(new Set(info.severities).size, `${id}: no repeats`).toBe(info.severities.length);
      expect(info.severities.length, `${id}: lists another severity`).toBeGreaterThan(1);
      for (const s of info.severities) expect(severities, id).toContain(s);
    }
  });

  it('says what each rule means in one sentence, and the fix as a sentence', () => {
    const sentence = /^[A-Z`][^\n]*[.]$/;
    const secondSentence = /[.!?] +[A-Z]/;
    for (const [id, info] of table) {
      expect(info.summary, id).toMatch(sentence);
      expect(info.summary, `${id}: one sentence`).not.toMatch(secondSentence);
      if (info.hint !== undefined) expect(info.hint, id).toMatch(sentence);
    }
  });

  it('has no dead entry: every id is written, as a literal, in the source that reports it', () => {
    const dead = table
      .map(([id]) => id)
      .filter((id) => !sources.some(({ text }) => text.includes(`'${id}'`)));
    expect(dead).toEqual([]);
  });

  it('allows the severity every literal call site reports its rule with', () => {
    const sites = callSites();
    // Most rules are reported this way; an empty list would mean the patterns broke.
    expect(sites.length).toBeGreaterThan(70);
    const wrong = sites
      .filter((site) => !isRuleId(site.rule) || !allowed(rules[site.rule]).includes(site.severity))
      .map((site) => `${site.file}: ${site.rule} as ${site.severity}`);
    expect(wrong).toEqual([]);
  });

  it('lists a severity other than the default only where some call site uses it', () => {
    const used = new Map<string, Set<Severity>>();
    for (const site of callSites())
      used.set(site.rule, (used.get(site.rule) ?? new Set()).add(site.severity));
    for (const [id, info] of table) {
      if (!info.severities) continue;
      // A call site may choose its severity at run time (a styles or a Workbench lesson); then
      // the id is written next to a conditional severity instead.
      const dynamic = sources.some(({ text }) =>
        new RegExp(`severity: [^,\\n]+\\?[^,\\n]+,\\s*rule: '${id}'`).test(text),
      );
      for (const s of info.severities)
        if (!dynamic) expect(used.get(id)?.has(s), `${id} as ${s}`).toBe(true);
    }
  });
});

describe('isRuleId', () => {
  it('knows the table and nothing else', () => {
    expect(isRuleId('links/broken')).toBe(true);
    expect(isRuleId('links/brokn')).toBe(false);
    expect(isRuleId('toString')).toBe(false);
  });
});

describe('docs/diagnostics.md', () => {
  it('is what npm run docs:rules writes from the table (run it after changing the table)', async () => {
    const committed = readFileSync(diagnosticsDocFile, 'utf8');
    expect(committed).toBe(await diagnosticsDoc());
  });

  it('lists every rule with its severity', async () => {
    const doc = await diagnosticsDoc();
    for (const [id, info] of table)
      expect(doc, id).toMatch(new RegExp(`\\| \`${id}\` +\\| ${info.severity}\\b`));
  });
});
