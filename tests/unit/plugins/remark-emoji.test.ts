import { describe, expect, it } from 'vitest';
import { renderPage } from '../../helpers/render.ts';

// What pandoc 2.17 printed with sandpaper's `emoji` extension for each line.
const cases: [name: string, markdown: string, html: string][] = [
  [
    'two shortcodes',
    'We can use emojis! :100: :tada:',
    'We can use emojis! <span class="emoji" data-emoji="100">💯</span> <span class="emoji" data-emoji="tada">🎉</span>',
  ],
  ['an unknown name stays text', 'Time :notanemoji: here', 'Time :notanemoji: here'],
  ['code keeps the shortcode', 'Write `:grin:` for it', 'Write <code>:grin:</code> for it'],
  ['clock times stay text', 'Start at 10:00:00 sharp', 'Start at 10:00:00 sharp'],
];

describe('emoji shortcodes (Workbench)', () => {
  it.each(cases)('%s', async (_name, markdown, html) => {
    expect((await renderPage(`${markdown}\n`, { format: 'workbench' })).html).toContain(html);
  });

  it('a heading keeps pandoc’s id, the emoji dropped from it', async () => {
    const { html } = await renderPage('### :hourglass: Be Patient\n', { format: 'workbench' });
    expect(html).toContain(
      '<h3 id="be-patient"><span class="emoji" data-emoji="hourglass">⌛</span> Be Patient</h3>',
    );
  });

  it('not in a styles lesson: Jekyll ran no emoji plugin', async () => {
    const { html } = await renderPage('Done :tada:\n', { format: 'styles' });
    expect(html).toContain('Done :tada:');
  });
});
