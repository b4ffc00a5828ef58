import { describe, expect, it } from 'vitest';
import { pageQuery } from './paging';

describe('a list page query', () => {
  it('names the page and its size, and only the filters that are set, in their order', () => {
    expect(pageQuery(2, 20, { regionCode: 'KHATLON', districtCode: '', status: 'OPEN' })).toEqual({
      page: '2',
      size: '20',
      regionCode: 'KHATLON',
      status: 'OPEN',
    });
    expect(Object.keys(pageQuery(0, 20, { status: 'OPEN', regionCode: 'SUGHD' }))).toEqual([
      'page',
      'size',
      'status',
      'regionCode',
    ]);
  });
});
