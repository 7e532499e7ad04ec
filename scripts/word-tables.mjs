// Run by `npm run compile` after tsc: writes the prebuilt word table of each installed Hunspell
// dictionary that lacks one for its installed version (lib/clean/_word-table.js says why and how),
// and the table of SUBTLEX frequencies (lib/clean/_frequency-table.js).
// Tables that are current are kept, so a compile after the first costs nothing here.
import { writeFrequencyTable } from '../lib/clean/_frequency-table.js';
import { writeWordTables } from '../lib/clean/_word-table.js';

writeWordTables((line) => process.stderr.write(`${line}\n`));
writeFrequencyTable((line) => process.stderr.write(`${line}\n`));
