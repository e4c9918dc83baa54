import fs from 'node:fs';
import { extractFacts } from '../src/core/analysis/extract';
const f = process.argv[2];
const x = extractFacts(f, fs.readFileSync(f, 'utf8'));
console.log(x.fields.map((d) => `${d.container}.${d.name} ${d.kind} ${d.category} :${d.line}`).join('\n'));
