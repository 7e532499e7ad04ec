import { readSeed } from '../seeds.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCleaner, type CleanTextOptions } from '../../pipeline/clean/index.ts';
import type { CleanText } from '../../pipeline/types.ts';

/** The raw seed texts; the titles and authors are what their front matter would say. */
const SEEDS: Record<string, Partial<CleanTextOptions>> = {
  '000_9fc140d51e13a2eb.txt': {},
  '001_8febee303f6d75d1.txt': { title: "Socialism didn't fail, Stalinism did!" },
  '002_d7e3bcaffb67c633.txt': {},
  '003_45fa8428baf552bc.txt': {},
  '004_8a5c224fc5b05085.txt': { title: '50 years since the death of Stalin - an assessment', author: 'Movement for a Socialist Future' },
};
const WEB_SEEDS = ['000_9fc140d51e13a2eb.txt', '001_8febee303f6d75d1.txt', '002_d7e3bcaffb67c633.txt', '004_8a5c224fc5b05085.txt'];

const FURNITURE = [
  /Share this article/i,
  /Leave a Reply/i,
  /Avatar placeholder/i,
  /email address will not be published/i,
  /Required fields are marked/i,
  /Akismet/i,
  /pop-up/i,
  /This will close in/i,
  /This article is available in/i,
  /E-mail to hear about site changes/i,
  /^Our Say$/m,
  /^Stalin: the horror behind the image$/m,
  /^(## )?Socialism didn't fail, Stalinism did!$/m,
];

const results = new Map<string, CleanText>();

beforeAll(() => {
  const cleaner = createCleaner();
  for (const [file, options] of Object.entries(SEEDS)) {
    const raw = readSeed(file);
    results.set(file, cleaner.cleanText(raw, { file, ...options }));
  }
});

const cleaned = (file: string): string => results.get(file)!.markdown;

describe('cleaning the seed texts', () => {
  it.each(WEB_SEEDS)('%s keeps no navigation, comment form or pop-up', (file) => {
    for (const furniture of FURNITURE) expect(cleaned(file)).not.toMatch(furniture);
    expect(results.get(file)!.profile).toBe('web');
  });

  it('keeps the article of a page behind a long menu, and its sign-off', () => {
    const text = cleaned('004_8a5c224fc5b05085.txt');
    expect(text.startsWith('# 50 years since the death of Stalin - an assessment\n\nThe 50th anniversary of the death')).toBe(true);
    expect(text).toMatch(/^Movement for a Socialist Future$/m);
    expect(text.trimEnd().endsWith('7 March 2003')).toBe(true);
  });

  it('repairs the web-page damage in 001', () => {
    const text = cleaned('001_8febee303f6d75d1.txt');
    expect(text).toContain('banned in Stalin');
    expect(text).toContain('insurrection. From that point');
    expect(text).toContain('Stalinism—the political programme');
    expect(text).toMatch(/^## The Russian Revolution$/m);
    expect(text).toMatch(/^- Build an international party/m);
    expect(text).not.toMatch(/^Leon Trotsky$/m);
    expect(results.get('001_8febee303f6d75d1.txt')!.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'web/caption', line: 17 }));
    expect(cleaned('000_9fc140d51e13a2eb.txt')).toContain("Lenin's dictatorial ideas");
  });

  it("turns 003's headings into ## lines", () => {
    const text = cleaned('003_45fa8428baf552bc.txt');
    for (const heading of [
      '## Introduction',
      '## The program we advocated',
      '## 1\\. The risen people: Eastern Europe after the revolutions',
      '## 2\\. What’s in the coffin at the funeral of socialism?',
      '## 4\\. Stalin’s system collapses',
      '## 11\\. Trotsky and the collapse of Stalinism',
    ]) {
      expect(text.split('\n')).toContain(heading);
    }
    expect(text.split('\n')).toContain('*January 1990*');
    expect(text.split('\n')).toContain('*August 1991*');
  });

  it('leaves no word broken across a line end in 003', () => {
    const text = cleaned('003_45fa8428baf552bc.txt');
    expect(text).toContain('collapsed, suddenly.');
    const raw = readSeed('003_45fa8428baf552bc.txt');
    const brokenAtLineEnd = [...raw.matchAll(/(\p{L}+)-\n *(\p{Ll}+)/gu)];
    expect(brokenAtLineEnd.length).toBeGreaterThanOrEqual(3);
    for (const [, head, tail] of brokenAtLineEnd) expect(text).not.toContain(`${head}- ${tail}`);
    expect(text).not.toMatch(/Continued (on )?page/i);
  });

  it('keeps prose in 003 as prose where a name opens a line after “and” (no verse breaks in a paragraph)', () => {
    const text = cleaned('003_45fa8428baf552bc.txt');
    expect(text).toContain('when Hitler and Stalin were friends; organised bloody counterrevolution against the workers in Republican Spain in 1937; and so on.');
  });

  it('keeps a stanza of the poem in 003 whole, with a line of it ending on a colon', () => {
    const text = cleaned('003_45fa8428baf552bc.txt');
    expect(text).toContain('Sverdlov killed the bloody Tsar,\\\nHe signed the warrant for it;\\\nSo when they struck his statue down\\\nThe Tsarists cheered who saw it:\\\nThey hauled the hollow statue down,');
  });

  it('restores the lost drop caps in 003', () => {
    const text = cleaned('003_45fa8428baf552bc.txt');
    for (const opening of [
      'It is 20 years since',
      'What is the political revolution',
      'We have seen a tremendous series',
      'Stalinism is a regime of almost permanent crisis',
      'For anti-Stalinist socialists',
      'The system Stalin built',
      'The Russian Empire is in headlong retreat',
      // Set in small capitals after its drop cap; issue 10 asks for the word as written.
      'Bourgeois propagandists',
      'Immediately after the August coup',
    ]) {
      expect(text).toMatch(new RegExp(`^${opening}`, 'm'));
    }
    expect(text).not.toMatch(/^(t is 20|hat is the|e have seen|talinism is|he system Stalin)/m);
  });

  // Not a speed measurement (that is `npm run bench`, side by side with the peer): a guard against a
  // pass gone quadratic on a long text, which takes tens of seconds, with room for a loaded machine
  // (the fastest run is about 0.5 s alone and reached 1.6 s with the load average at 12).
  it('cleans the long PDF extraction without a pass gone quadratic', () => {
    const raw = readSeed('003_45fa8428baf552bc.txt');
    const cleaner = createCleaner();
    cleaner.cleanText('warm up the dictionary', { file: 'x' });
    // The seed is British: its dictionary is loaded once per process, as the American one is above.
    cleaner.cleanText('warm up the colour of the programme as organised', { file: 'x' });
    // The machine is shared: the fastest of three runs is the cleaner's own time, the others carry the neighbours' load.
    let fastest = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      cleaner.cleanText(raw, { file: '003' });
      fastest = Math.min(fastest, performance.now() - started);
    }
    expect(fastest).toBeLessThan(5000);
  });
});
