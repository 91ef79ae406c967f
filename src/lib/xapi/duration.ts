/** ISO 8601 durations as xAPI uses them (PT…S), to a hundredth of a second like SCORM. */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10))
  const hours = Math.floor(centis / 360_000)
  const minutes = Math.floor((centis % 360_000) / 6_000)
  const seconds = (centis % 6_000) / 100
  return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || (!hours && !minutes) ? `${Number(seconds.toFixed(2))}S` : ''}`
}

/** Durations in ISO 8601 form: P[nY][nM][nW][nD][T[nH][nM][n[.n]S]], with at least one part. */
export const isoDurationPattern = /^P(?!$)(\d+(?:\.\d+)?Y)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?W)?(\d+(?:\.\d+)?D)?(T(?=\d)(\d+(?:\.\d+)?H)?(\d+(?:\.\d+)?M)?(\d+(?:\.\d+)?S)?)?$/
