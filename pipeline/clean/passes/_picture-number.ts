/**
 * A picture's number as photo essays, galleries and figure lists set it: a counter of the
 * pictures shown ("1/12", "3 of 8", "Photo 3 of 8", "Image 4/10", "(2/9)"), or a figure's or
 * plate's label and number ("Fig. 2", "Plate IV", "Figure 12."). Alone on its line it stands
 * over the picture's caption; before a caption's words it opens them ("1/12 Women mending
 * nets", "Photo 3 of 8: the lighthouse", "Fig. 2 The harbour at low tide"). Running text never
 * opens with a counter of this shape, and a sentence that names a figure goes on in lower case
 * ("Fig. 2 shows …"), so a capital after the number marks a caption's words.
 */

/** A picture word before the counter: "Photo 3 of 8", "Image 4/10", "Slide 2 of 6". */
const PICTURE_LABEL = '(?:photo(?:graph)?s?|images?|pictures?|pics?|slides?|gallery)';
/** A figure's or plate's label: "Fig. 2", "Figure 12", "Plate IV", "Illus. 3". */
const FIGURE_LABEL = '(?:fig(?:ure)?s?\\.?|plates?|illus(?:tration)?s?\\.?)';
/** The counter: a picture's place among those shown, "3/8", "3 / 8", "3 of 8", "3 out of 8". */
const COUNTER = '(\\d{1,3})\\s*(?:\\/|of|out of)\\s*(\\d{1,3})';
/** A figure's number: arabic with a letter ("12b"), or roman. */
const FIGURE_NUMBER = '(?:\\d{1,3}[a-z]?|[IVXLC]{1,7})';

const COUNTER_ALONE = new RegExp(`^[([]?(?:${PICTURE_LABEL}\\s+)?(?:no\\.?\\s*)?${COUNTER}[)\\]]?[.:]?$`, 'i');
const FIGURE_ALONE = new RegExp(`^${FIGURE_LABEL}\\s*${FIGURE_NUMBER}[.:]?$`, 'i');
const COUNTER_BEFORE = new RegExp(`^[([]?(?:${PICTURE_LABEL}\\s+)?${COUNTER}[)\\]]?\\s*([:.|—–-]\\s*)?`, 'i');
const FIGURE_BEFORE = new RegExp(`^${FIGURE_LABEL}\\s*${FIGURE_NUMBER}\\s*([:.|—–-]\\s*)?`, 'i');
/**
 * A caption's words after the number: on a capital, or on any letter after a colon, a bar or a
 * dash that sets the number off ("Photo 7 of 12: the last rope"). The case-blind label patterns
 * above must not see to this.
 */
function opensCaption(rest: string, separator: string | undefined): boolean {
  return /^["“‘']?\p{Lu}/u.test(rest) || (separator !== undefined && /[:|—–-]/.test(separator) && /^["“‘']?\p{L}/u.test(rest));
}
/** A figure's label set as a caption sets it, capitalised or in capitals: "Fig. 2", "FIG. 2", "Plate IV" (not "fig. 2" inside a sentence). */
const CAPITALISED_LABEL = /^(?:Fig|FIG|Figure|FIGURE|Plate|PLATE|Illus|ILLUS|Illustration|ILLUSTRATION)/;

/** A counter whose numbers can count pictures: the picture's place no further than how many there are, at least two. */
function counts(place: string | undefined, total: string | undefined): boolean {
  if (place === undefined || total === undefined) return true;
  const p = Number(place);
  const t = Number(total);
  return p >= 1 && t >= 2 && p <= t;
}

/**
 * The total of a counter set as bare numbers with a slash ("1/12", not "1 of 12" nor "Photo 1/12"),
 * which a date may share ("1/12" for the first of December): such a counter counts pictures only
 * where the document numbers at least two of them against the same total.
 */
export function slashTotal(text: string): string | undefined {
  return /^[([]?\d{1,3}\s*\/\s*(\d{1,3})\b/.exec(text.trim())?.[1];
}

/** The line is a picture's number and nothing else: "1/12", "Photo 3 of 8", "(2/9)", "Fig. 2", "PLATE IV". */
export function isPictureNumberLine(text: string): boolean {
  const t = text.trim();
  const counter = COUNTER_ALONE.exec(t);
  if (counter) return counts(counter[1], counter[2]);
  return FIGURE_ALONE.test(t) && CAPITALISED_LABEL.test(t);
}

/** The length of a picture's number opening a caption's words ("1/12 ", "Photo 3 of 8: ", "Fig. 2 "), or undefined where none opens the line. */
export function pictureNumberBefore(text: string): number | undefined {
  const t = text.trimStart();
  const counter = COUNTER_BEFORE.exec(t);
  if (counter && counts(counter[1], counter[2]) && opensCaption(t.slice(counter[0].length), counter[3])) return counter[0].length;
  const figure = FIGURE_BEFORE.exec(t);
  if (figure && CAPITALISED_LABEL.test(t) && opensCaption(t.slice(figure[0].length), figure[1])) return figure[0].length;
  return undefined;
}
