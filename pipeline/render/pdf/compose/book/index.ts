/**
 * The whole book as vertical lists: the front matter (title page, copyright, contents) and
 * the body (the sections, the sources and the colophon), one after the other. `pageLabels`
 * are the pages the sections open on, for the contents (none yet in the draft that reserves
 * the front matter's pages).
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

/** Title page, copyright page and contents: the part of the book that shows page numbers. */
export function composeFrontMatter(book: Book, composer: Composer, pageLabels: Readonly<Record<string, string>>): ComposedBook {
  const context = { composer, flow: createFlowBuilder(), outline: [] as OutlineEntry[] };
  composeTitlePage(book, context);
  composeCopyrightPage(book, context);
  composeContents(book, pageLabels, context);
  return { flow: context.flow.items, outline: context.outline };
}

/**
 * The sections, the sources and the colophon, one part at a time, each handed to `emit` as
 * soon as it is composed, so a long book can be cut into pages and drawn while the rest is still
 * to come, and no more than a part's lines are held at once. Nothing in them depends on page
 * numbers, and each part opens with a page break, which ends any keep the front matter left
 * pending: composed on their own, they give the same list as after the front matter.
 */
export function composeBodyInParts(book: Book, composer: Composer, emit: (part: ComposedBook) => void): void {
  const body = createBodyComposer(composer);
  for (const section of book.sections) emit(body.section(book, section));
  body.backMatter(book, emit);
}

/**
 * composeBodyInParts a section at a time, for a caller that has the sections one by one (a
 * build streams them as they are cleaned): each call composes what composeBodyInParts would
 * hand next. `book` is the book the section is one of (its sections array holds it).
 */
export function createBodyComposer(composer: Composer): {
  section: (book: Book, section: Book['sections'][number]) => ComposedBook;
  /** The sources, then the colophon, each handed to `emit` before the next is composed (the colophon names the fonts used). */
  backMatter: (book: Book, emit: (part: ComposedBook) => void) => void;
} {
  const context = { composer, flow: createFlowBuilder(), outline: [] as OutlineEntry[] };
  const hand = (): ComposedBook => ({ flow: context.flow.take(), outline: context.outline.splice(0) });
  return {
    section: (book, section) => {
      composeSection(book, section, context);
      return hand();
    },
    backMatter: (book, emit) => {
      composeSources(book, context);
      emit(hand());
      composeColophon(book, context);
      emit(hand());
    },
  };
}
