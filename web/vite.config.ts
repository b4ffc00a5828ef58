/// <reference types="vitest" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { port: 3000, host: '127.0.0.1' },
  build: { target: 'es2020', sourcemap: false, chunkSizeWarningLimit: 700 },
  test: { include: ['src/**/*.test.ts'], environment: 'node' },
});
