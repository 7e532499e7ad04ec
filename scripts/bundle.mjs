// Run by `npm run compile` after tsc: bundles the CLI into lib/_bundle/ with esbuild, so a
// command loads a few files instead of the ~550 modules it resolved one by one (a third of a
// second at start-up). Each command's stages stay lazily imported chunks (splitting), so
// `--help` still loads no stage. bin/anthology.js runs the bundle when it is there and current.
//
// Only our own code and pure-ESM packages without files of their own to read are bundled;
// packages that read data files beside them, load native code or start workers (sharp,
// pdfjs-dist, hyphen, nspell, the dictionaries …) stay external and are imported from
// node_modules as before.
//
// pdfkit and fontkit are bundled too, so that three packages they import at start-up and a
// build seldom needs are loaded only when first used (see LAZY): fontkit's Unicode tables
// (unicode-properties, whose data is inflated as it loads; a Latin book's questions are
// answered without them), its WOFF2 decompressor (brotli), and the UAX #14 line breaker
// (linebreak: CJK words only, and pdfkit's own line wrapping, which the painter does not
// use). Importing the print renderer takes about 65 ms less CPU (170 -> 100 ms). pdfkit reads
// its data (the standard fonts' metrics, the ICC profile) from beside its own module: its
// `import.meta.url` is made the URL of its installed CommonJS build, in the same folder.
//
// `import.meta.url` in each source file is rewritten to the URL its tsc output in lib/ has, so
// every path the code builds from it (templates/, words/, package.json, the clean worker,
// createRequire) is the same from the bundle as from lib/.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.join(root, 'lib/_bundle');

/** Packages bundled: ESM that only computes (Markdown, HTML and schema libraries). */
const BUNDLED =
  /^(?:pdfkit|fontkit|zod|unified|remark-[\w-]+|rehype-[\w-]+|mdast-[\w-]+|micromark(?:-[\w-]+)?|hast-[\w-]+|hastscript|unist-[\w-]+|vfile(?:-[\w-]+)?|property-information|parse5|entities|stringify-entities|character-entities(?:-[\w-]+)?|character-reference-invalid|decode-named-character-reference|is-alphabetical|is-alphanumerical|is-decimal|is-hexadecimal|devlop|bail|trough|is-plain-obj|extend|ccount|longest-streak|zwitch|space-separated-tokens|comma-separated-tokens|html-void-elements|html-whitespace-sensitive-tag-names|web-namespaces|trim-lines|@ungap\/structured-clone|markdown-table|escape-string-regexp)(?:\/|$)/;

const pipelineDir = path.join(root, 'pipeline');

/**
 * Packages loaded on first use: each import of them in the bundle becomes a stand-in module
 * with the same exports that requires the package (its CommonJS build) when one is called.
 * unicode-properties has a stand-in of its own, pipeline/render/pdf/fonts/lazy-unicode.ts.
 */
const LAZY = {
  'brotli/decompress.js': `let loaded;
export default function decompress(...args) {
  return (loaded ??= require('brotli/decompress.js'))(...args);
}`,
  linebreak: `let loaded;
export default function LineBreaker(text) {
  return new (loaded ??= require('linebreak'))(text);
}`,
};
const LAZY_PREAMBLE = "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n";

/** Keeps every package but the bundled ones external (a package's own `#imports` are resolved), and gives each source file its lib/ URL. */
const plugin = {
  name: 'anthology',
  setup(b) {
    b.onResolve({ filter: /^(?:brotli\/decompress\.js|linebreak)$/ }, (args) => ({ path: args.path, namespace: 'lazy' }));
    // fontkit's questions about characters: most are answered without loading the package's tables.
    b.onResolve({ filter: /^unicode-properties$/ }, () => ({ path: path.join(pipelineDir, 'render/pdf/fonts/lazy-unicode.ts') }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: LAZY_PREAMBLE + LAZY[args.path], loader: 'js', resolveDir: root }));
    b.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      // The CommonJS build (js/pdfkit.js) sits beside the module, so what it names relative to itself is the same.
      const own = "import { createRequire as pdfkitRequire } from 'node:module';\nimport { pathToFileURL as pdfkitUrlOf } from 'node:url';\nconst pdfkitModuleUrl = pdfkitUrlOf(pdfkitRequire(import.meta.url).resolve('pdfkit')).href;\n";
      return { contents: own + source.replaceAll('import.meta.url', 'pdfkitModuleUrl'), loader: 'js' };
    });
    b.onResolve({ filter: /^[^./#]/ }, (args) => (args.path.startsWith('node:') || !BUNDLED.test(args.path) ? { path: args.path, external: true } : undefined));
    b.onLoad({ filter: /\.(?:ts|mjs|js)$/ }, async (args) => {
      if (!args.path.startsWith(pipelineDir + path.sep)) return undefined;
      let source = await readFile(args.path, 'utf8');
      if (source.includes('import.meta.url')) {
        const compiled = path.join(root, 'lib', path.relative(pipelineDir, args.path)).replace(/\.ts$/, '.js');
        const relative = path.relative(outdir, compiled).split(path.sep).join('/');
        source = source.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`);
      }
      return { contents: source, loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

/**
 * The CLI and every module a command imports lazily, each its own file named for what it holds
 * (lib/_bundle/clean.js): what a command loads can be told from the files, and the rewritten
 * import.meta.url holds because every output file sits at the same depth. Code they share goes
 * into chunk-*.js files beside them.
 */
const ENTRIES = {
  main: 'cli/main.ts',
  build: 'build.ts',
  load: 'load/index.ts',
  'load-decode': 'load/_decode.ts',
  cache: 'cache/index.ts',
  clean: 'clean/index.ts',
  read: 'read/index.ts',
  'read-detect': 'read/detect.ts',
  'read-places': 'read/_places.ts',
  parse: 'parse/index.ts',
  assemble: 'assemble/index.ts',
  'check-epubcheck': 'check/epubcheck.ts',
  'check-ace': 'check/ace.ts',
  'cli-schema': 'cli/schema.ts',
  'cli-init': 'cli/init.ts',
  'cli-watch': 'cli/watch.ts',
  'cli-preview': 'cli/preview.ts',
  'clean-worker': 'parallel/_clean-serve.ts',
};

await build({
  entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(pipelineDir, file)])),
  entryNames: '[name]',
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // esbuild's table wrongly lists Node without Unicode property escapes (\p{L}) in regular
  // expressions (Node has them since 10), and turned every such literal into `new RegExp(…)`,
  // built again on each evaluation: in the cleaner's per-line and per-word loops. Kept literals.
  supported: { 'regexp-unicode-property-escapes': true },
  chunkNames: 'chunk-[hash]',
  // Code that asks whether it runs from the bundle (the clean pool, to start the bundled worker).
  define: { ANTHOLOGY_BUNDLED: 'true' },
  plugins: [plugin],
  logLevel: 'warning',
});
