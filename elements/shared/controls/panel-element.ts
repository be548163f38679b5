import { LitElement, css, unsafeCSS, type CSSResult, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Engine } from '../../../core/engine/index.js';
import { EngineBinding } from '../engine-binding.js';
import { EngineStateController, type EngineStateSlices } from '../engine-state.js';
import { LocaleController } from '../i18n.js';
import { themeStylesFor } from '../theme-tokens.js';
import { EditSession } from './edit-session.js';

/**
 * Theme tokens for a panel used on its own: only when the panel itself carries `theme`, so a panel
 * inside `<cesdk-editor>` inherits the editor's tokens untouched.
 */
export const panelThemeStyles: CSSResult = themeStylesFor(":host([theme='light'])");

/**
 * The common base of the panels (`<cesdk-inspector>`, `<cesdk-layers>`, `<cesdk-asset-library>`): it
 * finds its engine (the `engine` property, an enclosing provider through `@lit/context`, or
 * `for="<id>"`; a panel never creates an engine of its own), subscribes to the engine slices the panel
 * renders, translates through {@link LocaleController} and records edits through {@link EditSession}.
 */
export abstract class PanelElement extends LitElement {
  /** The id of an element (e.g. a `<cesdk-canvas>`) whose engine this panel edits, when not inside a provider. */
  @property({ reflect: true }) for: string | null = null;
  /** UI language (`en`, `de`, ...); defaults to the enclosing editor's, then the document's. */
  @property({ reflect: true }) locale: string | null = null;
  /** `light`, `dark` or `system` when the panel is used on its own; inside an editor it inherits. */
  @property({ reflect: true }) theme: string | null = null;

  /** Resolves the engine. */
  protected readonly binding: EngineBinding;
  /** Keeps the element subscribed to the engine slices it renders. */
  protected readonly engineState: EngineStateController;
  /** `t(key, params)` in the resolved locale. */
  protected readonly i18n: LocaleController;
  /** Turns control input/change runs into undo steps. */
  protected readonly edits: EditSession;

  constructor() {
    super();
    this.engineState = new EngineStateController(this, this.engineSlices());
    this.binding = new EngineBinding(this, {
      onChange: (engine, previous) => {
        this.edits?.finish();
        this.engineState.setEngine(engine);
        this.engineChanged(engine, previous);
      },
    });
    this.i18n = new LocaleController(this);
    this.edits = new EditSession(this, () => this.binding.engine);
  }

  /** The engine this panel works on. Setting it overrides context and `for`. */
  get engine(): Engine | undefined {
    return this.binding.engine;
  }
  set engine(engine: Engine | undefined) {
    this.binding.setProperty(engine);
  }

  /** Resolves with the engine once the panel has one. */
  get ready(): Promise<Engine> {
    return this.binding.ready;
  }

  /** The engine slices that trigger a re-render; subclasses override. */
  protected engineSlices(): EngineStateSlices {
    return { events: true, selection: true, history: true };
  }

  /** Called when the bound engine changed; subclasses reset engine-specific state here. */
  protected engineChanged(_engine: Engine | undefined, _previous: Engine | undefined): void {}

  /** Translates a key in the panel's locale. */
  protected t(key: string, params?: Readonly<Record<string, string | number>>): string {
    return this.i18n.t(key, params);
  }

  override disconnectedCallback(): void {
    this.edits.finish();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('for')) this.binding.setFor(this.for);
    super.willUpdate(changed);
  }
}
