import { readFile, access } from 'node:fs/promises';
import path from 'node:path';
import { AnthologyError, formatDiagnostic, hasErrors } from '../diagnostics.ts';
import type { Diagnostic } from '../types.ts';
import { parseArgs, UsageError } from './_args.ts';
import { suggestKey } from '../suggest.ts';

// Stages are imported by the command that needs them, never here: `--help` loads none of them
// and `clean` not the renderers (a new command's imports go inside it too, or start-up grows).

const COMMANDS = ['build', 'clean', 'check', 'schema', 'init', 'watch', 'preview'];

/** “; did you mean …?” for a command or `--help` mistyped, or nothing. */
function didYouMean(command: string): string {
  const bare = command.replace(/^-+/, '');
  const known = suggestKey(bare, [...COMMANDS, 'help', 'version']);
  if (!known) return '';
  return `; did you mean “${known === 'help' || known === 'version' ? `--${known}` : known}”?`;
}

const HELP = `anthology — turn raw texts into an edited anthology (EPUB 3 and print PDF)

Usage:
  anthology build [SOURCE_DIR] [--out DIR] [--impose booklet] [--cover] [--no-cache] [--quiet]
                                             build the book (default ./manuscripts into ./dist);
                                             --impose booklet also writes <slug>-booklet.pdf;
                                             --cover also writes <slug>-cover.pdf (print-on-demand)
  anthology clean FILE [--report]            print FILE cleaned as Markdown; --report lists the edits on stderr
  anthology check [SOURCE_DIR] [--out DIR] [--ace]
                                             validate the sources, and the built EPUB with EPUBCheck when
                                             installed (any message fails); --ace adds Ace by DAISY
  anthology watch [SOURCE_DIR] [--out DIR]   build, then rebuild on every change to a manuscript,
                                             anthology.yaml or the templates; Ctrl-C stops
  anthology preview [SOURCE_DIR] [--pages 1-8] [--out DIR]
                                             PNG images of the built PDF's pages in DIR/preview/
                                             (default dist/preview/) and an index.html contact sheet
  anthology init [DIR]                       a new anthology in DIR (default .) that builds at once
  anthology schema [--front-matter]          JSON Schema of anthology.yaml (or of a manuscript's
                                             front matter) on stdout
  build and check take --allow-outside DIR: links in the source folder may lead into DIR
  anthology --help | --version

Exit status: 0 success, 1 invalid input or failed validation, 2 wrong usage.
With SOURCE_DATE_EPOCH set, all dates come from it and the same inputs give identical files.
`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  /** True when stderr is a terminal: progress is shown as one updating line. */
  errIsTerminal?: boolean;
}

const defaultIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  // Read when used, not when this module is evaluated: a build may start from a heap made in
  // another process (the start-up snapshot, scripts/snapshot.mjs).
  get env() {
    return process.env;
  },
  get errIsTerminal() {
    return process.stderr.isTTY === true;
  },
};

/** The only place that prints and decides the exit status. */
export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // `anthology build --help`: the usage, whatever the command (options after `--` are not ours).
    const end = rest.indexOf('--');
    if (command !== undefined && COMMANDS.includes(command) && (end < 0 ? rest : rest.slice(0, end)).some((arg) => arg === '--help' || arg === '-h')) {
      io.out(HELP);
      return 0;
    }
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.out(HELP);
        return command === undefined ? 2 : 0;
      case '--version':
        io.out(`${await version()}\n`);
        return 0;
      case 'build':
        return await buildCommand(rest, io);
      case 'clean':
        return await cleanCommand(rest, io);
      case 'check':
        return await checkCommand(rest, io);
      case 'schema':
        return await (await import('./schema.ts')).schemaCommand(rest, io);
      case 'init':
        return await (await import('./init.ts')).initCommand(rest, io);
      case 'watch':
        return await (await import('./watch.ts')).watchCommand(rest, io);
      case 'preview':
        return await (await import('./preview.ts')).previewCommand(rest, io);
      default:
        throw new UsageError(`Unknown command “${command}”${didYouMean(command)}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`anthology: ${error.message}\nRun “anthology --help” for usage.\n`);
      return 2;
    }
    if (error instanceof AnthologyError) {
      printDiagnostics(error.diagnostics, io);
      const errors = error.diagnostics.filter((d) => d.severity === 'error').length;
      io.err(`anthology: failed with ${errors} error${errors === 1 ? '' : 's'}; nothing was written.\n`);
      return error.exitCode;
    }
    const missing = missingPackage(error);
    if (missing) {
      // A checkout that gained a dependency since the last install (a pull, a branch switch): no stack trace, the fix.
      io.err(`anthology: the package “${missing}” is not installed, so this checkout's packages are older than its package.json; run \`npm ci\` (or \`npm install\`) and try again. Nothing was written.\n`);
      return 1;
    }
    io.err(`anthology: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return 70;
  }
}

/** `--allow-outside PATH`: one folder outside the source that its links may lead into. */
function allowedOutside(flags: Record<string, string | true>): string[] {
  return typeof flags['allow-outside'] === 'string' ? [flags['allow-outside']] : [];
}

async function buildCommand(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, { boolean: ['quiet', 'no-cache', 'cover'], value: ['out', 'impose', 'allow-outside'] });
  const [{ buildAnthology, buildInstant }, { displayPath }, { defaultCacheDir }] = await Promise.all([
    import('../build.ts'),
    import('../load/index.ts'),
    import('../cache/index.ts'),
  ]);
  if (positionals.length > 1) throw new UsageError('build takes at most one SOURCE_DIR');
  if (flags.impose !== undefined && flags.impose !== 'booklet' && flags.impose !== 'none') {
    throw new UsageError(`Unexpected --impose ${String(flags.impose)}, expected booklet or none`);
  }
  const impose = flags.impose as 'booklet' | 'none' | undefined;
  const sourceDir = positionals[0] ?? 'manuscripts';
  const outDir = typeof flags.out === 'string' ? flags.out : 'dist';
  const start = performance.now();
  const progress = io.errIsTerminal && !flags.quiet ? progressLine(io) : undefined;
  const cacheDir = flags['no-cache'] ? undefined : io.env.ANTHOLOGY_CACHE_DIR || defaultCacheDir();
  let result;
  try {
    result = await buildAnthology({
      sourceDir,
      outDir,
      modified: buildInstant(io.env),
      cacheDir,
      impose,
      allowOutside: allowedOutside(flags),
      ...(flags.cover ? { cover: true } : {}),
      onStage: progress?.update,
    });
  } finally {
    progress?.clear();
  }
  printDiagnostics(result.diagnostics, io);
  if (!flags.quiet) {
    const seconds = ((performance.now() - start) / 1000).toFixed(2);
    io.err(
      `built ${displayPath(result.files.epub)}, ${displayPath(result.files.pdf)} (${result.pageCount} pages)${result.files.booklet ? `, ${displayPath(result.files.booklet)}` : ''}${result.files.cover ? `, ${displayPath(result.files.cover)}` : ''} and ${displayPath(result.files.report)} in ${seconds} s\n`,
    );
  }
  return 0;
}

async function cleanCommand(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, { boolean: ['report'], value: [] });
  if (positionals.length !== 1) throw new UsageError('clean takes exactly one FILE');
  const [{ displayPath, parseManuscript }, { cleanManuscript, cleanText }, { decodeSource }] = await Promise.all([
    import('../load/index.ts'),
    import('../clean/index.ts'),
    import('../load/_decode.ts'),
  ]);
  const file = positionals[0]!;
  const bytes = await readFile(file).catch(() => {
    throw new AnthologyError([{ file, severity: 'error', ruleId: 'load/missing-file', message: `Missing file “${file}”` }]);
  });
  const shown = displayPath(path.resolve(file));
  // The readers (HTML, PDF, DOCX) and their libraries load only when such a file is given.
  const { detectKind } = await import('../read/detect.ts');
  const detection = detectKind(bytes, shown);
  if (hasErrors(detection.diagnostics)) throw new AnthologyError(detection.diagnostics);
  if (detection.kind !== 'text') {
    // A saved page's pictures stay when saved beside it, as a build inside its folder would take them.
    const { localFileCheck, sourceBounds } = await import('../load/_paths.ts');
    const dir = path.dirname(path.resolve(file));
    const localImage = localFileCheck(dir, await sourceBounds(dir));
    return await cleanReadFile(bytes, shown, detection.kind, detection.diagnostics, Boolean(flags.report), io, localImage);
  }
  const hasFrontMatter = /^(\uFEFF)?---[ \t]*\r?\n/.test(new TextDecoder().decode(bytes.subarray(0, 8)));
  const diagnostics: Diagnostic[] = [];
  let result;
  if (hasFrontMatter) {
    const manuscript = parseManuscript(bytes, shown, diagnostics);
    if (!manuscript || hasErrors(diagnostics)) throw new AnthologyError(diagnostics);
    result = cleanManuscript(manuscript);
  } else {
    const decoded = decodeSource(bytes, shown);
    if (hasErrors(decoded.diagnostics)) throw new AnthologyError(decoded.diagnostics);
    diagnostics.push(...decoded.diagnostics);
    result = cleanText(decoded.text.replace(/^\uFEFF/, ''), { file: shown });
  }
  io.out(result.markdown);
  if (flags.report) {
    io.err(`${shown}: profile ${result.profile}, ${result.edits.length} edits\n`);
    for (const edit of result.edits) {
      io.err(`${shown}:${edit.line}:${edit.column}: ${edit.ruleId} ${JSON.stringify(edit.old)} → ${JSON.stringify(edit.new)}\n`);
    }
    printDiagnostics([...diagnostics, ...result.diagnostics], io);
  }
  return 0;
}

/** `clean` for a file a reader takes: read into Markdown, then cleaned as any Markdown is. */
async function cleanReadFile(bytes: Uint8Array, shown: string, kind: 'html' | 'pdf' | 'docx', warnings: Diagnostic[], report: boolean, io: Io, localImage: (src: string) => boolean): Promise<number> {
  const [{ readInput }, { cleanText }] = await Promise.all([import('../read/index.ts'), import('../clean/index.ts')]);
  const read = await readInput(bytes, shown, kind, { localImage });
  if (hasErrors(read.diagnostics)) throw new AnthologyError([...warnings, ...read.diagnostics]);
  const result = cleanText(read.markdown, {
    file: shown,
    format: 'markdown',
    ...(read.meta.title ? { title: read.meta.title } : {}),
    ...(read.meta.author ? { author: read.meta.author } : {}),
    ...(read.meta.language ? { language: read.meta.language } : {}),
  });
  io.out(result.markdown);
  if (report) {
    io.err(`${shown}: read as ${kind}, ${read.edits.length} blocks left out; profile ${result.profile}, ${result.edits.length} edits\n`);
    for (const [key, origin] of Object.entries(read.metaOrigins)) {
      io.err(`${shown}: ${key} ${JSON.stringify(read.meta[key as keyof typeof read.meta])} from the document (${origin})\n`);
    }
    for (const edit of read.edits) io.err(`${shown}:${edit.place ?? `${edit.line}:${edit.column}`}: ${edit.ruleId} ${JSON.stringify(edit.old)} → ${JSON.stringify(edit.new)}\n`);
    // The cleaner's edits are placed in the file read where its reader knows the block they fall in.
    const placed = read.places ? (await import('../read/_places.ts')).placeInSource(read.markdown, read.places, result.edits) : result.edits;
    for (const edit of placed) io.err(`${shown}:${edit.place ?? `${edit.line}:${edit.column}`}: ${edit.ruleId} ${JSON.stringify(edit.old)} → ${JSON.stringify(edit.new)}\n`);
  }
  printDiagnostics(report ? [...warnings, ...read.diagnostics, ...result.diagnostics] : [...warnings, ...read.diagnostics.filter((d) => d.severity !== 'info')], io);
  return 0;
}

async function checkCommand(argv: readonly string[], io: Io): Promise<number> {
  const { positionals, flags } = parseArgs(argv, { boolean: ['ace'], value: ['out', 'allow-outside'] });
  if (positionals.length > 1) throw new UsageError('check takes at most one SOURCE_DIR');
  const [{ displayPath, limitsOf, loadSource }, { createCleaner }, { parseCleanText }, { bookSlug }, { runEpubcheck }, { runAce }] = await Promise.all([
    import('../load/index.ts'),
    import('../clean/index.ts'),
    import('../parse/index.ts'),
    import('../assemble/index.ts'),
    import('../check/epubcheck.ts'),
    import('../check/ace.ts'),
  ]);
  const sourceDir = positionals[0] ?? 'manuscripts';
  const source = await loadSource(sourceDir, { allowOutside: allowedOutside(flags) });
  const diagnostics: Diagnostic[] = [...source.diagnostics];
  const cleaner = createCleaner();
  for (const manuscript of source.manuscripts) {
    const cleaned = cleaner.cleanManuscript(manuscript);
    diagnostics.push(...cleaned.diagnostics.filter((d) => d.severity !== 'info'));
    // Raw HTML and images are judged on the parsed text, as the build does.
    const parsed = parseCleanText(cleaned.markdown, {
      file: manuscript.path,
      raw: manuscript.raw,
      bodyOffset: manuscript.bodyOffset,
      manuscriptDir: path.dirname(path.resolve(manuscript.path)),
      sourceDir: path.resolve(sourceDir),
      maxNesting: limitsOf(source.config).nesting,
      maxFootnotes: limitsOf(source.config).footnotes,
    });
    diagnostics.push(...parsed.diagnostics);
  }
  const epubPath = path.join(typeof flags.out === 'string' ? flags.out : 'dist', `${bookSlug(source.config)}.epub`);
  const notes: string[] = [];
  // A published EPUB carries no EPUBCheck message at all: warnings and infos fail the check too.
  let epubMessages = 0;
  if (await access(epubPath).then(() => true, () => false)) {
    const shown = displayPath(path.resolve(epubPath));
    const result = await runEpubcheck(epubPath);
    if (result.available) {
      diagnostics.push(...result.messages);
      epubMessages += result.messages.length;
      notes.push(`EPUBCheck on ${shown}: ${result.summary}`);
    } else {
      notes.push('EPUBCheck not installed (java -jar /usr/share/java/epubcheck.jar): EPUB not validated');
    }
    if (flags.ace) {
      const ace = await runAce(epubPath);
      if (!ace.available) throw new AnthologyError([{ file: shown, severity: 'error', ruleId: 'ace/unavailable', message: 'Missing Ace by DAISY or Chromium: cannot run --ace' }]);
      diagnostics.push(...ace.messages);
      epubMessages += ace.messages.length;
      notes.push(`${ace.summary} on ${shown}`);
    }
  } else {
    notes.push(`no built EPUB at ${epubPath}: run “anthology build” to validate it too`);
  }
  printDiagnostics(diagnostics, io);
  for (const note of notes) io.err(`${note}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const failed = errors > 0 || epubMessages > 0;
  io.err(
    failed
      ? `check failed: ${errors} error${errors === 1 ? '' : 's'}, ${epubMessages} message${epubMessages === 1 ? '' : 's'} on the EPUB\n`
      : `check passed: ${source.manuscripts.length} files\n`,
  );
  return failed ? 1 : 0;
}

const STAGES = ['load', 'clean', 'parse', 'assemble', 'epub', 'pdf', 'report', 'write'];

/** One line on the terminal, rewritten as the build moves from stage to stage. */
function progressLine(io: Io): { update: (stage: string, done?: number, total?: number) => void; clear: () => void } {
  let shown = false;
  return {
    update(stage, done, total) {
      const step = STAGES.indexOf(stage) + 1;
      const detail = done !== undefined && total ? ` ${done + 1}/${total}` : '';
      io.err(`\r\x1b[2K[${step}/${STAGES.length}] ${stage}${detail}…`);
      shown = true;
    },
    clear() {
      if (shown) io.err('\r\x1b[2K');
    },
  };
}

function printDiagnostics(diagnostics: readonly Diagnostic[], io: Io): void {
  for (const d of diagnostics) io.err(`${formatDiagnostic(d)}\n`);
}

async function version(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** The package a failed import names, when the error is Node's "cannot find package" (not a missing file of our own). */
export function missingPackage(error: unknown): string | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  return /Cannot find (?:package|module) '((?:@[\w.-]+\/)?\w[\w.-]*)(?:\/[^']*)?'/.exec(String(message))?.[1];
}
