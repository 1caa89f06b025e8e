import { describe, expect, it } from 'vitest';
import { renderPage } from '../../helpers/render.ts';

const ids = (html: string) => [...html.matchAll(/<(h[1-6]|dt) id="([^"]*)"/g)].map((m) => m[2]!);

describe('rehype-heading-ids', () => {
  it('kramdown ids: leading digits dropped, punctuation removed, repeats numbered', async () => {
    const { html } = await renderPage(
      '## 1. Introduction\n\n## What is `git`?\n\n## Intro\n\n## Intro\n\n## Intro\n',
    );
    expect(ids(html)).toEqual(['introduction', 'what-is-git', 'intro', 'intro-1', 'intro-2']);
  });

  it('an explicit {#id} is kept, and a later generated id avoids it', async () => {
    const { html } = await renderPage('## Linux {#setup}\n\n## Setup\n');
    expect(ids(html)).toEqual(['setup', 'setup-1']);
  });

  it('ids are unique even when the explicit id comes after the generated one', async () => {
    const { html } = await renderPage('## Setup\n\n## Linux {#setup}\n');
    const found = ids(html);
    expect(new Set(found).size).toBe(found.length);
    // The author's explicit anchor wins: links to #setup are written against it.
    expect(html).toContain('<h2 id="setup">Linux</h2>');
  });

  it('headings inside callouts get ids too', async () => {
    const { html } = await renderPage(
      '> ## Exercise 1\n> Do it.\n{: .challenge}\n\n> ## Exercise 1\n> Again.\n{: .challenge}\n',
    );
    expect(ids(html)).toEqual(['exercise-1', 'exercise-1-1']);
  });
});
