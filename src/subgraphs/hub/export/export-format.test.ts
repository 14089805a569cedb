import { csvCell, csvLine, hubDateTime } from './export-format';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, and leaves plain text and numbers alone', () => {
    expect(csvCell('南京清河精密机械有限公司')).toBe('南京清河精密机械有限公司');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvCell(' 前后空格 ')).toBe('" 前后空格 "');
    expect(csvCell(0.8571)).toBe('0.8571');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('defuses text a spreadsheet would run as a formula (CSV injection)', () => {
    expect(csvCell('=HYPERLINK("http://evil","点我")')).toBe('"\'=HYPERLINK(""http://evil"",""点我"")"');
    expect(csvCell('+86 138')).toBe("'+86 138");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvLine(['a', 1, null])).toBe('a,1,\r\n');
  });

  it('writes instants in the hub time zone', () => {
    expect(hubDateTime(new Date('2026-09-28T02:00:00Z'))).toBe('2026-09-28 10:00:00');
    expect(hubDateTime(new Date('2026-09-28T23:30:00Z'))).toBe('2026-09-29 07:30:00');
  });
});
