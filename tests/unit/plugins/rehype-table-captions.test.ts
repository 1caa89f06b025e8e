import { describe, expect, it } from 'vitest';
import { renderPage } from '../../helpers/render.ts';

const table = '| fruit | price |\n|---|--:|\n| apple | 2 |\n';

// What pandoc 2.17 printed for each (sandpaper's reader has table_captions on, as pandoc does).
describe('pandoc table captions (Workbench)', () => {
  it.each([
    [
      'before the table',
      `Table: Four *fruits*\n\n${table}`,
      '<caption>Four <em>fruits</em></caption>',
    ],
    [
      'after it, with a lone colon',
      `${table}\n: Prices in dollars\n`,
      '<caption>Prices in dollars</caption>',
    ],
    ['lower case', `table: Small\n\n${table}`, '<caption>Small</caption>'],
  ])('%s', async (_name, markdown, caption) => {
    const { html } = await renderPage(markdown, { format: 'workbench' });
    expect(html).toContain(`<table>${caption}`);
    expect(html).not.toMatch(/<p>(?:[Tt]able)?:/);
  });

  it('a caption between two tables is the first one’s, unless it has one before it', async () => {
    const table = (h: string) => `| ${h} |\n|---|\n| 1 |\n`;
    const { html } = await renderPage(
      `${table('a')}\nTable: between\n\n${table('b')}\n---\n\nTable: front\n\n${table('c')}\nTable: after c\n\n${table('d')}`,
      { format: 'workbench' },
    );
    // pandoc 2.17: a takes "between", b none, c "front", d "after c".
    const captions = [
      ...html.matchAll(/<table>(?:<caption>(.*?)<\/caption>)?\s*<thead>\s*<tr>\s*<th>(\w)/g),
    ];
    expect(captions.map((m) => [m[2], m[1] ?? null])).toEqual([
      ['a', 'between'],
      ['b', null],
      ['c', 'front'],
      ['d', 'after c'],
    ]);
  });

  it('a Table: paragraph away from any table stays a paragraph', async () => {
    const { html } = await renderPage(`Table: alone\n\nText.\n\n${table}`, {
      format: 'workbench',
    });
    expect(html).toContain('<p>Table: alone</p>');
    expect(html).not.toContain('<caption>');
  });

  it('not in a styles lesson: kramdown has no table captions', async () => {
    const { html } = await renderPage(`Table: Four fruits\n\n${table}`, { format: 'styles' });
    expect(html).toContain('<p>Table: Four fruits</p>');
  });
});
