import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';

/** Characters that are Markdown syntax wherever they stand. `&` only where it starts an entity. */
const INLINE_SYNTAX = /[\\*_`[\]<]|&(?=#?[a-zA-Z0-9]+;)/g;

/** Syntax that only counts at the start of a line; any indent counts, since later passes strip it. */
const LINE_START_SYNTAX = /^([ \t\u00a0]*)(?:(#|>)|([-+])(?=[ \t]|$|-)|\d{1,9}([.)])(?=[ \t]|$)|(=)(?==*$))/gm;

/**
 * Plain text must read as plain text once parsed as Markdown: escape what would become
 * emphasis, links, HTML, headings, quotes or list items.
 */
export const escapeMarkdown: Pass = {
  ruleId: 'markdown/escape',
  run(text) {
    const edits: Edit[] = [];
    const escapeAt = (at: number): void => {
      edits.push({ start: at, end: at + 1, text: `\\${text[at]}`, ruleId: 'markdown/escape' });
    };
    for (const m of text.matchAll(INLINE_SYNTAX)) escapeAt(m.index);
    for (const m of text.matchAll(LINE_START_SYNTAX)) {
      const indent = m[1]!.length;
      if (m[2] || m[3] || m[5]) escapeAt(m.index + indent);
      else if (m[4]) escapeAt(m.index + m[0].length - 1);
    }
    return edits;
  },
};
