import { readFileSync } from 'node:fs';
import { createCleaner } from '../pipeline/clean/index.ts';
const [file, title, author] = process.argv.slice(2);
const r = createCleaner().cleanText(readFileSync(file!, 'utf8'), { file: 'x.txt', ...(title ? { title, author } : {}) });
console.log(r.profile);
for (const e of r.edits.slice(0, 40)) console.log(e.line, e.ruleId, JSON.stringify(e.old).slice(0, 80));
