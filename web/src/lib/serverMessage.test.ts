import { describe, expect, it } from 'vitest';
import { inLanguage } from './serverMessage.js';

describe('server messages in the UI language', () => {
  it('the Chinese UI drops the English half of "中文 / English"', () => {
    expect(inLanguage('指标“预算执行率”的指标值“一百”不是一个数 / a quantitative target must be one number', 'zh')).toBe(
      '指标“预算执行率”的指标值“一百”不是一个数',
    );
    expect(inLanguage('“隆回县残联”2025 年不在单位树中，无法调整上级 / the unit is not in the 2025 tree', 'zh')).toBe(
      '“隆回县残联”2025 年不在单位树中，无法调整上级',
    );
  });
  it('keeps what is not such a pair, and everything in English', () => {
    expect(inLanguage('计算：318.45 / 325.67', 'zh')).toBe('计算：318.45 / 325.67');
    expect(inLanguage('邵阳 / 武冈', 'zh')).toBe('邵阳 / 武冈');
    expect(inLanguage('only English here', 'zh')).toBe('only English here');
    expect(inLanguage('不是一个数 / a quantitative target must be one number', 'en')).toBe('不是一个数 / a quantitative target must be one number');
  });
});

describe('the missing-LibreOffice refusal', () => {
  it('says how to install it in each language', async () => {
    const { LibreOfficeMissingError, LIBREOFFICE_INSTALL_HINT } = await import('../../../src/documents/pdf/libreoffice.js');
    const text = new LibreOfficeMissingError().message;
    expect(inLanguage(text, 'zh')).toContain(LIBREOFFICE_INSTALL_HINT);
    expect(inLanguage(text, 'zh')).not.toContain('needs');
    expect(inLanguage(text, 'en')).toContain(`Install it with: ${LIBREOFFICE_INSTALL_HINT}`);
  });
});
