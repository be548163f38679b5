/**
 * The editor's engine life: creating the engine from the editor's attributes, loading the first scene
 * (from `scene-url`: scene JSON or an archive, or a new empty one), announcing readiness after the first frame, the role, the
 * form value, and releasing everything on removal.
 */
import { CesdkError, Engine } from '../../core/engine/index.js';
import type { DesignBlockId, EngineLimits } from '../../core/engine/index.js';
import { attachLicensing } from '../../licensing/index.js';
import { CesdkLicenseChangeEvent } from '../shared/events.js';
import { ensureExporters } from '../shared/exporters.js';
import { DEFAULT_LOCALE, loadLocale } from '../shared/i18n.js';
import { editorStarted, loadSecondaryElements } from './load-secondary-elements.js';
import { designFormValue, IN_PAGE_SCHEMES, openDesign } from './save-design.js';

/** The editor as the lifecycle sees it. */
export interface LifecycleHost extends HTMLElement {
  readonly license: string | null;
  readonly userId: string | null;
  readonly role: string | null;
  readonly sceneUrl: string | null;
  readonly licenseServer: string | null;
  readonly licenseFile: string | object | undefined;
  readonly limits: Partial<EngineLimits> | undefined;
  readonly engine: Engine | undefined;
  readonly elementInternals: ElementInternals;
  readonly canvas: HTMLElement | null;
  readonly updateComplete: Promise<boolean>;
  fail(error: unknown, block?: DesignBlockId, fatal?: boolean): void;
  announceReady(engine: Engine): void;
}

interface Credentials {
  license: string | undefined;
  licenseServer: string | undefined;
  licenseFile: string | object | undefined;
}

function sameCredentials(a: Credentials, b: Credentials): boolean {
  return a.license === b.license && a.licenseServer === b.licenseServer && a.licenseFile === b.licenseFile;
}

/** What the editor reads from its `<cesdk-canvas>` to know the first frame is drawn. */
interface CanvasReadiness {
  readonly engine?: Engine;
  readonly renderer?: { whenIdle(): Promise<void> };
}

/** Longest wait for pending asset loads before announcing readiness anyway (ms). */
const IDLE_WAIT_LIMIT = 3000;

const ROLES = ['Creator', 'Adopter', 'Viewer'] as const;
type Role = (typeof ROLES)[number];

/** Milliseconds of quiet after an edit before the form value is re-serialized. */
export const FORM_VALUE_DELAY = 150;

/**
 * The next animation frame; in a hidden document (a background tab), where browsers pause animation
 * frames, a short timeout instead, so `ready` does not wait for the tab to be shown.
 */
const nextFrame = (): Promise<void> =>
  new Promise((resolve) => {
    if (document.visibilityState === 'hidden') setTimeout(resolve, 16);
    else requestAnimationFrame(() => resolve());
  });

/** Runs the engine side of `<cesdk-editor>`; see the module comment. */
export class EditorLifecycle {
  private readonly host: LifecycleHost;
  /** The license credentials each engine this editor created was created with. */
  private readonly engineCredentials = new WeakMap<Engine, Credentials>();
  private readyResolvers: Array<(engine: Engine) => void> = [];
  private readyPromise: Promise<Engine>;
  private formTimer: ReturnType<typeof setTimeout> | undefined;
  private initialScene: string | undefined;
  private generation = 0;
  private announcedFor: Engine | undefined;
  private unsubscribeLicense: (() => void) | undefined;

  constructor(host: LifecycleHost) {
    this.host = host;
    this.readyPromise = this.newReadyPromise();
  }

  private newReadyPromise(): Promise<Engine> {
    return new Promise((resolve) => this.readyResolvers.push(resolve));
  }

  /** Resolves once an engine with a scene has drawn its first frame. */
  get ready(): Promise<Engine> {
    return this.readyPromise;
  }

  private roleOption(): Role | undefined {
    const role = this.host.role;
    if (role === null || role === '') return undefined;
    if ((ROLES as readonly string[]).includes(role)) return role as Role;
    this.host.fail(new CesdkError('INVALID_VALUE', `role "${role}" is not one of ${ROLES.join(', ')}`), undefined, false);
    return undefined;
  }

  /** The license credentials the editor's attributes and properties give now. */
  credentials(): Credentials {
    const host = this.host;
    return { license: host.license ?? undefined, licenseServer: host.licenseServer ?? undefined, licenseFile: host.licenseFile };
  }

  /**
   * Creates the editor's own engine from its attributes, with its first scene loaded. The license
   * credentials do not pass through the engine: they go straight to the license service attached
   * here, before anything else (the canvas) can see the engine.
   */
  async createEngine(): Promise<Engine> {
    const host = this.host;
    const credentials = this.credentials();
    const engine = await Engine.create({
      role: this.roleOption(),
      ...(host.limits ? { limits: host.limits } : {}),
    });
    this.engineCredentials.set(engine, credentials);
    try {
      attachLicensing(engine, { credentials: { ...credentials, userId: host.userId ?? undefined } });
    } catch (error) {
      // Licensing never breaks the editor (the engine then stays unlicensed, watermarked).
      host.fail(error, undefined, false);
    }
    try {
      await this.loadFirstScene(engine);
    } catch (error) {
      engine.dispose();
      throw error;
    }
    return engine;
  }

  private async loadFirstScene(engine: Engine): Promise<void> {
    if (this.host.sceneUrl) {
      try {
        await openDesign(engine, await this.fetchScene(this.host.sceneUrl));
        return;
      } catch (error) {
        // A broken scene-url still gives a working (empty) editor; the error says what went wrong.
        this.host.fail(error, undefined, false);
      }
    }
    if (engine.scene.get() === null) engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
  }

  /** The bytes of a saved design (scene JSON or archive) at `url`. */
  private async fetchScene(url: string): Promise<Uint8Array> {
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'same-origin' });
    } catch (error) {
      throw new CesdkError('RESOURCE_UNAVAILABLE', `the scene at ${url} could not be fetched: ${String(error)}`);
    }
    if (!response.ok) throw new CesdkError('RESOURCE_UNAVAILABLE', `the scene at ${url} answered ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  }

  /** Loads the scene named by `scene-url` into the current engine (the old scene stays on failure). */
  async loadSceneUrl(): Promise<void> {
    const engine = this.host.engine;
    const url = this.host.sceneUrl;
    if (!engine || !url) return;
    try {
      await openDesign(engine, await this.fetchScene(url));
      this.scheduleFormValue();
    } catch (error) {
      this.host.fail(error, undefined, false);
    }
  }

  /** Loads a scene JSON string; failures are reported as `cesdk-error` and leave the scene as it was. */
  async loadSceneString(scene: string): Promise<void> {
    const engine = this.host.engine;
    if (!engine) return;
    try {
      await engine.scene.loadFromString(scene);
      this.scheduleFormValue();
    } catch (error) {
      this.host.fail(error, undefined, false);
    }
  }

  /** Back to the scene the editor had when it became ready (form reset). */
  async resetToInitialScene(): Promise<void> {
    if (this.initialScene !== undefined) await this.loadSceneString(this.initialScene);
  }

  /** Applies the `role` attribute to the engine. */
  applyRole(): void {
    const engine = this.host.engine;
    const role = this.roleOption();
    if (engine && role) engine.editor.setRole(role);
  }

  /** Called when the engine changed: prepares the new one and announces readiness after the first frame. */
  engineChanged(engine: Engine | undefined, previous: Engine | undefined): void {
    this.generation += 1;
    if (previous !== undefined && engine === undefined) this.clearFormTimer();
    this.unsubscribeLicense?.();
    this.unsubscribeLicense = undefined;
    // Once the announced engine is gone (released after removal) or replaced, `ready` waits for the next one.
    if (this.announcedFor !== undefined && this.announcedFor !== engine && this.readyResolvers.length === 0) {
      this.readyPromise = this.newReadyPromise();
      this.announcedFor = undefined;
    }
    if (engine === undefined) return;
    const generation = this.generation;
    if (engine.scene.get() === null) engine.scene.create('Free', { page: { size: { width: 1080, height: 1080 } } });
    this.applyRole();
    this.watchLicense(engine);
    // Save and export work as soon as `ready` resolves, whatever the canvas does.
    ensureExporters(engine);
    void this.announceAfterFirstFrame(engine, generation);
  }

  private async announceAfterFirstFrame(engine: Engine, generation: number): Promise<void> {
    try {
      await loadSecondaryElements();
    } catch (error) {
      // Without the chunk the editor still edits (canvas, inspector, toolbar); say what is missing.
      this.host.fail(error, undefined, false);
    }
    // A locale whose built-in strings load on demand (German) is in before `ready`, and rendered below.
    await loadLocale(this.host.getAttribute('locale') || this.host.ownerDocument.documentElement.lang || DEFAULT_LOCALE);
    await this.host.updateComplete;
    const canvas = this.host.canvas as (HTMLElement & CanvasReadiness) | null;
    if (canvas && customElements.get(canvas.localName)) {
      await this.canvasReady(canvas, engine, generation);
      const renderer = canvas.engine === engine ? canvas.renderer : undefined;
      if (renderer) await Promise.race([renderer.whenIdle(), new Promise((resolve) => setTimeout(resolve, IDLE_WAIT_LIMIT))]);
    }
    // The frame the canvas drew is on screen after the next animation frame.
    await nextFrame();
    if (generation !== this.generation || this.host.engine !== engine || this.announcedFor === engine) return;
    this.announcedFor = engine;
    // The reset copy stays in this page, where blob: URLs (an archive from scene-url) still resolve.
    const initialScene = await engine.scene.saveToString(IN_PAGE_SCHEMES);
    this.initialScene = initialScene;
    this.host.elementInternals.setFormValue(await designFormValue(engine, this.host.getAttribute('name') ?? ''));
    const resolvers = this.readyResolvers;
    this.readyResolvers = [];
    for (const resolve of resolvers) resolve(engine);
    this.host.announceReady(engine);
    // The parts not in the first view (layers, pages, context and export menus) load once no editor is starting.
    editorStarted(this.host);
  }

  /**
   * Runs licensing for the engine (idempotent per engine: the editor's own engine got its credentials
   * in `createEngine`, an engine given by the integrator brings those of its `Engine.create`; the
   * canvas finds it through `getLicensing` to draw the watermark) and turns license changes into
   * `cesdk-license-change`.
   */
  private watchLicense(engine: Engine): void {
    try {
      const { service } = attachLicensing(engine);
      // Credentials set while the engine was being created (a page that fetches its key first) win.
      const createdWith = this.engineCredentials.get(engine);
      if (createdWith !== undefined && !sameCredentials(createdWith, this.credentials())) void service.setCredentials(this.credentials());
      let last: string | undefined;
      const announce = ({ state, reason }: { state: string; reason: string }): void => {
        if (state === last || this.host.engine !== engine) return;
        last = state;
        this.host.dispatchEvent(new CesdkLicenseChangeEvent({ needsWatermark: service.needsWatermark, state, reason }));
      };
      const unsubscribe = service.onChange((status) => announce(status));
      let active = true;
      this.unsubscribeLicense = () => {
        active = false;
        unsubscribe();
      };
      // The first decision may come before we subscribed: announce the settled state once.
      void service.settled().then((status) => active && announce(status));
    } catch (error) {
      // Licensing never breaks the editor: without it the editor runs, and says why.
      this.host.fail(error, undefined, false);
    }
  }

  /** Resolves when the canvas has its renderer up for `engine` (its `cesdk-ready`), or the wait became moot. */
  private canvasReady(canvas: HTMLElement & CanvasReadiness, engine: Engine, generation: number): Promise<void> {
    if (canvas.engine === engine && canvas.renderer !== undefined) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        canvas.removeEventListener('cesdk-ready', onReady);
        canvas.removeEventListener('cesdk-error', done);
        clearInterval(watch);
        resolve();
      };
      const onReady = (event: Event): void => {
        if ((event as Event & { engine?: Engine }).engine === engine) done();
      };
      // Listening on the canvas itself: its event is stopped later, at the editor's shadow root.
      canvas.addEventListener('cesdk-ready', onReady);
      // A renderer that cannot start reports cesdk-error; the editor then announces without a frame.
      canvas.addEventListener('cesdk-error', done);
      // A removal or an engine switch ends the wait (the next engine gets its own).
      const watch = setInterval(() => {
        if (generation !== this.generation || this.host.engine !== engine) done();
      }, 100);
    });
  }

  /** Re-serializes the scene into the form value after edits settle. */
  scheduleFormValue(): void {
    this.clearFormTimer();
    this.formTimer = setTimeout(() => {
      this.formTimer = undefined;
      // An engine released meanwhile (the editor was removed) has nothing to write.
      this.writeFormValue().catch((error: unknown) => {
        if (this.host.engine?.scene.get() != null) this.host.fail(error, undefined, false);
      });
    }, FORM_VALUE_DELAY);
  }

  /**
   * Writes the design into the form value now: the scene JSON, or the archive as a File when the
   * design holds uploads (they would not reopen from a JSON that refers to this page's blob: URLs).
   * Resolves with the scene JSON (uploads kept as their in-page URLs).
   */
  async writeFormValue(): Promise<string | undefined> {
    this.clearFormTimer();
    const engine = this.host.engine;
    if (!engine || engine.scene.get() === null) return undefined;
    const value = await designFormValue(engine, this.host.getAttribute('name') ?? '');
    if (this.host.engine === engine) this.host.elementInternals.setFormValue(value);
    return typeof value === 'string' ? value : engine.scene.saveToString(IN_PAGE_SCHEMES);
  }

  private clearFormTimer(): void {
    if (this.formTimer !== undefined) clearTimeout(this.formTimer);
    this.formTimer = undefined;
  }

  /** Announces readiness again if a removal interrupted the first announcement. */
  connected(): void {
    const engine = this.host.engine;
    if (engine !== undefined && this.announcedFor !== engine) void this.announceAfterFirstFrame(engine, this.generation);
  }

  /** Releases timers. The engine binding disposes an engine the editor created. */
  disconnected(): void {
    this.clearFormTimer();
    this.generation += 1;
  }
}
