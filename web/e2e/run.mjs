// Browser tests of the web app against the real suite (services, Keycloak, web-ui on :3000), driving Debian's
// Chromium with playwright-core. Run by `./hamkori test` after the suite is up; screenshots of the pages go to
// web/docs/screenshots/ (committed, shown in the README).
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';

const files = [
  './app.e2e.mjs',
  './work.e2e.mjs',
  './accountability.e2e.mjs',
  './attribution.e2e.mjs',
  './periods.e2e.mjs',
].map((file) => fileURLToPath(new URL(file, import.meta.url)));
const stream = run({ files, concurrency: 1 });
stream.on('test:fail', () => {
  process.exitCode = 1;
});
stream.compose(spec).pipe(process.stdout);
