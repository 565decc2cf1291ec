import { describe, expect, it } from 'vitest';
import { compareDecimal, formatMoney } from './money';

describe('formatMoney', () => {
  it.each([
    ['0', '$0.00'],
    ['1234.5600', '$1,234.56'],
    ['1234567.005', '$1,234,567.01'],
    ['999.995', '$1,000.00'],
    ['0.004', '$0.00'],
    ['-0.004', '$0.00'],
    ['-42.1', '−$42.10'],
    ['12345678901234567890.12', '$12,345,678,901,234,567,890.12'],
    ['0.10000000000000000555', '$0.10'],
  ])('%s → %s', (input, want) => {
    expect(formatMoney(input)).toBe(want);
  });

  it('signs positive deltas when asked', () => {
    expect(formatMoney('5', { signed: true })).toBe('+$5.00');
    expect(formatMoney('-5', { signed: true })).toBe('−$5.00');
    expect(formatMoney('0', { signed: true })).toBe('$0.00');
  });

  it('names a currency without a symbol', () => {
    expect(formatMoney('10', { currency: 'JPY' })).toBe('10.00 JPY');
  });

  it('refuses what is not a decimal', () => {
    expect(() => formatMoney('1e3')).toThrow(/not a decimal/);
    expect(() => formatMoney('NaN')).toThrow(/not a decimal/);
  });
});

describe('compareDecimal', () => {
  it('orders exactly, beyond float precision', () => {
    expect(compareDecimal('9007199254740993.01', '9007199254740993.02')).toBeLessThan(0);
    expect(compareDecimal('10', '9.99')).toBeGreaterThan(0);
    expect(compareDecimal('-1', '0')).toBeLessThan(0);
    expect(compareDecimal('1.50', '1.5')).toBe(0);
    expect(compareDecimal('-0', '0')).toBe(0);
    expect(compareDecimal('-2', '-10')).toBeGreaterThan(0);
  });
});
