import type { Book, Section } from '../../../../types.ts';
import { withLeaders } from '../../layout/single-line.ts';
import { textStyle } from '../composer.ts';
import { addCentred, bodyDecor, NO_DECOR, type BookContext } from './common.ts';

/**
 * The contents: each section's title, dot leaders and the page it opens on, its author below.
 * Titles are broken short of a fixed column for the numbers, so the contents take the same
 * room whatever the numbers turn out to be: the first pass fixes the pages, the second fills
 * in the numbers.
 */
export function composeContents(book: Book, pageNumbers: Readonly<Record<string, number>>, context: BookContext): void {
  const { composer, flow } = context;
  const theme = composer.theme.contents;
  const line = composer.line;
  flow.pageBreak('recto', NO_DECOR, bodyDecor(theme.title, theme.title, composer));
  flow.addSpace(theme.sinkLines * line, { discardable: false });
  addCentred(theme.title, textStyle('regular', theme.titleSize), Math.max(line, theme.titleSize * 1.25), context);
  flow.addSpace(theme.spaceAfterTitle * line);
  flow.addSnap();
  flow.keepWithNext(1);
  let part: string | undefined;
  book.sections.forEach((section, index) => {
    if (section.part && section.part !== part) {
      flow.addSpace(line);
      addCentred(section.part, textStyle('regular', composer.print.fontSize, { caps: 'allSmall', tracking: 0.5 }), line, context);
      flow.keepWithNext(1);
      flow.addSpace(0.5 * line);
    } else if (index > 0) {
      flow.addSpace(theme.spaceBetween * line);
    }
    part = section.part;
    addEntry(section, pageNumbers[section.id], context);
  });
}

function addEntry(section: Section, page: number | undefined, context: BookContext): void {
  const { composer, flow } = context;
  const theme = composer.theme.contents;
  const width = composer.textWidth;
  const size = composer.print.fontSize;
  const hang = size;
  const titleWidth = width - theme.numberWidth;
  const titleStyle = textStyle('regular', size);
  const lines = composer.setText([{ text: section.title, style: titleStyle }], {
    align: 'left',
    indent: 0,
    measure: { first: titleWidth, rest: titleWidth - hang, firstLeft: 0, restLeft: hang },
  });
  const last = lines.length - 1;
  lines[last] = withLeaders(
    lines[last]!,
    {
      right: width,
      number: page === undefined ? '' : String(page),
      numberStyle: titleStyle,
      dotStyle: titleStyle,
      spacing: theme.leaderSpacing,
      gap: size * 0.5,
    },
    composer.env.measurer,
  );
  flow.addLines(lines, { height: composer.line, size }, 'together');
  if (section.author) {
    const authorLines = composer.setText([{ text: section.author, style: textStyle('italic', theme.authorSize) }], {
      align: 'left',
      indent: 0,
      measure: { first: titleWidth - hang, rest: titleWidth - hang, firstLeft: hang, restLeft: hang },
    });
    flow.keepWithNext(1);
    flow.addLines(authorLines, { height: composer.line, size: theme.authorSize }, 'together');
  }
}
