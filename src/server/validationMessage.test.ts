import { describe, expect, it } from 'vitest';
import { validationMessage } from './validationMessage.js';

const one = (keyword: string, instancePath: string, params: Record<string, unknown>) => [{ keyword, instancePath, params }];

describe('validationMessage', () => {
  it('names what a pattern asks for in both halves and never shows the pattern', () => {
    const cases: [unknown, string | undefined, string][] = [
      [
        one('pattern', '/dueDate', { pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
        'body',
        '请求无效：body.dueDate 的格式不对（应为日期，如 2023-07-31） / invalid request: body.dueDate is malformed (expected a date such as 2023-07-31)',
      ],
      [
        one('format', '/reportDate', { format: 'date' }),
        'body',
        '请求无效：body.reportDate 的格式不对（应为日期，如 2023-07-31） / invalid request: body.reportDate is malformed (expected a date such as 2023-07-31)',
      ],
      [
        one('pattern', '/opening', { pattern: '^-?\\d{1,15}(\\.\\d{1,6})?$' }),
        'body',
        '请求无效：body.opening 的格式不对（应为数字，至多 15 位整数、6 位小数） / invalid request: body.opening is malformed (expected a number with up to 15 digits and 6 decimals)',
      ],
      [
        one('pattern', '/roundId', { pattern: '^[0-9]{1,10}$' }),
        'params',
        '请求无效：网址中的 roundId 的格式不对（应为数字编号） / invalid request: roundId in the address is malformed (expected a numeric id)',
      ],
      // a pattern of no known kind: said malformed, without the pattern
      [one('pattern', '/key', { pattern: '^[0-9a-f]{16}$' }), 'body', '请求无效：body.key 的格式不对 / invalid request: body.key is malformed'],
    ];
    for (const [validation, context, expected] of cases) expect(validationMessage(validation, context)).toBe(expected);
  });

  it('keeps the other refusals in words, in both halves', () => {
    expect(validationMessage(one('maxLength', '/text', { limit: 2000 }), 'body')).toBe(
      '请求无效：内容过长，一栏最多 2000 字，请删减后再保存 / invalid request: too long: at most 2000 characters in one field; shorten it and save again',
    );
    // too long an id in the address, or a query parameter: named, no "save again"
    expect(validationMessage(one('maxLength', '/id', { limit: 20 }), 'params')).toBe(
      '请求无效：网址中的编号过长（至多 20 个字符） / invalid request: the id in the address is too long (at most 20 characters)',
    );
    expect(validationMessage(one('maxLength', '/q', { limit: 100 }), 'querystring')).toBe(
      '请求无效：查询参数 q 过长（至多 100 个字符） / invalid request: the query parameter q is too long (at most 100 characters)',
    );
    expect(validationMessage(one('type', '', { type: 'object' }), 'body')).toBe(
      '请求无效：body 的类型不对（应为对象） / invalid request: body has the wrong type (expected an object)',
    );
    expect(validationMessage(one('enum', '/format', { allowedValues: ['docx'] }), 'querystring')).toBe(
      '请求无效：查询参数 format 不是允许的取值 / invalid request: the query parameter format is not an allowed value',
    );
    expect(validationMessage([], 'body')).toBe('请求无效 / invalid request');
  });

  it('after a failed anyOf, names the deepest error: the figure inside the object, not "应为空"', () => {
    const anyOf = [
      { keyword: 'type', instancePath: '/content/profile', params: { type: 'null' } },
      { keyword: 'minimum', instancePath: '/content/profile/staffActual', params: { comparison: '>=', limit: 0 } },
      { keyword: 'anyOf', instancePath: '/content/profile', params: {} },
    ];
    expect(validationMessage(anyOf, 'body')).toBe(
      '请求无效：body.content.profile.staffActual 超出允许范围（>= 0） / invalid request: body.content.profile.staffActual is out of range (>= 0)',
    );
    // a figure or null: both branches at the same depth, the figure's pattern is told
    const figureOrNull = [
      { keyword: 'pattern', instancePath: '/executed', params: { pattern: '^-?\\d{1,15}(\\.\\d{1,6})?$' } },
      { keyword: 'type', instancePath: '/executed', params: { type: 'null' } },
      { keyword: 'anyOf', instancePath: '/executed', params: {} },
    ];
    expect(validationMessage(figureOrNull, 'body')).toContain('body.executed 的格式不对（应为数字');
  });
});
