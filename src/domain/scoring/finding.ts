// The checker's finding shape. Defined here because src/domain/checks/finding.ts did not exist
// when scoring was written; the checker engineer uses the same shape (see DOMAIN.md glossary).
export interface Finding {
  severity: 'error' | 'warning';
  rule: string;
  message: string;
  messageEn?: string;
  stated?: string;
  computed?: string;
  text?: string;
  indicatorCode?: string;
}
