import { BlockRecord, Field } from './block-record.js';
import { BlockAPIAnimation } from './block-api-animation.js';
import { alignBlocks, distributeBlocks, globalBoundingBox, groupBlocks, ungroupBlock } from './block-geometry.js';
import { insertChild } from './block-hierarchy.js';
import { readProperty } from './block-properties.js';
import { BlockType } from './block-types.js';
import type { ExportOptions, BlobLike } from './engine-core.js';
import type { TextMeasurer } from './engine-options.js';
import { CesdkError, describeValue } from './errors.js';
import { isKnownScope } from './scopes.js';
import { relayoutText, resolveText } from './text-layout.js';
import type { BlendMode, Color, DesignBlockId, HorizontalAlignment, Unsubscribe, VerticalAlignment } from './types.js';

/**
 * `engine.block`: everything about blocks. Mutating calls validate first, then run as one undo step
 * (or join the open transaction or gesture). Every wrong call throws a {@link CesdkError}.
 */
export class BlockAPI extends BlockAPIAnimation {
  // Layout conveniences ---------------------------------------------------------------------

  /** Sets `position/x` (design units, relative to the parent's top-left). Checks 'layer/move'. */
  setPositionX(id: DesignBlockId, value: number): void { this.setFloat(id, 'position/x', value); }
  /** Sets `position/y`. */
  setPositionY(id: DesignBlockId, value: number): void { this.setFloat(id, 'position/y', value); }
  /** Reads `position/x`. */
  getPositionX(id: DesignBlockId): number { return this.getFloat(id, 'position/x'); }
  /** Reads `position/y`. */
  getPositionY(id: DesignBlockId): number { return this.getFloat(id, 'position/y'); }
  /** Sets `width` (≥ 0). Checks 'layer/resize'. */
  setWidth(id: DesignBlockId, value: number): void { this.setFloat(id, 'width', value); }
  /** Sets `height` (≥ 0). */
  setHeight(id: DesignBlockId, value: number): void { this.setFloat(id, 'height', value); }
  /** Reads `width`. */
  getWidth(id: DesignBlockId): number { return this.getFloat(id, 'width'); }
  /** Reads `height`. */
  getHeight(id: DesignBlockId): number { return this.getFloat(id, 'height'); }
  /** Sets `rotation` in radians, around the block's center. Checks 'layer/rotate'. */
  setRotation(id: DesignBlockId, radians: number): void { this.setFloat(id, 'rotation', radians); }
  /** Reads `rotation` in radians. */
  getRotation(id: DesignBlockId): number { return this.getFloat(id, 'rotation'); }
  /** Sets `opacity` in 0..1. Checks 'layer/opacity'. */
  setOpacity(id: DesignBlockId, value: number): void { this.setFloat(id, 'opacity', value); }
  /** Reads `opacity`. */
  getOpacity(id: DesignBlockId): number { return this.getFloat(id, 'opacity'); }
  /** Sets `visible`. Checks 'layer/visibility'. */
  setVisible(id: DesignBlockId, visible: boolean): void { this.setBool(id, 'visible', visible); }
  /** Reads `visible`. */
  isVisible(id: DesignBlockId): boolean { return this.getBool(id, 'visible'); }
  /** Sets `blend/mode`. Checks 'layer/blendMode'. */
  setBlendMode(id: DesignBlockId, mode: BlendMode): void { this.setEnum(id, 'blend/mode', mode); }
  /** Reads `blend/mode`. */
  getBlendMode(id: DesignBlockId): BlendMode { return this.getEnum(id, 'blend/mode') as BlendMode; }
  /** Sets `flip/horizontal`. Checks 'layer/flip'. */
  setFlipHorizontal(id: DesignBlockId, flip: boolean): void { this.setBool(id, 'flip/horizontal', flip); }
  /** Sets `flip/vertical`. */
  setFlipVertical(id: DesignBlockId, flip: boolean): void { this.setBool(id, 'flip/vertical', flip); }
  /** Reads `flip/horizontal`. */
  getFlipHorizontal(id: DesignBlockId): boolean { return this.getBool(id, 'flip/horizontal'); }
  /** Reads `flip/vertical`. */
  getFlipVertical(id: DesignBlockId): boolean { return this.getBool(id, 'flip/vertical'); }
  /** Sets `clipped` (children clipped to the frame). */
  setClipped(id: DesignBlockId, clipped: boolean): void { this.setBool(id, 'clipped', clipped); }
  /** Reads `clipped`. */
  isClipped(id: DesignBlockId): boolean { return this.getBool(id, 'clipped'); }

  /** Sets `position/x/mode`: 'Absolute' | 'Percent' | 'Auto'. */
  setPositionXMode(id: DesignBlockId, mode: string): void { this.setEnum(id, 'position/x/mode', mode); }
  /** Sets `position/y/mode`. */
  setPositionYMode(id: DesignBlockId, mode: string): void { this.setEnum(id, 'position/y/mode', mode); }
  /** Reads `position/x/mode`. */
  getPositionXMode(id: DesignBlockId): string { return this.getEnum(id, 'position/x/mode'); }
  /** Reads `position/y/mode`. */
  getPositionYMode(id: DesignBlockId): string { return this.getEnum(id, 'position/y/mode'); }
  /** Sets `width/mode`: 'Absolute' | 'Percent' | 'Auto'. */
  setWidthMode(id: DesignBlockId, mode: string): void { this.setEnum(id, 'width/mode', mode); }
  /** Sets `height/mode` ('Auto' on text means auto-height through the text measurer). */
  setHeightMode(id: DesignBlockId, mode: string): void { this.setEnum(id, 'height/mode', mode); }
  /** Reads `width/mode`. */
  getWidthMode(id: DesignBlockId): string { return this.getEnum(id, 'width/mode'); }
  /** Reads `height/mode`. */
  getHeightMode(id: DesignBlockId): string { return this.getEnum(id, 'height/mode'); }

  /**
   * Scales a block and (for groups) its whole subtree by `factor` around an anchor given relative to
   * the block's frame (0, 0 = top-left, default; 0.5, 0.5 = center). One undo step.
   */
  scale(id: DesignBlockId, factor: number, anchorX = 0, anchorY = 0): void {
    const record = this.core.requireBlock(id);
    for (const [name, value] of [['factor', factor], ['anchorX', anchorX], ['anchorY', anchorY]] as const) {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new CesdkError('INVALID_VALUE', `block ${id}: scale ${name} must be a finite number, got ${describeValue(value)}`, { blockId: id });
    }
    if (factor <= 0) throw new CesdkError('OUT_OF_RANGE', `block ${id}: scale factor ${factor} must be positive`, { blockId: id });
    this.core.checkScope(record, 'layer/resize', 'scaling');
    this.core.mutate('scale', () => {
      const x = this.getPositionX(id);
      const y = this.getPositionY(id);
      const width = this.getWidth(id);
      const height = this.getHeight(id);
      this.setPosition(id, x + anchorX * width * (1 - factor), y + anchorY * height * (1 - factor));
      this.setSize(id, width * factor, height * factor);
      if (record.type === BlockType.group) {
        for (const child of this.core.childrenOf(record).slice()) this.scaleSubtree(child, factor);
      }
    });
  }

  private scaleSubtree(id: DesignBlockId, factor: number): void {
    const record = this.core.requireBlock(id);
    this.setPosition(id, this.getPositionX(id) * factor, this.getPositionY(id) * factor);
    this.setSize(id, this.getWidth(id) * factor, this.getHeight(id) * factor);
    if (record.type === BlockType.text) this.setTextFontSize(id, Math.min(10_000, Math.max(0.1, this.getTextFontSize(id) * factor)));
    for (const child of this.core.childrenOf(record).slice()) this.scaleSubtree(child, factor);
  }

  /** Makes a block fill its parent's frame: position 0, 0 and the parent's size, rotation 0 (a track: each of its clips fills the page). One undo step. */
  fillParent(id: DesignBlockId): void {
    if (this.fillTrack(id)) return;
    const record = this.core.requireBlock(id);
    const parentId = this.core.parentOf(record);
    if (parentId === null) throw new CesdkError('INVALID_VALUE', `block ${id} has no parent to fill`, { blockId: id });
    const parent = this.core.requireBlock(parentId);
    if (parent.type === BlockType.scene) throw new CesdkError('INVALID_VALUE', `block ${id}: a page cannot fill the scene`, { blockId: id });
    this.core.mutate('fill parent', () => {
      this.setPosition(id, 0, 0);
      this.setSize(id, this.getWidth(parentId), this.getHeight(parentId));
      this.setRotation(id, 0);
    });
  }

  /** Sets position x and y in one undo step. */
  setPosition(id: DesignBlockId, x: number, y: number): void {
    this.core.mutate('set position', () => {
      this.setFloat(id, 'position/x', x);
      this.setFloat(id, 'position/y', y);
    });
  }

  /** Sets width and height in one undo step. */
  setSize(id: DesignBlockId, width: number, height: number): void {
    this.core.mutate('set size', () => {
      this.setFloat(id, 'width', width);
      this.setFloat(id, 'height', height);
    });
  }

  // Stroke ---------------------------------------------------------------------------------

  /** Sets `stroke/enabled`. Checks 'stroke/change'. */
  setStrokeEnabled(id: DesignBlockId, enabled: boolean): void { this.setBool(id, 'stroke/enabled', enabled); }
  /** Reads `stroke/enabled`. */
  isStrokeEnabled(id: DesignBlockId): boolean { return this.getBool(id, 'stroke/enabled'); }
  /** Sets `stroke/color`. */
  setStrokeColor(id: DesignBlockId, color: Color): void { this.setColor(id, 'stroke/color', color); }
  /** Reads `stroke/color`. */
  getStrokeColor(id: DesignBlockId): Color { return this.getColor(id, 'stroke/color'); }
  /** Sets `stroke/width` (≥ 0). */
  setStrokeWidth(id: DesignBlockId, width: number): void { this.setFloat(id, 'stroke/width', width); }
  /** Reads `stroke/width`. */
  getStrokeWidth(id: DesignBlockId): number { return this.getFloat(id, 'stroke/width'); }
  /** Sets `stroke/style`: 'Solid' | 'Dashed' | 'DashedRound' | 'Dotted' | 'LongDashed' | 'LongDashedRound'. */
  setStrokeStyle(id: DesignBlockId, style: string): void { this.setEnum(id, 'stroke/style', style); }
  /** Reads `stroke/style`. */
  getStrokeStyle(id: DesignBlockId): string { return this.getEnum(id, 'stroke/style'); }
  /** Sets `stroke/position`: 'Center' | 'Inner' | 'Outer'. */
  setStrokePosition(id: DesignBlockId, position: string): void { this.setEnum(id, 'stroke/position', position); }
  /** Reads `stroke/position`. */
  getStrokePosition(id: DesignBlockId): string { return this.getEnum(id, 'stroke/position'); }
  /** Sets `stroke/cornerGeometry`: 'Miter' | 'Round' | 'Bevel'. */
  setStrokeCornerGeometry(id: DesignBlockId, geometry: string): void { this.setEnum(id, 'stroke/cornerGeometry', geometry); }
  /** Reads `stroke/cornerGeometry`. */
  getStrokeCornerGeometry(id: DesignBlockId): string { return this.getEnum(id, 'stroke/cornerGeometry'); }

  // Drop shadow ----------------------------------------------------------------------------

  /** Sets `dropShadow/enabled`. Checks 'appearance/shadow'. */
  setDropShadowEnabled(id: DesignBlockId, enabled: boolean): void { this.setBool(id, 'dropShadow/enabled', enabled); }
  /** Reads `dropShadow/enabled`. */
  isDropShadowEnabled(id: DesignBlockId): boolean { return this.getBool(id, 'dropShadow/enabled'); }
  /** Sets `dropShadow/color`. */
  setDropShadowColor(id: DesignBlockId, color: Color): void { this.setColor(id, 'dropShadow/color', color); }
  /** Reads `dropShadow/color`. */
  getDropShadowColor(id: DesignBlockId): Color { return this.getColor(id, 'dropShadow/color'); }
  /** Sets `dropShadow/offset/x`. */
  setDropShadowOffsetX(id: DesignBlockId, value: number): void { this.setFloat(id, 'dropShadow/offset/x', value); }
  /** Sets `dropShadow/offset/y`. */
  setDropShadowOffsetY(id: DesignBlockId, value: number): void { this.setFloat(id, 'dropShadow/offset/y', value); }
  /** Reads `dropShadow/offset/x`. */
  getDropShadowOffsetX(id: DesignBlockId): number { return this.getFloat(id, 'dropShadow/offset/x'); }
  /** Reads `dropShadow/offset/y`. */
  getDropShadowOffsetY(id: DesignBlockId): number { return this.getFloat(id, 'dropShadow/offset/y'); }
  /** Sets `dropShadow/blurRadius/x` (≥ 0). */
  setDropShadowBlurRadiusX(id: DesignBlockId, value: number): void { this.setFloat(id, 'dropShadow/blurRadius/x', value); }
  /** Sets `dropShadow/blurRadius/y` (≥ 0). */
  setDropShadowBlurRadiusY(id: DesignBlockId, value: number): void { this.setFloat(id, 'dropShadow/blurRadius/y', value); }
  /** Reads `dropShadow/blurRadius/x`. */
  getDropShadowBlurRadiusX(id: DesignBlockId): number { return this.getFloat(id, 'dropShadow/blurRadius/x'); }
  /** Reads `dropShadow/blurRadius/y`. */
  getDropShadowBlurRadiusY(id: DesignBlockId): number { return this.getFloat(id, 'dropShadow/blurRadius/y'); }
  /** Sets `dropShadow/clip`. */
  setDropShadowClip(id: DesignBlockId, clip: boolean): void { this.setBool(id, 'dropShadow/clip', clip); }
  /** Reads `dropShadow/clip`. */
  getDropShadowClip(id: DesignBlockId): boolean { return this.getBool(id, 'dropShadow/clip'); }

  // Crop -----------------------------------------------------------------------------------

  /** Sets `crop/scaleX` (> 0). Checks 'layer/crop'. */
  setCropScaleX(id: DesignBlockId, value: number): void { this.setFloat(id, 'crop/scaleX', value); }
  /** Sets `crop/scaleY` (> 0). */
  setCropScaleY(id: DesignBlockId, value: number): void { this.setFloat(id, 'crop/scaleY', value); }
  /** Sets `crop/scaleRatio` (> 0). */
  setCropScaleRatio(id: DesignBlockId, value: number): void { this.setFloat(id, 'crop/scaleRatio', value); }
  /** Sets `crop/rotation` in radians. */
  setCropRotation(id: DesignBlockId, radians: number): void { this.setFloat(id, 'crop/rotation', radians); }
  /** Sets `crop/translationX` (relative to the frame width). */
  setCropTranslationX(id: DesignBlockId, value: number): void { this.setFloat(id, 'crop/translationX', value); }
  /** Sets `crop/translationY` (relative to the frame height). */
  setCropTranslationY(id: DesignBlockId, value: number): void { this.setFloat(id, 'crop/translationY', value); }
  /** Reads `crop/scaleX`. */
  getCropScaleX(id: DesignBlockId): number { return this.getFloat(id, 'crop/scaleX'); }
  /** Reads `crop/scaleY`. */
  getCropScaleY(id: DesignBlockId): number { return this.getFloat(id, 'crop/scaleY'); }
  /** Reads `crop/scaleRatio`. */
  getCropScaleRatio(id: DesignBlockId): number { return this.getFloat(id, 'crop/scaleRatio'); }
  /** Reads `crop/rotation`. */
  getCropRotation(id: DesignBlockId): number { return this.getFloat(id, 'crop/rotation'); }
  /** Reads `crop/translationX`. */
  getCropTranslationX(id: DesignBlockId): number { return this.getFloat(id, 'crop/translationX'); }
  /** Reads `crop/translationY`. */
  getCropTranslationY(id: DesignBlockId): number { return this.getFloat(id, 'crop/translationY'); }
  /** Toggles `crop/flipHorizontal`. */
  flipCropHorizontal(id: DesignBlockId): void { this.setBool(id, 'crop/flipHorizontal', !this.getBool(id, 'crop/flipHorizontal')); }
  /** Toggles `crop/flipVertical`. */
  flipCropVertical(id: DesignBlockId): void { this.setBool(id, 'crop/flipVertical', !this.getBool(id, 'crop/flipVertical')); }
  /** Reads `crop/flipHorizontal`. */
  getCropFlipHorizontal(id: DesignBlockId): boolean { return this.getBool(id, 'crop/flipHorizontal'); }
  /** Reads `crop/flipVertical`. */
  getCropFlipVertical(id: DesignBlockId): boolean { return this.getBool(id, 'crop/flipVertical'); }
  /** Sets `crop/aspectRatioLocked`. */
  setCropAspectRatioLocked(id: DesignBlockId, locked: boolean): void { this.setBool(id, 'crop/aspectRatioLocked', locked); }

  // Z-order, groups, alignment -------------------------------------------------------------

  private reorder(id: DesignBlockId, target: (index: number, length: number) => number): void {
    const record = this.core.requireBlock(id);
    const parentId = this.core.parentOf(record);
    if (parentId === null) return;
    const parent = this.core.requireBlock(parentId);
    this.core.checkScope(record, 'layer/move', 'reordering');
    const siblings = this.core.childrenOf(parent);
    const index = siblings.indexOf(id);
    const next = Math.max(0, Math.min(siblings.length - 1, target(index, siblings.length)));
    if (next === index) return;
    this.core.mutate('reorder', () => insertChild(this.core, parent, record, next));
  }

  /** Moves the block above all its siblings. */
  bringToFront(id: DesignBlockId): void { this.reorder(id, (_index, length) => length - 1); }
  /** Moves the block below all its siblings. */
  sendToBack(id: DesignBlockId): void { this.reorder(id, () => 0); }
  /** Moves the block one step up. */
  bringForward(id: DesignBlockId): void { this.reorder(id, (index) => index + 1); }
  /** Moves the block one step down. */
  sendBackward(id: DesignBlockId): void { this.reorder(id, (index) => index - 1); }

  private requireRecords(ids: readonly DesignBlockId[], scope?: string): BlockRecord[] {
    if (!Array.isArray(ids)) throw new CesdkError('INVALID_VALUE', 'expected an array of block ids');
    const records = ids.map((id) => this.core.requireBlock(id));
    if (scope) for (const record of records) this.core.checkScope(record, scope, 'this change');
    return records;
  }

  /** Whether the blocks can be grouped: at least one, all graphic/text/group, one shared parent. */
  isGroupable(ids: readonly DesignBlockId[]): boolean {
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => this.isValid(id))) return false;
    const records = ids.map((id) => this.core.blocks.get(id)!);
    const parent = this.core.parentOf(records[0]!);
    return parent !== null && records.every((record) => this.core.parentOf(record) === parent && (record.type === BlockType.graphic || record.type === BlockType.text || record.type === BlockType.group));
  }

  /** Groups blocks that share a parent; returns the new group. The group's frame is their bounding box. */
  group(ids: readonly DesignBlockId[]): DesignBlockId {
    const records = this.requireRecords(ids, 'layer/move');
    return this.core.mutate('group', () => groupBlocks(this.core, records).id);
  }

  /** Dissolves a group; its children take its place, keeping their look. Returns the children. */
  ungroup(id: DesignBlockId): DesignBlockId[] {
    const record = this.core.requireBlock(id);
    this.core.checkScope(record, 'lifecycle/destroy', 'ungroup');
    return this.core.mutate('ungroup', () => ungroupBlock(this.core, record));
  }

  /** Aligns one block in its parent, or several within their common bounding box. */
  alignHorizontally(ids: readonly DesignBlockId[], alignment: HorizontalAlignment): void {
    if (alignment !== 'Left' && alignment !== 'Right' && alignment !== 'Center') throw new CesdkError('INVALID_VALUE', `horizontal alignment must be Left, Right or Center, got '${describeValue(alignment)}'`);
    const records = this.requireRecords(ids, 'layer/move');
    this.core.mutate('align horizontally', () => alignBlocks(this.core, records, 'x', alignment));
  }

  /** Aligns vertically: 'Top', 'Bottom' or 'Center'. */
  alignVertically(ids: readonly DesignBlockId[], alignment: VerticalAlignment): void {
    if (alignment !== 'Top' && alignment !== 'Bottom' && alignment !== 'Center') throw new CesdkError('INVALID_VALUE', `vertical alignment must be Top, Bottom or Center, got '${describeValue(alignment)}'`);
    const records = this.requireRecords(ids, 'layer/move');
    this.core.mutate('align vertically', () => alignBlocks(this.core, records, 'y', alignment));
  }

  /** Spreads three or more blocks horizontally with equal gaps; the outermost stay. */
  distributeHorizontally(ids: readonly DesignBlockId[]): void {
    const records = this.requireRecords(ids, 'layer/move');
    this.core.mutate('distribute horizontally', () => distributeBlocks(this.core, records, 'x'));
  }

  /** Spreads three or more blocks vertically with equal gaps. */
  distributeVertically(ids: readonly DesignBlockId[]): void {
    const records = this.requireRecords(ids, 'layer/move');
    this.core.mutate('distribute vertically', () => distributeBlocks(this.core, records, 'y'));
  }

  /** Left of the block's axis-aligned box in world (scene) units, through parents and rotation. */
  getGlobalBoundingBoxX(id: DesignBlockId): number { return globalBoundingBox(this.core, this.core.requireBlock(id)).x; }
  /** Top of the global bounding box. */
  getGlobalBoundingBoxY(id: DesignBlockId): number { return globalBoundingBox(this.core, this.core.requireBlock(id)).y; }
  /** Width of the global bounding box. */
  getGlobalBoundingBoxWidth(id: DesignBlockId): number { return globalBoundingBox(this.core, this.core.requireBlock(id)).width; }
  /** Height of the global bounding box. */
  getGlobalBoundingBoxHeight(id: DesignBlockId): number { return globalBoundingBox(this.core, this.core.requireBlock(id)).height; }

  // Selection ------------------------------------------------------------------------------

  /** Selects or deselects a block (not an undo step; not saved). Selecting checks 'editor/select'. */
  setSelected(id: DesignBlockId, selected: boolean): void {
    const record = this.core.requireBlock(id);
    if (typeof selected !== 'boolean') throw new CesdkError('INVALID_VALUE', `block ${id}: selected must be a boolean`, { blockId: id });
    if (selected) this.core.checkScope(record, 'editor/select', 'selecting');
    const changed = selected ? !this.core.selection.has(id) : this.core.selection.has(id);
    if (!changed) return;
    if (selected) this.core.selection.add(id);
    else this.core.selection.delete(id);
    this.core.notifySelection();
  }

  /** Selects only this block. */
  select(id: DesignBlockId): void {
    const record = this.core.requireBlock(id);
    this.core.checkScope(record, 'editor/select', 'selecting');
    if (this.core.selection.size === 1 && this.core.selection.has(id)) return;
    this.core.selection.clear();
    this.core.selection.add(id);
    this.core.notifySelection();
  }

  /** Whether the block is selected. */
  isSelected(id: DesignBlockId): boolean {
    this.core.requireBlock(id);
    return this.core.selection.has(id);
  }

  /** The selected blocks, in selection order. */
  findAllSelected(): DesignBlockId[] {
    return [...this.core.selection];
  }

  /** Calls back after every selection change (synchronously). */
  onSelectionChanged(callback: () => void): Unsubscribe {
    this.core.selectionListeners.add(callback);
    return () => {
      this.core.selectionListeners.delete(callback);
    };
  }

  // Scopes ---------------------------------------------------------------------------------

  /** Enables or disables a scope on a block (undoable; saved). Only the Creator role may change block scopes. */
  setScopeEnabled(id: DesignBlockId, scope: string, enabled: boolean): void {
    const record = this.core.requireBlock(id);
    if (!isKnownScope(scope)) throw new CesdkError('INVALID_VALUE', `unknown scope '${describeValue(scope)}'`, { blockId: id });
    if (typeof enabled !== 'boolean') throw new CesdkError('INVALID_VALUE', `block ${id} scope '${scope}': enabled must be a boolean`, { blockId: id });
    if (this.core.role !== 'Creator') throw new CesdkError('SCOPE_DENIED', `only the Creator role may change scopes of block ${id} (role ${this.core.role})`, { blockId: id, scope });
    this.core.mutate('set scope', () => this.core.write(record, Field.scopePrefix + scope, enabled ? undefined : false));
  }

  /** Whether a scope is enabled on the block itself (ignores role and global scopes). */
  isScopeEnabled(id: DesignBlockId, scope: string): boolean {
    const record = this.core.requireBlock(id);
    if (!isKnownScope(scope)) throw new CesdkError('INVALID_VALUE', `unknown scope '${describeValue(scope)}'`, { blockId: id });
    return record.fields.get(Field.scopePrefix + scope) !== false;
  }

  /** Whether the current role, global scope and block scope allow a change. */
  isAllowedByScope(id: DesignBlockId, scope: string): boolean {
    const record = this.core.requireBlock(id);
    if (!isKnownScope(scope)) throw new CesdkError('INVALID_VALUE', `unknown scope '${describeValue(scope)}'`, { blockId: id });
    return this.core.isAllowedByScope(record, scope);
  }

  // Metadata -------------------------------------------------------------------------------

  /** Stores a string under a key on the block (undoable; saved with the scene). */
  setMetadata(id: DesignBlockId, key: string, value: string): void {
    const record = this.core.requireBlock(id);
    if (typeof key !== 'string' || key.length === 0 || key.length > 256 || key === '__proto__' || key === 'constructor' || key === 'prototype') {
      throw new CesdkError('INVALID_VALUE', `block ${id}: a metadata key is a string of 1..256 characters other than __proto__, constructor and prototype`, { blockId: id });
    }
    if (typeof value !== 'string') throw new CesdkError('INVALID_VALUE', `block ${id} metadata '${key}' needs a string value`, { blockId: id });
    if (value.length > this.core.limits.maxStringLength) throw new CesdkError('LIMIT_EXCEEDED', `block ${id} metadata '${key}' is too long`, { blockId: id });
    this.core.mutate('set metadata', () => this.core.write(record, Field.metadataPrefix + key, value));
  }

  /** The metadata value under a key. Throws `NOT_FOUND` when absent (see `hasMetadata`). */
  getMetadata(id: DesignBlockId, key: string): string {
    checkMetadataKey(id, key);
    const value = this.core.requireBlock(id).fields.get(Field.metadataPrefix + key);
    if (typeof value !== 'string') throw new CesdkError('NOT_FOUND', `block ${id} has no metadata '${describeValue(key)}'`, { blockId: id });
    return value;
  }

  /** Whether the block has metadata under a key. */
  hasMetadata(id: DesignBlockId, key: string): boolean {
    checkMetadataKey(id, key);
    return this.core.requireBlock(id).fields.has(Field.metadataPrefix + key);
  }

  /** Removes metadata (no-op when absent). */
  removeMetadata(id: DesignBlockId, key: string): void {
    checkMetadataKey(id, key);
    const record = this.core.requireBlock(id);
    if (!record.fields.has(Field.metadataPrefix + key)) return;
    this.core.mutate('remove metadata', () => this.core.write(record, Field.metadataPrefix + key, undefined));
  }

  /** Every metadata key of the block, sorted. */
  findAllMetadata(id: DesignBlockId): string[] {
    const keys: string[] = [];
    for (const key of this.core.requireBlock(id).fields.keys()) if (key.startsWith(Field.metadataPrefix)) keys.push(key.slice(Field.metadataPrefix.length));
    return keys.sort();
  }

  // Export ---------------------------------------------------------------------------------

  /**
   * Exports a block through the exporter registered with `engine.registerExporter` (the export
   * layer lives outside the engine). Throws `EXPORT_UNAVAILABLE` until one is registered.
   */
  async export(id: DesignBlockId, options: ExportOptions = {}): Promise<BlobLike> {
    this.core.requireBlock(id);
    const exporter = this.core.exporter;
    if (!exporter) throw new CesdkError('EXPORT_UNAVAILABLE', `no exporter registered; cannot export block ${id}`, { blockId: id });
    const mimeType = options.mimeType ?? 'image/png';
    const blob = await exporter(id, { ...options, mimeType });
    // The exporter may report the output's pixel size on the Blob; the usage event carries it (never content).
    const { width, height } = blob as { width?: unknown; height?: unknown };
    const size = typeof width === 'number' && typeof height === 'number' ? { width, height } : {};
    this.core.emitter.emit('export', { blockId: id, mimeType, byteLength: blob.size, ...size });
    return blob;
  }
}

function checkMetadataKey(id: DesignBlockId, key: unknown): void {
  if (typeof key !== 'string') throw new CesdkError('INVALID_VALUE', `block ${describeValue(id)}: a metadata key must be a string, got ${describeValue(key)}`);
}
