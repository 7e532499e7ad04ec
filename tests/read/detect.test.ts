import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { detectKind } from '../../pipeline/read/detect.ts';
import { makeDocx } from './_docx.ts';

const html = strToU8('<!-- saved -->\n<!DOCTYPE html><html><body><p>Hi</p></body></html>');
const docx = makeDocx({ blocks: [{ runs: ['Hello'] }] });
const pdf = strToU8('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n');

describe('detectKind', () => {
  it('reads each kind by its content when the name agrees', () => {
    expect(detectKind(html, 'page.html')).toEqual({ kind: 'html', diagnostics: [] });
    expect(detectKind(docx, 'essay.docx')).toEqual({ kind: 'docx', diagnostics: [] });
    expect(detectKind(pdf, 'pamphlet.pdf')).toEqual({ kind: 'pdf', diagnostics: [] });
    expect(detectKind(strToU8('---\ntitle: x\n---\nText <b>bold</b>'), 'one.md')).toEqual({ kind: 'text', diagnostics: [] });
  });

  it('reads a page saved as UTF-16 with a byte-order mark as HTML, whatever its name', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'utf16le')]);
    expect(detectKind(utf16, 'page.html')).toEqual({ kind: 'html', diagnostics: [] });
    expect(detectKind(utf16, 'saved.txt').kind).toBe('html');
  });

  it('reads a file of one kind named as another as what it is, with a warning', () => {
    for (const [bytes, name, kind] of [
      [pdf, 'pamphlet.docx', 'pdf'],
      [docx, 'essay.pdf', 'docx'],
      [html, 'saved.txt', 'html'],
      [html, 'saved.md', 'html'],
    ] as const) {
      const found = detectKind(bytes, name);
      expect(found.kind, name).toBe(kind);
      expect(found.diagnostics).toHaveLength(1);
      expect(found.diagnostics[0]).toMatchObject({ severity: 'warning', ruleId: 'read/kind-mismatch', line: 1, column: 1 });
    }
  });

  it('refuses a DOCX that is not a valid zip, and a zip that holds no Word document', () => {
    const notZip = detectKind(strToU8('This is plain text saved with the wrong name.'), 'essay.docx');
    expect(notZip.diagnostics).toMatchObject([{ severity: 'error', ruleId: 'docx/not-zip', file: 'essay.docx' }]);
    const damaged = detectKind(docx.subarray(0, 200), 'essay.docx');
    expect(damaged.diagnostics).toMatchObject([{ severity: 'error', ruleId: 'docx/invalid' }]);
    expect(damaged.diagnostics[0]!.message).toMatch(/damaged zip/);
    const otherZip = detectKind(zipSync({ 'notes.txt': strToU8('x') }), 'essay.docx');
    expect(otherZip.diagnostics[0]!.message).toMatch(/without word\/document\.xml/);
  });

  it('refuses a .pdf that is not a PDF', () => {
    expect(detectKind(strToU8('Just text'), 'pamphlet.pdf').diagnostics).toMatchObject([{ severity: 'error', ruleId: 'pdf/not-pdf' }]);
  });
});
