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

  it('accepts questions written as a single string', () => {
    const r = parse('---', 'title: Intro', 'questions: "Why use the shell?"', '---');
    expect(r.messages).toEqual([]);
    expect(r.frontmatter.questions).toEqual(['Why use the shell?']);
  });

  it('trims the title', () => {
    expect(parse('---', 'title: "  Spaced  "', '---').frontmatter.title).toBe('Spaced');
  });
});

describe('parseEpisodeFile: invalid values, with their messages and lines', () => {
  it('teaching: "ten" is a type error on the teaching line', () => {
    const r = parse('---', 'title: Intro', 'teaching: "ten"', '---');
    expect(r.messages).toEqual([
      `${FILE}:3  error  teaching: expected teaching time as a whole number of minutes, such as 10, found "ten" (text)  (frontmatter/schema)${schemaHint('teaching')}`,
    ]);
    // The other keys survive, so later passes still see the title.
    expect(r.frontmatter.title).toBe('Intro');
    expect(r.frontmatter.teaching).toBe(0);
  });

  it('negative minutes', () => {
    const r = parse('---', 'title: Intro', 'teaching: 5', 'exercises: -5', '---');
    expect(r.messages).toEqual([
      `${FILE}:4  error  exercises: expected exercise time of 0 minutes or more, found -5 (a number)  (frontmatter/schema)${schemaHint('exercises')}`,
    ]);
    expect(r.frontmatter.teaching).toBe(5);
  });

  it('non-integer minutes', () => {
    const r = parse('---', 'title: Intro', 'teaching: 2.5', '---');
    expect(r.messages).toEqual([
      `${FILE}:3  error  teaching: expected teaching time as a whole number of minutes, such as 10, found 2.5 (a number)  (frontmatter/schema)${schemaHint('teaching')}`,
    ]);
  });

  it('a break that is not a number', () => {
    const r = parse('---', 'title: Coffee', 'break: soon', '---');
    expect(r.messages).toEqual([
      `${FILE}:3  error  break: expected break length as a whole number of minutes, such as 10, found "soon" (text)  (frontmatter/schema)${schemaHint('break')}`,
    ]);
  });

  it('start: "yes" is not a boolean', () => {
    const r = parse('---', 'title: Day two', 'start: "yes"', '---');
    expect(r.messages).toEqual([
      `${FILE}:3  error  start: expected true or false, found "yes" (text)  (frontmatter/schema)${schemaHint('start')}`,
    ]);
  });

  it('missing title: error at the first frontmatter line; the slug stands in', () => {
    const r = parse('---', 'teaching: 5', '---');
    expect(r.messages).toEqual([
      `${FILE}:2  error  title: expected the episode title as text, such as title: "Creating a cluster", found nothing  (frontmatter/schema)${titleHint}`,
    ]);
    expect(r.frontmatter.title).toBe('01-intro');
    expect(r.frontmatter.teaching).toBe(5);
  });

  it('empty title', () => {
    const r = parse('---', 'teaching: 5', 'title: ""', '---');
    expect(r.messages).toEqual([
      `${FILE}:3  error  title: expected a non-empty title, found "" (text)  (frontmatter/schema)${titleHint}`,
    ]);
  });

  it('keypoint (misspelled) warns with a did-you-mean on its line', () => {
    const r = parse('---', 'title: Intro', 'keypoint:', '- "Remember this"', '---');
    expect(r.messages).toEqual([
      `${FILE}:3  warning  unknown key "keypoint"; did you mean "keypoints"?  (frontmatter/unknown-key)\n    hint: Rename "keypoint" to "keypoints".`,
    ]);
    expect(r.frontmatter.keypoints).toEqual([]);
  });

  it('titel: a warning on the key plus the missing-title error', () => {
    const r = parse('---', 'teaching: 5', 'titel: Intro', '---');
    expect(r.bag.items.map((d) => [d.severity, d.rule, d.line])).toEqual([
      ['warning', 'frontmatter/unknown-key', 3],
      ['error', 'frontmatter/schema', 2],
    ]);
    expect(r.messages[1]).toBe(
      `${FILE}:2  error  title: expected the episode title as text, such as title: "Creating a cluster", found nothing  (frontmatter/schema)${titleHint}`,
    );
  });

  // "titel" is a swapped pair of letters, the commonest typo; the did-you-mean should catch it.
  it('titel: the warning suggests "title"', () => {
    const r = parse('---', 'teaching: 5', 'titel: Intro', '---');
    expect(r.messages[0]).toBe(
      `${FILE}:3  warning  unknown key "titel"; did you mean "title"?  (frontmatter/unknown-key)\n    hint: Rename "titel" to "title".`,
    );
  });

  it('an unknown key with no near match lists the known keys', () => {
    const r = parse('---', 'title: Intro', 'difficulty: hard', '---');
    expect(r.messages).toEqual([
      `${FILE}:3  warning  unknown key "difficulty" is ignored  (frontmatter/unknown-key)\n    hint: Known keys: title, teaching, exercises, questions, objectives, keypoints, start, break, math, layout, permalink, root.`,
    ]);
  });

  it('an empty list item is dropped with a warning naming questions[1] and its line', () => {
    const r = parse('---', 'title: Intro', 'questions:', '- "First?"', '- ""', '- "Third?"', '---');
    expect(r.messages).toEqual([
      `${FILE}:5  warning  questions[1]: empty item is dropped  (frontmatter/empty-item)\n    hint: Delete the empty "- " line under questions.`,
    ]);
    expect(r.frontmatter.questions).toEqual(['First?', 'Third?']);
  });

  it('a list item that is itself a list is an error on the list key', () => {
    const r = parse('---', 'title: Intro', 'objectives:', '- "ok"', '- [1, 2]', '---');
    expect(r.messages).toEqual([
      `${FILE}:3  error  objectives: expected objectives as a list of text items (lines starting with "- "), found a list of 2 items  (frontmatter/schema)${schemaHint('objectives')}`,
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

  it('a duplicated key is a syntax error at the second occurrence', () => {
    const r = parse('---', 'title: Intro', 'teaching: 5', 'teaching: 6', '---');
    expect(r.messages).toEqual([
      `${FILE}:4:1  error  YAML syntax error in the frontmatter: Map keys must be unique  (yaml/syntax)${yamlHint}`,
    ]);
  });

  it('no frontmatter at all is an error at line 1', () => {
    const r = parse('# Introduction', '', 'Text.');
    expect(r.messages).toEqual([
      `${FILE}:1  error  episode has no frontmatter: expected a block starting and ending with --- with at least a title  (frontmatter/missing)\n    hint: Add "---", "title: …", "---" at the top of the file.`,
    ]);
    expect(r.frontmatter.title).toBe('01-intro');
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

describe('parsePageFile', () => {
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

  it('a title that is not text is an error on its line', () => {
    const bag = new DiagnosticBag('setup.md');
    parsePageFile('---\nlayout: page\ntitle: [a, b]\n---\n', bag);
    expect(bag.items.map((d) => formatDiagnostic(d))).toEqual([
      'setup.md:3  error  title: expected the page title as text, found a list of 2 items  (frontmatter/schema)\n    hint: Fix the value of "title".',
    ]);
  });
});
