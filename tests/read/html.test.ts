import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readHtml } from '../../pipeline/read/html/index.ts';
import { webFurnitureRule } from '../../pipeline/read/html/_web-furniture.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/read/html');
const fixture = (name: string, file: string) => readFileSync(path.join(FIXTURES, name, file), 'utf8');

describe('readHtml on a blog page whose template furniture sits in the post itself', () => {
  const read = readHtml(fixture('blog-template', 'input.html'), { file: 'post.html' });

  it('keeps the article only: no breadcrumbs, byline line, newsletter box, tags, author box, post links, widgets or footer', () => {
    expect(read.markdown).toBe(fixture('blog-template', 'expected.md'));
    for (const furniture of ['Industry', 'Posted on', 'harbour notes arrive', 'Tagged', 'volunteers at the harbour museum', 'pilot cutter', 'Herring girls', 'Recent notes', 'reused with credit']) {
      expect(read.markdown, furniture).not.toContain(furniture);
    }
  });

  it('takes the author from the microdata, not from the author box', () => {
    expect(read.meta).toMatchObject({ title: 'The Ropewalk at Low Quay', author: 'Ellen Marsh' });
  });

  it('lists each block of the template it removed, with the name or markup that gave it away', () => {
    const byText = new Map(read.edits.map((e) => [e.old, e]));
    expect(byText.get('Front page › Industry › Rope making')).toMatchObject({ ruleId: 'html/template-furniture', line: 10, column: 3, reason: expect.stringContaining('crumb') });
    expect(byText.get('Tagged: rope, quay, women\'s work')).toMatchObject({ ruleId: 'html/template-furniture', line: 21, reason: expect.stringContaining('tags') });
    expect(byText.get('Ellen Marsh volunteers at the harbour museum and writes its monthly bulletin.')).toMatchObject({ ruleId: 'html/template-furniture', reason: expect.stringContaining('author') });
    expect(byText.get('Harbour Notes is written by volunteers. Text may be reused with credit.')).toMatchObject({ ruleId: 'html/after-article', line: 27 });
  });

  it('keeps an info box and a label inside the article body: such names mean furniture only around it', () => {
    const page = fixture('blog-template', 'input.html').replace(
      '<div class="newsletter-signup">',
      '<div class="info"><p>The ropewalk is now a listed building, open on summer Sundays.</p></div><div class="label">Plate three: the walk in 1908</div><div class="newsletter-signup">',
    );
    const markdown = readHtml(page, { file: 'post.html' }).markdown;
    for (const kept of ['listed building, open on summer Sundays', 'Plate three: the walk in 1908']) expect(markdown).toContain(kept);
    expect(markdown).not.toContain('harbour notes arrive');
  });

  it('keeps a block of the article whose name only looks like furniture when it is long prose', () => {
    const prose = 'The harbour master kept a ledger of every rope sold from the walk, with the buyer, the length and the price, and the ledger survives in the county record office with its pages of small neat figures and a few pressed flowers between them, left there by a clerk who plainly liked the work. '.repeat(2);
    const page = fixture('blog-template', 'input.html').replace('<div class="newsletter-signup">', `<div class="author-ledger"><p>${prose}</p></div><div class="newsletter-signup">`);
    expect(readHtml(page, { file: 'post.html' }).markdown).toContain('pressed flowers');
  });
});

describe('readHtml on a full saved page', () => {
  const html = fixture('full-page', 'input.html');
  const read = readHtml(html, { file: 'page.html' });

  it('gives the article alone, as the expected Markdown', () => {
    expect(read.diagnostics).toEqual([]);
    expect(read.markdown).toBe(fixture('full-page', 'expected.md'));
  });

  it('leaves no navigation, sidebar, cookie banner, share bar, related posts or comments', () => {
    for (const furniture of ['Archive', 'cookies', 'Share', 'Facebook', 'Related posts', 'Dockers', 'grandfather', 'Leave a comment', 'Popular this week', 'Support our work', 'newsletter', 'Read more', 'rights reserved']) {
      expect(read.markdown, furniture).not.toContain(furniture);
    }
  });

  it('takes title, author, date, site, URL and language from the page', () => {
    expect(read.meta).toEqual({
      title: 'The Canal Workers of 1911',
      author: 'Margaret Hale',
      date: '2019-06-14',
      publication: 'Riverside Labour History',
      url: 'https://example.org/history/canal-workers-1911',
      language: 'en',
    });
    expect(read.metaOrigins.title).toBe('JSON-LD headline');
    expect(read.metaOrigins.language).toBe('<html lang>');
  });

  it('lists everything removed at its line:column in the HTML', () => {
    const lines = html.split('\n');
    expect(read.edits.length).toBeGreaterThan(20);
    for (const edit of read.edits) {
      expect(edit.new).toBe('');
      // The place points at the element that held the removed text.
      const from = lines[edit.line - 1]!.slice(edit.column - 1);
      expect(from.startsWith('<'), `${edit.line}:${edit.column}`).toBe(true);
      expect(html.split('\n').slice(edit.line - 1).join('\n').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')).toContain(edit.old.split(' ')[0]);
    }
    const byText = new Map(read.edits.map((e) => [e.old, e]));
    expect(byText.get('Sign up for our newsletter to get new articles in your inbox every month.')).toMatchObject({ ruleId: 'html/sign-up', line: 43, column: 5 });
    expect(byText.get('Read more: The railway strike of the same summer')).toMatchObject({ ruleId: 'html/read-more', line: 47 });
    expect(byText.get('Home')).toMatchObject({ ruleId: 'html/template-furniture', line: 25, column: 7, reason: expect.stringMatching(/navigation|nav/) });
  });
});

describe('readHtml without an article', () => {
  it('is an error, not an empty piece', () => {
    const read = readHtml('<!DOCTYPE html><html><head><title>Log in</title></head><body><nav><a href="/">Home</a></nav><form><input name="u"><button>Log in</button></form></body></html>', { file: 'login.html' });
    expect(read.diagnostics).toMatchObject([{ severity: 'error', ruleId: 'html/no-article', file: 'login.html', line: 1, column: 1 }]);
  });
});

describe('web furniture after Readability', () => {
  it.each([
    ['Share: Facebook Twitter Email', 'html/share'],
    ['Share this article on Facebook', 'html/share'],
    ['Subscribe to our newsletter for weekly updates', 'html/sign-up'],
    ['Continue reading…', 'html/read-more'],
    ['12 comments', 'html/comment-count'],
    ['Comments (4)', 'html/comment-count'],
    ['Subscribe now', 'html/button'],
    ['Become a paid subscriber', 'html/button'],
    ['Support our journalism', 'html/button'],
    ['Get the app', 'html/button'],
  ])('%s is %s', (text, rule) => expect(webFurnitureRule(text)).toBe(rule));

  it.each([
    'Share the burden, the union said, or carry it alone for ever.',
    'Print workers struck in 1911 for the same reasons as the boatmen did, and for longer.',
    'Read more than the headlines and you will find a different story of that summer, one of long nights at the basin.',
    'Join us.  We are the many.',
    'Support the strikers, and their families will eat.',
    'Give them time.',
  ])('keeps the sentence “%s”', (text) => expect(webFurnitureRule(text)).toBeUndefined());
});

describe('readHtml on an article whose closing paragraph stands outside the div that wraps the rest', () => {
  const body = [
    'The bakery on Mill Street was run by its members from 1902, and every household in the row took a share of the flour and of the work at the ovens before dawn.',
    'Its accounts were kept in a ledger that survives, with the names of the bakers, the weight of every batch and the price the members agreed each quarter at their meeting.',
  ];
  const closing = 'The ledger ends in 1931, when the bakery was sold to a private firm.';
  const page = [
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The Mill Street Bakery</title></head><body>',
    '<article><h1>The Mill Street Bakery</h1>',
    `<div class="entry">${body.map((p) => `<p>${p}</p>`).join('')}</div>`,
    `<p>${closing}</p>`,
    '<footer><p>Text licensed for reuse with credit to the society.</p></footer>',
    '</article>',
    '<div id="bottom"><p>The Street Histories site is run by volunteers.</p></div>',
    '</body></html>',
  ].join('\n');
  const read = readHtml(page, { file: 'bakery.html' });

  it('keeps the closing paragraph, which is the article’s own, and still leaves out the article’s footer and the site’s line', () => {
    expect(read.markdown).toContain(closing);
    expect(read.markdown).not.toContain('licensed for reuse');
    expect(read.markdown).not.toContain('run by volunteers');
    expect(read.edits.map((e) => e.old)).not.toContain(closing);
  });
});

describe('readHtml on pictures', () => {
  const prose = 'The creamery took in the milk of forty farms, and its butter went by rail to the cities, where it sold under the society’s own stamp for twice what the farmers had been paid before.';
  const page = (img: string): string => `<html lang="en"><body><article><h1>The Creamery</h1><p>${prose}</p><figure>${img}<figcaption>The creamery yard in 1910</figcaption></figure><p>${prose}</p></article></body></html>`;

  it('says which picture it left out and keeps its caption, for a lazy-loaded image as for any', () => {
    const read = readHtml(page('<img class="lazy" data-src="yard.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Carts in the creamery yard">'), { file: 'creamery.html' });
    expect(read.markdown).toContain('The creamery yard in 1910');
    expect(read.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'html/image', severity: 'warning', message: expect.stringContaining('“Carts in the creamery yard”') }));
  });

  it('tells a Word file’s editor to save the picture from the document, not that it came from a web page', () => {
    const read = readHtml(page('<img src="data:image/png;base64,iVBORw0KGgo=" alt="Carts in the creamery yard">'), { file: 'creamery.docx', findArticle: false, kind: 'docx' });
    const message = read.diagnostics.find((d) => d.ruleId === 'html/image')?.message ?? '';
    expect(message).toContain('Word file');
    expect(message).not.toContain('web page');
  });
});

describe('readHtml on pictures saved with the page', () => {
  const prose = 'The creamery took in the milk of forty farms, and its butter went by rail to the cities, where it sold under the society’s own stamp for twice what the farmers had been paid before.';
  const page = `<html lang="en"><body><article><h1>The Creamery</h1><p>${prose}</p><figure><img src="creamery_files/yard.png" alt="Carts in the creamery yard"><figcaption>The creamery yard in 1910. Photograph: County Archive</figcaption></figure><p>${prose}</p><figure><img src="https://cdn.example.org/churn.jpg" alt="A churn"><figcaption>The first churn</figcaption></figure><p>${prose}</p></article></body></html>`;
  const asked: string[] = [];
  const read = readHtml(page, { file: 'creamery.html', localImage: (src) => {
      asked.push(src);
      return src === 'creamery_files/yard.png';
    },
  });

  it('keeps a picture saved beside the page, with its caption in italics after it', () => {
    expect(read.markdown).toContain('![Carts in the creamery yard](creamery_files/yard.png)\n\n*The creamery yard in 1910. Photograph: County Archive*');
    expect(read.diagnostics.map((d) => d.message).join('\n')).not.toContain('Carts in the creamery yard');
  });

  it('never asks for a picture from the network, which it leaves out and names, keeping its caption as text', () => {
    expect(asked).toEqual(['creamery_files/yard.png']);
    expect(read.markdown).not.toContain('churn.jpg');
    expect(read.markdown).toContain('\n\nThe first churn\n');
    expect(read.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'html/image', message: expect.stringContaining('“A churn”') }));
  });

  it('leaves out every picture when no check is given (a page read on its own)', () => {
    const alone = readHtml(page, { file: 'creamery.html' });
    expect(alone.markdown).not.toContain('![');
    expect(alone.markdown).toContain('The creamery yard in 1910. Photograph: County Archive');
  });
});

describe('readHtml on a news article’s head', () => {
  const prose = (n: number): string => `The drivers at depot ${n} stopped work at four in the morning, and the first buses stood in their bays until the afternoon, when the managers drove a few of them out themselves.`;
  const page = (head: string, body = ''): string =>
    `<html lang="en"><head><title>Drivers walk out</title></head><body><header><nav><a href="/">Home</a></nav></header><article>${head}<h1>Drivers walk out</h1><p>${prose(1)}</p><p>${prose(2)}</p><p>${prose(3)}</p>${body}<p>${prose(4)}</p></article></body></html>`;

  it('leaves out the section’s label over the headline, a link into the site, and says so', () => {
    const read = readHtml(page('<p class="x1"><a href="/labour">Labour</a></p>'), { file: 'drivers.html' });
    expect(read.markdown).not.toMatch(/Labour/);
    expect(read.edits).toContainEqual(expect.objectContaining({ ruleId: 'html/kicker', old: 'Labour' }));
  });

  it('keeps a short link that leads out of the site, or one inside the text', () => {
    const read = readHtml(page('<p><a href="https://archive.example.org/strike">Strike papers</a></p>', '<p><a href="/map">The routes</a></p>'), { file: 'drivers.html' });
    expect(read.markdown).toContain('Strike papers');
    expect(read.markdown).toContain('The routes');
  });

  it('leaves out the line that holds only the date the front matter takes, loose or in a paragraph', () => {
    for (const dateline of ['<time datetime="2026-03-03">3 March 2026</time>', '<p>Published <time datetime="2026-03-03">3 March 2026</time></p>']) {
      const read = readHtml(page(dateline), { file: 'drivers.html' });
      expect(read.meta.date).toBe('2026-03-03');
      expect(read.markdown).not.toContain('3 March 2026');
      expect(read.edits).toContainEqual(expect.objectContaining({ ruleId: expect.stringMatching(/^html\/(?:dateline|template-furniture)$/), old: expect.stringContaining('3 March 2026') }));
    }
  });

  it('keeps a date in a sentence, and a dated entry after the article’s opening', () => {
    const dated = (p: string): string => `<p>On <time datetime="2026-03-03">3 March</time> the depots ${p}.</p>`;
    const read = readHtml(page('', `${dated('shut')}<p><time datetime="2026-03-10">10 March</time></p>`).replace('<p>The drivers at depot 1', `${dated('shut')}<p>The drivers at depot 1`), { file: 'drivers.html' });
    expect(read.markdown.split('On 3 March the depots shut.').length - 1).toBe(2);
    expect(read.markdown).toContain('\n10 March\n');
  });
});

describe('readHtml on a subtitle under the headline', () => {
  const prose = (n: number): string => `The cooperative at number ${n} sold bread, coal and boots to its members, and paid back what it made to them each quarter in proportion to what they had spent.`;
  const body = [1, 2, 3].map((n) => `<p>${prose(n)}</p>`).join('');

  it('opens the text with it, in italics, where Readability dropped the header it stood in', () => {
    const page = `<html lang="en"><head><title>What the co-ops got right</title></head><body><article><div class="post-header"><h1>What the co-ops got right</h1><h3>A hundred years of shops owned by their customers</h3><div class="meta"><a href="/@tom">Tom Hale</a></div></div><div class="body">${body}</div></article></body></html>`;
    const read = readHtml(page, { file: 'coops.html' });
    expect(read.markdown.startsWith('*A hundred years of shops owned by their customers*\n\nThe cooperative at number 1')).toBe(true);
    expect(read.edits.map((e) => e.old)).not.toContain('A hundred years of shops owned by their customers');
    // It is the piece's subtitle too, which the book sets under the title (and the cleaner then takes out of the text).
    expect(read.meta.subtitle).toBe('A hundred years of shops owned by their customers');
    expect(read.metaOrigins.subtitle).toBe('the line under the headline');
  });

  it('sets a standfirst the theme names in italics, once', () => {
    const page = `<html lang="en"><head><title>Bread and coal</title></head><body><article><h1>Bread and coal</h1><p class="standfirst">How a street kept its shop for a century</p>${body}</article></body></html>`;
    const read = readHtml(page, { file: 'coops.html' });
    expect(read.markdown.match(/How a street kept its shop for a century/g)).toHaveLength(1);
    expect(read.markdown).toContain('*How a street kept its shop for a century*');
  });

  it('leaves a section heading that a paragraph follows as a heading', () => {
    const page = `<html lang="en"><head><title>Bread and coal</title></head><body><article><h1>Bread and coal</h1><h2>The first shop</h2>${body}</article></body></html>`;
    const read = readHtml(page, { file: 'coops.html' });
    expect(read.markdown).toContain('## The first shop');
    expect(read.markdown).not.toContain('*The first shop*');
    expect(read.meta.subtitle).toBeUndefined();
  });
});

describe('readHtml on ruby annotations', () => {
  const prose = 'In Japan the cooperative movement grew among silk farmers and rice growers, who pooled their harvests and bargained together with the merchants of the towns.';
  const page = (ruby: string): string => `<html lang="en"><body><article><h1>Kumiai</h1><p>${prose}</p><p>The word ${ruby} names such a society.</p></article></body></html>`;

  it('sets the reading after its base text in parentheses, not run into it', () => {
    const markdown = readHtml(page('<ruby>協同組合<rt>きょうどうくみあい</rt></ruby>'), { file: 'kumiai.html' }).markdown;
    expect(markdown).toContain('The word 協同組合(きょうどうくみあい) names such a society.');
  });

  it('keeps a ruby’s own fallback parentheses once', () => {
    const markdown = readHtml(page('<ruby>組合<rp>(</rp><rt>くみあい</rt><rp>)</rp></ruby>'), { file: 'kumiai.html' }).markdown;
    expect(markdown).toContain('The word 組合(くみあい) names such a society.');
  });
});
