import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import { parseWithSimpleBlocks } from '../../pipeline/parse/_simple-blocks.ts';

const processor = unified().use(remarkParse);
const remark = (markdown: string): Root => processor.parse(markdown);

/** The shortcut's tree, and whether it parsed the text as written after all. */
function shortcut(markdown: string): { tree: Root; fellBack: boolean } {
  const parsed: string[] = [];
  const tree = parseWithSimpleBlocks(markdown, (text) => {
    parsed.push(text);
    return remark(text);
  });
  return { tree, fellBack: parsed.includes(markdown) };
}

/** Pieces of lines: prose, and everything that could make a line more than prose. */
const FRAGMENTS = [
  'word', 'Words and more', ' ', '  ', '.', ',', '!', '“', '’', "'", '"', '—', '-', '--', '1917', '1.', '1)', '*', '**', '_',
  '`', '```', '~~~', '[', ']', '[a]', '[a]: /url', '![x](y)', '<', '>', '> ', '&', '&amp;', '\\', '\\.', '\\#', '\\*', '\\a',
  '#', '# ', '## ', '###### ', '####### ', '- ', '+ ', '* ', '1. ', '    ', '\t', '=', '===', '---', '***', '<!--', '-->',
  '<div>', '</div>', '<script>', '</script>', 'http://x.y', '😀', 'é', '\u00A0', '\r', '\u0000', '\uFEFF', '\uE000',
];
const line = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom('word', 'Words', 'and', '1918', 'more.', '“quoted”'), { minLength: 1, maxLength: 8 }).map((words) => words.join(' ')) },
  { weight: 2, arbitrary: fc.constantFrom('', '', ' ', '\t') },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('#', '##', '######', '#######'), fc.constantFrom(' ', '  ', ''), fc.constantFrom('Title', '1\\. First', 'Title #', 'x *y*', 'x ', '')).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('- item', '- a b', '- Item one.', '* item', '+ item', '-  two', '- - x', '- 1. x', '1. x', '  - in', '- *x*', '- \\* esc', '-', '- ', '- # h', '- > q') },
  { weight: 1, arbitrary: fc.constantFrom('*January 1991*', '*x*', '**bold**', '* x*', '*x *', '*“q”*', '*x\\**', '*a*b*', '*1.*', '*(x)*', '*x*y', '*é😀*', '*\\.a*', '_x_') },
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }).map((parts) => parts.join('')) },
);
const markdown = fc.tuple(fc.array(line, { minLength: 1, maxLength: 14 }), fc.boolean()).map(([lines, newline]) => lines.join('\n') + (newline ? '\n' : ''));

describe('plain paragraphs, datelines and headings made without micromark', () => {
  it('give the tree remark-parse gives, positions included, whatever the text', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        expect(shortcut(text).tree).toStrictEqual(remark(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('give the same tree for every manuscript', () => {
    const dir = path.resolve(import.meta.dirname, '../../manuscripts');
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      expect(shortcut(text).tree, name).toStrictEqual(remark(text));
    }
  });

  it('make prose, datelines, headings with escapes, and escaped list markers directly', () => {
    const text = '# Title\n\n*March 1990*\n\n## 1\\. The start\n\nPlain words, “quoted”.\nA second line.\n\n\\* Not a list item\n\n- a list\n\nAfter it.\n';
    const { tree, fellBack } = shortcut(text);
    expect(fellBack).toBe(false);
    expect(tree).toStrictEqual(remark(text));
    expect(tree.children.map((node) => node.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph', 'paragraph', 'list', 'paragraph']);
  });

  it('make a tight list of plain items directly only when it cannot run on into a neighbour', () => {
    const alone = 'Before.\n\n- One item.\n- Another, “quoted”.\n\nAfter.\n';
    expect(shortcut(alone).tree).toStrictEqual(remark(alone));
    expect(shortcut(alone).tree.children.map((node) => node.type)).toEqual(['paragraph', 'list', 'paragraph']);
    // A blank line between two lists makes one loose list; an indented block after a list belongs to its last item.
    for (const text of ['- a\n\n- b\n', 'Before.\n\n- a\n\n  more of a\n', '- a\n- b\n\n* c\n', '- a\n\n1. b\n']) {
      expect(shortcut(text).tree, text).toStrictEqual(remark(text));
    }
  });

  it('leave to micromark what only the context decides: prose inside fenced code or an HTML block', () => {
    for (const text of ['```\ncode\n\nPlain words\n```\n', '<!--\n\nPlain words\n\n-->\n', '<pre>\n\nPlain words\n\n</pre>\n']) {
      const { tree, fellBack } = shortcut(text);
      expect(fellBack, text).toBe(true);
      expect(tree).toStrictEqual(remark(text));
    }
  });
});
