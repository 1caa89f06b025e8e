/**
 * The page shell as learners and instructors meet it, on the two page-shell fixture lessons
 * (tests/fixtures/lessons/ui-styles and ui-workbench): callouts that each look like what they
 * are, a header that leaves a phone its screen, a footer that links what the lesson has, setup
 * always published, instructor timings, a search index per view, and what search engines and
 * link previews read. The facts about the fixtures are written here, not derived from src/.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { shellBuilds } from './global-setup.ts';

const styles = `${shellBuilds.styles.origin}${shellBuilds.styles.base}`;
const workbench = `${shellBuilds.workbench.origin}${shellBuilds.workbench.base}`;
const lessons = [
  { name: 'styles', root: styles, base: shellBuilds.styles.base },
  { name: 'workbench', root: workbench, base: shellBuilds.workbench.base },
] as const;

// ---------------------------------------------------------------------------------------------
// Colour arithmetic, written here rather than imported: WCAG contrast and CIE76 colour distance.

type Rgb = [number, number, number];
const parseRgb = (css: string): Rgb => {
  const [r, g, b] = css.match(/[\d.]+/g)!.map(Number);
  return [r!, g!, b!];
};
const linear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgb) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
function lab([r, g, b]: Rgb): Rgb {
  const [lr, lg, lb] = [linear(r), linear(g), linear(b)];
  const x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047;
  const y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  const z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
const distance = (a: Rgb, b: Rgb) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]!));

// ---------------------------------------------------------------------------------------------
// Callout identity

/** Every callout kind of the fixture's callouts page (instructor view: instructor notes show). */
const kindsOnPage: Record<(typeof lessons)[number]['name'], string[]> = {
  styles: [
    'callout',
    'challenge',
    'hint',
    'solution',
    'caution',
    'warning',
    'discussion',
    'prereq',
    'checklist',
    'testimonial',
    'quotation',
    'instructor',
    'spoiler',
    'objectives',
    'keypoints',
  ],
  workbench: [
    'callout',
    'challenge',
    'hint',
    'solution',
    'caution',
    'warning',
    'discussion',
    'prereq',
    'checklist',
    'testimonial',
    'quotation',
    'instructor',
    'spoiler',
  ],
};

/**
 * Tones meant to look alike: testimonial, quotation and spoiler are quiet greys (someone's words;
 * detail to open), told apart by icon and by the fold.
 */
const quietTones = new Set(['quote', 'spoiler']);

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`callouts, ${colorScheme}`, () => {
    test.use({ colorScheme });
    for (const lesson of lessons) {
      test(`${lesson.name}: every kind has an icon, a readable label and its own colour`, async ({
        page,
      }) => {
        await page.goto(`${lesson.root}instructor/01-callouts/`);
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((d) => (d.open = true)),
        );
        const boxes = await page.locator('.callout[data-kind]').evaluateAll((elements) =>
          elements.map((box) => {
            const label =
              box.querySelector(':scope > summary > .callout-label, :scope > .callout-label') ??
              box.querySelector(':scope > h2, :scope > h3, :scope > .heading-wrapper > h2');
            const style = getComputedStyle(box);
            return {
              kind: (box as HTMLElement).dataset.kind!,
              tone: (box as HTMLElement).dataset.tone!,
              icon: box.querySelector(':scope > summary > svg.callout-icon, svg.callout-icon')
                ? (box.querySelector('svg.callout-icon path')?.getAttribute('d') ?? '')
                : '',
              label: label?.textContent?.trim() ?? '',
              labelColor: label ? getComputedStyle(label).color : '',
              accent: style.borderLeftColor,
              background: style.backgroundColor,
            };
          }),
        );
        expect(new Set(boxes.map((b) => b.kind))).toEqual(new Set(kindsOnPage[lesson.name]));
        for (const box of boxes) {
          expect(box.icon, `${box.kind} has an icon`).not.toBe('');
          expect(box.label, `${box.kind} says what it is`).not.toBe('');
          expect(
            contrast(parseRgb(box.labelColor), parseRgb(box.background)),
            `${box.kind}: label on its background`,
          ).toBeGreaterThanOrEqual(4.5);
        }
        const byTone = new Map(boxes.map((b) => [b.tone, b]));
        for (const [toneA, a] of byTone)
          for (const [toneB, b] of byTone) {
            if (toneA >= toneB || (quietTones.has(toneA) && quietTones.has(toneB))) continue;
            expect(a.icon, `${a.kind} and ${b.kind} have different icons`).not.toBe(b.icon);
            expect(
              distance(parseRgb(a.accent), parseRgb(b.accent)),
              `${a.kind} (${a.accent}) and ${b.kind} (${b.accent}) are told apart by colour`,
            ).toBeGreaterThanOrEqual(18);
          }
      });
    }
  });
}

for (const lesson of lessons) {
  test(`${lesson.name}: a folded box says what it holds, and holds it until opened`, async ({
    page,
  }) => {
    await page.goto(`${lesson.root}01-callouts/`);
    const expected = { hint: 'Give me a hint', solution: 'Show me the solution' } as const;
    for (const [kind, wording] of Object.entries(expected)) {
      const box = page.locator(`details[data-kind="${kind}"]`).first();
      await expect(box).not.toHaveAttribute('open');
      await expect(box.locator('summary')).toContainText(wording);
      await expect(box.locator(':scope > p').first()).toBeHidden();
      await box.locator('summary').click();
      await expect(box.locator(':scope > p').first()).toBeVisible();
    }
    await expect(page.locator('details[data-kind="spoiler"] > summary')).toContainText(
      'Show details',
    );
  });
}

test('a title that repeats the label is not shown twice', async ({ page }) => {
  await page.goto(`${workbench}01-callouts/`);
  // "## Prerequisite" in a prereq box: one "Prerequisite", with the icon.
  const prereq = page.locator('.callout[data-kind="prereq"]').first();
  await expect(prereq).toContainText('Prerequisite');
  expect((await prereq.innerText()).match(/prerequisite/gi)).toHaveLength(1);
  // "## Solution" in a solution: the summary's wording only; the heading stays for its anchor.
  const solution = page.locator('details[data-kind="solution"]').last();
  await expect(solution.locator('summary .callout-label')).toHaveText('Show me the solution');
  const title = (await solution.locator('summary h2').boundingBox())!;
  expect(title.width * title.height).toBeLessThanOrEqual(1);
});

test('checklist items are ticked by the learner, without a bullet beside the box', async ({
  page,
}) => {
  await page.goto(`${workbench}01-callouts/`);
  const item = page.locator('.callout[data-kind="checklist"] li').first();
  expect(await item.evaluate((li) => getComputedStyle(li).listStyleType)).toBe('none');
  const box = item.getByRole('checkbox', { name: 'Charge the laptop' });
  await expect(box).toBeEnabled();
  await box.click();
  await expect(box).toBeChecked();
});

test('a tab panel does not repeat its tab name as a heading', async ({ page }) => {
  await page.goto(`${workbench}01-callouts/`);
  await expect(page.getByRole('tab', { name: 'Windows' })).toBeVisible();
  const heading = page.locator('.tab-panel h3', { hasText: 'Windows' });
  const box = await heading.boundingBox();
  expect(box!.width * box!.height).toBeLessThanOrEqual(1);
});

// ---------------------------------------------------------------------------------------------
// Header

test.describe('phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const lesson of lessons)
    for (const view of ['', 'instructor/'])
      test(`${lesson.name} ${view || 'learner '}header: under a fifth of the screen, pages in the menu`, async ({
        page,
      }) => {
        await page.goto(`${lesson.root}${view}01-callouts/`);
        const header = page.locator('header.site-header');
        const { height } = (await header.boundingBox())!;
        expect(height).toBeLessThan(844 * 0.2);
        const nav = page.getByRole('navigation', { name: 'Lesson pages' });
        await expect(nav).toBeHidden();
        await page.getByText('Menu', { exact: true }).click();
        await expect(nav.getByRole('link', { name: 'Key points' })).toBeVisible();
        await nav.getByText('Learner resources').click();
        await expect(nav.getByRole('link', { name: 'Discussion' })).toBeVisible();
        await expect(
          page.getByRole('link', { name: view ? 'Learner view' : 'Instructor view' }),
        ).toBeVisible();
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');
        await expect(nav).toBeHidden();
      });

  test('a lesson with many learner pages keeps them all one tap away', async ({ page }) => {
    await page.goto(`${workbench}`);
    await page.getByText('Menu', { exact: true }).click();
    const nav = page.getByRole('navigation', { name: 'Lesson pages' });
    await nav.getByText('Learner resources').click();
    for (const title of [
      'Discussion',
      'Further Reading',
      'Data Sets',
      'Frequently Asked Questions',
      'Troubleshooting',
      'Cheat Sheet',
      'Learner profiles',
      'Figures',
      'All in one page',
    ])
      await expect(nav.getByRole('link', { name: title, exact: true })).toBeVisible();
  });

  test('heading anchors do not stand on every heading of a touch screen', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await page.goto(`${workbench}02-long-read/`);
    const anchor = page.locator('.heading-anchor').first();
    expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await context.close();
  });

  test('the schedule stacks its rows instead of scrolling sideways', async ({ page }) => {
    await page.goto(workbench);
    const table = page.locator('.schedule table');
    const sideways = await table.evaluate((t) => t.scrollWidth - t.clientWidth);
    expect(sideways).toBeLessThanOrEqual(1);
    const row = page.locator('.schedule tbody tr', { hasText: 'A Long Read' });
    const time = (await row.locator('.schedule-time').boundingBox())!;
    const title = (await row.locator('.schedule-title').boundingBox())!;
    expect(Math.abs(time.y - title.y)).toBeLessThan(4);
  });

  test('a long page offers a way back to the top', async ({ page }) => {
    await page.goto(`${workbench}02-long-read/`);
    const button = page.locator('.back-to-top');
    await expect(button).toBeHidden();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect(button).toBeVisible();
    await button.click();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('a wide table scrolls in a box the keyboard can reach', async ({ page }) => {
    await page.goto(`${workbench}02-long-read/`);
    const box = page.locator('.table-scroll').first();
    expect(await box.evaluate((b) => b.scrollWidth > b.clientWidth)).toBe(true);
    await box.focus();
    await expect(box).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((b) => b.scrollLeft)).toBeGreaterThan(0);
  });
});

test('on a laptop the instructor header is one row of pages, extra pages in groups', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${workbench}instructor/01-callouts/`);
  const list = page.locator('.site-nav-list');
  const items = await list
    .locator(':scope > li')
    .evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
  expect(new Set(items).size, 'every menu entry on one row').toBe(1);
  const groups = page.locator('.nav-group > summary');
  await expect(groups).toHaveText(['Learner resources', 'Instructor resources']);
  await groups.nth(1).click();
  await expect(page.getByRole('link', { name: 'Pacing Guide' })).toBeVisible();
  await page.getByRole('heading', { level: 1 }).click();
  await expect(page.getByRole('link', { name: 'Pacing Guide' })).toBeHidden();
});

test("a styles lesson's own figures page is listed once", async ({ page }) => {
  await page.goto(styles);
  const nav = page.getByRole('navigation', { name: 'Lesson pages' });
  await expect(nav.locator(`a[href="${shellBuilds.styles.base}figures/"]`)).toHaveCount(1);
});

test('the theme toggle keeps its name; pressed means dark', async ({ page }) => {
  await page.goto(workbench);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  const before = await toggle.getAttribute('aria-pressed');
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    before === 'true' ? 'false' : 'true',
  );
  await expect(page.locator('html')).toHaveAttribute(
    'data-theme',
    before === 'true' ? 'light' : 'dark',
  );
});

// ---------------------------------------------------------------------------------------------
// Footer, setup, instructor view, search

const footerOf = (page: Page) => page.locator('footer.site-footer');
const footerLink = (page: Page, name: string): Locator =>
  footerOf(page).getByRole('link', { name, exact: true });

test('the footer links the licence, citation, conduct, contributing, source, edit and contact', async ({
  page,
}) => {
  const expected = {
    styles: {
      'CC-BY 4.0': `${shellBuilds.styles.base}LICENSE/`,
      Cite: 'https://github.com/example/ui-styles/blob/main/CITATION',
      'Code of Conduct': `${shellBuilds.styles.base}CODE_OF_CONDUCT/`,
      Contributing: 'https://github.com/example/ui-styles/blob/main/CONTRIBUTING.md',
      Source: 'https://github.com/example/ui-styles',
      'Edit this page': 'https://github.com/example/ui-styles/edit/main/_episodes/01-callouts.md',
      Contact: 'mailto:shell@example.org',
    },
    workbench: {
      'CC-BY 4.0': `${shellBuilds.workbench.base}LICENSE/`,
      Cite: 'https://github.com/example/ui-workbench/blob/main/CITATION.cff',
      'Code of Conduct': `${shellBuilds.workbench.base}CODE_OF_CONDUCT/`,
      Contributing: 'https://github.com/example/ui-workbench/blob/main/CONTRIBUTING.md',
      Source: 'https://github.com/example/ui-workbench',
      'Edit this page': 'https://github.com/example/ui-workbench/edit/main/episodes/01-callouts.md',
      Contact: 'mailto:shell@example.org',
    },
  };
  for (const lesson of lessons) {
    await page.goto(`${lesson.root}01-callouts/`);
    for (const [name, href] of Object.entries(expected[lesson.name]))
      await expect(footerLink(page, name), `${lesson.name}: ${name}`).toHaveAttribute('href', href);
    await expect(footerOf(page)).toContainText('Materials licensed under CC-BY 4.0');
  }
});

test('a lesson without those files gets no link to them', async ({ page }) => {
  // The default lesson names its licence in config.yaml but ships no LICENSE, CITATION or
  // code of conduct file.
  await page.goto('/');
  await expect(footerOf(page)).toContainText('Materials licensed under CC-BY 4.0');
  await expect(footerOf(page).getByRole('link', { name: 'CC-BY 4.0' })).toHaveCount(0);
  await expect(footerLink(page, 'Cite')).toHaveCount(0);
  await expect(footerLink(page, 'Code of Conduct')).toHaveCount(0);
  await expect(footerLink(page, 'Source')).toHaveCount(1);
});

test('setup is published even when config.yaml does not list it, and the schedule links it', async ({
  page,
  request,
}) => {
  expect((await request.get(`${workbench}setup/`)).status()).toBe(200);
  await page.goto(workbench);
  const setupRow = page.locator('.schedule tbody tr').first();
  await expect(setupRow.getByRole('link', { name: 'Setup' })).toHaveAttribute(
    'href',
    `${shellBuilds.workbench.base}setup/`,
  );
  // As sandpaper shows it: under the schedule on the home page.
  const section = page.locator('section.home-setup');
  await expect(section.getByRole('heading', { level: 2, name: 'Setup' })).toBeVisible();
  await expect(section).toContainText('Install a browser');
  await expect(section.getByRole('heading', { level: 3, name: 'Windows' })).toBeVisible();
});

test('the instructor view shows each episode start and length, in the sidebar and the header', async ({
  page,
}) => {
  await page.goto(`${workbench}instructor/02-long-read/`);
  const sidebar = page.getByRole('navigation', { name: 'Episodes', exact: true });
  // 09:00 start; "Every Callout" takes 20 + 10 minutes, "A Long Read" 40 + 15.
  await expect(sidebar.locator('li', { hasText: 'Every Callout' })).toContainText('09:00 · 30 min');
  await expect(sidebar.locator('li', { hasText: 'A Long Read' })).toContainText('09:30 · 55 min');
  await expect(sidebar.locator('li', { hasText: 'Wrapping Up' })).toContainText('10:25 · 5 min');
  const timing = page.locator('.episode-header .episode-timing');
  await expect(timing.locator('dt')).toHaveText(['Starts', 'Length']);
  await expect(timing.locator('dd')).toHaveText(['09:30', '55 min']);
  await page.goto(`${workbench}02-long-read/`);
  await expect(page.locator('.episode-menu-timing, .episode-timing')).toHaveCount(0);
});

async function search(page: Page, url: string, word: string) {
  await page.goto(url);
  const box = page.getByRole('searchbox', { name: 'Search this lesson' });
  await box.click();
  await box.fill(word);
  const status = page.locator('.search-panel .search-status');
  await expect(status).toContainText(word);
  return page.locator('.search-panel .search-result-title');
}

test('learner search finds no instructor note; the instructor view has its own index with them', async ({
  page,
}) => {
  // A word only an instructor note uses (workbench) and only the instructor guide (styles).
  for (const [root, word, target] of [
    [workbench, 'quernstone', '02-long-read/'],
    [styles, 'zanzibarite', 'guide/'],
  ] as const) {
    await expect(await search(page, root, word)).toHaveCount(0);
    const results = await search(page, `${root}instructor/`, word);
    await expect(results.first()).toHaveAttribute(
      'href',
      `${new URL(root).pathname}instructor/${target}`,
    );
  }
  // Pagefind answers a word its index lacks with the longest prefix it has ("skim" → "s"): the
  // instructor view's index must hold the note's word itself, or those guesses crowd out the note.
  const results = await search(page, `${workbench}instructor/`, 'skim');
  await expect(results).toHaveCount(1);
  await expect(results).toHaveAttribute(
    'href',
    `${new URL(workbench).pathname}instructor/01-callouts/`,
  );
});

// ---------------------------------------------------------------------------------------------
// Figures in the dark theme

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('a figure drawn on a transparent background keeps a light backing', async ({ page }) => {
    await page.goto(`${workbench}02-long-read/`);
    const figure = page.locator('img[src$="rising.svg"]');
    expect(await figure.evaluate((img) => getComputedStyle(img).backgroundColor)).toBe(
      'rgb(255, 255, 255)',
    );
  });
  test('a -dark variant goes without one', async ({ page }) => {
    await page.goto('/01-prepwork/');
    const figure = page.locator('picture img[src$="cluster-architecture.svg"]');
    expect(await figure.evaluate((img) => getComputedStyle(img).backgroundColor)).toBe(
      'rgba(0, 0, 0, 0)',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Search engines and link previews

const meta = (page: Page, selector: string) => page.locator(selector).getAttribute('content');

test('each page describes itself; instructor copies point at the learner page and stay unindexed', async ({
  page,
}) => {
  const learner = `${workbench}01-callouts/`;
  await page.goto(learner);
  const description =
    'What does each kind of box look like? How does a folded box say what it holds?';
  expect(await meta(page, 'meta[name="description"]')).toBe(description);
  expect(await meta(page, 'meta[property="og:description"]')).toBe(description);
  expect(await meta(page, 'meta[property="og:title"]')).toBe('Every Callout');
  expect(await meta(page, 'meta[property="og:site_name"]')).toBe('Fixture: Workbench Shell Lesson');
  const canonical = 'https://lessons.example.org/ui-workbench/01-callouts/';
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  await page.goto(`${workbench}instructor/01-callouts/`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', canonical);
  expect(await meta(page, 'meta[name="robots"]')).toBe('noindex');
  // The home page and pages without questions: the lesson's summary.
  await page.goto(`${workbench}faq/`);
  expect(await meta(page, 'meta[name="description"]')).toMatch(/^This fixture lesson teaches/);
});

test("the page's language is the lesson's (lang: in the config, R's en_GB read as en-GB)", async ({
  page,
}) => {
  await page.goto(`${workbench}01-callouts/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  expect(await meta(page, 'meta[property="og:locale"]')).toBe('en_GB');
  await page.goto(styles);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('a page with a raster figure offers it to link previews, by its absolute address', async ({
  page,
}) => {
  await page.goto(`${styles}03-last/`);
  expect(await meta(page, 'meta[property="og:image"]')).toBe(
    'https://example.org/ui-styles/fig/square.png',
  );
  expect(await meta(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
});

test('sitemap and robots.txt when the site URL is known (config url: or SITE_URL), not otherwise', async ({
  request,
}) => {
  for (const [root, site] of [
    [workbench, 'https://lessons.example.org/ui-workbench/'],
    [styles, 'https://example.org/ui-styles/'],
  ] as const) {
    const robots = await request.get(`${root}robots.txt`);
    expect(robots.status()).toBe(200);
    expect(await robots.text()).toContain(`Sitemap: ${site}sitemap-index.xml`);
    expect((await request.get(`${root}sitemap-index.xml`)).status()).toBe(200);
    const urls = await (await request.get(`${root}sitemap-0.xml`)).text();
    expect(urls).toContain(`<loc>${site}01-callouts/</loc>`);
    expect(urls).not.toContain('/instructor/');
    // Pages for instructors (their learner-view copies) are not listed either.
    expect(urls).not.toContain('/instructor-notes/');
    expect(urls).not.toContain(root === styles ? '/guide/' : '/pacing/');
  }
  expect((await request.get('/sitemap-index.xml')).status()).toBe(404);
  expect((await request.get('/robots.txt')).status()).toBe(404);
});

test('on paper: the lesson title and address on top, the licence below, no menus', async ({
  page,
}) => {
  await page.goto(`${workbench}01-callouts/`);
  await page.emulateMedia({ media: 'print' });
  const header = page.locator('.print-header');
  await expect(header).toBeVisible();
  await expect(header).toContainText('Fixture: Workbench Shell Lesson');
  await expect(header).toContainText('https://lessons.example.org/ui-workbench/01-callouts/');
  await expect(footerOf(page).locator('.footer-license')).toBeVisible();
  await expect(footerLink(page, 'Cite')).toBeHidden();
  await expect(page.locator('header.site-header')).toBeHidden();
});
