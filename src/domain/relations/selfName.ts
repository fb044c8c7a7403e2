// How a report names its own unit: 本单位/我单位/本部门, and by its kind — a 图书馆 writes 本馆, a 医院 本院,
// a 局 本局, a 中心 本中心, a 学校 本校. Stripped from labels like 本单位, so 本馆本年支出 is 本年支出.
// 本会计年度 and 本办法 are not self-names.
export const SELF_NAME = '(?:本|我)(?:单位|部门|中心|会(?!计)|办(?!法)|馆|院|局|所|校|站|处|厅|委|队|园)';
