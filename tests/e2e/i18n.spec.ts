/**
 * The interface in the lesson's language, as a learner meets it: a Spanish lesson in each format
 * (tests/fixtures/lessons/i18n-es-workbench, i18n-es-styles: `lang: es`) shows its header,
 * callouts, folds, schedule, search and footer in Spanish; an Arabic one (i18n-ar) is laid out
 * right to left, its callout bars on the right where its lines start. The Spanish words are
 * written here, as a reader expects them, not read from src/.
 */
import { expect, test, type Page } from '@playwright/test';
import { languageBuilds } from './global-setup.ts';

const spanish = [
  { name: 'Workbench', root: `${languageBuilds.esWorkbench.origin}/`, episode: '01-leer-archivos' },
  { name: 'styles', root: `${languageBuilds.esStyles.origin}/`, episode: '01-columnas' },
] as const;
const arabic = `${languageBuilds.ar.origin}/`;

const header = (page: Page) => page.locator('header.site-header');
const footer = (page: Page) => page.locator('footer.site-footer');

for (const lesson of spanish) {
  test.describe(`a Spanish ${lesson.name} lesson`, () => {
    test('the page is lang="es"; the header speaks Spanish', async ({ page }) => {
      await page.goto(`${lesson.root}${lesson.episode}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
      const box = header(page).getByRole('searchbox');
      await expect(box).toHaveAttribute('placeholder', 'Buscar');
      await expect(box).toHaveAccessibleName('Buscar en esta lección');
      const nav = header(page).getByRole('navigation', { name: 'Páginas de la lección' });
      await expect(nav.getByRole('link', { name: 'Puntos clave' })).toBeVisible();
      await expect(nav.getByText('Recursos para estudiantes')).toBeVisible();
      await expect(header(page).getByRole('link', { name: 'Vista de instructora' })).toBeVisible();
      await expect(header(page).getByRole('button', { name: 'Tema oscuro' })).toBeVisible();
      await expect(page.locator('.episode-kicker')).toHaveText(/^Episodio 1 de \d$/);
      await expect(
        page.getByRole('navigation', { name: 'Navegación entre episodios (arriba)' }),
      ).toContainText('Anterior');
    });

    test('callouts are labelled in Spanish and say what a fold holds', async ({ page }) => {
      await page.goto(`${lesson.root}${lesson.episode}/`);
      const challenge = page.locator('.callout[data-kind="challenge"]').first();
      await expect(challenge.locator(':scope > .callout-label')).toHaveText('Desafío');
      await expect(
        page.locator('.callout[data-kind="callout"] > .callout-label').first(),
      ).toHaveText('Aviso');
      const solution = page.locator('details.callout[data-kind="solution"]').first();
      await expect(solution.locator('summary .callout-label')).toHaveText('Mostrar la solución');
      await expect(page.locator('.overview')).toContainText('Enseñanza');
      await expect(page.locator('.keypoints-box h2')).toHaveText('Puntos clave');
      await expect(page.locator('.code-output .code-label').first()).toHaveText('Salida');
      await expect(page.locator('.heading-anchor').first()).toHaveAccessibleName(
        'Enlace a esta sección',
      );
    });

    test('the schedule is in Spanish', async ({ page }) => {
      await page.goto(lesson.root);
      const schedule = page.locator('#schedule');
      await expect(schedule.getByRole('heading')).toHaveText('Horario');
      await expect(schedule.locator('thead th')).toContainText(['Hora', 'Episodio', 'Preguntas']);
      await expect(schedule.locator('.schedule-setup .schedule-title')).toHaveText('Configuración');
      await expect(schedule.locator('.schedule-setup .schedule-questions')).toHaveText(
        'Descargar los archivos necesarios para la lección',
      );
      await expect(schedule.locator('.schedule-finish .schedule-title').last()).toHaveText('Final');
      await expect(schedule.locator('.schedule-note')).toContainText(
        'Los tiempos son orientativos',
      );
      await expect(schedule.locator('.schedule-note')).toContainText(
        /Total: (\d+ h( \d+ min)?|\d+ min)\./,
      );
    });

    test('the footer is in Spanish', async ({ page }) => {
      await page.goto(`${lesson.root}${lesson.episode}/`);
      const links = footer(page).getByRole('navigation', { name: 'Acerca de esta lección' });
      for (const name of ['Mejora esta página', 'Código fuente', 'Contacto'])
        await expect(links.getByRole('link', { name, exact: true })).toBeVisible();
      await expect(footer(page)).toContainText('Esta lección se rige por el Código de conducta.');
      await expect(footer(page)).toContainText('Materiales publicados bajo la licencia CC-BY 4.0');
      await expect(page.locator('.back-to-top')).toHaveText('Volver arriba');
    });
  });
}

test.describe('a Spanish lesson in the browser', () => {
  const { root } = spanish[0];
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('the copy button says Copiar, then Copiado', async ({ page }) => {
    await page.goto(`${root}01-leer-archivos/`);
    const button = page.locator('.code-block.code-input .code-copy').first();
    await expect(button).toHaveText('Copiar');
    await button.click();
    await expect(button).toHaveText('Copiado');
  });

  test('search answers in Spanish and finds a word by its Spanish stem', async ({ page }) => {
    await page.goto(root);
    const box = header(page).getByRole('searchbox');
    // "escribir" is on no learner page (only in an instructor note); "escribe" (an episode) and
    // "escriben" (the glossary) are, and Spanish stemming makes them one word.
    await box.fill('escribir');
    const status = page.locator('#site-search-panel .search-status');
    await expect(status).toHaveText('2 páginas coinciden con «escribir»');
    const titles = await page.locator('#site-search-panel .search-result-title').allTextContents();
    expect(titles.sort()).toEqual(['Glosario', 'Leer archivos']);
    await box.fill('zzzz');
    await expect(status).toHaveText('Ningún resultado para «zzzz»');
  });

  test('folds say what they hold: a hint, a solution, details', async ({ page }) => {
    await page.goto(`${root}01-leer-archivos/`);
    await expect(page.locator('details.callout > summary > .callout-label')).toHaveText([
      'Dar una pista',
      'Mostrar la solución',
      'Mostrar detalles',
    ]);
  });

  test('the instructor view gives times in Spanish', async ({ page }) => {
    await page.goto(`${root}instructor/03-buscar-texto/`);
    await expect(page.locator('.view-banner')).toHaveText(
      'Vista de instructora: se muestran los tiempos y las notas para la instructora.',
    );
    const timing = page.locator('.episode-timing');
    await expect(timing.locator('dt')).toHaveText(['Comienza', 'Duración']);
    await expect(timing.locator('dd').first()).toHaveText('Día 2, 09:00');
    await expect(timing.locator('dd').last()).toHaveText('45 min');
  });

  test('the video placeholder speaks Spanish and loads nothing before a click', async ({
    page,
  }) => {
    await page.goto(`${root}03-buscar-texto/`);
    const placeholder = page.locator('.embed-open');
    await expect(placeholder).toHaveAccessibleName('Reproducir video: Buscar con grep – YouTube');
    await expect(page.locator('.embed-privacy')).toHaveText(
      'No se carga nada de YouTube hasta que pulses «Reproducir video».',
    );
  });
});

test.describe('an Arabic lesson, right to left', () => {
  test('the page is lang="ar" dir="rtl", and its callout bars are on the right', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${arabic}01-qiraat-almilaffat/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(
      page.locator('.callout[data-kind="challenge"] > .callout-label').first(),
    ).toHaveText('تحدٍّ');
    for (const kind of ['callout', 'challenge']) {
      const bar = await page
        .locator(`.callout[data-kind="${kind}"]`)
        .first()
        .evaluate((box) => {
          const style = getComputedStyle(box);
          return { right: style.borderRightWidth, left: style.borderLeftWidth };
        });
      expect(bar, kind).toEqual({ right: '6px', left: '1px' });
    }
    // The title starts the header on the right; the episode text starts at the right edge.
    const title = await page.locator('.site-title').boundingBox();
    expect(title!.x + title!.width).toBeGreaterThan(1280 / 2);
    const paragraph = page.locator('.lesson-content > p').first();
    const text = await paragraph.boundingBox();
    const range = await paragraph.evaluate((p) => {
      const r = document.createRange();
      r.selectNodeContents(p);
      const rect = r.getClientRects()[0]!;
      return { left: rect.left, right: rect.right };
    });
    expect(Math.abs(range.right - (text!.x + text!.width))).toBeLessThan(2);
  });

  test('code and output read left to right inside the right-to-left page', async ({ page }) => {
    await page.goto(`${arabic}01-qiraat-almilaffat/`);
    for (const selector of ['.code-input pre', '.code-output pre'])
      expect(
        await page
          .locator(selector)
          .first()
          .evaluate((pre) => getComputedStyle(pre).direction),
        selector,
      ).toBe('ltr');
    await expect(page.locator('.code-output .code-label')).toHaveText('المخرجات');
  });

  test('a folded callout points the way the line runs until it opens', async ({ page }) => {
    await page.goto(`${arabic}01-qiraat-almilaffat/`);
    const solution = page.locator('details.callout[data-kind="solution"]');
    const turn = () =>
      solution.evaluate(
        (details) => getComputedStyle(details.querySelector('summary')!, '::after').transform,
      );
    // rotate(135deg): pointing left, the way an Arabic line runs; open, it points down.
    expect(await turn()).toMatch(/^matrix\(-0\.707\d*, 0\.707\d*, -0\.707\d*, -0\.707\d*/);
    await solution.locator('summary').click();
    // The chevron turns with a transition: wait for where it comes to rest.
    await expect.poll(turn).toMatch(/^matrix\(0\.707\d*, 0\.707\d*, -0\.707\d*, 0\.707\d*/);
  });
});
