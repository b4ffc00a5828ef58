import { describe, expect, it } from 'vitest';
import { SseParser } from './sse';

describe('Server-Sent Events parser', () => {
  it('reads id, event type and data, ignoring comments', () => {
    const parser = new SseParser();
    const events = parser.push(': stream open\n\nid: 1\nevent: org.hamkori.centers.CenterOpened.v1\ndata: {"a":1}\n\n');
    expect(events).toEqual([{ id: '1', type: 'org.hamkori.centers.CenterOpened.v1', data: '{"a":1}' }]);
  });

  it('joins an event split across chunks and lines', () => {
    const parser = new SseParser();
    expect(parser.push('id: 2\nevent: x\ndata: {"a":')).toEqual([]);
    expect(parser.push('1}\ndata: more\r\n\r\n')).toEqual([{ id: '2', type: 'x', data: '{"a":1}\nmore' }]);
  });

  it('calls an event without a type a message', () => {
    expect(new SseParser().push('data: hi\n\n')).toEqual([{ id: undefined, type: 'message', data: 'hi' }]);
  });
});
