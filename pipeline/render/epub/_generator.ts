import { createRequire } from 'node:module';
import { EPub, type Chapter, type Options } from 'epub-gen-memory';
import { strToU8 } from 'fflate';

/** A compiled EJS template. */
type Template = (data: object) => string;

/**
 * The EJS that epub-gen-memory renders its templates with (it depends on its own major
 * version, not the project's), so that compiling a template here gives exactly its output.
 */
const ejs = createRequire(createRequire(import.meta.url).resolve('epub-gen-memory'))('ejs') as {
  compile(template: string): Template;
};

/** OCF's fixed content of the `mimetype` entry. */
const MIMETYPE = 'application/epub+zip';

/** epub-gen-memory's container document, word for word. */
const CONTAINER_XML =
  '<?xml version="1.0" encoding="UTF-8" ?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>';

/**
 * epub-gen-memory, made deterministic and offline through its extension points: the book's
 * own identifier instead of a random UUID, and no downloads at all.
 */
export class AnthologyEpub extends EPub {
  /** The rendered files, by path inside the EPUB. */
  private readonly files = new Map<string, string>();

  constructor(options: Options, chapters: readonly Chapter[], identifier: string) {
    super(options, chapters);
    // The package makes a new random UUID per build; readers recognise a book (and its
    // later editions) by this identifier, and a random one would break reproducible builds.
    this.uuid = identifier;
  }

  /** The files epub-gen-memory produced, by path inside the EPUB (directories left out). */
  async renderFiles(): Promise<Record<string, Uint8Array>> {
    this.files.clear();
    await this.render();
    return Object.fromEntries([['mimetype', MIMETYPE], ...this.files].map(([path, text]) => [path, strToU8(text!)]));
  }

  /**
   * The package's own generateTemplateFiles, with the same templates, data and paths, but each
   * template compiled once instead of once per document (a compile costs more than a render),
   * and the files kept here instead of in a JSZip archive that would only be written out and
   * read back.
   */
  protected override async generateTemplateFiles(): Promise<void> {
    const { options } = this;
    // Version 2 adds an Apple display-options file; the anthology always asks for version 3.
    if (options.version !== 3) throw new Error(`Only EPUB 3 is generated, not version ${options.version}`);
    this.files.set('OEBPS/style.css', options.css);
    const chapter = ejs.compile(options.chapterXHTML);
    for (const content of this.content) {
      this.files.set(`OEBPS/${content.filename}`, chapter({ lang: options.lang, prependChapterTitles: options.prependChapterTitles, ...content }));
    }
    this.files.set('META-INF/container.xml', CONTAINER_XML);
    const data = { ...options, id: this.uuid, images: this.images, cover: this.cover, content: this.content };
    this.files.set('OEBPS/content.opf', ejs.compile(options.contentOPF)(data));
    this.files.set('OEBPS/toc.ncx', ejs.compile(options.tocNCX)(data));
    this.files.set('OEBPS/toc.xhtml', ejs.compile(options.tocXHTML)(data));
  }

  // A build must not depend on the network: refuse anything the package would fetch.

  protected override async downloadAllFonts(): Promise<void> {
    refuseDownloads('font', this.options.fonts.map((font: { url: string }) => font.url));
  }

  protected override async downloadAllImages(): Promise<void> {
    refuseDownloads('image', this.images.map((image) => image.url));
  }

  protected override async makeCover(): Promise<void> {
    if (this.cover) refuseDownloads('cover', [String(this.options.cover)]);
  }
}

function refuseDownloads(what: string, urls: readonly string[]): void {
  if (urls.length > 0) {
    throw new Error(`The EPUB renderer does not download files; got ${what} URL(s): ${urls.join(', ')}`);
  }
}
