/** A truth text of the evaluation: its front matter's title and author, and its Markdown. */
export interface Truth {
  name: string;
  title: string;
  author: string;
  markdown: string;
}

/** A saved web page, and the site's own words around the article: every one must be gone after reading. */
export interface Page {
  html: string;
  furniture: string[];
}
