/**
 * Copy buttons: one on every code block (not output or error blocks); the clipboard receives
 * the code as written, without `$ `/`> ` prompts; screen readers hear "Copied".
 */
import { expect, test } from '@playwright/test';
import { codeBlocks, readEpisodes } from './helpers.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const episodes = readEpisodes();
/** An episode with code blocks, and its first code block (not output) as the author wrote it. */
const episode = episodes.find((e) => codeBlocks(e.body).some((b) => b.kind === 'language'))!;
const firstCode = codeBlocks(episode.body).find((b) => b.kind === 'language')!;

test('every code block has a Copy button; output and error blocks have none', async ({ page }) => {
  for (const e of episodes) {
    await page.goto(e.url);
    const code = page.locator('.code-block.code-input');
    await expect(code.locator('.code-copy')).toHaveCount(await code.count());
    await expect(page.locator('.code-block:not(.code-input) .code-copy')).toHaveCount(0);
  }
});

test('Copy puts the code on the clipboard and announces it', async ({ page }) => {
  await page.goto(episode.url);
  const block = page.locator('.code-block.code-input').first();
  const button = block.locator('.code-copy');
  await expect(button).toHaveAccessibleName('Copy');
  await button.click();
  await expect(button).toHaveText('Copied');
  await expect(page.locator('[aria-live="polite"]')).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(firstCode.lines.join('\n').replace(/^(?:\$|>) /gm, ''));
  await expect(button).toHaveText('Copy', { timeout: 5000 });
});

test('prompts are left out of what is copied', async ({ page }) => {
  await page.goto(episode.url);
  const block = page.locator('.code-block.code-input').first();
  // A shell session as styles lessons write it: prompts, a continuation line, a `$` mid-line.
  await block
    .locator('pre code')
    .evaluate(
      (code) => (code.textContent = '$ cd data\n$ ls -l \\\n> *.txt\n$ echo $HOME > out.txt'),
    );
  await block.getByRole('button', { name: 'Copy' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe('cd data\nls -l \\\n*.txt\necho $HOME > out.txt');
});
