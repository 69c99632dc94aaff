import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// `npm run dev -w @smartcourse/web`: hot reload at http://localhost:5173/app/ against the API
// of a running `npm start` (API_URL, default http://localhost:8080).
const api = process.env.API_URL ?? 'http://localhost:8080'

export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: { outDir: process.env.WEB_OUT_DIR ?? 'dist', emptyOutDir: true, sourcemap: false },
  server: {
    proxy: { '/api': api, '/verify': api },
  },
})
