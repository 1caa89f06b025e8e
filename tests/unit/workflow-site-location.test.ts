/** Where the site is published (astro.config.mjs): the environment first, then the lesson config's `url:`. */
import { describe, expect, it } from 'vitest';
import { siteLocation } from '../../astro.config.mjs';

describe('siteLocation', () => {
  it('takes SITE_URL and BASE_PATH from the environment (the workflow sets them from the Pages settings)', () => {
    expect(
      siteLocation(
        { SITE_URL: 'https://user.github.io', BASE_PATH: '/repo' },
        { url: 'https://other.org/x' },
      ),
    ).toEqual({ site: 'https://user.github.io', base: '/repo/' });
    expect(siteLocation({ BASE_PATH: '/lesson-site/' }, {})).toEqual({
      site: undefined,
      base: '/lesson-site/',
    });
    // A custom domain: configure-pages gives an empty base path; the site is at the root.
    expect(
      siteLocation(
        { SITE_URL: 'https://lesson.example.org', BASE_PATH: '' },
        { url: 'https://user.github.io/repo' },
      ),
    ).toEqual({ site: 'https://lesson.example.org', base: '/' });
    // SITE_URL alone: its path is the base.
    expect(siteLocation({ SITE_URL: 'https://user.github.io/repo/' }, {})).toEqual({
      site: 'https://user.github.io',
      base: '/repo/',
    });
    // BASE_PATH=/ forces the root even when the config names a path.
    expect(
      siteLocation({ BASE_PATH: '/' }, { url: 'https://swcarpentry.github.io/shell-novice' }),
    ).toEqual({ site: undefined, base: '/' });
  });

  it('falls back to the lesson config: Workbench url, styles url + baseurl', () => {
    expect(
      siteLocation(
        { SITE_URL: '', BASE_PATH: '' },
        { url: 'https://swcarpentry.github.io/shell-novice' },
      ),
    ).toEqual({ site: 'https://swcarpentry.github.io', base: '/shell-novice/' });
    expect(
      siteLocation({}, { url: 'https://swcarpentry.github.io', baseurl: '/git-novice' }),
    ).toEqual({ site: 'https://swcarpentry.github.io', base: '/git-novice/' });
    expect(siteLocation({}, { baseurl: 'git-novice/' })).toEqual({
      site: undefined,
      base: '/git-novice/',
    });
  });

  it('ignores what is not a published URL: placeholders, empty values, other schemes', () => {
    expect(siteLocation({}, {})).toEqual({ site: undefined, base: '/' });
    expect(siteLocation({}, { url: '<USERNAME>.github.io/<PROJECT>' })).toEqual({
      site: undefined,
      base: '/',
    });
    expect(siteLocation({}, { url: 'ftp://example.org/x', baseurl: '' })).toEqual({
      site: undefined,
      base: '/',
    });
    expect(siteLocation({ SITE_URL: 'not a url' }, {})).toEqual({ site: undefined, base: '/' });
  });
});
