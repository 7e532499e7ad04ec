/**
 * How the contents and the outline divide a book: the front matter is what stands before the
 * first piece outside parts, the back matter the closing run of afterwords, appendices,
 * glossaries and bibliographies outside parts; a part stays whole in the body.
 */
import { describe, expect, it } from 'vitest';
import { matterGroups } from '../../pipeline/render/pdf/compose/book/matter.ts';
import type { Section, SectionRole } from '../../pipeline/types.ts';

const book = (...entries: Array<SectionRole | [SectionRole, string]>): Section[] =>
  entries.map((entry, index) => {
    const [role, part] = typeof entry === 'string' ? [entry, undefined] : entry;
    return { id: `s${index}`, role, title: `T${index}`, author: 'A', ...(part ? { part } : {}) } as Section;
  });

describe('matterGroups', () => {
  it('puts what precedes the first piece in front, the closing roles at the back', () => {
    expect(matterGroups(book('foreword', 'preface', 'introduction', 'piece', 'piece', 'afterword', 'appendix', 'bibliography'))).toEqual([
      'front', 'front', 'front', 'body', 'body', 'back', 'back', 'back',
    ]);
  });

  it('keeps in the body a role that stands between pieces', () => {
    expect(matterGroups(book('piece', 'introduction', 'appendix', 'piece', 'glossary'))).toEqual(['body', 'body', 'body', 'body', 'back']);
  });

  it('keeps a part whole, whatever its sections are', () => {
    expect(matterGroups(book('preface', ['introduction', 'One'], ['piece', 'One'], ['appendix', 'One'], 'afterword'))).toEqual([
      'front', 'body', 'body', 'body', 'back',
    ]);
  });

  it('gives a book without pieces no front matter: its first section starts the arabic folios', () => {
    expect(matterGroups(book('preface', 'introduction', 'afterword'))).toEqual(['body', 'body', 'back']);
    expect(matterGroups(book('appendix'))).toEqual(['back']);
    expect(matterGroups([])).toEqual([]);
  });
});
