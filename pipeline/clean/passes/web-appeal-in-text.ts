import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { reasons } from '../_evidence.ts';
import { splitBlocks, splitLines, wordCount, type Line } from '../_lines.ts';
import { appealSenses, isAppeal } from './_web-appeal.ts';
import { boxEdit } from './_web-lines.ts';

/** The reasons web/_web-appeal gives for an appeal's senses. */
const GIVING = 'speaks of giving or paying';
const BELONGING = 'speaks of members or sign-ups';
const ASKED = 'asks the reader';
import { framedAsSpeech, reportsSpeech, topicWords } from './_web-vocabulary.ts';

/** Words from which a block is a paragraph of the piece. */
const PARAGRAPH_WORDS = 20;
/** Most lines of an appeal's block. */
const MAX_LINES = 6;
/** Most of an appeal's topic words the paragraphs beside it may share: the piece's own paragraph shares many. */
const MAX_SHARED = 0.25;

/**
 * The site speaking of itself as "we": the reader asked to support, help or join "us", "our"
 * journalism, newsroom, team, work or site, "we are" a small or independent outfit, no paywall.
 * An author arguing for a cause speaks of "them", "the trust", "the crews"; a quoted appeal is
 * someone's speech. Other tongues' "support us" and "give" to the site count the same.
 */
const SITE_VOICE =
  /\b(?:(?:support|help|join|back|fund|sustain|keep)\s+us|(?:our|this)\s+(?:independent\s+)?(?:journalism|reporting|newsroom|team|site|website|magazine|publication|paper|newspaper|work|writers|editors|archive|podcasts?|newsletters?|coverage|mission|independence|future)|(?:we|we're|we’re|we are)\s+(?:just\s+)?(?:a|an)\s+(?:small|tiny|independent|non-?profit|not-for-profit|reader-(?:funded|supported)|charity)|no paywall|(?:our|its) readers|readers like you|(?:value|like|love|enjoy|appreciate) (?:what|the work) we do)\b|(?<!\p{L})(?:unterstützen sie (?:uns|unsere?n?)|unterstütze uns|soutenez[- ]nous|soutenir (?:notre|nos)|apóyanos|apoya (?:nuestro|a)|sostienici|sostieni (?:il nostro|la nostra)|steun ons|wspieraj nas|stöd oss|støtt oss|støt os)(?!\p{L})/iu;
/** Giving in other tongues: a donation, a membership, a subscription, a sum. */
const FOREIGN_GIVING = /(?<!\p{L})(?:spende\p{L}*|mitglied\p{L}*|abonn\p{L}*|faites un don|dons?|donaci\p{L}+|don[aá]\p{L}*|donazion\p{L}+|abbonat\p{L}*|doneer|donatie|lidmaatschap|darowizn\p{L}*)(?!\p{L})|[£$€]\s?\d|\d\s?[€£$]/iu;
/** The reader asked in other tongues: a polite imperative or "you can". */
const FOREIGN_ASKED = /(?<!\p{L})(?:bitte|jetzt|s['’]il vous plaît|vous pouvez|aidez|por favor|puedes|per favore|puoi|alstublieft|help ons)(?!\p{L})/iu;

/** Most words of a part of an appeal beside it. */
const MAX_PART_WORDS = 70;

/** A short block in the site's voice that speaks of giving or belonging: a part of the appeal beside it. */
function continuesAppeal(block: readonly Line[]): boolean {
  const joined = block.map((l) => l.text.trim()).join(' ');
  if (block.length > MAX_LINES || wordCount(joined) > MAX_PART_WORDS || /^["“‘'«„]/u.test(joined)) return false;
  const senses = appealSenses(block).findings.map((f) => f.reason);
  return SITE_VOICE.test(joined) && (senses.includes(GIVING) || senses.includes(BELONGING));
}

const words = (block: readonly Line[] | undefined): number => (block ? block.reduce((n, l) => n + wordCount(l.text), 0) : 0);

/**
 * A site's appeal for support set between the piece's paragraphs or under the first of them,
 * anywhere in the page ("We're a small team… Unlike many others we have no paywall. If you value
 * our journalism, please support us — from £1."), weighed by sense, never by wording: the senses
 * of an appeal (giving or belonging, the site speaking of itself, the reader asked), the site's
 * own voice ("support us", "our journalism", "we are a small independent …"), and few topic words
 * shared with the paragraphs beside it. A paragraph of the piece about giving shares its topic;
 * an author arguing for a cause does not speak as the site; a quoted appeal is speech and stays.
 */
export const removeAppealInText: Pass = {
  ruleId: 'web/appeal-in-text',
  run(text, ctx) {
    const blocks = splitBlocks(splitLines(text));
    const edits: Edit[] = [];
    const taken = new Set<number>();
    const remove = (b: number, reason: string): void => {
      taken.add(b);
      // Set into one of the text's sentences, the sentence's half glued to the appeal stays (see boxEdit).
      edits.push(boxEdit(blocks, b, text.length, 'web/appeal-in-text', reason, Infinity));
    };
    for (let b = 1; b < blocks.length; b++) {
      const block = blocks[b]!;
      if (block.length > MAX_LINES) continue;
      const joined = block.map((l) => l.text.trim()).join(' ');
      // Someone's speech: the block opens on a quotation mark or is mostly quoted.
      // A call the piece reports with its speech tag ("Join us, they wrote, and …") is someone's words too.
      if (/^["“‘'«„]/u.test(joined) || (joined.match(/["“”«»„]/gu) ?? []).length >= 2 || reportsSpeech(joined)) continue;
      if (!SITE_VOICE.test(joined)) continue;
      const senses = appealSenses(block);
      // The site's own voice is the sense of the site speaking of itself; giving or belonging and the reader asked must be there too.
      const has = (reason: string): boolean => senses.findings.some((f) => f.reason === reason);
      const english = isAppeal(senses) || ((has(GIVING) || has(BELONGING)) && has(ASKED));
      const foreign = !english && wordCount(joined) <= 70 && FOREIGN_GIVING.test(joined) && FOREIGN_ASKED.test(joined);
      if (!english && !foreign) continue;
      // The paragraphs beside it: the piece's text goes on above it (the page's head is for other passes).
      const prev = blocks.slice(Math.max(0, b - 2), b).find((k) => words(k) >= PARAGRAPH_WORDS);
      const next = blocks.slice(b + 1, b + 3).find((k) => words(k) >= PARAGRAPH_WORDS);
      if (!prev) continue;
      // The text around it reports it as someone's words: a call in the story, not the site's.
      if (framedAsSpeech(blocks[b - 1]!.at(-1)!.text, blocks[b + 1]?.[0]?.text)) {
        ctx.keep(block[0]!.start, joined, `may be the site's appeal for support, but the text around it reports it as someone's words (${reasons(senses)})`);
        continue;
      }
      const own = new Set(topicWords(joined));
      const around = new Set(topicWords([...prev, ...(next ?? [])].map((l) => l.text).join(' ')));
      const shared = [...own].filter((w) => around.has(w)).length;
      const why = english ? reasons(senses) : "the site's voice, giving and the reader asked in another tongue";
      if (own.size && shared / own.size > MAX_SHARED) {
        ctx.keep(block[0]!.start, joined, `may be the site's appeal for support, but shares the piece's topic (${why})`);
        continue;
      }
      remove(b, `the site's appeal for support in its own voice (${why}; ${shared} of ${own.size} topic words shared with the paragraphs beside it)`);
    }
    // An appeal runs over a few short paragraphs ("Dear reader, …", "We have no paywall …", "Please give …"): a short block
    // in the site's voice beside a removed one, speaking of giving or belonging, goes with it.
    for (const b of [...taken].sort((x, y) => x - y)) {
      for (const step of [-1, 1]) {
        for (let k = b + step; k > 0 && k < blocks.length && !taken.has(k) && continuesAppeal(blocks[k]!); k += step) remove(k, "a part of the site's appeal beside it, in the same voice");
      }
    }
    return edits.sort((x, y) => x.start - y.start);
  },
  describe: (_edit, old) => `Removed the site's appeal “${old.trim().replace(/\s+/g, ' ').slice(0, 80)}”`,
};
