/**
 * A small anthology in seven languages and five scripts (tests/fixtures/build/scripts): every
 * letter of its sources reaches the PDF, in fonts embedded in it, and a letter no font has
 * stops the build with every place it occurs.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, freshDir, hasCommand, openEpub, pdfPages, runCli } from './_book.ts';
import { aceScript, findChromium, runAce } from '../../pipeline/check/ace.ts';

const FIXTURE = path.join(ROOT, 'tests/fixtures/build/scripts');
const SLUG = 'revolyutsiya-i-mir';
const hasCjkFont = execFileSync('fc-list', [':lang=zh-cn'], { encoding: 'utf8' }).includes('CJK');

/** Letters (and digits) of a text, counted; NFC, so a composed letter counts once either way. */
function letterCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text.normalize('NFC')) if (/[\p{L}\p{N}]/u.test(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

/** The text a reader sees from a source file: the YAML values and the Markdown body, without keys and markup. */
function sourceLetters(file: string): string {
  const text = readFileSync(path.join(FIXTURE, file), 'utf8');
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // a picture's alt text is its description for readers who cannot see it, not printed text
    .split('\n')
    .map((line) => line.replace(/^(\s*-\s*)?[a-z]+:\s*/, '').replace(/^---$|^#\s*|^role: .*|^format: .*/, ''))
    .filter((line) => !/^(introduction|markdown|zh|ja|ru|el|he|ar|fr|de|en)$|\.md$/.test(line.trim()))
    .join('\n');
}

/** A file of the EPUB as text. */
function strFromEpub(epub: ReturnType<typeof openEpub>, name: string): string {
  return Buffer.from(epub.files[name]!).toString('utf8');
}

describe.skipIf(!hasCjkFont)('a book in many scripts', () => {
  let out: string;
  let pdf: string;
  let text: string;

  beforeAll(() => {
    out = freshDir('scripts');
    const result = runCli(['build', FIXTURE, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    pdf = path.join(out, `${SLUG}.pdf`);
    text = pdfPages(pdf).join('\n');
  });

  it('names its files after the transliterated title', () => {
    expect(readdirSync(out).sort()).toEqual([`${SLUG}-report.md`, `${SLUG}.epub`, `${SLUG}.pdf`]);
  });

  it('has every letter of its sources in the PDF text', () => {
    const sources = readdirSync(FIXTURE).filter((f) => /\.(md|yaml)$/.test(f)).map(sourceLetters).join('\n');
    const wanted = letterCounts(sources);
    const found = letterCounts(text);
    const lacking = [...wanted].filter(([char, count]) => (found.get(char) ?? 0) < count).map(([char, count]) => `${char} ${count}/${found.get(char) ?? 0}`);
    expect(lacking).toEqual([]);
    // The scripts the old build lost, and the editors on the title and copyright pages.
    for (const word of ['革命不是请客吃饭', 'Ирина Петрова', 'Ελευθερία', 'החירות']) expect(text).toContain(word);
    expect(text).toContain('Edited by 王小明 and Ирина Петрова.');
  });

  it('embeds a subset of each font it uses, and the colophon names them', () => {
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    const names = fonts.map((line) => line.split(/\s+/)[0]!);
    expect(names.map((n) => n.replace(/^[A-Z]{6}\+/, '').replace(/-.*/, '')).sort()).toEqual(
      expect.arrayContaining(['EBGaramond', 'NotoNaskhArabic', 'NotoSerifCJKsc', 'NotoSerifHebrew']),
    );
    for (const line of fonts) expect(line).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, with a Unicode map
    // Han letters by the piece's language: the Japanese piece in the Japanese face, the Chinese in the Simplified Chinese one.
    expect(names.some((n) => n.includes('NotoSerifCJKjp'))).toBe(true);
    const colophon = pdfPages(pdf).at(-1)!.replace(/\s+/g, ' ');
    expect(colophon).toMatch(/Letters that EB Garamond lacks were set in .*Noto Serif CJK SC/);
    for (const family of ['Noto Serif Hebrew', 'Noto Naskh Arabic']) expect(colophon).toContain(family);
  });

  it('sets a right-to-left piece from the right edge, its words in reading order', () => {
    const page = pdfPages(pdf).find((p) => p.includes('החירות'))!;
    expect(page.replace(/[\u200e\u200f\u202a-\u202e]/g, '')).toContain('החירות אינה מתנה; היא נלקחת במאבק');
    const words = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const first = /xMax="([\d.]+)"[^>]*>תוריחה</.exec(words);
    // The paragraph's first word ends at the right edge of the text block (the page is a recto: 419.53 - 62).
    expect(Number(first?.[1])).toBeGreaterThan(350);
  });

  it('shows the brackets round a Hebrew word mirrored, on either side of it, and reads them back as written', () => {
    // In a right-to-left line a bracket is seen as its mirror image: before, “(לחם)” was drawn
    // with both brackets on one side of the word and read back as “לחם)(”.
    const page = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .find((p) => p.includes('החירות'))!
      .replace(/[\u200e\u200f\u202a-\u202e]/g, '');
    // (The note's number after "]." comes between the two in pdftotext's reading.)
    expect(page).toContain('כתבו (לחם) ו[כבוד');
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
    // Each mirrored bracket carries the one written as its ActualText (a literal string: ASCII).
    const actual = [...qdf.matchAll(/\/ActualText \(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
    for (const bracket of ['(', ')', '[', '].']) expect(actual).toContain(bracket);
  });

  it('hangs a right-to-left list and note from the right edge, markers and numbers right of them', () => {
    const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const page = bbox.split('</page>').find((chunk) => chunk.includes('>תוריחה<'))!;
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
      text: m[5]!,
      xMin: Number(m[1]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    }));
    const right = words.find((word) => word.text === 'תוריחה')!.xMax; // the paragraph's first word ends at the right edge
    const markers = words.filter((word) => word.text === '•' || word.text === '3.');
    expect(markers.map((word) => word.text)).toEqual(['•', '•', '3.']);
    for (const mark of markers) {
      const item = words.filter((word) => word !== mark && Math.abs(word.yMax - mark.yMax) < 1);
      expect(item.length).toBeGreaterThan(0);
      // The item is indented from the right edge, and its marker stands in that indent.
      const itemRight = Math.max(...item.map((word) => word.xMax));
      expect(itemRight).toBeLessThan(right - 5);
      expect(mark.xMin).toBeGreaterThan(itemRight);
      expect(mark.xMax).toBeLessThanOrEqual(right + 0.5);
    }
    // So does a note at the foot of the page: its number right of its first line.
    const label = words.find((word) => word.text === '1.')!;
    const note = words.filter((word) => word !== label && Math.abs(word.yMax - label.yMax) < 1);
    expect(note.map((word) => word.text)).toContain('1936');
    expect(label.xMin).toBeGreaterThan(Math.max(...note.map((word) => word.xMax)));
    expect(label.xMax).toBeLessThanOrEqual(right + 0.5);
  });

  it('sets a right-to-left EPUB document from the right: its title there, list markers inside the page', async (context) => {
    const chromium = await findChromium();
    if (!chromium) context.skip();
    const epub = openEpub(path.join(out, `${SLUG}.epub`));
    const name = epub.spine.find((doc) => epub.text(doc).includes('החירות'))!;
    const dir = freshDir('scripts-rtl-css');
    const sheet = /<link[^>]*href="([^"]+\.css)"/.exec(epub.text(name))![1]!;
    writeFileSync(path.join(dir, sheet), strFromEpub(epub, path.posix.join(path.posix.dirname(name), sheet)));
    // The document as packaged, with a script that writes what Chromium laid out into the DOM.
    const probe = `<script>//<![CDATA[
      const list = document.querySelector('ul');
      const title = document.querySelector('h1');
      document.body.setAttribute('data-probe', JSON.stringify({
        room: document.documentElement.clientWidth - list.getBoundingClientRect().right,
        em: parseFloat(getComputedStyle(list).fontSize),
        titleAlign: getComputedStyle(title).textAlign,
      }));
    //]]></script>`;
    writeFileSync(path.join(dir, 'doc.xhtml'), epub.text(name).replace('</body>', `${probe}</body>`));
    const dom = execFileSync(chromium!, ['--headless', '--no-sandbox', '--disable-gpu', '--window-size=600,800', '--dump-dom', `file://${path.join(dir, 'doc.xhtml')}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 60_000,
    });
    const probed = JSON.parse(/data-probe="([^"]*)"/.exec(dom)![1]!.replace(/&quot;/g, '"')) as { room: number; em: number; titleAlign: string };
    // Markers hang in the list's margin on its right; with none there they stood off the page.
    expect(probed.room).toBeGreaterThan(probed.em);
    expect(probed.titleAlign).toBe('right');
  });

  it('gives the Arabic words in reading order to assistive technology, each as its ActualText', () => {
    // Noto Naskh draws letters that differ only by their dots with one glyph, so the font's
    // Unicode map cannot tell them apart: each Arabic run carries its letters as ActualText.
    // (poppler's pdftotext and pdf.js do not read ActualText: they give those words reversed.)
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
    const actual = [...qdf.matchAll(/\/ActualText <feff([0-9a-f]+)>/gi)].map((m) => Buffer.from(m[1]!, 'hex').swap16().toString('utf16le'));
    const body = readFileSync(path.join(FIXTURE, 'arabic.md'), 'utf8').trim().split('\n').at(-1)!;
    const words = body.split(/\s+/).filter((word) => /[\u0600-\u06ff]/.test(word));
    expect(words.length).toBeGreaterThan(15);
    expect(actual.join(' ')).toContain(words.join(' '));
  });

  it('has the Arabic words of an English line read on that line, between their neighbours', () => {
    // A reader places an ActualText span's words with the transformation in force at the
    // span's end; with the page's y-flip alone there, poppler read them far down the page.
    const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const page = bbox.split('</page>').find((chunk) => chunk.includes('>freedom.<'))!;
    const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g)].map((m) => ({
      text: m[5]!,
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
    }));
    const texts = words.map((word) => word.text);
    const piece = texts.indexOf('piece,');
    // The two words are drawn right to left, so read from the left they come the other way round.
    expect(texts.slice(piece, piece + 5)).toEqual(['piece,', 'والحرية', 'الخبز', ',', 'asks']);
    const line = words[piece]!;
    for (const word of words.slice(piece + 1, piece + 3)) {
      expect(word.xMax - word.xMin).toBeGreaterThan(10);
      expect(word.yMin).toBeLessThan(line.yMax);
      expect(word.yMax).toBeGreaterThan(line.yMin);
    }
  });

  it('sets each piece in its own language’s quotation marks, in both books', () => {
    const flat = text.replace(/[ \n]+/g, ' ');
    // pdftotext gives the narrow no-break spaces as spaces or as themselves.
    expect(flat).toMatch(/Les ouvriers disaient[\u00a0 ]: «[\u202f ]Du pain, de la paix, de la liberté[\u202f ]![\u202f ]»/);
    expect(flat).toContain('Die Arbeiterinnen sangen: „Brot und Rosen!“');
    expect(flat).toContain('Рабочие говорили: «Хлеба, мира и свободы!»');
    const epub = openEpub(path.join(out, `${SLUG}.epub`));
    const french = epub.spine.map((doc) => epub.text(doc)).find((xhtml) => xhtml.includes('Les ouvriers'))!;
    expect(french).toContain('«\u202fDu pain');
  });

  it('gives each EPUB document its language and direction', () => {
    const epub = openEpub(path.join(out, `${SLUG}.epub`));
    const html = (needle: string) => /<html[^>]*>/.exec(epub.spine.map((doc) => epub.text(doc)).find((xhtml) => xhtml.includes(needle))!)![0];
    expect(html('革命不是')).toMatch(/xml:lang="zh" lang="zh"/);
    expect(html('החירות')).toMatch(/xml:lang="he" lang="he" dir="rtl"/);
    expect(html('تُمنح')).toMatch(/xml:lang="ar" lang="ar" dir="rtl"/);
    expect(html('This small book')).toMatch(/xml:lang="en" lang="en">$/);
    // A left-to-right book: pages turn as usual.
    expect(epub.opf).toMatch(/<spine toc="ncx">/);
  });

  it.skipIf(!existsSync('/usr/share/java/epubcheck.jar') || !hasCommand('java'))('passes EPUBCheck', () => {
    const output = execFileSync('java', ['-jar', '/usr/share/java/epubcheck.jar', path.join(out, `${SLUG}.epub`)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toMatch(/0 fatals \/ 0 errors \/ 0 warnings/);
  });

  it('places the figure in the PDF whole, tagged Figure with its alt text, its caption under it', () => {
    const list = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    const image = list.map((line) => line.trim().split(/\s+/)).find((cols) => cols[2] === 'image')!;
    expect(image.slice(3, 5)).toEqual(['600', '300']);
    expect(image.slice(12, 14)).toEqual(['150', '150']); // natural size: 4 in at the file's 150 dpi
    const page = pdfPages(pdf)[Number(image[0]) - 1]!;
    expect(page).toContain('La barricade de la rue Saint-Maur');
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
    const alt = /\/Alt <feff([0-9a-f]+)>/i.exec(qdf)?.[1] ?? '';
    expect(Buffer.from(alt, 'hex').swap16().toString('utf16le')).toBe('Une barricade : une rangée de pavés, un drapeau rouge, une tente et un arbre.');
    expect(qdf).toMatch(/\/S \/Figure/);
  });

  it('packages the figure in the EPUB with a manifest entry, shown with its alt text', () => {
    const epub = openEpub(path.join(out, `${SLUG}.epub`));
    expect(epub.opf).toMatch(/<item id="picture-1" href="images\/01-barricade\.png" media-type="image\/png"\/>/);
    expect(epub.files['OEBPS/images/01-barricade.png']).toEqual(new Uint8Array(readFileSync(path.join(FIXTURE, 'barricade.png'))));
    const french = epub.spine.map((doc) => epub.text(doc)).find((xhtml) => xhtml.includes('Les ouvriers'))!;
    expect(french).toMatch(/<img src="images\/01-barricade\.png" alt="Une barricade : une rangée de pavés, un drapeau rouge, une tente et un arbre\." ?\/>/);
    // A figure, its caption the italic paragraph after it, as in print.
    expect(french).toMatch(/<figure><img [^>]*>\s*<figcaption><em>La barricade de la rue Saint-Maur[^<]*<\/em><\/figcaption><\/figure>/);
  });

  it('warns of a picture below 200 dpi at its printed size', () => {
    const report = readFileSync(path.join(out, `${SLUG}-report.md`), 'utf8');
    expect(report).toMatch(/french\.md:11:\d+.*150 dpi.*image\/low-resolution|image\/low-resolution.*150 dpi/s);
  });

  it('passes Ace by DAISY with no violation', async (context) => {
    if (!aceScript() || !(await findChromium())) context.skip();
    const result = await runAce(path.join(out, `${SLUG}.epub`));
    expect(result.summary).toBe('Ace: pass, 0 violations');
  }, 600_000);

  it('tags each piece with its language', () => {
    const qdf = execFileSync('qpdf', ['--qdf', '--object-streams=disable', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
    const langs = [...qdf.matchAll(/\/Lang \(([^)]*)\)/g)].map((m) => m[1]);
    expect(langs).toEqual(expect.arrayContaining(['en', 'zh', 'ru', 'el', 'he', 'ar', 'fr', 'de']));
  });
});

describe('a book written right to left', () => {
  it('turns its pages right to left, every document marked rtl, its text set from the right edge', () => {
    const source = freshDir('rtl-book');
    writeFileSync(path.join(source, 'anthology.yaml'), 'title: חירות\nlanguage: he\neditors: [רחל לוי]\ncontents: [one.md]\n');
    writeFileSync(path.join(source, 'one.md'), '---\ntitle: לחם\nauthor: רחל לוי\nformat: markdown\n---\nהחירות אינה מתנה; היא נלקחת במאבק.\n');
    const out = freshDir('rtl-book-out');
    const result = runCli(['build', source, '--out', out]);
    expect(result.status, result.stderr).toBe(0);
    const [epubName] = readdirSync(out).filter((f) => f.endsWith('.epub'));
    expect(epubName).toMatch(/^book-[0-9a-f]{8}\.epub$/); // nothing in the title transliterates
    const epub = openEpub(path.join(out, epubName!));
    expect(epub.opf).toMatch(/<spine toc="ncx" page-progression-direction="rtl">/);
    for (const doc of epub.spine) expect(epub.text(doc)).toMatch(/<html[^>]* dir="rtl"/);
    const words = execFileSync('pdftotext', ['-bbox', path.join(out, epubName!.replace(/\.epub$/, '.pdf')), '-'], { encoding: 'utf8' });
    expect(Number(/xMax="([\d.]+)"[^>]*>תוריחה</.exec(words)?.[1])).toBeGreaterThan(350);
  });
});

describe('a picture that cannot be read', () => {
  it('fails the build at the place that calls it, and writes nothing', () => {
    const source = freshDir('corrupt-image');
    cpSync(FIXTURE, source, { recursive: true });
    writeFileSync(path.join(source, 'barricade.png'), 'not a picture at all');
    const out = path.join(freshDir('corrupt-image-out'), 'dist');
    const result = runCli(['build', source, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stderr).toMatch(/french\.md:11:\d+: error Unexpected content in image “barricade\.png”.* \[image\/corrupt\]/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('a letter no print font has', () => {
  it('fails the build with every place it occurs, and writes nothing', () => {
    const source = freshDir('missing-glyph');
    cpSync(FIXTURE, source, { recursive: true });
    // Linear B: no font here has it.
    const config = readFileSync(path.join(source, 'anthology.yaml'), 'utf8').replace('editors: [王小明,', 'editors: [𐀀𐀁,');
    writeFileSync(path.join(source, 'anthology.yaml'), config);
    writeFileSync(path.join(source, 'german.md'), readFileSync(path.join(source, 'german.md'), 'utf8').replace('Brot und Rosen!', 'Brot 𐀀 und Rosen!'));
    const out = path.join(freshDir('missing-glyph-out'), 'dist');
    const result = runCli(['build', source, '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const errors = result.stderr.split('\n').filter((line) => line.includes('[font/missing-glyph]'));
    expect(errors).toEqual([
      // Columns count UTF-16 units, as every message of the pipeline does.
      `${path.join(source, 'anthology.yaml')}:3:11: error no print font has “𐀀” (U+10000) [font/missing-glyph]`,
      `${path.join(source, 'german.md')}:9:33: error no print font has “𐀀” (U+10000) [font/missing-glyph]`,
      `${path.join(source, 'anthology.yaml')}:3:13: error no print font has “𐀁” (U+10001) [font/missing-glyph]`,
    ]);
    expect(existsSync(out)).toBe(false);
  });
});
