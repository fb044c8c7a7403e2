// The framework editor's data source field: manual, a plain source, or a key-project measure that needs both codes.
import { describe, expect, it } from 'vitest';
import { sourceOf } from './RuleEditor.js';

describe('sourceOf', () => {
  it('reads the form into a source', () => {
    expect(sourceOf('', '', '')).toEqual({ source: null, ok: true });
    expect(sourceOf('budgetExecution', 'x', 'y')).toEqual({ source: { kind: 'budgetExecution' }, ok: true });
    expect(sourceOf('keyProjectMeasure', ' liangai ', '')).toEqual({ source: { kind: 'keyProjectMeasure', project: 'liangai', measure: 'main' }, ok: true });
    expect(sourceOf('keyProjectMeasure', '', 'main').ok).toBe(false);
    expect(sourceOf('keyProjectMeasure', '两癌', 'main').ok).toBe(false);
  });
});
