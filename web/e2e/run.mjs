// Browser tests of the web app against the real suite (services, Keycloak, web-ui on :3000), driving Debian's
// Chromium with playwright-core. Run by `./hamkori test` after the suite is up; screenshots of the pages go to
// web/docs/screenshots/ (committed, shown in the README).
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';

const path = (file) => fileURLToPath(new URL(file, import.meta.url));

/** The spec report of running `files` one after the other; a failure sets the exit code. */
function report(files) {
  const stream = run({ files: files.map(path), concurrency: 1 });
  stream.on('test:fail', () => {
    process.exitCode = 1;
  });
  return stream.compose(spec);
}

// The files that write share the suite's figures: one at a time. The session's token renewal writes nothing and
// mostly waits out a token's life: it runs beside them, its report printed after theirs.
const session = report(['./session.e2e.mjs']);
const sessionReport = [];
session.on('data', (chunk) => sessionReport.push(chunk));
const writers = report([
  './app.e2e.mjs',
  './work.e2e.mjs',
  './accountability.e2e.mjs',
  './attribution.e2e.mjs',
  './periods.e2e.mjs',
]);
writers.pipe(process.stdout, { end: false });
await Promise.all([finished(writers), finished(session)]);
process.stdout.write(sessionReport.join(''));
