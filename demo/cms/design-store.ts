// The CMS demo's own store: designs in an embedded SQLite file (better-sqlite3). A scene is kept as
// the bytes the editor's form posted: JSON, or a zip archive when the design holds uploads.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** How a scene is stored. */
export type SceneFormat = 'json' | 'archive';

/** A design row without its scene and thumbnail bytes. */
export interface DesignSummary {
  readonly id: number;
  readonly title: string;
  readonly format: SceneFormat;
  readonly sceneBytes: number;
  readonly hasThumbnail: boolean;
  readonly updatedAt: number;
}

/** What a save writes. */
export interface DesignInput {
  readonly title: string;
  readonly format: SceneFormat;
  readonly scene: Buffer;
  readonly thumbnail?: Buffer;
}

/** Designs in `<folder>/cms.sqlite`. */
export class DesignStore {
  readonly #database: Database.Database;

  constructor(folder: string) {
    mkdirSync(folder, { recursive: true });
    this.#database = new Database(join(folder, 'cms.sqlite'));
    this.#database.pragma('journal_mode = WAL');
    this.#database.exec(`CREATE TABLE IF NOT EXISTS designs (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      title TEXT NOT NULL,
      format TEXT NOT NULL CHECK (format IN ('json', 'archive')),
      scene BLOB NOT NULL,
      thumbnail BLOB,
      updated_at INTEGER NOT NULL
    )`);
  }

  list(): DesignSummary[] {
    const rows = this.#database.prepare(
      'SELECT id, title, format, length(scene) AS bytes, thumbnail IS NOT NULL AS thumb, updated_at FROM designs ORDER BY updated_at DESC, id DESC',
    ).all() as Array<{ id: number; title: string; format: SceneFormat; bytes: number; thumb: number; updated_at: number }>;
    return rows.map((row) => ({ id: row.id, title: row.title, format: row.format, sceneBytes: row.bytes, hasThumbnail: row.thumb === 1, updatedAt: row.updated_at }));
  }

  get(id: number): (DesignSummary & { scene: Buffer; thumbnail: Buffer | null }) | undefined {
    const row = this.#database.prepare('SELECT * FROM designs WHERE id = ?').get(id) as
      { id: number; title: string; format: SceneFormat; scene: Buffer; thumbnail: Buffer | null; updated_at: number } | undefined;
    if (!row) return undefined;
    return {
      id: row.id, title: row.title, format: row.format, sceneBytes: row.scene.length, hasThumbnail: row.thumbnail !== null,
      updatedAt: row.updated_at, scene: row.scene, thumbnail: row.thumbnail,
    };
  }

  /** Creates a design (no `id`) or replaces one; returns its id, or undefined when `id` does not exist. */
  save(input: DesignInput, id?: number): number | undefined {
    const now = Date.now();
    if (id === undefined) {
      const result = this.#database.prepare('INSERT INTO designs (title, format, scene, thumbnail, updated_at) VALUES (?, ?, ?, ?, ?)')
        .run(input.title, input.format, input.scene, input.thumbnail ?? null, now);
      return Number(result.lastInsertRowid);
    }
    // A save without a new thumbnail keeps the old one.
    const result = this.#database.prepare('UPDATE designs SET title = ?, format = ?, scene = ?, thumbnail = COALESCE(?, thumbnail), updated_at = ? WHERE id = ?')
      .run(input.title, input.format, input.scene, input.thumbnail ?? null, now, id);
    return result.changes > 0 ? id : undefined;
  }

  close(): void {
    this.#database.close();
  }
}
