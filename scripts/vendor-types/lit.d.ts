// The part of Lit's public types that the SDK's declarations use, so the package's types need no
// `lit` install (Lit is bundled into dist/ and is not a dependency). Same names and shapes as Lit 3.

export interface CSSResult {
  readonly cssText: string;
  readonly styleSheet: CSSStyleSheet | undefined;
}
export type CSSResultOrNative = CSSResult | CSSStyleSheet;
export type CSSResultGroup = CSSResultOrNative | CSSResultArray;
export interface CSSResultArray extends Array<CSSResultOrNative | CSSResultArray> {}

export interface TemplateResult<T extends 1 | 2 = 1 | 2> {
  readonly ['_$litType$']: T;
  readonly strings: TemplateStringsArray;
  readonly values: unknown[];
}
export type SVGTemplateResult = TemplateResult<2>;
export type HTMLTemplateResult = TemplateResult<1>;
/** Renders nothing (Lit's sentinel). */
export declare const nothing: unique symbol;

export interface ReactiveController {
  hostConnected?(): void;
  hostDisconnected?(): void;
  hostUpdate?(): void;
  hostUpdated?(): void;
}
export interface ReactiveControllerHost {
  addController(controller: ReactiveController): void;
  removeController(controller: ReactiveController): void;
  requestUpdate(): void;
  readonly updateComplete: Promise<boolean>;
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars
export type PropertyValues<T = any> = Map<PropertyKey, unknown>;

export declare class ReactiveElement extends HTMLElement implements ReactiveControllerHost {
  static styles?: CSSResultGroup;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly isUpdatePending: boolean;
  readonly hasUpdated: boolean;
  get updateComplete(): Promise<boolean>;
  addController(controller: ReactiveController): void;
  removeController(controller: ReactiveController): void;
  requestUpdate(name?: PropertyKey, oldValue?: unknown): void;
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, oldValue: string | null, value: string | null): void;
  protected createRenderRoot(): HTMLElement | DocumentFragment;
  protected shouldUpdate(changedProperties: PropertyValues): boolean;
  protected willUpdate(changedProperties: PropertyValues): void;
  protected update(changedProperties: PropertyValues): void;
  protected firstUpdated(changedProperties: PropertyValues): void;
  protected updated(changedProperties: PropertyValues): void;
  protected getUpdateComplete(): Promise<boolean>;
}

export declare class LitElement extends ReactiveElement {
  protected render(): unknown;
}
