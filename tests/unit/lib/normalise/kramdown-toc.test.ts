import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../helpers/render.ts';

/**
 * kramdown's table of contents (`* TOC` then `{:toc}`) in a styles page, through the whole
 * pipeline. The expected lists are the structure Ruby kramdown 2.4 publishes for the same text.
 */
const render = (markdown: string) => renderPage(markdown, { format: 'styles' });

describe("kramdown's table of contents, as Jekyll published it", () => {
  it('lists every heading with an id, nested by level; no_toc headings are left out', async () => {
    const { html, messages } = await render(
      [
        '# Running jobs',
        '',
        '* TOC',
        '{:toc}',
        '',
        '## Skipped *here*',
        '{: .no_toc}',
        '',
        '## Submitting',
        '',
        '> ## Try it',
        '>',
        '> Submit one job.',
        '{: .challenge}',
        '',
        '### Watching the queue with [kubectl](https://kubernetes.io)',
      ].join('\n'),
    );
    expect(html).toContain(
      '<ul id="markdown-toc"><li><a href="#running-jobs" id="markdown-toc-running-jobs">Running jobs</a>' +
        '<ul><li><a href="#submitting" id="markdown-toc-submitting">Submitting</a></li>' +
        '<li><a href="#try-it" id="markdown-toc-try-it">Try it</a>' +
        '<ul><li><a href="#watching-the-queue-with-kubectl" id="markdown-toc-watching-the-queue-with-kubectl">Watching the queue with kubectl</a></li></ul>' +
        '</li></ul></li></ul>',
    );
    expect(html).not.toContain('<li>TOC</li>');
    expect(messages).toEqual([]);
  });

  it('a numbered list makes a numbered table; entries keep their markup', async () => {
    const { html } = await render('1. contents\n{:toc}\n\n## The `kubectl` *tool*\n');
    expect(html).toContain(
      '<ol id="markdown-toc"><li><a href="#the-kubectl-tool" id="markdown-toc-the-kubectl-tool">The <code>kubectl</code> <em>tool</em></a></li></ol>',
    );
  });

  it('only the first {:toc} list is replaced; a list without it stays a list', async () => {
    const { html } = await render(
      '* TOC\n{:toc}\n\n## Only\n\n* kept item\n\nText.\n\n* TOC again\n{:toc}\n',
    );
    expect(html.match(/id="markdown-toc"/g)).toHaveLength(1);
    expect(html).toContain('<li>kept item</li>');
    expect(html).toContain('<li>TOC again</li>');
  });

  it('in a code block it is code', async () => {
    const { html } = await render('```\n* TOC\n{:toc}\n```\n');
    expect(html).toContain('* TOC\n{:toc}');
    expect(html).not.toContain('markdown-toc');
  });
});
