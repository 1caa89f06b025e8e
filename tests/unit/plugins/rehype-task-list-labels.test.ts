import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownFeatures } from '../../../src/plugins/index.ts';
import { rehypeTaskListLabels } from '../../../src/plugins/rehype-task-list-labels.ts';

async function render(markdown: string): Promise<string> {
  const result = await markdownToHtml(markdown, {
    features: markdownFeatures,
    hastPlugins: [rehypeTaskListLabels],
  });
  return result.html;
}

describe('rehype-task-list-labels', () => {
  it('labels each checkbox of a tight task list with its text, inline markup included, and lets the learner tick it', async () => {
    const html = await render('- [ ] one `code` text\n- [x] two\n');
    expect(html).toContain(
      '<li class="task-list-item"><label><input type="checkbox"> one <code>code</code> text</label></li>',
    );
    expect(html).toContain('<label><input type="checkbox" checked> two');
  });

  it('keeps a nested list outside the label, and labels inside the paragraph of a loose list', async () => {
    const nested = await render('- [x] parent\n  - [ ] child\n');
    expect(nested).toMatch(
      /<label><input type="checkbox" checked> parent\s*<\/label><ul class="contains-task-list">/,
    );
    expect(nested).toContain('<label><input type="checkbox"> child</label>');
    const loose = await render('- [ ] first\n\n- [x] second\n\n  more\n');
    expect(loose).toContain('<p><label><input type="checkbox"> first</label></p>');
    expect(loose).toContain(
      '<p><label><input type="checkbox" checked> second</label></p>\n<p>more</p>',
    );
  });

  it('leaves ordinary list items alone', async () => {
    expect(await render('- plain [ ] item\n')).not.toContain('<label>');
  });
});
