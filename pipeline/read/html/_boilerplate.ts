/**
 * Blog-template furniture found by what real pages share, before Readability judges the page:
 * the names themes give it (class, id, role, aria-label: breadcrumbs, tags, categories, author
 * box, related posts, share bar, newsletter, comments, pager, table of contents, widgets), the
 * schema.org microdata that marks a breadcrumb trail, links that say what they are (`rel=tag`,
 * `rel=category`, `rel=prev`/`next`), and trails of short steps apart by `›` or `»`.
 *
 * The article body is never taken for furniture: the element that holds most of the page's
 * paragraph text (the “core”) and every element around it are kept whatever they are named
 * (WordPress and Ghost name the article itself `tag-…`, `category-…`), and only blocks are
 * judged, never a name within a sentence. Inside the core only a
 * short or link-heavy block goes (a newsletter box set in the body); outside it, a named block
 * goes whole. What goes is listed with the hint that named it.
 */

/** The parts of a DOM element this module reads and changes (linkedom's satisfy it). */
export interface DomElement {
  tagName: string;
  textContent: string | null;
  children: ArrayLike<DomElement>;
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
  parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  contains(other: DomElement): boolean;
  remove(): void;
}

/** Words of a class or id that name template furniture, one word of the name (`post-tags` → `tags`), wherever it stands. */
const HINT_WORDS =
  /^(?:(?:bread)?crumbs?|crumbtrail|tags|taglist|tagcloud|tagged|categories|author|authors|byline|related|recommended|readnext|share|sharing|sharebar|social|newsletter|subscribe|subscription|signup|mailing|mailinglist|comments?|respond|replies|responses|disqus|pagination|pager|paginav|pagenav|prevnext|toc|widget|widgets|sidebar|postmeta|footer|colophon|copyright|promo|advert|ad|ads|sponsor|sponsored|cookie|consent|gdpr|popup|modal|skip)$/i;
/**
 * Words that name furniture around an article but may name a part of one (an info box, a
 * label, a date line in a letter): heeded only outside the article body.
 */
const OUTSIDE_HINT_WORDS = /^(?:tag|labels?|category|cats?|bio|meta|info|postinfo|dateline|timestamp|posted|published|nav|navigation)$/i;

/** Blocks judged by their names; an inline element (a name in a sentence) never is. */
const BLOCK_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'NAV', 'HEADER', 'FOOTER', 'UL', 'OL', 'DL', 'P', 'FORM', 'DETAILS', 'TABLE']);

/** The words of an element's class names and id: `BlogItem-author-bio` → blog, item, author, bio. */
export function nameWords(element: DomElement): string[] {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('aria-label') ?? ''}`;
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .map((w) => w.toLowerCase())
    .filter(Boolean);
}

const ROLES = /^(?:navigation|banner|contentinfo|complementary|search|dialog|alertdialog)$/;
const TRAIL = /^(?:[^›»>|/\\]{1,40}[›»>|/\\]\s*){2,}[^›»>|/\\]{0,60}$/;
const ALL_FURNITURE_LINKS = 'a[rel~="tag"], a[rel~="category"], a[rel~="prev"], a[rel~="next"]';

/** An element's text with its elements set apart by spaces, as the blocks it is made of read. */
export function spacedText(element: DomElement): string {
  let text = '';
  for (const node of Array.from(element.childNodes)) text += node.nodeType === 1 ? ` ${spacedText(node as unknown as DomElement)} ` : (node.textContent ?? '');
  return text.replace(/\s+/g, ' ').trim();
}

const words = (text: string | null | undefined): number => (text ?? '').split(/\s+/).filter(Boolean).length;

const MARKED_AUTHOR_OR_DATE = '[itemprop~="author"], [itemprop~="datePublished"], [itemprop~="dateModified"], time[datetime], [rel~="author"], .vcard, .h-card';
/** Most words a byline or date line holds besides its marked author and date: “Posted on … by …”. */
const MAX_LABEL_WORDS = 4;

/**
 * The words besides the marked author and date make a sentence (“On 3 March the depots shut.”):
 * more than a label's few, or closing on a word and a full stop.
 */
function readsAsSentence(element: DomElement, marked: readonly DomElement[]): boolean {
  let rest = spacedText(element);
  for (const m of marked) rest = rest.replace(spacedText(m), ' ');
  rest = rest.replace(/\s+/g, ' ').trim();
  return words(rest) > MAX_LABEL_WORDS || /\p{Ll}{2,}[.!?]["”’]?$/u.test(rest);
}

/** Paragraphs of this many words are the article's text; its head ends at the third. */
const PROSE_WORDS = 12;
const HEAD_PROSE_BLOCKS = 3;

/** The elements of the article body before its third paragraph of prose: its head (standfirst, picture, byline, date). */
function headOf(core: DomElement): Set<DomElement> {
  const head = new Set<DomElement>();
  let prose = 0;
  const visit = (element: DomElement): boolean => {
    for (const child of Array.from(element.children)) {
      if (child.tagName.toUpperCase() === 'P' && words(child.textContent) >= PROSE_WORDS && ++prose >= HEAD_PROSE_BLOCKS) return false;
      head.add(child);
      if (!visit(child)) return false;
    }
    return true;
  };
  visit(core);
  return head;
}

/** Why `element` is template furniture, or undefined. */
function hintOf(element: DomElement, inCore: boolean, inHead: boolean): string | undefined {
  const role = element.getAttribute('role');
  if (role && ROLES.test(role)) return `role=${role}`;
  const itemtype = element.getAttribute('itemtype') ?? '';
  if (/BreadcrumbList|SiteNavigationElement|WPSideBar|WPFooter|WPHeader|Comment\b/.test(itemtype)) return `itemtype ${itemtype.replace(/^.*\//, '')}`;
  const named = nameWords(element);
  const hint = named.find((w) => HINT_WORDS.test(w)) ?? (inCore ? undefined : named.find((w) => OUTSIDE_HINT_WORDS.test(w)));
  if (hint) return `named “${hint}”`;
  // A short line that holds the post's author or date as markup, and little else, states them: the byline or
  // date line. Within the article only at its head: a dated entry further on (a diary's) is the text's own.
  if ((!inCore || inHead) && words(element.textContent) <= 25) {
    const marked = Array.from(element.querySelectorAll(MARKED_AUTHOR_OR_DATE));
    if (marked.length > 0 && !readsAsSentence(element, marked)) return 'a byline or date line (author or date marked up)';
  }
  const links = element.querySelectorAll('a');
  if (links.length > 0) {
    const tagged = element.querySelectorAll(ALL_FURNITURE_LINKS);
    const linkWords = Array.from(links).reduce((n, a) => n + words(a.textContent), 0);
    // Every link a tag, category or neighbour post, and little text besides the links: a tag line or a pager.
    if (tagged.length === links.length && words(element.textContent) - linkWords <= 4) return 'links marked rel=tag/category/prev/next';
  }
  return undefined;
}

/** Text of the paragraphs within an element: what an article is made of. */
function paragraphText(element: DomElement): number {
  return Array.from(element.querySelectorAll('p, li, blockquote, pre, h2, h3, h4, dd')).reduce((n, p) => n + (p.textContent?.length ?? 0), 0);
}

/** The deepest element holding at least this share of the page's paragraph text. */
const CORE_SHARE = 0.6;

function findCore(body: DomElement): DomElement | undefined {
  const total = paragraphText(body);
  if (total === 0) return undefined;
  let core = body;
  for (;;) {
    const next = Array.from(core.children).find((child) => paragraphText(child) >= CORE_SHARE * total);
    if (!next) return core;
    core = next;
  }
}

/** A block inside the article body goes only when it is short or mostly links. */
function slightInsideCore(element: DomElement): boolean {
  const count = words(element.textContent);
  if (count <= 60) return true;
  const linkWords = Array.from(element.querySelectorAll('a')).reduce((n, a) => n + words(a.textContent), 0);
  return linkWords >= 0.5 * count;
}

export interface Removed {
  text: string;
  hint: string;
}

/** Removes template furniture from the page's body, returning what went and why, and the short blocks that follow the article. */
export function removeTemplateFurniture(body: DomElement): { removed: Removed[]; trailing: string[] } {
  const core = findCore(body);
  if (!core) return { removed: [], trailing: [] };
  const removed: Removed[] = [];
  const head = headOf(core);
  const visit = (element: DomElement): void => {
    for (const child of Array.from(element.children)) {
      const holdsCore = child === core || child.contains(core);
      const hint = holdsCore || !BLOCK_TAGS.has(child.tagName.toUpperCase()) ? undefined : (hintOf(child, core.contains(child), head.has(child)) ?? trailOf(child, core));
      if (hint && (!core.contains(child) || slightInsideCore(child))) {
        const text = spacedText(child);
        if (text) removed.push({ text, hint });
        child.remove();
        continue;
      }
      visit(child);
    }
  };
  visit(body);
  return { removed, trailing: trailingBlocks(body, core) };
}

const LEAF_TAGS = new Set(['P', 'LI', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'DD', 'BLOCKQUOTE', 'FIGCAPTION', 'ADDRESS', 'SPAN', 'A', 'SMALL']);
/** Words that name notes, sources or corrections: the article's own matter, wherever it stands. */
const NOTE_WORDS = /^(?:notes?|footnotes?|endnotes?|references?|sources?|bibliography|update|updates|correction|corrections|postscript|appendix|citations?)$/i;

/**
 * Short blocks after the article body, outside it, at the page's level: the site's own lines
 * (a colophon, a licence line, a “powered by”), which Readability may take in when it gathers
 * the article's siblings. Notes the article links to, blocks named as notes and the closing lines
 * of the `<article>` that holds the body are never among them.
 */
function trailingBlocks(body: DomElement, core: DomElement): string[] {
  const targets = new Set(Array.from(core.querySelectorAll('a[href^="#"]')).map((a) => a.getAttribute('href')!.slice(1)));
  // The `<article>` that holds the core: a paragraph after the core within it (a closing line
  // outside the div that wraps the rest) is the article's own, unless set in its footer or an aside.
  let article: DomElement | null = core;
  while (article && article.tagName.toUpperCase() !== 'ARTICLE') article = article.parentElement;
  const ownedByArticle = (element: DomElement): boolean => {
    if (!article?.contains(element)) return false;
    for (let at: DomElement | null = element; at && at !== article; at = at.parentElement) if (/^(?:FOOTER|ASIDE|NAV)$/.test(at.tagName.toUpperCase())) return false;
    return true;
  };
  const found: string[] = [];
  let after = false;
  const visit = (element: DomElement): void => {
    if (element === core) {
      after = true;
      return;
    }
    if (after) {
      if (targets.has(element.getAttribute('id') ?? '') || nameWords(element).some((w) => NOTE_WORDS.test(w)) || ownedByArticle(element)) return;
      const blockChildren = Array.from(element.children).filter((c) => LEAF_TAGS.has(c.tagName.toUpperCase()) && c.tagName.toUpperCase() !== 'A' && c.tagName.toUpperCase() !== 'SPAN');
      const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (blockChildren.length === 0 && LEAF_TAGS.has(element.tagName.toUpperCase()) && text && words(text) <= 40) {
        found.push(text);
        return;
      }
    }
    for (const child of Array.from(element.children)) visit(child);
  };
  visit(body);
  return found;
}

/** A short line of three or more steps apart by `›`, `»`, `>`, `|` or `/`, outside the article: a breadcrumb trail. */
function trailOf(element: DomElement, core: DomElement): string | undefined {
  if (core.contains(element) || element.children.length > 8) return undefined;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (words(text) > 14 || !TRAIL.test(text)) return undefined;
  // Dates (1/2/2020) and fractions are not steps.
  if (/\d[/]\d/.test(text)) return undefined;
  return 'a trail of steps apart by › » > | /';
}
