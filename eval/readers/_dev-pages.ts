/**
 * Dev page templates in the markup of real blog platforms, so the HTML reader is tuned on more
 * than one site's furniture: a WordPress theme (breadcrumbs, entry meta, category and tag links,
 * author box, post navigation, reply form, widgets), a Blogger theme (schema.org microdata,
 * share buttons, labels, pager, feed links, profile and archive widgets) and a static-site theme
 * (Hugo/Jekyll: table of contents, tag list, previous/next links, share buttons, newsletter box
 * inside the body). Each lists the words it adds around the article: all must be gone after reading.
 */
import type { Page, Truth } from './_types.ts';

const links = (items: readonly string[], attrs = ''): string => items.map((item, i) => `<a href="/x/${i}"${attrs}>${item}</a>`).join(', ');

export const DEV_PAGES = {
  wordpress(truth: Truth, article: string): Page {
    const furniture = [
      'Garden Diaries', 'Just another weblog about gardens',
      'Start', 'Planting', 'Recipes', 'Contact me',
      'Start', 'Gardening', 'Roses',
      'Posted on', 'March 3, 2022', 'by', truth.author,
      'Posted in', 'Gardening', 'Outdoors', 'Tagged', 'pruning', 'heritage roses', 'winter',
      'Published by', truth.author, 'Retired schoolteacher, keen gardener and amateur archivist of village life.', 'View all posts by', truth.author,
      'Post navigation', 'Previous Post', 'Frost on the greenhouse glass', 'Next Post', 'Seed swaps in the parish hall',
      '3 thoughts on', 'Marjorie', 'Lovely piece, brought back memories.', 'Reply',
      'Leave a Reply', 'Cancel reply', 'Your email address will not be published.', 'Required fields are marked',
      'Search for:', 'Recent Posts', 'Frost on the greenhouse glass', 'Seed swaps in the parish hall', 'Categories', 'Gardening', 'Outdoors',
      'Proudly powered by WordPress', 'Theme: Meadow by Greenleaf Studio.',
    ];
    const html = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${truth.title} &#8211; Garden Diaries</title>
<meta property="og:type" content="article"><meta property="og:title" content="${truth.title}"><meta property="article:published_time" content="2022-03-03T09:12:00+00:00">
<link rel="canonical" href="https://gardendiaries.example/${truth.name}/"></head>
<body class="post-template-default single single-post postid-412 single-format-standard">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#content">Skip to the content</a>
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Garden Diaries</a></p><p class="site-description">Just another weblog about gardens</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Start</a></li><li><a href="/planting">Planting</a></li><li><a href="/recipes">Recipes</a></li><li><a href="/contact">Contact me</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<div class="breadcrumb-trail"><a href="/">Start</a> » <a href="/gardening">Gardening</a> » <a href="/roses">Roses</a></div>
<article id="post-412" class="post-412 post type-post status-publish hentry category-gardening tag-pruning">
<header class="entry-header"><h1 class="entry-title">${truth.title}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="/2022/03/03/" rel="bookmark"><time class="entry-date published" datetime="2022-03-03T09:12:00+00:00">March 3, 2022</time></a></span><span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/x/">${truth.author}</a></span></span></div></header>
<div class="entry-content">${article}</div>
<footer class="entry-footer"><span class="cat-links">Posted in ${links(['Gardening', 'Outdoors'], ' rel="category tag"')}</span> <span class="tags-links">Tagged ${links(['pruning', 'heritage roses', 'winter'], ' rel="tag"')}</span></footer>
</article>
<div class="author-info"><div class="author-avatar"><img alt="" src="/avatar.png" width="60" height="60"></div><div class="author-description"><h2 class="author-title"><span class="author-heading">Published by ${truth.author}</span></h2>
<p class="author-bio">Retired schoolteacher, keen gardener and amateur archivist of village life. <a class="author-link" href="/author/x/" rel="author">View all posts by ${truth.author}</a></p></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="/frost/" rel="prev"><span class="meta-nav">Previous Post</span> <span class="post-title">Frost on the greenhouse glass</span></a></div><div class="nav-next"><a href="/seeds/" rel="next"><span class="meta-nav">Next Post</span> <span class="post-title">Seed swaps in the parish hall</span></a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on &ldquo;${truth.title}&rdquo;</h2><ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Marjorie</b></footer><div class="comment-content"><p>Lovely piece, brought back memories.</p></div><div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a href="#respond">Cancel reply</a></small></h3><form id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea name="comment"></textarea></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_search"><form role="search"><label>Search for:</label><input type="search"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/frost/">Frost on the greenhouse glass</a></li><li><a href="/seeds/">Seed swaps in the parish hall</a></li></ul></section>
<section class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul><li><a href="/c/1">Gardening</a></li><li><a href="/c/2">Outdoors</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="https://wordpress.org/">Proudly powered by WordPress</a> <span class="sep"> | </span> Theme: Meadow by Greenleaf Studio.</div></footer></div></body></html>`;
    return { html, furniture };
  },

  blogger(truth: Truth, article: string): Page {
    const furniture = [
      'Notes from the Fens', 'Local history, old photographs and the odd recipe.',
      'Email This', 'BlogThis!', 'Share to X', 'Share to Facebook', 'Share to Pinterest',
      'Posted by', truth.author, 'at', '10:00',
      'Labels:', 'drainage', 'fenland', 'mills',
      'Newer Post', 'Older Post', 'Home',
      'Subscribe to:', 'Post Comments (Atom)',
      'About Me', 'View my complete profile',
      'Blog Archive', '2020 (14)', 'June (3)', 'Eel traps and the river keepers',
      'Simple theme. Powered by Blogger.',
    ];
    const html = `<!DOCTYPE html><html dir="ltr" xmlns="http://www.w3.org/1999/xhtml"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<title>Notes from the Fens: ${truth.title}</title><meta content="${truth.title}" property="og:title"><link href="https://fennotes.example.com/2020/06/${truth.name}.html" rel="canonical"></head>
<body class="loading variant-simplysimple"><div class="navbar section" id="navbar"></div>
<div class="header-outer"><div class="Header widget" id="Header1"><div id="header-inner"><div class="titlewrapper"><h1 class="title"><a href="/">Notes from the Fens</a></h1></div><div class="descriptionwrapper"><p class="description"><span>Local history, old photographs and the odd recipe.</span></p></div></div></div></div>
<div class="main-outer"><div class="main-inner"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Monday, 1 June 2020</span></h2><div class="date-posts"><div class="post-outer">
<div class="post hentry uncustomized-post-template" itemprop="blogPost" itemscope="itemscope" itemtype="http://schema.org/BlogPosting">
<meta content="${truth.title}" itemprop="headline">
<h3 class="post-title entry-title" itemprop="name">${truth.title}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-77" itemprop="description articleBody">${article}<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person"><a class="g-profile" href="/profile/1" rel="author" title="author profile"><span itemprop="name">${truth.author}</span></a></span></span>
<span class="post-timestamp">at <meta content="https://fennotes.example.com/2020/06/${truth.name}.html" itemprop="url"><a class="timestamp-link" href="/2020/06/${truth.name}.html" rel="bookmark" title="permanent link"><abbr class="published" itemprop="datePublished" title="2020-06-01T10:00:00+01:00">10:00</abbr></a></span>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#" title="Email This"><span class="share-button-link-text">Email This</span></a><a class="goog-inline-block share-button sb-blog" href="#" title="BlogThis!"><span class="share-button-link-text">BlogThis!</span></a><a class="goog-inline-block share-button sb-twitter" href="#" title="Share to X"><span class="share-button-link-text">Share to X</span></a><a class="goog-inline-block share-button sb-facebook" href="#" title="Share to Facebook"><span class="share-button-link-text">Share to Facebook</span></a><a class="goog-inline-block share-button sb-pinterest" href="#" title="Share to Pinterest"><span class="share-button-link-text">Share to Pinterest</span></a></div></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: ${links(['drainage', 'fenland', 'mills'], ' rel="tag"')}</span></div></div>
</div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/n" id="Blog1_blog-pager-newer-link" title="Newer Post">Newer Post</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/o" id="Blog1_blog-pager-older-link" title="Older Post">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/comments" type="application/atom+xml">Post Comments (Atom)</a></div></div></div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="/profile/1" rel="author">${truth.author}</a></dt></dl><a class="profile-link" href="/profile/1" rel="author">View my complete profile</a></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2020/">2020</a> <span class="post-count" dir="ltr">(14)</span><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2020/06/">June</a> <span class="post-count" dir="ltr">(3)</span><ul class="posts"><li><a href="/eels">Eel traps and the river keepers</a></li></ul></li></ul></li></ul></div></div></div></div></div></div>
<footer><div class="footer-outer"><div class="widget Attribution" id="Attribution1"><div class="widget-content" style="text-align: center;">Simple theme. Powered by <a href="https://www.blogger.com" target="_blank">Blogger</a>.</div></div></div></footer></body></html>`;
    return { html, furniture };
  },

  staticSite(truth: Truth, article: string): Page {
    const headings = [...article.matchAll(/<h([23])>(.*?)<\/h\1>/g)].map((m) => m[2]!.replace(/<[^>]+>/g, ''));
    const furniture = [
      'Field Notebook', 'Posts', 'Tags', 'Search', 'About',
      'January 5, 2021', '7 min', 'Table of Contents',
      'archives', 'local-history', 'walking',
      '« Prev', 'Salt roads of the estuary', 'Next »', 'The last ferryman',
      'share on mastodon', 'share on linkedin',
      'Get the next field note by email — no spam, unsubscribe anytime.', 'Your email', 'Subscribe',
      '© 2021 Field Notebook', 'Powered by Hugo & PaperMod',
    ];
    const html = `<!DOCTYPE html><html lang="en" dir="auto"><head><meta charset="utf-8"><title>${truth.title} | Field Notebook</title>
<meta name="description" content="A field note."><meta property="og:title" content="${truth.title}"><meta property="og:type" content="article">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Posts' }] })}</script>
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'BlogPosting', headline: truth.title, author: [{ '@type': 'Person', name: truth.author }], datePublished: '2021-01-05T08:00:00Z' })}</script></head>
<body class="list dark" id="top"><header class="header"><nav class="nav"><div class="logo"><a href="/" accesskey="h" title="Field Notebook (Alt + H)">Field Notebook</a></div>
<ul id="menu"><li><a href="/posts/" title="Posts"><span>Posts</span></a></li><li><a href="/tags/" title="Tags"><span>Tags</span></a></li><li><a href="/search/" title="Search"><span>Search</span></a></li><li><a href="/about/" title="About"><span>About</span></a></li></ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs"><a href="/">Home</a>&nbsp;»&nbsp;<a href="/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${truth.title}</h1><div class="post-meta"><span title="2021-01-05 08:00:00 +0000 UTC">January 5, 2021</span>&nbsp;·&nbsp;7 min&nbsp;·&nbsp;${truth.author}</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>${headings.map((h, i) => `<li><a href="#h${i}" aria-label="${h}">${h}</a></li>`).join('')}</ul></div></details></div>
<div class="post-content">${article}
<div class="newsletter-box"><p>Get the next field note by email — no spam, unsubscribe anytime.</p><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div></div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/archives/">archives</a></li><li><a href="/tags/local-history/">local-history</a></li><li><a href="/tags/walking/">walking</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/salt/"><span class="title">« Prev</span><br><span>Salt roads of the estuary</span></a><a class="next" href="/posts/ferry/"><span class="title">Next »</span><br><span>The last ferryman</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share on mastodon" href="#">share on mastodon</a></li><li><a target="_blank" rel="noopener noreferrer" aria-label="share on linkedin" href="#">share on linkedin</a></li></ul></footer></article></main>
<footer class="footer"><span>© 2021 <a href="/">Field Notebook</a></span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/">PaperMod</a></span></footer></body></html>`;
    return { html, furniture };
  },
  /** A hand-made theme: plain divs, the furniture as the article's siblings, much of it with no links. */
  handmade(truth: Truth, article: string): Page {
    const furniture = [
      'Canal & Rail Journal', 'Journal', 'Letters', 'Members', 'Links',
      'You are here: Journal / Essays / 2018',
      'Categories: Journal · Letters · Transport',
      'Written by', truth.author, 'writes about waterways and railways for the journal and leads its summer walks.',
      '← Older entry', 'Newer entry →',
      'Join two thousand readers: new essays are announced on our mailing list.',
      'Site built with a static generator. Text licensed CC BY-SA.',
    ];
    const html = `<html><head><title>${truth.title} - Canal &amp; Rail Journal</title><meta name="author" content="${truth.author}"></head>
<body><div id="top"><b>Canal &amp; Rail Journal</b><br>${furniture.slice(1, 5).map((f) => `<a href="/${f}">${f}</a>`).join(' · ')}</div>
<div class="wrap"><div class="path">${furniture[5]}</div>
<h2>${truth.title}</h2>
<div class="entry">${article}</div>
<div class="postmeta">${furniture[6]}</div>
<div class="bio"><h4>Written by ${truth.author}</h4><p>${truth.author} ${furniture[9]}</p></div>
<div class="prevnext"><a href="/older">${furniture[10]}</a> | <a href="/newer">${furniture[11]}</a></div>
<div class="mailing"><p>${furniture[12]}</p></div></div>
<div id="bottom"><p>${furniture[13]}</p></div></body></html>`;
    return { html, furniture };
  },

  /** A Squarespace-style blog item: meta above and below the body, author card, pagination with titles. */
  squarespace(truth: Truth, article: string): Page {
    const furniture = [
      'Hill & Hollow', 'Walks', 'Journal', 'Shop', 'Cart (0)',
      truth.author, 'April 9, 2019',
      'Walks', 'Moorland', 'Facebook0', 'Twitter', 'LinkedIn0', '0 Likes',
      truth.author, 'Photographer and walker, mapping the old packhorse ways of the northern dales.',
      'Previous', 'Stone stiles and where to find them', 'Next', 'The drovers at Kirkby',
      'Powered by Squarespace',
    ];
    const html = `<!doctype html><html><head><title>${truth.title} — Hill &amp; Hollow</title><meta property="og:title" content="${truth.title}"><meta property="og:site_name" content="Hill &amp; Hollow"><meta itemprop="author" content="${truth.author}"><meta property="article:published_time" content="2019-04-09"></head>
<body class="collection-type-blog view-item"><header class="Header"><div class="Header-inner"><a class="Header-branding" href="/">Hill &amp; Hollow</a><nav class="Header-nav"><div class="Header-nav-inner">${furniture.slice(1, 5).map((f) => `<a class="Header-nav-item" href="/">${f}</a>`).join('')}</div></nav></div></header>
<main class="Main Main--blog-item"><section class="Main-content" data-content-field="main-content"><article class="BlogItem hentry author-x post-type-text" id="article-1">
<div class="BlogItem-title" data-content-field="title">${truth.title}</div>
<div class="Blog-meta BlogItem-meta"><a class="Blog-meta-item Blog-meta-item--author" href="/?author=1">${truth.author}</a><time class="Blog-meta-item Blog-meta-item--date" datetime="2019-04-09">April 9, 2019</time></div>
<div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">${article}</div></div></div></div></div>
<div class="BlogItem-meta BlogItem-meta--bottom"><div class="Blog-meta-item Blog-meta-item--categories"><a href="/?category=Walks">Walks</a>, <a href="/?category=Moorland">Moorland</a></div></div>
<div class="BlogItem-share"><div class="Share-buttons"><a class="Share-buttons-item--facebook">Facebook<span>0</span></a> <a class="Share-buttons-item--twitter">Twitter</a> <a class="Share-buttons-item--linkedin">LinkedIn<span>0</span></a></div><div class="like-button"><span class="like-count">0 Likes</span></div></div>
<div class="BlogItem-author"><div class="BlogItem-author-name">${truth.author}</div><div class="BlogItem-author-bio"><p>${furniture[14]}</p></div></div>
<nav class="BlogItem-pagination"><a class="BlogItem-pagination-link BlogItem-pagination-link--prev" href="/p"><div class="BlogItem-pagination-link-label">Previous</div><h2 class="BlogItem-pagination-link-title">${furniture[16]}</h2></a><a class="BlogItem-pagination-link BlogItem-pagination-link--next" href="/n"><div class="BlogItem-pagination-link-label">Next</div><h2 class="BlogItem-pagination-link-title">${furniture[18]}</h2></a></nav>
</article></section></main><footer class="Footer"><div class="Footer-inner"><a href="https://www.squarespace.com">Powered by Squarespace</a></div></footer></body></html>`;
    return { html, furniture };
  },
  /** A Ghost theme (Casper): primary tag over the title, byline with avatar and reading time, a sign-up card, “read more” cards. */
  ghost(truth: Truth, article: string): Page {
    const furniture = [
      'The Tideline', 'Home', 'Essays', 'Maps', 'Sign in', 'Subscribe',
      'Coastal history',
      truth.author, 'Jul 14, 2022', '6 min read',
      'Sign up for more like this.', 'Enter your email', 'Subscribe',
      'Read more', 'Gulls over the harbour wall', 'By', 'Tomas Reyes', 'Jul 2, 2022', 'The pier that went to sea',
      'The Tideline © 2022', 'Sign up', 'Powered by Ghost',
    ];
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${truth.title}</title><link rel="canonical" href="https://tideline.example/${truth.name}/">
<meta property="og:site_name" content="The Tideline"><meta property="og:type" content="article"><meta property="og:title" content="${truth.title}"><meta property="article:published_time" content="2022-07-14T10:00:00.000Z"><meta property="article:tag" content="Coastal history">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Article', publisher: { '@type': 'Organization', name: 'The Tideline' }, author: { '@type': 'Person', name: truth.author, url: 'https://tideline.example/author/x/' }, headline: truth.title, datePublished: '2022-07-14T10:00:00.000Z' })}</script></head>
<body class="post-template tag-coastal-history"><div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">The Tideline</a></div>
<nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-essays"><a href="/essays/">Essays</a></li><li class="nav-maps"><a href="/maps/">Maps</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-coastal-history">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/coastal-history/">Coastal history</a></span></div>
<h1 class="article-title">${truth.title}</h1>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/x/" class="author-avatar author-profile-image"><img class="author-profile-image" src="/a.jpg" alt="${truth.author}"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/x/">${truth.author}</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2022-07-14">Jul 14, 2022</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div></div></section></div></header>
<section class="gh-content gh-canvas">${article}</section>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
</article></main>
<aside class="read-more-wrap outer"><div class="read-more inner"><div class="read-more-header"><h2>Read more</h2></div>
<article class="post-card post"><a class="post-card-image-link" href="/gulls/"><img class="post-card-image" src="/g.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="/gulls/"><header class="post-card-header"><h2 class="post-card-title">Gulls over the harbour wall</h2></header></a><footer class="post-card-meta"><span class="post-card-byline-content"><span>By <a href="/author/t/">Tomas Reyes</a></span><span class="post-card-byline-date"><time datetime="2022-07-02">Jul 2, 2022</time></span></span></footer></div></article>
<article class="post-card post"><div class="post-card-content"><a class="post-card-content-link" href="/pier/"><header class="post-card-header"><h2 class="post-card-title">The pier that went to sea</h2></header></a></div></article></div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">The Tideline</a> &copy; 2022</section><nav class="site-footer-nav"><a href="#/portal/">Sign up</a></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></body></html>`;
    return { html, furniture };
  },

  /** A Substack post: subtitle, author line, subscribe widgets and share buttons inside the body, likes and comments bar. */
  substack(truth: Truth, article: string): Page {
    const paragraphs = article.split('</p>');
    const half = Math.max(1, Math.floor(paragraphs.length / 2));
    const widget = `<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading Parish Pump! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" placeholder="Type your email…"><input type="submit" class="button primary" value="Subscribe"></form></div></div>`;
    const share = `<p class="button-wrapper" data-attrs="{}"><a class="button primary" href="https://parishpump.example/p/${truth.name}?utm_source=substack&amp;utm_medium=email&amp;action=share"><span>Share</span></a></p>`;
    const body = `${paragraphs.slice(0, half).join('</p>')}</p>${widget}${paragraphs.slice(half).join('</p>')}${share}${widget}`;
    const furniture = [
      'Parish Pump', 'Subscribe', 'Sign in',
      'Notes on small places and long memories',
      truth.author, 'Sep 30, 2021',
      '23', '4', 'Share',
      'Thanks for reading Parish Pump! Subscribe for free to receive new posts and support my work.', 'Subscribe',
      'Share',
      'Discussion about this post', 'Comments', 'Restacks',
      '© 2021 Parish Pump', 'Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app', 'Substack is the home for great culture',
    ];
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${truth.title} - by ${truth.author} - Parish Pump</title><meta property="og:title" content="${truth.title}"><meta name="author" content="${truth.author}"><meta property="article:published_time" content="2021-09-30T07:00:00.000Z">
<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', url: `https://parishpump.example/p/${truth.name}`, headline: truth.title, description: 'Notes on small places and long memories', datePublished: '2021-09-30T07:00:00+00:00', author: [{ '@type': 'Person', name: truth.author }], publisher: { '@type': 'Organization', name: 'Parish Pump' } })}</script></head>
<body><div id="entry"><div class="main-menu"><div class="topbar-content"><a class="navbar-title-link" href="/">Parish Pump</a><div class="navbar-buttons"><a class="button primary" href="/subscribe">Subscribe</a><a class="button" href="/sign-in">Sign in</a></div></div></div>
<div class="container"><div class="single-post-container"><div class="single-post"><article class="typography newsletter-post post"><div class="post-header">
<h1 dir="auto" class="post-title published">${truth.title}</h1><h3 dir="auto" class="subtitle">Notes on small places and long memories</h3>
<div class="post-meta"><div class="post-meta-item"><a class="frontend-pencraft-Text-module__decoration-hover-underline" href="/@x">${truth.author}</a></div><div class="post-meta-item post-date"><time datetime="2021-09-30T07:00:00.000Z">Sep 30, 2021</time></div></div>
<div class="post-ufi"><a class="post-ufi-button like-button-container" role="button" aria-label="Like (23)"><div class="label">23</div></a><a class="post-ufi-button post-ufi-comment-button" aria-label="View comments (4)"><div class="label">4</div></a><a class="post-ufi-button" role="button" aria-label="Share"><div class="label">Share</div></a></div></div>
<div class="available-content"><div dir="auto" class="body markup">${body}</div></div></article>
<div class="visibility-check"></div><div class="single-post-section comments-section"><div class="container"><h4 class="comments-heading">Discussion about this post</h4><div class="tabs"><a class="tab selected">Comments</a><a class="tab">Restacks</a></div></div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="footer-copyright">© 2021 Parish Pump</div><div class="footer-terms"><a href="/privacy">Privacy</a> ∙ <a href="/tos">Terms</a> ∙ <a href="/cn">Collection notice</a></div><div class="footer-buttons"><a class="footer-substack-cta" href="/publish">Start writing</a><a href="/app">Get the app</a></div><div class="footer-slogan">Substack is the home for great culture</div></div></div></div></body></html>`;
    return { html, furniture };
  },
};
