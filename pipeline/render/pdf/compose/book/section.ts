import type { FootnoteDefinition, PhrasingContent, RootContent, Table } from 'mdast';
import type { Book, Section } from '../../../../types.ts';
import type { LineAnchor, SetLine } from '../../layout/types.ts';
import { composerFor, textStyle } from '../composer.ts';
import { hyphenatorFor } from '../../hyphenation.ts';
import { isRightToLeftLanguage, sameLanguage } from '../../../../languages.ts';
import type { BlockFrame, Note, NoteContent, SectionScope } from '../handlers/context.ts';
import { composeBlocks, composeInline } from '../markdown.ts';
import { addBookmark, addCentred, bodyDecor, BODY_NUMBERING, NO_DECOR, openBackMatter, tagBookLines, type BookContext } from './common.ts';
import { matterGroups } from './matter.ts';

/** Lines of the text kept on the opening page with the title. */
const KEEP_WITH_OPENING = 2;

/**
 * A section opens on a recto, lowered by the sink: title, author, where it first appeared,
 * and the editor's note; then the text, on the baseline grid, and its notes, at the foot of
 * the pages that call them or after the text (`print.notes`). The first piece starts the
 * arabic page numbers; what comes before it (a foreword, a preface, an introduction) keeps
 * the roman numbers of the front matter. A part opens with its title page, a recto with a
 * blank verso; when it holds the first piece, the arabic numbers start there.
 */
export function composeSection(book: Book, section: Section, context: BookContext): void {
  const index = book.sections.indexOf(section);
  const inPart = section.part !== undefined;
  const opensPart = inPart && book.sections[index - 1]?.part !== section.part;
  const firstPiece = book.sections.find((s) => s.role === 'piece') ?? book.sections[0];
  const numbering = firstPiece === section ? BODY_NUMBERING : undefined;
  if (opensPart) composePartPage(book, index, context, numbering);
  context = inLanguageOf(section, book, context);
  const { composer, flow } = context;
  flow.pageBreak('recto', NO_DECOR, bodyDecor(book.meta.title, section.title, composer), opensPart ? undefined : numbering);
  // The outline groups the book as the contents do: the front matter under one entry, a part's
  // pieces under the part's, the back matter under one entry.
  const groups = matterGroups(book.sections);
  if (groups[index] === 'back' && groups[index - 1] !== 'back') openBackMatter(context);
  const depth = inPart || groups[index] !== 'body' ? 2 : 1;
  addBookmark(context, { id: section.id, title: section.title, depth });
  composeOpening(section, context);
  const frame: BlockFrame = {
    left: 0,
    width: composer.textWidth,
    size: composer.print.fontSize,
    leading: composer.line,
    italic: false,
    inList: false,
    nested: false,
  };
  const atFoot = (composer.print.notes ?? 'foot') === 'foot';
  const scope = createSectionScope(section, context, book.meta.language, atFoot ? frame : undefined, depth - 1);
  composeBlocks(section.tree.children, frame, flow, composer, scope, { path: [], struct: [{ key: section.id, role: 'Sect', ...languageTag(section, book) }] });
  if (!atFoot) composeNotes(section, scope, frame, context, depth);
}

/**
 * Notes, outline entries and the drop cap of one section. Notes are numbered in reading
 * order, from 1 in each section; a footnote called twice keeps its first number. With a
 * `footFrame`, each note is set as soon as it is called and handed to the flow as an
 * insertion, which the paginator puts at the foot of the calling line's page.
 */
function createSectionScope(section: Section, context: BookContext, bookLanguage: string, footFrame?: BlockFrame, outlineShift = 0): SectionScope {
  const footnotes = new Map<string, { definition: FootnoteDefinition; path: readonly number[] }>();
  section.tree.children.forEach((node, index) => {
    if (node.type === 'footnoteDefinition') footnotes.set(node.identifier.toLowerCase(), { definition: node, path: [index] });
  });
  const notes: Note[] = [];
  let headings = 0;
  const keyOf = (number: number) => `${section.id}/note-${number}`;
  const scope: SectionScope = {
    document: section.id,
    notes,
    footnotes,
    dropCapPending: takesDropCap(section.language ?? bookLanguage),
    addNote(content: NoteContent, anchor: LineAnchor): number {
      if (content.kind === 'footnote') {
        const known = notes.find((note) => note.content.kind === 'footnote' && note.content.definition === content.definition);
        if (known) return known.number;
      }
      const number = notes.length + 1;
      const note = { number, content, anchor };
      notes.push(note);
      if (footFrame) defineFootnote(note, scope, footFrame, context, keyOf(number));
      return number;
    },
    noteKey: (number) => (footFrame ? keyOf(number) : undefined),
    addBookmark(title: string, depth: number): string {
      headings += 1;
      context.outline.push({ id: `${section.id}/h${headings}`, title, depth: depth + outlineShift });
      return `${section.id}/h${headings}`;
    },
  };
  return scope;
}

/** A note set for the foot of the page: tagged as a Note of the section, handed to the flow. */
function defineFootnote(note: Note, scope: SectionScope, frame: BlockFrame, context: BookContext, key: string): void {
  const theme = context.composer.theme.notes;
  const hang = theme.numberWidthEm * theme.size;
  const struct = [
    { key: scope.document, role: 'Sect' },
    { key: `${scope.document}/note-${note.number}`, role: 'Note' },
  ];
  const lines = noteLines(note, scope, hang, frame, context).map((line) => ({ ...line, struct, anchor: line.anchor ?? note.anchor }));
  context.flow.defineInsertion(key, lines, { height: theme.leading, size: theme.size }, { fromRight: context.composer.direction === 'rtl' });
}

/**
 * A part's title page: its title in spaced small capitals at the optical centre of a recto,
 * no folio, no running heads. Tagged as the EPUB's part page (`part-01`…), so the two
 * editions' page numbers agree.
 */
function composePartPage(book: Book, index: number, context: BookContext, numbering: typeof BODY_NUMBERING | undefined): void {
  const { composer, flow } = context;
  const section = book.sections[index]!;
  const ordinal = book.sections.filter((s, i) => i <= index && s.part !== undefined && s.part !== book.sections[i - 1]?.part).length;
  const document = `part-${String(ordinal).padStart(2, '0')}`;
  flow.pageBreak('recto', NO_DECOR, NO_DECOR, numbering);
  flow.addSpace(0, { fill: 1, discardable: false });
  addBookmark(context, { id: `${section.id}/part`, title: section.part!, depth: 1, expanded: true });
  const theme = composer.theme.opening;
  const style = textStyle('regular', theme.titleSize, { caps: 'allSmall', tracking: theme.titleSize * 0.08 });
  addCentred(section.part!, style, theme.titleLeading, context, { document, role: 'H1', key: 'title' });
  flow.addSpace(0, { fill: 2, discardable: false });
}

function composeOpening(section: Section, context: BookContext): void {
  const { composer, flow } = context;
  const theme = composer.theme.opening;
  const line = composer.line;
  const document = section.id;
  flow.addSpace(theme.sinkLines * line, { discardable: false });
  addCentred(section.title, textStyle(theme.titleFace, theme.titleSize), theme.titleLeading, context, { document, role: 'H1', key: 'title' });
  if (section.subtitle) {
    flow.keepWithNext(1);
    flow.addSpace(0.25 * line);
    addCentred(section.subtitle, textStyle('italic', theme.subtitleSize), theme.subtitleLeading, context, { document, role: 'P', key: 'subtitle' });
  }
  if (section.author) {
    flow.keepWithNext(1);
    flow.addSpace(0.75 * line);
    const style = textStyle('regular', theme.authorSize, { caps: 'small' });
    addCentred(section.author, style, line, context, { document, role: 'P', key: 'author' });
  }
  for (const credit of section.credits ?? []) {
    flow.keepWithNext(1);
    flow.addSpace(0.25 * line);
    addCentred(credit.line, textStyle('regular', theme.sourceSize), theme.sourceLeading, context, { document, role: 'P', key: credit.role });
  }
  if (section.sourceLine) {
    flow.keepWithNext(1);
    flow.addSpace(0.25 * line);
    const style = textStyle('italic', theme.sourceSize);
    addCentred(section.sourceLine, style, theme.sourceLeading, context, { document, role: 'P', key: 'source' });
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
    flow.addLines(tagBookLines(lines, { document, role: 'P', key: 'note' }), { height: theme.noteLeading, size: theme.noteSize }, 'paragraph');
  }
  flow.keepWithNext(KEEP_WITH_OPENING);
  flow.addSpace(theme.spaceAfter * line);
  flow.addSnap();
}

/**
 * The section's notes, after its text: the numbers hang in the margin of the notes, the
 * URLs break at their joints. Kept at the end of the section rather than at the foot of the
 * page, so that a page's length never depends on the notes it calls.
 */
function composeNotes(section: Section, scope: SectionScope, frame: BlockFrame, context: BookContext, sectionDepth = 1): void {
  if (scope.notes.length === 0) return;
  const { composer, flow } = context;
  const theme = composer.theme.notes;
  const document = section.id;
  const heading = composer.theme.headings[0]!;
  flow.addSpace(theme.spaceBefore * composer.line);
  addBookmark(context, { id: `${section.id}/notes`, title: theme.title, depth: sectionDepth + 1 });
  const titleStyle = textStyle('regular', heading.size, { caps: heading.caps, ...(heading.caps === 'allSmall' ? { tracking: heading.size * 0.05 } : {}) });
  addCentred(theme.title, titleStyle, composer.line, context, { document, role: 'H2', key: 'notes-title', within: [{ key: 'notes', role: 'Div' }] });
  flow.keepWithNext(2);
  flow.addSpace(0.5 * composer.line);
  const hang = theme.numberWidthEm * theme.size;
  for (const note of scope.notes) {
    const lines = noteLines(note, scope, hang, frame, context);
    const struct = [
      { key: section.id, role: 'Sect' },
      { key: `${section.id}/notes`, role: 'Div' },
      { key: `${section.id}/note-${note.number}`, role: 'Note' },
    ];
    const tagged = lines.map((line) => ({ ...line, struct, anchor: line.anchor ?? note.anchor }));
    flow.addLines(tagged, { height: theme.leading, size: theme.size }, 'paragraph');
  }
  flow.addSnap();
}

/**
 * A table in a note is set as running text (parse warns of it): each cell on a line of its own,
 * so that no two cells' words run together. Breaks add no characters: offsets in the table's
 * text stay as they were.
 */
function cellsOnLines(table: Table): PhrasingContent[] {
  const cells = table.children.flatMap((row) => row.children).filter((cell) => cell.children.length > 0);
  return cells.flatMap((cell, index) => [...(index > 0 ? [{ type: 'break' } as const] : []), ...cell.children]);
}

function noteLines(note: Note, scope: SectionScope, hang: number, frame: BlockFrame, context: BookContext): SetLine[] {
  const { composer } = context;
  const theme = composer.theme.notes;
  const width = frame.width - hang;
  // Right to left, the note hangs from the right edge, its number right of its first line.
  const rtl = composer.direction === 'rtl';
  const left = rtl ? 0 : hang;
  const shape = { align: 'justify' as const, indent: 0, measure: { first: width, rest: width, firstLeft: left, restLeft: left } };
  let lines: SetLine[];
  if (note.content.kind === 'url') {
    const style = textStyle('regular', theme.size, { link: note.content.url });
    lines = composer.setText([{ text: note.content.url, style }], { ...shape, align: 'left' });
  } else {
    const { definition, path } = note.content;
    lines = definition.children.flatMap((child: RootContent, index) => {
      if (!('children' in child)) return [];
      const anchor = { document: scope.document, path: [...path, index], offset: 0 };
      const runs = composeInline((child.type === 'table' ? cellsOnLines(child) : child.children) as never, { italic: false, bold: false, size: theme.size, origin: 0 }, { all: () => [], scope, anchor });
      return composer.setText(runs, shape).map((line) => ({ ...line, anchor: { ...anchor, offset: line.origin ?? 0 } }));
    });
  }
  if (lines.length === 0) return lines;
  const numberStyle = textStyle('regular', theme.size);
  const label = `${note.number}.`;
  // As a right-to-left line shows it, the full stop on the left (".1"), the written label its ActualText.
  const shown = rtl ? `.${note.number}` : label;
  const numberWidth = composer.env.measurer.width(shown, numberStyle);
  const gap = composer.env.measurer.width('\u2002', numberStyle);
  const number = rtl
    ? { x: width + gap, width: numberWidth, text: shown, style: numberStyle, actualText: label }
    : { x: hang - gap - numberWidth, width: numberWidth, text: label, style: numberStyle };
  lines[0] = { ...lines[0]!, fragments: [number, ...lines[0]!.fragments] };
  return lines;
}

/**
 * A piece in another language than the book's is hyphenated by its own patterns (none when
 * `hyphen` has none for it), and a piece in a language written right to left is set from the
 * right edge: every paragraph of it, its title and notes included.
 */
function inLanguageOf(section: Section, book: Book, context: BookContext): BookContext {
  const language = section.language ?? book.meta.language;
  const other = !sameLanguage(language, book.meta.language);
  const rtl = isRightToLeftLanguage(language);
  if (!other && !rtl) return context;
  const composer = composerFor(context.composer, {
    ...(other ? { hyphenate: hyphenatorFor(language), lang: language } : {}),
    ...(rtl ? { direction: 'rtl' as const } : {}),
  });
  return { ...context, composer };
}

/** `/Lang` on the section's structure element when the piece is not in the book's language. */
function languageTag(section: Section, book: Book): { lang?: string } {
  return section.language && section.language.toLowerCase() !== book.meta.language.toLowerCase() ? { lang: section.language } : {};
}

/** A drop cap and the small capitals after it suit alphabets with capitals, not joined or CJK scripts. */
function takesDropCap(language: string): boolean {
  return !isRightToLeftLanguage(language) && !/^(zh|ja|ko|th|lo|km|my|hi|bn|ta|te)\b/i.test(language);
}
