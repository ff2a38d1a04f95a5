/** The columns every title search returns, and their row type. */
import type { Platform, TitleId, TitleType } from '../domain.ts';

export interface TitleRow {
  id: TitleId;
  title: string;
  platform: Platform;
  type: TitleType;
  year: number;
}

/** `catalog_title_search` (aliased `s`) columns, named as in `TitleRow`. */
export const titleColumns = [
  's.title_id as id',
  's.title',
  's.platform',
  's.type',
  's.release_year as year',
] as const;
