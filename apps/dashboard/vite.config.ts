import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// Back office SPA, served by the API at `/` in production.
export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // Shared TypeScript libraries (libs/), compiled by Vite from source.
      '@peyvand/calendar': fileURLToPath(new URL('../../libs/calendar/src/index.ts', import.meta.url)),
      '@peyvand/phone': fileURLToPath(new URL('../../libs/phone/src/index.ts', import.meta.url)),
      '@peyvand/text': fileURLToPath(new URL('../../libs/text/src/index.ts', import.meta.url)),
      '@peyvand/web': fileURLToPath(new URL('../../libs/web/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: 'http://localhost:3000', changeOrigin: true, ws: true },
      '/attachments': { target: 'http://localhost:3000', changeOrigin: true },
    },
  },
  preview: { port: 4173 },
});
