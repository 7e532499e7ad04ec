import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readHtml } from '../../pipeline/read/html/index.ts';
import { webFurnitureRule } from '../../pipeline/read/html/_web-furniture.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/read/html');
const fixture = (name: string, file: string) => readFileSync(path.join(FIXTURES, name, file), 'utf8');

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

  it('takes title, author, date, site and URL from the page', () => {
    expect(read.meta).toEqual({
      title: 'The Canal Workers of 1911',
      author: 'Margaret Hale',
      date: '2019-06-14',
      publication: 'Riverside Labour History',
      url: 'https://example.org/history/canal-workers-1911',
    });
    expect(read.metaOrigins.title).toBe('JSON-LD headline');
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
    expect(byText.get('Home')).toMatchObject({ ruleId: 'html/not-article', line: 25, column: 7 });
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
  ])('%s is %s', (text, rule) => expect(webFurnitureRule(text)).toBe(rule));

  it.each([
    'Share the burden, the union said, or carry it alone for ever.',
    'Print workers struck in 1911 for the same reasons as the boatmen did, and for longer.',
    'Read more than the headlines and you will find a different story of that summer, one of long nights at the basin.',
  ])('keeps the sentence “%s”', (text) => expect(webFurnitureRule(text)).toBeUndefined());
});
