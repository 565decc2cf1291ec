import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The build lands where internal/console embeds it into the gaps binary.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../internal/console/dist/site',
    emptyOutDir: true,
    assetsDir: 'assets',
  },
  server: {
    proxy: {
      '/query': { target: 'http://localhost:8080', ws: true },
      '/console/': 'http://localhost:8080',
      '/export/': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
  },
});
