// Test helper: bundles an entry of core's source the way a browser bundler would, to see which files it reaches.
import { build } from "esbuild";

/** Bundles the entry at `entry` (a file URL) for browsers and lists the files that went in, with the bundled code. */
export async function bundledInputs(entry: URL): Promise<{ inputs: string[]; code: string }> {
  const result = await build({
    entryPoints: [decodeURIComponent(entry.pathname)],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    metafile: true,
    logLevel: "silent",
  });
  return { inputs: Object.keys(result.metafile.inputs), code: result.outputFiles[0]!.text };
}
