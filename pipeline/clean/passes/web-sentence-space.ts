import type { Pass } from '../_runner.ts';

/**
 * "party.Lenin": a sentence end glued to the next sentence. Two lower-case letters before the
 * stop keep abbreviations ("U.S.", "e.g.") and decimals out; tokens that look like addresses
 * (URLs, e-mail, file names) are left alone.
 */
const GLUED_SENTENCE = /(?<=\p{Ll}\p{Ll}["”’)]?[.!?]["”’)]?)(?=\p{Lu}\p{Ll})/gu;

function tokenAround(text: string, at: number): string {
  const start = text.slice(0, at).search(/\S+$/);
  const rest = /^\S*/.exec(text.slice(at))![0];
  return (start === -1 ? '' : text.slice(start, at)) + rest;
}

export const spaceAfterSentence: Pass = {
  ruleId: 'web/sentence-space',
  run(text) {
    return [...text.matchAll(GLUED_SENTENCE)]
      .filter((m) => !/:\/\/|www\.|@|\.(html?|php|pdf|com|org|net)\b/i.test(tokenAround(text, m.index)))
      .map((m) => ({ start: m.index, end: m.index, text: ' ', ruleId: 'web/sentence-space' }));
  },
};
