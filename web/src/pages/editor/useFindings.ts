// The editor's findings: loaded on open and after each save, and a filler's 说明 of one finding.
import { App } from 'antd';
import { useCallback, useState } from 'react';
import { ApiError, explainFinding, getFindings, type Finding } from '../../api.js';
import type { RelationCounts, ShownRelation } from '../../components/Relations.js';
import { useI18n } from '../../i18n/index.js';

export function useFindings(evaluationId: string) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [findings, setFindings] = useState<Finding[] | null>(null);
  const [relations, setRelations] = useState<{ relations: ShownRelation[]; summary: RelationCounts } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const load = useCallback(() => {
    setLoading(true);
    getFindings(evaluationId)
      .then(
        (r) => {
          setFindings(r.findings);
          setRelations(r.relations && r.summary ? { relations: r.relations, summary: r.summary } : null);
          setError(null);
        },
        (e: Error) => setError(e.message),
      )
      .finally(() => setLoading(false));
  }, [evaluationId]);

  /** Saves a 说明; a 409 (someone explained it meanwhile) reloads the list instead. */
  const explain = async (f: Finding, note: string) => {
    try {
      const r = await explainFinding(evaluationId, { key: f.key, note, previous: f.explanation ?? null });
      setFindings(r.findings);
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) {
        message.warning(t('find.explainConflict'));
        load();
      } else message.error(t('act.failed', { message: (err as Error).message }));
      return false;
    }
  };

  return { findings, setFindings, relations, error, loading, load, explain };
}
