/**
 * The whole book as one vertical list: title page, copyright, contents, the sections, the
 * sources and the colophon. `pageNumbers` are the opening pages found by the previous pass,
 * for the contents.
 */
import type { Book } from '../../../../types.ts';
import type { FlowItem } from '../../layout/types.ts';
import type { Composer } from '../composer.ts';
import { createFlowBuilder } from '../flow-builder.ts';
import { composeColophon } from './colophon.ts';
import { composeContents } from './contents.ts';
import { composeCopyrightPage } from './copyright-page.ts';
import { composeSection } from './section.ts';
import { composeSources } from './sources.ts';
import { composeTitlePage } from './title-page.ts';

export function composeBook(book: Book, composer: Composer, pageNumbers: Readonly<Record<string, number>>): readonly FlowItem[] {
  const context = { composer, flow: createFlowBuilder() };
  composeTitlePage(book, context);
  composeCopyrightPage(book, context);
  composeContents(book, pageNumbers, context);
  for (const section of book.sections) composeSection(book, section, context);
  composeSources(book, context);
  composeColophon(book, context);
  return context.flow.items;
}
