import { describe, expect, it } from 'vitest';
import { DiagnosticBag, formatDiagnostic } from '../../../../src/lib/diagnostics.ts';
import { parseEpisodeFile, parsePageFile } from '../../../../src/lib/lesson/parse-frontmatter.ts';

const FILE = 'episodes/01-intro.md';

/** Parse an episode given as lines; returns the frontmatter and the formatted diagnostics. */
function parse(...lines: string[]) {
  const bag = new DiagnosticBag(FILE);
  const result = parseEpisodeFile(lines.join('\n'), '01-intro', bag);
  return { ...result, bag, messages: bag.items.map((d) => formatDiagnostic(d)) };
}

const schemaHint = (field: string) => `\n    hint: Fix the value of "${field}" on this line.`;
const titleHint = '\n    hint: Add a line such as title: "Creating a cluster" to the frontmatter.';

describe('parseEpisodeFile: valid frontmatter', () => {
  it('reads every field and reports nothing', () => {
    const r = parse(
      '---',
      'title: "Introducing the Shell"',
      'teaching: 5',
      'exercises: 10',
      'questions:',
      '- "What is a shell?"',
      'objectives:',
      '- "Explain the shell."',
      'keypoints:',
      '- "A shell runs programs."',
      '---',
      '',
      'Body.',
    );
    expect(r.messages).toEqual([]);
    expect(r.frontmatter).toEqual({
      title: 'Introducing the Shell',
      teaching: 5,
      exercises: 10,
      questions: ['What is a shell?'],
      objectives: ['Explain the shell.'],
      keypoints: ['A shell runs programs.'],
      start: false,
    });
    expect(r.bodyLine).toBe(12);
    expect(r.body).toBe('\nBody.');
  });

  it('defaults teaching and exercises to 0 and lists to empty', () => {
    const r = parse('---', 'title: Only a title', '---');
    expect(r.messages).toEqual([]);
    expect(r.frontmatter).toMatchObject({
      title: 'Only a title',
      teaching: 0,
      exercises: 0,
      questions: [],
      objectives: [],
      keypoints: [],
      start: false,
    });
  });

  it('accepts a break episode with start: true and math', () => {
    const r = parse(
      '---',
      'title: Coffee',
      'layout: break',
      'break: 15',
      'start: true',
      'math: true',
      '---',
    );
    expect(r.messages).toEqual([]);
    expect(r.frontmatter).toMatchObject({
      title: 'Coffee',
      break: 15,
      start: true,
      math: true,
      layout: 'break',
    });
  });

  it('accepts the legacy keys layout, permalink and root silently', () => {
    const r = parse(
      '---',
      'layout: episode',
      'permalink: /01-intro/',
      'root: .',
      'title: Intro',
      '---',
    );
    expect(r.bag.items).toEqual([]);
    expect(r.frontmatter.title).toBe('Intro');
  });

  it('reads YAML 1.1 booleans as sandpaper and Jekyll do: start: no, math: yes', () => {
    const r = parse('---', 'title: Intro', 'start: no', 'math: yes', '---');
    expect(r.messages).toEqual([]);
    expect(r.frontmatter).toMatchObject({ start: false, math: true });
  });

  it('trims the title', () => {
    expect(parse('---', 'title: "  Spaced  "', '---').frontmatter.title).toBe('Spaced');
  });
});

const coerced = (line: number, message: string, hint: string) =>
  `${FILE}:${line}  warning  ${message}  (frontmatter/coerced)\n    hint: ${hint}`;
const unknownTime =
  'no number could be read, so the time is unknown and the schedule shows no clock times from this episode on';

describe('parseEpisodeFile: values the toolchains read anyway are warnings, read as they were', () => {
  it('teaching: "30 min" takes the leading number', () => {
    const r = parse('---', 'title: Intro', 'teaching: 30 min # minutes', 'exercises: "15"', '---');
    expect(r.messages).toEqual([
      coerced(
        3,
        'teaching: expected teaching time as a whole number of minutes, such as 10, found "30 min" (text); read as 30 minutes',
        'Write "teaching: 30": a whole number of minutes, nothing else on the line.',
      ),
      coerced(
        4,
        'exercises: expected exercise time as a whole number of minutes, such as 10, found "15" (text); read as 15 minutes',
        'Write "exercises: 15": a whole number of minutes, nothing else on the line.',
      ),
    ]);
    expect(r.frontmatter).toMatchObject({ teaching: 30, exercises: 15 });
  });

  it('"0 (15 min)" is 0, as the styles schedule added it; an empty time is 0', () => {
    const r = parse('---', 'title: Extra', 'teaching: 0 (15 min)', 'exercises:', '---');
    expect(r.messages).toEqual([
      coerced(
        3,
        'teaching: expected teaching time as a whole number of minutes, such as 10, found "0 (15 min)" (text); read as 0 minutes',
        'Write "teaching: 0": a whole number of minutes, nothing else on the line.',
      ),
      coerced(
        4,
        'exercises: empty; read as 0 minutes',
        'Write "exercises: 0", or delete the line.',
      ),
    ]);
    expect(r.frontmatter).toMatchObject({ teaching: 0, exercises: 0 });
  });

  it('teaching: "ten" is an unknown time (null), not an error', () => {
    const r = parse('---', 'title: Intro', 'teaching: "ten"', '---');
    expect(r.messages).toEqual([
      coerced(
        3,
        `teaching: expected teaching time as a whole number of minutes, such as 10, found "ten" (text); ${unknownTime}`,
        'Write "teaching:" followed by a whole number of minutes, such as 10.',
      ),
    ]);
    expect(r.bag.items.every((d) => d.severity === 'warning')).toBe(true);
    expect(r.frontmatter.title).toBe('Intro');
    expect(r.frontmatter.teaching).toBeNull();
  });

  it('negative minutes are unknown', () => {
    const r = parse('---', 'title: Intro', 'teaching: 5', 'exercises: -5', '---');
    expect(r.messages).toEqual([
      coerced(
        4,
        'exercises: expected exercise time of 0 minutes or more, found -5 (a number); a time below 0 is unknown, so the schedule shows no clock times from this episode on',
        'Write "exercises:" followed by a whole number of minutes, such as 10.',
      ),
    ]);
    expect(r.frontmatter).toMatchObject({ teaching: 5, exercises: null });
  });

  it('non-integer minutes are rounded', () => {
    const r = parse('---', 'title: Intro', 'teaching: 2.5', '---');
    expect(r.messages).toEqual([
      coerced(
        3,
        'teaching: expected teaching time as a whole number of minutes, such as 10, found 2.5 (a number); read as 3 minutes',
        'Write "teaching: 3": a whole number of minutes, nothing else on the line.',
      ),
    ]);
    expect(r.frontmatter.teaching).toBe(3);
  });

  it('a break that is not a number stays a break, of unknown length', () => {
    const r = parse('---', 'title: Coffee', 'break: soon', '---');
    expect(r.messages).toEqual([
      coerced(
        3,
        `break: expected break length as a whole number of minutes, such as 10, found "soon" (text); ${unknownTime}`,
        'Write "break:" followed by a whole number of minutes, such as 10.',
      ),
    ]);
    expect(r.frontmatter.break).toBeNull();
  });

  it('start: "yes" (quoted) and start: y are read as true; an unreadable word as the default', () => {
    expect(parse('---', 'title: Day two', 'start: "yes"', '---').messages).toEqual([
      coerced(
        3,
        'start: expected true or false, found "yes" (text); read as true',
        'Write "start: true".',
      ),
    ]);
    const r = parse('---', 'title: Day two', 'start: y', 'math: sometimes', '---');
    expect(r.frontmatter).toMatchObject({ start: true });
    expect(r.frontmatter.math).toBeUndefined();
    expect(r.messages).toEqual([
      coerced(
        3,
        'start: expected true or false, found "y" (text); read as true',
        'Write "start: true".',
      ),
      coerced(
        4,
        'math: expected true or false, found "sometimes" (text); ignored: read as false',
        'Write "math: true" or "math: false".',
      ),
    ]);
  });

  it('a single question written as a string is a list of one', () => {
    const r = parse('---', 'title: Intro', 'questions: "Why use the shell?"', '---');
    expect(r.messages).toEqual([
      coerced(
        3,
        'questions: expected questions as a list of text items (lines starting with "- "), found "Why use the shell?" (text); read as a list of one item',
        'Write it as a list: "questions:" and the item on the next line after "- ".',
      ),
    ]);
    expect(r.frontmatter.questions).toEqual(['Why use the shell?']);
  });

  it('a title YAML read as a number or a list is read as text', () => {
    const r = parse('---', 'title: 2024', 'layout: 5', '---');
    expect(r.frontmatter).toMatchObject({ title: '2024', layout: '5' });
    expect(r.messages).toEqual([
      coerced(
        2,
        'title: expected the episode title as text, such as title: "Creating a cluster", found 2024 (a number); read as the text "2024"',
        'Put the value in quotes: title: "2024".',
      ),
      coerced(
        3,
        'layout: expected a layout name, found 5 (a number); read as the text "5"',
        'Put the value in quotes: layout: "5".',
      ),
    ]);
    expect(parse('---', 'title: [a, b]', '---').frontmatter.title).toBe('a, b');
  });

  it('missing title: a warning at the first frontmatter line; the file name stands in', () => {
    const r = parse('---', 'teaching: 5', '---');
    expect(r.messages).toEqual([
      `${FILE}:2  warning  no title: the episode is titled "01-intro" after its file name  (frontmatter/no-title)${titleHint}`,
    ]);
    expect(r.frontmatter.title).toBe('01-intro');
    expect(r.frontmatter.teaching).toBe(5);
  });

  it('empty title', () => {
    const r = parse('---', 'teaching: 5', 'title: ""', '---');
    expect(r.messages).toEqual([
      `${FILE}:3  warning  empty title: the episode is titled "01-intro" after its file name  (frontmatter/no-title)${titleHint}`,
    ]);
  });

  it('keypoint (misspelled) warns with a did-you-mean on its line', () => {
    const r = parse('---', 'title: Intro', 'keypoint:', '- "Remember this"', '---');
    expect(r.messages).toEqual([
      `${FILE}:3  warning  unknown key "keypoint"; did you mean "keypoints"?  (frontmatter/unknown-key)\n    hint: Rename "keypoint" to "keypoints".`,
    ]);
    expect(r.frontmatter.keypoints).toEqual([]);
  });

  it('titel: a warning on the key plus the missing-title warning', () => {
    const r = parse('---', 'teaching: 5', 'titel: Intro', '---');
    expect(r.bag.items.map((d) => [d.severity, d.rule, d.line])).toEqual([
      ['warning', 'frontmatter/unknown-key', 3],
      ['warning', 'frontmatter/no-title', 2],
    ]);
  });

  // "titel" is a swapped pair of letters, the commonest typo; the did-you-mean should catch it.
  it('titel: the warning suggests "title"', () => {
    const r = parse('---', 'teaching: 5', 'titel: Intro', '---');
    expect(r.messages[0]).toBe(
      `${FILE}:3  warning  unknown key "titel"; did you mean "title"?  (frontmatter/unknown-key)\n    hint: Rename "titel" to "title".`,
    );
  });

  it('an unknown key with no near match is a notice listing the known keys (sandpaper ignores it)', () => {
    const r = parse('---', 'title: Intro', 'difficulty: hard', '---');
    expect(r.messages).toEqual([
      `${FILE}:3  notice  unknown key "difficulty" is ignored, as the lesson's toolchain ignores it  (frontmatter/unknown-key)\n    hint: Known keys: title, teaching, exercises, questions, objectives, keypoints, start, break, math, layout, permalink, root, published.`,
    ]);
  });

  it('styles: such a key is a page variable for Liquid, not a problem; a near-miss still warns', () => {
    const bag = new DiagnosticBag('_episodes/01-intro.md');
    parseEpisodeFile(
      '---\ntitle: Intro\nsource: Rmd\ncolour: blue\nkeypoint: x\n---\n',
      'x',
      bag,
      'jekyll',
    );
    expect(bag.items.map((d) => [d.severity, d.rule, d.line])).toEqual([
      ['warning', 'frontmatter/unknown-key', 5],
    ]);
  });

  it('an empty list item is dropped with a warning naming questions[1] and its line', () => {
    const r = parse('---', 'title: Intro', 'questions:', '- "First?"', '- ""', '- "Third?"', '---');
    expect(r.messages).toEqual([
      `${FILE}:5  warning  questions[1]: empty item is dropped  (frontmatter/empty-item)\n    hint: Delete the empty "- " line under questions.`,
    ]);
    expect(r.frontmatter.questions).toEqual(['First?', 'Third?']);
  });

  it('list items YAML read as a list or a "key: value" pair are read back as text', () => {
    const r = parse(
      '---',
      'title: Intro',
      'objectives:',
      '- "ok"',
      '- [1, 2]',
      '- Use git: it keeps history',
      '- {a: [1]}',
      '---',
    );
    expect(r.frontmatter.objectives).toEqual(['ok', '1, 2', 'Use git: it keeps history']);
    expect(r.messages).toEqual([
      coerced(
        5,
        'objectives: item 1 is a list; read as "1, 2"; item 2 holds ": ", so YAML read a "key: value" pair; read as "Use git: it keeps history"; item 3 is neither text nor a list of texts; dropped',
        'Put an item that contains ": " in quotes: - "Step one: install it".',
      ),
    ]);
  });
});

describe('parseEpisodeFile: broken or missing frontmatter', () => {
  const yamlHint =
    '\n    hint: Check indentation, colons and quotes; quote titles that contain ": ".';

  it('a YAML syntax error on the first frontmatter line points at file line 2 and the parser column', () => {
    const r = parse('---', 'title: Intro: the shell', 'teaching: 5', '---');
    expect(r.messages).toEqual([
      `${FILE}:2:8  error  YAML syntax error in the frontmatter: Nested mappings are not allowed in compact mappings  (yaml/syntax)${yamlHint}`,
    ]);
    expect(r.frontmatter.title).toBe('01-intro');
  });

  it('a YAML syntax error further down keeps the file line', () => {
    const r = parse('---', 'title: Intro', 'teaching: 5', 'exercises: [5', '---');
    expect(r.messages).toEqual([
      `${FILE}:4:14  error  YAML syntax error in the frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]  (yaml/syntax)${yamlHint}`,
    ]);
  });

  it('a repeated key: the later value wins, with a warning at the second occurrence', () => {
    const r = parse('---', 'title: Intro', 'teaching: 5', 'teaching: 6', '---');
    expect(r.messages).toEqual([
      `${FILE}:4  warning  "teaching" is set again (first on line 3); the later value is used  (yaml/duplicate-key)\n    hint: Delete the "teaching" line that is not meant to count.`,
    ]);
    expect(r.frontmatter.teaching).toBe(6);
  });

  it('a quoted text whose continuation line is not indented is read as libyaml reads it', () => {
    const bag = new DiagnosticBag('_episodes/01-intro.md');
    const r = parseEpisodeFile(
      [
        '---',
        'title: Intro',
        'keypoints:',
        '- "A point that goes on',
        'onto an unindented line."',
        '- "Another."',
        '---',
      ].join('\n'),
      'Intro',
      bag,
      'jekyll',
    );
    expect(r.frontmatter.keypoints).toEqual([
      'A point that goes on onto an unindented line.',
      'Another.',
    ]);
    expect(bag.items.map((d) => formatDiagnostic(d))).toEqual([
      '_episodes/01-intro.md:5  warning  this line continues the quoted text opened on line 4 without being indented; read as part of that text, as Jekyll reads it  (yaml/unindented-continuation)\n    hint: Indent the continuation lines of a quoted text (two spaces), or join them onto one line.',
    ]);
  });

  it('no frontmatter at all: a warning at line 1, and the episode is titled after its file', () => {
    const r = parse('# Introduction', '', 'Text.');
    expect(r.messages).toEqual([
      `${FILE}:1  warning  episode has no frontmatter: it is shown as an episode titled "01-intro" after its file name, without questions, objectives, key points or times  (frontmatter/missing)\n    hint: Add "---", "title: …", "---" at the top of the file.`,
    ]);
    expect(r.frontmatter.title).toBe('01-intro');
    expect(r.body).toBe('# Introduction\n\nText.');
    expect(r.bodyLine).toBe(1);
  });

  it('frontmatter that is a list is an error', () => {
    const r = parse('---', '- title: Intro', '- teaching: 5', '---');
    expect(r.messages).toEqual([
      `${FILE}:2  error  frontmatter: expected "key: value" lines, found a list  (frontmatter/not-a-mapping)\n    hint: Write the frontmatter as key: value lines between the --- markers.`,
    ]);
  });

  it('frontmatter that is plain text is an error', () => {
    const r = parse('---', 'just some words', '---');
    expect(r.bag.items.map((d) => [d.rule, d.line, d.message])).toEqual([
      [
        'frontmatter/not-a-mapping',
        2,
        'frontmatter: expected "key: value" lines, found plain text',
      ],
    ]);
  });
});

/**
 * Frontmatter the toolchain cannot use. Jekyll logs it and publishes the page with empty data
 * (a warning here, the body kept whole); sandpaper stops (an error here).
 */
describe('unusable frontmatter: published as Jekyll publishes it, stopped where sandpaper stops', () => {
  const cases: {
    name: string;
    text: string;
    rule: string;
    line: number;
    body: string;
  }[] = [
    {
      name: 'a tab indenting a list item',
      text: '---\ntitle: Pulling\nquestions:\n\t- "Why?"\n---\n# Pulling\n\nBody.\n',
      rule: 'yaml/syntax',
      line: 4,
      body: '# Pulling\n\nBody.\n',
    },
    {
      name: 'a list instead of keys',
      text: '---\n- a\n- b\n---\nBody.\n',
      rule: 'frontmatter/not-a-mapping',
      line: 2,
      body: 'Body.\n',
    },
    {
      name: 'a block that is never closed: the whole text is the body',
      text: '---\ntitle: Open\n\n# Open\n\nBody.\n',
      rule: 'frontmatter/unclosed',
      line: 1,
      body: '---\ntitle: Open\n\n# Open\n\nBody.\n',
    },
  ];
  for (const { name, text, rule, line, body } of cases)
    for (const [dialect, severity] of [
      ['jekyll', 'warning'],
      ['sandpaper', 'error'],
    ] as const)
      it(`${name} (${dialect}: ${severity})`, () => {
        const bag = new DiagnosticBag(FILE);
        const r = parseEpisodeFile(text, 'Fallback', bag, dialect);
        expect(bag.items.map((d) => [d.rule, d.severity, d.line])).toEqual([
          [rule, severity, line],
        ]);
        // Nothing of the body is lost, and the episode is named after its file.
        expect(r.body).toBe(body);
        expect(r.frontmatter).toMatchObject({ title: 'Fallback', questions: [], teaching: 0 });
        if (severity === 'warning')
          expect(bag.items[0]!.message).toMatch(/as Jekyll|no frontmatter/);
      });

  it('a page of a styles lesson with invalid YAML is published with its body, with a warning', () => {
    const bag = new DiagnosticBag('setup.md');
    const r = parsePageFile('---\ntitle: [Setup\n---\n# Setup\n', bag, 'jekyll');
    expect(r).toMatchObject({ frontmatter: {}, body: '# Setup\n', bodyLine: 4 });
    expect(bag.items.map((d) => formatDiagnostic(d))).toEqual([
      'setup.md:2:14  warning  YAML syntax error in the frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ]; as Jekyll does, the page is published without it (no title of its own, no questions, objectives, key points or times) until it is fixed  (yaml/syntax)\n    hint: Check indentation, colons and quotes; quote titles that contain ": ".',
    ]);
  });

  it('an unclosed block on a page: its text is shown, with a warning (styles)', () => {
    const bag = new DiagnosticBag('setup.md');
    const r = parsePageFile('---\nlayout: page\n\nSome setup.\n', bag, 'jekyll');
    expect(r.body).toBe('---\nlayout: page\n\nSome setup.\n');
    expect(bag.items.map((d) => [d.rule, d.severity, d.line])).toEqual([
      ['frontmatter/unclosed', 'warning', 1],
    ]);
  });
});

describe('parsePageFile', () => {
  it('reads the overview and key points of a styles page in the episode layout', () => {
    const bag = new DiagnosticBag('_extras/more.md');
    const page = (layout: string, dialect: 'jekyll' | 'sandpaper' = 'jekyll') =>
      parsePageFile(
        `---\nlayout: ${layout}\nteaching: ten\nquestions:\n- Why?\n- ""\nkeypoints: One point\n---\nx`,
        bag,
        dialect,
      );
    expect(page('episode').overview).toEqual({
      teaching: null,
      exercises: 0,
      questions: ['Why?'],
      objectives: [],
      keypoints: ['One point'],
    });
    // What Jekyll's episode layout would have questioned: each at its line, as for an episode.
    expect(bag.items.map((d) => [d.rule, d.line])).toEqual([
      ['frontmatter/empty-item', 6],
      ['frontmatter/coerced', 3],
      ['frontmatter/coerced', 7],
    ]);
    // Jekyll's page layout shows none of it; sandpaper has no layouts.
    expect(page('page').overview).toBeUndefined();
    expect(page('episode', 'sandpaper').overview).toBeUndefined();
  });

  it('keeps a title and extra keys, and needs no title', () => {
    const bag = new DiagnosticBag('setup.md');
    expect(parsePageFile('---\ntitle: Setup\nlayout: page\n---\nx', bag).frontmatter).toEqual({
      title: 'Setup',
      layout: 'page',
    });
    expect(parsePageFile('---\nlayout: page\n---\nx', bag).frontmatter).toEqual({ layout: 'page' });
    expect(parsePageFile('No frontmatter', bag).frontmatter).toEqual({});
    expect(bag.items).toEqual([]);
  });

  it('a title that is not text is read as text, with a warning on its line', () => {
    const bag = new DiagnosticBag('setup.md');
    const r = parsePageFile('---\nlayout: page\ntitle: [a, b]\n---\n', bag);
    expect(r.frontmatter.title).toBe('a, b');
    expect(bag.items.map((d) => formatDiagnostic(d))).toEqual([
      'setup.md:3  warning  title: expected the page title as text, found a list of 2 items; read as the text "a, b"  (frontmatter/coerced)\n    hint: Put the value in quotes: title: "a, b".',
    ]);
  });
});
