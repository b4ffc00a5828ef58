import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client';
import { MAX_REGISTER_BYTES, refusalBeforeSending, refusalOf, registerForm } from './upload';

describe('an upload’s refusal', () => {
  it('is said for each status the service refuses a register with', () => {
    expect(refusalOf(new ApiError(400, { detail: 'column sex is missing' }))).toBe('invalid');
    expect(refusalOf(new ApiError(409, null))).toBe('sessionNotScheduled');
    expect(refusalOf(new ApiError(413, null))).toBe('tooLarge');
    expect(refusalOf(new ApiError(415, null))).toBe('unsupported');
  });

  it('is no refusal for a failed request, which is said as such', () => {
    expect(refusalOf(new ApiError(500, null))).toBeNull();
    expect(refusalOf(new TypeError('Failed to fetch'))).toBeNull();
  });

  it('is known before sending for a file over 8 MB or an Excel 97-2003 workbook', () => {
    expect(refusalBeforeSending({ name: 'register.xlsx', size: MAX_REGISTER_BYTES + 1 })).toBe('tooLarge');
    expect(refusalBeforeSending({ name: 'REGISTER.XLS', size: 1000 })).toBe('unsupported');
    expect(refusalBeforeSending({ name: 'register.csv', size: MAX_REGISTER_BYTES })).toBeNull();
  });
});

describe('an upload’s form', () => {
  it('carries the file and, only when one was chosen, the session', () => {
    const file = new File(['fullName\n'], 'register.csv', { type: 'text/csv' });
    const withSession = registerForm(file, 'session-1');
    expect((withSession.get('file') as File).name).toBe('register.csv');
    expect(withSession.get('sessionId')).toBe('session-1');
    expect(registerForm(file, '').has('sessionId')).toBe(false);
  });
});
