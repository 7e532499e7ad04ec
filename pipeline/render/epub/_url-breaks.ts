/**
 * URLs in an EPUB's text, given the line breaks print has (see render/_urls.ts): a `<wbr/>`
 * after each slash and before each full stop and other joint, so that a reading system ends a
 * justified line inside a long URL instead of stretching the line's spaces to hold it whole.
 * `<wbr/>` is no character: copying the text gives the URL as written. Each URL is a
 * `<span class="url">` that the style sheet keeps from being hyphenated (a hyphen added inside
 * a URL changes it).
 */
import type { ElementContent, Text } from 'hast';
import { looksLikeUrl, urlJoints } from '../_urls.ts';
import { addressEnd } from '../../urls.ts';

/** Cheap first look: most text nodes hold no URL and are let go without splitting them. */
const MAY_HOLD_URL = /https?:\/\/|ftp:\/\/|www\.|mailto:|\S\/\S+\/\S|\S@\S/i;
/** Punctuation around a URL that is the sentence's, not the URL's. */
const LEADING = /^[("'«‘“[{<]+/u;
const TRAILING = /[)"'»’”\]}>.,;:!?]+$/u;

/** The text with each URL in it set as a span with break opportunities, or undefined when it holds none. */
export function withUrlBreaks(text: Text): ElementContent[] | undefined {
  const value = text.value;
  if (!MAY_HOLD_URL.test(value)) return undefined;
  const out: ElementContent[] = [];
  let plain = '';
  let found = false;
  for (const token of value.split(/(\s+)/)) {
    const lead = LEADING.exec(token)?.[0] ?? '';
    let trail = TRAILING.exec(token.slice(lead.length))?.[0] ?? '';
    let url = token.slice(lead.length, token.length - trail.length);
    if (url === '' || !looksLikeUrl(url)) {
      plain += token;
      continue;
    }
    // Typeset prose set close after it (`…/minutes.pdf—“the`) is not the address's.
    const end = addressEnd(url);
    if (end > 0 && end < url.length) {
      trail = url.slice(end) + trail;
      url = url.slice(0, end);
    }
    const joints = urlJoints(url).filter((at) => at > 0 && at < url.length);
    if (joints.length === 0) {
      plain += token;
      continue;
    }
    found = true;
    plain += lead;
    if (plain) out.push({ type: 'text', value: plain });
    const pieces: ElementContent[] = [];
    let from = 0;
    for (const at of joints) {
      pieces.push({ type: 'text', value: url.slice(from, at) }, { type: 'element', tagName: 'wbr', properties: {}, children: [] });
      from = at;
    }
    pieces.push({ type: 'text', value: url.slice(from) });
    out.push({ type: 'element', tagName: 'span', properties: { className: ['url'] }, children: pieces });
    plain = trail;
  }
  if (!found) return undefined;
  if (plain) out.push({ type: 'text', value: plain });
  return out;
}
