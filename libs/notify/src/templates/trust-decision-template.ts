import type { Locale } from '@rongtong/identity';
import type { TrustDecisionParams } from '../intents/notification-intent';
import { quoted, TIER_LABELS } from './labels';

interface Rendered {
  title: string;
  lines: string[];
}

const reasonLine = (reason: string | null, label: string) => (reason ? [`${label}${reason}`] : []);

/**
 * A reviewer's decision on what an organisation claims about itself, in the words of the owner
 * who asked: what was decided, why (a rejection or revocation always has a reason) and what to
 * do next. Titles start with fixed words, never with a name someone typed.
 */
export function renderTrustDecision(p: TrustDecisionParams, locale: Locale): Rendered {
  return locale === 'en' ? english(p) : chinese(p);
}

function chinese(p: TrustDecisionParams): Rendered {
  const why = reasonLine(p.reason, '原因：');
  if (p.subject === 'certification') {
    const tier = `「${TIER_LABELS[p.tier]['zh-CN']}」`;
    if (p.outcome === 'verified') {
      return {
        title: `梯度培育资质已核验：${TIER_LABELS[p.tier]['zh-CN']}`,
        lines: [
          `贵单位（${p.organisationName}）提交的${tier}认定证书已通过平台核验，现已计入机构等级，可用于揭榜资格和匹配推荐。`,
        ],
      };
    }
    if (p.outcome === 'revoked') {
      return {
        title: `梯度培育资质已撤销：${TIER_LABELS[p.tier]['zh-CN']}`,
        lines: [
          `贵单位（${p.organisationName}）的${tier}认定已被平台撤销，不再计入机构等级。`,
          ...why,
          '如有异议，请联系平台管理员。',
        ],
      };
    }
    return {
      title: `梯度培育资质未通过核验：${TIER_LABELS[p.tier]['zh-CN']}`,
      lines: [
        `贵单位（${p.organisationName}）提交的${tier}认定证书未通过平台核验。`,
        ...why,
        '请按意见补充证书编号、发证机关或证书扫描件后重新提交。',
      ],
    };
  }
  if (p.subject === 'uscc_claim') {
    if (p.outcome === 'verified') {
      return {
        title: `统一社会信用代码已核验：${p.uscc}`,
        lines: [
          p.kind === 'dispute'
            ? `您对统一社会信用代码 ${p.uscc} 的认领申请已通过，您现在是${quoted(p.organisationName, 'zh-CN')}的管理员。`
            : `${quoted(p.organisationName, 'zh-CN')}的统一社会信用代码 ${p.uscc} 已通过平台核验，机构主页将显示“已核验”。`,
        ],
      };
    }
    if (p.outcome === 'revoked') {
      return {
        title: `统一社会信用代码核验已撤销：${p.uscc}`,
        lines: [
          `统一社会信用代码 ${p.uscc}（${p.organisationName}）的核验已被平台撤销。`,
          ...why,
          '可补充营业执照等证明材料后重新提交认领。',
        ],
      };
    }
    return {
      title: `统一社会信用代码认领未通过：${p.uscc}`,
      lines: [
        `您对统一社会信用代码 ${p.uscc}（${p.organisationName}）的认领申请未通过审核。`,
        ...why,
        '可补充营业执照等证明材料后重新提交认领。',
      ],
    };
  }
  if (p.outcome === 'approved') {
    return {
      title: `机构名称变更已通过：${p.toName}`,
      lines: [
        `机构名称已由${quoted(p.fromName, 'zh-CN')}变更为${quoted(p.toName, 'zh-CN')}，对外展示的名称已更新。`,
      ],
    };
  }
  return {
    title: `机构名称变更未通过：${p.toName}`,
    lines: [
      `贵单位申请将名称由${quoted(p.fromName, 'zh-CN')}变更为${quoted(p.toName, 'zh-CN')}，未通过审核，对外仍显示原名称。`,
      ...why,
      '可按意见修改后重新提交。',
    ],
  };
}

function english(p: TrustDecisionParams): Rendered {
  const why = reasonLine(p.reason, 'Reason: ');
  if (p.subject === 'certification') {
    const tier = TIER_LABELS[p.tier].en;
    if (p.outcome === 'verified') {
      return {
        title: `Certificate verified: ${tier}`,
        lines: [
          `The ${tier} certificate of ${p.organisationName} was verified: it now counts for the organisation's tier, challenge eligibility and matching.`,
        ],
      };
    }
    if (p.outcome === 'revoked') {
      return {
        title: `Certificate revoked: ${tier}`,
        lines: [
          `The ${tier} certification of ${p.organisationName} was revoked and no longer counts.`,
          ...why,
          'If you disagree, contact a platform admin.',
        ],
      };
    }
    return {
      title: `Certificate not verified: ${tier}`,
      lines: [
        `The ${tier} certificate of ${p.organisationName} was not verified.`,
        ...why,
        'Add the certificate number, the issuing authority or a scan, then submit it again.',
      ],
    };
  }
  if (p.subject === 'uscc_claim') {
    if (p.outcome === 'verified') {
      return {
        title: `USCC verified: ${p.uscc}`,
        lines: [
          p.kind === 'dispute'
            ? `Your claim on the USCC ${p.uscc} was approved: you are now the owner of ${quoted(p.organisationName, 'en')}.`
            : `The USCC ${p.uscc} of ${quoted(p.organisationName, 'en')} was verified; the public profile shows it as verified.`,
        ],
      };
    }
    if (p.outcome === 'revoked') {
      return {
        title: `USCC verification revoked: ${p.uscc}`,
        lines: [
          `The verification of the USCC ${p.uscc} (${p.organisationName}) was revoked.`,
          ...why,
          'You can claim it again with a business licence or other proof.',
        ],
      };
    }
    return {
      title: `USCC claim not approved: ${p.uscc}`,
      lines: [
        `Your claim on the USCC ${p.uscc} (${p.organisationName}) was not approved.`,
        ...why,
        'You can claim it again with a business licence or other proof.',
      ],
    };
  }
  if (p.outcome === 'approved') {
    return {
      title: `Name change approved: ${p.toName}`,
      lines: [
        `The organisation's name changed from ${quoted(p.fromName, 'en')} to ${quoted(p.toName, 'en')}; the public name is updated.`,
      ],
    };
  }
  return {
    title: `Name change not approved: ${p.toName}`,
    lines: [
      `The change of the name ${quoted(p.fromName, 'en')} to ${quoted(p.toName, 'en')} was not approved; the public name stays.`,
      ...why,
      'You can adjust it and ask again.',
    ],
  };
}
