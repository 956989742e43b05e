/**
 * The `k` smallest values first, in order (the rest of the array in no order): a page
 * of a long answer needs only its own rows sorted. Selection by a bounded max-heap.
 */
export function smallestSorted(values: Float64Array, k: number): Float64Array {
  if (k * 4 >= values.length) return values.sort();
  const heap = values.subarray(0, k);
  for (let i = (k >> 1) - 1; i >= 0; i--) siftDown(heap, i);
  for (let i = k; i < values.length; i++) {
    if (values[i] < heap[0]) {
      heap[0] = values[i];
      siftDown(heap, 0);
    }
  }
  return heap.sort();
}

function siftDown(heap: Float64Array, at: number): void {
  const n = heap.length;
  for (;;) {
    const l = 2 * at + 1;
    if (l >= n) return;
    const r = l + 1;
    const big = r < n && heap[r] > heap[l] ? r : l;
    if (heap[big] <= heap[at]) return;
    const t = heap[at];
    heap[at] = heap[big];
    heap[big] = t;
    at = big;
  }
}

/** Where a document is in a posting (sorted by document), or -1. */
export function indexIn(docs: Int32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = docs[mid];
    if (d === doc) return mid;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
