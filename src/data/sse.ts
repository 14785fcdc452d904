/**
 * A Server-Sent Events parser (the WHATWG event-stream format), fed text chunks as they
 * arrive from a fetch stream reader. Bounded: a line or an event larger than `maxBytes` is
 * dropped (reported once) instead of growing the buffer, so a stream that never sends a
 * newline cannot take the page's memory.
 */
export interface SseEvent {
  /** the `event:` field; '' when the server gave none */
  type: string;
  data: string;
  /** the `id:` in force after this event (the stream's last event id) */
  lastEventId: string;
}

export interface SseSink {
  event(e: SseEvent): void;
  /** the server's `retry:` reconnection time */
  retry(ms: number): void;
  /** a line or an event was over the limit and was dropped */
  oversized(): void;
}

/** 4 MiB: far beyond an indicator document, far below what would hurt a wall page. */
export const SSE_MAX_BYTES = 4 * 1024 * 1024;

export class SseParser {
  lastEventId = '';
  private pending = '';
  private data: string[] = [];
  private dataSize = 0;
  private type = '';
  /** dropping the rest of an oversized line (until its newline) or event (until a blank line) */
  private skipping: 'line' | 'event' | null = null;
  private afterCR = false;

  constructor(
    private readonly sink: SseSink,
    private readonly maxBytes = SSE_MAX_BYTES,
  ) {}

  /** Feeds the next decoded chunk of the stream. Lines end with LF, CR or CRLF (also across chunks). */
  push(chunk: string): void {
    // The line ends are found by indexOf, not by a loop over every character: a snapshot of 500
    // rows is one 100 kB line (the loop was 1 ms a push).
    let start = this.afterCR && chunk.charCodeAt(0) === 10 ? 1 : 0; // the LF of a CRLF: the CR already ended the line
    this.afterCR = false;
    let lf = chunk.indexOf('\n', start);
    let cr = chunk.indexOf('\r', start);
    while (lf >= 0 || cr >= 0) {
      const end = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      this.line(this.pending + chunk.slice(start, end));
      this.pending = '';
      start = end + 1;
      if (end === cr) {
        if (chunk.charCodeAt(start) === 10) start += 1;
        else if (start === chunk.length) this.afterCR = true; // its LF may open the next chunk
        cr = chunk.indexOf('\r', start);
      }
      if (lf >= 0 && lf < start) lf = chunk.indexOf('\n', start);
    }
    if (start >= chunk.length || this.skipping === 'line') return;
    this.pending += chunk.slice(start);
    if (this.pending.length > this.maxBytes) {
      this.pending = '';
      this.drop('line');
    }
  }

  private drop(what: 'line' | 'event'): void {
    if (this.skipping === null) this.sink.oversized();
    this.skipping = what;
    this.data = [];
    this.dataSize = 0;
  }

  private line(line: string): void {
    if (this.skipping === 'line') {
      // the end of the oversized line: the event it belonged to is dropped as well
      this.skipping = 'event';
      return;
    }
    if (line === '') {
      if (this.skipping === 'event') this.skipping = null;
      else this.dispatch();
      return;
    }
    if (this.skipping === 'event' || line.charCodeAt(0) === 58 /* ':' a comment */) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32) value = value.slice(1);
    switch (field) {
      case 'data':
        this.dataSize += value.length + 1;
        if (this.dataSize > this.maxBytes) return this.drop('event');
        this.data.push(value);
        break;
      case 'event':
        this.type = value;
        break;
      case 'id':
        if (!value.includes('\u0000')) this.lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.sink.retry(Number(value));
        break;
      // other fields are ignored, as the format says
    }
  }

  private dispatch(): void {
    const type = this.type;
    this.type = '';
    if (this.data.length === 0) return;
    const data = this.data.join('\n');
    this.data = [];
    this.dataSize = 0;
    this.sink.event({ type, data, lastEventId: this.lastEventId });
  }
}
