/**
 * Verse in both editions: a poem quoted in a raw web page (its lines broken by the page) and in
 * a raw PDF extraction (hard-wrapped among the prose) keeps its lines through cleaning, the
 * Markdown's hard breaks and both renderers; the prose around it is still set as paragraphs.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { freshDir, openEpub, pdfPages, runCli } from '../build/_book.ts';
import { makeSourceDir } from '../helpers.ts';

const STANZA = ['Lay him down where the slate is grey,', 'Under the hill he knew,', 'Lay him down at the close of day', 'When the working day is through.'];
const SONG = ['Weave it fine and weave it thin,', "Master's coming round the bend,", 'Mind the thread and mind the pin,', "There's a shilling at the week's end."];

const WEB = `---\ntitle: The Quarry Choir\nauthor: Gwen Roberts\nformat: web\n---\nThe choir sang at every funeral in the village, and at the end of each one the men sang a short hymn of their own:\n\n${STANZA.join('\n')}\n\nThe hymn was last sung in 1974, at the funeral of the choir's oldest member.\n`;
const PDF = `---\ntitle: The Mill Girls\nauthor: Ruth Levy\nformat: pdf-text\n---\nThe mill girls had songs of their own, which the overlookers pretended\nnot to hear. One of them, sung to the rhythm of the shuttles, was taken\ndown by a visiting teacher in the spring of 1902, and it went like this:\n\n${SONG.join('\n')}\nThe teacher thought it a poor thing, and said so in her letter home, but\nshe copied it out all the same, and it is from her copy that we have it.\n`;

describe('verse from raw web pages and PDF extractions', async () => {
  const source = await makeSourceDir({
    'anthology.yaml': 'title: Work Songs\nlanguage: en-GB\neditors: [Ed Itor]\ncontents: [choir.md, mill.md]\n',
    'choir.md': WEB,
    'mill.md': PDF,
  });
  const out = freshDir('verse');
  const result = runCli(['build', source, '--out', out, '--no-cache']);

  it('sets each line of verse on its own in the EPUB, a break between lines of one paragraph', () => {
    expect(result.status, result.stderr).toBe(0);
    const epub = openEpub(path.join(out, 'work-songs.epub'));
    const documents = epub.spine.map((name) => epub.text(name));
    for (const lines of [STANZA, SONG]) {
      const document = documents.find((x) => x.includes(lines[0]!.slice(0, 20)))!;
      expect(document).toBeDefined();
      const paragraph = [...document.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!).find((p) => p.includes(lines[0]!.slice(0, 20)))!;
      const set = paragraph.split(/<br\s*\/?>/).map((line) => line.replace(/<[^>]+>/g, '').replace(/&#x27;|&apos;|’/g, "'").trim());
      expect(set).toEqual(lines.map((line) => line.replace(/’/g, "'")));
    }
    // The prose after the song is a paragraph of its own, not a line of the stanza.
    const mill = documents.find((x) => x.includes('Weave it fine'))!;
    expect(mill).toMatch(/<p\b[^>]*>The teacher thought it a poor thing/);
  });

  it('sets each line of verse on a line of its own in the PDF', () => {
    const lines = pdfPages(path.join(out, 'work-songs.pdf'))
      .join('\n')
      .split('\n')
      .map((line) => line.replace(/[’‘]/g, "'").trim());
    for (const line of [...STANZA, ...SONG]) expect(lines).toContain(line);
  });
});
