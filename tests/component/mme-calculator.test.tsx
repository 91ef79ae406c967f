import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { MmeCalculator } from '@/mdx/mme/MmeCalculator'

describe('<MmeCalculator />', () => {
  it('computes each line and the total, shows the factors and cautions, and explains bad input', async () => {
    const user = userEvent.setup()
    render(<MmeCalculator />)
    const first = screen.getByRole('group', { name: 'Opioid 1' })
    await user.selectOptions(within(first).getByLabelText('Opioid'), 'Hydrocodone')
    await user.type(within(first).getByLabelText('Strength per unit (mg)'), '5')
    await user.type(within(first).getByLabelText('Doses a day'), '4')
    expect(screen.getByTestId('mme-line-1')).toHaveTextContent('20 mg/day × 1 = 20 MME/day')
    expect(screen.getByRole('status')).toHaveTextContent('Total: 20 MME/day')

    await user.click(screen.getByRole('button', { name: 'Add another opioid' }))
    const second = screen.getByRole('group', { name: 'Opioid 2' })
    expect(screen.getByRole('status')).toHaveTextContent('complete every line')
    await user.selectOptions(within(second).getByLabelText('Opioid'), 'Fentanyl transdermal (patch)')
    expect(within(second).queryByLabelText('Doses a day')).not.toBeInTheDocument()
    const patch = within(second).getByLabelText('Patch strength (mcg/hr)')
    await user.type(patch, '-3')
    await user.tab()
    expect(patch).toHaveAttribute('aria-invalid', 'true')
    expect(patch).toHaveAccessibleDescription(/must be a number/)
    await user.clear(patch)
    await user.type(patch, '25')
    expect(screen.getByTestId('mme-line-2')).toHaveTextContent('25 mcg/hr × 2.4 = 60 MME/day')
    expect(screen.getByRole('status')).toHaveTextContent('Total: 80 MME/day')
    expect(screen.queryByText(/NaN/)).not.toBeInTheDocument()

    expect(screen.getByRole('heading', { name: 'Before you use this number' })).toBeInTheDocument()
    expect(screen.getByText(/Do not use MME to pick a dose when switching/)).toBeInTheDocument()
    expect(screen.getByText(/CDC Clinical Practice Guideline for Prescribing Opioids for Pain — United States, 2022/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Remove opioid 1' }))
    expect(screen.getByRole('status')).toHaveTextContent('Total: 60 MME/day')
  })
})
