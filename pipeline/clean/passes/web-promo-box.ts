import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, isBlank, splitLines, wordCount, type Line } from '../_lines.ts';
import { offerEvidence } from './_web-offer.ts';
import { topicWords } from './_web-vocabulary.ts';

/** Characters a page draws a box or a rule with: rules, box-drawing corners and sides, stars, tildes, bullets. */
const RULE_CHARACTER = /[\u2500-\u257F\u2580-\u259F\-_=~*#+·•.◆◇■□▪▫●○✦✧★☆|/\\<>^]/u;
/** A rule line: nothing but rule characters (spaces between allowed), three at least. */
function isRule(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return t.length >= 3 && [...t].every((c) => RULE_CHARACTER.test(c));
}
/** A rule with a short label set into it: "──── Advertisement ────", "=== MEMBERS ===". */
const LABELLED_RULE = /^\s*([^\p{L}\p{N}\s])\1{1,}[^\p{L}\p{N}]*?\s*([\p{L}][\p{L}\p{N}'’ &]{0,30}[\p{L}\p{N}])\s*[^\p{L}\p{N}]*?([^\p{L}\p{N}\s])\3{1,}\s*$/u;
/** A box's side drawn at either end of a content line. */
const SIDE = /^\s*[│┃║|▌▐]\s?|\s?[│┃║|▌▐]\s*$/gu;

/** Most content lines between two rules, and most words of one of them: a box, not a passage of the piece. */
const MAX_BOX_LINES = 10;
const MAX_LINE_WORDS = 30;
const MAX_BOX_WORDS = 70;
/** A paragraph of the piece: a line of this many words or more. */
const PARAGRAPH_WORDS = 20;
/** Weight of offer evidence that makes a ruled-off block a site's box. */
const THRESHOLD = 3;
/** At most this share of its topic words in the paragraphs around it: the block does not go on with the piece. */
const OFF_TOPIC = 0.15;

/** Longest line that can be a box's rule: a page's measure. Longer runs of marks are no rule (and the labelled-rule pattern backtracks on them). */
const MAX_FENCE_LENGTH = 160;

function isFence(text: string): { labelled: boolean } | undefined {
  if (text.length > MAX_FENCE_LENGTH) return undefined;
  if (isRule(text)) return { labelled: false };
  if (LABELLED_RULE.test(text) && wordCount(text) <= 4) return { labelled: true };
  return undefined;
}

/** The paragraphs of the piece nearest above `from` and below `to` (lines of PARAGRAPH_WORDS or more). */
function around(lines: readonly Line[], from: number, to: number): string {
  let above = '';
  for (let i = from - 1; i >= 0 && !above; i--) if (wordCount(lines[i]!.text) >= PARAGRAPH_WORDS) above = lines[i]!.text;
  let below = '';
  for (let i = to + 1; i < lines.length && !below; i++) if (wordCount(lines[i]!.text) >= PARAGRAPH_WORDS) below = lines[i]!.text;
  return `${above} ${below}`;
}

/**
 * A block the page sets apart as a box: content lines between two rule lines (─, ═, *, -, _, ~
 * repeated; box-drawing corners and sides), or under a rule with a label set into it ("──
 * Advertisement ──"). A real passage may be ruled off too (a scene break, a table, a sidebar on
 * the piece's subject), so the box goes only when its content is short and carries a site's
 * offer — site and offer words, the reader addressed, an imperative, a link's arrow — or, with
 * a little such evidence, shares almost none of its topic words with the paragraphs around it.
 */
export const removePromotionBox: Pass = {
  ruleId: 'web/promotion-box',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    let i = 0;
    while (i < lines.length) {
      const open = isBlank(lines[i]) ? undefined : isFence(lines[i]!.text);
      if (!open) {
        i++;
        continue;
      }
      // The closing rule: the next rule line within a box's reach, only short lines between.
      let close = -1;
      let content: Line[] = [];
      for (let j = i + 1; j < lines.length; j++) {
        const line = lines[j]!;
        if (isBlank(line)) continue;
        const fence = isFence(line.text);
        if (fence && !fence.labelled) {
          close = j;
          break;
        }
        if (fence || content.length >= MAX_BOX_LINES || wordCount(line.text) > MAX_LINE_WORDS) break;
        content.push(line);
      }
      // A labelled rule may head a box that ends at the next blank line instead.
      if (close < 0 && open.labelled) {
        content = [];
        for (let j = i + 1; j < lines.length && !isBlank(lines[j]) && content.length < MAX_BOX_LINES; j++) content.push(lines[j]!);
        close = content.length ? content.at(-1)!.index : -1;
        if (close >= 0 && content.some((l) => wordCount(l.text) > MAX_LINE_WORDS)) close = -1;
      }
      const stripped = content.map((l) => ({ ...l, text: l.text.replace(SIDE, '') }));
      const words = stripped.reduce((n, l) => n + wordCount(l.text), 0);
      if (close < 0 || content.length === 0 || words > MAX_BOX_WORDS) {
        i++;
        continue;
      }
      const evidence = offerEvidence(stripped);
      let score = evidence.score;
      const reasons = [...evidence.reasons];
      if (open.labelled) {
        score += 1;
        reasons.push('a label set into the rule');
      }
      const own = new Set(topicWords(stripped.map((l) => l.text).join(' ')));
      const neighbours = new Set(topicWords(around(lines, i, close)));
      const shared = [...own].filter((w) => neighbours.has(w)).length;
      const offTopic = own.size > 0 && shared / own.size <= OFF_TOPIC;
      if ((score >= THRESHOLD && (evidence.strong || open.labelled)) || (score >= 1 && offTopic)) {
        edits.push({
          start: lines[i]!.start,
          end: endWithFollowingBlanks(lines, close, text.length),
          text: '',
          ruleId: 'web/promotion-box',
          reason: `a box ruled off from the text (weight ${score}: ${reasons.join(', ') || 'none'}; ${shared} of ${own.size} topic words shared with the paragraphs around it)`,
        });
        i = close + 1;
      } else i++;
    }
    return edits;
  },
  describe: (_edit, old) => `Removed promotion box “${old.trim().replace(/\s+/g, ' ')}”`,
};
