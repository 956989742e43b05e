import { foldForSearch } from '@cchc/shared/text/normalize';

/** The topics every unit starts with (the list, in this order); units edit them in the console. */
export const DEFAULT_TOPIC_NAMES = [
  'Thủ tục hành chính',
  'Thái độ, trách nhiệm của cán bộ',
  'Hạ tầng, giao thông',
  'Môi trường',
  'An ninh, trật tự',
  'Chính sách, pháp luật',
  'Khác',
] as const;

/** The Open311 service code of a topic: "Hạ tầng, giao thông" → "ha-tang-giao-thong". */
export function topicCode(name: string): string {
  return foldForSearch(name).replaceAll(' ', '-');
}

export function defaultTopics(): { name: string; code: string; position: number }[] {
  return DEFAULT_TOPIC_NAMES.map((name, position) => ({ name, code: topicCode(name), position }));
}
