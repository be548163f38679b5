// `fs` for guides run by the conformance harness: files the guides write stay in memory (the run's
// `files` map), so checks can read them back and nothing lands on disk.
interface HarnessRun {
  files: Map<string, Uint8Array | string>;
}

function files(): Map<string, Uint8Array | string> {
  const run = (globalThis as unknown as { __cesdkConformanceRun?: HarnessRun }).__cesdkConformanceRun;
  if (!run) throw new Error('fs used outside a conformance run');
  return run.files;
}

function normalize(path: string): string {
  return path.replace(/^\.\//, '');
}

/** Records a written file. */
export function writeFileSync(path: string, data: Uint8Array | string): void {
  files().set(normalize(path), typeof data === 'string' ? data : new Uint8Array(data));
}

/** Directories exist implicitly. */
export function mkdirSync(path: string, _options?: unknown): void {
  files().set(`${normalize(path).replace(/\/$/, '')}/`, '');
}

/** Whether a file or directory was written in this run. */
export function existsSync(path: string): boolean {
  const key = normalize(path);
  return files().has(key) || files().has(`${key.replace(/\/$/, '')}/`);
}
