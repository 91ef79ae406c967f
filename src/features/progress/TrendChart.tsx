/** Weekly accuracy as plain SVG bars: small enough not to need a chart library. */
import { ScrollRegion } from '@/ui/ScrollRegion'
import { percent, type TrendPoint } from './domain/analytics'

const H = 120
const BAR = 28
const GAP = 10

export function TrendChart({ points }: { points: TrendPoint[] }) {
  if (points.length === 0) return <p>Your weekly accuracy appears here once you have answered some items.</p>
  const shown = points.slice(-12)
  const width = shown.length * (BAR + GAP) + GAP
  const summary = shown.map((p) => `week of ${p.week}: ${percent(p)}% of ${p.total}`).join('; ')
  return (
    <figure className="trend">
      <svg role="img" aria-label={`Accuracy by week, last ${shown.length} weeks with answers: ${summary}`} viewBox={`0 0 ${width} ${H + 34}`} width={width} height={H + 34}>
        <line x1={0} x2={width} y1={H} y2={H} className="trend__axis" />
        <line x1={0} x2={width} y1={H / 2} y2={H / 2} className="trend__grid" />
        {shown.map((p, i) => {
          const h = Math.max(2, (percent(p) / 100) * H)
          const x = GAP + i * (BAR + GAP)
          return (
            <g key={p.week}>
              <rect x={x} y={H - h} width={BAR} height={h} className="trend__bar" rx={3} />
              <text x={x + BAR / 2} y={H - h - 4} textAnchor="middle" className="trend__value">
                {percent(p)}
              </text>
              <text x={x + BAR / 2} y={H + 14} textAnchor="middle" className="trend__label">
                {p.week.slice(5)}
              </text>
              <text x={x + BAR / 2} y={H + 28} textAnchor="middle" className="trend__label">
                n={p.total}
              </text>
            </g>
          )
        })}
      </svg>
      <figcaption>Accuracy (%) of first answers, by week (week starting, month-day; n = items answered).</figcaption>
      <details className="trend__data">
        <summary>Show as a table</summary>
        <ScrollRegion label="Accuracy by week">
          <table className="history">
            <thead>
              <tr>
                <th scope="col">Week of</th>
                <th scope="col">Answered</th>
                <th scope="col">Accuracy</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.week}>
                  <th scope="row">{p.week}</th>
                  <td>{p.total}</td>
                  <td>{percent(p)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      </details>
    </figure>
  )
}
