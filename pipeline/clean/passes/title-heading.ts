import type { Pass } from '../_runner.ts';
import { PLACE_AND_DATE_LINE, isBlank, splitLines, } from '../_lines.ts';
import { endsInHardBreak } from './_pdf-lines.ts';
import { isTitleLike } from './_web-lines.ts';

const INLINE_SYNTAX = /[\\*_`[\]<]/g;
const ATX = /^ {0,3}(#{1,6})[ \t]+/;
/** "Q: How did you start?": an interview's first turn, not its title. */
const SPEAKER_LABEL = /^\s*\p{Lu}{1,3}:\s/u;

/**
 * The cleaned Markdown opens with the piece's title as its one `#` heading. The title comes from
 * the front matter; a text that has none (a bare file given to `anthology clean`) keeps a title
 * it states itself: a web page's first heading, set before everything else.
 * Body headings stay at `##` and below.
 */
export const titleHeading: Pass = {
  ruleId: 'markdown/title',
  run(text, ctx) {
    const lines = splitLines(text);
    const first = lines.find((line) => !isBlank(line));
    const heading = first && ATX.exec(first.text);
    if (ctx.title !== undefined) {
      if (heading?.[1] === '#') return [];
      return [{ start: 0, end: 0, text: `# ${ctx.title.replace(INLINE_SYNTAX, (c) => `\\${c}`)}\n\n`, ruleId: 'markdown/title' }];
    }
    // Only on a web page does a first heading reliably name the piece: a PDF extraction often opens
    // on a section, and Markdown that starts at `##` has said what its levels mean.
    if (!first || (ctx.profile !== 'web' && ctx.profile !== 'pdf-text') || heading?.[1] === '#') return [];
    // A bare web page whose menus are gone opens on its title: a short title-like line above the text;
    // so does a PDF extraction whose first line, set apart, no pass took for a section heading.
    const below = lines[first.index + 1];
    const standsAlone = below === undefined || isBlank(below) || /^\s*[\p{Lu}\p{N}"“‘'(]/u.test(below.text);
    if (ctx.profile === 'pdf-text' && (heading || first.index !== 0)) return [];
    // A line ending in a hard break is a stanza's (or an address's) first line.
    if (!heading) return isTitleLike(first.text) && !endsInHardBreak(first.text) && /\p{L}/u.test(first.text) && !PLACE_AND_DATE_LINE.test(first.text) && !SPEAKER_LABEL.test(first.text) && standsAlone && !/:\s*$/.test(first.text) ? [{ start: first.start, end: first.start, text: '# ', ruleId: 'markdown/title' }] : [];
    const hashes = first.start + first.text.indexOf('#');
    return [{ start: hashes, end: hashes + heading[1]!.length, text: '#', ruleId: 'markdown/title' }];
  },
};
