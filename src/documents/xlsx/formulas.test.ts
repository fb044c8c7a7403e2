// The sheet's formulas must compute in a real spreadsheet, not only carry our cached values:
// drop the cached results, change a figure, let LibreOffice recalculate, read the values back.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { ScoringInputJson } from '../../domain/scoring/index.js';
import { writeProjectSheet } from './projectSheet.js';

const example = JSON.parse(readFileSync(new URL('../../../test/fixtures/scoring/example.json', import.meta.url), 'utf8')) as ScoringInputJson;
// Needs LibreOffice with Calc (Debian: libreoffice-calc-nogui); writer-only installs cannot open .xlsx.
const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
const calc = ['/usr/lib/libreoffice/program/libsclo.so', '/opt/libreoffice/program/libsclo.so'].some((p) => existsSync(p));
if (!soffice || !calc) console.warn('formulas.test: LibreOffice Calc not installed (apt-get install libreoffice-calc-nogui) — recalculation test NOT run');

describe.runIf(soffice && calc)('项目支出绩效自评表 formulas in LibreOffice', () => {
  it('recompute 执行率, the budget score and the rescaled total', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeProjectSheet(example)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    ws.eachRow((row) =>
      row.eachCell((c) => {
        const v = c.value;
        if (v && typeof v === 'object' && 'formula' in v) c.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
      }),
    );
    ws.getCell('E6').value = 87.139819; // exactly 96.85 % of 89.974 → 9.685 → 9.69 (a float product gives 9.68499…)
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-xlsx-'));
    try {
      writeFileSync(join(dir, 't.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
      execFileSync(
        soffice!,
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false',
          '--outdir',
          dir,
          join(dir, 't.xlsx'),
        ],
        {
          stdio: 'ignore',
          timeout: 120_000,
        },
      );
      const rows = parseCsv(readFileSync(join(dir, 't.csv'), 'utf8'));
      const cell = (a1: string) => rows[Number(a1.slice(1)) - 1]![a1.charCodeAt(0) - 65];
      expect(cell('G6')).toBe('96.85%');
      expect(cell('H6')).toBe('9.69');
      // (9.69 + 81.2) × 100 ÷ 95 = 95.6736… → 95.67
      expect(cell('G24')).toBe('95.67');
      expect(cell('F24')).toBe('100');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Minimal RFC 4180 reader: quoted fields may hold commas, quotes and newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      rows[rows.length - 1]!.push(field);
      field = '';
    } else if (ch === '\n') {
      rows[rows.length - 1]!.push(field);
      field = '';
      rows.push([]);
    } else if (ch !== '\r') field += ch;
  }
  rows[rows.length - 1]!.push(field);
  return rows;
}
