import type { DocumentMeta, MetaOrigins } from '../_types.ts';
import { documentLanguageTag } from '../../languages.ts';

/** The parts of a DOM this module reads (linkedom's document satisfies it). */
interface MetaDocument {
  documentElement?: { getAttribute(name: string): string | null } | null;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

/** `2003-03-07T10:00:00Z`, `7 March 2003` → `2003-03-07`; what cannot be read as a date → undefined. */
export function toPartialDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (iso) return [iso[1], iso[2], iso[3]].filter(Boolean).join('-');
  const parsed = Date.parse(`${value} UTC`);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString().slice(0, 10);
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/** JSON-LD objects of a page, flattening `@graph` and arrays; unreadable blocks are skipped. */
function jsonLd(doc: MetaDocument): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      found.push(object);
      if (object['@graph']) add(object['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD says nothing; the other sources still may.
    }
  }
  return found;
}

const ARTICLE_TYPES = /^(Article|NewsArticle|BlogPosting|Report|ScholarlyArticle|OpinionNewsArticle|WebPage|CreativeWork)$/;

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length ? names.join(' and ') : undefined;
  }
  if (value && typeof value === 'object') return nameOf((value as Record<string, unknown>).name);
  return undefined;
}

/** “Posted by”, “View all posts by” and the like, before a name. */
const BY = /^(?:(?:posted|written|published|view all posts|all posts|more posts|articles|stories)\s+)?by\s+/i;

/** A person's name as a page sets it: a few words, no digits, no sentence. */
function asName(text: string | null | undefined): string | undefined {
  const name = clean(text)?.replace(BY, '');
  if (!name || /\d|[.!?:]$/.test(name) || name.split(' ').length > 6 || !/^\p{Lu}/u.test(name)) return undefined;
  return name;
}

/** The first element matched whose text reads as a name. */
function nameIn(doc: MetaDocument, selector: string): string | undefined {
  for (const element of doc.querySelectorAll(selector)) {
    const name = asName(element.textContent);
    if (name) return name;
  }
  return undefined;
}

/** schema.org microdata: `itemprop=author` with a `content`, or a Person whose `itemprop=name` says it. */
function microdataAuthor(doc: MetaDocument): string | undefined {
  for (const element of doc.querySelectorAll('[itemprop~="author"]')) {
    const content = element.getAttribute('content');
    if (content && !/^https?:/.test(content)) return asName(content);
    const named = (element as unknown as MetaDocument).querySelector?.('[itemprop~="name"]');
    const name = asName(named ? (named.getAttribute('content') ?? named.textContent) : element.textContent);
    if (name) return name;
  }
  return undefined;
}

/**
 * Title, author, date, site name and canonical URL as the page states them. Each value is taken
 * from the most deliberate source that has it: JSON-LD (written for machines), then Open Graph
 * and `article:*` meta, then the page's own markup (`rel=author`, `<time>`, `<title>`).
 */
export function pageMetadata(doc: MetaDocument, readabilityByline?: string | null): { meta: DocumentMeta; origins: MetaOrigins } {
  const meta: DocumentMeta = {};
  const origins: MetaOrigins = {};
  const set = (key: keyof DocumentMeta, value: string | undefined, origin: string): void => {
    if (meta[key] === undefined && value !== undefined) {
      meta[key] = value;
      origins[key] = origin;
    }
  };
  const metaContent = (selector: string): string | undefined => clean(doc.querySelector(selector)?.getAttribute('content'));

  const article = jsonLd(doc).find((o) => typeof o['@type'] === 'string' && ARTICLE_TYPES.test(o['@type'] as string) && (o.headline || o.name));
  if (article) {
    set('title', clean(String(article.headline ?? article.name ?? '')), 'JSON-LD headline');
    set('author', nameOf(article.author), 'JSON-LD author');
    set('date', toPartialDate(String(article.datePublished ?? article.dateCreated ?? '')), 'JSON-LD datePublished');
    set('publication', nameOf(article.publisher) ?? nameOf(article.isPartOf), 'JSON-LD publisher');
    set('url', typeof article.url === 'string' && /^https?:/.test(article.url) ? article.url : undefined, 'JSON-LD url');
  }
  set('title', metaContent('meta[property="og:title"]'), 'og:title');
  set('author', metaContent('meta[name="author"]'), 'meta author');
  set('author', metaContent('meta[property="article:author"]')?.match(/^https?:/) ? undefined : metaContent('meta[property="article:author"]'), 'article:author');
  set('date', toPartialDate(metaContent('meta[property="article:published_time"]')), 'article:published_time');
  set('publication', metaContent('meta[property="og:site_name"]'), 'og:site_name');
  const canonical = clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
  set('url', canonical && /^https?:/.test(canonical) ? canonical : undefined, 'link rel=canonical');
  set('url', metaContent('meta[property="og:url"]'), 'og:url');
  set('author', microdataAuthor(doc), 'microdata author');
  set('author', nameIn(doc, '.vcard .fn, .h-card .p-name, .p-author'), 'hCard author');
  set('author', nameIn(doc, '[rel~="author"]'), 'rel=author');
  set('author', nameIn(doc, 'a[class*="author"], [class*="byline"] a, [class*="author-name"], [class*="author"] [class*="name"]'), 'author link');
  set('author', clean(readabilityByline?.replace(/^by\s+/i, '')), 'byline');
  set('date', toPartialDate(clean(doc.querySelector('time[datetime]')?.getAttribute('datetime'))), '<time>');
  set('title', clean(doc.querySelector('title')?.textContent), '<title>');
  // The page's language as its markup declares it, then as its headers and metadata do.
  set('language', documentLanguageTag(doc.documentElement?.getAttribute('lang')), '<html lang>');
  set('language', documentLanguageTag(doc.documentElement?.getAttribute('xml:lang')), '<html xml:lang>');
  set('language', documentLanguageTag(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')), 'meta content-language');
  set('language', documentLanguageTag(metaContent('meta[name="language" i]') ?? metaContent('meta[name="dc.language" i]')), 'meta language');
  set('language', article && typeof article.inLanguage === 'string' ? documentLanguageTag(article.inLanguage) : undefined, 'JSON-LD inLanguage');
  set('language', documentLanguageTag(metaContent('meta[property="og:locale"]')), 'og:locale');
  return { meta, origins };
}
