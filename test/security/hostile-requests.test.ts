// Hostile requests that reached SQL or answered in English only: "1e309", "Infinity" as numbers
// (Ajv coerces them to Infinity and then skips minimum/maximum, so PostgreSQL refused them: 500),
// and what Fastify refuses before a route runs (content type, JSON syntax, an empty JSON body).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoApp, type Client, type DemoApp } from '../helpers/app.js';

let env: DemoApp;
let admin: Client;
let filler: Client;
let getRoutes: string[];
let paths: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  env = await demoApp();
  admin = await env.login('admin');
  filler = await env.login('wugang');
  const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
  paths = doc.paths;
  getRoutes = Object.entries(doc.paths)
    .filter(([, ops]) => 'get' in ops)
    .map(([path]) => path.replace(/\{[a-zA-Z]+\}/g, '1'));
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

const message = (res: { json(): unknown }) => (res.json() as { message: string }).message;

describe('numbers that are not finite', () => {
  it('answers 400 in Chinese, never 500, for year/limit/offset of 1e309, Infinity and -Infinity on every GET route', async () => {
    const failures: string[] = [];
    let refused = 0;
    for (const path of getRoutes) {
      for (const param of ['year', 'limit', 'offset']) {
        for (const value of ['1e309', 'Infinity', '-Infinity']) {
          const url = `${path}?${param}=${value}`;
          const res = await admin.get(url);
          if (res.statusCode >= 500) failures.push(`${res.statusCode} ${url}`);
          else if (res.statusCode === 400) {
            refused++;
            if (!message(res).startsWith('请求无效')) failures.push(`400 without a Chinese message: ${url} ${res.body.slice(0, 120)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(refused).toBeGreaterThan(30); // the routes that take these parameters refused them
  });

  it('names the field when a body number is not finite (a string "1e309" coerced, or 1e309 where any number goes)', async () => {
    const res = await filler.send('POST', '/api/evaluations', { unitId: '1', year: '1e309' });
    expect(res.statusCode).toBe(400);
    expect(message(res)).toMatch(/^请求无效：数值超出范围.*body\.year/);
    const score = await raw(env.app, filler, 'POST', '/api/score', '{"indicators":[{"code":"a","weight":1e309}]}');
    expect(score.statusCode).toBe(400);
    expect(message(score)).toMatch(/^请求无效/);
  });

  it('still takes a year in the allowed range as a string', async () => {
    const res = await admin.get('/api/evaluations?year=2022');
    expect(res.statusCode).toBe(200);
  });
});

function raw(app: FastifyInstance, c: Client, method: 'PUT' | 'POST', url: string, payload: string, contentType = 'application/json') {
  return app.inject({ method, url, payload, headers: { 'content-type': contentType, 'x-csrf-token': c.csrf }, cookies: { jixiao_session: c.cookie } });
}

describe('what Fastify refuses before a route runs', () => {
  it('says in Chinese what is wrong with the content type, the JSON and an empty body', async () => {
    const url = '/api/evaluations/2';
    const cases: [string, string, number, RegExp][] = [
      ['{"version":1}', 'text/plain', 415, /^请求无效：不支持的内容类型.*application\/json/],
      ['version=1', 'application/x-www-form-urlencoded', 415, /^请求无效：不支持的内容类型/],
      ['{"version":', 'application/json', 400, /^请求无效：请求体不是有效的 JSON/],
      ['{"version":NaN}', 'application/json', 400, /^请求无效：请求体不是有效的 JSON/],
      ['{"__proto__":{"x":1},"version":1}', 'application/json', 400, /^请求无效/],
      ['', 'application/json', 400, /^请求无效：请求体为空/],
      ['[1,2]', 'application/json', 400, /^请求无效：body 的类型不对（应为对象）/],
      ['{"version":"1"}', 'application/json', 400, /^请求无效：body 缺少必填项 content/],
      ['{"version":1.5,"content":{}}', 'application/json', 400, /^请求无效：body\.version 的类型不对（应为整数）/],
      ['{"version":1,"content":{},"version":2}', 'application/json', 400, /^请求无效：请求体中同一对象有两个“version”字段/],
      ['{"version":1,"content":{"title":"a","ti\\u0074le":"b"}}', 'application/json', 400, /^请求无效：请求体中同一对象有两个“title”字段/],
      [`{"version":1,"content":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'application/json', 400, /^请求无效：请求体嵌套超过 64 层/],
    ];
    for (const [body, type, status, expected] of cases) {
      const res = await raw(env.app, filler, 'PUT', url, body, type);
      expect(res.statusCode, `${type} ${body.slice(0, 80)}`).toBe(status);
      expect(message(res), `${type} ${body.slice(0, 80)}`).toMatch(expected);
    }
  });
});

describe('a malformed id, date or number in the address, the query or the body', () => {
  it("is said in both languages without the schema's regular expression", async () => {
    const cases: [string, string][] = [
      // the English half was 'params/id must match pattern "^(?:0*(?:[0-9]{1,9}|…"'
      ['/api/evaluations/abc', '请求无效：网址中的编号格式不对（应为数字编号） / invalid request: the id in the address is malformed (expected a numeric id)'],
      [
        '/api/evaluations/2147483648',
        '请求无效：网址中的编号格式不对（应为数字编号） / invalid request: the id in the address is malformed (expected a numeric id)',
      ],
      [
        '/api/evaluations?year=abc',
        '请求无效：查询参数 year 的类型不对（应为整数） / invalid request: the query parameter year has the wrong type (expected a whole number)',
      ],
      ['/api/evaluations?year=1800', '请求无效：查询参数 year 超出允许范围（>= 1949） / invalid request: the query parameter year is out of range (>= 1949)'],
    ];
    for (const [url, expected] of cases) {
      const res = await filler.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(message(res), url).toBe(expected);
    }
    const unitId = await raw(env.app, filler, 'POST', '/api/evaluations', '{"unitId":"x1","year":2023}');
    expect(unitId.statusCode).toBe(400);
    expect(message(unitId)).toBe('请求无效：body.unitId 的格式不对（应为数字编号） / invalid request: body.unitId is malformed (expected a numeric id)');
  });
});

describe('a JSON body in another charset', () => {
  it('is refused with 415 naming the charset, where it was “not valid JSON”; UTF-8 however spelt passes on', async () => {
    const url = '/api/evaluations/2';
    const body = '{"version":1}';
    for (const [type, name] of [
      ['application/json; charset=utf-16', 'utf-16'],
      ['application/json;charset="UTF-16LE"', 'UTF-16LE'],
      ['application/json; charset=GBK', 'GBK'],
      ['application/json; charset=iso-8859-1', 'iso-8859-1'],
    ]) {
      const res = await raw(env.app, filler, 'PUT', url, body, type!);
      expect(res.statusCode, type).toBe(415);
      expect(message(res), type).toContain(`不支持的字符集“${name}”：JSON 请求体须为 UTF-8`);
    }
    for (const type of ['application/json; charset=utf-8', 'application/json; charset="UTF8"', 'application/json']) {
      const res = await raw(env.app, filler, 'PUT', url, body, type);
      expect(res.statusCode, type).toBe(400); // parsed: the route's schema speaks (content is required)
      expect(message(res), type).toMatch(/^请求无效：body 缺少必填项 content/);
    }
  });
});

describe('text that PostgreSQL or a reader cannot take', () => {
  it('refuses half a character (a JSON "\\ud800" escape) in any field with 400 naming it, where it was a 500', async () => {
    const res = await raw(
      env.app,
      admin,
      'POST',
      '/api/admin/units',
      '{"name":"武冈\\ud800妇联","code":"X1","type":"妇联","level":"county","parentId":null,"fromYear":2022}',
    );
    expect(res.statusCode).toBe(400);
    expect(message(res)).toMatch(/^请求无效：含有不完整的 Unicode 字符.*body\.name/);
    const user = await raw(
      env.app,
      admin,
      'POST',
      '/api/admin/users',
      '{"username":"lone1","displayName":"\\udc00","password":"a-long-password-1","grants":[]}',
    );
    expect(user.statusCode).toBe(400);
    // a whole emoji (a surrogate pair) is a character like any other
    const ok = await admin.send('POST', '/api/admin/units', {
      name: '武冈市妇联🙂',
      code: 'X2',
      type: '妇联',
      level: 'county',
      parentId: null,
      fromYear: 2022,
    });
    expect(ok.statusCode).toBe(201);
  });

  it('takes a unit name and a display name with a joined emoji (👨‍👩‍👧), still refuses a lone joiner', async () => {
    const unit = await admin.send('POST', '/api/admin/units', {
      name: '武冈市家庭服务中心👨‍👩‍👧',
      code: 'X5',
      type: '妇联',
      level: 'county',
      parentId: null,
      fromYear: 2022,
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const user = await admin.send('POST', '/api/admin/users', { username: 'family1', displayName: '张三👨‍👩‍👧', password: 'a-long-password-1', grants: [] });
    expect(user.statusCode, user.body).toBe(201);
    const lone = await admin.send('POST', '/api/admin/units', {
      name: '武冈\u200d妇联',
      code: 'X6',
      type: '妇联',
      level: 'county',
      parentId: null,
      fromYear: 2022,
    });
    expect(lone.statusCode).toBe(400);
  });

  it('refuses a unit name with a direction override or a line break (the portal shows it to the public)', async () => {
    for (const [k, name] of [
      ['X3', '\u202e联妇市冈武'],
      ['X4', '武冈\r\n妇联'],
    ]) {
      const res = await admin.send('POST', '/api/admin/units', { name, code: k, type: '妇联', level: 'county', parentId: null, fromYear: 2022 });
      expect(res.statusCode, JSON.stringify(name)).toBe(400);
      expect(message(res)).toMatch(/^单位名称、简称和类型不能包含换行/);
    }
  });
});

describe('a known path asked with a method it does not answer', () => {
  it('answers 405 with an Allow header and a Chinese message on every documented path, 404 only for unknown paths', async () => {
    const failures: string[] = [];
    for (const [path, ops] of Object.entries(paths)) {
      const url = path.replace(/\{[a-zA-Z]+\}/g, '1');
      const documented = Object.keys(ops).map((m) => m.toUpperCase());
      // /api/evaluations/import is also /api/evaluations/{id} for the methods {id} answers
      const template = (p: string) => new RegExp(`^${p.replace(/\{[a-zA-Z]+\}/g, '[^/]+')}$`);
      const answered = Object.entries(paths)
        .filter(([p]) => template(p).test(url))
        .flatMap(([, o]) => Object.keys(o).map((m) => m.toUpperCase()));
      for (const method of ['PATCH', 'PUT', 'DELETE', 'POST', 'OPTIONS'].filter((m) => !answered.includes(m))) {
        const res = await env.app.inject({
          method: method as 'PATCH',
          url,
          cookies: { jixiao_session: admin.cookie },
          headers: { 'x-csrf-token': admin.csrf },
        });
        const allow = String(res.headers.allow ?? '').split(', ');
        if (res.statusCode !== 405 || !documented.every((m) => allow.includes(m)) || !message(res).startsWith('不支持的请求方法'))
          failures.push(`${method} ${url} → ${res.statusCode} allow=${res.headers.allow} ${res.body.slice(0, 80)}`);
      }
    }
    expect(failures).toEqual([]);
    const patch = await env.app.inject({ method: 'PATCH', url: '/api/evaluations/2' });
    expect(patch.statusCode).toBe(405);
    expect(patch.headers.allow).toBe('DELETE, GET, HEAD, PUT');
    expect(patch.json()).toEqual({ error: 'methodNotAllowed', message: expect.stringMatching(/^不支持的请求方法 PATCH：此地址只接受 DELETE、GET、HEAD、PUT/) });
    expect((await admin.get('/api/no-such-thing')).statusCode).toBe(404);
    expect((await env.app.inject({ method: 'PATCH', url: '/api/no-such-thing' })).statusCode).toBe(404);
  });

  it('answers a path segment over 100 characters with 414 in Chinese, without echoing it', async () => {
    const res = await admin.get(`/api/units/${'1'.repeat(5000)}`);
    expect(res.statusCode).toBe(414);
    expect(message(res)).toMatch(/^网址过长/);
    expect(res.body.length).toBeLessThan(300);
  });

  it('echoes at most 200 characters of an unknown URL', async () => {
    const res = await admin.get(`/api/nothing?q=${'a'.repeat(20_000)}`);
    expect(res.statusCode).toBe(404);
    expect(res.body.length).toBeLessThan(400);
  });
});

describe('one name, two encodings', () => {
  it('stores a unit name pasted with a compatibility ideograph or a combining accent as NFC, and finds it by either spelling', async () => {
    const compat = '\uf9dc回县妇女联合会'; // 隆 as CJK compatibility ideograph U+F9DC, as PDFs carry it
    const made = await admin.send('POST', '/api/admin/units', { name: compat, code: 'NF1', type: '妇联', level: 'county', parentId: null, fromYear: 2022 });
    expect(made.statusCode, made.body).toBe(201);
    expect((made.json() as { name: string }).name).toBe('\u9686回县妇女联合会');
    const nfd = await admin.send('POST', '/api/admin/units', {
      name: 'Cafe\u0301妇联',
      code: 'NF2',
      type: '妇联',
      level: 'county',
      parentId: null,
      fromYear: 2022,
    });
    expect((nfd.json() as { name: string }).name).toBe('Caf\u00e9妇联');
    const found = async (q: string) =>
      ((await admin.get(`/api/units/search?q=${encodeURIComponent(q)}&year=2022`)).json() as { units: { code: string }[] }).units.map((u) => u.code);
    for (const q of ['\u9686回', '\uf9dc回']) expect(await found(q), q).toContain('NF1');
    for (const q of ['Caf\u00e9', 'Cafe\u0301']) expect(await found(q), q).toContain('NF2');
  });
});
