import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, endWithFollowingBlanks, splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';

/**
 * A file a page offers for download, named as the server names it and sized as the machine counts it:
 * an icon perhaps, a file name with its extension, then its size in bytes, with its type or a dot or
 * a bracket between ("⤓ map-3.pdf · 5.9 MB", "photos.pdf — PDF, 7.2 MB", "response.zip (4.0 MB)").
 * No word of any tongue: the name's dot and extension, and the size's unit.
 */
const FILE_ENTRY =
  /^(?:[^\p{L}\p{N}\s]{1,2}\s*)?[\p{L}\p{N}][\p{L}\p{N}_.-]*\.[A-Za-z][A-Za-z0-9]{1,4}\s*(?:[—–·(|,-]\s*)*(?:[A-Z]{2,5},?\s*)?\d+(?:[.,]\d+)?\s?(?:[KMGT]i?B|kB|[KMG]o|bytes)\)?$/u;

/** Most words of a line set in the list beside its files: its label ("Documents for this story"), a link to take them all ("Download all (ZIP)"). */
const MAX_LABEL_WORDS = 6;

/** A short line in the list with no sentence in it: the list's label or one of its controls. */
function isLabel(line: Line): boolean {
  const t = line.text.trim();
  return wordCount(t) <= MAX_LABEL_WORDS && !SENTENCE_END.test(t) && !/[,;:]$/.test(t);
}

/**
 * A page's list of attachments: a block holding a file offered for download, its name with
 * its extension and its size in bytes on one line, and nothing else but more such files and
 * short lines with no sentence (the list's label, a link to take them all). The whole block
 * goes: a book holds the text, not the files a page served beside it. A block with a sentence
 * in it stays, whatever files it names.
 */
export const removeAttachments: Pass = {
  ruleId: 'web/attachments',
  run(text) {
    const lines = splitLines(text);
    const edits: Edit[] = [];
    for (const block of splitBlocks(lines)) {
      const files = block.filter((line) => FILE_ENTRY.test(line.text.trim()));
      if (files.length === 0 || !block.every((line) => files.includes(line) || isLabel(line))) continue;
      // A label alone, or labels outnumbering the files, is no list of files: one file named beside a short heading may be the text's.
      if (block.length - files.length > files.length + 1) continue;
      edits.push({
        start: block[0]!.start,
        end: endWithFollowingBlanks(lines, block.at(-1)!.index, text.length),
        text: '',
        ruleId: 'web/attachments',
        reason: `a list of ${files.length} file${files.length === 1 ? '' : 's'} offered for download, with their sizes`,
      });
    }
    return edits;
  },
  describe: (edit, old) => `Removed ${edit.reason ?? 'a list of attachments'} (“${old.trim().replace(/\s+/g, ' ').slice(0, 60)}”)`,
};
