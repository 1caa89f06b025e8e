import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  pandocExtensions,
  renderRmdReferences,
  withoutFrontmatter,
} from '../../../../src/lib/sweep/rmd-reference.ts';
import { knitrReferenceSource } from '../../../../src/lib/verify/knitr-visible.ts';
import { makeLessonDir } from '../../../helpers/lesson-dir.ts';

const rmd = [
  '## Setup',
  '',
  '```{r setup, include=FALSE}',
  'library(x)',
  '```',
  '',
  'There are `r nrow(d)` rows.',
  '',
  '::: challenge',
  '',
  '```{r shown, fig.cap="A plot"}',
  '#| label: plot',
  'plot(d)',
  '```',
  '',
  '```{r, engine="bash"}',
  'ls',
  '```',
  '',
  ':::',
  '',
  '```output',
  'kept as written',
  '```',
  '',
  '```{comment}',
  'notes',
  '```',
  '',
  '```{verbatim, lang = "markdown"}',
  '**shown as written**',
  '```',
  '',
  '```{rdsm-fct-levels}',
  'levels(x)',
  '```',
].join('\n');

describe('knitrReferenceSource', () => {
  it('keeps the text, shows chunk code as knitr would, and drops what knitr hides', () => {
    expect(knitrReferenceSource(rmd)).toBe(
      [
        '## Setup',
        '',
        '',
        'There are `nrow(d)` rows.',
        '',
        '::: challenge',
        '',
        '```r',
        'plot(d)',
        '```',
        '',
        '```bash',
        'ls',
        '```',
        '',
        ':::',
        '',
        '```output',
        'kept as written',
        '```',
        '',
        '',
        '```markdown',
        '**shown as written**',
        '```',
        '',
        '```rdsm',
        'levels(x)',
        '```',
      ].join('\n'),
    );
  });
});

describe('renderRmdReferences', () => {
  it('renders each episode body, frontmatter cut off, into the script layout', () => {
    const dir = makeLessonDir({
      'episodes/01-a.Rmd': `---\ntitle: A\n---\n${rmd}\n`,
      'out/.keep': '',
    });
    const seen: string[] = [];
    const failed = renderRmdReferences(
      dir,
      [
        { file: 'episodes/01-a.Rmd', slug: '01-a' },
        { file: 'episodes/02-missing.Rmd', slug: '02-missing' },
      ],
      join(dir, 'out'),
      'markdown',
      (markdown) => {
        seen.push(markdown);
        return `<p>${markdown.length}</p>`;
      },
    );
    expect(seen[0]!.startsWith('## Setup\n')).toBe(true);
    expect(readFileSync(join(dir, 'out/01-a/index.html'), 'utf8')).toMatch(/^<p>\d+<\/p>$/);
    expect(existsSync(join(dir, 'out/02-missing'))).toBe(false);
    expect(failed).toEqual([expect.stringMatching(/^episodes\/02-missing\.Rmd \(ENOENT/)]);
  });

  it('reads the extensions of pandoc-build.sh from the script', () => {
    expect(pandocExtensions("set -u\next='markdown+fenced_divs'\nfor x in y\n")).toBe(
      'markdown+fenced_divs',
    );
    expect(pandocExtensions('echo nothing')).toBeUndefined();
    expect(withoutFrontmatter('---\na: 1\n---\nBody')).toBe('Body');
    expect(withoutFrontmatter('Body only')).toBe('Body only');
  });
});
