/**
 * Synthetic lessons for the benchmark: N episodes of about 150 lines each (headings, paragraphs,
 * links, five highlighted code blocks in bash and python plus an output block, a table, two
 * challenges with solutions, a callout), in the styles (Jekyll) format or the Workbench format.
 * The text varies with the episode number, deterministically, so every run builds the same input.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Format = 'styles' | 'workbench';

const words = [
  'cluster',
  'volume',
  'pod',
  'workflow',
  'node',
  'bucket',
  'container',
  'image',
  'claim',
  'service',
  'job',
  'event',
  'histogram',
  'muon',
  'dataset',
  'budget',
];
const word = (i: number, k: number) => words[(i * 7 + k * 3) % words.length]!;

function paragraph(i: number, k: number): string {
  return [
    `Each ${word(i, k)} in episode ${i} belongs to a ${word(i, k + 1)}, and the ${word(i, k + 2)} keeps track of it.`,
    `See the [reference manual](https://example.org/manual/${word(i, k)}#section-${k}) and the **${word(i, k + 3)}** notes;`,
    `the \`${word(i, k + 4)}\` command lists them, and *each* entry shows its state and age.`,
    `When a ${word(i, k + 5)} fails, read its events before starting another one.`,
  ].join('\n');
}

export const bashCode = (i: number, k: number) => [
  `# list the ${word(i, k)}s of step ${k}`,
  `kubectl get ${word(i, k)}s -n argo --selector=episode=${i}`,
  `for n in $(seq 1 ${(i % 5) + 2}); do`,
  `  echo "run $n" && gsutil ls "gs://bucket-${i}/${word(i, k)}/$n"`,
  'done',
];
export const pythonCode = (i: number, k: number) => [
  'import json',
  '',
  `def count_${word(i, k)}s(path: str) -> int:`,
  `    """Count the ${word(i, k)} records in one file."""`,
  '    with open(path) as handle:',
  `        return sum(1 for line in handle if "${word(i, k + 1)}" in line)`,
  '',
  `print(count_${word(i, k)}s("data/${i}.jsonl"))`,
];
const outputText = (i: number) => [
  `${word(i, 1)}-0   Running   0   ${i % 60}m`,
  `${word(i, 2)}-1   Pending   0   ${i % 7}s`,
];

const table = (i: number) => [
  '| Command | What it does | Typical time |',
  '|---------|--------------|--------------|',
  ...[0, 1, 2, 3].map(
    (k) =>
      `| \`${word(i, k)} ${word(i, k + 1)}\` | starts a ${word(i, k + 2)} for episode ${i} | ${k + 2} min |`,
  ),
];

const pad = (i: number) => String(i).padStart(4, '0');
export const episodeSlug = (i: number) => `${pad(i)}-${word(i, 0)}-${word(i, 5)}`;
export const episodeTitle = (i: number) => `Episode ${i}: the ${word(i, 0)} and the ${word(i, 5)}`;

/** Workbench: fenced code with info strings, pandoc fenced divs. */
function workbenchEpisode(i: number, count: number): string {
  const fence = (lang: string, lines: string[]) => ['```' + lang, ...lines, '```'];
  const prev = i > 1 ? `[the previous episode](${episodeSlug(i - 1)}.md)` : 'the setup page';
  const next = i < count ? ` and [the next one](${episodeSlug(i + 1)}.md)` : '';
  return [
    '---',
    `title: "${episodeTitle(i)}"`,
    `teaching: ${10 + (i % 3) * 5}`,
    `exercises: ${5 + (i % 2) * 5}`,
    '---',
    '',
    ':::::::::::::::::::::::::::::::::::::: questions',
    '',
    `- How do I start a ${word(i, 0)}?`,
    `- What does a ${word(i, 5)} record?`,
    '',
    '::::::::::::::::::::::::::::::::::::::::::::::::',
    '',
    '::::::::::::::::::::::::::::::::::::: objectives',
    '',
    `- Start a ${word(i, 0)} and watch it run.`,
    `- Read the ${word(i, 5)} it leaves behind.`,
    '',
    '::::::::::::::::::::::::::::::::::::::::::::::::',
    '',
    '## Introduction',
    '',
    paragraph(i, 0),
    '',
    `This episode follows ${prev}${next}.`,
    '',
    ...fence('bash', bashCode(i, 1)),
    '',
    ...fence('output', outputText(i)),
    '',
    paragraph(i, 1),
    '',
    `## Working with the ${word(i, 0)}`,
    '',
    paragraph(i, 2),
    '',
    ...fence('python', pythonCode(i, 2)),
    '',
    ...table(i),
    '',
    paragraph(i, 3),
    '',
    '### Details',
    '',
    paragraph(i, 4),
    '',
    ...fence('bash', bashCode(i, 3)),
    '',
    ':::::::::::::::::::::::::::::::::::::: challenge',
    '',
    `## Challenge 1: count the ${word(i, 1)}s`,
    '',
    paragraph(i, 5),
    '',
    ':::::::::::::::: solution',
    '',
    '## Solution',
    '',
    ...fence('python', pythonCode(i, 4)),
    '',
    `The count is ${i * 3}.`,
    '',
    ':::::::::::::::::::::::::',
    '',
    '::::::::::::::::::::::::::::::::::::::::::::::::',
    '',
    ':::::::::::::::::::::::::::::::::::::: challenge',
    '',
    `## Challenge 2: clean up the ${word(i, 2)}s`,
    '',
    paragraph(i, 6),
    '',
    ':::::::::::::::: solution',
    '',
    '## Solution',
    '',
    ...fence('bash', bashCode(i, 5)),
    '',
    '::::::::::::::::::::::::::::::::::::::::::::::::',
    '',
    '::::::::::::::::::::::::::::::::::::::::::::::::',
    '',
    '::::::::::::::::::::::::::::::::::::::: callout',
    '',
    `## A note on ${word(i, 3)}s`,
    '',
    paragraph(i, 7),
    '',
    '::::::::::::::::::::::::::::::::::::::::::::::::',
    '',
    '## Summary',
    '',
    paragraph(i, 8),
    '',
    paragraph(i, 9),
    '',
    '::::::::::::::::::::::::::::::::::::: keypoints',
    '',
    `- A ${word(i, 0)} runs until it is deleted.`,
    `- The ${word(i, 5)} keeps the record.`,
    '',
    '::::::::::::::::::::::::::::::::::::::::::::::::',
    '',
  ].join('\n');
}

/** styles: `~~~` code with `{: .language-x}` IALs, blockquote callouts with trailing IALs. */
function stylesEpisode(i: number, count: number): string {
  const code = (cls: string, lines: string[], quote = '') => [
    ...['~~~', ...lines, '~~~', `{: .${cls}}`].map((l) => `${quote}${l}`.trimEnd()),
  ];
  const quoted = (text: string, quote: string) =>
    text.split('\n').map((l) => `${quote}${l}`.trimEnd());
  const prev =
    i > 1
      ? `[the previous episode]({{ page.root }}/${episodeSlug(i - 1)}/index.html)`
      : 'the setup page';
  const next =
    i < count ? ` and [the next one]({{ page.root }}/${episodeSlug(i + 1)}/index.html)` : '';
  return [
    '---',
    `title: "${episodeTitle(i)}"`,
    `teaching: ${10 + (i % 3) * 5}`,
    `exercises: ${5 + (i % 2) * 5}`,
    'questions:',
    `- "How do I start a ${word(i, 0)}?"`,
    `- "What does a ${word(i, 5)} record?"`,
    'objectives:',
    `- "Start a ${word(i, 0)} and watch it run."`,
    `- "Read the ${word(i, 5)} it leaves behind."`,
    'keypoints:',
    `- "A ${word(i, 0)} runs until it is deleted."`,
    `- "The ${word(i, 5)} keeps the record."`,
    '---',
    '',
    '## Introduction',
    '',
    paragraph(i, 0),
    '',
    `This episode follows ${prev}${next}.`,
    '',
    ...code('language-bash', bashCode(i, 1)),
    '',
    ...code('output', outputText(i)),
    '',
    paragraph(i, 1),
    '',
    `## Working with the ${word(i, 0)}`,
    '',
    paragraph(i, 2),
    '',
    ...code('language-python', pythonCode(i, 2)),
    '',
    ...table(i),
    '',
    paragraph(i, 3),
    '',
    '### Details',
    '',
    paragraph(i, 4),
    '',
    ...code('language-bash', bashCode(i, 3)),
    '',
    `> ## Challenge 1: count the ${word(i, 1)}s`,
    '>',
    ...quoted(paragraph(i, 5), '> '),
    '>',
    '> > ## Solution',
    '> >',
    ...code('language-python', pythonCode(i, 4), '> > '),
    '> >',
    `> > The count is ${i * 3}.`,
    '> {: .solution}',
    '{: .challenge}',
    '',
    `> ## Challenge 2: clean up the ${word(i, 2)}s`,
    '>',
    ...quoted(paragraph(i, 6), '> '),
    '>',
    '> > ## Solution',
    '> >',
    ...code('language-bash', bashCode(i, 5), '> > '),
    '> {: .solution}',
    '{: .challenge}',
    '',
    `> ## A note on ${word(i, 3)}s`,
    '>',
    ...quoted(paragraph(i, 7), '> '),
    '{: .callout}',
    '',
    '## Summary',
    '',
    paragraph(i, 8),
    '',
    paragraph(i, 9),
    '',
    '{% include links.md %}',
    '',
  ].join('\n');
}

export function episodeSource(format: Format, i: number, count: number): string {
  return format === 'workbench' ? workbenchEpisode(i, count) : stylesEpisode(i, count);
}

/** Path of episode `i`'s source inside a generated lesson. */
export function episodeFile(dir: string, format: Format, i: number): string {
  return join(dir, format === 'workbench' ? 'episodes' : '_episodes', `${episodeSlug(i)}.md`);
}

/** Write a fresh lesson of `count` episodes to `dir` (deleting what was there). */
export function generateLesson(dir: string, format: Format, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  const title = `Benchmark lesson (${format}, ${count} episodes)`;
  const setup =
    '---\ntitle: Setup\n---\n\nInstall `kubectl` and `gcloud`, then check:\n\n```bash\nkubectl version --client\n```\n';
  if (format === 'workbench') {
    mkdirSync(join(dir, 'episodes'), { recursive: true });
    mkdirSync(join(dir, 'learners'), { recursive: true });
    writeFileSync(
      join(dir, 'config.yaml'),
      [
        `carpentry: incubator`,
        `title: "${title}"`,
        'life_cycle: stable',
        'license: CC-BY 4.0',
        'source: https://example.org/bench',
        'branch: main',
        'contact: bench@example.org',
        'episodes:',
        ...Array.from({ length: count }, (_, k) => `- ${episodeSlug(k + 1)}.md`),
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'index.md'),
      '---\nsite: sandpaper::sandpaper_site\n---\n\nA synthetic lesson for the benchmark.\n',
    );
    writeFileSync(join(dir, 'learners', 'setup.md'), setup);
  } else {
    mkdirSync(join(dir, '_episodes'), { recursive: true });
    mkdirSync(join(dir, '_includes'), { recursive: true });
    writeFileSync(
      join(dir, '_config.yml'),
      [
        `carpentry: "swc"`,
        `title: "${title}"`,
        'life_cycle: "stable"',
        'kind: "lesson"',
        'repository: example/bench',
        'email: "bench@example.org"',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'index.md'),
      '---\nlayout: lesson\nroot: .\n---\nA synthetic lesson for the benchmark.\n',
    );
    writeFileSync(
      join(dir, 'setup.md'),
      setup.replace(
        '```bash\nkubectl version --client\n```',
        '~~~\nkubectl version --client\n~~~\n{: .language-bash}',
      ),
    );
    writeFileSync(join(dir, '_includes', 'links.md'), '[kubectl]: https://example.org/kubectl\n');
  }
  for (let i = 1; i <= count; i++)
    writeFileSync(episodeFile(dir, format, i), episodeSource(format, i, count));
}

/**
 * The same episode for Starlight (the side-by-side benchmark): the Workbench episode's Markdown
 * with its fenced divs as Starlight asides (nested ones with one colon fewer than their parent),
 * output blocks as `text`, and links between episodes as Starlight's page URLs.
 */
export function starlightEpisode(i: number, count: number): string {
  const depth: number[] = [];
  const lines: string[] = [];
  let frontmatter = 0;
  for (const line of workbenchEpisode(i, count).split('\n')) {
    if (line === '---') frontmatter++;
    // Starlight's schema has no teaching or exercise times.
    if (frontmatter === 1 && /^(teaching|exercises):/.test(line)) continue;
    const open = /^:{3,}\s*(\w+)\s*$/.exec(line);
    if (open) {
      const colons = ':'.repeat(4 - depth.length);
      const label = open[1]!.charAt(0).toUpperCase() + open[1]!.slice(1);
      depth.push(colons.length);
      lines.push(`${colons}${open[1] === 'challenge' ? 'tip' : 'note'}[${label}]`);
    } else if (/^:{3,}\s*$/.test(line)) lines.push(':'.repeat(depth.pop() ?? 3));
    else if (line === '```output') lines.push('```text');
    else lines.push(line.replace(/\]\((\d{4}-[\w-]+)\.md\)/g, '](../$1/)'));
  }
  return lines.join('\n');
}

/** A Starlight site's content for the same `count` episodes, in `docsDir` (replaced). */
export function generateStarlightDocs(docsDir: string, count: number): void {
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(join(docsDir, 'episodes'), { recursive: true });
  writeFileSync(
    join(docsDir, 'index.md'),
    '---\ntitle: Benchmark lesson\n---\n\nA synthetic lesson for the benchmark.\n',
  );
  for (let i = 1; i <= count; i++)
    writeFileSync(join(docsDir, 'episodes', `${episodeSlug(i)}.md`), starlightEpisode(i, count));
}
