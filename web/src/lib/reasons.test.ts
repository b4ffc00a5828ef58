import { describe, expect, it } from 'vitest';
import { reasonBody } from './reasons';

describe('a reason as the services take it', () => {
  it('sends the code with the note as typed, without surrounding spaces', () => {
    expect(reasonBody('MERGED', '  joined the Qubodiyon centre ')).toEqual({ reasonCode: 'MERGED', note: 'joined the Qubodiyon centre' });
  });

  it('leaves out a note left empty or blank', () => {
    expect(reasonBody('FRAUD', '')).toEqual({ reasonCode: 'FRAUD' });
    expect(reasonBody('FRAUD', '   ')).toEqual({ reasonCode: 'FRAUD' });
  });
});
