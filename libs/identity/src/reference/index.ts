export { DATA_DIR_ENV, resolveDataDir } from './data-dir';
export {
  NATIONAL_REGION_CODE,
  RegionCatalog,
  type RawArea,
  type RawCity,
  type RawProvince,
  type Region,
  type RegionCounts,
  type RegionLevel,
  type RegionSource,
} from './region-catalog';
export {
  INDUSTRY_NAME_ERRATA,
  IndustryCatalog,
  type Industry,
  type IndustryCounts,
  type IndustryLevel,
  type RawIndustryNode,
} from './industry-catalog';
export { ReferenceLookup, type ReferenceEntry } from './reference-lookup';
