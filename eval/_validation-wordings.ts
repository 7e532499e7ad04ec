/**
 * The validation split's furniture wordings (`npm run eval -- --validation`): the development
 * texts degraded with web-page furniture worded in ways neither the development pools nor the
 * rules were written against. Written for issue 10 by a helper who had not read the held-out
 * wordings, as a debug set of its own: rules are checked on it, never keyed on its wordings.
 * A pool missing here falls back to the development list.
 */
import { between, cap, pick, type Random } from './_random.ts';

const MONTHS = ['Jan', 'Feb', 'March', 'April', 'June', 'July', 'Aug', 'Sept', 'October', 'November', 'December'];
const date = (r: Random): string =>
  pick(r, [
    () => `${pick(r, MONTHS)} ${between(r, 1, 28)}, ${between(r, 2008, 2024)}`,
    () => `${between(r, 1, 28)}/${between(r, 1, 12)}/${between(r, 2008, 2024)}`,
    () => `${between(r, 2008, 2024)}-0${between(r, 1, 9)}-${between(r, 10, 28)}`,
    () => `${between(r, 1, 28)} ${pick(r, MONTHS)} ${between(r, 2008, 2024)}`,
  ])();
const PEOPLE = ['Maria Okafor', 'Tom Greaves', 'Staff Reporter', 'Priya Nair', 'J. Whitfield', 'The Editors', 'Sam Lindqvist', 'admin', 'Hannah Roe'];

export const VALIDATION = {
  TOPICS: ['allotments', 'the harbour', 'bus routes', 'the mines', 'tenants', 'the canal', 'apprentices', 'the co-op', 'night schools', 'the mills', 'rationing', 'the lido', 'carnivals', 'shipyards', 'the quarry', 'bakers'],
  LINK_SHAPES: [
    (a: string, b: string) => `How ${a} changed ${b} forever`,
    (a: string) => `What happened to ${a}?`,
    (a: string, _b: string, n: number) => `${n} things you never knew about ${a}`,
    (a: string, b: string, _n: number, r: Random) => `${cap(a)} vs ${b} | ${between(r, 2, 14)} min read`,
    (a: string) => `Opinion: it is time we talked about ${a}`,
    (a: string, _b: string, _n: number, r: Random) => `The fight for ${a} — ${pick(r, PEOPLE)}`,
    (a: string, b: string) => `Inside the campaign to save ${a} from ${b}`,
    (a: string, _b: string, n: number) => `Podcast episode ${n}: ${a}`,
    (a: string, b: string) => `${cap(a)}, ${b}, and the long road back`,
    (a: string, _b: string, n: number) => `Photo essay: ${a} in ${1900 + n * 3}`,
    (a: string, b: string, _n: number, r: Random) => `Why nobody wanted to talk about ${a} (and why ${b} still do) · ${date(r)}`,
    (a: string) => `A beginner's guide to ${a}`,
  ],
  linkDate: (r: Random): string => pick(r, [() => date(r), () => `${between(r, 2, 12)} min read`, () => `${between(r, 1, 6)} days ago`, () => `${date(r)} · ${between(r, 0, 40)} comments`])(),
  BYLINES: [
    (a: string) => `By ${a}`,
    (a: string, r: Random) => `Words by ${a} · ${date(r)}`,
    (a: string, r: Random) => `${a} — ${between(r, 3, 15)} min read`,
    (_a: string, r: Random) => `Published on ${date(r)}`,
    (_a: string, r: Random) => `Updated ${between(r, 10, 23)}:${between(r, 10, 59)} GMT, ${date(r)}`,
    (_a: string, r: Random) => `Posted in News on ${date(r)}`,
    (_a: string, r: Random) => `Written by ${pick(r, PEOPLE)} | ${between(r, 0, 30)} comments`,
    (a: string, r: Random) => `${date(r)} / ${a} / ${between(r, 1, 9)} Comments`,
    (_a: string, r: Random) => `Tags: ${pick(r, ['history', 'politics', 'local'])}, ${pick(r, ['archive', 'essays', 'longreads'])}`,
  ],
  LANGUAGES: ['Italian', 'Dutch', 'Welsh', 'Polish', 'Greek', 'Turkish', 'Catalan'],
  ALSO_AVAILABLE: [(l: string) => `This page in ${l}`, (l: string) => `Available in: English | ${l}`, (l: string) => `Translation: ${l} version`, (l: string) => `Switch to ${l} »`],
  WEB_NOTICES: [(l: string) => `A ${l} translation of this article is available`, (l: string) => `Also published in ${l}`, (l: string) => `Click here for the ${l} version`],
  PROMO_SHAPES: [
    (t: string) => `Don't miss: ${t}`,
    (t: string) => `READ NEXT → ${t}`,
    (t: string) => `${t} »`,
    () => 'Sign up for our weekly briefing →',
    () => 'Get the print edition delivered to your door!',
    () => 'Listen to this article',
    (t: string) => `Recommended: ${t}`,
    (_t: string, _r: Random, topic: string) => `More on ${topic} ›`,
    (t: string) => `See also — ${t}`,
  ],
  promoBox: (r: Random): readonly string[] | undefined =>
    r() < 0.4 ? pick(r, [['NEWSLETTER', 'The best of the week, every Friday morning.', 'Sign up'], ['Become a member', 'Members get every issue first.', 'Join today →']]) : undefined,
  APPEALS: [
    ['Can you help?', 'We are a small team and rely on donations. Chip in what you can.'],
    ['Support our work', 'Every contribution, however big or small, keeps this archive free for everyone.', 'Donate now'],
    ['Thanks for reading!', 'If you liked this piece, why not buy us a coffee?'],
    ['A message from the editor', 'Independent writing costs money. Become a supporter from just £3 a month.'],
  ],
  NAV_WORDS: ['Culture', 'Opinion', 'Sport', 'Books', 'Local', 'World', 'Science', 'Letters', 'Archive', 'Travel', 'Obituaries', 'Video'],
  NAV_SHAPES: [
    (a: string, b: string) => `${a} review: ${b.toLowerCase()} at its best`,
    (a: string) => `Live: ${a.toLowerCase()} updates`,
    (a: string, b: string) => `Is ${a.toLowerCase()} the new ${b.toLowerCase()}?`,
    (a: string) => `Best of ${a.toLowerCase()} this year`,
    (a: string, b: string) => `${a} and ${b}: the week in pictures`,
    (a: string) => `Our ${a.toLowerCase()} newsletter`,
  ],
  MENU: ['Menu', 'Search', 'Sign in', 'Shop', 'Newsletters', 'Podcasts', 'Support us', 'My account', 'Skip to content', 'Back to top', 'Log in', 'Register'],
  SHARE: ['Share on X', 'Email this', 'Facebook Twitter LinkedIn Email', 'Print this page', 'Copy link', 'Share via WhatsApp', 'Pin it', 'Spread the word:', 'Share this story', 'Tweet'],
  COMMENT_FORMS: [
    ['12 responses', 'Join the discussion', 'Your name', 'Your email (never shared)', 'Notify me of follow-up comments by email.', 'Submit'],
    ['Comments (4)', 'Sort by: Newest', 'Log in to comment'],
    ['Have your say', 'Name:', 'E-mail:', 'Message:', 'Send'],
    ['1 comment', 'Reply', 'Write a response…', 'By commenting you agree to our community guidelines.'],
    ['Discussion', 'Be the first to comment.', 'Cancel reply', 'Post'],
    ['What do you think?', 'Your comment will appear after moderation.', 'Full name *', 'Email address *', 'Publish comment'],
    ['Commenting is disabled for this post.'],
    ['Show comments (27)', 'Oldest first'],
  ],
  POPUPS: [
    'We value your privacy. Accept all cookies',
    'This site uses cookies. By continuing to browse you agree to our use of cookies.',
    'Manage preferences',
    'You have 2 free articles left this month',
    'Get our newsletter: no spam, unsubscribe any time.',
    'Close ×',
    'Turn on notifications?',
    'Got it!',
  ],
  RELATED_HEADS: ['More like this', 'Further reading', 'Also in this issue', 'Recommended for you', 'Keep reading', 'Related stories', 'What to read next', 'Popular now'],
  LINK_LIST_HEADS: ['Trending now', "Editor's picks", 'Popular this week', 'From the archive', 'Top stories', 'Latest'],
  /** A footer line at the very end of the page (drawn by the validation split only). */
  footer: (r: Random): readonly string[] =>
    pick(r, [
      [`© ${between(r, 2010, 2024)} The Harbour Gazette. All rights reserved.`],
      ['Privacy policy | Terms of use | Contact'],
      [`Copyright ${between(r, 2010, 2024)}`, 'Powered by WordPress'],
      ['About', 'Advertise', 'Accessibility', 'Cookie settings'],
    ]),
};
