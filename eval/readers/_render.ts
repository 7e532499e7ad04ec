/**
 * A truth text as users receive it: a saved web page with the site around it, a Word file.
 * One page template for the dev texts and three others for the held-out texts, so the held-out
 * pages are built by markup (CMS layouts, comment systems, consent banners) the reader was not tuned on.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toHast } from 'mdast-util-to-hast';
import { toHtml } from 'hast-util-to-html';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { makeDocx, type DocxBlock } from '../../tests/read/_docx.ts';
import { DEV_PAGES } from './_dev-pages.ts';

import type { Page, Truth } from './_types.ts';

export type { Page, Truth } from './_types.ts';

const parse = (markdown: string): Root => unified().use(remarkParse).parse(markdown) as Root;


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
  /** A magazine CMS: consent dialog, mega-menu, standfirst, pull quote box, tag cloud, Disqus-style thread, pagination. */
  magazine(truth: Truth, article: string): Page {
    const furniture = [
      'Your privacy matters. We and our partners store and access information on your device. Agree and close',
      'News', 'Culture', 'Places', 'Podcasts', 'Subscribe',
      'Advertisement',
      'Most read', 'Ten forgotten railway stations', 'The oldest pub in the county',
      'Tags', 'heritage', 'industry', 'villages',
      'Previous article', 'Next article',
      '37 Comments', 'Sort by Best', 'Login', 'Great read, I walked there last summer.', 'Reply', 'Load more comments',
      'Get the weekly digest delivered free to your inbox', 'Sign me up',
      'Terms of use', 'Cookie settings', 'Contact the editors',
    ];
    const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${truth.title} — Shire Magazine</title>
<meta property="og:type" content="article"><meta property="og:title" content="${truth.title}"><meta property="og:site_name" content="Shire Magazine">
<meta property="article:published_time" content="2022-06-15T10:00:00+01:00"><meta name="twitter:creator" content="@shiremag"></head>
<body class="single"><div role="dialog" class="consent"><p>${furniture[0]}</p><button>Agree</button></div>
<div class="topbar"><ul class="mega">${furniture.slice(1, 6).map((f) => `<li class="menu-item"><a href="/${f.toLowerCase()}">${f}</a><div class="sub"><a href="/x">More</a></div></li>`).join('')}</ul></div>
<div class="ad-slot"><span>${furniture[6]}</span></div>
<div class="layout"><div class="col-main"><div class="story"><header class="story-head"><h1 class="headline">${truth.title}</h1><div class="credit">Words: <span class="author vcard"><a rel="author" href="/w">${truth.author}</a></span> · <time datetime="2022-06-15">15 June 2022</time></div></header>
<section class="story-body">${article}</section>
<div class="tag-cloud"><strong>${furniture[10]}</strong> <a href="/t/1">${furniture[11]}</a> <a href="/t/2">${furniture[12]}</a> <a href="/t/3">${furniture[13]}</a></div>
<nav class="pager"><a href="/p">${furniture[14]}</a> <a href="/n">${furniture[15]}</a></nav></div>
<div id="disqus_thread"><div class="thread-head"><span>${furniture[16]}</span> <span>${furniture[17]}</span> <a href="/login">${furniture[18]}</a></div><ul class="posts"><li class="post"><div class="post-body"><p>${furniture[19]}</p><a href="#">${furniture[20]}</a></div></li></ul><button>${furniture[21]}</button></div></div>
<div class="col-side"><div class="widget"><h4>${furniture[7]}</h4><ol><li><a href="/r1">${furniture[8]}</a></li><li><a href="/r2">${furniture[9]}</a></li></ol></div>
<div class="newsletter-box"><p>${furniture[22]}</p><button>${furniture[23]}</button></div></div></div>
<footer class="site-foot"><a href="/terms">${furniture[24]}</a> <a href="/cookies">${furniture[25]}</a> <a href="/contact">${furniture[26]}</a></footer></body></html>`;
    return { html, furniture };
  },
  /** A long-form platform: app banner, follow button, clap counts, member note, responses, “more from” cards. */
  longform(truth: Truth, article: string): Page {
    const furniture = [
      'Open in app', 'Sign in', 'Get started',
      'Follow', '8 min read', 'Listen',
      '1.2K', '14',
      'More from the writer', 'Why old maps still matter', 'Walking the drovers’ roads',
      'Responses (14)', 'What are your thoughts?', 'Really enjoyed this, thanks for writing it.', 'See all responses',
      'Help', 'Status', 'Careers', 'Blog', 'Privacy', 'Terms',
    ];
    const html = `<html><head><meta charset="utf-8"><title>${truth.title} | by ${truth.author} | Longreads</title>
<script type="application/ld+json">${JSON.stringify({ '@context': 'http://schema.org', '@type': 'BlogPosting', name: truth.title, headline: truth.title, author: [{ '@type': 'Person', name: truth.author }], datePublished: '2023-02-01T09:30:00.000Z', publisher: { '@type': 'Organization', name: 'Longreads' } })}</script></head>
<body><div class="app-banner"><a href="/app">${furniture[0]}</a></div><div class="nav"><a href="/signin">${furniture[1]}</a><a href="/start" class="cta">${furniture[2]}</a></div>
<div class="container"><article><div><div class="section-inner"><h1 class="graf--title">${truth.title}</h1>
<div class="author-row"><a href="/@a">${truth.author}</a> <button>${furniture[3]}</button> <span>${furniture[4]}</span> <button>${furniture[5]}</button></div>
${article}</div></div></article>
<div class="claps"><button aria-label="clap">${furniture[6]}</button> <button aria-label="responses">${furniture[7]}</button></div>
<section class="more"><h2>${furniture[8]}</h2><div class="card"><h3><a href="/a">${furniture[9]}</a></h3></div><div class="card"><h3><a href="/b">${furniture[10]}</a></h3></div></section>
<section class="responses"><h2>${furniture[11]}</h2><textarea placeholder="x"></textarea><p>${furniture[12]}</p><div class="response"><p>${furniture[13]}</p></div><a href="/r">${furniture[14]}</a></section></div>
<div class="foot">${furniture.slice(15).map((f) => `<a href="/${f}">${f}</a>`).join(' ')}</div></body></html>`;
    return { html, furniture };
  },
};

/** The held-out page templates, taken in turn by the held-out texts. */
export const HELD_OUT_TEMPLATES = ['heldOut', 'magazine', 'longform'] as const;

/** The dev page templates: every dev text is read in each. */
export const DEV_TEMPLATES = ['dev', ...(Object.keys(DEV_PAGES) as (keyof typeof DEV_PAGES)[])] as const;

export function htmlPage(truth: Truth, template: keyof typeof TEMPLATES | keyof typeof DEV_PAGES): Page {
  const article = toHtml(toHast(parse(truth.markdown)));
  return template in DEV_PAGES ? DEV_PAGES[template as keyof typeof DEV_PAGES](truth, article) : TEMPLATES[template as keyof typeof TEMPLATES](truth, article);
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
