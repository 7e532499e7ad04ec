import type { Book, SourceEntry } from '../../../../types.ts';
import type { InlineRun } from '../../layout/types.ts';
import { textStyle } from '../composer.ts';
import { addBookmark, addCentred, bodyDecor, NO_DECOR, openBackMatter, sentence, tagBookLines, type BookContext } from './common.ts';
import { matterGroups } from './matter.ts';

/** Where each text first appeared: one entry per text, with a hanging indent. */
export function composeSources(book: Book, context: BookContext): void {
  if (book.back.sources.length === 0) return;
  const { composer, flow } = context;
  const theme = composer.theme.sources;
  const line = composer.line;
  const title = book.back.sourcesTitle;
  flow.pageBreak('recto', NO_DECOR, bodyDecor(title, title, composer));
  flow.addSpace(theme.sinkLines * line, { discardable: false });
  if (!matterGroups(book.sections).includes('back')) openBackMatter(context);
  addBookmark(context, { id: 'sources', title, depth: 2 });
  addCentred(title, textStyle('regular', theme.titleSize), Math.max(line, theme.titleSize * 1.25), context, { document: 'sources', role: 'H1', key: 'title' });
  flow.addSpace(theme.spaceAfterTitle * line);
  flow.addSnap();
  flow.keepWithNext(1);
  const hang = theme.hangingIndentEm * composer.print.fontSize;
  const width = composer.textWidth;
  book.back.sources.forEach((entry, index) => {
    if (index > 0) flow.addSpace(theme.spaceBetween * theme.leading);
    const lines = composer.setText(entryRuns(entry, theme.size), {
      align: 'left',
      indent: 0,
      measure: { first: width, rest: width - hang, firstLeft: 0, restLeft: hang },
    });
    const tagged = tagBookLines(lines, { document: 'sources', role: 'P', key: String(index), path: [index] });
    flow.addLines(tagged, { height: theme.leading, size: theme.size }, 'paragraph');
  });
}

/** "*Title*. Author. Translated by …. Edited by …. Publication, date. URL" */
function entryRuns(entry: SourceEntry, size: number): InlineRun[] {
  const roman = textStyle('regular', size);
  const runs: InlineRun[] = [{ text: sentence(entry.title), style: textStyle('italic', size) }];
  const rest = [entry.author, ...(entry.credits ?? []).map((credit) => credit.line), entry.line].filter((part) => part.trim()).map(sentence);
  if (rest.length > 0) runs.push({ text: ` ${rest.join(' ')}`, style: roman });
  if (entry.url) runs.push({ text: ` ${entry.url}`, style: textStyle('regular', size, { link: entry.url }) });
  return runs;
}
