// The engine's tsconfig has lib ES2022 only (no DOM), yet its API hands out Blobs, which Node 20 and
// browsers both provide globally. This declares the minimal Blob shape the engine relies on; in a
// DOM or Node context it merges with the full declaration, so callers get the real Blob type.
declare global {
  /** A binary large object, as provided by the platform (browsers, Node 20). */
  interface Blob {
    readonly size: number;
    readonly type: string;
    arrayBuffer(): Promise<ArrayBuffer>;
  }
  /** A cancellation signal, as provided by the platform (browsers, Node 20); handed on to exporters. */
  interface AbortSignal {
    readonly aborted: boolean;
  }
}

export {};
