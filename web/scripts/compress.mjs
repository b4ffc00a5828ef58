// Writes a gzipped copy (.gz) of every script and stylesheet: web-ui serves them as they are to browsers
// that accept gzip, which matters most on a slow connection.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';

for (const file of readdirSync('dist/assets').filter((f) => /\.(js|css|svg)$/.test(f))) {
  const path = `dist/assets/${file}`;
  writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION }));
}
