// Run by `npm run compile` after tsc: writes the prebuilt word table of each installed Hunspell
// dictionary that lacks one for its installed version (lib/clean/_word-table.js says why and how).
// Tables that are current are kept, so a compile after the first costs nothing here.
import { writeWordTables } from '../lib/clean/_word-table.js';

writeWordTables((line) => process.stderr.write(`${line}\n`));
