/**
 * The PDF reader on text set in TeX's bitmap fonts: pdfTeX embeds the EC fonts of
 * `\usepackage[T1]{fontenc}` (without cm-super) as Type 3 fonts with no Unicode map, whose codes
 * are T1's; they are read by T1, and characters no font maps are reported, never dropped
 * silently.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readPdf } from '../../pipeline/read/pdf/index.ts';
import { decodeT1, isTexBitmapFont, readsAsT1 } from '../../pipeline/read/pdf/_tex-encoding.ts';
import { hasPdflatex, runPdflatex } from '../../eval/readers/_latex.ts';
import { paragraphsOf } from './_estuary.ts';

const TEXT = 'The “first” co-operative—so the minutes say—met in Łódź, Kraków and Straße; ﬁve «fine» officers, ﬂuent in Czech (Říjen), paid £3 and 5 ‰ in dues, naïve or not.';

describe('T1, the encoding of TeX’s EC fonts', () => {
  it('reads quotes, dashes, ligatures and the letters past ASCII by their T1 codes', () => {
    expect(decodeT1('\u0010first\u0011 co-op\u0016so \u001cne \u001du\u001b \u00aa\u00f3d\u00b9 Stra\u00ffe \u00d7uvre %\u0018')).toBe('“first” co-op—so fine fluff łódź Straße Œuvre ‰');
  });

  it('takes a font for pdfTeX’s bitmap font only when every glyph is named by its code', () => {
    expect(isTexBitmapFont({ isType3Font: true, differences: Object.assign([], { 65: 'a65', 16: 'a16', 66: '.notdef' }) })).toBe(true);
    expect(isTexBitmapFont({ isType3Font: true, differences: Object.assign([], { 65: 'A', 16: 'a16' }) })).toBe(false);
    expect(isTexBitmapFont({ isType3Font: false, differences: Object.assign([], { 65: 'a65' }) })).toBe(false);
    expect(isTexBitmapFont({ isType3Font: true, differences: [] })).toBe(false);
  });

  it('reads a font by T1 only when its text shows codes only T1 gives a meaning', () => {
    expect(readsAsT1(['plain ASCII text', 'more of it'])).toBe(false);
    expect(readsAsT1(['plain', 'a \u001cne day'])).toBe(true);
    expect(readsAsT1(['Stra\u00ffe'])).toBe(true);
  });
});

/** A one-page PDF set in a Type 3 font whose glyph names say nothing and which has no Unicode map. */
function unmappedFontPdf(text: string): Uint8Array {
  const widths = Array.from({ length: 256 }, () => 500).join(' ');
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 500 700] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /box 6 0 R >> /Encoding << /Type /Encoding /Differences [0 ${Array.from({ length: 256 }, () => '/box').join(' ')}] >> /FirstChar 0 /LastChar 255 /Widths [${widths}] /Resources << >> >>`,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Length 28 >>\nstream\n500 0 0 0 400 700 d1 0 0 m f\nendstream',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

describe('a font that maps its glyphs to no letter', () => {
  it('is reported with its page, not dropped silently', async () => {
    const read = await readPdf(unmappedFontPdf('Co\\001perative \\002ay, a word of mine'), 'unmapped.pdf');
    const warning = read.diagnostics.find((d) => d.ruleId === 'pdf/unmapped-characters');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('on page 1 ');
    expect(read.diagnostics.map((d) => d.ruleId)).not.toContain('pdf/tex-t1-font');
  });
});

describe.runIf(hasPdflatex())('a PDF pdflatex set in T1 without outline fonts', () => {
  it('reads its letters, quotes, dashes and ligatures as the source had them, and says how', async () => {
    const tex = TEXT.replace('ﬁ', 'fi').replace('ﬂ', 'fl').replace('‰', '\\%\\char24{}').replace('“', '``').replace('”', "''").replaceAll('—', '---').replace('«', '\\guillemotleft{}').replace('»', '\\guillemotright{}');
    const source = ['\\documentclass{article}', '\\usepackage[utf8]{inputenc}', '\\usepackage[T1]{fontenc}', '\\pagestyle{empty}', '\\begin{document}', tex, '\\end{document}', ''].join('\n');
    const bytes = runPdflatex(source);
    const read = await readPdf(bytes, 't1.pdf');
    // Without cm-super the EC fonts are bitmaps; with it they are outlines pdf.js reads by their glyph names.
    expect(paragraphsOf(read.markdown)).toEqual([TEXT.replace('ﬁ', 'fi').replace('ﬂ', 'fl')]);
    const ruleIds = read.diagnostics.map((d) => d.ruleId);
    expect(ruleIds).not.toContain('pdf/unmapped-characters');
    const outlines = spawnSync('kpsewhich', ['sfrm1000.pfb'], { encoding: 'utf8' }).stdout.trim() !== '';
    if (!outlines) expect(read.diagnostics.find((d) => d.ruleId === 'pdf/tex-t1-font')?.message).toContain('page 1 by TeX');
  });
});
