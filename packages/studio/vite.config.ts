// Builds the studio into dist/ as static files with relative paths, so that any static host (or a folder opened
// from a USB stick through a local server) serves it. Workspace packages are read through their `source` export
// condition: the studio builds from their TypeScript without waiting for their own builds.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  resolve: { conditions: ["source", "module", "browser", "development|production"] },
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", reportCompressedSize: true, chunkSizeWarningLimit: 1500 },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
});
