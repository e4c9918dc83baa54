/** Every command id and contributed name, in one place (package.json declares the same ids). */
export const COMMANDS = {
  auditWorkspace: 'privacyLens.auditWorkspace',
  showPolicyUnderstanding: 'privacyLens.showPolicyUnderstanding',
  selectPolicy: 'privacyLens.selectPolicy',
  openClause: 'privacyLens.openClause',
  draftStatement: 'privacyLens.draftPolicyStatement',
  suppress: 'privacyLens.suppress',
  addToBaseline: 'privacyLens.addToBaseline',
  exportReport: 'privacyLens.exportReport',
} as const;

export const SOURCE = 'Privacy Lens';
export const REPORT_VIEW = 'privacyLens.report';
export const POLICY_VIEW = 'privacyLens.policy';
