/**
 * Addresses a reader copies (URLs, e-mail addresses, paths, file names, versions, ISO dates)
 * print as typed in both editions, in prose, in a link and in a footnote, while the prose
 * around them still gets its en dashes, em dashes and curly quotes.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { freshDir, openEpub, pdfPages, runCli, visibleText } from './_book.ts';
import { makeSourceDir } from '../helpers.ts';
import { findWordBreaks } from '../../pipeline/render/pdf/layout/word-breaks.ts';
import { plainBreakOptions } from '../render/_break-options.ts';

const BARE = 'https://example.org/archive/minutes-1911-1912.pdf';
const AUTOLINK = "https://example.org/find?q='1911-1912'&page=2";
const EMAIL = "o'brien-1911@example.org";
const FILE = 'minutes-1911-1912.pdf';
const HOME = '~/archive/1911-1912/';
const LINK_TEXT = 'www.example.org/a--b...';
const NOTE_URL = 'http://mirror.example.net/1911-1912/minutes--final.pdf';

const PIECE = [
  '---',
  'title: The Minutes',
  'author: Ruth Levy',
  'format: markdown',
  '---',
  // Plain prose first: the piece's drop cap goes to a paragraph of some length, and poppler reads it out of line.
  'The papers came to the archive in a tin box, with a note from the branch in a careful hand, and were sorted over a winter by two volunteers who wrote down where each of them went. Some were water-stained, some torn along the folds, and a few had been used as scrap paper for sums; the volunteers kept them all, flattened them under boards and numbered them in pencil on the back, in the order in which they had lain in the box.',
  '',
  `The minutes of 1911-1912 are kept at ${BARE}, and the index at <${AUTOLINK}>. The branch's secretary -- the ledger says -- answered at ${EMAIL} and filed them as ${FILE} under ${HOME} (see [${LINK_TEXT}](https://${LINK_TEXT})). The scanner ran v2.0.1-1911 on 2024-01-05, for the 2024-01 issue.[^1]`,
  '',
  '"It is all there," she said. Run `git log --oneline -- minutes...` to see.',
  '',
  `[^1]: Also at ${NOTE_URL} -- "the copy".`,
  '',
].join('\n');

/** Every address in the piece, as typed. */
const ADDRESSES = [BARE, AUTOLINK, EMAIL, FILE, HOME, LINK_TEXT, NOTE_URL, 'v2.0.1-1911', '2024-01-05', '2024-01 issue', 'git log --oneline -- minutes...'];
/** The prose around them, set. */
const PROSE = ['minutes of 1911–1912 are kept', 'The branch’s secretary—the ledger says—answered', '“It is all there,” she said.', '.pdf—“the copy”.'];

describe('addresses in both editions', async () => {
  const source = await makeSourceDir({ 'anthology.yaml': 'title: Addresses\nlanguage: en\neditors: [Ed Itor]\ncontents: [minutes.md]\n', 'minutes.md': PIECE });
  const out = freshDir('addresses');
  const result = runCli(['build', source, '--out', out, '--no-cache']);

  it('read as typed in the EPUB, the e-mail address breakable at its joints, the prose set', () => {
    expect(result.status, result.stderr).toBe(0);
    const epub = openEpub(path.join(out, 'addresses.epub'));
    const xhtml = epub.spine.map((name) => epub.text(name)).find((x) => x.includes('The minutes of'))!;
    // Inline tags (the URL's span and breaks, a link) are no space in the text.
    const text = visibleText(xhtml.replace(/<\/?(?:span|a|wbr)\b[^>]*>/g, '').replace(/&#x26;/g, '&'));
    for (const typed of [...ADDRESSES, ...PROSE]) expect(text).toContain(typed);
    expect(text).not.toMatch(/1911–1912[/.'@]/);
    // The footnote's URL ends where the prose set close after it begins.
    expect(xhtml).toMatch(/minutes<wbr \/>--final<wbr \/>\.pdf<\/span>—“the copy”/);
    expect(xhtml).toContain('<span class="url">o\'brien<wbr />-1911@example<wbr />.org</span>');
    expect(xhtml).toContain(`href="https://${LINK_TEXT}"`);
  });

  it('read as typed in the PDF (poppler’s text, as a reader copies it)', () => {
    const text = pdfPages(path.join(out, 'addresses.pdf')).join('\n');
    // Addresses hold no spaces, and a URL's line breaks add no hyphen: joined up, the text holds each one whole.
    const joined = text.replace(/\s+/g, '');
    for (const typed of [...ADDRESSES, ...PROSE]) expect(joined).toContain(typed.replace(/\s+/g, ''));
    expect(joined).not.toMatch(/1911–1912[/.'@]/);
  });

  it('are never hyphenated in print: an e-mail address breaks only at its joints', () => {
    const breaks = findWordBreaks(EMAIL, plainBreakOptions(() => [2, 4]));
    expect(breaks.filter((b) => b.addsHyphen)).toEqual([]);
    expect(breaks.filter((b) => b.cost === Math.min(...breaks.map((x) => x.cost))).map((b) => EMAIL.slice(b.offset))).toEqual(['-1911@example.org', '.org']);
  });
});
