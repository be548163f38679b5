export * from './schema.js';
export { TelemetrySink, type TelemetrySinkOptions } from './sink.js';
export { TelemetryClient, type TelemetryIdentity, type TelemetryPermission } from './telemetry-client.js';
