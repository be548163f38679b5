import { BlockRecord, Field } from './block-record.js';
import { destroyTree, duplicateTree, insertChild, isScene } from './block-hierarchy.js';
import { declarationFor, readProperty, writeProperty } from './block-properties.js';
import { familyOf, resolveAnyType, toLongType } from './block-types.js';
import { uuidOf, type EngineCore } from './engine-core.js';
import { CesdkError, describeValue } from './errors.js';
import { propertyPathsOf, requireDeclaration } from './property-registry.js';
import { attachDefaultFill } from './page-defaults.js';
import type { Color, DesignBlockId, PropertyType } from './types.js';

/**
 * Lifecycle, hierarchy, finding and typed property access. `engine.block` is a {@link BlockAPI},
 * which extends this class; see there for the full surface.
 */
export class BlockAPIBase {
  /** @internal */
  protected readonly core: EngineCore;

  /** @internal */
  constructor(core: EngineCore) {
    this.core = core;
  }

  // Lifecycle ------------------------------------------------------------------------------

  /**
   * Creates a design block: 'scene', 'stack', 'page', 'graphic', 'text', 'group' or 'audio' (short or
   * `//ly.img.ubq/…` long form). The block starts detached; append it to a page to show it. A page
   * gets a white color fill and a text a black one, as in CE.SDK.
   */
  create(type: string): DesignBlockId {
    const longType = toLongType('design', type);
    return this.core.mutate(`create ${type}`, () => {
      const record = this.core.createRecord(longType);
      // As in CE.SDK, a page comes with a white color fill and a text with a black one (its text color).
      attachDefaultFill(this.core, record);
      return record.id;
    });
  }

  /** Destroys a block with its children, fill, shape, effects and blur. Checks 'lifecycle/destroy'. */
  destroy(id: DesignBlockId): void {
    const record = this.core.requireBlock(id);
    this.core.checkScope(record, 'lifecycle/destroy', 'destroy');
    this.core.mutate('destroy', () => destroyTree(this.core, record));
  }

  /**
   * Deep-copies a block (children, fill, shape, effects, blur; new UUIDs). With `attachToParent`
   * the copy goes right above the original in the same parent. Checks 'lifecycle/duplicate'.
   */
  duplicate(id: DesignBlockId, attachToParent = true): DesignBlockId {
    const record = this.core.requireBlock(id);
    if (isScene(record)) throw new CesdkError('INVALID_VALUE', `block ${id} is the scene and cannot be duplicated`, { blockId: id });
    this.core.checkScope(record, 'lifecycle/duplicate', 'duplicate');
    return this.core.mutate('duplicate', () => {
      const copy = duplicateTree(this.core, record);
      const parentId = this.core.parentOf(record);
      const parent = parentId === null ? undefined : this.core.blocks.get(parentId);
      if (attachToParent && parent && familyOf(record.type) === 'design') {
        insertChild(this.core, parent, copy, this.core.childrenOf(parent).indexOf(record.id) + 1);
      }
      return copy.id;
    });
  }

  /** Whether the id names a live block. Never throws. */
  isValid(id: DesignBlockId): boolean {
    return typeof id === 'number' && this.core.blocks.has(id);
  }

  /** The long type name, e.g. `'//ly.img.ubq/graphic'`. */
  getType(id: DesignBlockId): string {
    return this.core.requireBlock(id).type;
  }

  /** Sets the block's name (undoable; saved). */
  setName(id: DesignBlockId, name: string): void {
    this.setMetaString(id, Field.name, name, 'name');
  }

  /** The block's name ('' when unset). */
  getName(id: DesignBlockId): string {
    return (this.core.requireBlock(id).fields.get(Field.name) as string | undefined) ?? '';
  }

  /** The block's UUID, stable across save and load; duplicates get a new one. */
  getUUID(id: DesignBlockId): string {
    return uuidOf(this.core.requireBlock(id));
  }

  /** Sets the block's kind, a free label such as 'image' or 'sticker'. */
  setKind(id: DesignBlockId, kind: string): void {
    this.setMetaString(id, Field.kind, kind, 'kind');
  }

  /** The block's kind ('' when unset). */
  getKind(id: DesignBlockId): string {
    return (this.core.requireBlock(id).fields.get(Field.kind) as string | undefined) ?? '';
  }

  private setMetaString(id: DesignBlockId, key: string, value: string, label: string): void {
    const record = this.core.requireBlock(id);
    if (typeof value !== 'string') throw new CesdkError('INVALID_VALUE', `block ${id} ${label} must be a string`, { blockId: id, path: label });
    if (value.length > this.core.limits.maxStringLength) throw new CesdkError('LIMIT_EXCEEDED', `block ${id} ${label} is too long`, { blockId: id, path: label });
    this.core.mutate(`set ${label}`, () => this.core.write(record, key, value === '' ? undefined : value));
  }

  // Hierarchy ------------------------------------------------------------------------------

  /** Appends `child` as the last (topmost) child of `parent`, moving it from its old parent. */
  appendChild(parent: DesignBlockId, child: DesignBlockId): void {
    const parentRecord = this.core.requireBlock(parent);
    const childRecord = this.core.requireBlock(child);
    this.core.mutate('append child', () => insertChild(this.core, parentRecord, childRecord, this.core.childrenOf(parentRecord).length));
  }

  /** Inserts (or moves) `child` so it ends up at `index` among the children of `parent` (0 = bottom). */
  insertChild(parent: DesignBlockId, child: DesignBlockId, index: number): void {
    const parentRecord = this.core.requireBlock(parent);
    const childRecord = this.core.requireBlock(child);
    this.core.mutate('insert child', () => insertChild(this.core, parentRecord, childRecord, index));
  }

  /** The parent's id, or null for a root or detached block. */
  getParent(id: DesignBlockId): DesignBlockId | null {
    return this.core.parentOf(this.core.requireBlock(id));
  }

  /** The children's ids, bottom to top (a fresh array). */
  getChildren(id: DesignBlockId): DesignBlockId[] {
    return this.core.childrenOf(this.core.requireBlock(id)).slice();
  }

  // Finding --------------------------------------------------------------------------------

  /** Every live block id, in creation order. */
  findAll(): DesignBlockId[] {
    return [...this.core.blocks.keys()];
  }

  /** Blocks of a type: design short form, 'shape/…', 'fill/…', 'effect/…', 'blur/…' or a long form. */
  findByType(type: string): DesignBlockId[] {
    const longType = typeof type === 'string' ? resolveAnyType(type) : undefined;
    if (longType === undefined) throw new CesdkError('INVALID_VALUE', `unknown block type '${describeValue(type)}'`);
    const ids: DesignBlockId[] = [];
    for (const record of this.core.blocks.values()) if (record.type === longType) ids.push(record.id);
    return ids;
  }

  /** Blocks with exactly this name. */
  findByName(name: string): DesignBlockId[] {
    return this.findByField(Field.name, name);
  }

  /** Blocks with exactly this kind. */
  findByKind(kind: string): DesignBlockId[] {
    return this.findByField(Field.kind, kind);
  }

  private findByField(key: string, value: string): DesignBlockId[] {
    const ids: DesignBlockId[] = [];
    for (const record of this.core.blocks.values()) if (((record.fields.get(key) as string | undefined) ?? '') === value) ids.push(record.id);
    return ids;
  }

  // Reflection -----------------------------------------------------------------------------

  /** Every property path the block carries, sorted (a fresh array). */
  findAllProperties(id: DesignBlockId): string[] {
    return propertyPathsOf(this.core.requireBlock(id).type).slice();
  }

  /** The type of a property path. Throws `UNKNOWN_PROPERTY`. */
  getPropertyType(path: string): PropertyType {
    return requireDeclaration(path).type;
  }

  /** The values an Enum property accepts. Throws `TYPE_MISMATCH` for other types. */
  getEnumValues(path: string): string[] {
    const declaration = requireDeclaration(path);
    if (declaration.type !== 'Enum') throw new CesdkError('TYPE_MISMATCH', `'${path}' is a ${declaration.type} property, not Enum`, { path });
    return declaration.enumValues!.slice();
  }

  /** Whether a property path can be read (every declared property can). */
  isPropertyReadable(path: string): boolean {
    requireDeclaration(path);
    return true;
  }

  /** Whether a property path can be written through the typed setters. */
  isPropertyWritable(path: string): boolean {
    return !requireDeclaration(path).readOnly;
  }

  /** @internal */
  protected checkProperty(record: BlockRecord, path: string): void {
    declarationFor(record, path, null);
  }

  // Typed accessors ------------------------------------------------------------------------

  /** Sets a Bool property. */
  setBool(id: DesignBlockId, path: string, value: boolean): void {
    writeProperty(this.core, id, path, 'Bool', value);
  }
  /** Reads a Bool property. */
  getBool(id: DesignBlockId, path: string): boolean {
    return readProperty(this.core, id, path, 'Bool') as boolean;
  }
  /** Sets an Int property (integers only). */
  setInt(id: DesignBlockId, path: string, value: number): void {
    writeProperty(this.core, id, path, 'Int', value);
  }
  /** Reads an Int property. */
  getInt(id: DesignBlockId, path: string): number {
    return readProperty(this.core, id, path, 'Int') as number;
  }
  /** Sets a Float property (finite, within its range). */
  setFloat(id: DesignBlockId, path: string, value: number): void {
    writeProperty(this.core, id, path, 'Float', value);
  }
  /** Reads a Float property. */
  getFloat(id: DesignBlockId, path: string): number {
    return readProperty(this.core, id, path, 'Float') as number;
  }
  /** Sets a Double property (time values in seconds). */
  setDouble(id: DesignBlockId, path: string, value: number): void {
    writeProperty(this.core, id, path, 'Double', value);
  }
  /** Reads a Double property. */
  getDouble(id: DesignBlockId, path: string): number {
    return readProperty(this.core, id, path, 'Double') as number;
  }
  /** Sets a String property. */
  setString(id: DesignBlockId, path: string, value: string): void {
    writeProperty(this.core, id, path, 'String', value);
  }
  /** Reads a String property. */
  getString(id: DesignBlockId, path: string): string {
    return readProperty(this.core, id, path, 'String') as string;
  }
  /** Sets a Color property (RGBA, CMYK or spot). The engine stores a frozen copy. */
  setColor(id: DesignBlockId, path: string, value: Color): void {
    writeProperty(this.core, id, path, 'Color', value);
  }
  /** Reads a Color property. The returned object is frozen and shared: copy it to change it. */
  getColor(id: DesignBlockId, path: string): Color {
    return readProperty(this.core, id, path, 'Color') as Color;
  }
  /** Sets an Enum property to one of `getEnumValues(path)`. */
  setEnum(id: DesignBlockId, path: string, value: string): void {
    writeProperty(this.core, id, path, 'Enum', value);
  }
  /** Reads an Enum property. */
  getEnum(id: DesignBlockId, path: string): string {
    return readProperty(this.core, id, path, 'Enum') as string;
  }
}
