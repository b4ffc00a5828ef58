import { secondsToWait } from '../api/retryAfter';

/** Server-Sent Events over fetch (EventSource cannot send a bearer token). */
export interface StreamEvent {
  id?: string;
  type: string;
  data: string;
}

/** Parses a text/event-stream incrementally: feed chunks, get complete events. */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private type = '';
  private id: string | undefined;

  push(chunk: string): StreamEvent[] {
    this.buffer += chunk;
    const events: StreamEvent[] = [];
    let newline: number;
    while ((newline = this.buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = this.buffer.slice(0, newline);
      const width = this.buffer.startsWith('\r\n', newline) ? 2 : 1;
      this.buffer = this.buffer.slice(newline + width);
      if (line === '') {
        if (this.data.length > 0) {
          events.push({ id: this.id, type: this.type || 'message', data: this.data.join('\n') });
        }
        this.data = [];
        this.type = '';
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'data') this.data.push(value);
      else if (field === 'event') this.type = value;
      else if (field === 'id') this.id = value;
    }
    return events;
  }
}

/** Opens the stream and calls onEvent for each event until the signal aborts; throws on an HTTP error. */
export async function readEventStream(
  url: string,
  token: string,
  onEvent: (event: StreamEvent) => void,
  signal: AbortSignal,
  lastEventId?: string,
  onOpen?: () => void,
): Promise<void> {
  const headers: Record<string, string> = { Accept: 'text/event-stream', Authorization: `Bearer ${token}` };
  if (lastEventId) headers['Last-Event-ID'] = lastEventId;
  const response = await fetch(url, { headers, signal, cache: 'no-store' });
  if (!response.ok || !response.body)
    throw new StreamError(response.status, secondsToWait(response.headers.get('Retry-After')));
  onOpen?.();
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    parser.push(value).forEach(onEvent);
  }
}

export class StreamError extends Error {
  constructor(
    readonly status: number,
    /** How long a refusal asks to wait (429: this user holds as many streams as one may). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(`event stream: HTTP ${status}`);
  }
}
