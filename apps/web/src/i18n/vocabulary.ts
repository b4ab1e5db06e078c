import type { Locale } from './locale';
// The catalog's vocabularies are pure data modules: the web reads the same labels the API and
// the mails use, instead of a copy that could drift.
import { MODE_LABELS, type Label } from '../../../../libs/catalog/src/vocabulary/cooperation-modes';
import { MATURITY_STAGES } from '../../../../libs/catalog/src/vocabulary/maturity';

export { MODE_LABELS };

export const KIND_LABELS: Record<'need' | 'achievement' | 'challenge' | 'organisation', Label> = {
  need: { zh: '技术需求', en: 'Technology need' },
  achievement: { zh: '科技成果', en: 'Research achievement' },
  challenge: { zh: '榜单', en: 'Challenge' },
  organisation: { zh: '机构', en: 'Organisation' },
};

export const ORGANISATION_TYPE_LABELS: Record<string, Label> = {
  sme: { zh: '中小企业', en: 'SME' },
  large_enterprise: { zh: '大企业', en: 'Large enterprise' },
  university: { zh: '高校', en: 'University' },
  research_institute: { zh: '科研院所', en: 'Research institute' },
  service_org: { zh: '服务机构', en: 'Service organisation' },
  organiser: { zh: '组织方', en: 'Organiser' },
};

export const TIER_LABELS: Record<string, Label> = {
  innovative: { zh: '创新型中小企业', en: 'Innovative SME' },
  specialised: { zh: '专精特新中小企业', en: 'Specialised SME' },
  little_giant: { zh: '专精特新"小巨人"', en: '"Little giant"' },
  single_champion: { zh: '制造业单项冠军', en: 'Manufacturing single champion' },
};

export const STATUS_LABELS: Record<string, Label> = {
  draft: { zh: '草稿', en: 'Draft' },
  pending_review: { zh: '待审核', en: 'Pending review' },
  published: { zh: '已发布', en: 'Published' },
  closed: { zh: '已关闭', en: 'Closed' },
  expired: { zh: '已过期', en: 'Expired' },
  rejected: { zh: '未通过', en: 'Rejected' },
};

/** A tier certificate's state (梯度培育库): only 已认定 and unexpired counts. */
export const CERTIFICATION_STATUS_LABELS: Record<string, Label> = {
  pending: { zh: '待审核', en: 'Pending' },
  verified: { zh: '已认定', en: 'Verified' },
  under_review: { zh: '复核中', en: 'Under review' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  revoked: { zh: '已撤销', en: 'Revoked' },
};

/** Tag colours of the states (antd's light green and orange tags fail 4.5:1 contrast). */
export const CERTIFICATION_STATUS_COLORS: Record<string, string> = {
  pending: 'geekblue',
  verified: '#237804',
  under_review: '#ad4e00',
  rejected: 'red',
  revoked: 'default',
};

/** 认定级别. */
export const LEVEL_LABELS: Record<string, Label> = {
  national: { zh: '国家级', en: 'National' },
  provincial: { zh: '省级', en: 'Provincial' },
  city: { zh: '市级', en: 'City' },
};

/** The Chinese stage a TRL falls in (最成熟的 stage that covers it), e.g. 7 → 通过中试. */
export function maturityStage(trl: number, locale: Locale): string | undefined {
  const stage = [...MATURITY_STAGES].reverse().find((s) => trl >= s.minTrl && trl <= s.maxTrl);
  return stage && (locale === 'zh-CN' ? stage.zh : stage.en);
}

export function label(labels: Record<string, Label>, key: string, locale: Locale): string {
  const entry = labels[key];
  return entry ? (locale === 'zh-CN' ? entry.zh : entry.en) : key;
}
