/**
 * Runs in Chromium (served by the Vite dev server from the bench script): the cost of saving an
 * answer through Dolor's repository against a raw IndexedDB put of the same record.
 */
import { saveAttempt } from '@/db/attempts'
import { openDatabase } from '@/db/safe'

const N = 300

function record(i: number) {
  return { questionId: `bench-q${i}`, moduleId: 'bench', selected: ['b'], correct: true, confidence: 'sure' as const, context: 'inline' as const, contextId: 'bench', answeredAt: Date.now(), msSpent: 1200, contentHash: 'abcdef0123456789' }
}

/**
 * The baseline: a bare put of the same record into a store of the same shape as Dolor's `attempts`
 * (auto-increment key and the three indexes of schema v1), so that the ratio measures what Dolor's
 * code adds (Dexie, the repository, the storage guard), not the cost of the indexes a product needs.
 * `indexes: 'one'` is the earlier, thinner baseline (one index), printed for comparison.
 */
async function rawPuts(indexes: 'same' | 'one' = 'same'): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(`raw-bench-${indexes}`, 1)
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore('attempts', { keyPath: 'id', autoIncrement: true })
      store.createIndex('questionId', 'questionId')
      if (indexes === 'same') {
        store.createIndex('answeredAt', 'answeredAt')
        store.createIndex('[context+contextId]', ['context', 'contextId'])
      }
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
  const t = performance.now()
  for (let i = 0; i < N; i++) {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('attempts', 'readwrite')
      tx.objectStore('attempts').put(record(i))
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
  }
  const ms = (performance.now() - t) / N
  db.close()
  return ms
}

async function dolorSaves(): Promise<number> {
  await openDatabase()
  const t = performance.now()
  for (let i = 0; i < N; i++) if (!(await saveAttempt(record(i)))) throw new Error('save failed')
  return (performance.now() - t) / N
}

async function run() {
  // Warm both paths, then alternate to even out noise.
  await rawPuts()
  await rawPuts('one')
  await dolorSaves()
  const raw: number[] = []
  const rawOne: number[] = []
  const dolor: number[] = []
  for (let r = 0; r < 3; r++) {
    raw.push(await rawPuts())
    rawOne.push(await rawPuts('one'))
    dolor.push(await dolorSaves())
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  ;(window as unknown as { benchResult: unknown }).benchResult = { rawPutMs: median(raw), rawPutOneIndexMs: median(rawOne), saveAttemptMs: median(dolor), n: N }
}

run().catch((e: unknown) => {
  ;(window as unknown as { benchResult: unknown }).benchResult = { error: String(e) }
})
