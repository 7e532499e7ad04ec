/**
 * A page's subtitle (a standfirst, a dek): the block right after the headline that its theme
 * names so (`subtitle`, `standfirst`, `dek` …), or a lower heading right after it that no
 * paragraph follows (Substack's `<h3>` under the `<h1>`, over the byline). It becomes the piece's
 * subtitle, which the book sets under the title, where Readability dropped it or left it among
 * the paragraphs. A heading followed by a paragraph is the text's first section, and stays.
 */
import type { DomElement } from './_boilerplate.ts';
import { nameWords } from './_boilerplate.ts';

const SUBTITLE_NAMES = /^(?:subtitle|subhead|subheading|standfirst|dek|deck|strapline|strap|sous|chapo|chapeau|lede|teaser)$/i;
/** A subtitle is a line or two; a longer block is the text's first paragraph. */
const MAX_WORDS = 45;

const clean = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim();
const comparable = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

function nextElement(element: DomElement): DomElement | undefined {
  const siblings = Array.from(element.parentElement?.children ?? []);
  for (let k = siblings.indexOf(element) + 1; k < siblings.length; k++) if (clean(siblings[k]!.textContent)) return siblings[k];
  return undefined;
}

/** The subtitle under the page's headline (the first `<h1>` that reads as the title), if any. */
export function findSubtitle(body: DomElement, title: string | undefined): string | undefined {
  if (!title) return undefined;
  const headline = Array.from(body.querySelectorAll('h1')).find((h) => comparable(clean(h.textContent)) === comparable(title));
  const under = headline && nextElement(headline);
  if (!under) return undefined;
  const text = clean(under.textContent);
  const words = text.split(' ').length;
  if (words < 2 || words > MAX_WORDS || comparable(text) === comparable(title)) return undefined;
  const named = nameWords(under).some((w) => SUBTITLE_NAMES.test(w));
  const heading = /^H[2-6]$/i.test(under.tagName) && nextElement(under)?.tagName.toUpperCase() !== 'P';
  return named || heading ? text : undefined;
}
