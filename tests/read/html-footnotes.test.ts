import { describe, expect, it } from 'vitest';
import { readHtml } from '../../pipeline/read/html/index.ts';

const prose = 'The walk along the river took most of the morning, and we stopped twice to look at the herons standing in the shallows.';

function page(article: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>Notes on a walk</title></head><body><main><article><h1>Notes on a walk</h1>${article}</article></main></body></html>`;
}

describe('readHtml on notes written as a link around a superscript', () => {
  const html = page(
    `<p>${prose} The trees were bare<a href="#fn1" id="r1"><sup>1</sup></a>, and the sky grey.</p>` +
      `<p>${prose} A bell rang noon<sup><a href="#fn2">2</a></sup>.</p>` +
      '<section class="footnotes"><ol><li id="fn1">Oaks planted in 1820. <a href="#r1">↩</a></li><li id="fn2">The bell of Saint John. <a href="#r2">↩︎</a></li></ol></section>',
  );

  it('makes both ways of writing a reference notes, without the back arrows', () => {
    const read = readHtml(html, { file: 'walk.html' });
    expect(read.markdown).toContain('bare[^1], and the sky grey.');
    expect(read.markdown).toContain('noon[^2].');
    expect(read.markdown).toContain('[^1]: Oaks planted in 1820.');
    expect(read.markdown).toContain('[^2]: The bell of Saint John.');
    expect(read.markdown).not.toMatch(/↩|\(#r\d\)|#fn\d/);
  });
});

describe('readHtml on notes written as a bare numbered link to a block further down', () => {
  it('makes them notes, the mark in a paragraph of its own or at the note’s start (Substack, Ghost)', () => {
    const html = page(
      `<p>${prose} The trees were bare<a class="footnote-anchor" href="#footnote-1" id="footnote-anchor-1">1</a>, and the sky grey.</p>` +
        `<p>${prose} A bell rang noon<a href="#fn-2" id="ref-2">[2]</a>.</p><p>${prose}</p>` +
        '<div class="footnote"><p><a id="footnote-1" href="#footnote-anchor-1">1</a></p><p>Oaks planted in 1820.</p></div>' +
        '<p id="fn-2">The bell of Saint John. <a href="#ref-2">↩</a></p>',
    );
    const read = readHtml(html, { file: 'walk.html' });
    expect(read.markdown).toContain('bare[^1], and the sky grey.');
    expect(read.markdown).toContain('noon[^2].');
    expect(read.markdown).toContain('[^1]: Oaks planted in 1820.');
    expect(read.markdown).toContain('[^2]: The bell of Saint John.');
    expect(read.markdown).not.toMatch(/footnote-anchor|#fn-2|↩|\n1\n/);
  });

  it('leaves a numbered link to a part of the text, which is no note, as it was', () => {
    const html = page(`<p>${prose} As part <a href="#part-2">2</a> shows, the herons stayed.</p><p>${prose}</p><h2 id="part-2">Part two</h2><p id="p2">${prose}</p>`);
    const read = readHtml(html, { file: 'walk.html' });
    expect(read.markdown).not.toContain('[^');
    expect(read.markdown).toContain('## Part two');
    expect(read.markdown).toContain('As part [2](#part-2) shows');
  });
});

describe('readHtml on a page with notes and another numbered list', () => {
  it('keeps the other list as a list instead of recursing until the stack runs out', () => {
    const html = page(
      `<p>${prose} A bell rang noon<sup><a href="#fn1">1</a></sup>.</p>` +
        '<ol><li>Cross the bridge.</li><li>Follow the towpath.</li></ol>' +
        '<ol><li id="fn1">The bell of Saint John.</li></ol>',
    );
    const read = readHtml(html, { file: 'walk.html' });
    expect(read.markdown).toMatch(/1\. Cross the bridge\.\n2\. Follow the towpath\./);
    expect(read.markdown).toContain('[^1]: The bell of Saint John.');
  });
});

describe('readHtml on notes set after the article, outside it', () => {
  // The note list stands after </article>, where Readability does not take it.
  const html =
    '<!DOCTYPE html><html lang="el"><head><title>Οι συνεταιρισμοί</title></head><body><nav><a href="/">Αρχική</a></nav><article><h1>Οι συνεταιρισμοί</h1>' +
    `<p>${prose} The first society was founded in 1906<sup id="ref1"><a href="#note1">1</a></sup>.</p><p>${prose}</p><p>${prose}</p></article>` +
    '<section class="footnotes"><ol><li id="note1">See the archive at Larissa. <a href="#ref1">↑</a></li></ol></section><footer>© The Paper 2024</footer></body></html>';
  const read = readHtml(html, { file: 'paper.html' });

  it('brings the notes the article links to into it as notes, not a bare number and a dropped note', () => {
    expect(read.markdown).toContain('founded in 1906[^note1].');
    expect(read.markdown).toContain('[^note1]: See the archive at Larissa.');
    expect(read.edits.map((e) => e.old).join(' ')).not.toContain('Larissa');
    expect(read.markdown).not.toContain('The Paper');
  });
});
