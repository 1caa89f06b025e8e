/**
 * Post-build verification of a lesson site: links and anchors resolve, no source syntax leaked into
 * the text, and no author's text went missing between source and page.
 *
 *   node scripts/verify-site.ts --lesson <lessonDir> --site <outDir> [--base /repo/] [--allow a,b] [--github]
 *
 * Exits 1 when anything is found, so CI fails on the first defect. Under GitHub Actions (or with
 * --github) problems are printed as workflow commands, so they annotate the pull request.
 */
import { parseArgs } from 'node:util';
import { formatDiagnostic, formatGithub, summarize } from '../src/lib/diagnostics.ts';
import { verifySite } from '../src/lib/verify/verify-site.ts';

const { values } = parseArgs({
  options: {
    lesson: { type: 'string' },
    site: { type: 'string' },
    base: { type: 'string', default: '/' },
    allow: { type: 'string', default: '' },
    github: { type: 'boolean', default: !!process.env.GITHUB_ACTIONS },
  },
});
if (!values.lesson || !values.site) {
  console.error(
    'usage: node scripts/verify-site.ts --lesson <lessonDir> --site <outDir> [--base /] [--allow path,path] [--github]',
  );
  process.exit(2);
}

const allow = values.allow
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const { site, all } = verifySite({
  lessonDir: values.lesson,
  outDir: values.site,
  base: values.base,
  allow,
});

if (values.github) {
  for (const d of all) console.log(formatGithub(d));
} else {
  const byFile = Map.groupBy(all, (d) => d.file);
  for (const [file, items] of byFile) {
    console.log(`\n${file} (${items.length})`);
    for (const d of items)
      console.log(
        `  ${formatDiagnostic(d, { color: process.stdout.isTTY }).replace(/\n/g, '\n  ')}`,
      );
  }
}
console.log(`\nverify-site: ${site.pages.length} pages in ${values.site}; ${summarize(all)}`);
process.exit(all.length > 0 ? 1 : 0);
