import { close, open, read, readFile as readFileCallback, stat as statCallback, type Stats } from "node:fs";

// The file reads of `validate`'s path, as promises over node:fs's callback functions. node:fs/promises is not used
// there: on Node 20 loading it also loads readline's interface, file watchers, directory handles and the stream
// classes (about 2 ms of a 90 ms start, docs/performance.md, "Cold start of validate"). The errors are the same
// (`code`, `message`) as node:fs/promises gives.

/** `fs.stat` as a promise. */
export function stat(path: string): Promise<Stats> {
  return new Promise((resolve, reject) => statCallback(path, (error, stats) => (error ? reject(error) : resolve(stats))));
}

/** `fs.readFile` as a promise: the bytes of a file. */
export function readFile(path: string): Promise<Buffer>;
/** `fs.readFile` as a promise: the text of a file in the given encoding. */
export function readFile(path: string, encoding: "utf8"): Promise<string>;
export function readFile(path: string, encoding?: "utf8"): Promise<Buffer | string> {
  return new Promise((resolve, reject) =>
    encoding === undefined
      ? readFileCallback(path, (error, data) => (error ? reject(error) : resolve(data)))
      : readFileCallback(path, encoding, (error, data) => (error ? reject(error) : resolve(data))),
  );
}

/** Up to `length` bytes from the start of a file; the file is closed whether the read succeeds or not. */
export function readHead(path: string, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    open(path, "r", (openError, fd) => {
      if (openError) return reject(openError);
      const buffer = Buffer.alloc(length);
      read(fd, buffer, 0, length, 0, (readError, bytesRead) =>
        close(fd, (closeError) => {
          const error = readError ?? closeError;
          if (error) reject(error);
          else resolve(buffer.subarray(0, bytesRead));
        }),
      );
    }),
  );
}
