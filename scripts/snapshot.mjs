// Run by `npm run compile` after the bundle: builds a V8 start-up snapshot of `anthology build`
// (lib/_snapshot/build.blob), which bin/anthology.js starts a build from instead of loading the
// CLI, when it is there and current (see bin/anthology.js). The snapshot is the heap of a process
// that has evaluated the CLI and every module a build uses and has prepared what the print
// renderer needs before it has the text (the theme's fonts parsed, the hyphenation patterns):
// a build started from it begins at loadSource, about half a second of CPU into a plain start.
//
// Node builds a snapshot from ONE script that may require built-in modules only, so the CLI is
// bundled here a second time, as CommonJS, with the packages it uses inside (esbuild), apart from
// those a build seldom needs, which load native code or workers (sharp, pdfjs-dist …): they stay
// external and are loaded when first used, through require and import() made at run time
// (lib/_snapshot/runtime.cjs), as import() in the script itself has no loader after the snapshot
// is deserialized. `createRequire` in the bundled code is a stand-in (SHIM below) that, while the
// snapshot is built, answers from the bundle and from names resolved here beforehand, and
// afterwards is Node's. Every file path the code builds from `import.meta.url`, `__dirname` or
// `__filename` is the one it has in lib/ or node_modules, so the blob belongs to this checkout;
// lib/_snapshot/build.json records it with the Node binary and version that made the blob, and
// bin/anthology.js uses the blob only when all of them match.
//
// ANTHOLOGY_NO_SNAPSHOT=1 skips the snapshot (the CLI then always starts the plain way).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.join(root, 'lib/_snapshot');
const pipelineDir = path.join(root, 'pipeline');
const nodeModules = path.join(root, 'node_modules');
const requireHere = createRequire(path.join(root, 'package.json'));

/**
 * Packages left out of the snapshot: native code, workers, browsers, or large and used by a
 * command other than `build` or only for some books. Each is imported where the code imports it,
 * at run time.
 */
const EXTERNAL =
  /^(?:sharp|@napi-rs\/canvas|pdfjs-dist|tsx|chokidar|@daisy\/ace|puppeteer|mammoth|pdf-lib|linkedom|@mozilla\/readability|unicode-properties|brotli|linebreak|esbuild|vitest)(?:\/|$)/;

/**
 * What the code asks createRequire for while the snapshot is built: [the module asking, the
 * specifier]. Names to require are bundled; names to resolve are resolved here. After the
 * snapshot, createRequire is Node's, and the bundled modules are still given for these names
 * when asked from the same package (lib/, or the folder of the package asking).
 */
const REQUIRED_WHILE_BUILDING = [
  ['lib/render/epub/_generator.js', 'epub-gen-memory', 'resolve'],
  ['node_modules/epub-gen-memory/package.json', 'ejs', 'require'],
  ['lib/render/pdf/hyphenation.js', 'hyphen/en', 'require'],
  ['lib/render/pdf/hyphenation.js', 'hyphen/en-us', 'require'],
];

/** The font files the print theme names (package specifiers), to be resolved as the renderer resolves them. */
function themeFontSpecifiers() {
  const theme = readFileSync(path.join(root, 'templates/print-theme.yaml'), 'utf8');
  return [...new Set([...theme.matchAll(/'([^'\s]+\.(?:ttf|otf))'/g)].map((m) => m[1]))];
}

function resolveFrom(from, specifier) {
  return createRequire(path.join(root, from)).resolve(specifier);
}

function shimSource() {
  const resolved = {};
  const required = [];
  for (const [from, specifier, how] of REQUIRED_WHILE_BUILDING) {
    let file;
    try {
      file = resolveFrom(from, specifier);
    } catch {
      continue;
    }
    resolved[specifier] = file;
    const within = from.startsWith('lib/') ? path.join(root, 'lib') + path.sep : path.dirname(path.join(root, from)) + path.sep;
    if (how === 'require') required.push(`  ${JSON.stringify(specifier)}: [${JSON.stringify(within)}, () => require(${JSON.stringify(file)})],`);
  }
  for (const spec of themeFontSpecifiers()) {
    try {
      resolved[spec] = requireHere.resolve(spec);
    } catch {
      // Not installed: the renderer reports it at run time.
    }
  }
  return `const { isBuildingSnapshot } = require('node:v8').startupSnapshot;
const { fileURLToPath } = require('node:url');
const RESOLVED = ${JSON.stringify(resolved)};
const BUNDLED = {
${required.join('\n')}
};
function createRequire(from) {
  let real;
  const node = () => (real ??= globalThis.__anthologyRuntime.createRequire(from));
  const asking = String(from).startsWith('file:') ? fileURLToPath(from) : String(from);
  const req = (id) => {
    if (Object.hasOwn(BUNDLED, id) && asking.startsWith(BUNDLED[id][0])) return BUNDLED[id][1]();
    if (isBuildingSnapshot()) throw new Error('anthology snapshot: ' + id + ' is required while the snapshot is built but is not bundled (scripts/snapshot.mjs)');
    return node()(id);
  };
  req.resolve = (id, options) => {
    if (isBuildingSnapshot()) {
      if (Object.hasOwn(RESOLVED, id)) return RESOLVED[id];
      throw new Error('anthology snapshot: ' + id + ' is resolved while the snapshot is built but was not resolved beforehand (scripts/snapshot.mjs)');
    }
    return node().resolve(id, options);
  };
  return req;
}
module.exports = { createRequire, default: { createRequire } };
`;
}

/** Stand-ins for packages loaded on first use: Node's require, at run time. */
const LAZY = {
  'brotli/decompress.js': `let loaded;
export default function decompress(...args) {
  return (loaded ??= globalThis.__anthologyRuntime.createRequire(${JSON.stringify(path.join(root, 'package.json'))})('brotli/decompress.js'))(...args);
}`,
  // epub-gen-memory's downloader, which the build never calls (it gives the generator every file); it requires http, which cannot be loaded while a snapshot is built.
  'node-fetch': `let loaded;
module.exports = function fetch(...args) {
  return (loaded ??= globalThis.__anthologyRuntime.createRequire(${JSON.stringify(path.join(root, 'node_modules/epub-gen-memory/package.json'))})('node-fetch'))(...args);
};`,
  // Node's worker_threads, loaded while a snapshot is built, cannot start a worker after it (the
  // main thread's shared state for process.cwd() is not restored): loaded when a worker starts.
  worker_threads: `export class Worker {
  constructor(...args) {
    return new (process.getBuiltinModule('node:worker_threads').Worker)(...args);
  }
}`,
  linebreak: `let loaded;
export default function LineBreaker(text) {
  return new (loaded ??= globalThis.__anthologyRuntime.createRequire(${JSON.stringify(path.join(root, 'package.json'))})('linebreak'))(text);
}`,
};

/** A TextDecoder made on first use; while the snapshot is built, a fresh one for each use. */
const LAZY_DECODER = `{ decode: function (data, options) {
  if (globalThis.__anthologySnapshotBuilding) return new TextDecoder().decode(data, options);
  return (this.decoder || (this.decoder = new TextDecoder())).decode(data, options);
} }`;

const PLUGIN = {
  name: 'anthology-snapshot',
  setup(b) {
    // fontkit's start-up imports that a build seldom needs stay lazy, as in the ESM bundle (scripts/bundle.mjs).
    b.onResolve({ filter: /^unicode-properties$/ }, () => ({ path: path.join(pipelineDir, 'render/pdf/fonts/lazy-unicode.ts') }));
    b.onResolve({ filter: /^(?:brotli\/decompress\.js|linebreak|node-fetch)$/ }, (args) => ({ path: args.path, namespace: 'lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({ contents: LAZY[args.path], loader: 'js', resolveDir: root }));
    b.onResolve({ filter: /^(?:node:)?worker_threads$/ }, () => ({ path: 'worker_threads', namespace: 'lazy' }));
    b.onResolve({ filter: /^(?:node:)?module$/ }, () => ({ path: 'module', namespace: 'shim' }));
    b.onLoad({ filter: /.*/, namespace: 'shim' }, () => ({ contents: shimSource(), loader: 'js', resolveDir: root }));
    // An external package imported with import() stays an import() (made through runtime.cjs below);
    // one imported or required statically is required through runtime.cjs when its importer is evaluated.
    b.onResolve({ filter: /^[^./#]/ }, (args) => {
      if (args.path.startsWith('node:') || !EXTERNAL.test(args.path)) return undefined;
      return args.kind === 'dynamic-import' ? { path: args.path, external: true } : { path: `${args.path}.cjs`, namespace: 'external', pluginData: args.path };
    });
    b.onLoad({ filter: /.*/, namespace: 'external' }, (args) => ({
      contents: `module.exports = globalThis.__anthologyRuntime.require(${JSON.stringify(args.pluginData)});`,
      loader: 'js',
    }));
    b.onLoad({ filter: /\.(?:ts|mts|cts|mjs|cjs|js)$/ }, async (args) => {
      const file = args.path;
      let source = await readFile(file);
      const inPipeline = file.startsWith(pipelineDir + path.sep);
      const inModules = file.startsWith(nodeModules + path.sep);
      if (!inPipeline && !inModules) return undefined;
      // Where the file is, or for our sources, where tsc puts it in lib/.
      const own = inPipeline ? path.join(root, 'lib', path.relative(pipelineDir, file)).replace(/\.ts$/, '.js') : file;
      if (source.includes('import.meta')) {
        source = source
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(own).href))
          .replaceAll('import.meta.resolve(', `globalThis.__anthologyRuntime.resolveFrom(${JSON.stringify(own)}, `);
      }
      // (EJS names them inside the code it generates for a template, where they must stay.)
      if (inModules && !file.includes(`${path.sep}ejs${path.sep}`) && /\b__(?:dirname|filename)\b/.test(source)) {
        source = source.replace(/\b__dirname\b/g, JSON.stringify(path.dirname(own))).replace(/\b__filename\b/g, JSON.stringify(own));
      }
      // Native objects cannot be in a snapshot: fflate's shared UTF-8 decoder is made when first used after it.
      if (inModules && file.includes(`${path.sep}fflate${path.sep}`)) source = source.replace('/*#__PURE__*/ new TextDecoder()', LAZY_DECODER);
      const loader = /\.[mc]?ts$/.test(file) ? 'ts' : 'js';
      return { contents: source, loader };
    });
  },
};

async function readFile(file) {
  return readFileSync(file, 'utf8');
}

if (process.env.ANTHOLOGY_NO_SNAPSHOT === '1') process.exit(0);

rmSync(outdir, { recursive: true, force: true });
// A snapshot that cannot be built (code that Node cannot put in one, run while it is built) must
// not stop the compile: builds then start the plain way, and tests/cli/snapshot.test.ts fails.
try {
  mkdirSync(outdir, { recursive: true });
  const entry = path.join(outdir, 'entry.cjs');
  await build({
    entryPoints: [path.join(root, 'scripts/snapshot-entry.ts')],
    outfile: entry,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Regular expressions with \p{…} stay literals, as in the ESM bundle (see scripts/bundle.mjs).
    supported: { 'regexp-unicode-property-escapes': true },
    // The clean pool starts the bundled worker (lib/_bundle/clean-worker.js), as from the ESM bundle.
    define: { ANTHOLOGY_BUNDLED: 'true' },
    mainFields: ['main', 'module'],
    banner: { js: 'globalThis.__anthologySnapshotBuilding = true;' },
    plugins: [PLUGIN],
    logLevel: 'warning',
  });
  // What the bundle leaves to run time: import() of an external package goes through runtime.cjs.
  let bundled = readFileSync(entry, 'utf8');
  bundled = bundled.replace(/\bimport\((?=["'])/g, 'globalThis.__anthologyRuntime.import(');
  writeFileSync(entry, bundled);
  writeFileSync(
    path.join(outdir, 'runtime.cjs'),
    `// Loaded by the snapshot's main function (see scripts/snapshot.mjs): require and import() for packages left out of it.
const { createRequire } = require('node:module');
const { pathToFileURL } = require('node:url');
module.exports = {
  createRequire,
  require: createRequire(__filename),
  import: (specifier) => import(specifier),
  resolveFrom: (file, specifier) => pathToFileURL(createRequire(file).resolve(specifier)).href,
};
`,
  );
  const blob = path.join(outdir, 'build.blob');
  execFileSync(process.execPath, ['--no-warnings', '--snapshot-blob', blob, '--build-snapshot', entry], { cwd: root, stdio: 'inherit' });
  writeFileSync(
    path.join(outdir, 'build.json'),
    `${JSON.stringify({ node: process.version, execPath: process.execPath, root, size: statSync(blob).size }, null, 2)}\n`,
  );
} catch (error) {
  rmSync(outdir, { recursive: true, force: true });
  process.stderr.write(`anthology: the start-up snapshot was not built, so builds start without it: ${error.message}\n`);
}
