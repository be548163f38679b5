/**
 * Records every request a page makes, without changing what it does: fetch, XMLHttpRequest,
 * sendBeacon, WebSocket and EventSource are wrapped (the originals still run), and resource timing
 * entries catch everything else (images, fonts, style sheets, scripts).
 */
export interface RecordedRequest {
  api: 'fetch' | 'xhr' | 'beacon' | 'websocket' | 'eventsource' | 'resource';
  url: string;
  method: string;
  body?: string;
}

type BodySource = BodyInit | Document | null | undefined;

async function bodyText(body: BodySource): Promise<string | undefined> {
  if (body === null || body === undefined) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof Blob) return body.text();
  if (body instanceof ArrayBuffer) return new TextDecoder().decode(body);
  if (ArrayBuffer.isView(body)) return new TextDecoder().decode(body as ArrayBufferView);
  if (body instanceof URLSearchParams) return body.toString();
  if (body instanceof FormData) return [...body.entries()].map(([key, value]) => `${key}=${typeof value === 'string' ? value : value.name}`).join('&');
  return String(body);
}

/** Starts recording; `stop()` restores the originals and resolves with what was recorded. */
export function recordNetwork(): { stop(): Promise<RecordedRequest[]> } {
  const pending: Array<Promise<RecordedRequest>> = [];
  const startTime = performance.now();
  const originalFetch = window.fetch;
  const originalOpen = XMLHttpRequest.prototype.open;
  const originalSend = XMLHttpRequest.prototype.send;
  const originalBeacon = navigator.sendBeacon;
  const OriginalWebSocket = window.WebSocket;
  const OriginalEventSource = window.EventSource;
  const xhrTargets = new WeakMap<XMLHttpRequest, { url: string; method: string }>();

  window.fetch = function recordedFetch(input: RequestInfo | URL, init?: RequestInit) {
    const request = input instanceof Request ? input : undefined;
    const url = request ? request.url : String(input);
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const body = init?.body ?? undefined;
    pending.push(bodyText(body as BodySource).then((text) => ({ api: 'fetch', url, method, body: text })));
    return originalFetch.call(window, input, init);
  };
  XMLHttpRequest.prototype.open = function recordedOpen(this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    xhrTargets.set(this, { url: String(url), method: method.toUpperCase() });
    return (originalOpen as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.send = function recordedSend(this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const target = xhrTargets.get(this) ?? { url: '?', method: '?' };
    pending.push(bodyText(body as BodySource).then((text) => ({ api: 'xhr', ...target, body: text })));
    return originalSend.call(this, body);
  };
  navigator.sendBeacon = function recordedBeacon(url: string | URL, data?: BodyInit | null) {
    pending.push(bodyText(data).then((text) => ({ api: 'beacon', url: String(url), method: 'POST', body: text })));
    return originalBeacon.call(navigator, url, data);
  };
  window.WebSocket = class extends OriginalWebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      pending.push(Promise.resolve({ api: 'websocket', url: String(url), method: 'CONNECT' }));
      super(url, protocols);
    }
  };
  window.EventSource = class extends OriginalEventSource {
    constructor(url: string | URL, init?: EventSourceInit) {
      pending.push(Promise.resolve({ api: 'eventsource', url: String(url), method: 'GET' }));
      super(url, init);
    }
  };

  return {
    async stop() {
      window.fetch = originalFetch;
      XMLHttpRequest.prototype.open = originalOpen;
      XMLHttpRequest.prototype.send = originalSend;
      navigator.sendBeacon = originalBeacon;
      window.WebSocket = OriginalWebSocket;
      window.EventSource = OriginalEventSource;
      const recorded = await Promise.all(pending);
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.startTime >= startTime)
        .map((entry): RecordedRequest => ({ api: 'resource', url: entry.name, method: 'GET' }));
      return [...recorded, ...resources];
    },
  };
}
