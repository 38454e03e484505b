// Item ids sort as people read them: 6.3.2 before 6.3.10 before 6.10.1.
import { describe, expect, it } from 'vitest';
import { compareItemIds } from '../../src/util/item-ids.js';

describe('compareItemIds', () => {
  it('orders numeric parts as numbers and keeps other text stable', () => {
    const ids = ['6.10.1', '6.3.10', '1.1.1', '6.3.2', '6', 'x.1', '6.3'];
    expect([...ids].sort(compareItemIds)).toEqual(['1.1.1', '6', '6.3', '6.3.2', '6.3.10', '6.10.1', 'x.1']);
  });
});
