import { describe, expect, it } from 'vitest';
import { readTruths } from '../../eval/cases.ts';
import { degradePdf } from '../../eval/degrade.ts';
import { degradeAll } from './_degrade-all.ts';

// Its freshness (lines, seeds, load) is checked in blind-splits.test.ts. Validation 6 is a debug
// set, but like degrade.test.ts these tests show counts only on failure.

const truths = readTruths();
const devTruths = truths.filter((t) => t.split === 'dev');

const seeds = Array.from({ length: 12 }, (_, k) => k + 1);

/** Interface furniture a page sets in the reader's language, whatever the article's. */
const INTERFACE = new Set(['menu', 'share', 'popup', 'comment form', 'promo', 'related links', 'link list', 'footer', 'appeal']);
/** Letters English words do not carry, or short function words of French, German, Spanish, Italian and Dutch. */
const FOREIGN = /[àâçéèêëîïôûüäößñóáíúł]|\b(?:les|der|die|und|las|los|del|della|anche|ook|sur|auf|mit|une|nous|sie)\b/i;

describe('the sixth validation split (--validation 6)', () => {
  it('draws interface furniture in other languages on English articles, and credits under or glued to captions', () => {
    let foreignPages = 0;
    let foreignLines = 0;
    let glued = 0;
    const kinds = new Map<string, number>();
    for (const truth of devTruths) {
      for (const seed of seeds) {
        const web = degradeAll(truth, 'web', seed, 'validation-6');
        const foreign = web.junk.filter((j) => INTERFACE.has(j.kind) && FOREIGN.test(j.text)).length;
        foreignLines += foreign;
        if (foreign > 0) foreignPages++;
        const pdf = degradePdf(truth.body, truth, seed, { split: 'validation-6' });
        for (const j of [...web.junk, ...pdf.junk]) kinds.set(j.kind, (kinds.get(j.kind) ?? 0) + 1);
        const lines = new Set([...web.raw.split('\n'), ...pdf.raw.split('\n')].map((l) => l.trim()));
        for (const j of [...web.junk, ...pdf.junk]) if (j.kind === 'credit' && !lines.has(j.text)) glued++;
      }
    }
    expect({ foreignPages: foreignPages > devTruths.length * 4, foreignLines: foreignLines > 100, glued: glued > 10, credits: (kinds.get('credit') ?? 0) > 20 }).toEqual({
      foreignPages: true,
      foreignLines: true,
      glued: true,
      credits: true,
    });
  });
});
