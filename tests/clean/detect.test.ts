import { readSeed } from '../seeds.ts';
import { describe, expect, it } from 'vitest';
import { detectProfile } from '../../pipeline/clean/index.ts';

const seed = readSeed;

describe('detectProfile', () => {
  it('takes hard-wrapped lines of similar length with few blank lines for a PDF extraction', () => {
    const wrapped = Array.from({ length: 20 }, (_, i) => `line ${i} of a hard wrapped column of text goes here`).join('\n');
    expect(detectProfile(wrapped)).toBe('pdf-text');
  });

  it('takes Markdown syntax with blank-line paragraphs for Markdown', () => {
    expect(detectProfile('# Title\n\nSome *emphasis* and a [link](https://x.org).\n\n> A quote.\n')).toBe('markdown');
  });

  it('takes one paragraph per line, separated by blank lines, for a web page', () => {
    expect(detectProfile('A paragraph on one long line.\n\nAnother paragraph.\n')).toBe('web');
    expect(detectProfile('')).toBe('web');
  });

  it('takes a verse-heavy extraction, its prose wrapped and its stanzas between blank lines, for a PDF extraction', () => {
    const prose = 'These songs were taken down one winter by a schoolmaster who\nlodged at the inn and listened to the eel-catchers in the\nevenings, when the work was done.';
    const stanza = 'Down by the dyke where the water is still,\n    The eel-man waits with his net and his will,\nAnd the wind comes over the reeds at night\nAnd carries away the last of the light.';
    const text = [prose, 'The first song', stanza, stanza, 'The second song', stanza, stanza].join('\n\n\n');
    expect(detectProfile(text)).toBe('pdf-text');
    // The same poem as a web copy: its prose on one long line.
    const web = [prose.replace(/\n/g, ' ').repeat(2), 'The first song', stanza.replace(/\n {4}/g, '\n'), stanza].join('\n\n');
    expect(detectProfile(web)).toBe('web');
  });

  it('takes a web copy of verse for a web page when a list of links stands before it, though its long entries wrap', () => {
    const titles = ['Harbour dues: a short history', 'Why tides matter for the town', 'Remembering the ferry', 'Letters: on nets, boats and the', 'future of the quay', 'The hidden story of the lock', '3 May 2014', 'Eel fishing after forty years: what the', 'records tell us about the river and the people who lived by it', 'Salt and sail: the view from below', 'Remembering the mill', 'Why rents matter for fishermen', 'The hidden story of the sluice', 'Boats and nets: a short history', 'Remembering the harbour master', 'The truth about the dredger', 'Why bridges matter for the market', 'Ferries and fares: what next?', 'The quay in winter'];
    const stanza = 'Twice a day the water comes\nover the mud and the samphire,\nand twice a day it goes again\nand leaves the gulls their quarrel.';
    const prose = 'These poems were written over one winter in a cottage on the salt marsh, where the only neighbours were\nwading birds.';
    const text = ['Home', 'Latest news', titles.join('\n'), prose, stanza, stanza, stanza].join('\n\n');
    expect(detectProfile(text)).toBe('web');
    // A pamphlet's contents page keeps an extraction an extraction: its lines end in page numbers.
    const contents = ['Contents', ...titles.map((title, i) => `${title.replace(/[:,]/g, '')} ${i * 3 + 5}`)].join('\n');
    const wrappedProse = Array.from({ length: 20 }, (_, i) => `line ${i} of a hard wrapped column of text goes here`).join('\n');
    expect(detectProfile([contents, wrappedProse].join('\n\n'))).toBe('pdf-text');
  });

  it('takes a web page for a web page when its long list of links wraps entries and dates them in lower case', () => {
    // Entries wrap onto lower-case tails and each has a date line under it, worded as sites in
    // other languages print them; a paragraph per line follows.
    const list: string[] = [];
    const subjects = ['the ferry', 'the salt pans', 'the pier', 'the lifeboat', 'the fish market', 'the net lofts', 'the harbour wall', 'the dredger', 'the lighthouse', 'the boatyard'];
    for (const [i, subject] of subjects.entries()) {
      list.push(`Ten pictures that show how ${subject} looked`);
      if (i % 2) list.push('before the war and after it');
      if (i % 3 === 0) list.push([`updated ${i + 2} hours ago`, `il y a ${i + 1} jours`, `vor ${i + 3} Stunden`][i % 9 ? 1 : 0]!);
      list.push(`Could ${subject} return?`, `Letters about ${subject}`);
    }
    const paragraph = 'The harbour was built in three stages, and each one left a mark on the town that can still be read in the line of its streets.';
    const text = ['Home', 'News', list.join('\n'), paragraph, paragraph, paragraph].join('\n\n');
    expect(detectProfile(text)).toBe('web');
    // The same lines as a hard-wrapped column run on in lower case far more often: still an extraction.
    const column = Array.from({ length: 30 }, (_, i) => (i % 2 ? 'and the water came in over the wall of the' : `Harbour ${i} was rebuilt after the storm`)).join('\n');
    expect(detectProfile([column, column].join('\n\n'))).toBe('pdf-text');
  });

  it('takes a page that opens on a site’s menus for a web page, though it has a numbered list and a note in underscores', () => {
    const menu = ['Home', 'News & views', 'Local history ⟶ Archive', 'Walks | Talks | Shop', 'Subscribe', 'Our people', 'Latest', 'Harbour dues: a short history', 'Could the ferry run again?', '12 min read', 'Remembering the mill'];
    const body = [
      'The Lock Keepers',
      '_This article was first printed in the spring newsletter._',
      'For two hundred years the locks on the lower river were kept by families who lived beside them, and the work passed from father to son and often to daughter.',
      'The keepers were paid little and housed well. Their duties were these:',
      '1. To work the gates for every boat, by day or night.\n2. To keep the weir clear of weed and timber.\n3. To record every boat and its cargo in the toll book.',
      'The toll books survive for most of the nineteenth century, and they are the best record we have of what the river carried.',
    ];
    expect(detectProfile([...menu, ...body].join('\n\n'))).toBe('web');
    // The same text without the menus is an editor's Markdown.
    expect(detectProfile(body.join('\n\n'))).toBe('markdown');
  });

  it('takes a short wrapped interview for a PDF extraction, though its questions, captions and one long paragraph break the measure', () => {
    const text = [
      'MENDING NETS',
      'ON THE QUAY',
      '',
      'by Staff Reporter',
      '',
      'ohn Carr has mended nets on the same stretch of quay for forty years. He is',
      'seventy, works sitting down, and still starts at six every morning from',
      'March to October.',
      'Q: How did you learn?',
      'A: My uncle had a loft above the chandler, and when I was twelve he',
      'The loft in 1950',
      'put a needle in my hand and told me to watch. I cut my thumb on the',
      'first day and I have cut most of my fingers since. You stop',
      'minding after a while.',
      'Q: Is it hard work?',
      '',
      'Q: What has changed?',
      'A: The twine, mostly. When I started it was all cotton and tar and it rotted if you left it wet; now it is all nylon and it lasts for years, and nobody needs a mender as often as they did.',
      'Q: Will you stop?',
      'A: When my eyes go. My grandson comes down on Saturdays to help and he',
      'is quicker than I was, though I tell him he is careless with the knots.',
      '',
      '12 MENDING NETS ON THE QUAY',
    ].join('\n');
    expect(detectProfile(text)).toBe('pdf-text');
  });

  it('takes a verse pamphlet for a PDF extraction when its text layer keeps the indents of headings and verse', () => {
    const stanza = (a: string, b: string) => `${a} down by the dyke where the water is still,\nThe eel-man waits with his net and his will,\n    And the wind comes over the reeds at night\nAnd carries away the last of the ${b}.`;
    const pamphlet = [
      'Songs of the Fen',
      'T\nhese songs were taken down one winter by a schoolmaster who lodged at the inn,\nand listened to the eel-catchers in the evenings when the work was\ndone.',
      ' The first song',
      stanza('Deep', 'light'),
      stanza('Far', 'day'),
      ' The second song',
      stanza('Low', 'year'),
      'A note on the songs',
      'he songs were printed in a small edition for the singers themselves, and most of the copies were worn out in the inn within a year; this text follows the one copy that the schoolmaster kept, with his pencilled corrections, which we have followed wherever they differ from the print.',
    ].join('\n\n');
    expect(detectProfile(pamphlet)).toBe('pdf-text');
    // Its web copy sets every line at the margin and each paragraph on one line.
    const web = pamphlet.replace(/^ +/gm, '').replace(/^T\nhese/m, 'These').replace(/inn,\nand|was\ndone/g, (m) => m.replace('\n', ' '));
    expect(detectProfile(web)).toBe('web');
  });

  it('takes a web copy of verse for a web page when its list of links sets each entry between blank lines', () => {
    // Entries one to a block, some with a date under them; the short prose stays on one line under
    // the 160 characters that mark a web copy, and the verse runs on in lower case.
    const titles = ['Harbour dues: a short history', 'Why tides matter for the town', 'Remembering the ferry', 'Letters: on nets, boats and the future of the quay', 'The hidden story of the lock', 'Eel fishing after forty years: what the records tell us', 'Salt and sail: the view from below', 'Remembering the mill', 'Why rents matter for fishermen', 'The hidden story of the sluice', 'Boats and nets: a short history', 'Remembering the harbour master', 'The truth about the dredger'];
    const list = titles.map((title, i) => (i % 4 === 1 ? `${title}\n${i + 3} May 2014` : title));
    const stanza = 'Twice a day the water comes\nover the mud and the samphire,\nand twice a day it goes again\nand leaves the gulls their quarrel.';
    const prose = 'These poems were written over one winter in a cottage on the salt marsh. I have left them in the order in which they came.';
    const poems = ['Salt Marsh Poems', prose, 'High Water', stanza, 'Low Water', stanza, stanza];
    expect(detectProfile([...list, ...poems].join('\n\n'))).toBe('web');
    // The same page with its spaced list at the foot: related articles, then a comment form's fields.
    const foot = ['Share this post', 'Related articles', ...titles.slice(0, 4), 'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment', 'Name *', 'Email *', 'Website', 'Post Comment'];
    expect(detectProfile([...poems, ...foot].join('\n\n'))).toBe('web');
    // Without the list the verse and its one short paragraph read as an extraction's, as before.
    expect(detectProfile(poems.join('\n\n'))).toBe('pdf-text');
  });

  it('takes a web copy of verse for a web page when a short menu stands before it and a comment form after it', () => {
    // Neither list makes a dozen lines in a row, nor a dozen blocks: together they frame the text.
    const menu = ['Join us', 'About us', 'A new deal on the quay', 'Why tides matter for the town', 'The truth about the dredger', 'Ferries and fares: what next?'];
    const stanza = 'Twice a day the water comes\nover the mud and the samphire,\nand twice a day it goes again\nand leaves the gulls their quarrel.';
    const prose = 'These poems were written over one winter in a cottage on the salt marsh. I have left them in the order in which they came.';
    const poems = ['Salt Marsh Poems', prose, 'HIGH WATER', stanza, 'LOW WATER', stanza, stanza];
    const form = ['Read more', 'Remembering the mill', 'Leave a Reply', 'Name *', 'Email *', 'Post Comment'];
    expect(detectProfile([menu.join('\n'), ...poems, ...form].join('\n\n'))).toBe('web');
    // The same poems opening on a pamphlet's title page, author and imprint stay an extraction.
    const front = ['SALT MARSH POEMS', 'Written in a Cottage', 'on the Marsh', 'Ann Reed', 'The Fen Press', '1931'];
    expect(detectProfile([front.join('\n'), ...poems.slice(1)].join('\n\n'))).toBe('pdf-text');
  });

  it('keeps an extraction an extraction when its headings and short paragraphs stand between blank lines', () => {
    // Headings over short paragraphs, each block apart: the paragraphs end with a stop, so no dozen
    // blocks in a row read as a list, and the wrapped prose still makes it an extraction.
    const wrapped = 'The toll was levied on every cart that crossed the bridge, and\nthe keeper kept a book of them that survives to this day in the\ncounty archive.';
    const parts: string[] = [];
    for (let i = 0; i < 8; i += 1) parts.push(`Section ${i + 1}`, `The bridge in ${1800 + i * 10}`, 'The toll was raised again.', wrapped);
    expect(detectProfile(parts.join('\n\n'))).toBe('pdf-text');
  });

  it('takes a web copy of poems that opens on a site\'s menus for a web page, though its verse runs on in lower case', () => {
    const menu = ['Home', 'About', 'Walks and talks', 'The ferry in winter', 'Tolls and the town', 'Why the quay matters', 'Eels of the lower river'];
    const poem = (name: string): string =>
      `${name}\n\nThe tide comes up the creek at six, the mud\ngoes silver, and the boats lift off their keels;\nthe gulls complain, as gulls will, of the flood,\nand nobody is hungry for their meals.`;
    const text = [...menu, 'Low Water, Poems of the Marsh', 'These were written one summer in a hut above the saltings, and are printed in the order they were made.', poem('Morning'), poem('Noon'), poem('Evening'), 'Share this', 'Leave a comment'].join('\n\n');
    expect(detectProfile(text)).toBe('web');
    // The same poems from a pamphlet's text layer: a word broken at a line end shows the page.
    expect(detectProfile(text.replace('go', 'go-\n').replace(/^(Home|About)\n\n/gm, ''))).toBe('pdf-text');
  });

  it('takes a short verse pamphlet for a PDF extraction when its note arrived on one long line, by the indents of its verse', () => {
    const stanza = 'Twice a day the water comes\nAnd twice a day it goes,\n    And what it takes it never keeps\nAnd what it gives, it knows.';
    const text = [
      'Psalms of the Saltings',
      'These were made one winter in a cottage on the\nmarsh, where the only clock was the tide.',
      ' The first psalm',
      stanza,
      ' The second psalm',
      stanza.replace(/^And/gm, '    Or'),
      ' A NOTE',
      'he poems were first printed privately in an edition of fifty copies, most of which were given away to friends; they are reprinted here from the author\'s own copy, with his corrections in pencil, which we have followed wherever they differ from the print.',
    ].join('\n\n');
    expect(detectProfile(text)).toBe('pdf-text');
  });

  it('recognises the seeds', () => {
    expect(detectProfile(seed('000_9fc140d51e13a2eb.txt'))).toBe('web');
    expect(detectProfile(seed('001_8febee303f6d75d1.txt'))).toBe('web');
    expect(detectProfile(seed('003_45fa8428baf552bc.txt'))).toBe('pdf-text');
    expect(detectProfile(seed('004_8a5c224fc5b05085.txt'))).toBe('web');
  });
});
