import type { Book, Section } from '../../../../types.ts';
import { textStyle } from '../composer.ts';
import { composeBlocks } from '../markdown.ts';
import { addCentred, bodyDecor, NO_DECOR, type BookContext } from './common.ts';

/** Lines of the text kept on the opening page with the title. */
const KEEP_WITH_OPENING = 2;

/**
 * A section opens on a recto, lowered by the sink: title, author, where it first appeared,
 * and the editor's note; then the text, on the baseline grid.
 */
export function composeSection(book: Book, section: Section, context: BookContext): void {
  const { composer, flow } = context;
  flow.pageBreak('recto', NO_DECOR, bodyDecor(book.meta.title, section.title, composer));
  flow.mark(section.id);
  composeOpening(section, context);
  composeBlocks(
    section.tree.children,
    { left: 0, width: composer.textWidth, size: composer.print.fontSize, leading: composer.line, italic: false, inList: false, nested: false },
    flow,
    composer,
  );
}

function composeOpening(section: Section, context: BookContext): void {
  const { composer, flow } = context;
  const theme = composer.theme.opening;
  const line = composer.line;
  flow.addSpace(theme.sinkLines * line, { discardable: false });
  addCentred(section.title, textStyle(theme.titleFace, theme.titleSize), theme.titleLeading, context);
  if (section.author) {
    flow.keepWithNext(1);
    flow.addSpace(0.75 * line);
    addCentred(section.author, textStyle('regular', theme.authorSize, { caps: 'small' }), line, context);
  }
  if (section.sourceLine) {
    flow.keepWithNext(1);
    flow.addSpace(0.25 * line);
    addCentred(section.sourceLine, textStyle('italic', theme.sourceSize), theme.sourceLeading, context);
  }
  if (section.note) {
    const indent = theme.noteIndentEm * composer.print.fontSize;
    const width = composer.textWidth - 2 * indent;
    const lines = composer.setText([{ text: section.note, style: textStyle('italic', theme.noteSize) }], {
      align: 'justify',
      indent: 0,
      measure: { first: width, rest: width, firstLeft: indent, restLeft: indent },
    });
    flow.keepWithNext(1);
    flow.addSpace(line);
    flow.addLines(lines, { height: theme.noteLeading, size: theme.noteSize }, 'paragraph');
  }
  flow.keepWithNext(KEEP_WITH_OPENING);
  flow.addSpace(theme.spaceAfter * line);
  flow.addSnap();
}
