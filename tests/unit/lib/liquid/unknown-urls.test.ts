import { describe, expect, it } from 'vitest';
import { dropUnknownUrls, unknownValue } from '../../../../src/lib/liquid/unknown-urls.ts';

describe('dropUnknownUrls across files', () => {
  it('a page using a label whose definition links.md lost shows the link text, not brackets', () => {
    const dropped = new Set<string>();
    const links = `[contributing]: ${unknownValue}/blob/${unknownValue}/CONTRIBUTING.md\n[ok]: https://example.org/\n`;
    expect(dropUnknownUrls(links, dropped)).toBe('\n[ok]: https://example.org/\n');
    const page = 'Read [the guide][contributing], [Contributing][] and [ok][].\nSecond line.';
    expect(dropUnknownUrls(page, dropped)).toBe(
      'Read the guide, Contributing and [ok][].\nSecond line.',
    );
  });
});
