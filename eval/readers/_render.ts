/**
 * A truth text as users receive it: a saved web page with the site around it, a Word file.
 * Two page templates, so the held-out pages are built by markup the reader was not tuned on.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { makeDocx, type DocxBlock } from '../../tests/read/_docx.ts';

export interface Truth {
  name: string;
  title: string;
  author: string;
  markdown: string;
}

const parse = (markdown: string): Root => unified().use(remarkParse).parse(markdown) as Root;

/** The site's own words around the article, per template: every one must be gone after reading. */
export interface Page {
  html: string;
  furniture: string[];
}

const TEMPLATES = {
  /** A news-style site: header nav, cookie banner, share bar, newsletter box, related posts, comments. */
  dev(truth: Truth, article: string): Page {
    const furniture = [
      'We use cookies to give you the best experience. Accept all cookies or manage settings.',
      'Home', 'Archive', 'Topics', 'About us', 'Donate',
      'Share: Facebook Twitter Email',
      'Sign up for our newsletter to get new articles in your inbox every month.',
      'Related posts', 'Chartists in the valley towns', 'A guide to the county archive',
      '14 comments', 'Harold W.', 'My grandmother used to tell this story, thank you.', 'Leave a comment',
      'Popular this week', 'Support our work: become a member today.', '© 2021 Valley History Society. All rights reserved.', 'Privacy policy',
    ];
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${truth.title} | Valley History Society</title>
<meta property="og:title" content="${truth.title}"><meta property="og:site_name" content="Valley History Society">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', headline: truth.title, author: { '@type': 'Person', name: truth.author }, datePublished: '2021-03-04' })}</script></head>
<body><div class="cookie-banner"><p>${furniture[0]}</p><button>Accept</button></div>
<header><a class="logo" href="/">Valley History Society</a><nav><ul>${furniture.slice(1, 6).map((f) => `<li><a href="/${f}">${f}</a></li>`).join('')}</ul></nav></header>
<main><article><h1>${truth.title}</h1><p class="byline">By <a rel="author" href="/a">${truth.author}</a></p>
<div class="share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<div class="entry-content">${article}<p class="newsletter">${furniture[7]}</p></div></article>
<section class="related"><h3>${furniture[8]}</h3><ul><li><a href="/1">${furniture[9]}</a></li><li><a href="/2">${furniture[10]}</a></li></ul></section>
<section id="comments"><h3>${furniture[11]}</h3><div class="comment"><p class="author">${furniture[12]}</p><p>${furniture[13]}</p></div><p>${furniture[14]}</p></section></main>
<aside class="sidebar"><h3>${furniture[15]}</h3><div class="widget">${furniture[16]}</div></aside>
<footer><p>${furniture[17]}</p><p><a href="/privacy">${furniture[18]}</a></p></footer></body></html>`;
    return { html, furniture };
  },
  /** A blog theme with other markup: breadcrumbs, tag list, author box, "continue reading" teaser, reply form. */
  heldOut(truth: Truth, article: string): Page {
    const furniture = [
      'Skip to content', 'Blog', 'Events', 'Contact', 'Shop',
      'Home › Local history › Essays',
      'Tweet', 'Print this page',
      'Filed under: Local history, Labour',
      'Continue reading: The mills and their masters',
      'Subscribe to our mailing list for updates on new essays and events.',
      'About the author', 'A local historian and member of the society.',
      'No comments yet.', 'Leave a reply', 'Your email address will not be published.',
      'Recent essays', 'The mills and their masters', 'Bridges of the lower valley',
      'Powered by an open-source blogging platform.',
    ];
    const html = `<!doctype html>
<html><head><title>${truth.title} – Riverside Notes</title>
<meta name="author" content="${truth.author}"><meta property="article:published_time" content="2019-11-02T08:00:00Z">
<link rel="canonical" href="https://notes.example.org/${truth.name}"></head>
<body><a class="skip" href="#main">${furniture[0]}</a>
<div id="masthead"><div class="menu">${furniture.slice(1, 5).map((f) => `<a href="/${f}">${f}</a>`).join(' | ')}</div></div>
<div class="crumbs">${furniture[5]}</div>
<div id="main" class="post"><h2 class="post-title">${truth.title}</h2><div class="meta"><time datetime="2019-11-02">2 November 2019</time></div>
<ul class="social"><li><a href="#">${furniture[6]}</a></li><li><a href="#">${furniture[7]}</a></li></ul>
<div class="post-body">${article}</div>
<p class="tags">${furniture[8]}</p><p class="teaser"><a href="/mills">${furniture[9]}</a></p>
<div class="signup"><p>${furniture[10]}</p><form><input type="email"><button>Subscribe</button></form></div>
<div class="author-box"><h4>${furniture[11]}</h4><p>${furniture[12]}</p></div>
<div class="comments"><p>${furniture[13]}</p><h3>${furniture[14]}</h3><p>${furniture[15]}</p></div></div>
<div id="sidebar"><h3>${furniture[16]}</h3><ul><li><a href="/m">${furniture[17]}</a></li><li><a href="/b">${furniture[18]}</a></li></ul></div>
<div id="colophon">${furniture[19]}</div></body></html>`;
    return { html, furniture };
  },
};

export function htmlPage(truth: Truth, template: keyof typeof TEMPLATES): Page {
  const article = toHtml(toHast(parse(truth.markdown)));
  return TEMPLATES[template](truth, article);
}

function runs(children: PhrasingContent[], italic = false): DocxBlock['runs'] {
  return children.flatMap((child): DocxBlock['runs'] => {
    if (child.type === 'emphasis') return runs(child.children, true);
    if (child.type === 'text') return [{ text: child.value.replace(/\n/g, ' '), italic }];
    if ('children' in child) return runs(child.children as PhrasingContent[], italic);
    return [{ text: toString(child), italic }];
  });
}

/** The truth as a Word file: headings in Word's heading styles, each paragraph and list item a paragraph. */
export function docxFile(truth: Truth): Uint8Array {
  const blocks: DocxBlock[] = [];
  const add = (node: RootContent): void => {
    if (node.type === 'heading') blocks.push({ style: node.depth <= 2 ? 'Heading1' : 'Heading2', runs: runs(node.children) });
    else if (node.type === 'paragraph') blocks.push({ runs: runs(node.children) });
    else if (node.type === 'list') node.children.forEach((item) => item.children.forEach(add));
    else if (node.type === 'blockquote') node.children.forEach(add);
  };
  parse(truth.markdown).children.forEach(add);
  return makeDocx({ title: truth.title, creator: truth.author, blocks: [{ style: 'Title', runs: [truth.title] }, ...blocks] });
}
