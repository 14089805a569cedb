import { GraphQLError } from 'graphql';
import { chineseDate, parsePlaceholders, renderTemplate } from './placeholders';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return (err as GraphQLError).extensions?.code;
  }
  return null;
};

describe('response template placeholders', () => {
  it('finds Chinese names and English aliases, once each, in order of first use', () => {
    expect(parsePlaceholders('{{企业名称}}：您好！关于{{ requestNumber }}（{{诉求编号}}），{{部门名称}}', 'input.body')).toEqual(['企业名称', '诉求编号', '部门名称']);
    expect(parsePlaceholders('没有占位符的模板。', 'input.body')).toEqual([]);
  });

  it('refuses unknown placeholders and stray braces with BAD_USER_INPUT', () => {
    expect(codeOf(() => parsePlaceholders('您好 {{联系人}}', 'input.body'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parsePlaceholders('您好 {{企业名称}', 'input.body'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parsePlaceholders('您好 企业名称}}', 'input.body'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parsePlaceholders('{{}}', 'input.body'))).toBe('BAD_USER_INPUT');
    // single braces are ordinary text
    expect(parsePlaceholders('{企业名称}', 'input.body')).toEqual([]);
  });

  it('renders every placeholder and leaves the rest of the text as it is', () => {
    const values = { 企业名称: '南京清河精密机械有限公司', 诉求编号: 'SQ-2026-000001', 诉求标题: '开票', 部门名称: '税务局', 答复期限: chineseDate('2026-10-09') };
    expect(renderTemplate('{{企业名称}}：{{requestNumber}} 由{{部门名称}}办理，{{答复期限}}前答复。{单括号}', values)).toBe(
      '南京清河精密机械有限公司：SQ-2026-000001 由税务局办理，2026年10月9日前答复。{单括号}',
    );
    expect(chineseDate(null)).toBe('待定');
  });
});
