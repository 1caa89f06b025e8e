import { describe, expect, it } from 'vitest';
import { checkLesson } from '../../../../src/lib/check/run-check.ts';
import { makeLessonDir } from '../../../helpers/lesson-dir.ts';

/** A Workbench episode with key points, so only the rule under test speaks. */
const wbEpisode = (body: string, title = 'Episode') =>
  `---\ntitle: "${title}"\nteaching: 5\nexercises: 5\n---\n\n${body}\n\n::: keypoints\n- A point.\n:::\n`;
const stylesEpisode = (body: string) =>
  `---\ntitle: "Episode"\nteaching: 5\nexercises: 5\nkeypoints:\n- A point.\n---\n${body}\n`;

const workbench = (files: Record<string, string>) =>
  makeLessonDir({ 'config.yaml': 'title: Test\n', ...files });
const styles = (files: Record<string, string>) =>
  makeLessonDir({ '_config.yml': 'title: Test\n', ...files });

/** Findings of one rule as `file:line:column message`, plus the hint of the first. */
function run(dir: string, rule: string) {
  const found = checkLesson(dir).diagnostics.filter((d) => d.rule === rule);
  return {
    found: found.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`),
    hint: found[0]?.hint,
  };
}

describe('code/no-language', () => {
  it('flags a bare fence, in both formats', () => {
    const wb = run(
      workbench({ 'episodes/01-a.md': wbEpisode('```\nls\n```') }),
      'code/no-language',
    );
    expect(wb.found).toEqual([
      'episodes/01-a.md:7:1 warning code block has no language, so it is shown without highlighting',
    ]);
    expect(wb.hint).toBe(
      'Name the language after the opening fence, e.g. ```bash, or ```output for program output.',
    );
    const st = run(
      styles({
        '_episodes/01-a.md': stylesEpisode('\n> ## Try\n> ~~~\n> ls\n> ~~~\n{: .challenge}'),
      }),
      'code/no-language',
    );
    expect(st.found).toEqual([
      '_episodes/01-a.md:10:3 warning code block has no language, so it is shown without highlighting',
    ]);
    expect(st.hint).toBe(
      'Add an attribute list such as {: .language-bash} (or {: .output}) on the line after the closing fence.',
    );
  });
  it('accepts a language, an IAL, output blocks and indented code', () => {
    const dir = styles({
      '_episodes/01-a.md': stylesEpisode(
        '\n~~~\nls\n~~~\n{: .language-bash}\n\n~~~\nfile\n~~~\n{: .output}\n\n```python\nx\n```\n\n    indented\n',
      ),
    });
    expect(run(dir, 'code/no-language').found).toEqual([]);
  });
});

describe('headings/skipped-level', () => {
  it('flags a jump from the title (h1) to h3 and from h2 to h4', () => {
    const { found, hint } = run(
      workbench({ 'episodes/01-a.md': wbEpisode('### Early\n\n## Fine\n\n#### Deep') }),
      'headings/skipped-level',
    );
    expect(found).toEqual([
      'episodes/01-a.md:7:1 warning heading "Early" jumps from level 1 to level 3',
      'episodes/01-a.md:11:1 warning heading "Deep" jumps from level 2 to level 4',
    ]);
    expect(hint).toBe('Make it a level 2 heading (## Early), so the outline has no gaps.');
  });
  it('accepts a gapless outline and leaves callout titles alone', () => {
    const dir = workbench({
      'episodes/01-a.md': wbEpisode(
        '## One\n\n### Two\n\n::: callout\n#### Box title\n:::\n\n## Three',
      ),
    });
    expect(run(dir, 'headings/skipped-level').found).toEqual([]);
  });
});

describe('callout/challenge-without-solution', () => {
  it('flags a challenge with no solution (Workbench and styles)', () => {
    const wb = run(
      workbench({ 'episodes/01-a.md': wbEpisode('## A\n\n::: challenge\n### Think\nWhy?\n:::') }),
      'callout/challenge-without-solution',
    );
    expect(wb.found).toEqual(['episodes/01-a.md:9:0 warning challenge "Think" has no solution']);
    expect(wb.hint).toBe(
      'Add a "::: solution" div inside the challenge, or make it a "::: discussion" if it has no single answer.',
    );
    const st = run(
      styles({ '_episodes/01-a.md': stylesEpisode('\n> Why?\n{: .challenge}') }),
      'callout/challenge-without-solution',
    );
    expect(st.found).toEqual(['_episodes/01-a.md:9:0 warning challenge has no solution']);
    expect(st.hint).toBe(
      'Add a solution inside the challenge ("> > ## Solution" … "> {: .solution}"), or make it a {: .discussion} if it has no single answer.',
    );
  });
  it('accepts a nested solution, and one right after the challenge', () => {
    const nested = styles({
      '_episodes/01-a.md': stylesEpisode(
        '\n> ## Think\n> Why?\n>\n> > ## Solution\n> > Because.\n> {: .solution}\n{: .challenge}',
      ),
    });
    expect(run(nested, 'callout/challenge-without-solution').found).toEqual([]);
    const after = workbench({
      'episodes/01-a.md': wbEpisode('::: challenge\nWhy?\n:::\n\n::: solution\nBecause.\n:::'),
    });
    expect(run(after, 'callout/challenge-without-solution').found).toEqual([]);
  });
});

describe('episode/no-keypoints', () => {
  it('flags a teaching episode with none', () => {
    const { found, hint } = run(
      styles({ '_episodes/01-a.md': '---\ntitle: A\n---\nText.\n' }),
      'episode/no-keypoints',
    );
    expect(found).toEqual([
      '_episodes/01-a.md:0:0 warning episode has no key points, so it is missing from the key points page',
    ]);
    expect(hint).toBe('List what learners should remember under "keypoints:" in the frontmatter.');
    expect(
      run(workbench({ 'episodes/01-a.md': '---\ntitle: A\n---\nText.\n' }), 'episode/no-keypoints')
        .hint,
    ).toBe('Add a "::: keypoints" div with a bulleted list at the end of the episode.');
  });
  it('accepts frontmatter key points, a keypoints div, and breaks without any', () => {
    const dir = workbench({
      'episodes/01-a.md': wbEpisode('Text.'),
      'episodes/02-b.md': '---\ntitle: B\nkeypoints:\n- One.\n---\nText.\n',
      'episodes/03-break.md': '---\ntitle: Coffee\nbreak: 15\n---\nBreak.\n',
      'episodes/04-break.md': '---\ntitle: Lunch\nlayout: break\n---\nBreak.\n',
      'learners/setup.md': '---\ntitle: Setup\n---\nNo key points needed.\n',
    });
    expect(run(dir, 'episode/no-keypoints').found).toEqual([]);
  });
});

describe('callout/unknown-kind (reported by the normalisers, printed by the checker)', () => {
  it('flags a blockquote with an unknown class, and not a known one', () => {
    const dir = styles({
      '_episodes/01-a.md': stylesEpisode('\n> Careful.\n{: .chalenge}\n\n> Fine.\n{: .callout}'),
    });
    expect(run(dir, 'callout/unknown-kind').found).toEqual([
      '_episodes/01-a.md:10:0 warning ".chalenge" is not a callout kind, so it renders as a plain quote',
    ]);
  });

  it('flags a fenced div of an unknown name, under the same rule', () => {
    const dir = workbench({ 'episodes/01-a.md': wbEpisode('::: chalenge\nCareful.\n:::\n') });
    expect(run(dir, 'callout/unknown-kind').found).toEqual([
      'episodes/01-a.md:7:0 warning "chalenge" is not a callout kind, so it renders as a plain div, as pandoc renders it',
    ]);
  });
});

describe('links/undefined-reference', () => {
  it('flags full and collapsed references with no definition', () => {
    const { found, hint } = run(
      workbench({
        'episodes/01-a.md': wbEpisode('See [the docs][docs] and [`cmd`][] here.'),
        'links.md': '[other]: https://example.org\n',
      }),
      'links/undefined-reference',
    );
    expect(found).toEqual([
      'episodes/01-a.md:7:5 error reference link [the docs][docs] has no definition "[docs]: …" in this page or in links.md',
      'episodes/01-a.md:7:26 error reference link [`cmd`][] has no definition "[`cmd`]: …" in this page or in links.md',
    ]);
    expect(hint).toBe(
      'Add a line "[docs]: https://…" to links.md or to this page, or correct the reference name.',
    );
  });
  it('accepts definitions from the page and from links.md, and ignores code and indexes', () => {
    const dir = workbench({
      'episodes/01-a.md': wbEpisode(
        '[a][one], [two][], `x[i][j]`, a[i][j].\n\n[one]: https://example.org/1',
      ),
      'links.md': '[two]: https://example.org/2\n',
    });
    expect(run(dir, 'links/undefined-reference').found).toEqual([]);
  });
});
