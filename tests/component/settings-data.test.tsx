/** Settings → Your data: export, import with a preview, rejection of bad files, and reset. */
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { saveAttempt } from '@/db/attempts'
import { exportBackup } from '@/db/backup/io'
import { db } from '@/db/database'
import { openDatabase } from '@/db/safe'
import { setFlag } from '@/db/tests'
import { renderApp } from './render-app'

const attempt = (questionId: string, answeredAt: number) => ({ questionId, moduleId: 'm', selected: ['a'], correct: false, context: 'inline' as const, contextId: 's', answeredAt, msSpent: 1, contentHash: 'h' })

describe('your data', () => {
  it('imports a backup after showing what it adds, keeping what is already here', async () => {
    await openDatabase()
    await saveAttempt(attempt('from-other-device', 1))
    await setFlag('from-other-device', true, 2)
    const file = new File([JSON.stringify(await exportBackup(Date.UTC(2026, 10, 1)))], 'dolor-backup.json', { type: 'application/json' })
    await db.attempts.clear()
    await db.flags.clear()
    await db.reviewCards.clear()
    await saveAttempt(attempt('already-here', 3))

    const { user } = await renderApp('/settings')
    await user.upload(await screen.findByLabelText('Import data'), file)
    const preview = await screen.findByRole('region', { name: 'Import preview' })
    expect(preview).toHaveTextContent(/Importing will add 1 answer, 1 review card, 1 flag\./)
    await user.click(within(preview).getByRole('button', { name: 'Import' }))
    expect(await screen.findByText(/Import complete/)).toBeInTheDocument()
    expect((await db.attempts.toArray()).map((a) => a.questionId).sort()).toEqual(['already-here', 'from-other-device'])
    expect(await db.flags.count()).toBe(1)
  })

  it('rejects a truncated file with a clear message and changes nothing', async () => {
    await openDatabase()
    await saveAttempt(attempt('keep-me', 1))
    const text = JSON.stringify(await exportBackup())
    const { user } = await renderApp('/settings')
    await user.upload(await screen.findByLabelText('Import data'), new File([text.slice(0, text.length / 2)], 'broken.json', { type: 'application/json' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/not valid JSON, perhaps cut short.*Nothing was changed/)
    expect(screen.queryByRole('region', { name: 'Import preview' })).not.toBeInTheDocument()
    expect(await db.attempts.count()).toBe(1)
  })

  it('reset names what it will delete and deletes it only when confirmed', async () => {
    await openDatabase()
    await saveAttempt(attempt('a', 1))
    await saveAttempt(attempt('b', 2))
    const { user } = await renderApp('/settings')
    await user.click(await screen.findByRole('button', { name: 'Reset all data' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete all data in this browser?' })
    // The counts come from a live query, which may answer a moment after the dialog opens.
    await waitFor(() => expect(dialog).toHaveTextContent('This permanently deletes 2 answers, 2 review cards.'))
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(await db.attempts.count()).toBe(2)
    await user.click(screen.getByRole('button', { name: 'Reset all data' }))
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete everything' }))
    expect(await screen.findByText('All data in this browser was deleted.')).toBeInTheDocument()
    await waitFor(async () => expect(await db.attempts.count()).toBe(0))
    expect(await db.reviewCards.count()).toBe(0)
  })
})
