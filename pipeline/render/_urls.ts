/**
 * URLs in running text, for both renderers: what reads as one, and the joints where a line may
 * end inside it. A URL is broken after a slash and before a full stop and the other joints
 * (`?`, `&`, `=`, `#`, `_`, `-`, `~`, `%`, `+`), so that the line's end shows the URL going on
 * and the joint is not read as a hyphen or the sentence's full stop (Chicago's rule).
 */

import { URL_OPENING, isEmailAddress } from '../urls.ts';

/** A word that opens as a URL does (see pipeline/urls.ts), after any punctuation of the sentence's. */
const URL_START = new RegExp(`^(\\p{P})*${URL_OPENING.source}`, 'iu');
const PATH_LIKE = /\S\/\S+\/\S/;
const URL_JOINTS = new Set(['.', '?', '&', '=', '#', '_', '-', '~', '%', '+']);

/** Whether `word` reads as a URL, a path or an e-mail address: broken at its joints, never hyphenated. */
export function looksLikeUrl(word: string): boolean {
  // Either pattern needs a slash, a colon or a full stop (no other character folds to one of
  // them), and a plain word has none: it is let go without running either.
  if (word.indexOf('/') < 0 && word.indexOf(':') < 0 && word.indexOf('.') < 0) return false;
  return URL_START.test(word) || PATH_LIKE.test(word) || isEmailAddress(word);
}

/** Where the URL's scheme ends (`https://`): no break before it. */
export function urlSchemeEnd(word: string): number {
  return word.indexOf('//') + 2;
}

/** Whether a line may end before `word[i]`: just after a slash, or just before a joint. */
export function isUrlJoint(word: string, i: number): boolean {
  const before = word[i - 1]!;
  const at = word[i]!;
  const afterSlash = before === '/' && at !== '/';
  const beforeJoint = URL_JOINTS.has(at) && !URL_JOINTS.has(before) && before !== '/';
  return afterSlash || beforeJoint;
}

/** The offsets in `word` (a URL) where a line may end at a joint, in order. */
export function urlJoints(word: string): number[] {
  const joints: number[] = [];
  for (let i = Math.max(1, urlSchemeEnd(word)); i < word.length; i += 1) if (isUrlJoint(word, i)) joints.push(i);
  return joints;
}
