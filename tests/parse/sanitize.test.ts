import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import { parseCleanText } from '../../pipeline/parse/index.ts';

function types(node: Nodes): string[] {
  return [node.type, ...('children' in node ? node.children.flatMap((c) => types(c)) : [])];
}

function urls(node: Nodes): string[] {
  return [...('url' in node ? [node.url] : []), ...('children' in node ? node.children.flatMap((c) => urls(c)) : [])];
}

const parse = (markdown: string, raw = markdown) =>
  parseCleanText(markdown, { file: 'x.md', raw: `---\ntitle: X\n---\n${raw}`, bodyOffset: 16, manuscriptDir: '/src/texts', sourceDir: '/src' });

describe('raw HTML', () => {
  it('keeps inline formatting as mdast and drops handlers and javascript: links, with warnings', () => {
    const { tree, diagnostics } = parse('Say <b onclick="x()">bold</b>, <i>it</i> and <a href="javascript:y()">go</a>.\n');
    expect(types(tree)).not.toContain('html');
    expect(tree.children[0]).toMatchObject({
      type: 'paragraph',
      children: [{ value: 'Say ' }, { type: 'strong', children: [{ value: 'bold' }] }, { value: ', ' }, { type: 'emphasis' }, { value: ' and ' }, { value: 'go' }, { value: '.' }],
    });
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId}`)).toEqual(['4:5 html/event-handler', '4:5 html/unsafe-url']);
  });

  it('removes script, iframe and style blocks with their content', () => {
    const { tree, diagnostics } = parse('<script>alert(1)</script>\n\n<iframe src="https://x"></iframe>\n\n<style>p{}</style>\n\nText.\n');
    expect(types(tree)).toEqual(['root', 'paragraph', 'text']);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'Unexpected <script> in raw HTML: removed with its content',
      'Unexpected <iframe> in raw HTML: removed with its content',
      'Unexpected <style> in raw HTML: removed with its content',
    ]);
  });

  it('turns block HTML into paragraphs, headings, lists and quotes', () => {
    const { tree } = parse('<div><h1>Part</h1><p>One <em>two</em></p><ul><li>a</li><li>b</li></ul><blockquote>q</blockquote>loose</div>\n');
    expect(tree.children.map((c) => c.type)).toEqual(['heading', 'paragraph', 'list', 'blockquote', 'paragraph']);
    expect(tree.children[0]).toMatchObject({ depth: 2 });
  });

  it('keeps safe links and no unsafe URL anywhere, whatever the HTML', () => {
    const pieces = fc.constantFrom('<a href="javascript:x">a</a>', '<b onmouseover="x">b</b>', '<script>s</script>', '<em>e</em>', '<a href="https://ok.example/">ok</a>', 'text', '<iframe></iframe>', '</b>', '<img src=x onerror=alert(1)>', '\n\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const { tree } = parseCleanText(parts.join(' '), { file: 'x.md' });
        expect(types(tree)).not.toContain('html');
        // Links to the web, and pictures by path in the source folder (`<img src=x>`): no script, no other scheme.
        for (const url of urls(tree as Root)) expect(url).toMatch(/^https:|^(?![a-z][a-z0-9+.-]*:|\/\/)[^:]*$/i);
      }),
      { numRuns: 200 },
    );
  });
});

describe('images', () => {
  it('refuses images on the network and outside the source folder, placed in the manuscript', () => {
    const md = 'A\n\n![c](https://example.com/c.png)\n\n![p](../../etc/p.png)\n\n![r][ref]\n\n[ref]: http://x/y.png\n';
    const { diagnostics } = parse(md);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual([
      '6:6 error image/remote',
      '8:6 error image/outside-source',
      '12:8 error image/remote',
    ]);
  });

  it('refuses an <img> on the network inside raw HTML too', () => {
    expect(parse('<p><img src="//cdn.example/x.png" alt="x"></p>\n').diagnostics).toEqual([expect.objectContaining({ ruleId: 'image/remote', severity: 'error' })]);
  });

  it('keeps an image inside the source folder, for the images stage to read; one without alt text is a warning', () => {
    expect(parse('![a map](../maps/a.png)\n').diagnostics).toEqual([]);
    expect(parse('![](../maps/a.png)\n').diagnostics).toEqual([expect.objectContaining({ ruleId: 'image/missing-alt', severity: 'warning' })]);
    expect(parse('<p><img src="../maps/a.png"></p>\n').diagnostics).toEqual([expect.objectContaining({ ruleId: 'image/missing-alt', severity: 'warning' })]);
    const tree = parse('<p><img src="../maps/a.png" alt="A map"></p>\n').tree;
    expect(JSON.stringify(tree)).toContain('"type":"image","url":"../maps/a.png","alt":"A map"');
  });
});
