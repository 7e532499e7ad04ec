import type { Book } from '../../../../types.ts';
import { textStyle } from '../composer.ts';
import { addCentred, joinNames, NO_DECOR, openFrontMatter, type BookContext, type LineTag } from './common.ts';

const tag = (role: string, key: string): LineTag => ({ document: 'titlepage', role, key });

/** Title and subtitle a third of the way down, the editors below, the publisher at the foot. */
export function composeTitlePage(book: Book, context: BookContext): void {
  const { composer, flow } = context;
  const theme = composer.theme.titlePage;
  const line = composer.line;
  flow.pageBreak('recto', NO_DECOR, NO_DECOR);
  flow.addSpace(0, { fill: 1, discardable: false });
  openFrontMatter(context);
  addCentred(book.meta.title, textStyle(theme.titleFace, theme.titleSize), theme.titleLeading, context, tag('H1', 'title'));
  if (book.meta.subtitle) {
    flow.addSpace(0.5 * line, { discardable: false });
    addCentred(book.meta.subtitle, textStyle('italic', theme.subtitleSize), theme.subtitleLeading, context, tag('P', 'subtitle'));
  }
  if (book.meta.editors.length > 0) {
    flow.addSpace(3 * line, { discardable: false });
    addCentred(theme.editedBy, textStyle('italic', theme.editorsSize * 0.85), line, context, tag('P', 'edited-by'));
    addCentred(joinNames(book.meta.editors, theme.and), textStyle('regular', theme.editorsSize, { caps: 'small' }), line * 1.2, context, tag('P', 'editors'));
  }
  flow.addSpace(0, { fill: 2, discardable: false });
  if (book.meta.publisher) {
    const style = textStyle('regular', theme.publisherSize, { caps: 'allSmall', tracking: theme.publisherSize * 0.06 });
    addCentred(book.meta.publisher, style, line, context, tag('P', 'publisher'));
  }
}
