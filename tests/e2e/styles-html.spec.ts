import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/**
 * A styles lesson's episode written partly in HTML for the styles theme (the styles fixture
 * lesson, built by global-setup into dist-styles/ and served on :4401): a Bootstrap tab set
 * (`<ul class="nav nav-tabs">` and its `.tab-pane`s), which the theme's JavaScript switched, and
 * a `<blockquote class="testimonial">` box inside a pane. Here they are the site's own tabs and
 * callout: switchable, styled, and reachable without the theme's scripts.
 */
const stylesOrigin = 'http://127.0.0.1:4401';

test.describe('HTML written for the styles theme', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`${stylesOrigin}/03-history/`);
  });

  test('a Bootstrap tab set is a set of tabs the learner can switch, by mouse and keyboard', async ({
    page,
  }) => {
    const tabs = page.getByRole('tablist');
    await expect(tabs).toHaveCount(1);
    const cli = tabs.getByRole('tab', { name: 'Command line' });
    const web = tabs.getByRole('tab', { name: 'Web page' });
    await expect(cli).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('Run git log in the repository.')).toBeVisible();
    await expect(page.getByText('Open the commits page of the repository.')).toBeHidden();

    await web.click();
    await expect(web).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('Open the commits page of the repository.')).toBeVisible();
    await expect(page.getByText('Run git log in the repository.')).toBeHidden();

    await web.focus();
    await page.keyboard.press('ArrowRight');
    await expect(cli).toBeFocused();
    await expect(page.getByText('Run git log in the repository.')).toBeVisible();
    // The theme's own tab list is gone: its links pointed at panes only its script could show.
    await expect(page.locator('.nav-tabs')).toHaveCount(0);
  });

  test('a link to a pane still lands on it', async ({ page }) => {
    await expect(page.locator('#history-web')).toHaveCount(1);
    await expect(page.locator('#history-cli')).toHaveCount(1);
  });

  test('the testimonial box inside a pane is a callout, labelled and styled as one', async ({
    page,
  }) => {
    const box = page.locator('.callout[data-kind="testimonial"]');
    await expect(box).toBeVisible();
    await expect(box.locator('.callout-label')).toHaveText('Testimonial');
    await expect(box).toContainText('The log answered every question I had');
    const background = await box.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

  test('the tabs pass the accessibility checks', async ({ page }) => {
    const results = await new AxeBuilder({ page }).include('.tabs').analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

/**
 * A page written as an HTML file with frontmatter (`_extras/cheatsheet.html`): Jekyll ran Liquid on
 * it and put it in the layout, without reading it as Markdown. Its indented table, after a blank
 * line, would be a code block if it were read as Markdown.
 */
test.describe('a page written as HTML', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`${stylesOrigin}/cheatsheet/`);
  });

  test('is a page of the lesson: its title, its Liquid resolved, no frontmatter shown', async ({
    page,
  }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Command cheat sheet');
    await expect(page.locator('.lesson-content')).toContainText(
      'Every command below runs against the cluster of Fixture: Styles Mini Lesson.',
    );
    await expect(page.locator('main')).not.toContainText('title:');
    await expect(page.locator('main')).not.toContainText('{{');
  });

  test('its HTML is HTML: the indented table is a table, not code', async ({ page }) => {
    const table = page.locator('.lesson-content table');
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(page.locator('.lesson-content pre')).toHaveCount(0);
  });

  test('its image loads, and its heading has a link of its own', async ({ page }) => {
    const image = page.getByRole('img', { name: 'Where a change waits before it is recorded' });
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.locator('h2#inspecting-pods')).toBeVisible();
  });
});

/**
 * kramdown's own syntax beyond Markdown (`_extras/acronyms.md`): a `{:toc}` table of contents,
 * abbreviation definitions, a `{::comment}` block and a `{::nomarkdown}` span, published as Jekyll
 * published them.
 */
test.describe('kramdown abbreviations and extensions', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`${stylesOrigin}/acronyms/`);
  });

  test('an abbreviation is explained where it is used, and its definition line is gone', async ({
    page,
  }) => {
    const content = page.locator('.lesson-content');
    await expect(content.locator('abbr[title="Large Hadron Collider"]')).toHaveText('LHC');
    await expect(content.locator('abbr[title="Compact Muon Solenoid"]')).toHaveText('CMS');
    await expect(content).not.toContainText('*[LHC]');
  });

  test('the {:toc} list is a table of contents whose links lead to the headings', async ({
    page,
  }) => {
    const toc = page.locator('#markdown-toc');
    await expect(toc.getByRole('link')).toHaveText(['Experiments', 'Units']);
    await expect(page.locator('.lesson-content')).not.toContainText('This list is replaced');
    await toc.getByRole('link', { name: 'Units' }).click();
    await expect(page).toHaveURL(/#units$/);
    await expect(page.getByRole('heading', { name: 'Units' })).toBeInViewport();
  });

  test('an image whose file name holds a space loads, as kramdown read its address', async ({
    page,
  }) => {
    const image = page.getByRole('img', { name: 'The detector seen from above' });
    await expect(image).toBeVisible();
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.locator('.lesson-content')).not.toContainText('detector view.svg');
  });

  test('a comment stays hidden and a nomarkdown span shows as written', async ({ page }) => {
    const content = page.locator('.lesson-content');
    await expect(content).not.toContainText('Reviewers');
    await expect(content.locator('span.unit')).toHaveText('GeV/*c*');
    await expect(content).toContainText('Momentum is quoted in GeV/*c* throughout.');
  });
});

test.describe('an extra in Jekyll’s episode layout', () => {
  test('shows its overview and key points, as the episode layout did', async ({ page }) => {
    await page.goto(`${stylesOrigin}/scaling-out/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Extra: Scaling Out');
    const overview = page.locator('.overview');
    await expect(overview).toContainText('When does a second node pay for itself?');
    await expect(overview).toContainText('Compare one large node with two small ones.');
    await expect(overview.locator('.overview-times dd').first()).toContainText('10');
    const points = page.locator('.keypoints-box li');
    await expect(points).toHaveText(['Two small nodes share the risk of one failing.']);
    await expect(points.locator('em')).toHaveText('share');
    // The page's own text, between the two boxes.
    const order = await page.evaluate(() => {
      const [overview, text, points] = ['.overview', '.lesson-content', '.keypoints-box'].map(
        (selector) => document.querySelector(selector)!,
      );
      const before = (a: Element, b: Element) =>
        !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return before(overview!, text!) && before(text!, points!);
    });
    expect(order).toBe(true);
    await expect(page.locator('.lesson-content')).toContainText(
      'shows the same boxes as an episode',
    );
  });
});
