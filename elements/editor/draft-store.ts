/**
 * Local drafts of `<cesdk-editor autosave>`: one record per draft key in this origin's IndexedDB
 * (database `cesdk-drafts`, store `drafts`). A record holds the scene as an archive (a zip with the
 * uploads embedded), when it was written and the engine version: never the license key, which lives
 * only in the license service's memory, and nothing the integrator did not put in the scene.
 */

/** One stored draft. */
export interface Draft {
  /** The draft key (the `autosave` attribute's value, or the page path and the editor's id). */
  readonly key: string;
  /** The scene archive (`engine.scene.saveToArchive()`), uploads included. */
  readonly archive: Blob;
  /** When it was written (ms since the epoch). */
  readonly savedAt: number;
  /** The engine version that wrote it. */
  readonly engineVersion: string;
}

const DATABASE = 'cesdk-drafts';
const STORE = 'drafts';

function request<T>(operation: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    operation.onsuccess = () => resolve(operation.result);
    operation.onerror = () => reject(operation.error ?? new Error('IndexedDB request failed'));
  });
}

let opening: Promise<IDBDatabase> | undefined;

function open(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const opened = indexedDB.open(DATABASE, 1);
    opened.onupgradeneeded = () => {
      if (!opened.result.objectStoreNames.contains(STORE)) opened.result.createObjectStore(STORE, { keyPath: 'key' });
    };
    opened.onsuccess = () => {
      const database = opened.result;
      // Another tab upgrading (or the user clearing site data) closes us: open again next time.
      database.onversionchange = () => {
        database.close();
        opening = undefined;
      };
      database.onclose = () => {
        opening = undefined;
      };
      resolve(database);
    };
    opened.onerror = () => {
      opening = undefined;
      reject(opened.error ?? new Error('IndexedDB could not be opened'));
    };
    opened.onblocked = () => undefined;
  });
  return opening;
}

async function run<T>(mode: IDBTransactionMode, operation: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await open();
  const transaction = database.transaction(STORE, mode, { durability: 'strict' });
  const result = request(operation(transaction.objectStore(STORE)));
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
  return result;
}

/** Writes (replaces) a draft; resolves once it is durably stored. */
export async function writeDraft(draft: Draft): Promise<void> {
  await run('readwrite', (store) => store.put(draft));
}

/** The draft stored under `key`, if any. */
export async function readDraft(key: string): Promise<Draft | undefined> {
  const found = (await run('readonly', (store) => store.get(key))) as Draft | undefined;
  return found && found.archive instanceof Blob ? found : undefined;
}

/** Deletes the draft stored under `key` (nothing when there is none). */
export async function deleteDraft(key: string): Promise<void> {
  await run('readwrite', (store) => store.delete(key));
}
