import { expect, test, type Page } from '@playwright/test';
import {
  allSources,
  builtPageUrls,
  codeBlocks,
  inlineText,
  literalLiquidExpressions,
  readEpisodes,
} from './helpers.ts';

const episodes = readEpisodes();
const lessons = episodes.filter((e) => e.break === undefined);
/** Solutions in the source: styles `{: .solution}` or a Workbench `::: solution` fence. */
const solutionCount = (body: string) =>
  (body.match(/^(?:[ \t]*>)*[ \t]*\{:\s*\.solution\s*\}\s*$|^:{3,}\s*solution\b/gm) ?? []).length;

test.describe('overview and key points', () => {
  for (const episode of lessons) {
    test(`${episode.slug}: overview box shows times, questions and objectives from the frontmatter`, async ({
      page,
    }) => {
      await page.goto(episode.url);
      const overview = page.getByRole('region', { name: 'Overview' });
      await expect(overview).toBeVisible();
      const time = (label: string) =>
        overview.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
      await expect(time('Teaching')).toHaveText(`${episode.teaching} min`);
      await expect(time('Exercises')).toHaveText(`${episode.exercises} min`);
      const list = (heading: string) =>
        overview
          .getByRole('heading', { name: heading, exact: true })
          .locator('xpath=following-sibling::ul[1]/li');
      await expect(list('Questions')).toHaveText(episode.questions.map(inlineText));
      await expect(list('Objectives')).toHaveText(episode.objectives.map(inlineText));
    });

    test(`${episode.slug}: key points box lists the frontmatter key points`, async ({ page }) => {
      await page.goto(episode.url);
      const box = page.getByRole('region', { name: 'Key points' });
      if (episode.keypoints.length === 0) {
        await expect(box).toHaveCount(0);
        return;
      }
      await expect(box).toBeVisible();
      await expect(box.getByRole('listitem')).toHaveText(episode.keypoints.map(inlineText));
    });
  }
});

test.describe('challenges and solutions', () => {
  const withSolutions = episodes.filter((e) => solutionCount(e.body) > 0);

  for (const episode of withSolutions) {
    test(`${episode.slug}: every solution is folded in a closed <details> inside its challenge`, async ({
      page,
    }) => {
      await page.goto(episode.url);
      const solutions = page.getByRole('main').locator('details');
      await expect(solutions).toHaveCount(solutionCount(episode.body));
      for (const details of await solutions.all()) {
        await expect(details).not.toHaveAttribute('open');
        await expect(details.locator('summary')).toContainText('Show me the solution');
        await expect(details.locator('xpath=ancestor::*[@data-kind="challenge"]')).toHaveCount(1);
      }
    });
  }

  test('a solution opens on click and with the keyboard', async ({ page }) => {
    const episode = withSolutions[0];
    expect(episode, 'the default lesson has a challenge with a solution').toBeDefined();
    await page.goto(episode!.url);
    const details = page.getByRole('main').locator('[data-kind="challenge"] details').first();
    const summary = details.locator('summary');
    const answer = details.locator(':scope > :not(summary)').first();

    await expect(details).not.toHaveAttribute('open');
    await expect(answer).toBeHidden();

    await summary.click();
    await expect(details).toHaveAttribute('open');
    await expect(answer).toBeVisible();

    await summary.click();
    await expect(details).not.toHaveAttribute('open');

    await summary.focus();
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(details).toHaveAttribute('open');
    await expect(answer).toBeVisible();
  });
});

test.describe('code blocks', () => {
  for (const episode of episodes.filter((e) => codeBlocks(e.body).length > 0)) {
    test(`${episode.slug}: code is highlighted and output is labelled`, async ({ page }) => {
      const blocks = codeBlocks(episode.body);
      await page.goto(episode.url);
      const pres = page.getByRole('main').locator('pre');
      await expect(pres, 'one <pre> per fenced block in the source').toHaveCount(blocks.length);

      for (const [index, block] of blocks.entries()) {
        const pre = pres.nth(index);
        const where = `block ${index + 1} (${block.kind}${block.language ? ` ${block.language}` : ''})`;
        const firstLine = block.lines.find((l) => l.trim())?.trim();
        if (firstLine) await expect(pre, `${where}: in source order`).toContainText(firstLine);
        const coloured = pre.locator('span[style*="color"]');
        const label = pre.locator('xpath=..');
        if (block.kind === 'language') {
          expect(await coloured.count(), `${where}: shiki spans with colours`).toBeGreaterThan(0);
        } else {
          await expect(coloured, `${where}: not highlighted`).toHaveCount(0);
        }
        if (block.kind === 'output')
          await expect(
            label.getByText('Output', { exact: true }),
            `${where}: labelled Output`,
          ).toHaveCount(1);
        else
          await expect(
            label.getByText('Output', { exact: true }),
            `${where}: not labelled Output`,
          ).toHaveCount(0);
      }
    });
  }
});

/** Every text node of the page, and whether it sits inside code (`<code>`, `<pre>`). */
async function textNodes(page: Page): Promise<{ text: string; inCode: boolean }[]> {
  return page.evaluate(() => {
    const out: { text: string; inCode: boolean }[] = [{ text: document.title, inCode: false }];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript, template')) continue;
      out.push({ text: node.textContent ?? '', inCode: !!parent.closest('code, pre') });
    }
    return out;
  });
}

test.describe('no leftover Liquid or kramdown syntax', () => {
  const allowedInCode = new Set(allSources().flatMap((s) => [...literalLiquidExpressions(s)]));

  for (const url of builtPageUrls()) {
    test(`${url}: no raw {% %}, {{ }} or {: } in the text`, async ({ page }) => {
      await page.goto(url);
      // Join adjacent nodes so syntax split across elements (e.g. highlighted spans) is still seen.
      const nodes = await textNodes(page);
      const prose = nodes
        .filter((n) => !n.inCode)
        .map((n) => n.text)
        .join('');
      const code = nodes
        .filter((n) => n.inCode)
        .map((n) => n.text)
        .join('');
      expect(prose.match(/.{0,30}(\{%|\{\{|\{:).{0,30}/g), 'Liquid/IAL syntax in prose').toBeNull();
      expect(code.match(/.{0,30}(\{%|\{:).{0,30}/g), 'Liquid tags or IALs in code').toBeNull();
      // `{{ … }}` may appear in code only where the author wrote it literally (code block or raw).
      const expressions = [...code.matchAll(/\{\{.*?\}\}/g)].map((m) => m[0]);
      expect(
        expressions.filter((e) => !allowedInCode.has(e)),
        'unexpected {{ }} in code',
      ).toEqual([]);
      expect(code.match(/.{0,30}\{\{(?![^\n]*\}\})/g), 'unclosed {{ in code').toBeNull();
    });
  }
});
