/**
 * Long URLs in the EPUB's justified text: a `<wbr/>` at each joint where print breaks a URL
 * (after a slash, before a dot and the other joints), so a line may end inside the URL instead
 * of stretching its spaces; the URL itself copies as written, and code is left as typed.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freshDir, hasCommand, openEpub, runCli, visibleText } from '../build/_book.ts';
import { makeSourceDir } from '../helpers.ts';
import { findWordBreaks } from '../../pipeline/render/pdf/layout/word-breaks.ts';
import { plainBreakOptions } from './_break-options.ts';

const BARE = 'https://archives.example.org/collections/labour-history/canal-committee/minutes.pdf?download=true&format=original';
const LINKED = 'https://www.example.org/history/the-canal-workers-and-their-strike/index.html';
const AUTOLINK = 'https://photos.example.net/albums/canal-basin-strike-committee-meeting-photographs';
const CODE = 'https://example.org/not/broken/in/code';

const piece = `---\ntitle: Where the Papers Are\nauthor: Ann Archivist\nformat: markdown\n---\nThe minutes are kept at ${BARE} and may be read there.\n\nThe union’s account is at [${LINKED}](${LINKED}), and the photographs at <${AUTOLINK}>.\n\nA path such as \`${CODE}\` stays as typed.\n`;

/** Where the print edition breaks a URL at a joint: its cheapest breaks. */
function printJoints(url: string): number[] {
  const breaks = findWordBreaks(url, plainBreakOptions());
  const cheapest = Math.min(...breaks.map((b) => b.cost));
  return breaks.filter((b) => b.cost === cheapest).map((b) => b.offset);
}

/** The offsets in the URL where the EPUB puts a `<wbr/>`, read from its span. */
function wbrOffsets(xhtml: string, url: string): number[] {
  const spans = [...xhtml.matchAll(/<span class="url">([\s\S]*?)<\/span>/g)].map((m) => m[1]!);
  const span = spans.find((s) => s.replace(/<wbr ?\/>/g, '').replace(/&#x26;|&amp;/g, '&') === url);
  expect(span, `a url span for ${url} in ${spans.join('\n')}`).toBeDefined();
  const offsets: number[] = [];
  let at = 0;
  for (const piece of span!.replace(/&#x26;|&amp;/g, '&').split(/<wbr ?\/>/).slice(0, -1)) offsets.push((at += piece.length));
  return offsets;
}

describe('URLs in the EPUB', async () => {
  const source = await makeSourceDir({ 'anthology.yaml': 'title: Links Book\nlanguage: en\neditors: [Ed Itor]\ncontents: [links.md]\n', 'links.md': piece });
  const out = freshDir('url-breaks');
  const result = runCli(['build', source, '--out', out, '--no-cache']);
  const epubPath = path.join(out, 'links-book.epub');

  it('may break bare, linked and autolinked URLs where print does, and no other text', () => {
    expect(result.status, result.stderr).toBe(0);
    const epub = openEpub(epubPath);
    const xhtml = epub.spine.map((name) => epub.text(name)).find((x) => x.includes('The minutes are kept'))!;
    for (const url of [BARE, LINKED, AUTOLINK]) {
      const offsets = wbrOffsets(xhtml, url);
      expect(offsets.length).toBeGreaterThan(5);
      expect(offsets).toEqual(printJoints(url));
    }
    // Before the dot, after the slash, never after the sentence's own full stop.
    expect(xhtml).toContain('<span class="url">https://<wbr />archives<wbr />.example<wbr />.org/<wbr />collections/');
    expect(xhtml).toContain(`<code>${CODE}</code>`);
    expect(xhtml.match(/<wbr/g)!.length).toBe([BARE, LINKED, AUTOLINK].reduce((n, url) => n + printJoints(url).length, 0));
    // The text reads (and copies) as written.
    const text = visibleText(xhtml.replace(/<wbr ?\/>/g, ''));
    for (const url of [LINKED, AUTOLINK, CODE]) expect(text).toContain(url);
    expect(epub.text('OEBPS/style.css')).toMatch(/\.url \{[^}]*hyphens: none;/);
  });

  it.skipIf(!existsSync('/usr/share/java/epubcheck.jar') || !hasCommand('java'))('passes EPUBCheck', () => {
    const output = execFileSync('java', ['-jar', '/usr/share/java/epubcheck.jar', epubPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toMatch(/0 fatals \/ 0 errors \/ 0 warnings/);
  }, 120_000);
});
