// A partner's webhook receiver on loopback for the browser tests: answers every request 200 and keeps what it saw.
import { createServer } from 'node:http';
import { TIMEOUT } from './suite.mjs';

export async function startReceiver() {
  const received = [];
  const waiting = new Set();
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
      for (const wait of waiting) wait();
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    received,
    /** The requests that match, once there are at least `count` of them (no sleeping: woken by each request). */
    until(match, count = 1, what = 'a request') {
      return new Promise((resolve, reject) => {
        const check = () => {
          const matching = received.filter(match);
          if (matching.length < count) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(matching);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          reject(new Error(`the receiver did not get ${what} within ${TIMEOUT} ms (got ${received.length} requests)`));
        }, TIMEOUT);
        waiting.add(check);
        check();
      });
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
