/**
 * The soak test's random operations on a live engine: create, edit, group, ungroup, undo, redo,
 * delete, export, add and remove pages, select. Seeded, so a failure can be replayed exactly.
 */
import { CesdkError, type DesignBlockId, type Engine } from '../../core/engine/index.js';

/** mulberry32: a small, fast, seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the operations have done, for the report. */
export interface SoakStats {
  readonly counts: Record<string, number>;
  /** Operations the engine refused with a typed error (e.g. grouping blocks of different pages). */
  refused: number;
}

type Operation = (engine: Engine, random: () => number) => void | Promise<unknown>;

const pick = <T>(random: () => number, items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];

function content(engine: Engine): DesignBlockId[] {
  return [...engine.block.findByType('graphic'), ...engine.block.findByType('text'), ...engine.block.findByType('group')];
}

function topLevelOf(engine: Engine, page: DesignBlockId): DesignBlockId[] {
  return engine.block.getChildren(page);
}

const OPERATIONS: ReadonlyArray<[name: string, weight: number, run: Operation]> = [
  ['create', 18, (engine, random) => {
    const page = pick(random, engine.scene.getPages())!;
    const kind = random();
    engine.editor.transact('Soak create', () => {
      let block: DesignBlockId;
      if (kind < 0.25) {
        block = engine.block.create('text');
        engine.block.replaceText(block, `Soak ${Math.floor(random() * 1000)}`);
      } else {
        block = engine.block.create('graphic');
        engine.block.setShape(block, engine.block.createShape(kind < 0.6 ? 'rect' : kind < 0.8 ? 'ellipse' : 'star'));
        const fill = engine.block.createFill(kind < 0.9 ? 'color' : 'gradient/linear');
        engine.block.setFill(block, fill);
      }
      engine.block.setPositionX(block, random() * 900);
      engine.block.setPositionY(block, random() * 900);
      engine.block.setWidth(block, 20 + random() * 300);
      engine.block.setHeight(block, 20 + random() * 200);
      engine.block.appendChild(page, block);
    });
  }],
  ['edit', 30, (engine, random) => {
    const block = pick(random, content(engine));
    if (block === undefined) return;
    const which = Math.floor(random() * 6);
    if (which === 0) engine.block.setPositionX(block, random() * 1000);
    else if (which === 1) engine.block.setRotation(block, random() * Math.PI * 2);
    else if (which === 2) engine.block.setOpacity(block, random());
    else if (which === 3) engine.block.setWidth(block, 10 + random() * 400);
    else if (which === 4 && engine.block.supportsFill?.(block) !== false && engine.block.getType(block).endsWith('graphic')) {
      const fill = engine.block.getFill(block);
      if (fill && engine.block.getType(fill).endsWith('/color')) engine.block.setColor(fill, 'fill/color/value', { r: random(), g: random(), b: random(), a: 1 });
    } else engine.block.setName(block, `soak-${Math.floor(random() * 100)}`);
  }],
  ['select', 8, (engine, random) => {
    const block = pick(random, content(engine));
    if (block !== undefined) engine.block.select(block);
  }],
  ['group', 5, (engine, random) => {
    const page = pick(random, engine.scene.getPages())!;
    const children = topLevelOf(engine, page);
    if (children.length < 2) return;
    const first = pick(random, children)!;
    const second = pick(random, children.filter((id) => id !== first))!;
    engine.block.group([first, second]);
  }],
  ['ungroup', 4, (engine, random) => {
    const group = pick(random, engine.block.findByType('group'));
    if (group !== undefined) engine.block.ungroup(group);
  }],
  ['undo', 12, (engine) => void (engine.editor.canUndo() && engine.editor.undo())],
  ['redo', 8, (engine) => void (engine.editor.canRedo() && engine.editor.redo())],
  ['delete', 10, (engine, random) => {
    const block = pick(random, content(engine));
    if (block !== undefined && engine.block.isValid(block)) engine.block.destroy(block);
  }],
  ['export', 1, async (engine, random) => {
    const page = pick(random, engine.scene.getPages())!;
    const png = await engine.block.export(page, { mimeType: 'image/png', targetWidth: 160 });
    if (!(png.size > 0)) throw new Error('empty export');
  }],
  ['addPage', 2, (engine) => {
    if (engine.scene.getPages().length >= 6) return;
    engine.editor.transact('Soak page', () => {
      const page = engine.block.create('page');
      engine.block.setWidth(page, 1080);
      engine.block.setHeight(page, 1080);
      engine.block.appendChild(engine.scene.get()!, page);
    });
  }],
  ['removePage', 2, (engine, random) => {
    const pages = engine.scene.getPages();
    if (pages.length > 1) engine.block.destroy(pick(random, pages)!);
  }],
];

const TOTAL_WEIGHT = OPERATIONS.reduce((sum, [, weight]) => sum + weight, 0);

/**
 * Runs one random operation. A refusal with a typed error (`CesdkError`) is counted; anything else
 * (a plain `Error`, a `TypeError`) fails the soak: every failure must be typed.
 */
export async function runRandomOperation(engine: Engine, random: () => number, stats: SoakStats): Promise<void> {
  // Keep the scene a realistic size: past 400 blocks, deletes win.
  const crowded = engine.block.findAll().length > 400;
  let roll = random() * TOTAL_WEIGHT;
  let chosen = OPERATIONS[0]!;
  for (const operation of OPERATIONS) {
    roll -= operation[1];
    if (roll < 0) {
      chosen = operation;
      break;
    }
  }
  if (crowded && chosen[0] === 'create') chosen = OPERATIONS.find(([name]) => name === 'delete')!;
  stats.counts[chosen[0]] = (stats.counts[chosen[0]] ?? 0) + 1;
  try {
    await chosen[2](engine, random);
  } catch (error) {
    if (error instanceof CesdkError) stats.refused += 1;
    else throw new Error(`operation ${chosen[0]} threw an untyped error: ${String(error)}`);
  }
}
