/// <reference types="vitest" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

// In development (npm run dev) the runtime configuration that web-ui serves in production.
const devConfig: Plugin = {
  name: 'hamkori-dev-config',
  configureServer(server) {
    server.middlewares.use('/config.json', (_request, response) => {
      response.setHeader('Content-Type', 'application/json');
      response.end(
        JSON.stringify({
          centersUrl: 'http://127.0.0.1:8081',
          groupsUrl: 'http://127.0.0.1:8082',
          trainingUrl: 'http://127.0.0.1:8083',
          reportingUrl: 'http://127.0.0.1:8084',
          issuer: 'http://127.0.0.1:8180/realms/hamkori',
          clientId: 'hamkori-web',
        }),
      );
    });
  },
};

export default defineConfig({
  plugins: [react(), devConfig],
  server: { port: 3000, host: '127.0.0.1' },
  build: { target: 'es2020', sourcemap: false, chunkSizeWarningLimit: 700 },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
