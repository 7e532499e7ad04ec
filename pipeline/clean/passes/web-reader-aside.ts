import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { interviewQuestions } from '../_evidence.ts';
import { splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { CALL_TO_ACTION, framedAsSpeech, reportsSpeech, topicWords } from './_web-vocabulary.ts';
import { boxEdit, isSpeakerTurn, speakerLabels } from './_web-lines.ts';

/**
 * The page speaking of its own medium: what a site publishes, sells or holds (an article, a
 * series, an episode, an issue, a newsletter, an app, a course, an event's tickets, a print
 * edition, its members), in English and the commoner European tongues. A sense, not a wording:
 * the piece's own sentences speak of their subject, rarely of the page they stand on.
 */
const MEDIUM_NOUNS =
  '(?:articles?|stor(?:y|ies)|posts?|series|episodes?|podcasts?|newsletters?|e-?mails?|inbox|apps?|website|site|issues?|editions?|print|subscri\\p{L}*|members(?:hip)?|audio version|reading list|resources|guides?|courses?|workshops?|webinars?|classes|tickets?|events?|shop|partners?|sponsors?|newsroom|artikel|artícul\\p{L}*|articol\\p{L}*|artig\\p{L}*|artykuł\\p{L}*|épisode\\p{L}*|episodi\\p{L}*|folgen?|aflevering\\p{L}*|abonn\\p{L}*|suscri\\p{L}*|iscri\\p{L}*|assin\\p{L}*|prenumer\\p{L}*|édition|ausgabe|edici[oó]n|edizione|edi[cç][aã]o|editie|billets?|entradas|biglietti|ingressos|kaartjes|cours|kurs\\p{L}*|curso|corso|cursus)';
const MEDIUM = new RegExp(`(?<!\\p{L})${MEDIUM_NOUNS}(?!\\p{L})`, 'giu');
/** The medium pointed at as the page's own: "this article", "our podcast", "the next episode", "cet article", "unser Newsletter". */
const OWN_MEDIUM = new RegExp(
  `(?<!\\p{L})(?:this|our|these|next|latest|new|cet|cette|notre|nos|dies\\p{L}*|unser\\p{L}*|nuestr\\p{L}+|este|esta|nostr\\p{L}+|questo|questa|nosso|nossa|deze|dit|onze|nasz\\p{L}*|ten|vår\\p{L}*|denna|detta)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?${MEDIUM_NOUNS}(?!\\p{L})`,
  'iu',
);
/** The reader addressed, in English and the commoner European tongues: the site's "we" may be the author's, the reader's "you" is not. */
const ADDRESS =
  /(?<!\p{L})(?:you|your|yours|vous|votre|vos|sie|ihr|ihre|ihren|du|dein\p{L}*|tu|tus|usted|voi|vostr\p{L}+|você|vocês|jij|uw|ty|twój|din|ditt)(?!\p{L})/iu;
/** Verbs that open a call beyond the shared list: passing the page on, saving it, enrolling. */
const MORE_CALLS = /^(?:pass|send|save|enrol|enroll|tune in|bookmark)\b/iu;
/** A label over another page's title: the general words of recommending and going on elsewhere. */
const LABEL_SENSE = /\b(?:recommended|related|also|more|next|previous|pick|picks|popular|trending|in this series|elsewhere|missed|featured|read|reading)\b/iu;
/** The text going on past something set in it: "Story continues below", "Article continues after this". */
const GOES_ON = /\b(?:continues?|continued|resumes?)\b.*\b(?:below|above|after|overleaf|next page)\b|\b(?:below|after (?:this|the) (?:break|advert\p{L}*|ad))\b/iu;

/** Most words of a line of an aside, of a title under a label, and of the whole aside. */
const MAX_LINE_WORDS = 22;
const MAX_TITLE_WORDS = 14;
const MAX_WORDS = 40;
const MAX_LINES = 4;
/** Words from which a block is a paragraph of the piece. */
const PARAGRAPH_WORDS = 20;
/** Most of an aside's topic words the paragraphs around it may share: a line of the piece shares its topic. */
const MAX_SHARED = 0.25;

const words = (block: readonly Line[] | undefined): number => (block ? block.reduce((n, l) => n + wordCount(l.text), 0) : 0);

/** The sentences of a text, split after a stop or a question mark before a capital. */
const sentences = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=["“‘']?\p{Lu})/u).map((s) => s.trim());

/**
 * The senses one aside holds: the page's medium (distinct words), the reader or the site addressed, a call, a hook. A
 * question that is one of an interview's turns (see interviewQuestions) is no hook, whatever was set under it.
 */
function senses(block: readonly Line[], isQuestionTurn: (text: string) => boolean = () => false): { medium: number; own: boolean; address: boolean; call: boolean; hook: boolean } {
  const text = block.map((l) => l.text.trim()).join(' ');
  const medium = new Set((text.match(MEDIUM) ?? []).map((w) => w.toLowerCase())).size;
  const call = block.some((l) => sentences(l.text.replace(/^[^\p{L}]+/u, '')).some((s) => CALL_TO_ACTION.test(s) || MORE_CALLS.test(s)));
  // A question set before an offer in the same block: "Enjoying this? Pass it on.", "Teaching this topic? Download …".
  const asking = isQuestionTurn(block[0]!.text) ? block.slice(1) : block;
  const hook = /\?["”’]?\s+["“‘']?\p{Lu}/u.test(asking.map((l) => l.text.trim()).join(' ')) || (asking.length > 1 && /\?\s*$/.test(asking[0]!.text));
  return { medium, own: OWN_MEDIUM.test(text), address: ADDRESS.test(text), call, hook };
}

/** A short label over one or two titles of other pages: "Recommended reading" over a title, "More in this series" over "Part 2: …". */
function labelOverTitles(block: readonly Line[]): boolean {
  if (block.length < 2 || block.length > 3) return false;
  const label = block[0]!.text.trim();
  // A title opens on an article ("The Second Series"); a label does not ("Most popular", "Read this next", "More in this series").
  if (wordCount(label) > 4 || /[.!?,;]$/.test(label) || !LABEL_SENSE.test(label) || /^(?:the|a|an)\s/i.test(label)) return false;
  return block.slice(1).every((l) => {
    const t = l.text.trim();
    return /^["“‘']?[\p{Lu}\p{N}]/u.test(t) && wordCount(t) <= MAX_TITLE_WORDS && !/[.,;]$/.test(t);
  });
}

/** One line that is a label speaking to the reader before another page's title: "You might also like: The last ferry". */
function labelBeforeTitle(block: readonly Line[]): boolean {
  if (block.length !== 1) return false;
  const m = /^([^:|»›→]{3,40})[:|»›→]\s*["“‘']?[\p{Lu}\p{N}]/u.exec(block[0]!.text.trim());
  return !!m && ADDRESS.test(m[1]!) && LABEL_SENSE.test(m[1]!) && !/[.!?]\s/.test(m[1]!) && wordCount(block[0]!.text) <= MAX_TITLE_WORDS + 6 && !/[.;,]["'”’)]?$/.test(block[0]!.text.trim());
}

/** Why a block set apart is the page speaking to its reader about itself, or undefined. */
function asideReason(block: readonly Line[], isQuestionTurn: (text: string) => boolean): string | undefined {
  const text = block.map((l) => l.text.trim()).join(' ');
  const s = senses(block, isQuestionTurn);
  if (s.medium && (s.call || s.hook)) return s.call ? 'a call to the reader about the page, its series or its offers' : 'a question to the reader about the page, answered with an offer';
  if (s.own && s.address && wordCount(text) <= 14) return 'the page or the site speaking to its reader about its medium';
  if (s.own && s.medium >= 2 && wordCount(text) <= 14 && block.length === 1) return 'a short line about the page and its medium';
  if (labelOverTitles(block) || labelBeforeTitle(block)) return "a label over another page's title";
  if (s.medium && wordCount(text) <= 6 && GOES_ON.test(text)) return 'the page going on past something set in it';
  return undefined;
}

/**
 * The page speaking to its reader about itself, set apart between two paragraphs of the piece:
 * one to four short lines that speak of the page's own medium (its articles, series, episodes,
 * newsletter, app, courses, events, print edition, members) and either call the reader to act,
 * ask the reader and answer with an offer, or address the reader or speak as the site; a short
 * label over another page's title; the page going on "below". Found by sense and place, not by
 * wording: such a block shares few of the topic words of the paragraphs around it. Quoted lines,
 * calls the piece reports as speech, an interview's turns and lines a colon introduces stay.
 */
export const removeReaderAside: Pass = {
  ruleId: 'web/reader-aside',
  run(text, ctx) {
    const blocks = splitBlocks(splitLines(text));
    const edits: Edit[] = [];
    const turns = speakerLabels(blocks);
    // An interview's questions stand alone, each over its answer's paragraph; one with a line set under it (a caption) is still a
    // turn. The page's menus and lists count against questions as headings would, so the questions over answers are weighed alone.
    const overAnswers = blocks.filter((block, k) => block.length === 1 && /\?["”’]?$/.test(block[0]!.text.trim()) && words(blocks[k + 1]) >= PARAGRAPH_WORDS);
    const isQuestionTurn = interviewQuestions(overAnswers.map((block) => block[0]!.text));
    for (let b = 1; b + 1 < blocks.length; b++) {
      const block = blocks[b]!;
      if (block.length > MAX_LINES || words(block) > MAX_WORDS) continue;
      if (block.some((l) => wordCount(l.text) > MAX_LINE_WORDS || /^\s*[\p{Ll}"“‘'«„(]/u.test(l.text) || /[,;:]\s*$/.test(l.text) || isSpeakerTurn(l.text, turns))) continue;
      const joined = block.map((l) => l.text.trim()).join(' ');
      if (reportsSpeech(joined)) continue;
      // Set apart among the piece's paragraphs: one just above (past a heading) and one just below (past a heading and its date); a line a colon introduces is the piece's.
      const above = blocks.slice(Math.max(0, b - 2), b).findLast((k) => words(k) >= PARAGRAPH_WORDS);
      const below = blocks.slice(b + 1, b + 4).find((k) => words(k) >= PARAGRAPH_WORDS);
      if (!above || !below || /:\s*$/.test(blocks[b - 1]!.at(-1)!.text)) continue;
      const reason = asideReason(block, isQuestionTurn);
      if (!reason) continue;
      const own = new Set(topicWords(joined.replace(MEDIUM, ' ')));
      const around = new Set(topicWords([...above, ...below].map((l) => l.text).join(' ')));
      const shared = [...own].filter((w) => around.has(w)).length;
      // One word in common is chance in a short aside ("Pass it on to a friend" beside a paragraph of friends); two are the piece's topic.
      if (shared >= 2 && shared / own.size > MAX_SHARED) continue;
      // The text around it reports it as someone's words ("The notice read:" / "So ran the editor's last appeal …").
      if (framedAsSpeech(blocks[b - 1]!.at(-1)!.text, blocks[b + 1]![0]!.text)) {
        ctx.keep(block[0]!.start, joined, `may be the page's aside (${reason}), but the text around it reports it as someone's words`);
        continue;
      }
      const why = `${reason}, set apart between paragraphs (${shared} of ${own.size} topic words shared with them)`;
      // The half of a sentence glued to the aside stays (see boxEdit).
      edits.push(boxEdit(blocks, b, text.length, 'web/reader-aside', why, edits.at(-1)?.end ?? -1));
    }
    return edits;
  },
  describe: (_edit, old) => `Removed the page's aside “${old.trim().replace(/\s+/g, ' ')}”`,
};
