// A page that fails to load or render shows a message and a reload button instead of blanking the
// whole app. The usual cause is a lazily loaded chunk that is gone: jixiao was updated while this
// tab was open (old chunk names 404), or the network dropped.
import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';
import { useI18n } from '../i18n/index.js';

const CHUNK = /dynamically imported module|Importing a module script failed|Failed to fetch|error loading dynamically|ChunkLoadError/i;

function Failed({ error }: { error: Error }) {
  const { t } = useI18n();
  const chunk = CHUNK.test(`${error.name} ${error.message}`);
  return (
    <Result
      status="warning"
      title={t('load.failed')}
      subTitle={chunk ? t('load.chunkHint') : t('load.errorHint', { message: error.message.slice(0, 200) })}
      extra={
        <Button type="primary" size="large" onClick={() => window.location.reload()}>
          {t('load.reload')}
        </Button>
      }
    />
  );
}

/** Key it by the path so that moving to another page clears a failure. */
export class PageBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };
  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }
  override render() {
    return this.state.error ? <Failed error={this.state.error} /> : this.props.children;
  }
}
