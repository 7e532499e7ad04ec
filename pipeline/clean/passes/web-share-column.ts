import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { endWithFollowingBlanks, previousContentLine, splitLines, type Line } from '../_lines.ts';
import { interfaceRuns, isChannel, isShareLabel, proseSpan } from './_web-interface.ts';

/** Blank lines a column's lines may stand apart by. */
const MAX_GAP = 1;
/** Fewest networks in a column without a label over it. */
const MIN_UNLABELLED = 3;

type Kind = 'label' | 'channel';

/** A named network (not only mail, print or a link to copy): a column of bare channels needs one. */
const NAMED_NETWORK = /^(?:facebook|x|x \(twitter\)|twitter|linkedin|reddit|whatsapp|telegram|signal|messenger|pinterest|tumblr|mastodon|bluesky|threads|flipboard|pocket|instagram)$/iu;

/**
 * A column of share buttons kept in a copy of a web page: a label that says share, in several
 * languages ("Share", "Teilen", "Partager", "Rhannu"), over networks and channels one a line
 * (Facebook, X, LinkedIn, WhatsApp, mail, a link to copy, a printer). Decided by the classes of its
 * words and its shape: under a label, one channel is enough; without one, three named at the
 * page's edge, before the piece's first paragraph or after its last, and not under a line of the
 * text that introduces a list with a colon. A list of networks among the paragraphs without a
 * label stays, and is listed.
 */
export const removeShareColumn: Pass = {
  ruleId: 'web/share-column',
  run(text, ctx) {
    const lines = splitLines(text);
    const kindOf = (line: Line): Kind | undefined => (isShareLabel(line.text) ? 'label' : isChannel(line.text) ? 'channel' : undefined);
    const span = proseSpan(lines, () => false);
    const edits: Edit[] = [];
    for (const run of interfaceRuns(lines, kindOf, MAX_GAP)) {
      const first = run.members[0]!.line;
      const last = run.members.at(-1)!.line;
      const labelled = run.members.some((m) => m.kind === 'label');
      const channels = run.members.filter((m) => m.kind === 'channel');
      const named = channels.filter((m) => NAMED_NETWORK.test(m.line.text.trim().replace(/^(?:share (?:on|via)|on|via)\s+/iu, ''))).length;
      const atEdge = span.first < 0 || last.index < span.first || first.index > span.last;
      let reason: string | undefined;
      if (labelled && channels.length >= 1) reason = 'a label that says share over networks, one a line';
      else if (channels.length >= MIN_UNLABELLED && named >= 1 && atEdge && !/:\s*$/.test(previousContentLine(lines, first.index)?.text ?? '')) reason = 'networks one a line at the page’s edge';
      if (reason === undefined) {
        if (channels.length >= MIN_UNLABELLED) ctx?.keep(first.start, first.text.trim(), 'networks one a line among the paragraphs: may be share buttons, may be a list of the piece');
        continue;
      }
      edits.push({ start: first.start, end: endWithFollowingBlanks(lines, last.index, text.length), text: '', ruleId: 'web/share-column', reason });
    }
    return edits;
  },
  describe: (edit, old) => `Removed ${edit.reason ?? 'a share column'} (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”)`,
};
