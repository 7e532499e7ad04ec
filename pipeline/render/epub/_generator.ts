import { EPub, type Chapter, type Options } from 'epub-gen-memory';
import { unzipSync } from 'fflate';

/**
 * epub-gen-memory, made deterministic and offline through its extension points: the book's
 * own identifier instead of a random UUID, and no downloads at all.
 */
export class AnthologyEpub extends EPub {
  constructor(options: Options, chapters: readonly Chapter[], identifier: string) {
    super(options, chapters);
    // The package makes a new random UUID per build; readers recognise a book (and its
    // later editions) by this identifier, and a random one would break reproducible builds.
    this.uuid = identifier;
  }

  /** The files epub-gen-memory produced, by path inside the EPUB (directories left out). */
  async renderFiles(): Promise<Record<string, Uint8Array>> {
    await this.render();
    const archive = await this.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const entries = Object.entries(unzipSync(archive)).filter(([path]) => !path.endsWith('/'));
    return Object.fromEntries(entries);
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
