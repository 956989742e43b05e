/**
 * Which of the unit's PAKN topics (lĩnh vực) a chat PAKN goes under: words of everyday
 * problems → the default topics' names; otherwise "Khác", otherwise the first topic.
 */
import { foldForSearch } from '@cchc/shared/text/normalize';

/** A topic name's folded words → what citizens write about it. */
const TOPIC_WORDS: [topic: string, words: string[]][] = [
  ['ha tang', ['duong', 'den', 'cong', 'ngap', 'cau', 'o ga', 'ho ga', 'via he', 'giao thong', 'dien', 'nuoc sach', 'cay do', 'xuong cap', 'hong']],
  ['moi truong', ['rac', 'o nhiem', 'mui', 'hoi', 'xa thai', 'khoi', 'bui', 've sinh', 'nuoc thai']],
  ['an ninh', ['on ao', 'tieng on', 'karaoke', 'trom', 'danh nhau', 'lan chiem', 'trat tu', 'co bac', 'ma tuy']],
  ['thai do', ['thai do', 'can bo', 'gay kho', 'nhung nhieu', 'hach sach', 'vo trach nhiem']],
  ['thu tuc', ['thu tuc', 'ho so', 'giay to', 'cham tra', 'tre hen']],
  ['chinh sach', ['chinh sach', 'phap luat', 'tro cap', 'ho tro']],
];

export function pickTopic(content: string, topics: { id: number; name: string }[]): number | null {
  const text = ` ${foldForSearch(content)} `;
  let best: { id: number; hits: number } | null = null;
  for (const [key, words] of TOPIC_WORDS) {
    const topic = topics.find((t) => foldForSearch(t.name).includes(key));
    if (!topic) continue;
    const hits = words.filter((w) => text.includes(` ${w} `)).length;
    if (hits > 0 && (!best || hits > best.hits)) best = { id: topic.id, hits };
  }
  if (best) return best.id;
  return (topics.find((t) => foldForSearch(t.name) === 'khac') ?? topics[0])?.id ?? null;
}
