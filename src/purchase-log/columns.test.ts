import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignColumn, ROLES, type ColumnMapping, type Role } from './columns';

// The CDNOW sample's columns: customer 0, date 1, quantity 2, amount 3.
const cdnow: ColumnMapping = { customer: 0, date: 1, quantity: 2, amount: 3 };

describe('assignColumn', () => {
  test.each<[string, Role, number | undefined, ColumnMapping]>([
    ['a free column is given to the role', 'quantity', 4, { ...cdnow, quantity: 4 }],
    [
      'the date column chosen as the amount leaves the date without a column',
      'amount',
      1,
      { customer: 0, date: undefined, quantity: 2, amount: 1 },
    ],
    [
      'the amount column chosen as the customer leaves the amount without a column',
      'customer',
      3,
      { customer: 3, date: 1, quantity: 2, amount: undefined },
    ],
    ['a role keeps its own column', 'date', 1, cdnow],
    ['“None” takes the column away and gives it to no one', 'quantity', undefined, { ...cdnow, quantity: undefined }],
  ])('%s', (_, role, index, mapping) => {
    expect(assignColumn(cdnow, role, index)).toEqual(mapping);
  });

  test('leaves the mapping it was given as it was', () => {
    const before = { ...cdnow };
    assignColumn(cdnow, 'amount', 0);
    expect(cdnow).toEqual(before);
  });

  test('one column never serves two roles, and the chosen role gets its column', () => {
    const column = fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined });
    const mapping = fc.record({ customer: column, date: column, amount: column, quantity: column });
    fc.assert(
      fc.property(mapping, fc.constantFrom(...ROLES), column, (start, role, index) => {
        const next = assignColumn(start, role, index);
        expect(next[role]).toBe(index);
        if (index !== undefined) {
          expect(ROLES.filter((r) => next[r] === index)).toEqual([role]);
        }
        // Only the chosen role and a role that held its column change.
        for (const other of ROLES) {
          if (other !== role && start[other] !== index) expect(next[other]).toBe(start[other]);
        }
      }),
    );
  });
});
