// A one-line progress bar on stderr (redrawn in place on a terminal, one line per phase otherwise).
export function progressBar(write: (s: string) => void, isTty = Boolean(process.stderr.isTTY)) {
  let lastPhase = '';
  let lastPct = -1;
  return (phase: string, done: number, total: number) => {
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (phase === lastPhase && (pct === lastPct || (!isTty && pct !== 100))) return;
    const width = 30;
    const bar = '█'.repeat(Math.round((pct / 100) * width)).padEnd(width, '░');
    const line = `${phase.padEnd(28)} ${bar} ${String(pct).padStart(3)}% ${done}/${total}`;
    if (isTty) write(`\r${line}${pct === 100 ? '\n' : ''}`);
    else write(`${line}\n`);
    lastPhase = phase;
    lastPct = pct;
  };
}
