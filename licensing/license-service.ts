import { decideLicenseState, stateNeedsWatermark, type LicenseDecisionInputs } from './decide-state.js';
import { verifyLicenseDocument } from './license-document.js';
import type { LicenseClaims, LicenseState, LicenseStatus } from './license-types.js';
import { requestLicense } from './license-request.js';
import { systemClock, type LicenseClock } from './clock.js';

/** Options of a {@link LicenseService}. Trusted public keys are never an option: they are fixed at build time. */
export interface LicenseServiceOptions {
  /** The API key. Kept only in a private field; never stored, put in a URL or logged. */
  readonly license?: string | undefined;
  /** An enterprise license file (its JSON text or parsed object), verified offline with no network request. Wins over `license`. */
  readonly licenseFile?: string | object | undefined;
  /** Base URL of the license backend, such as `https://license.example.com`. */
  readonly licenseServer?: string | undefined;
  /** The engine version sent with the validation request. */
  readonly engineVersion: string;
  /**
   * The origin to pin against where there is no `location` (Node). Ignored in a browser, where
   * `location.origin` is always used, so a page can never claim another origin.
   */
  readonly origin?: string | undefined;
  /** The time source (default: the system clock). Tests pass a manual clock. */
  readonly clock?: LicenseClock;
}

/** A listener of license state changes. */
export type LicenseChangeListener = (status: LicenseStatus) => void;

/** Delays in milliseconds; refreshes happen at half the remaining lifetime of the license. */
const MIN_DELAY = 250;
const MAX_RETRY_DELAY = 5 * 60_000;
const MAX_TIMER_DELAY = 2 ** 31 - 1;

/** The console gets one message per page, however many engines it runs. */
let warnedOnPage = false;
/**
 * The console notice waits this long and is dropped if the service was disposed or licensed by then:
 * an engine replaced right away (a canvas's own engine before the page hands it the licensed one) says nothing.
 */
const WARN_DELAY_MS = 400;

/**
 * The license service of one engine: validates the API key with the license backend (or an
 * enterprise file offline), verifies the signed license, pins it to the page's origin, refreshes it
 * before expiry, keeps working offline until expiry, and recovers when the backend answers again.
 * It never throws into the host page: every failure becomes a state with a reason.
 */
export class LicenseService {
  #key: string | undefined;
  #file: string | object | undefined;
  #server: string | undefined;
  readonly #engineVersion: string;
  readonly #origin: string;
  #source: LicenseDecisionInputs['source'] = 'none';
  /** Bumped by setCredentials, so answers for the previous credentials are ignored. */
  #generation = 0;
  #license: LicenseClaims | undefined;
  #rejection: string | undefined;
  #serverReachable: boolean | undefined;
  #status: LicenseStatus = { state: 'pending', reason: 'The license has not been checked yet.' };
  #listeners = new Set<LicenseChangeListener>();
  readonly #clock: LicenseClock;
  #refreshTimer: unknown;
  #expiryTimer: unknown;
  #warnTimer: unknown;
  #retryDelay = 0;
  #abort: AbortController | undefined;
  #started = false;
  #disposed = false;
  #settled: Promise<LicenseStatus>;
  #resolveSettled!: (status: LicenseStatus) => void;

  constructor(options: LicenseServiceOptions) {
    this.#clock = options.clock ?? systemClock;
    this.#setCredentials(options);
    this.#engineVersion = String(options.engineVersion);
    this.#origin = typeof location !== 'undefined' && typeof location.origin === 'string' ? location.origin : String(options.origin ?? 'null');
    this.#settled = new Promise((resolve) => (this.#resolveSettled = resolve));
  }

  /** The current state. */
  get state(): LicenseState {
    return this.#status.state;
  }

  /** The human-readable reason of the current state. */
  get reason(): string {
    return this.#status.reason;
  }

  /** The current state and reason. */
  get status(): LicenseStatus {
    return this.#status;
  }

  /** Whether the canvas and every export must carry the watermark (true until licensed). */
  get needsWatermark(): boolean {
    return stateNeedsWatermark(this.#status.state);
  }

  /** The verified license claims, when there is a valid one (no secrets: the key is never part of them). */
  get license(): LicenseClaims | undefined {
    return this.#status.state === 'licensed' || this.#status.state === 'offline-grace' ? this.#license : undefined;
  }

  /** The license backend's base URL, if any (telemetry is sent there). */
  get licenseServer(): string | undefined {
    return this.#server;
  }

  /**
   * Resolves after the first decision: the first state that is not `pending`, or `pending` when the
   * license server could not be reached at all (retries go on), or the current state on dispose.
   */
  settled(): Promise<LicenseStatus> {
    return this.#settled;
  }

  /**
   * Calls `listener` on every state change, and on a new reason while unlicensed (not immediately,
   * and not for the routine refresh of a valid license). Returns the unsubscribe function.
   */
  onChange(listener: LicenseChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Starts validation. Idempotent. Resolves when the first decision is made. */
  start(): Promise<LicenseStatus> {
    if (this.#started || this.#disposed) return this.#settled;
    this.#started = true;
    this.#begin();
    return this.#settled;
  }

  /**
   * Replaces the key, license file or license server (say, an attribute set after the editor started)
   * and validates again from scratch: the state goes back to `pending`, then to the new decision,
   * each announced through `onChange`. The previous key is forgotten. Never throws.
   */
  setCredentials(options: Pick<LicenseServiceOptions, 'license' | 'licenseFile' | 'licenseServer'>): Promise<LicenseStatus> {
    if (this.#disposed) return this.#settled;
    this.#clock.clearTimeout(this.#refreshTimer);
    this.#clock.clearTimeout(this.#expiryTimer);
    this.#clock.clearTimeout(this.#warnTimer);
    this.#abort?.abort();
    this.#generation += 1;
    this.#setCredentials(options);
    this.#license = undefined;
    this.#rejection = undefined;
    this.#serverReachable = undefined;
    this.#retryDelay = 0;
    this.#settled = new Promise((resolve) => (this.#resolveSettled = resolve));
    this.#status = Object.freeze({ state: 'pending', reason: 'The license is being checked again with new credentials.' });
    for (const listener of [...this.#listeners]) {
      try {
        listener(this.#status);
      } catch (error) {
        console.error('CE.SDK license: a license change listener threw', error);
      }
    }
    if (!this.#started) return this.#settled;
    this.#begin();
    return this.#settled;
  }

  #setCredentials(options: Pick<LicenseServiceOptions, 'license' | 'licenseFile' | 'licenseServer'>): void {
    // Empty attributes (license="", a cleared licenseFile) mean "not given", not "invalid".
    this.#key = typeof options.license === 'string' && options.license.trim() !== '' ? options.license.trim() : undefined;
    this.#file = options.licenseFile === null || options.licenseFile === '' ? undefined : options.licenseFile;
    this.#server = typeof options.licenseServer === 'string' && options.licenseServer !== '' ? options.licenseServer.replace(/\/+$/, '') : undefined;
    this.#source = this.#file !== undefined ? 'file' : this.#key !== undefined ? 'key' : 'none';
  }

  #begin(): void {
    if (this.#file !== undefined) void this.#verifyFile();
    else if (this.#key !== undefined && this.#server !== undefined) void this.#refreshSafely();
    else if (this.#key !== undefined) {
      this.#rejection = 'A license key was given without a license server (license-server / licenseServer).';
      this.#update();
    } else this.#update();
  }

  /** Stops timers and any request in flight, forgets the key and all listeners. */
  dispose(): void {
    this.#disposed = true;
    this.#clock.clearTimeout(this.#refreshTimer);
    this.#clock.clearTimeout(this.#expiryTimer);
    this.#abort?.abort();
    this.#listeners.clear();
    this.#key = undefined;
    this.#resolveSettled(this.#status);
  }

  #inputs(): LicenseDecisionInputs {
    return {
      source: this.#source,
      now: this.#clock.now(),
      origin: this.#origin,
      license: this.#license,
      rejection: this.#rejection,
      serverReachable: this.#serverReachable,
    };
  }

  #update(): void {
    if (this.#disposed) return;
    const next = decideLicenseState(this.#inputs());
    this.#armExpiryTimer();
    if (next.state === this.#status.state && next.reason === this.#status.reason) return;
    // A refresh only moves the expiry time in the reason: listeners hear about changes of state,
    // and about new reasons only while the license is not valid (say, unknown key → revoked key).
    const notify = next.state !== this.#status.state || stateNeedsWatermark(next.state);
    this.#status = Object.freeze({ ...next });
    if (next.state !== 'pending' || this.#serverReachable === false) this.#resolveSettled(this.#status);
    if (!notify) return;
    if (this.needsWatermark && next.state !== 'pending' && !warnedOnPage && this.#warnTimer === undefined) {
      this.#warnTimer = this.#clock.setTimeout(() => {
        this.#warnTimer = undefined;
        if (this.#disposed || !this.needsWatermark || warnedOnPage) return;
        warnedOnPage = true;
        const { state, reason } = this.#status;
        console.warn(`CE.SDK license: ${state}. ${reason} The editor stays usable; a watermark is drawn into the canvas and every export.`);
      }, WARN_DELAY_MS);
    }
    for (const listener of [...this.#listeners]) {
      try {
        listener(this.#status);
      } catch (error) {
        console.error('CE.SDK license: a license change listener threw', error);
      }
    }
  }

  #armExpiryTimer(): void {
    this.#clock.clearTimeout(this.#expiryTimer);
    const expiresAt = this.#license?.expiresAt;
    if (expiresAt === undefined || this.#disposed || this.#clock.now() >= expiresAt) return;
    // Long enterprise expiries exceed setTimeout's range: re-arm until the real moment comes.
    const delay = Math.min(expiresAt - this.#clock.now() + 1, MAX_TIMER_DELAY);
    this.#expiryTimer = this.#clock.setTimeout(() => this.#update(), delay);
  }

  async #verifyFile(): Promise<void> {
    const generation = this.#generation;
    const verification = await verifyLicenseDocument(this.#file);
    if (this.#disposed || generation !== this.#generation) return;
    if (verification.ok) this.#license = verification.claims;
    else this.#rejection = `The license file was rejected: ${verification.reason}`;
    this.#update();
  }

  /** Licensing never throws into the page: an unexpected failure counts as an unreachable server. */
  async #refreshSafely(): Promise<void> {
    const generation = this.#generation;
    try {
      await this.#refresh();
    } catch {
      if (this.#disposed || generation !== this.#generation) return;
      this.#serverReachable = false;
      this.#update();
      this.#scheduleRefresh();
    }
  }

  async #refresh(): Promise<void> {
    this.#clock.clearTimeout(this.#refreshTimer);
    if (this.#disposed || this.#key === undefined || this.#server === undefined) return;
    const generation = this.#generation;
    this.#abort = new AbortController();
    const answer = await requestLicense({
      server: this.#server, key: this.#key, origin: this.#origin, engineVersion: this.#engineVersion, signal: this.#abort.signal,
    });
    if (this.#disposed || generation !== this.#generation) return;
    if (answer.kind === 'document') {
      const verification = await verifyLicenseDocument(answer.document);
      if (this.#disposed || generation !== this.#generation) return;
      this.#serverReachable = true;
      if (verification.ok) {
        this.#license = verification.claims;
        this.#rejection = undefined;
        this.#retryDelay = 0;
      } else {
        this.#rejection = `The license server's answer was rejected: ${verification.reason}`;
      }
    } else if (answer.kind === 'rejected') {
      this.#serverReachable = true;
      this.#license = undefined;
      this.#rejection = answer.reason;
    } else {
      this.#serverReachable = false;
    }
    this.#update();
    this.#scheduleRefresh();
  }

  #scheduleRefresh(): void {
    if (this.#disposed) return;
    const now = this.#clock.now();
    const license = this.#license;
    let delay: number;
    if (this.#serverReachable && this.#rejection === undefined && license) {
      delay = (license.expiresAt - now) / 2;
    } else {
      const lifetime = license ? license.expiresAt - license.issuedAt : 60_000;
      this.#retryDelay = this.#retryDelay === 0 ? Math.max(MIN_DELAY, lifetime / 8) : this.#retryDelay * 2;
      // Short-lived licenses (tests) retry within their lifetime; real ones back off to five minutes.
      this.#retryDelay = Math.min(this.#retryDelay, MAX_RETRY_DELAY, Math.max(MIN_DELAY, lifetime / 2));
      delay = this.#rejection !== undefined ? MAX_RETRY_DELAY : this.#retryDelay;
    }
    this.#refreshTimer = this.#clock.setTimeout(() => void this.#refreshSafely(), Math.min(Math.max(MIN_DELAY, delay), MAX_TIMER_DELAY));
  }
}
