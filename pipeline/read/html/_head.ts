/**
 * The furniture a news site sets at the head of the article itself, inside the container
 * Readability keeps, that the book's own header says better: the section's label over the
 * headline (a “kicker”: one to three words, all of it a link into the site) and the line that
 * holds nothing but the publication's date and time (a `<time>`, perhaps after “Published” or
 * “Updated”), which the front matter's date gives the source line. Only blocks before the
 * article's text begins are judged; a date or a link inside the text stays.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';

/** A block of prose is this long at least. */
const PROSE_WORDS = 12;
/**
 * The head holds the standfirst and the main picture's caption, which may come before the
 * dateline: it ends at the third block of prose. A kicker stands above the first.
 */
const HEAD_PROSE_BLOCKS = 3;
/** A kicker names a section: a few words. */
const MAX_KICKER_WORDS = 3;
/** Words that may stand with a date in a dateline. */
const DATE_LABEL = /^(?:published|updated|posted|last (?:updated|modified)|modified|first published|on|at|le|am|el|il|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)$/i;

function text(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(text).join('');
  return '';
}

const words = (value: string): string[] => value.split(/\s+/).filter(Boolean);

/** The block's children, leaving out white space between elements. */
function content(block: Element): ElementContent[] {
  return block.children.filter((child) => child.type !== 'text' || child.value.trim() !== '') as ElementContent[];
}

/** All of the block is one link into the site (no scheme, or `#`, left: relative), a few words without a sentence's end. */
function isKicker(block: Element): boolean {
  let inner = content(block);
  while (inner.length === 1 && inner[0]!.type === 'element' && inner[0]!.tagName !== 'a') inner = content(inner[0] as Element);
  if (inner.length !== 1 || inner[0]!.type !== 'element' || inner[0]!.tagName !== 'a') return false;
  const href = inner[0]!.properties.href;
  const label = text(inner[0]!).trim();
  const n = words(label).length;
  return typeof href === 'string' && /^\/(?!\/)/.test(href) && n >= 1 && n <= MAX_KICKER_WORDS && !/[.!?:;]$/.test(label);
}

/** The block holds a `<time>` and nothing else but a dateline's label words and punctuation. */
function isDateline(block: Element): boolean {
  let found = false;
  const rest: string[] = [];
  const walk = (node: ElementContent): void => {
    if (node.type === 'element' && node.tagName === 'time') found = true;
    else if (node.type === 'element') node.children.forEach(walk);
    else if (node.type === 'text') rest.push(node.value);
  };
  block.children.forEach(walk);
  if (!found) return false;
  return words(rest.join(' ').replace(/[|·•,:–—-]/g, ' ')).every((w) => DATE_LABEL.test(w) || /^(?:and|&)$/i.test(w)) && words(rest.join(' ')).length <= 4;
}

/**
 * Takes the kicker and the dateline out of the article's head, returning their texts with the
 * rule each broke. `leaf` says whether an element is a leaf block; `textOf` gives its text.
 */
export function removeArticleHead(tree: HastRoot, leaf: (node: Element) => boolean, textOf: (node: Element) => string, hasDate: boolean): Map<string, string> {
  const removed = new Map<string, string>();
  let prose = 0;
  const walk = (parent: HastRoot | Element): void => {
    parent.children = parent.children.filter((child) => {
      if (prose >= HEAD_PROSE_BLOCKS || child.type !== 'element') return true;
      if (child.tagName === 'time' && hasDate) {
        // A `<time>` standing loose in the article's container (no paragraph around it) is a dateline of its own.
        removed.set(textOf(child).replace(/\s+/g, ' ').trim(), 'html/dateline');
        return false;
      }
      if (!leaf(child)) {
        walk(child);
        return true;
      }
      const value = textOf(child).replace(/\s+/g, ' ').trim();
      if (words(value).length >= PROSE_WORDS) {
        prose++;
        return true;
      }
      const rule = prose === 0 && isKicker(child) ? 'html/kicker' : hasDate && isDateline(child) ? 'html/dateline' : undefined;
      if (rule) removed.set(value, rule);
      return rule === undefined;
    }) as typeof parent.children;
  };
  walk(tree);
  return removed;
}
