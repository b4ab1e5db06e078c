import { defineMessages } from '../i18n/messages';

/** The region and industry pickers' words, the same on every form. */
export const referenceMessages = defineMessages({
  'zh-CN': {
    regionsLabel: '所在地区',
    regionsPlaceholder: '选择省 / 市 / 区县',
    regionsSearch: '按名称搜索地区',
    industriesLabel: '所属行业',
    industriesPlaceholder: '选择国民经济行业分类',
    industriesSearch: '按名称搜索行业',
    regionsRequired: '请选择所在地区',
    industriesRequired: '请选择所属行业',
  },
  en: {
    regionsLabel: 'Region',
    regionsPlaceholder: 'Province / city / county',
    regionsSearch: 'Search regions by name',
    industriesLabel: 'Industry',
    industriesPlaceholder: 'Choose an industry (GB/T 4754)',
    industriesSearch: 'Search industries by name',
    regionsRequired: 'Choose a region',
    industriesRequired: 'Choose an industry',
  },
});
