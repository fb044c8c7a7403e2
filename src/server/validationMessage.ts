// A body, address or query that the route's schema refused, said in words a person can act on:
// "中文 / English" (the Chinese UI shows the first half). Ajv's own text ("must match pattern
// "^(?:0*(?:[0-9]{1,9}|…" for a malformed id) was the English half and told nobody anything.

type AjvError = { keyword?: string; instancePath?: string; params?: Record<string, unknown> };

const TYPE_NAMES: Record<string, [string, string]> = {
  integer: ['整数', 'a whole number'],
  number: ['数字', 'a number'],
  string: ['文字', 'text'],
  object: ['对象', 'an object'],
  array: ['数组', 'a list'],
  boolean: ['是/否', 'true or false'],
  null: ['空', 'null'],
};

/** What a pattern asks for, read from its shape (the schemas write the same few kinds many ways). */
function patternHint(pattern: string): [string, string] | null {
  if (/\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(pattern)) return ['应为日期，如 2023-07-31', 'expected a date such as 2023-07-31'];
  if (/\\\.\(txt\|docx\|xlsx/i.test(pattern)) return ['应为 .txt、.docx 或 .xlsx 文件', 'expected a .txt, .docx or .xlsx file'];
  if (/^\^\\s\*-\?\\d|^\^-\?\\d/.test(pattern)) return ['应为数字，至多 15 位整数、6 位小数', 'expected a number with up to 15 digits and 6 decimals'];
  if (pattern.includes('[0-9]{1,9}') || /^\^\[0-9\]\{1,\d+\}\$$/.test(pattern)) return ['应为数字编号', 'expected a numeric id'];
  if (pattern === '^[0-9]+(\\.[0-9]+)*$') return ['应为如 1.2.3 的编号', 'expected a number such as 1.2.3'];
  if (/^\^\[a-zA-Z0-9_-\]\{1,40\}\$$/.test(pattern)) return ['只能含字母、数字、_ 和 -，至多 40 个', 'letters, digits, _ and - only, at most 40'];
  return null;
}

/** The refused field as a reader names it: the id in the address, a query parameter, a body path. */
function fieldNames(context: string | undefined, path: string[]): [string, string] {
  const name = path.join('.');
  if (context === 'params') return name === 'id' || name === '' ? ['网址中的编号', 'the id in the address'] : [`网址中的 ${name}`, `${name} in the address`];
  if (context === 'querystring') return name ? [`查询参数 ${name}`, `the query parameter ${name}`] : ['查询参数', 'the query'];
  const whole = [context, ...path].filter(Boolean).join('.') || '请求';
  return [whole, whole === '请求' ? 'the request' : whole];
}

const HAN_END = /[\u3400-\u9fff]$/;
/** "body.version 的" but "网址中的编号" (no space and no second 的 after Chinese). */
const of = (field: string) => (HAN_END.test(field) ? field : `${field} 的`);
const sp = (field: string) => (HAN_END.test(field) ? field : `${field} `);

/**
 * The error to tell: the first (ajv runs with allErrors off), except where an `anyOf` failed: its
 * branches each left one, and the first ("profile 应为空") is the branch the value was never meant
 * for; the deepest is the one that names the figure that is wrong (profile.staffActual ≥ 0).
 */
function errorToTell(validation: AjvError[]): AjvError | undefined {
  if (!validation.some((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf')) return validation[0];
  const depth = (e: AjvError) => (e.instancePath ?? '').split('/').length;
  return validation
    .filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf')
    .reduce<AjvError | undefined>((best, e) => (!best || depth(e) > depth(best) ? e : best), undefined);
}

/** Both halves, "请求无效：… / invalid request: …"; one error (errorToTell). */
export function validationMessage(validation: unknown, context?: string): string {
  const first = Array.isArray(validation) ? errorToTell(validation as AjvError[]) : undefined;
  const [zh, en] = first ? explain(first, context) : [null, null];
  return zh ? `请求无效：${zh} / invalid request: ${en}` : '请求无效 / invalid request';
}

function explain(e: AjvError, context: string | undefined): [string, string] | [null, null] {
  const p = e.params ?? {};
  const limit = typeof p.limit === 'number' ? p.limit : null;
  const [field, fieldEn] = fieldNames(context, (e.instancePath ?? '').split('/').filter(Boolean));
  switch (e.keyword) {
    case 'maxLength':
      if (limit === null) return [null, null];
      // an address or query is not typed into a form: name it, and no "save again"
      if (context === 'params' || context === 'querystring')
        return [`${sp(field)}过长（至多 ${limit} 个字符）`, `${fieldEn} is too long (at most ${limit} characters)`];
      return [`内容过长，一栏最多 ${limit} 字，请删减后再保存`, `too long: at most ${limit} characters in one field; shorten it and save again`];
    case 'required':
      return [`${sp(field)}缺少必填项 ${String(p.missingProperty)}`, `${fieldEn} lacks the required ${String(p.missingProperty)}`];
    case 'additionalProperties':
      return [`${sp(field)}含有不认识的字段 ${String(p.additionalProperty)}`, `${fieldEn} has an unknown field ${String(p.additionalProperty)}`];
    case 'type': {
      const types = String(p.type).split(',');
      return [
        `${of(field)}类型不对（应为${types.map((t) => TYPE_NAMES[t]?.[0] ?? t).join('或')}）`,
        `${fieldEn} has the wrong type (expected ${types.map((t) => TYPE_NAMES[t]?.[1] ?? t).join(' or ')})`,
      ];
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return [
        `${sp(field)}超出允许范围（${String(p.comparison)} ${String(p.limit)}）`,
        `${fieldEn} is out of range (${String(p.comparison)} ${String(p.limit)})`,
      ];
    case 'enum':
    case 'const':
      return [`${sp(field)}不是允许的取值`, `${fieldEn} is not an allowed value`];
    case 'pattern':
    case 'format': {
      const hint = e.keyword === 'format' && p.format === 'date' ? patternHint('\\d{4}-\\d{2}-\\d{2}') : patternHint(String(p.pattern ?? ''));
      return hint ? [`${of(field)}格式不对（${hint[0]}）`, `${fieldEn} is malformed (${hint[1]})`] : [`${of(field)}格式不对`, `${fieldEn} is malformed`];
    }
    case 'minLength':
      return limit === 1
        ? [`${sp(field)}不能为空`, `${fieldEn} must not be empty`]
        : [`${sp(field)}至少 ${limit} 字`, `${fieldEn} needs at least ${limit} characters`];
    case 'maxItems':
      return [`${sp(field)}最多 ${limit} 项`, `${fieldEn} takes at most ${limit} items`];
    default:
      return [`${sp(field)}不符合要求`, `${fieldEn} is not acceptable`];
  }
}
