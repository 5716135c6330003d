// A compile cache for Node 20 and 21, which lack Node 22.1's `module.enableCompileCache` (the bin uses that one where
// it exists). Compiling the JavaScript that `validate` loads (dist/bin.cjs, the CLI's validate path with core's validator, about
// 560 kB) is a quarter of the command's start; V8 can skip it with the code it made for the same source before
// (docs/performance.md, "Cold start of validate"). Like Node 22's cache, this one:
// - lives in `$NODE_COMPILE_CACHE` or the system's temporary folder, never next to the package (a read-only install
//   works as before), in a folder per Node version and user; `NODE_DISABLE_COMPILE_CACHE=1` turns it off;
// - is used only when that folder is a real folder (not a link) owned by the user and writable by nobody else, so
//   that no other account can put code into it;
// - is checked before use: an entry records the source file's path, size and modification time and is used only
//   for that file as it is; V8 itself rejects code from another V8 version or other flags, or for a source of another length;
//   a rejected or unreadable entry is compiled as without a cache and written again;
// - is written at exit, through a temporary file and a rename, so a reader never sees half an entry; every failure to
//   read or write it is silent, and the command runs as without it.
// It covers only the `.cjs` files of the CLI's `dist` folder without a dynamic `import()`; every other file loads as
// Node loads it.
"use strict";

const Module = require("node:module");
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

/** The first line of an entry: a format tag, then the source's size, modification time and path; V8's code follows. */
const MAGIC = "actionplan-compile-cache-1";

/** FNV-1a of a text, as 8 hex digits: an entry's file name from its source's path (the entry names the path too). */
function hash(text) {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value.toString(16).padStart(8, "0");
}

/** os.tmpdir() without loading node:os (about 1 ms of a start): Node's own rule on POSIX systems. */
function temporaryFolder() {
  if (process.platform === "win32") return require("node:os").tmpdir();
  const folder = process.env.TMPDIR || process.env.TMP || process.env.TEMP || "/tmp";
  return folder.length > 1 && folder.endsWith("/") ? folder.slice(0, -1) : folder;
}

/** The cache's folder, made if missing, or undefined when it cannot be used safely. */
function cacheFolder() {
  const uid = typeof process.getuid === "function" ? process.getuid() : undefined;
  const base = process.env.NODE_COMPILE_CACHE || temporaryFolder();
  const folder = path.join(base, `actionplan-${process.version}-${process.arch}${uid === undefined ? "" : `-${uid}`}`);
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    const info = fs.lstatSync(folder);
    if (!info.isDirectory()) return undefined;
    if (uid !== undefined && (info.uid !== uid || (info.mode & 0o022) !== 0)) return undefined;
    return folder;
  } catch {
    return undefined;
  }
}

/** Installs the cache for the `.cjs` files under the given folders (absolute, real paths). */
function install(roots) {
  const folder = cacheFolder();
  if (folder === undefined) return;
  const toWrite = [];
  // Node 20 loads `.cjs` files with the `.js` loader; wrapping it (rather than registering `.cjs`) leaves the
  // extensions that resolution tries unchanged.
  const plain = Module._extensions[".js"];
  const covered = (filename) => filename.endsWith(".cjs") && roots.some((root) => filename.startsWith(root));

  Module._extensions[".js"] = function loadCjs(module, filename) {
    if (!covered(filename)) return plain.call(this, module, filename);
    const source = fs.readFileSync(filename, "utf8");
    // A dynamic import() needs Node's own loader (a vm.Script has none on Node 20): such a file loads as usual.
    if (source.includes("import(")) return plain.call(this, module, filename);
    const info = fs.statSync(filename);
    const stamp = Buffer.from(`${MAGIC} ${info.size} ${info.mtimeMs} ${JSON.stringify(filename)}\n`, "utf8");
    const entry = path.join(folder, `${hash(filename)}.cache`);
    let cachedData;
    try {
      const bytes = fs.readFileSync(entry);
      if (bytes.subarray(0, stamp.length).equals(stamp)) cachedData = bytes.subarray(stamp.length);
    } catch {
      // No entry yet, or unreadable: compile as without a cache.
    }
    const script = new vm.Script(Module.wrap(source), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) toWrite.push({ script, entry, stamp });
    const compiled = script.runInThisContext({ displayErrors: true });
    const localRequire = (id) => module.require(id);
    localRequire.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
    localRequire.resolve.paths = (request) => Module._resolveLookupPaths(request, module);
    localRequire.main = process.mainModule;
    localRequire.extensions = Module._extensions;
    localRequire.cache = Module._cache;
    return compiled.call(module.exports, module.exports, localRequire, module, filename, path.dirname(filename));
  };

  process.once("exit", () => {
    for (const { script, entry, stamp } of toWrite) {
      const temporary = `${entry}.${process.pid}.tmp`;
      try {
        // After the run, the code includes the functions the command compiled on the way.
        fs.writeFileSync(temporary, Buffer.concat([stamp, script.createCachedData()]), { mode: 0o600 });
        fs.renameSync(temporary, entry);
      } catch {
        try {
          fs.unlinkSync(temporary);
        } catch {
          // Nothing was written.
        }
      }
    }
  });
}

module.exports = { install };
