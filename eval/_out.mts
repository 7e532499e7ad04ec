import { readFileSync } from 'node:fs';
import { createCleaner } from '../pipeline/clean/index.ts';
const [file, title, author, format] = process.argv.slice(2);
const r = createCleaner().cleanText(readFileSync(file!, 'utf8'), { file: 'x.txt', ...(title ? { title, author } : {}), ...(format ? { format } : {}) } as never);
console.log(r.profile);
console.log(r.markdown);
