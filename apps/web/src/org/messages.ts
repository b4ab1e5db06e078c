import { defineMessages } from '../i18n/messages';

export const orgMessages = defineMessages({
  'zh-CN': {
    type: '机构类型',
    uscc: '统一社会信用代码',
    region: '所在地区',
    industry: '所属行业',
    website: '网站',
    tier: '企业梯度',
    certifications: '梯度培育认定',
    profile: '机构简介',
    noProfile: '该机构尚未填写简介。',
    validUntil: '有效期至 {date}',
    contact: '联系方式（仅本机构成员可见）',
    searchListings: '搜索该机构相关的需求与成果',
  },
  en: {
    type: 'Type',
    uscc: 'Unified social credit code',
    region: 'Region',
    industry: 'Industry',
    website: 'Website',
    tier: 'SME tier',
    certifications: 'Tier certificates',
    profile: 'Profile',
    noProfile: 'No profile yet.',
    validUntil: 'valid until {date}',
    contact: 'Contact (members only)',
    searchListings: 'Search for its needs and achievements',
  },
});
