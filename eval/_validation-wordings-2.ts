/**
 * The validation split's second set of furniture wordings (`npm run eval -- --validation 2`):
 * promotions, appeals, bylines and notices worded anew for issue 10 by a helper who had not read
 * the held-out wordings, in shapes of their own (one line, boxes of two to four lines, arrows,
 * bullets, pipes, capitals, exclamations). A debug set: rules are checked on it, never keyed on its
 * wordings. Pools missing here fall back to the first validation set, then to the development list.
 */
import { between, pick, type Random } from './_random.ts';

const MONTHS = ['Jan.', 'Feb.', 'Mar', 'Apr', 'May', 'Jun', 'Sep.', 'Oct', 'Nov.', 'Dec'];
const date = (r: Random): string =>
  pick(r, [
    () => `${pick(r, ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])} ${between(r, 1, 28)} ${pick(r, MONTHS)} ${between(r, 2009, 2025)}`,
    () => `${between(r, 1, 28)}.${between(r, 1, 12)}.${between(r, 2009, 2025)}`,
    () => `${pick(r, MONTHS)} ${between(r, 1, 28)} ${between(r, 2009, 2025)}, ${between(r, 1, 12)}:${between(r, 10, 59)} ${pick(r, ['am', 'pm'])}`,
  ])();
const NAMES = ['Ade Bankole', 'Rosa Whelan', 'K. Ashworth', 'Our Correspondent', 'Lena Moritz', 'Fergus Dunne', 'Web Desk', 'Imogen Pratt'];
const PHOTOGRAPHERS = ['Ravi Shah', 'Alamy', 'PA Wire', 'Nell Osei', 'Reuters'];

export const VALIDATION_2 = {
  BYLINES: [
    (a: string) => `BY ${a.toUpperCase()}`,
    (a: string, r: Random) => `${a} • ${date(r)} • ${between(r, 2, 20)}-minute read`,
    (_a: string, r: Random) => `First published ${date(r)}; last modified ${date(r)}`,
    (_a: string, r: Random) => `Reading time: about ${between(r, 3, 25)} minutes`,
    (_a: string, r: Random) => `Photography by ${pick(r, PHOTOGRAPHERS)}`,
    (a: string, r: Random) => `Story: ${a}  |  Pictures: ${pick(r, PHOTOGRAPHERS)}`,
    (_a: string, r: Random) => `${pick(r, NAMES)}, ${pick(r, ['Contributing Writer', 'Features Editor', 'Guest Author'])}`,
    (_a: string, r: Random) => `Edited on ${date(r)} at ${between(r, 1, 12)}.${between(r, 10, 59)}`,
  ],
  ALSO_AVAILABLE: [(l: string) => `${l} translation ▸`, (l: string) => `[${l}]  [English]`, (l: string) => `Prefer ${l}? Read it here.`],
  WEB_NOTICES: [
    (l: string) => `Translated from the ${l} by volunteers of our reading group.`,
    () => 'Correction: an earlier version of this article misstated a date. It has been amended.',
    () => 'SPONSORED CONTENT',
    () => 'From our archive: this piece is more than ten years old.',
    (l: string) => `Editor's note: a ${l} edition will follow.`,
    () => 'Paid partnership',
  ],
  PROMO_SHAPES: [
    (t: string) => `▶ WATCH: ${t}`,
    (t: string) => `» Also worth your time: ${t}`,
    () => 'Tickets for our spring lecture series are on sale now!',
    (t: string) => `Podcast | ${t}`,
    () => 'This essay first appeared in our quarterly print magazine.',
    (_t: string, _r: Random, topic: string) => `Want more about ${topic}? Get the free weekly digest`,
    () => 'Our new tote bag is here — order yours today',
    (t: string) => `• ${t} …`,
    () => 'JOIN 40,000 READERS — SUBSCRIBE FREE',
  ],
  promoBox: (r: Random): readonly string[] | undefined =>
    r() < 0.45
      ? pick(r, [
          ['EVENTS', 'Walking tour of the old docks', `Saturday ${between(r, 1, 28)} ${pick(r, MONTHS)}, 10am — book your place ›`],
          ['Listen', 'Hear this story read aloud on our podcast.', 'Play episode ▶'],
          ['Get the newsletter', 'Fresh history in your inbox, twice a month.', 'Your email address', 'Subscribe →'],
          ['IN PRINT', 'Back issues are available from our online shop.'],
        ])
      : undefined,
  APPEALS: [
    ['You made it to the end!', 'Readers like you keep these stories free to all.', 'Please give £5 today ›'],
    ['HELP US KEEP WRITING', 'No billionaire owners. No ads. Just you.', 'Become a member →'],
    ['Did you find this useful?', 'We are a registered charity and every gift is matched this month.'],
    ['Support independent history', 'From £2 a month, cancel any time.', 'Support', 'Not now'],
  ],
};
