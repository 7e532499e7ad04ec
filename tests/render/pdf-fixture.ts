/**
 * A small Book for the PDF renderer's tests: three sections with headings, a block quote,
 * lists, emphasis, a hard break and a very long URL, and enough text for several pages.
 */
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Root } from 'mdast';
import type { Book, Section } from '../../pipeline/types.ts';

export const LONG_URL =
  'https://archive.example.org/pamphlets/1990/workers-liberty/the-alternative-to-leninism-and-the-long-history-of-the-democratic-tradition-in-socialist-thought.html';

const SENTENCES = [
  'The pamphlet was the working form of political argument for two centuries, cheap to print and easy to pass from hand to hand.',
  'Its authors wrote quickly, for readers who had little time and less money, and they expected to be answered in kind.',
  'What survives of that argument is scattered: a few copies in libraries, some photocopies in private boxes, and the memories of those who sold them.',
  'An anthology cannot restore the conditions in which these texts were read, but it can put them side by side and let them speak to each other.',
  'Each piece is printed here as it first appeared, with obvious misprints corrected and nothing silently changed.',
  'Where the editors have supplied a title, or shortened a passage, a note at the head of the text says so.',
  'The reader will notice that the same questions return again and again, asked by different people in different decades.',
  'Nobody in these pages claims to have the last word; the point of printing them together is to keep the conversation open.',
  'Typesetting matters more than it seems: a text that is comfortable to read is a text that gets read to the end.',
  'Justified lines with even spacing, sensible hyphenation and generous margins are not luxuries but courtesies to the reader.',
  'Extraordinarily long words, such as internationalisation or counterrevolutionary, test the hyphenation patterns as much as the line breaker.',
  'The meeting went on late into the evening, and by the time the hall was cleared the printers had already started on the next edition.',
  'Some of the arguments have aged badly; others read as if they were written last week.',
  'It would be easy to treat these documents as curiosities, but their authors meant every word, and many paid for their convictions.',
];

function paragraph(seed: number, length: number): string {
  const sentences: string[] = [];
  for (let k = 0; k < length; k += 1) sentences.push(SENTENCES[(seed * 5 + k * 3) % SENTENCES.length]!);
  return sentences.join(' ');
}

function paragraphs(seed: number, count: number): string {
  return Array.from({ length: count }, (_, i) => paragraph(seed + i, 3 + ((seed + i) % 4))).join('\n\n');
}

const INTRODUCTION = `${paragraphs(1, 3)}

## Why these texts

${paragraphs(4, 2)} The *editors* have kept the **original spelling** throughout.

> ${paragraph(7, 3)}
>
> ${paragraph(8, 2)}

${paragraphs(9, 3)}`;

const FIRST_PIECE = `${paragraphs(11, 4)}

The full text is archived at ${LONG_URL} for those who want to compare.

## The argument in brief

- ${paragraph(2, 1)}
- ${paragraph(3, 2)}
- A short item with *emphasis*.

${paragraphs(14, 3)}

***

${paragraphs(18, 2)}
Line one of an address,\\
line two of the same address.

1. First, the organisation.
2. Second, the press.

${paragraphs(21, 4)}`;

const SECOND_PIECE = `${paragraphs(25, 3)} The motion was printed as \`resolution-7\` in the minutes:

\`\`\`
RESOLVED: that the branch
    publish the pamphlet at cost,
    and sell it at every meeting.
\`\`\`

The minutes were later [published by the branch](https://example.org/branch/minutes-1990) and copied widely.

![A photograph of the branch banner](banner.jpg)

*The branch banner, carried on the May Day march.*

Sverdlov killed the bloody Tsar,\\
He signed the warrant for it;\\
So when they struck his statue down the Tsarists cheered and sang the songs their fathers sang before them:\\
They hauled the hollow statue down.

- A list with a nested list:
  - first nested item;
  - second nested item.
- And a last item.

### A smaller heading

${paragraphs(28, 3)}

> ${paragraph(30, 4)}

${paragraphs(31, 4)}`;

function parse(markdown: string): Root {
  return unified().use(remarkParse).parse(markdown);
}

export const FOOTNOTE_TEXT = 'The branch kept no minutes before 1972; this account comes from the treasurer’s letters.';

/**
 * remark-parse alone has no footnote syntax (that is GFM's), so the second piece gets its
 * footnote as the tree nodes GFM would make: a call in its first paragraph, the definition at the end.
 */
function withFootnote(tree: Root): Root {
  const first = tree.children.find((node) => node.type === 'paragraph');
  if (first?.type === 'paragraph') first.children.push({ type: 'footnoteReference', identifier: 'minutes', label: 'minutes' });
  tree.children.push({
    type: 'footnoteDefinition',
    identifier: 'minutes',
    label: 'minutes',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: FOOTNOTE_TEXT }] }],
  });
  return tree;
}

function section(partial: Omit<Section, 'tree' | 'titleSupplied' | 'file'>, markdown: string, edit = (tree: Root) => tree): Section {
  return { ...partial, titleSupplied: false, tree: edit(parse(markdown)), file: `manuscripts/${partial.id}.md` };
}

export function fixtureBook(): Book {
  const sections: Section[] = [
    section(
      { id: 'introduction', role: 'introduction', title: 'Introduction', author: 'The Editors', sourceLine: '' },
      INTRODUCTION,
    ),
    section(
      {
        id: 's01-the-alternative-to-leninism',
        role: 'piece',
        title: 'The Alternative to Leninism: Democracy, Organisation and the Press',
        author: 'Jane Q. Writer',
        sourceLine: 'Workers\u2019 Liberty, January 1990',
        note: 'The original carried no title; the editors supplied one from the first paragraph.',
      },
      FIRST_PIECE,
    ),
    section(
      {
        id: 's02-still-fighting',
        role: 'piece',
        title: 'Still Fighting',
        author: 'A. N. Other',
        sourceLine: 'Solidarity, 2009',
      },
      SECOND_PIECE,
      withFootnote,
    ),
  ];
  return {
    meta: {
      title: 'Arguments in Print',
      subtitle: 'Pamphlets and Articles, 1970\u20132010',
      language: 'en',
      editors: ['Ada Editor', 'Ben Compiler'],
      identifier: 'urn:uuid:6f1c2a7e-0000-4000-8000-000000000001',
      publisher: 'Small Press Collective',
      date: '2026',
      modified: '2026-01-02T03:04:05Z',
      rights: 'Copyright \u00a9 2026 the authors',
      description: 'An anthology of political pamphlets.',
      subjects: ['Politics', 'Socialism'],
      slug: 'arguments-in-print',
    },
    print: {
      pageWidth: 419.53,
      pageHeight: 595.28,
      marginTop: 50.6,
      marginBottom: 68.46,
      marginInner: 46.15,
      marginOuter: 60.84,
      fontSize: 10.5,
      leading: 13.65,
      font: 'EB Garamond',
    },
    front: {
      copyright: [
        'Copyright \u00a9 2026 the authors. Selection and notes copyright \u00a9 2026 the editors.',
        'Set in EB Garamond. Typeset by anthology.',
      ],
    },
    sections,
    back: {
      sourcesTitle: 'Sources',
      sources: sections.map((s) => ({
        sectionId: s.id,
        title: s.title,
        author: s.author,
        line: s.sourceLine,
        ...(s.id === 's01-the-alternative-to-leninism' ? { url: LONG_URL } : {}),
      })),
      colophon: ['This book was made with anthology from plain text sources.', 'The text is set in EB Garamond.'],
    },
  };
}
