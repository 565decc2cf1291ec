import { describe, expect, it } from 'vitest';
import { budgetSharesProblem, isDecimal, scopeProblem, sumDecimals } from './validate';

describe('isDecimal', () => {
  it.each(['0', '1200', '99.5', ' 0.0001 '])('accepts %j', (v) => expect(isDecimal(v)).toBe(true));
  it.each(['', '-1', '1e3', '1,200', '12.', '.5', 'abc'])('refuses %j', (v) => expect(isDecimal(v)).toBe(false));
});

describe('sumDecimals', () => {
  it('adds exactly, where floats would not', () => {
    expect(sumDecimals(['33.3', '33.3', '33.4'])).toBe('100');
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['12345678901234567890.01', '0.99'])).toBe('12345678901234567891');
  });
});

describe('budgetSharesProblem', () => {
  it('accepts shares summing to exactly 100, or no shares at all (an even split)', () => {
    expect(budgetSharesProblem([{ budget: 'a', share: '33.34' }, { budget: 'b', share: '66.66' }])).toBeNull();
    expect(budgetSharesProblem([{ budget: 'a', share: '' }, { budget: 'b', share: ' ' }])).toBeNull();
  });

  it('says which budget or share is wrong', () => {
    expect(budgetSharesProblem([{ budget: 'a', share: '60' }, { budget: 'b', share: '39.99' }])).toBe(
      'Shares: they sum to 99.99, not 100.',
    );
    expect(budgetSharesProblem([{ budget: 'a', share: '50' }, { budget: 'b', share: '' }])).toBe(
      'Shares: give a share for every budget, or for none (an even split).',
    );
    expect(budgetSharesProblem([{ budget: 'a', share: '' }, { budget: ' a ', share: '' }])).toBe(
      'Budget 2: "a" is listed twice.',
    );
    expect(budgetSharesProblem([{ budget: '', share: '' }])).toBe("Budget 1: give the budget's name.");
    expect(budgetSharesProblem([{ budget: 'a', share: '0.00' }])).toBe(
      'Budget 1 share: "0.00" is not a percentage above 0 and at most 100.',
    );
    expect(budgetSharesProblem([{ budget: 'a', share: '100.01' }])).toMatch(/^Budget 1 share: "100.01"/);
    expect(budgetSharesProblem([{ budget: 'a', share: '1e2' }])).toMatch(/^Budget 1 share: "1e2"/);
  });
});

describe('scopeProblem', () => {
  it('accepts 12-digit accounts and AWS regions', () => {
    expect(scopeProblem([{ accountId: '111122223333', region: 'us-east-1' }, { accountId: '444455556666', region: 'ap-southeast-2' }])).toBeNull();
  });

  it('names the row and the field that is wrong', () => {
    expect(scopeProblem([])).toBe('Scope: give at least one account × region.');
    expect(scopeProblem([{ accountId: '1111', region: 'us-east-1' }])).toBe(
      'Scope 1 account: "1111" is not a 12-digit AWS account id.',
    );
    expect(scopeProblem([{ accountId: '111122223333', region: 'us-east-1' }, { accountId: '111122223333', region: 'useast' }])).toBe(
      'Scope 2 region: "useast" is not an AWS region (e.g. us-east-1).',
    );
  });
});
