import type { Section, SectionRole } from '../../../../types.ts';

/** The three divisions of a book, as its contents and outline show them. */
export type MatterGroup = 'front' | 'body' | 'back';

/** The roles that close a book. */
const BACK_ROLES: ReadonlySet<SectionRole> = new Set(['afterword', 'appendix', 'glossary', 'bibliography']);

/**
 * Where each section stands among the front matter, the body and the back matter. The front
 * matter is the run of sections outside parts before the first piece: the pages with roman
 * folios. The back matter is the run of afterwords, appendices, glossaries and bibliographies
 * outside parts after the last piece (the sources and colophon follow it). Everything between
 * is the body, and a part stays whole in it, whatever the roles of its sections: the editor
 * put them there. A book with no piece has no front matter: its first section starts the
 * arabic folios.
 */
export function matterGroups(sections: readonly Section[]): MatterGroup[] {
  const groups: MatterGroup[] = sections.map(() => 'body');
  const firstPiece = sections.findIndex((section) => section.role === 'piece');
  for (let index = 0; index < firstPiece && sections[index]!.part === undefined; index += 1) groups[index] = 'front';
  for (let index = sections.length - 1; index >= 0; index -= 1) {
    const section = sections[index]!;
    if (section.part !== undefined || !BACK_ROLES.has(section.role) || groups[index] === 'front') break;
    groups[index] = 'back';
  }
  return groups;
}
