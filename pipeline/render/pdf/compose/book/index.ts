/**
 * The whole book as one vertical list: title page, copyright, contents, the sections, the
 * sources and the colophon. `pageNumbers` are the opening pages found by the previous pass,
 * for the contents.
 */
import type { Book } from '../../../../types.ts';
import type { FlowItem } from '../../layout/types.ts';
import type { OutlineEntry } from './common.ts';
import type { Composer } from '../composer.ts';
import { createFlowBuilder } from '../flow-builder.ts';
import { composeColophon } from './colophon.ts';
import { composeContents } from './contents.ts';
import { composeCopyrightPage } from './copyright-page.ts';
import { composeSection } from './section.ts';
import { composeSources } from './sources.ts';
import { composeTitlePage } from './title-page.ts';

export interface ComposedBook {
  flow: readonly FlowItem[];
  /** PDF outline entries in reading order; each id is a mark in the flow. */
  outline: OutlineEntry[];
}

export function composeBook(book: Book, composer: Composer, pageLabels: Readonly<Record<string, string>>): ComposedBook {
  const context = { composer, flow: createFlowBuilder(), outline: [] as OutlineEntry[] };
  composeTitlePage(book, context);
  composeCopyrightPage(book, context);
  composeContents(book, pageLabels, context);
  for (const section of book.sections) composeSection(book, section, context);
  composeSources(book, context);
  composeColophon(book, context);
  return { flow: context.flow.items, outline: context.outline };
}
