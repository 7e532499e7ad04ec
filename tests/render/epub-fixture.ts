import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import type { Book, PageBreak, Section } from '../../pipeline/types.ts';

export const FIXTURE_IDENTIFIER = 'urn:uuid:6f1c2b9e-3d4a-4c1e-9a57-2b8e0f4d7c31';
export const FIXTURE_MODIFIED = '2024-05-01T12:30:00Z';

function markdown(text: string): Root {
  return unified().use(remarkParse).parse(text);
}

/** Freezes the whole Book, as the assemble stage does, so a renderer that mutates it throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const introduction: Section = {
  id: 'introduction',
  role: 'introduction',
  title: 'Introduction',
  titleSupplied: false,
  author: 'Ada Editor',
  sourceLine: '',
  tree: markdown(
    [
      'These texts were written for meetings, not for libraries.',
      '',
      '## How to read this book',
      '',
      'Read them *slowly*, and argue with them.',
    ].join('\n'),
  ),
  file: 'manuscripts/introduction.md',
};

const strike: Section = {
  id: 's01-the-strike-and-after',
  role: 'piece',
  title: 'The Strike & After',
  titleSupplied: false,
  author: 'Rosa Writer',
  part: 'Before the Storm',
  source: { publication: 'Workers’ Paper', date: '1990-01', url: 'https://example.org/strike' },
  sourceLine: 'Workers’ Paper, January 1990',
  note: 'Abridged by the editors.',
  tree: markdown(
    [
      'It began, as these things do, with a “small” matter & a long meeting.',
      '',
      '> We’ll stay out until the last of us goes back.',
      '',
      '## What we asked for',
      '',
      '- shorter hours',
      '- a *fair* wage',
      '- the right to [organise](https://example.org/organise)',
      '',
      '#### Afterwards',
      '',
      'See [our notes](notes.html) and ![a crowd](https://example.org/crowd.jpg).',
      '',
      '3. third',
      '4. fourth',
    ].join('\n'),
  ),
  file: 'manuscripts/strike.md',
};

const leaflet: Section = {
  id: 's02-a-leaflet',
  role: 'piece',
  title: 'A Leaflet',
  titleSupplied: true,
  author: 'Unsigned',
  part: 'After the Storm',
  sourceLine: 'Leaflet, 1991',
  tree: markdown('Come to the meeting on Thursday — bring a friend.'),
  file: 'manuscripts/leaflet.md',
};

/** A small book: an introduction and two pieces in two parts. */
export function fixtureBook(): Book {
  return deepFreeze({
    meta: {
      title: 'Voices of the Strike',
      subtitle: 'Writings 1990–1991',
      language: 'en-GB',
      editors: ['Ada Editor', 'Ben Compiler'],
      identifier: FIXTURE_IDENTIFIER,
      publisher: 'Study Group Press',
      date: '2024-04-20',
      modified: FIXTURE_MODIFIED,
      rights: 'The texts remain the property of their authors.',
      description: 'Articles & leaflets from the strike.',
      subjects: ['Labour history', 'Strikes'],
      slug: 'voices-of-the-strike',
    },
    print: {
      pageWidth: 396,
      pageHeight: 612,
      marginTop: 54,
      marginBottom: 54,
      marginInner: 54,
      marginOuter: 45,
      fontSize: 10.5,
      leading: 13.5,
      font: 'eb-garamond',
    },
    front: {
      copyright: ['Voices of the Strike', 'Edited by Ada Editor and Ben Compiler.', 'The texts remain the property of their authors.'],
    },
    sections: [introduction, strike, leaflet],
    back: {
      sourcesTitle: 'Sources',
      sources: [
        { sectionId: strike.id, title: strike.title, author: strike.author, line: strike.sourceLine, url: 'https://example.org/strike' },
        { sectionId: leaflet.id, title: leaflet.title, author: leaflet.author, line: leaflet.sourceLine },
      ],
      colophon: ['Made with anthology.'],
    },
  });
}

/** Print pages of the fixture book, as the PDF renderer would report them. */
export const FIXTURE_PAGES: PageBreak[] = [
  { label: 'i', target: 'titlepage', block: [], offset: 0 },
  { label: 'ii', target: 'copyright', block: [], offset: 0 },
  { label: 'iii', target: 'contents', block: [], offset: 0 },
  { label: '1', target: 'introduction', block: [], offset: 0 },
  // "These texts were written for meetings, |not for libraries."
  { label: '2', target: 'introduction', block: [0], offset: 39 },
  { label: '3', target: 's01-the-strike-and-after', block: [], offset: 0 },
  // Inside the block quote's paragraph, in the middle of a word: "We’ll st|ay out"
  { label: '4', target: 's01-the-strike-and-after', block: [1, 0], offset: 8 },
  // In the list's second item, inside the emphasis: "a |fair wage"
  { label: '5', target: 's01-the-strike-and-after', block: [3, 1, 0], offset: 2 },
  // At the very end of the leaflet's only paragraph.
  { label: '6', target: 's02-a-leaflet', block: [0], offset: 49 },
  { label: '7', target: 'sources', block: [], offset: 0 },
  { label: '8', target: 'colophon', block: [], offset: 0 },
];
