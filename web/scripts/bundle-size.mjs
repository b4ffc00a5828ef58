// Prints the gzipped size of the JavaScript a first page load fetches: the entry script of index.html and
// the chunks it preloads. Lazily loaded pages are not part of it. Fails above the budget.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const html = readFileSync('dist/index.html', 'utf8');
const scripts = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map(
  (m) => m[1],
);
let first = 0;
for (const file of scripts) first += gzipSync(readFileSync(`dist/${file}`)).length;
let all = 0;
for (const file of readdirSync('dist/assets').filter((f) => f.endsWith('.js'))) {
  all += gzipSync(readFileSync(`dist/assets/${file}`)).length;
}
const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log(`first page load JavaScript: ${kb(first)} kB gzipped (${scripts.length} files; budget ${BUDGET_KB} kB)`);
console.log(`all JavaScript, every page: ${kb(all)} kB gzipped`);
if (first > BUDGET_KB * 1024) {
  console.error(`over the budget of ${BUDGET_KB} kB`);
  process.exit(1);
}
