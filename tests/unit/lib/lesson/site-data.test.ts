import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../src/lib/diagnostics.ts';
import { readSiteData } from '../../../../src/lib/lesson/site-data.ts';
import { makeLessonDir } from '../../../helpers/lesson-dir.ts';

/** `site.data` as Jekyll reads `_data/`; each expected value is what Ruby's CSV gives. */
describe('readSiteData: CSV and TSV tables', () => {
  it('a CSV file is a list of records keyed by its header row', () => {
    const problems: Diagnostic[] = [];
    const data = readSiteData(
      makeLessonDir({
        '_data/staff.csv': 'name,role,room\nAda,"lead, data",\nGrace,"",12\nLinus\n',
        '_data/terms/k8s.tsv': 'term\tmeaning\npod\t"a group of containers"\n',
      }),
      problems,
    );
    expect(data).toEqual({
      // An empty field is nil unless quoted; a short row has nil for the rest.
      staff: [
        { name: 'Ada', role: 'lead, data', room: null },
        { name: 'Grace', role: '', room: '12' },
        { name: 'Linus', role: null, room: null },
      ],
      terms: { k8s: [{ term: 'pod', meaning: 'a group of containers' }] },
    });
    expect(problems).toEqual([]);
  });

  it('a table that cannot be read is a warning, and site.data leaves it out', () => {
    const problems: Diagnostic[] = [];
    const data = readSiteData(
      makeLessonDir({ '_data/bad.csv': 'a,b\n"unclosed,1\n', '_data/ok.csv': 'a\n1\n' }),
      problems,
    );
    expect(data).toEqual({ ok: [{ a: '1' }] });
    expect(problems.map((d) => [d.file, d.rule, d.severity])).toEqual([
      ['_data/bad.csv', 'data/syntax', 'warning'],
    ]);
  });
});
