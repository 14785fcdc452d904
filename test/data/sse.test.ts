import { expect } from '@open-wc/testing';
import { SseParser, type SseEvent } from '../../src/data/sse.js';

/** A parser and what it told its sink. */
function parser(maxBytes?: number) {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  let oversized = 0;
  const p = new SseParser({ event: (e) => events.push(e), retry: (ms) => retries.push(ms), oversized: () => (oversized += 1) }, maxBytes);
  return { p, events, retries, oversized: () => oversized };
}

describe('SseParser: the event-stream format', () => {
  it('ends lines with LF, CRLF or CR alike', () => {
    for (const end of ['\n', '\r\n', '\r']) {
      const { p, events } = parser();
      p.push(`event: snapshot${end}data: a${end}data: b${end}${end}data: c${end}${end}`);
      expect(events.map((e) => [e.type, e.data]), JSON.stringify(end)).to.deep.equal([
        ['snapshot', 'a\nb'],
        ['', 'c'],
      ]);
    }
  });

  it('takes lines and CRLFs split anywhere across chunks', () => {
    const text = 'id: 7\r\nevent: patch\r\ndata: {"x":1}\r\n\r\n: beat\r\ndata: two\r\n\r\n';
    for (let cut = 1; cut < text.length; cut++) {
      const { p, events } = parser();
      p.push(text.slice(0, cut));
      p.push(text.slice(cut));
      expect(events.map((e) => [e.type, e.data, e.lastEventId]), `cut at ${cut}`).to.deep.equal([
        ['patch', '{"x":1}', '7'],
        ['', 'two', '7'],
      ]);
    }
  });

  it('takes one character at a time', () => {
    const { p, events } = parser();
    for (const c of 'data: 一\r\n\r\ndata: 二\r\r') p.push(c);
    expect(events.map((e) => e.data)).to.deep.equal(['一', '二']);
  });

  it('reads a 100 kB data line whole', () => {
    const { p, events } = parser();
    const big = 'x'.repeat(100_000);
    p.push(`data: ${big.slice(0, 40_000)}`);
    p.push(`${big.slice(40_000)}\n\n`);
    expect(events).to.have.length(1);
    expect(events[0].data.length).to.equal(100_000);
  });

  it('skips comments, keeps retry and ignores an id with NUL', () => {
    const { p, events, retries } = parser();
    p.push(': hello\nretry: 3000\nretry: soon\nid: a\u0000b\ndata: x\n\n');
    expect(retries).to.deep.equal([3000]);
    expect(events.map((e) => [e.data, e.lastEventId])).to.deep.equal([['x', '']]);
  });

  it('drops an oversized line with its event, reports it once, and goes on', () => {
    const { p, events, oversized } = parser(50);
    p.push(`data: ${'y'.repeat(30)}`);
    p.push(`${'y'.repeat(30)}`);
    p.push(`${'y'.repeat(30)}\ndata: tail of the dropped event\n\ndata: next\n\n`);
    expect(oversized()).to.equal(1);
    expect(events.map((e) => e.data)).to.deep.equal(['next']);
  });
});
