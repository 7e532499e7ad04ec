import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, splitLines, wordCount, type Line } from '../_lines.ts';
import { consentSenses, interfaceRuns, isConsentControl, isPolicyLink, isShortUnstopped, proseSpan, siteSpeaks, usesCookies } from './_web-interface.ts';

/** Most words of a consent dialog's statement: longer, a paragraph is the piece's. */
const MAX_STATEMENT_WORDS = 80;
/** Most words of a dialog's further line (what the reader may change, and where). */
const MAX_FURTHER_WORDS = 50;
/** Most words of a dialog's heading. */
const MAX_HEADING_WORDS = 8;
/** Blank lines a dialog's lines may stand apart by. */
const MAX_GAP = 2;

/** Most words of a line in the site's voice naming no sense of consent, inside a dialog ("We use them to give you the best experience."). */
const MAX_VOICE_WORDS = 30;

type Kind = 'statement' | 'further' | 'voice' | 'heading' | 'control' | 'policy' | 'close';

/**
 * What a line can be in a consent dialog: its statement (two senses of consent or more — cookies,
 * partners, choices, adverts, the reader's device, privacy — in the site's own voice, or a
 * statement that the site uses cookies), a further line (one sense, in the site's voice), its
 * heading (a short line without a stop naming one sense), a button, a link to a policy, a close mark,
 * or a short line in the site's voice naming none (a dialog's only between its other lines).
 */
function kindOf(line: Line): Kind | undefined {
  const t = line.text.trim();
  const words = wordCount(t);
  if (/^[×✕✖✗❌]$/u.test(t)) return 'close';
  if (isConsentControl(t)) return 'control';
  if (isPolicyLink(t)) return 'policy';
  if (words > MAX_STATEMENT_WORDS) return undefined;
  const senses = consentSenses(t);
  const speaks = siteSpeaks(t);
  if (senses.length === 0) return speaks && words <= MAX_VOICE_WORDS ? 'voice' : undefined;
  if (usesCookies(t)) return 'statement';
  if (isShortUnstopped(t, MAX_HEADING_WORDS)) return 'heading';
  if (senses.length >= 2 && speaks) return 'statement';
  if (speaks && words <= MAX_FURTHER_WORDS) return 'further';
  return undefined;
}

/**
 * A consent dialog kept in a copy of a web page: a statement that the site and its partners use
 * cookies to personalise adverts and measure their audience, in the site's own voice, with its
 * buttons ("Accept all", "Manage preferences", "Alle akzeptieren", "Tout refuser", "Derbyn pob
 * cwci"), a heading over it and a link to its policy, wherever it stands. Decided by the classes
 * of its words in several languages and by its shape: a statement beside a button goes; a
 * statement that the site uses cookies goes at the page's edge (before the piece's first paragraph
 * or after its last); two buttons or more go at the edge. A paragraph of the piece about cookie
 * law or privacy has no buttons, and stays; one in the site's voice without buttons among the
 * paragraphs is kept and listed.
 */
export const removeConsentBanner: Pass = {
  ruleId: 'web/consent-banner',
  run(text, ctx) {
    const lines = splitLines(text);
    const kinds = new Map<number, Kind | undefined>();
    const classify = (line: Line): Kind | undefined => {
      if (!kinds.has(line.index)) kinds.set(line.index, kindOf(line));
      return kinds.get(line.index);
    };
    const span = proseSpan(lines, (line) => classify(line) === 'statement');
    const edits: Edit[] = [];
    for (const whole of interfaceRuns(lines, classify, MAX_GAP)) {
      // A line in the site's voice naming no sense belongs to a dialog only between its other lines.
      const members = [...whole.members];
      while (members.length && members[0]!.kind === 'voice') members.shift();
      while (members.length && members.at(-1)!.kind === 'voice') members.pop();
      if (!members.length) continue;
      const run = { members };
      const count = (...which: Kind[]): number => run.members.filter((m) => which.includes(m.kind)).length;
      const first = run.members[0]!.line;
      const last = run.members.at(-1)!.line;
      const atEdge = span.first < 0 || last.index < span.first || first.index > span.last;
      const statements = count('statement');
      const buttons = count('control', 'policy', 'close');
      const cookieUse = run.members.some((m) => m.kind === 'statement' && usesCookies(m.line.text));
      // The dialog's words taken together: a heading naming cookies over a line in the site's voice naming choices is a statement split in two.
      const wording = run.members.filter((m) => m.kind === 'statement' || m.kind === 'further' || m.kind === 'heading').map((m) => m.line.text);
      const senses = new Set(wording.flatMap((w) => consentSenses(w))).size;
      const voiced = wording.some((w) => siteSpeaks(w) || usesCookies(w));
      let reason: string | undefined;
      if (statements > 0 && count('control') > 0) reason = 'a consent dialog: its statement and its buttons';
      else if (count('control') > 0 && senses >= 2 && voiced) reason = 'a consent dialog: its heading and lines in the site’s voice, and its buttons';
      else if (statements > 0 && buttons > 0 && atEdge) reason = 'a consent dialog at the page’s edge: its statement and a link or a close mark';
      else if (cookieUse && atEdge) reason = 'a statement that the site uses cookies, at the page’s edge';
      else if (count('control') >= 2 && statements + count('further') === 0 && atEdge) reason = 'a consent dialog’s buttons at the page’s edge';
      if (reason === undefined) {
        if (statements > 0) ctx?.keep(first.start, first.text.trim(), 'reads as a consent dialog’s statement, but no button stands with it');
        continue;
      }
      edits.push({ start: first.start, end: endWithFollowingBlanks(lines, last.index, text.length), text: '', ruleId: 'web/consent-banner', reason });
    }
    return edits;
  },
  describe: (edit, old) => `Removed ${edit.reason ?? 'a consent dialog'} (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”)`,
};
