import { expect, test } from '@playwright/test';

/*
 * pandoc Markdown that CommonMark reads otherwise, as a learner meets it on a Workbench page. The
 * page is an episode of the embeds fixture lesson (tests/fixtures/lessons/embeds/episodes/
 * pandoc.md), which global-setup already builds into dist-embeds/ and serves on :4347.
 */
const page_ = 'http://127.0.0.1:4347/pandoc/';

for (const [device, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  test.describe(`pandoc Markdown on a ${device}`, () => {
    test.use({ viewport });

    test('a callout holding a definition list ends where its fence is', async ({ page }) => {
      await page.goto(page_);
      const callout = page.locator('.lesson-content [data-kind="callout"]');
      await expect(callout).toHaveCount(1);
      await expect(callout.locator('dl dt')).toHaveText([
        'Build the whole lesson',
        'Build one episode',
      ]);
      await expect(callout).not.toContainText('This sentence follows the callout.');
      await expect(page.getByText('This sentence follows the callout.')).toBeVisible();
    });

    test('a table with a stray character after its header keeps its three columns', async ({
      page,
    }) => {
      await page.goto(page_);
      const table = page.getByRole('table', { name: 'The prompt modes of the Julia REPL' });
      await expect(table.getByRole('columnheader')).toHaveText(['Key', 'Prompt', 'Mode']);
      // Its `Table:` paragraph is its caption, which names the table for screen readers.
      await expect(
        page.getByRole('table', { name: 'The prompt modes of the Julia REPL' }),
      ).toBeVisible();
      await expect(page.getByText('Table: The prompt modes')).toHaveCount(0);
      await expect(table.getByRole('cell', { name: 'Packages; a|b is one cell' })).toBeVisible();
    });

    test('a solution written inside a quote folds, and opens on click', async ({ page }) => {
      await page.goto(page_);
      const details = page.locator('.lesson-content blockquote details[data-kind="solution"]');
      await expect(details).toHaveCount(1);
      await expect(details).not.toHaveAttribute('open');
      await expect(details.getByText('git init')).toBeHidden();
      await details.locator('summary').click();
      await expect(details.getByText('git init')).toBeVisible();
    });

    test('formulas render, none as an error or as dollars', async ({ page }) => {
      await page.goto(page_);
      const main = page.locator('.lesson-content');
      await expect(main.locator('.katex-error')).toHaveCount(0);
      // Displays written with $$ (one inside a list item's sentence, shown in display style as
      // pandoc shows it) and with LaTeX's \[ and \]; \(…\) is inline math.
      await expect(main.locator('.math-display')).toHaveCount(3);
      await expect(
        main.locator('ol li', { hasText: 'The threshold is' }).locator('.katex-display'),
      ).toHaveCount(1);
      await expect(main.locator('annotation', { hasText: 'n \\log n' })).toHaveCount(1);
      expect(await main.innerText()).not.toMatch(/\\[([]/);
      await expect(
        main.locator('ol li', { hasText: 'The threshold is' }).locator('.katex'),
      ).toBeVisible();
      await expect(main.getByText('for one hundred tests.')).toBeVisible();
    });

    test('images get the alt text the author meant; no attribute list shows', async ({ page }) => {
      await page.goto(page_);
      const main = page.locator('.lesson-content');
      await expect(
        main.getByRole('img', { name: 'A poster of a loop over three files.' }),
      ).toBeVisible();
      await expect(main.getByRole('img', { name: 'The loop poster, by reference' })).toHaveClass(
        /bordered/,
      );
      const text = await main.innerText();
      expect(text).not.toMatch(/\{alt=|:::|:attrs/);
      // pandoc reads a heading indented by a space as text, and so does the page.
      await expect(main.getByRole('heading', { name: /indented by a space/ })).toHaveCount(0);
      await expect(
        main.getByText('### A heading indented by a space is text to pandoc'),
      ).toBeVisible();
    });

    test('a title is read as Markdown: emphasis in the heading, text in lists', async ({
      page,
    }) => {
      await page.goto(page_);
      await expect(page.getByRole('heading', { level: 1 }).locator('em')).toHaveText('Markdown');
      await expect(page).toHaveTitle(/^Pandoc Markdown – /);
      await expect(page.locator('nav a[aria-current="page"]').first()).toHaveText(
        /^(\d+\.\s*)?Pandoc Markdown$/,
      );
      expect(await page.locator('body').innerText()).not.toContain('*Markdown*');
    });

    test('an emoji shortcode shows the emoji', async ({ page }) => {
      await page.goto(page_);
      const emoji = page.locator('.lesson-content span.emoji[data-emoji="tada"]');
      await expect(emoji).toHaveText('🎉');
      await expect(page.getByText('first try 🎉')).toBeVisible();
      expect(await page.locator('.lesson-content').innerText()).not.toContain(':tada:');
    });

    test('an image alone in its paragraph is a figure with its caption shown', async ({ page }) => {
      await page.goto(page_);
      const figure = page
        .locator('.lesson-content figure')
        .filter({ has: page.getByRole('img', { name: /once more/ }) });
      const caption = figure.locator('figcaption');
      await expect(caption).toBeVisible();
      await expect(caption).toHaveText('The loop poster once more, its caption its alt text');
      // The caption repeats the alt text: screen readers read it once, from the image.
      await expect(caption).toHaveAttribute('aria-hidden', 'true');
      await expect(
        page.locator('.lesson-content figure figcaption', { hasText: 'A loop over files' }),
      ).not.toHaveAttribute('aria-hidden', 'true');
    });

    test('sub- and superscripts, an inline note and a lettered list read as pandoc reads them', async ({
      page,
    }) => {
      await page.goto(page_);
      const main = page.locator('.lesson-content');
      await expect(main.locator('sup', { hasText: /^2$/ })).toBeVisible();
      await expect(main.locator('sub', { hasText: /^2$/ })).toBeVisible();
      await expect(
        main.getByText('~/data and ~/logs stay as typed.', { exact: false }),
      ).toBeVisible();
      await expect(main.locator('del')).toHaveCount(0);
      // The note is a footnote: a numbered link in the text, its words at the foot of the page.
      const reference = main.locator('a[data-footnote-ref]');
      await expect(reference).toHaveCount(1);
      await reference.click();
      await expect(page.locator('.footnotes li')).toContainText(
        /Power figures vary with the node.s load\./,
      );
      expect(await main.innerText()).not.toContain('^[');
      // Neither toolchain titled the notes: the parser's label is for screen readers only.
      const label = page.locator('#footnote-label');
      expect((await label.boundingBox())?.width).toBeLessThanOrEqual(1);
      await expect(page.locator('a[href="#footnote-label"]')).toHaveCount(0);
      const list = main.locator('ol[type="a"]');
      await expect(list.locator('li')).toHaveText([
        'its CPU request',
        'its memory limit',
        'the node’s disk',
      ]);
      const marker = await list
        .locator('li')
        .first()
        .evaluate((li) => getComputedStyle(li).listStyleType);
      expect(marker).toBe('lower-alpha');
    });

    test('pandoc’s grid and simple tables are tables, a grid cell holding a list', async ({
      page,
    }) => {
      await page.goto(page_);
      const pools = page.getByRole('table', { name: 'Node pools of the cluster' });
      await expect(pools.getByRole('columnheader')).toHaveText(['Pool', 'Holds']);
      await expect(pools.getByRole('row')).toHaveCount(3);
      await expect(pools.getByRole('listitem')).toHaveText([
        'the DNS service',
        'the metrics server',
      ]);
      const commands = page
        .getByRole('table')
        .filter({ has: page.getByRole('columnheader', { name: 'Command' }) });
      await expect(commands.getByRole('cell')).toHaveText([
        'kubectl get',
        'lists what runs',
        'helm list',
        'lists the installed charts',
      ]);
      const text = await page.locator('.lesson-content').innerText();
      expect(text).not.toMatch(/\+-{3,}|={3,}|-{5,}/);
    });

    test('a line block keeps its lines; examples are numbered and cited by number', async ({
      page,
    }) => {
      await page.goto(page_);
      const verse = page.locator('.lesson-content .line-block');
      expect((await verse.innerText()).split('\n')).toEqual([
        'The job ran,',
        '\u00a0\u00a0\u00a0the job failed,',
        'the job ran again.',
      ]);
      const examples = page.locator('.lesson-content ol.example li');
      await expect(examples).toHaveText([
        'Pull the image.',
        'Start the job; if it fails, start it again.',
      ]);
      await expect(page.getByText('Step (2) is the one to watch')).toBeVisible();
    });

    test('[Heading text] links to the heading; raw HTML shows as HTML', async ({ page }) => {
      await page.goto(page_);
      const link = page.locator('.lesson-content p').getByRole('link', { name: 'Node pools' });
      await expect(link).toHaveAttribute('href', '#node-pools');
      await link.click();
      await expect(page.getByRole('heading', { name: 'Node pools' })).toBeInViewport();
      await expect(page.locator('.lesson-content p.raw-note')).toHaveText(
        'Raw HTML from the author.',
      );
      expect(await page.locator('.lesson-content').innerText()).not.toContain('{=html}');
    });

    test('a list right under a paragraph line is more of the paragraph, as pandoc reads it', async ({
      page,
    }) => {
      await page.goto(page_);
      await expect(page.getByText('The pods are listed by: - their namespace')).toBeVisible();
      await expect(page.getByRole('listitem', { name: 'their namespace' })).toHaveCount(0);
    });

    test('the contents list shows a heading’s formula as the heading shows it', async ({
      page,
    }) => {
      await page.goto(page_);
      const contents = page.locator('.on-this-page');
      // Folded on phones, open beside the text on wide screens.
      if ((await contents.getAttribute('open')) === null) await contents.locator('summary').click();
      const entry = contents.getByRole('link', { name: /^Scaling to/ });
      await expect(entry.locator('.katex')).toBeVisible();
      expect(await entry.innerText()).not.toContain('$');
      await expect(entry).toHaveAttribute('href', '#scaling-to-n-pods');
      await entry.click();
      await expect(page.getByRole('heading', { name: /^Scaling to/ })).toBeInViewport();
    });
  });
}
