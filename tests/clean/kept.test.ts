import { describe, expect, it } from 'vitest';
import { createCleaner, KEPT_MAY_BE_FURNITURE } from '../../pipeline/clean/index.ts';
import { renderReport } from '../../pipeline/report/index.ts';
import type { BookMeta } from '../../pipeline/types.ts';

const cleaner = createCleaner();
const menu = Array.from({ length: 8 }, (_, i) => `Another story about the harbour, part ${i + 1}`).join('\n\n');
const page = `${menu}\n\nThe Ferry\n\n14 March 2011\n\nPosted 3 May 2011 by editor\n\nFor three hundred years there was a ferry at the reach, and for most of that time it was rowed by hand.\n\nThe parish records mention the ferry first in 1654, when a ferryman was fined for carrying a cow.\n`;

describe('lines kept while unsure', () => {
  const result = cleaner.cleanText(page, { file: 'ferry.txt', format: 'web', title: 'The Ferry' });

  it('removes the list before the title and the metadata line, keeps a bare date and says where it stands', () => {
    expect(result.markdown).not.toContain('Another story');
    expect(result.markdown).not.toContain('Posted 3 May');
    expect(result.markdown).toContain('14 March 2011');
    const kept = result.diagnostics.filter((d) => d.ruleId === KEPT_MAY_BE_FURNITURE);
    expect(kept).toEqual([expect.objectContaining({ file: 'ferry.txt', line: 19, column: 1, message: expect.stringContaining('14 March 2011') })]);
  });

  it('lists them in the report under "Kept, may be furniture"', () => {
    const report = renderReport({ meta: { title: 'T', modified: '2026-01-01T00:00:00Z' } as BookMeta, cleaned: [result], diagnostics: [], outputs: [] });
    const section = report.split('### Kept, may be furniture\n\n')[1]!.split('\n\n')[0]!;
    expect(section).toContain('ferry.txt:19:1 info Kept “14 March 2011”');
  });
});

describe('a line two shapes of one pass keep', () => {
  // Set after a line without its stop that left room, over a paragraph that lost its drop cap: the caption pass
  // weighs the heading as a caption before a continuation and as a heading over a paragraph start; one note.
  const pdf = [
    'The harbour board met every month in the upper room of',
    'the customs house, and its minutes survive in eleven',
    'bound volumes. They record the price of coal, the depth',
    'of the channel and the names of the pilots who were fined',
    'for drunkenness',
    'The pilots and their trade',
    "very pilot's son learned the sandbanks as a boy,",
    'rowing his father out to the ships in all weathers, and',
    'they kept what they knew to themselves, for knowledge',
    'of the channel was their living.',
    '',
  ].join('\n');
  const result = cleaner.cleanText(pdf, { file: 'pilots.txt', format: 'pdf-text' });

  it('keeps the heading and notes it once', () => {
    expect(result.markdown).toContain('The pilots and their trade');
    const kept = result.diagnostics.filter((d) => d.ruleId === KEPT_MAY_BE_FURNITURE);
    expect(kept).toEqual([expect.objectContaining({ file: 'pilots.txt', line: 6, column: 1, message: expect.stringContaining('The pilots and their trade') })]);
  });
});

describe('where a removal is reported', () => {
  // A picture caption set apart with a blank line above, in the middle of a sentence: the removal takes the blank
  // line with it, and the report points at the caption's own line, not at the end of the line before.
  const body = [
    'The harbour board met every month in the upper room of',
    'the customs house, and its minutes survive in eleven',
    'bound volumes that record the price of coal and the',
    '',
    'Lisbon: sailors and dockers march on the ministry',
    'depth of the channel, the names of the pilots and the',
    'fines they paid for drunkenness on the river.',
    '',
  ].join('\n');
  const result = cleaner.cleanText(body, { file: 'harbour.txt', format: 'pdf-text' });

  it('names the caption line, column 1', () => {
    expect(result.markdown).not.toContain('Lisbon');
    expect(result.markdown).toContain('the price of coal and the depth of the channel');
    const removal = result.diagnostics.find((d) => d.message.includes('Lisbon: sailors'));
    expect(removal).toEqual(expect.objectContaining({ file: 'harbour.txt', line: 5, column: 1 }));
  });
});

describe('a line carrying on a list of names', () => {
  // A sentence naming peoples, wrapped inside its comma list: the line opening on the list's next names is the
  // sentence's own, however short and however like a caption it opens; it stays and is not listed as a suspect.
  const pdf = [
    'e have watched a long season of strikes along the northern coasts, the latest in',
    'the fishing ports during the autumn [1921]. At',
    'the start of the month the owners',
    'held every quay. By its end they had given way on wages',
    'and on hours, and on the price of the catch as well.',
    'Town after town has walked out against the owners of the fleets and their agents — Danes, Swedes,',
    'Norwegians, Finns, Icelanders, Estonians — and shaken',
    'off the old contracts like so much rotten netting.',
    'Thousands of people gathered on the quays and in the squares all',
    'along the coast, in the towns that had been held to the same',
    'terms for forty years.',
    '',
  ].join('\n');
  const result = cleaner.cleanText(pdf, { file: 'strikes.txt', format: 'pdf-text' });

  it('keeps the line and does not note it', () => {
    expect(result.markdown).toContain('Danes, Swedes, Norwegians, Finns, Icelanders, Estonians — and shaken off');
    expect(result.diagnostics.filter((d) => d.ruleId === KEPT_MAY_BE_FURNITURE)).toEqual([]);
  });
});
