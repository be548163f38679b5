import { ENGINE_VERSION, type Engine } from '../core/engine/index.js';
import { takeLicenseKey } from '../core/engine/license-handoff.js';
import { TelemetryClient } from '../telemetry/telemetry-client.js';
import { LicenseService } from './license-service.js';
import type { LicenseStatus } from './license-types.js';

/**
 * Credentials handed straight to the license service (the elements' way: the key from the
 * `license` attribute never passes through the engine). Each one given replaces the matching
 * `Engine.create` option.
 */
export interface LicenseCredentials {
  /** The API key; kept only in the license service's private field. */
  readonly license?: string | undefined;
  /** An offline license file (its text or parsed object). */
  readonly licenseFile?: string | object | undefined;
  /** The license server URL. */
  readonly licenseServer?: string | undefined;
  /** The integrator's user id, for telemetry. */
  readonly userId?: string | undefined;
  /** The integrator's app id, for telemetry. */
  readonly appId?: string | undefined;
}

/** Options of {@link attachLicensing}. */
export interface AttachLicensingOptions {
  /**
   * The credentials, given directly instead of through `Engine.create` (used only by the call that
   * creates the attachment; later changes go through `service.setCredentials`).
   */
  readonly credentials?: LicenseCredentials;
  /** Telemetry batching (tests use small values). */
  readonly telemetry?: { readonly maxBatch?: number; readonly flushInterval?: number };
}

/** The licensing of one engine: its license service and its telemetry client. */
export interface LicenseAttachment {
  readonly service: LicenseService;
  readonly telemetry: TelemetryClient;
  /** Stops the service and telemetry (flushing queued events) and unsubscribes from the engine. */
  detach(): void;
}

const attachments = new WeakMap<object, LicenseAttachment>();

/**
 * The engine's export event names the block but may lack the output size; then the block's own
 * size (design units, pixels in the default unit) is counted. Only numbers are read here.
 */
function withExportSize(engine: Engine, payload: object): object {
  const event = payload as { blockId?: number; width?: unknown; height?: unknown };
  if (typeof event.width === 'number' && typeof event.height === 'number') return payload;
  try {
    if (typeof event.blockId !== 'number') return payload;
    return { ...payload, width: engine.block.getWidth(event.blockId), height: engine.block.getHeight(event.blockId) };
  } catch {
    return payload;
  }
}

function newSessionId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * Runs licensing for an engine: starts a {@link LicenseService} and a telemetry client hooked to
 * `engine.onEvent('load' | 'export')`, and detaches itself when the engine is disposed. Calling it
 * again for the same engine returns the same attachment. Never throws.
 *
 * The credentials come from `options.credentials` (the elements hand the key from their `license`
 * attribute straight to the service) and, for what is not given there, from `Engine.create`: the
 * key a headless integrator gave to `Engine.create({ license })` is taken from the engine's one-time
 * handoff (`core/engine/license-handoff.ts`; the engine keeps no copy), the rest is read from
 * `engine.options` (`licenseFile`, `licenseServer`, `userId`, `appId`).
 *
 * The elements turn `attachment.service.onChange` into the `cesdk-license-change` DOM event and
 * `attachment.service.needsWatermark` into the canvas and export watermark.
 */
export function attachLicensing(engine: Engine, options: AttachLicensingOptions = {}): LicenseAttachment {
  const existing = attachments.get(engine);
  if (existing) return existing;
  const given = options.credentials ?? {};
  const engineOptions: Partial<LicenseCredentials> = engine.options ?? {};
  // Taken in any case, so a key parked by Engine.create never outlives the attachment.
  const parkedKey = takeLicenseKey(engine);
  const engineVersion = ENGINE_VERSION;
  const service = new LicenseService({
    license: given.license ?? parkedKey,
    licenseFile: given.licenseFile ?? engineOptions.licenseFile,
    licenseServer: given.licenseServer ?? engineOptions.licenseServer,
    engineVersion,
  });
  const telemetry = new TelemetryClient(
    {
      appId: given.appId ?? engineOptions.appId ?? '',
      userId: given.userId ?? engineOptions.userId ?? '',
      engineVersion,
      platform: 'web',
      sessionId: newSessionId(),
    },
    options.telemetry,
  );
  const updateTelemetry = (status: LicenseStatus): void => {
    const license = service.license;
    telemetry.setPermission({
      decided: status.state !== 'pending',
      enabled: license?.telemetry === true,
      licenseId: license?.licenseId,
      endpoint: service.licenseServer ? `${service.licenseServer}/v1/telemetry` : undefined,
    });
  };
  const unsubscribers: Array<() => void> = [];
  const attachment: LicenseAttachment = {
    service,
    telemetry,
    detach() {
      for (const unsubscribe of unsubscribers.splice(0)) unsubscribe();
      service.dispose();
      telemetry.dispose();
      attachments.delete(engine);
    },
  };
  attachments.set(engine, attachment);
  try {
    unsubscribers.push(service.onChange(updateTelemetry));
    unsubscribers.push(engine.onEvent('export', (payload) => telemetry.recordExport(withExportSize(engine, payload))));
    // The engine's 'load' is a scene load; telemetry counts one engine load per session.
    unsubscribers.push(engine.onEvent('load', () => telemetry.recordLoad()));
    unsubscribers.push(engine.onEvent('dispose', () => attachment.detach()));
  } catch (error) {
    console.error('CE.SDK license: could not subscribe to engine events', error);
  }
  telemetry.recordLoad();
  void service.start();
  return attachment;
}

/** The licensing attached to an engine by {@link attachLicensing}, if any. */
export function getLicensing(engine: Engine): LicenseAttachment | undefined {
  return attachments.get(engine);
}
