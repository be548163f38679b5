import { html, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { DesignBlockId, Engine } from '../../core/engine/index.js';
import { PanelElement, panelThemeStyles } from '../shared/controls/panel-element.js';
import type { EngineStateSlices } from '../shared/engine-state.js';
import { FONT_SOURCE_ID } from '../asset-library/sources/source-ids.js';
import { type FontFamily, groupFontFamilies } from '../asset-library/sources/fonts.js';
import { registerBuiltInAssetSources } from '../asset-library/built-in-sources.js';
import { closestAssetBase } from '../shared/package-assets.js';
import { inspectorStyles } from './inspector.styles.js';
import { onActiveTextEditChange, textToolbarStyles } from '../shared/text-toolbar.js';
import { type SectionContext, fillOf } from './section-context.js';
import { pageSection } from './sections/page.js';
import { CesdkError } from '../../core/engine/index.js';
import { CesdkErrorEvent } from '../shared/events.js';
import { currentPage, defaultNameKey } from '../layers/layer-tree.js';

const PAGE = '//ly.img.ubq/page';
const TEXT = '//ly.img.ubq/text';

type BlockSections = typeof import('./block-sections.js');
let blockSections: BlockSections | undefined;
let loadingBlockSections: Promise<BlockSections> | undefined;

/** Loads (once) the sections for selected blocks; a failed load may be retried. */
function loadBlockSections(): Promise<BlockSections> {
  loadingBlockSections ??= import('./block-sections.js').then(
    (module) => (blockSections = module),
    (error: unknown) => {
      loadingBlockSections = undefined;
      throw error;
    },
  );
  return loadingBlockSections;
}

/**
 * @summary Edits whatever is selected, with the controls that fit the selection: position, size and
 * rotation; fill (colour with alpha, gradients with stops, image replace); stroke and drop shadow;
 * opacity and blend mode; effects and blur; crop and flip; text; shape settings; and, with nothing
 * (or a page) selected, the page's size presets and background.
 *
 * With several blocks selected it shows the sections every one of them supports; a control shows the
 * shared value or "mixed", and an edit applies to all of them as one undo step. A slider drag is one
 * undo step (`engine.editor.beginGesture`).
 *
 * Finds its engine through the `engine` property, an enclosing provider (`<cesdk-editor>`) or
 * `for="<canvas id>"`.
 *
 * @event cesdk-error - An edit the engine refused (e.g. a denied scope), as `CesdkErrorEvent`.
 * @csspart section - Every section (`<details>`); each also has its own part: `transform`, `appearance`,
 *   `fill`, `stroke`, `shadow`, `effects`, `crop`, `text`, `shape`, `page`.
 * @csspart effect - One effect card.
 * @csspart replace-image - The image replace button.
 * @csspart text-selection-toolbar - In the text section while its text is edited in place: bold,
 *   italic, size and colour of the selected characters (CE.SDK's ranged calls, one undo step each).
 * @cssproperty --cesdk-inspector-background - Panel background.
 * @cssproperty --cesdk-inspector-gap - Space between controls.
 */
export class CesdkInspector extends PanelElement {
  static override styles = [panelThemeStyles, textToolbarStyles, inspectorStyles];

  // The text section shows the selection toolbar while its text is edited in place.
  private stopTextEditWatch: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopTextEditWatch ??= onActiveTextEditChange((engine) => {
      if (engine === this.engine) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopTextEditWatch?.();
    this.stopTextEditWatch = undefined;
  }

  @state() private families: FontFamily[] = [];
  private familiesEngine: Engine | undefined;

  protected override engineSlices(): EngineStateSlices {
    return {
      events: true,
      history: true,
      role: true,
      selection: (engine) => {
        // A selection change mid-drag closes the drag's undo step on the blocks it started on.
        this.edits.finish();
        // Fonts may have been added (or moved to another folder) since: read them again for text.
        if (engine.block.findAllSelected().some((id) => engine.block.getType(id) === TEXT)) void this.loadFamilies(engine);
        this.requestUpdate();
      },
      // Switching pages sets no block property; the navigator zooms to the new page, so a zoom change
      // is the moment to check whether the page shown (with nothing selected) is still current.
      zoom: (_level, engine) => {
        if (engine.block.findAllSelected().length === 0 && currentPage(engine) !== this.shownPage) this.requestUpdate();
      },
    };
  }

  /** The page the inspector showed last (when nothing was selected). */
  private shownPage: DesignBlockId | undefined;

  protected override engineChanged(engine: Engine | undefined): void {
    this.families = [];
    this.familiesEngine = undefined;
    if (!engine) return;
    // The font list comes from the built-in font source; register it even when no library is open.
    registerBuiltInAssetSources(engine, { assetBaseUrl: closestAssetBase(this) });
    void this.loadFamilies(engine);
  }

  /** Re-reads the font families from the font asset source (call after adding fonts to it). */
  async refreshFonts(): Promise<void> {
    const engine = this.engine;
    if (engine) await this.loadFamilies(engine);
  }

  private async loadFamilies(engine: Engine): Promise<void> {
    this.familiesEngine = engine;
    if (!engine.asset.findAllSources().includes(FONT_SOURCE_ID)) return;
    try {
      const result = await engine.asset.findAssets(FONT_SOURCE_ID, { page: 0, perPage: 500 });
      if (this.familiesEngine === engine) this.families = groupFontFamilies(result.assets);
    } catch {
      // No font source: the family list shows only the fonts the blocks already use.
    }
  }

  /**
   * Replaces the image of the edited blocks (turning their fill into an image fill) with `files[0]`,
   * or with a file the user picks when `files` is omitted. The file stays on the device.
   */
  async replaceImage(files?: readonly File[]): Promise<void> {
    const { replaceImage } = await loadBlockSections();
    const context = this.sectionContext();
    if (context) await replaceImage(context, files);
  }

  /** The block sections' chunk while it is loading for this inspector. */
  private sectionsLoad: Promise<void> | undefined;

  /** The block sections, or `undefined` while their chunk loads (the inspector renders again then). */
  private blockSections(): BlockSections | undefined {
    if (blockSections) return blockSections;
    this.sectionsLoad ??= loadBlockSections().then(
      () => {
        this.sectionsLoad = undefined;
        this.requestUpdate();
      },
      (error: unknown) => {
        this.sectionsLoad = undefined;
        const message = error instanceof Error ? error.message : String(error);
        this.dispatchEvent(new CesdkErrorEvent(new CesdkError('INVALID_STATE', `the inspector's sections failed to load: ${message}`)));
      },
    );
    return undefined;
  }

  /** `updateComplete` also waits for the block sections when a render needed them. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.sectionsLoad) {
      await this.sectionsLoad;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  private sectionContext(): SectionContext | undefined {
    const engine = this.engine;
    const ids = this.editedBlocks;
    if (!engine || ids.length === 0) return undefined;
    const readOnly = engine.editor.getRole() === 'Viewer';
    return { engine, ids, t: (key, params) => this.t(key, params), edits: this.edits, host: this, requestUpdate: () => this.requestUpdate(), readOnly };
  }

  /** The blocks the inspector edits now: the valid selection, else the current page. */
  get editedBlocks(): DesignBlockId[] {
    const engine = this.engine;
    if (!engine || engine.scene.get() === null) return [];
    const selected = engine.block.findAllSelected().filter((id) => engine.block.isValid(id) && engine.block.getType(id) !== '//ly.img.ubq/scene');
    if (selected.length > 0) return selected;
    const page = currentPage(engine);
    this.shownPage = page;
    return page === undefined ? [] : [page];
  }

  private sections(context: SectionContext): Array<TemplateResult | typeof nothing> | undefined {
    const { engine, ids } = context;
    const types = ids.map((id) => engine.block.getType(id));
    if (types.every((type) => type === PAGE)) {
      const colorBackground = ids.every((id) => {
        try {
          return engine.block.getType(fillOf(engine, id)).endsWith('fill/color');
        } catch {
          return false;
        }
      });
      if (colorBackground) return [pageSection(context)];
      const loaded = this.blockSections();
      return loaded ? [pageSection(context), loaded.fillSection(context)] : undefined;
    }
    if (types.includes(PAGE)) return [];
    const loaded = this.blockSections();
    if (!loaded) return undefined;
    const { transformSection, textSection, fillSection, soundSection, shapeSection, appearanceSection, strokeSection, shadowSection, effectsSection, cropFlipSection } = loaded;
    const allText = types.every((type) => type === TEXT);
    const fillable = !types.includes(TEXT) && ids.every((id) => engine.block.supportsFill(id));
    if (allText && this.families.length === 0 && this.familiesEngine === engine) void this.loadFamilies(engine);
    return [
      transformSection(context),
      allText ? textSection(context, { families: this.families }) : nothing,
      fillable ? fillSection(context) : nothing,
      soundSection(context),
      shapeSection(context),
      appearanceSection(context),
      strokeSection(context),
      shadowSection(context),
      effectsSection(context),
      cropFlipSection(context),
    ];
  }

  protected override render() {
    const engine = this.engine;
    const heading = html`<h2 class="heading">${this.t('inspector.label')}</h2>`;
    const context = this.sectionContext();
    if (!engine || !context) return html`${heading}<p class="empty">${this.t('inspector.empty')}</p>`;
    const ids = context.ids;
    const sections = this.sections(context);
    const summary =
      ids.length > 1
        ? this.t('inspector.selectionCount', { count: ids.length })
        : engine.block.getName(ids[0]!) || this.t(`layers.type.${defaultNameKey(engine, ids[0]!)}`);
    return html`${heading}
      <p class="summary" aria-live="polite">${summary}</p>
      ${sections === undefined ? html`<p class="empty" aria-busy="true"></p>` : sections.length === 0 ? html`<p class="empty">${this.t('inspector.mixedTypes')}</p>` : sections}`;
  }
}
