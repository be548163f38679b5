/**
 * Page operations of the navigator, each one undo step: add, duplicate, delete and move pages.
 * Free functions over the engine so the editor's shortcuts and menus can reuse them.
 */
import type { DesignBlockId, Engine } from '../../core/engine/index.js';

/** The long type name of pages. */
export const PAGE_TYPE = '//ly.img.ubq/page';

/** The scene's pages in order (children of the scene that are pages). */
export function pagesOf(engine: Engine): DesignBlockId[] {
  return engine.scene.getPages();
}

/** The page the user works on: the engine's current page, else the first page. */
export function currentPageOf(engine: Engine): DesignBlockId | undefined {
  const current = engine.scene.getCurrentPage();
  if (current !== null && current !== undefined && engine.block.isValid(current)) return current;
  return pagesOf(engine)[0];
}

/** The page that contains `block` (the block itself when it is a page), or `undefined`. */
export function pageOfBlock(engine: Engine, block: DesignBlockId): DesignBlockId | undefined {
  let current: DesignBlockId | null = block;
  while (current !== null && engine.block.isValid(current)) {
    if (engine.block.getType(current) === PAGE_TYPE) return current;
    current = engine.block.getParent(current);
  }
  return undefined;
}

function sceneOf(engine: Engine): DesignBlockId {
  const scene = engine.scene.get();
  if (scene === null || scene === undefined) throw new Error('page navigator: the engine has no scene');
  return scene;
}

/** The colour of a new page: white, as the first page of a new scene. */
export const NEW_PAGE_COLOR = { r: 1, g: 1, b: 1, a: 1 } as const;

/**
 * Adds an empty page after `after` (default: the current page) with the same size and a white colour
 * fill (as `scene.create` gives the first page); returns it.
 */
export function addPage(engine: Engine, after?: DesignBlockId): DesignBlockId {
  return engine.editor.transact('Add page', () => {
    const scene = sceneOf(engine);
    const reference = after ?? currentPageOf(engine);
    const page = engine.block.create('page');
    if (reference !== undefined) {
      engine.block.setWidth(page, engine.block.getWidth(reference));
      engine.block.setHeight(page, engine.block.getHeight(reference));
    }
    if (engine.block.getFill(page) === null) {
      const fill = engine.block.createFill('color');
      engine.block.setColor(fill, 'fill/color/value', { ...NEW_PAGE_COLOR });
      engine.block.setFill(page, fill);
    }
    const pages = pagesOf(engine);
    const index = reference === undefined ? pages.length : engine.block.getChildren(scene).indexOf(reference) + 1;
    engine.block.insertChild(scene, page, index);
    return page;
  });
}

/** Duplicates `page` (with all its content) right after it; returns the copy. */
export function duplicatePage(engine: Engine, page: DesignBlockId): DesignBlockId {
  return engine.editor.transact('Duplicate page', () => {
    const scene = sceneOf(engine);
    const copy = engine.block.duplicate(page, false);
    engine.block.insertChild(scene, copy, engine.block.getChildren(scene).indexOf(page) + 1);
    return copy;
  });
}

/** Deletes `page`, unless it is the last one; returns the page to show next, or `undefined` when nothing changed. */
export function deletePage(engine: Engine, page: DesignBlockId): DesignBlockId | undefined {
  const pages = pagesOf(engine);
  if (pages.length <= 1 || !pages.includes(page)) return undefined;
  const index = pages.indexOf(page);
  const next = pages[index + 1] ?? pages[index - 1];
  engine.editor.transact('Delete page', () => engine.block.destroy(page));
  return next;
}

/** Moves `page` to position `toIndex` among the pages (clamped); returns whether it moved. */
export function movePage(engine: Engine, page: DesignBlockId, toIndex: number): boolean {
  const pages = pagesOf(engine);
  const from = pages.indexOf(page);
  const to = Math.max(0, Math.min(pages.length - 1, Math.round(toIndex)));
  if (from < 0 || from === to) return false;
  engine.editor.transact('Move page', () => {
    const scene = sceneOf(engine);
    const siblings = engine.block.getChildren(scene).filter((child) => child !== page);
    const others = pages.filter((other) => other !== page);
    // Insert relative to the page that will follow it, so non-page children of the scene keep their places.
    const following = others[to];
    const index = following === undefined ? siblings.length : siblings.indexOf(following);
    engine.block.insertChild(scene, page, index);
  });
  return true;
}
