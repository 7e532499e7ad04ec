import { describe, expect, it } from 'vitest';
import { readHtml } from '../../pipeline/read/html/index.ts';

const prose = 'The walk along the river took most of the morning, and we stopped twice to look at the herons standing in the shallows.';

const html = `<!DOCTYPE html><html lang="en"><head><title>Notes on a walk</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/archive">Archive</a></li></ul></nav>
<main><article><h1>Notes on a walk</h1>
<p>${prose} The trees were bare<sup><a href="#fn1">1</a></sup>, and the sky grey.</p>
<p>${prose} Read <a href="https://example.org/river">the river survey</a> for the whole story.</p>
<table><thead><tr><th>Bird</th><th>Count</th></tr></thead><tbody><tr><td>Heron</td><td>Three</td></tr></tbody></table>
<ol><li id="fn1">Oaks planted in 1820.</li></ol>
</article></main>
<footer><p>Copyright 2024 The River Society. All rights reserved.</p></footer>
</body></html>`;

describe('readHtml listing the blocks of a page it left out', () => {
  const read = readHtml(html, { file: 'walk.html' });
  const leftOut = read.edits.map((e) => e.old);

  it('does not list a kept paragraph with a note reference, a link within it, or a kept table', () => {
    expect(read.markdown).toContain('bare[^1], and the sky grey.');
    expect(read.markdown).toContain('the river survey');
    expect(read.markdown).toContain('| Heron | Three |');
    expect(leftOut.filter((text) => /herons|Heron/.test(text))).toEqual([]);
  });

  it('still lists what did go: the menu and the footer', () => {
    expect(leftOut).toEqual(expect.arrayContaining(['Home', 'Archive', 'Copyright 2024 The River Society. All rights reserved.']));
  });
});
