import { describe, expect, it } from 'vitest';
import { renderReport } from '../../pipeline/report/index.ts';
import type { BookMeta, CleanText } from '../../pipeline/types.ts';

const meta = { title: 'T', modified: '2026-01-01T00:00:00Z' } as BookMeta;
const piece: CleanText = {
  path: 'manuscripts/a.md',
  profile: 'web',
  markdown: '',
  edits: [
    { ruleId: 'web/boilerplate', line: 40, column: 1, old: 'Share this article!\n', new: '' },
    { ruleId: 'web/sentence-space', line: 3, column: 17, old: '.L', new: '. L' },
    { ruleId: 'pdf/unwrap', line: 7, column: 60, old: '\n', new: ' ' },
    { ruleId: 'pdf/unwrap', line: 8, column: 58, old: '\n', new: ' ' },
    { ruleId: 'pdf/unwrap', line: 12, column: 50, old: '\n', new: ' ' },
  ],
  diagnostics: [{ file: 'manuscripts/a.md', line: 9, column: 4, severity: 'info', ruleId: 'spelling/suspect', message: 'Suspect word “firsat”' }],
};

describe('report', () => {
  const report = renderReport({ meta, cleaned: [piece], diagnostics: [], outputs: [{ file: 't.pdf', bytes: 1234, note: '3 pages' }] });

  it('lists removed text, word changes and editor notes with raw line:column', () => {
    expect(report).toContain('- 40:1 [web/boilerplate] “Share this article!”');
    expect(report).toContain('| 3:17 | web/sentence-space | `.L` | `. L` |');
    expect(report).toContain('manuscripts/a.md:9:4 info Suspect word “firsat” [spelling/suspect]');
  });

  it('summarises line joins by line ranges instead of one row each', () => {
    expect(report).toContain('- pdf/unwrap: 3 edits at lines 7–8, 12');
    expect(report).not.toContain('| 7:60 |');
  });

  it('counts edits per piece in the summary table', () => {
    expect(report).toMatch(/\| manuscripts\/a\.md \| web \| 5 \| \d+ \| 1 \|/);
  });
});

describe('report of a read PDF', () => {
  const pdfPiece: CleanText = {
    path: 'manuscripts/pamphlet.pdf',
    profile: 'markdown',
    markdown: '',
    edits: [
      { ruleId: 'pdf/running-head', line: 2, column: 1, place: 'p2:l1', old: 'The Pamphlet', new: '' },
      { ruleId: 'pdf/caption', line: 3, column: 5, place: 'p3:l5', old: 'The basin in 1911', new: '*The basin in 1911*', reason: 'a caption (under a picture): kept as an italic paragraph where it stands' },
      { ruleId: 'pdf/byline', line: 4, column: 2, place: 'p4:l2', old: 'Margaret Hale', new: 'Margaret Hale', reason: 'the byline under “The Strike”: kept as a paragraph, not a heading' },
    ],
    diagnostics: [],
  };
  const report = renderReport({ meta, cleaned: [pdfPiece], diagnostics: [], outputs: [] });

  it('lists captions and bylines with their place in the PDF, apart from changes and removals', () => {
    expect(report).toContain('### Captions and bylines\n\n- p3:l5 caption “The basin in 1911”: a caption (under a picture)');
    expect(report).toContain('- p4:l2 byline “Margaret Hale”: the byline under “The Strike”');
    expect(report).toContain('- p2:l1 [pdf/running-head] “The Pamphlet”');
    expect(report).not.toContain('### Changes');
  });
});
