import type { DesignBlockId, Engine } from '../../core/engine/index.js';

/**
 * The pages the canvas has seen, so it can tell when one was added (and scroll to it) rather than
 * loaded with a scene.
 */
export class KnownPages {
  private pages = new Set<DesignBlockId>();

  /** Remembers the scene's pages as they are now (a new or loaded scene). */
  reset(engine: Engine): void {
    this.pages = new Set(pagesOf(engine));
  }

  /** The last page that appeared since the previous call, if any; remembers the pages as they are now. */
  added(engine: Engine): DesignBlockId | undefined {
    const now = pagesOf(engine);
    const fresh = now.filter((page) => !this.pages.has(page));
    this.pages = new Set(now);
    return fresh[fresh.length - 1];
  }
}

function pagesOf(engine: Engine): DesignBlockId[] {
  try {
    return engine.scene.getPages();
  } catch {
    return [];
  }
}
