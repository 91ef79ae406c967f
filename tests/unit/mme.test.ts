/**
 * The MME calculator's numbers. Factors are checked one by one against the CDC 2022 table;
 * the worked examples were computed by hand (dose × units × doses a day × factor).
 */
import { describe, expect, it } from 'vitest'
import { mmeFactors } from '@/mdx/mme/cdc-2022-factors'
import { computeLine, totalMme, type PrescriptionInput } from '@/mdx/mme/mme'

const line = (drugId: string, strength: string, units: string, dosesPerDay: string): PrescriptionInput => ({ drugId, strength, units, dosesPerDay })

describe('CDC 2022 conversion factors', () => {
  it.each([
    ['codeine', 'mg', 0.15],
    ['fentanyl-transdermal', 'mcg/hr', 2.4],
    ['hydrocodone', 'mg', 1],
    ['hydromorphone', 'mg', 5],
    ['methadone', 'mg', 4.7],
    ['morphine', 'mg', 1],
    ['oxycodone', 'mg', 1.5],
    ['oxymorphone', 'mg', 3],
    ['tapentadol', 'mg', 0.4],
    ['tramadol', 'mg', 0.2],
  ])('%s: factor %s per %s', (id, unit, factor) => {
    expect(mmeFactors.find((f) => f.id === id)).toMatchObject({ unit, factor })
  })

  it('has exactly the ten opioids of the table', () => {
    expect(mmeFactors).toHaveLength(10)
  })
})

describe('computeLine: worked examples', () => {
  it.each([
    // The guideline's own two examples:
    ['hydrocodone 5 mg, 1 tablet 4 times a day', line('hydrocodone', '5', '1', '4'), 20, 20],
    ['oxycodone ER 10 mg twice a day', line('oxycodone', '10', '1', '2'), 20, 30],
    ['codeine 30 mg, 2 tablets 4 times a day', line('codeine', '30', '2', '4'), 240, 36],
    ['tramadol 50 mg, 2 tablets 4 times a day', line('tramadol', '50', '2', '4'), 400, 80],
    ['tapentadol 100 mg twice a day', line('tapentadol', '100', '1', '2'), 200, 80],
    ['hydromorphone 2 mg every 4 hours', line('hydromorphone', '2', '1', '6'), 12, 60],
    ['methadone 10 mg three times a day', line('methadone', '10', '1', '3'), 30, 141],
    ['oxymorphone 5 mg 4 times a day', line('oxymorphone', '5', '1', '4'), 20, 60],
    ['morphine 15 mg, 2 tablets 3 times a day', line('morphine', '15', '2', '3'), 90, 90],
    ['half a 7.5 mg oxycodone tablet twice a day', line('oxycodone', '7.5', '0.5', '2'), 7.5, 11.25],
    ['one 25 mcg/hr fentanyl patch (doses a day ignored)', line('fentanyl-transdermal', '25', '1', ''), 25, 60],
    ['two 50 mcg/hr fentanyl patches', line('fentanyl-transdermal', '50', '2', '99'), 100, 240],
  ])('%s', (_label, input, dailyDose, mme) => {
    expect(computeLine(input)).toMatchObject({ ok: true, dailyDose, mme })
  })

  it('adds lines into a total, and gives no total while any line is incomplete', () => {
    const a = computeLine(line('hydrocodone', '5', '1', '4'))
    const b = computeLine(line('fentanyl-transdermal', '25', '1', ''))
    expect(totalMme([a, b])).toBe(80)
    expect(totalMme([a, computeLine(line('morphine', '', '1', '2'))])).toBeUndefined()
    expect(totalMme([])).toBeUndefined()
  })
})

describe('computeLine: bad input gets a message, never NaN', () => {
  it.each([
    [line('', '5', '1', '4'), 'drugId', 'Choose an opioid.'],
    [line('morphine', '', '1', '4'), 'strength', 'Enter the strength of one unit in mg.'],
    [line('morphine', 'abc', '1', '4'), 'strength', 'The strength of one unit in mg must be a number, such as 5 or 7.5.'],
    [line('morphine', '-5', '1', '4'), 'strength', 'must be a number'],
    [line('morphine', '0', '1', '4'), 'strength', 'must be more than zero'],
    [line('morphine', '5000', '1', '4'), 'strength', 'is more than 1000 mg per unit; check the value'],
    [line('morphine', '5', '0', '4'), 'units', 'must be more than zero'],
    [line('morphine', '5', '1', ''), 'dosesPerDay', 'Enter the doses a day.'],
    [line('morphine', '5', '1', '48'), 'dosesPerDay', 'is more than 24 doses a day'],
    [line('fentanyl-transdermal', '', '1', ''), 'strength', 'Enter the patch strength in mcg/hr.'],
    [line('fentanyl-transdermal', '25', '30', ''), 'units', 'is more than 10 patches'],
  ])('%j → %s', (input, field, message) => {
    const result = computeLine(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors[field as keyof PrescriptionInput]).toContain(message)
  })

  it('accepts a decimal comma', () => {
    expect(computeLine(line('oxycodone', '2,5', '1', '4'))).toMatchObject({ ok: true, mme: 15 })
  })
})
