// Browser helper: proves that no client-side storage holds a secret or any 8-character part of it.
import { expect } from '@open-wc/testing';

/** Every substring of `secret` of length 8 (the secret itself included via its parts). */
function partsOf(secret: string, length = 8): string[] {
  const parts: string[] = [];
  for (let index = 0; index + length <= secret.length; index += 1) parts.push(secret.slice(index, index + length));
  return parts;
}

async function indexedDbText(): Promise<string> {
  const databases = await indexedDB.databases();
  const texts: string[] = [];
  for (const { name } of databases) {
    if (!name) continue;
    texts.push(name);
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const storeName of Array.from(database.objectStoreNames)) {
      const values = await new Promise<unknown[]>((resolve, reject) => {
        const request = database.transaction(storeName, 'readonly').objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      texts.push(storeName, JSON.stringify(values));
    }
    database.close();
  }
  return texts.join('\n');
}

async function cacheStorageText(): Promise<string> {
  const texts: string[] = [];
  for (const name of await caches.keys()) {
    texts.push(name);
    const cache = await caches.open(name);
    for (const request of await cache.keys()) {
      texts.push(request.url);
      const response = await cache.match(request);
      if (response) texts.push(await response.text());
    }
  }
  return texts.join('\n');
}

function webStorageText(storage: Storage): string {
  const texts: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const name = storage.key(index)!;
    texts.push(name, storage.getItem(name) ?? '');
  }
  return texts.join('\n');
}

/** Asserts that localStorage, sessionStorage, IndexedDB, Cache Storage, cookies and the URL hold no part of `secret`. */
export async function assertNoKeyInBrowserStorage(secret: string): Promise<void> {
  const places: Record<string, string> = {
    localStorage: webStorageText(localStorage),
    sessionStorage: webStorageText(sessionStorage),
    indexedDB: await indexedDbText(),
    cacheStorage: await cacheStorageText(),
    cookies: document.cookie,
    url: location.href + '\n' + history.state,
  };
  const parts = partsOf(secret);
  expect(parts.length).to.be.greaterThan(0);
  for (const [place, text] of Object.entries(places)) {
    const leaked = parts.find((part) => text.includes(part));
    expect(leaked, `${place} holds part of the key`).to.equal(undefined);
  }
}
