import type { Book, Section } from '../../../../types.ts';
import { withLeaders } from '../../layout/single-line.ts';
import { textStyle } from '../composer.ts';
import { addBookmark, addCentred, bodyDecor, NO_DECOR, tagBookLines, type BookContext, type LineTag } from './common.ts';
import { matterGroups } from './matter.ts';

/**
 * The contents: each section's title, dot leaders and the page it opens on, its author below;
 * title and number link to the opening (a named destination, the section's id). Titles are
 * broken short of a fixed column for the numbers, so the contents take the same room
 * whatever the numbers turn out to be: the first pass fixes the pages, the second fills in
 * the numbers. Front matter, body and back matter (`matterGroups`) stand apart by a blank line,
 * as parts do, each part's pieces under its title; the sources end the list.
 */
export function composeContents(book: Book, pageLabels: Readonly<Record<string, string>>, context: BookContext): void {
  const { composer, flow } = context;
  const theme = composer.theme.contents;
  const line = composer.line;
  flow.pageBreak('recto', NO_DECOR, bodyDecor(theme.title, theme.title, composer));
  flow.addSpace(theme.sinkLines * line, { discardable: false });
  addBookmark(context, { id: 'contents', title: theme.title, depth: 2 });
  addCentred(theme.title, textStyle('regular', theme.titleSize), Math.max(line, theme.titleSize * 1.25), context, {
    document: 'contents',
    role: 'H1',
    key: 'title',
  });
  flow.addSpace(theme.spaceAfterTitle * line);
  flow.addSnap();
  flow.keepWithNext(1);
  let part: string | undefined;
  const groups = matterGroups(book.sections);
  book.sections.forEach((section, index) => {
    if (index > 0 && groups[index] !== groups[index - 1] && !(section.part && section.part !== part)) {
      // Front matter, the pieces and back matter are set apart by a blank line, as a part is.
      flow.addSpace(line);
    } else if (section.part && section.part !== part) {
      flow.addSpace(line);
      const style = textStyle('regular', composer.print.fontSize, { caps: 'allSmall', tracking: 0.5 });
      addCentred(section.part, style, line, context, { ...entryTag(index), key: `part-${index}`, role: 'P' });
      flow.keepWithNext(1);
      flow.addSpace(0.5 * line);
    } else if (index > 0) {
      flow.addSpace(theme.spaceBetween * line);
    }
    part = section.part;
    addEntry(section, index, pageLabels[section.id], context);
  });
  // The sources close the back matter, a group of their own when the book has no other.
  if (book.back.sources.length > 0) {
    const index = book.sections.length;
    flow.addSpace(groups.at(-1) === 'back' ? theme.spaceBetween * line : line);
    addEntry({ id: 'sources', title: book.back.sourcesTitle, author: '' }, index, pageLabels.sources, context);
  }
}

/** Entries are `TOCI` elements of one `TOC`; in the EPUB's terms, the i-th entry of the contents. */
function entryTag(index: number): LineTag {
  return { document: 'contents', role: 'TOCI', key: `entry-${index}`, path: [index], within: [{ key: 'toc', role: 'TOC' }] };
}

function addEntry(section: Pick<Section, 'id' | 'title' | 'author'>, index: number, page: string | undefined, context: BookContext): void {
  const { composer, flow } = context;
  const theme = composer.theme.contents;
  const width = composer.textWidth;
  const size = composer.print.fontSize;
  const hang = size;
  const titleWidth = width - theme.numberWidth;
  const titleStyle = textStyle('regular', size);
  const linked = { ...titleStyle, destination: section.id };
  const lines = composer.setText([{ text: section.title, style: linked }], {
    align: 'left',
    indent: 0,
    measure: { first: titleWidth, rest: titleWidth - hang, firstLeft: 0, restLeft: hang },
    hyphenate: false,
  });
  const last = lines.length - 1;
  lines[last] = withLeaders(
    lines[last]!,
    {
      right: width,
      number: page ?? '',
      numberStyle: linked,
      dotStyle: titleStyle,
      spacing: theme.leaderSpacing,
      gap: size * 0.5,
    },
    composer.env.measurer,
  );
  flow.addLines(tagBookLines(lines, entryTag(index)), { height: composer.line, size }, 'together');
  if (section.author) {
    const authorLines = composer.setText([{ text: section.author, style: textStyle('italic', theme.authorSize) }], {
      align: 'left',
      indent: 0,
      measure: { first: titleWidth - hang, rest: titleWidth - hang, firstLeft: hang, restLeft: hang },
    });
    flow.keepWithNext(1);
    flow.addLines(tagBookLines(authorLines, entryTag(index)), { height: composer.line, size: theme.authorSize }, 'together');
  }
}
