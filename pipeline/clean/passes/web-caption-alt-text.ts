import type { Edit } from '../../types.ts';
import type { Pass } from '../_runner.ts';
import { SENTENCE_END, isBlank, splitLines, wordCount } from '../_lines.ts';
import { isTitleCase } from '../_evidence.ts';
import { isProse } from './_web-lines.ts';
import { showsSomeoneDoing } from './web-caption-shape.ts';

/** A picture's alt text as a site or a network writes it for the picture: "Image may contain: …", "May be an image of …", "Photo of …". */
const ALT_FORMULA = /^(?:image may contain|may be (?:an? )?(?:image|photo|picture|illustration|graphic|cartoon|text)|(?:an? )?(?:image|photo(?:graph)?|picture|illustration|screenshot) (?:of|showing)\s)/i;
/** What an alt text describing a picture opens on: an article or a count, and who or what is seen. */
const DESCRIPTION_OPENING = /^(?:A|An|Two|Three|Four|Five|Several|Some|Many|A group of|A crowd of|A pair of|People|Men|Women|Children|Boys|Girls)\s+\p{L}/u;
/** Words of an alt text: a short description, a line's length at most. */
const MIN_WORDS = 6;
const MAX_WORDS = 25;
/** The writer or the reader in the line: the text's own voice, never a picture's description. */
const VOICE = /\b(?:I|I'm|I’m|me|my|we|our|us|you|your)\b/u;


/**
 * A picture's alt text left in a web copy by a scraper, standing alone between paragraphs: a
 * network's or a site's formula for it ("Image may contain: …", "May be an image of …", "Photo
 * of …"), or a plain description of what is seen, as alt texts are written: an article or a
 * count and someone or something doing what the picture shows ("A woman standing behind a
 * stall …", "Two boys fishing from the pier"), six words or more, in sentence case, with no
 * closing stop; neither the writer nor the reader speaks in either kind. A heading names a topic, in title
 * case or a few words; a paragraph of one sentence ends on its stop. Before the first paragraph
 * and after the last nothing is taken, nor a line whose sentence goes on below it in lower case.
 */
export const removeAltText: Pass = {
  ruleId: 'web/caption-alt-text',
  run(text) {
    const lines = splitLines(text);
    // The text's first and last paragraph of prose: a line between them stands inside the text, not at its head or foot.
    const prose = lines.filter((line) => !isBlank(line) && isProse(line.text));
    const firstProse = prose[0]?.index ?? Number.POSITIVE_INFINITY;
    const lastProse = prose.at(-1)?.index ?? -1;
    const edits: Edit[] = [];
    for (const line of lines) {
      if (isBlank(line)) continue;
      const above = lines[line.index - 1];
      const below = lines[line.index + 1];
      if ((above && !isBlank(above)) || (below && !isBlank(below))) continue;
      const t = line.text.trim();
      const words = wordCount(t);
      if (words < 3 || words > MAX_WORDS || line.index < firstProse || line.index > lastProse) continue;
      const formula = ALT_FORMULA.test(t) && !VOICE.test(t);
      const described = words >= MIN_WORDS && DESCRIPTION_OPENING.test(t) && showsSomeoneDoing(t) && !SENTENCE_END.test(t) && !/[:;,?!]$/.test(t) && !isTitleCase(t) && !VOICE.test(t) && !/["“”]/.test(t);
      if (!formula && !described) continue;
      // A sentence going on in lower case past the blank line: the line is the first half of a paragraph a removed box
      // left standing alone ("A crowd gathering at the gates of the" … "works, which …"), not a picture's text.
      const next = lines[line.index + 2];
      if (next && /^\s*\p{Ll}/u.test(next.text)) continue;
      edits.push({
        start: line.start,
        end: below ? below.end + 1 : line.end,
        text: '',
        ruleId: 'web/caption-alt-text',
        reason: formula ? "a picture's alt text, in the formula sites write it in" : "a picture's alt text: someone doing what the picture shows, no stop, between paragraphs",
      });
    }
    return edits;
  },
  describe: (_edit, old) => `Removed a picture's alt text “${old.trim()}” from the text flow`,
};
