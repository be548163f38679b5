/**
 * A block record's fields: the part of `Map<string, unknown>` the engine uses (get, set, has,
 * delete, clear, size, keys, iteration of the entries in insertion order), stored compactly.
 *
 * A scene of 10,000 blocks holds about 28,000 records with 2 to 10 fields each, and only about ten
 * different sets of keys (a colour fill has `fill/color/value` and `#owner`, a rectangle its corner
 * radii, ...). A `Map` per record keeps its own hash table (about 140 bytes for a few entries, 3.8 MB
 * at 10,000 blocks). Here records with the same keys in the same order share one {@link KeyLayout}
 * (as JavaScript engines share hidden classes) and each record keeps only an array of its values.
 */

/** Layouts reached by adding one key to another are kept (transitions); past this many in all, new ones are not shared. */
const MAX_SHARED_LAYOUTS = 4096;
/** Layouts with more keys than this are not shared (user metadata can make any number of keys). */
const MAX_SHARED_KEYS = 48;
let sharedLayouts = 0;

/** An ordered set of keys with each key's index, shared by every FieldMap with exactly these keys. */
class KeyLayout {
  readonly index = new Map<string, number>();
  private transitions?: Map<string, KeyLayout>;

  constructor(readonly keys: readonly string[]) {
    keys.forEach((key, position) => this.index.set(key, position));
  }

  /** The layout of these keys and then `key`. */
  with(key: string): KeyLayout {
    const known = this.transitions?.get(key);
    if (known) return known;
    const next = new KeyLayout([...this.keys, key]);
    if (next.keys.length <= MAX_SHARED_KEYS && sharedLayouts < MAX_SHARED_LAYOUTS) {
      (this.transitions ??= new Map()).set(key, next);
      sharedLayouts += 1;
    }
    return next;
  }
}

const EMPTY_LAYOUT = new KeyLayout([]);

/** The layout of `keys` in this order (through the shared transitions from the empty layout). */
function layoutOf(keys: Iterable<string>): KeyLayout {
  let layout = EMPTY_LAYOUT;
  for (const key of keys) layout = layout.with(key);
  return layout;
}

const NO_VALUES: readonly unknown[] = Object.freeze([]);

export class FieldMap implements Iterable<[string, unknown]> {
  private layout = EMPTY_LAYOUT;
  /** The values, at their key's index in the layout (an exact-size array, shared while empty). */
  private values: unknown[] = NO_VALUES as unknown[];

  /** Takes over `other`'s fields (which must not be used afterwards). */
  protected adopt(other: FieldMap): void {
    this.layout = other.layout;
    this.values = other.values;
  }

  get size(): number {
    return this.layout.keys.length;
  }

  get(key: string): unknown {
    const position = this.layout.index.get(key);
    return position === undefined ? undefined : this.values[position];
  }

  has(key: string): boolean {
    return this.layout.index.has(key);
  }

  set(key: string, value: unknown): this {
    const position = this.layout.index.get(key);
    if (position !== undefined) {
      this.values[position] = value;
      return this;
    }
    this.layout = this.layout.with(key);
    // An exact-size copy: push (and spreading into a literal) reserve room for growth.
    const previous = this.values;
    const length = previous.length;
    const values = new Array<unknown>(length + 1);
    for (let index = 0; index < length; index += 1) values[index] = previous[index];
    values[length] = value;
    this.values = values;
    return this;
  }

  delete(key: string): boolean {
    const position = this.layout.index.get(key);
    if (position === undefined) return false;
    const keys = this.layout.keys.filter((_, index) => index !== position);
    this.values = keys.length === 0 ? NO_VALUES as unknown[] : this.values.filter((_, index) => index !== position);
    this.layout = layoutOf(keys);
    return true;
  }

  clear(): void {
    this.layout = EMPTY_LAYOUT;
    this.values = NO_VALUES as unknown[];
  }

  /** The keys in insertion order (a snapshot: changing the map while iterating is safe). */
  keys(): IterableIterator<string> {
    return this.layout.keys.slice()[Symbol.iterator]();
  }

  /** The entries in insertion order (a snapshot: changing the map while iterating is safe). */
  [Symbol.iterator](): IterableIterator<[string, unknown]> {
    const values = this.values;
    return this.layout.keys.map((key, index): [string, unknown] => [key, values[index]])[Symbol.iterator]();
  }
}
