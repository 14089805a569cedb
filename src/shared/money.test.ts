import { formatFen, parseYuan, sumYuan, toFen } from './money';

describe('money as decimal strings', () => {
  test('amounts are normalised to two decimals', () => {
    expect(parseYuan('12500', 'fine')).toBe('12500.00');
    expect(parseYuan(' 12500.5 ', 'fine')).toBe('12500.50');
    expect(parseYuan('0', 'fine')).toBe('0.00');
    expect(parseYuan('999999999999.99', 'fine')).toBe('999999999999.99');
  });

  test('anything else is BAD_USER_INPUT naming the field', () => {
    for (const bad of ['-1', '1.234', '1e5', 'abc', '', '01', '1000000000000', '12,000', '.5', '5.', 'Infinity', 'NaN', '١٢']) {
      expect(() => parseYuan(bad, 'amount')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'amount' }) }));
    }
    expect(() => parseYuan(12 as unknown as string, 'amount')).toThrow(/decimal string/);
    expect(() => parseYuan('0.00', 'amount', { positive: true })).toThrow(/more than 0/);
  });

  test('sums are exact to the fen, where floats are not', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumYuan(['0.10', '0.2'])).toBe('0.30');
    expect(sumYuan([])).toBe('0.00');
    expect(sumYuan(['999999999999.99', '0.01'])).toBe('1000000000000.00');
    expect(toFen('5000')).toBe(500000n);
    expect(formatFen(5n)).toBe('0.05');
  });
});
