/**
 * Accents TeX builds from two glyphs: with the old OT1 encoding (LaTeX's default without
 * `fontenc`), `\v{c}` or `\'{\i}` draws the spacing accent, kerns back and draws the letter, so
 * pdf.js gives the accent at the end of one run (or as a run of its own, raised over a capital)
 * and the letter at the start of the next, which begins inside the accent's box. Read as they
 * come, “Příliš” is “Pˇr´ıliˇs”. What decides: a spacing accent that ends a run, and a next run
 * on the same line that opens with a letter and starts before the accent's run ends (the kern
 * back, which side-by-side text never has). The pair becomes the letter with the combining
 * accent, composed (a dotless ı or ȷ under an accent is TeX's way to write í, ĵ). Under a
 * capital, a cedilla or an ogonek is drawn after its letter: it opens the next run, kerned back.
 */
import type { Run } from './_extract.ts';

const COMBINING: Record<string, string> = {
  'ˇ': '\u030C',
  '´': '\u0301',
  '`': '\u0300',
  'ˋ': '\u0300',
  '¨': '\u0308',
  'ˆ': '\u0302',
  '˜': '\u0303',
  '¯': '\u0304',
  'ˉ': '\u0304',
  '˘': '\u0306',
  '˚': '\u030A',
  '˙': '\u0307',
  '˝': '\u030B',
  // LaTeX's \c and \k on a letter of x-height: drawn as an accent before it, set below.
  '¸': '\u0327',
  '˛': '\u0328',
};
const TRAILING_ACCENT = /[ˇ´`ˋ¨ˆ˜¯ˉ˘˚˙˝¸˛]$/u;
/** Drawn under the letter after it, kerned back: a cedilla or an ogonek opens the next run. */
const BELOW: Record<string, string> = { '¸': '\u0327', '˛': '\u0328' };

export function composeAccents(runs: readonly Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  for (let i = 0; i < out.length - 1; i++) {
    const run = out[i]!;
    const next = out[i + 1]!;
    const below = BELOW[next.str[0] ?? ''];
    const last = /\p{L}$/u.exec(run.str)?.[0];
    if (below && last && Math.abs(next.y - run.y) <= 0.5 * Math.max(run.size, next.size) && next.x < run.x + run.width) {
      run.str = run.str.slice(0, -last.length) + (last + below).normalize('NFC');
      next.str = next.str.slice(1);
      // The letter's run reaches over what the mark covered: no space opens where it stood.
      if (next.str.trim() === '') run.width = Math.max(run.x + run.width, next.x + next.width) - run.x;
      continue;
    }
    const accent = TRAILING_ACCENT.exec(run.str)?.[0];
    if (!accent) continue;
    const first = /^\p{L}/u.exec(next.str)?.[0];
    if (!first || Math.abs(next.y - run.y) > 0.5 * Math.max(run.size, next.size) || next.x >= run.x + run.width - 0.05 * run.size) continue;
    const base = first === 'ı' ? 'i' : first === 'ȷ' ? 'j' : first;
    next.str = (base + COMBINING[accent]!).normalize('NFC') + next.str.slice(first.length);
    run.str = run.str.slice(0, -accent.length);
  }
  return out.filter((r) => r.str.trim() !== '');
}
