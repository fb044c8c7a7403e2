// A key project is added up across units by its code. The editor numbers a unit's new project
// "kp1", which is no identity: a new unit's 两癌 project must roll up as the shared 两癌 project the
// portal shows, and another unit's "kp1" of another name must not take the first one's name.
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIANGAI_PROJECT, type Evaluation, type KeyProject } from '../src/domain/types.js';
import { contentOf } from '../src/services/evaluations.js';
import { sql } from 'drizzle-orm';
import { codeForName, identifiedKeyProjects } from '../src/domain/keyProjectIdentity.js';
import { queryRows } from '../src/store/db.js';
import { addUnit as addUnitAs, demoApp, type Client } from './helpers/app.js';
import { noneApplicable, writtenChapters } from './helpers/values.js';

let env: Awaited<ReturnType<typeof demoApp>>;
let admin: Client;
const YEAR = new Date().getFullYear();

const project = (over: Partial<KeyProject>): KeyProject => ({
  code: 'kp1',
  name: '农村妇女“两癌”检查',
  measure: '检查人数',
  unitOfMeasure: '人',
  target: '1200',
  actual: '1250',
  measures: [],
  funding: [],
  note: null,
  ...over,
});

beforeAll(async () => {
  env = await demoApp();
  admin = await env.login('admin');
});
afterAll(async () => {
  await env?.app.close();
  await env?.store.close();
});

const addUnit = (code: string, name: string, level: string, parentId: string | null) => addUnitAs(admin, { code, name, level, parentId, fromYear: YEAR });

/** A new county under a new top unit (its reviewer's), with a filler and one evaluation holding these key projects. */
async function unitWith(code: string, name: string, projects: KeyProject[]) {
  const rootId = await addUnit(`${code}-SJ`, `${name}上级`, 'prefecture', null);
  const unitId = await addUnit(code, name, 'county', rootId);
  const filler = await env.loginAs(`filler-${code}`, 'filler', unitId);
  const created = await filler.send('POST', '/api/evaluations', { unitId, year: YEAR });
  expect(created.statusCode, created.body).toBe(201);
  const e = (created.json() as { evaluation: Evaluation }).evaluation;
  const saved = await filler.send('PUT', `/api/evaluations/${e.id}`, {
    version: e.version,
    content: {
      ...contentOf(e),
      keyProjects: projects,
      sections: writtenChapters(e.sections),
      indicators: noneApplicable(((await filler.get(`/api/evaluations/${e.id}/indicators`)).json() as { rows: { code: string; leaf: boolean }[] }).rows),
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return { rootId, filler, evaluation: saved.json() as Evaluation };
}

describe('a new unit’s key project', () => {
  it('typed as 两癌 under its own name, published: the portal headline shows its target, actual and rate', async () => {
    const { rootId, filler, evaluation } = await unitWith('QS-FL', '青石县妇女联合会', [project({})]);
    expect(evaluation.keyProjects.map((p) => [p.code, p.target, p.actual])).toEqual([['liangai', '1200', '1250']]);
    const move = async (c: Client, action: string) => {
      const e = (await c.get(`/api/evaluations/${evaluation.id}`)).json() as Evaluation;
      const res = await c.send('POST', `/api/evaluations/${evaluation.id}/transitions`, { action, version: e.version });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    };
    const reviewer = await env.loginAs('reviewer-qs', 'reviewer', rootId);
    await move(filler, 'submit');
    await move(reviewer, 'approve');
    await move(reviewer, 'publish');
    const headline = (await env.app.inject({ method: 'GET', url: `/api/public/headline?year=${YEAR}` })).json() as {
      roots: { unitId: string; publishedUnits: number; project: { target: string | null; actual: string | null; rate: string | null } }[];
    };
    const root = headline.roots.find((r) => r.unitId === rootId);
    expect(root).toMatchObject({ publishedUnits: 1, project: { target: '1200', actual: '1250', rate: '104.17' } });
    // the portal's page of the unit names the project as its filler did; the headline adds it up by code
    const shown = (await env.app.inject({ method: 'GET', url: `/api/public/evaluations/${evaluation.id}` })).json() as Evaluation;
    expect(shown.keyProjects.map((p) => [p.code, p.name])).toEqual([['liangai', '农村妇女“两癌”检查']]);
  });

  it('of another name keeps its own name, though it too is its unit’s "kp1"', async () => {
    const { filler, evaluation } = await unitWith('BS-FL', '白沙县妇女联合会', [
      project({ name: '巾帼家政', measure: '培训人数', target: '300', actual: '320' }),
    ]);
    expect(evaluation.keyProjects.map((p) => [p.name, p.target])).toEqual([['巾帼家政', '300']]);
    expect(evaluation.keyProjects[0]!.code).not.toBe('kp1');
    // autosave stored the name half-typed; the finished name is saved with it, not the half one
    const finished = { ...contentOf(evaluation), keyProjects: [{ ...evaluation.keyProjects[0]!, name: '巾帼家政培训' }] };
    const again = await filler.send('PUT', `/api/evaluations/${evaluation.id}`, { version: evaluation.version, content: finished });
    expect(again.statusCode, again.body).toBe(200);
    expect((again.json() as Evaluation).keyProjects.map((p) => p.name)).toEqual(['巾帼家政培训']);
  });
});

describe('a key project named by its short name', () => {
  it('keeps the name the filler typed (API, re-read, Word and HTML report) and links to the catalogue by code', async () => {
    const { filler, evaluation } = await unitWith('LS-FL', '柳溪县妇女联合会', [project({ name: '两癌筛查' })]);
    expect(evaluation.keyProjects.map((p) => [p.code, p.name])).toEqual([['liangai', '两癌筛查']]);
    // a section of its own, written from the data: the report's sentence names the project
    const section = {
      key: '99',
      parentKey: null,
      order: 99,
      kind: 'keyProject',
      numbering: null,
      title: '两癌筛查',
      runIn: false,
      paragraphs: [],
      indicatorCode: null,
      figures: [],
    };
    const withSection = await filler.send('PUT', `/api/evaluations/${evaluation.id}`, {
      version: evaluation.version,
      content: { ...contentOf(evaluation), sections: [...evaluation.sections, section] },
    });
    expect(withSection.statusCode, withSection.body).toBe(200);
    const read = (await filler.get(`/api/evaluations/${evaluation.id}`)).json() as Evaluation;
    expect(read.keyProjects.map((p) => [p.code, p.name])).toEqual([['liangai', '两癌筛查']]);
    const docx = await filler.get(`/api/evaluations/${evaluation.id}/report?format=docx`);
    expect(docx.statusCode).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(docx.rawPayload))['word/document.xml']!);
    expect(xml).toContain(`${YEAR}年两癌筛查任务数为1200人`);
    expect(xml).not.toContain(LIANGAI_PROJECT.name);
    const html = await filler.get(`/api/evaluations/${evaluation.id}/report?format=html`);
    expect(html.body).toContain(`${YEAR}年两癌筛查任务数为1200人`);
    expect(html.body).not.toContain(LIANGAI_PROJECT.name);
    // the same save again changes nothing; another unit's long name is its own, the catalogue's stays
    const same = await filler.send('PUT', `/api/evaluations/${evaluation.id}`, { version: read.version, content: contentOf(read) });
    expect((same.json() as Evaluation).version).toBe(read.version);
    const other = await unitWith('LS2-FL', '柳溪二县妇女联合会', [project({ name: '农村妇女两癌免费检查' })]);
    expect(other.evaluation.keyProjects.map((p) => [p.code, p.name])).toEqual([['liangai', '农村妇女两癌免费检查']]);
    const renamed = await filler.send('PUT', `/api/evaluations/${evaluation.id}`, {
      version: read.version,
      content: { ...contentOf(read), keyProjects: [{ ...read.keyProjects[0]!, name: '两癌' }] },
    });
    expect((renamed.json() as Evaluation).keyProjects.map((p) => p.name)).toEqual(['两癌']);
    expect(((await filler.get(`/api/evaluations/${evaluation.id}`)).json() as Evaluation).keyProjects.map((p) => p.name)).toEqual(['两癌']);
  });
});

describe('autosaves of a name being typed', () => {
  it('leave no catalogue entry for a half-typed name; the finished name’s entry stays while it is used', async () => {
    const { filler, evaluation } = await unitWith('ZT-FL', '竹亭县妇女联合会', [project({ name: '两' }), project({ code: 'kp2', name: '巾' })]);
    let e = evaluation;
    for (const names of [
      ['两癌筛', '巾帼家'],
      ['两癌筛查', '巾帼家政'],
    ]) {
      const keyProjects = e.keyProjects.map((k) => ({ ...k, name: names[k.name.startsWith('两') ? 0 : 1]! }));
      const res = await filler.send('PUT', `/api/evaluations/${e.id}`, { version: e.version, content: { ...contentOf(e), keyProjects } });
      expect(res.statusCode, res.body).toBe(200);
      e = res.json() as Evaluation;
    }
    expect(e.keyProjects.map((k) => k.name).sort()).toEqual(['两癌筛查', '巾帼家政'].sort());
    const codes = async () => (await queryRows<{ code: string }>(env.store.db, sql`select code from key_projects`)).map((r) => r.code);
    const now = await codes();
    for (const half of ['两', '巾', '巾帼家']) expect(now, half).not.toContain(codeForName(half));
    expect(now).toContain(codeForName('巾帼家政'));
    expect(now).toContain('liangai'); // a known project's entry is never removed
    // the project deleted: its derived entry goes too, unless another unit still uses it
    const other = await unitWith('ZT2-FL', '竹亭二县妇女联合会', [project({ name: '巾帼家政' })]);
    const res = await filler.send('PUT', `/api/evaluations/${e.id}`, { version: e.version, content: { ...contentOf(e), keyProjects: [] } });
    expect(res.statusCode, res.body).toBe(200);
    expect(await codes()).toContain(codeForName('巾帼家政'));
    const o = other.evaluation;
    const gone = await other.filler.send('PUT', `/api/evaluations/${o.id}`, { version: o.version, content: { ...contentOf(o), keyProjects: [] } });
    expect(gone.statusCode, gone.body).toBe(200);
    expect(await codes()).not.toContain(codeForName('巾帼家政'));
  });
});

describe('a review comment pinned to a key project', () => {
  it('keeps its place when the filler’s rename moves the project to another code', async () => {
    const { rootId, filler, evaluation } = await unitWith('HP-FL', '河坪县妇女联合会', [project({ name: '巾帼家政' })]);
    const code = evaluation.keyProjects[0]!.code;
    const reviewer = await env.loginAs('reviewer-hp', 'reviewer', rootId);
    const at = async (c: Client) => (await c.get(`/api/evaluations/${evaluation.id}`)).json() as Evaluation;
    const move = async (c: Client, action: string, reason?: string) => {
      const res = await c.send('POST', `/api/evaluations/${evaluation.id}/transitions`, {
        action,
        version: (await at(c)).version,
        ...(reason ? { reason } : {}),
      });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    };
    await move(filler, 'submit');
    const pinned = await reviewer.send('POST', `/api/evaluations/${evaluation.id}/comments`, { anchor: `keyProjects.${code}`, text: '请写明培训的全称' });
    expect(pinned.statusCode, pinned.body).toBe(200);
    await move(reviewer, 'return', '见审核意见');
    const e = await at(filler);
    const saved = await filler.send('PUT', `/api/evaluations/${evaluation.id}`, {
      version: e.version,
      content: { ...contentOf(e), keyProjects: [{ ...e.keyProjects[0]!, name: '巾帼家政培训' }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const now = (saved.json() as Evaluation).keyProjects[0]!.code;
    expect(now).not.toBe(code);
    const { comments } = (await filler.get(`/api/evaluations/${evaluation.id}/comments`)).json() as { comments: { anchor: string }[] };
    expect(comments.map((c) => c.anchor)).toEqual([`keyProjects.${now}`]);
  });
});

describe('identifiedKeyProjects', () => {
  it('gives placeholder codes the shared code their name names; real codes and unnamed rows stay', () => {
    const out = identifiedKeyProjects([
      project({}),
      project({ code: 'kp2', name: '“两癌”复查' }),
      project({ code: 'kp3', name: '巾帼家政培训' }),
      project({ code: 'kp4', name: ' ' }),
      project({ code: 'own-code', name: '两癌检查' }),
    ]);
    expect(out.map((p) => p.code)).toEqual(['liangai', 'kp2', expect.stringMatching(/^imp-[0-9a-f]{8}$/), 'kp4', 'own-code']);
    // a name saved half-typed, then finished: the code follows the name
    const half = identifiedKeyProjects([project({ name: '巾帼家政' })])[0]!;
    expect(identifiedKeyProjects([{ ...half, name: '巾帼家政培训' }])[0]!.code).toBe(out[2]!.code);
    expect(identifiedKeyProjects([{ ...half, name: '农村“两癌”检查' }])[0]!.code).toBe('liangai');
    // the same name in another unit is the same project
    expect(identifiedKeyProjects([project({ code: 'kp7', name: '巾帼家政培训' })])[0]!.code).toBe(out[2]!.code);
  });
});
