import { ENGINE_VERSION, type Engine } from '../core/engine/index.js';
import { takeLicenseKey } from '../core/engine/license-handoff.js';
import { TelemetryClient } from '../telemetry/telemetry-client.js';
import { LicenseService } from './license-service.js';
import type { LicenseStatus } from './license-types.js';

/** Options of {@link attachLicensing}. */
export interface AttachLicensingOptions {
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
 * Runs licensing for an engine: takes the key given to `Engine.create` (once; the engine keeps no copy) and reads `engine.options` (`licenseFile`, `licenseServer`,
 * `userId`, `appId`), starts a {@link LicenseService} and a telemetry client hooked to
 * `engine.onEvent('load' | 'export')`, and detaches itself when the engine is disposed.
 * Calling it again for the same engine returns the same attachment. Never throws.
 *
 * The elements turn `attachment.service.onChange` into the `cesdk-license-change` DOM event and
 * `attachment.service.needsWatermark` into the canvas and export watermark.
 */
export function attachLicensing(engine: Engine, options: AttachLicensingOptions = {}): LicenseAttachment {
  const existing = attachments.get(engine);
  if (existing) return existing;
  const engineOptions = engine.options ?? {};
  const engineVersion = ENGINE_VERSION;
  const service = new LicenseService({
    license: takeLicenseKey(engine),
    licenseFile: engineOptions.licenseFile,
    licenseServer: engineOptions.licenseServer,
    engineVersion,
  });
  const telemetry = new TelemetryClient(
    {
      appId: engineOptions.appId ?? '',
      userId: engineOptions.userId ?? '',
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
