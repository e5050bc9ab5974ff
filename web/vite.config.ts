import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// Builds the page into web/dist, which `groundcheck serve` serves; no CDN, everything bundled.
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  plugins: [preact()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { proxy: { '/v1': 'http://127.0.0.1:8080' } },
});
